// Test target SmartCardTests.
