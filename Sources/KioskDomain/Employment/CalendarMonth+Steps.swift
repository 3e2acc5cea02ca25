extension CalendarMonth {
    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> CalendarMonth {
        let day = firstDay.adding(months: count)
        return CalendarMonth(day)
    }

    /// The month before.
    public var previous: CalendarMonth { adding(months: -1) }

    /// The month after.
    public var next: CalendarMonth { adding(months: 1) }
}
