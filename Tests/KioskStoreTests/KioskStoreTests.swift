// Test target KioskStoreTests.
