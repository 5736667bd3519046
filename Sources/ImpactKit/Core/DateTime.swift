/// A moment to the second, as exports write it (`2024-03-07 09:41:12`, `15-03-2019 10:05`): a day and the
/// seconds since its midnight. No time zone: the exports give local wall-clock times, and figures only
/// compare and subtract them.
public struct DateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let day: Day
    public let secondOfDay: Int

    public init(day: Day, secondOfDay: Int) { self.day = day; self.secondOfDay = secondOfDay }

    /// Seconds since 1970-01-01 00:00: the form stored in the database.
    public var number: Int { day.number * 86400 + secondOfDay }
    public init(number: Int) {
        day = Day(number: number >= 0 ? number / 86400 : (number - 86399) / 86400)
        secondOfDay = number - day.number * 86400
    }

    /// Whole minutes from `self` to `later` (a response time "to the minute").
    public func minutes(until later: DateTime) -> Int { (later.number - number) / 60 }

    /// `07-03-2024 09:41`.
    public var description: String {
        "\(day.dutch) \(Day.pad2(secondOfDay / 3600)):\(Day.pad2(secondOfDay / 60 % 60))"
    }

    public static func < (a: DateTime, b: DateTime) -> Bool { a.number < b.number }
}
