import Foundation
import Testing
@testable import KioskDomain

struct PinLockoutTests {
    let start = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func fourWrongPINsLeaveOneAttemptAndTheFifthLocksForFifteenMinutes() {
        var lockout = PinLockout()
        for _ in 0..<4 { lockout = lockout.afterWrongPIN(at: start) }
        #expect(lockout.state(at: start) == .open(remainingAttempts: 1))
        lockout = lockout.afterWrongPIN(at: start)
        let until = start.addingTimeInterval(15 * 60)
        #expect(lockout.state(at: start) == .locked(until: until))
        #expect(lockout.state(at: until.addingTimeInterval(-1)) == .locked(until: until))
        #expect(lockout.state(at: until) == .open(remainingAttempts: 5))
    }

    @Test func aCorrectPINClearsTheCount() {
        var lockout = PinLockout()
        for _ in 0..<3 { lockout = lockout.afterWrongPIN(at: start) }
        lockout = lockout.afterCorrectPIN()
        #expect(lockout.state(at: start) == .open(remainingAttempts: 5))
        for _ in 0..<4 { lockout = lockout.afterWrongPIN(at: start) }
        #expect(lockout.state(at: start) == .open(remainingAttempts: 1))
    }

    @Test func afterALockEndsFiveFreshAttemptsAreAllowedAndTheFifthLocksAgainForAnHour() {
        var lockout = PinLockout()
        for _ in 0..<5 { lockout = lockout.afterWrongPIN(at: start) }
        let later = start.addingTimeInterval(16 * 60)
        for _ in 0..<4 { lockout = lockout.afterWrongPIN(at: later) }
        #expect(lockout.state(at: later) == .open(remainingAttempts: 1))
        lockout = lockout.afterWrongPIN(at: later)
        #expect(lockout.state(at: later) == .locked(until: later.addingTimeInterval(3600)))
    }

    @Test func locksEscalateFromFifteenMinutesToAnHourToADayAndThenUntilTheTechnicianResets() {
        var lockout = PinLockout()
        var now = start
        var ends: [Double] = []
        for _ in 0..<3 {
            for _ in 0..<5 { lockout = lockout.afterWrongPIN(at: now) }
            guard case .locked(let until) = lockout.state(at: now) else {
                Issue.record("not locked after five wrong PINs")
                return
            }
            ends.append(until.timeIntervalSince(now))
            now = until
        }
        let expected: [Double] = [900, 3600, 86400]
        #expect(ends == expected)
        for _ in 0..<5 { lockout = lockout.afterWrongPIN(at: now) }
        #expect(lockout.state(at: now) == .lockedUntilReset)
        #expect(lockout.state(at: now.addingTimeInterval(365 * 24 * 3600)) == .lockedUntilReset, "it never ends by itself")
    }

    @Test func aCorrectPINBetweenLocksDoesNotResetTheEscalation() {
        var lockout = PinLockout()
        for _ in 0..<5 { lockout = lockout.afterWrongPIN(at: start) }
        let later = start.addingTimeInterval(20 * 60)
        lockout = lockout.afterCorrectPIN()
        #expect(lockout.state(at: later) == .open(remainingAttempts: 5))
        for _ in 0..<5 { lockout = lockout.afterWrongPIN(at: later) }
        #expect(lockout.state(at: later) == .locked(until: later.addingTimeInterval(3600)))
    }

    @Test func pinsAreSixDigitsAndNewOnesNotTrivial() throws {
        #expect(try CoordinatorPIN("048213").digits == "048213")
        #expect(throws: CoordinatorPINError.format) { try CoordinatorPIN("12345") }
        #expect(throws: CoordinatorPINError.format) { try CoordinatorPIN("1234567") }
        #expect(throws: CoordinatorPINError.format) { try CoordinatorPIN("12a456") }
        #expect(throws: CoordinatorPINError.format) { try CoordinatorPIN("１２３４５６") }
        #expect(throws: CoordinatorPINError.tooSimple) { try CoordinatorPIN.newPIN("111111") }
        #expect(throws: CoordinatorPINError.tooSimple) { try CoordinatorPIN.newPIN("123456") }
        #expect(throws: CoordinatorPINError.tooSimple) { try CoordinatorPIN.newPIN("987654") }
        #expect(try CoordinatorPIN.newPIN("135790").digits == "135790")
        #expect("\(try CoordinatorPIN("048213"))" == "******")
    }

    @Test func lockedRefusalSaysHowManyMinutesAreLeft() {
        let refusal = CoordinatorLoginRefusal.locked(until: start.addingTimeInterval(14 * 60 + 1))
        #expect(refusal.parameters(at: start) == ["minutes": "15"])
        #expect(CoordinatorLoginRefusal.wrongPIN(remainingAttempts: 2).parameters(at: start) == ["remaining": "2"])
    }
}
