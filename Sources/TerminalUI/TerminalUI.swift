// Module TerminalUI: see docs/ARCHITECTURE.md.
