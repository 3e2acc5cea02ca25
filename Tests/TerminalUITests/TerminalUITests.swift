// Test target TerminalUITests.
