// Module KioskDomain: see docs/ARCHITECTURE.md.
