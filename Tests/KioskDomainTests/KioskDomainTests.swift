// Test target KioskDomainTests.
