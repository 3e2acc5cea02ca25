// Module CardSimulator: see docs/ARCHITECTURE.md.
