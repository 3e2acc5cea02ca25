// Module SmartCard: see docs/ARCHITECTURE.md.
