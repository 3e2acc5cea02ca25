// Test target CardSimulatorTests.
