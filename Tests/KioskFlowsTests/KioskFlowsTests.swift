// Test target KioskFlowsTests.
