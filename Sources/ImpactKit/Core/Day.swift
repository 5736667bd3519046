/// A calendar date stored as the number of days since 1970-01-01.
///
/// Figures compare and subtract dates millions of times; an integer day makes both exact and cheap,
/// and avoids time zones altogether (the exports carry dates, not instants).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let number: Int

    public init(number: Int) { self.number = number }

    /// Returns nil when the date does not exist (31-02, month 13, ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
              (1900...2999).contains(year) else { return nil }
        // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146097 + doe - 719468
    }

    public var parts: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func adding(days: Int) -> Day { Day(number: number + days) }

    /// The same day of the month `months` later (or earlier), the 31st or 29 February falling back to the
    /// month's last day; nil outside the years `Day` knows.
    public func adding(months: Int) -> Day? {
        let (year, month, day) = parts
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        guard (1900...2999).contains(newYear) else { return nil }
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))
    }

    /// ISO 8601, `2022-12-31`: for databases and machine-readable output.
    public var iso: String {
        let p = parts
        return "\(p.year)-\(Day.pad2(p.month))-\(Day.pad2(p.day))"
    }

    /// Dutch notation, `31-12-2022`: for people.
    public var dutch: String {
        let p = parts
        return "\(Day.pad2(p.day))-\(Day.pad2(p.month))-\(p.year)"
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
