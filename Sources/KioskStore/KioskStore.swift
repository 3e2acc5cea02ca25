// Module KioskStore: see docs/ARCHITECTURE.md.
