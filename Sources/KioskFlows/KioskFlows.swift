// Module KioskFlows: see docs/ARCHITECTURE.md.
