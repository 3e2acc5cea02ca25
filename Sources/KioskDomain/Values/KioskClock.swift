import Foundation

/// The kiosk's one source of the current instant, with the one time zone its days are counted in.
///
/// A clock is made at the program's entry point (the only place that reads the machine's time) and
/// passed down to the runtime, the desks, the store's callers and the card station; tests make one
/// at an instant they choose.
public struct KioskClock: Sendable {
    /// The zone every calendar day and wall-clock time of the kiosk is counted in (the configured one).
    public let timeZone: TimeZone
    private let reading: @Sendable () -> Date

    /// A clock that answers `now()` by calling `reading`.
    public init(timeZone: TimeZone, reading: @escaping @Sendable () -> Date) {
        self.timeZone = timeZone
        self.reading = reading
    }

    /// A clock that always answers `instant` (tests).
    public static func fixed(_ instant: Date, timeZone: TimeZone) -> KioskClock {
        KioskClock(timeZone: timeZone) { instant }
    }

    /// The current instant.
    public func now() -> Date { reading() }

    /// Today's calendar day in the clock's zone.
    public var today: CivilDate { CivilDate(now(), in: timeZone) }

    /// A clock that reads `start` now and then runs on at this clock's pace (training and tests pick the day).
    public func starting(at start: Date) -> KioskClock {
        let offset = start.timeIntervalSince(now())
        let reading = self.reading
        return KioskClock(timeZone: timeZone) { reading().addingTimeInterval(offset) }
    }

    /// The instant of `hour`:00 on `day` in this clock's zone.
    public func instant(on day: CivilDate, hour: Int = 0, minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        return calendar.date(from: parts)!
    }

    /// The same clock counting days in another zone.
    public func inZone(_ zone: TimeZone) -> KioskClock {
        KioskClock(timeZone: zone, reading: reading)
    }
}
