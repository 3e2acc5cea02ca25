// Test target EndToEndTests.
