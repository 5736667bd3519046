/// A reporting period (METRICS.md, common rules): a month `2024-03`, a quarter `2024-Q1`, a calendar
/// year `2024`, a ZWO season `2018-2019` (1 September to 31 August), or `sinds-start` up to a period's end.
/// "In the period" means on or between `first` and `last`.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case month, quarter, year, season, sinceStart }

    public let kind: Kind
    public let first: Day
    public let last: Day
    public let label: String
    /// The last day of the whole period, also when `last` is a report date inside it (`--as-of`).
    public let fullLast: Day
    /// The day whose export a snapshot figure uses: the end of the quarter the whole period ends in. The
    /// exports are quarterly, so a month or a season uses the export of its quarter; a report date inside
    /// the period does not change which export that is (METRICS.md: the export named for the period).
    public let snapshotDay: Day

    public var description: String { label }

    public static func month(_ year: Int, _ month: Int) -> Period {
        let first = Day(year: year, month: month, day: 1)!
        return Period(kind: .month, first: first, last: Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!,
                      label: "\(year)-\(Day.pad2(month))")
    }

    public static func quarter(_ year: Int, _ quarter: Int) -> Period {
        let firstMonth = (quarter - 1) * 3 + 1
        return Period(kind: .quarter, first: Day(year: year, month: firstMonth, day: 1)!,
                      last: Day(year: year, month: firstMonth + 2, day: Day.daysIn(month: firstMonth + 2, year: year))!,
                      label: "\(year)-Q\(quarter)")
    }

    public static func year(_ year: Int) -> Period {
        Period(kind: .year, first: Day(year: year, month: 1, day: 1)!, last: Day(year: year, month: 12, day: 31)!, label: "\(year)")
    }

    public static func season(startingIn year: Int) -> Period {
        Period(kind: .season, first: Day(year: year, month: 9, day: 1)!, last: Day(year: year + 1, month: 8, day: 31)!,
               label: "\(year)-\(year + 1)")
    }

    /// Everything up to and including `last`, from the snapshot of `snapshotDay` (default `last`).
    public static func sinceStart(through last: Day, snapshotDay: Day? = nil) -> Period {
        Period(kind: .sinceStart, first: Day(year: 1900, month: 1, day: 1)!, last: last, label: sinceStartLabel, snapshotDay: snapshotDay)
    }

    /// The quarter a file's name says it holds: `dromen_2022-Q4.csv` is 2022-Q4.
    public static func quarter(inFileName fileName: String) -> Period? {
        let stem = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let match = stem.firstMatch(of: /(\d{4})-[Qq]([1-4])/), let year = Int(match.1), let quarter = Int(match.2),
              (1900...2999).contains(year) else { return nil }     // the years `Day` knows; `dromen_0022-Q4` is a typo
        return .quarter(year, quarter)
    }

    /// Parses `2024-03`, `2024-Q1`, `2024`, `2018-2019`. Nil for anything else.
    public init?(parsing text: String) {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // 1901...2998: a period's neighbours (a year earlier, the next season) stay within the days `Day` knows.
        guard let year = Int(parts[0]), parts[0].count == 4, (1901...2998).contains(year) else { return nil }
        if parts.count == 1 { self = .year(year); return }
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        if rest.hasPrefix("Q"), rest.count == 2, let q = Int(rest.dropFirst()), (1...4).contains(q) { self = .quarter(year, q); return }
        if rest.count == 2, let m = Int(rest), (1...12).contains(m) { self = .month(year, m); return }
        if rest.count == 4, let next = Int(rest), next == year + 1 { self = .season(startingIn: year); return }
        return nil
    }

    init(kind: Kind, first: Day, last: Day, label: String, fullLast: Day? = nil, snapshotDay: Day? = nil) {
        self.kind = kind; self.first = first; self.last = last; self.label = label
        let whole = fullLast ?? last
        self.fullLast = whole
        self.snapshotDay = snapshotDay ?? Period.quarterEnd(of: whole)
    }

    static func quarterEnd(of day: Day) -> Day {
        let (year, month, _) = day.parts
        let lastMonth = ((month - 1) / 3 + 1) * 3
        return Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))!
    }

    public func contains(_ day: Day) -> Bool { day >= first && day <= last }

    /// The period just before this one, of the same kind; nil for `sinds-start`.
    public var previous: Period? {
        let (y, m, _) = first.parts
        switch kind {
        case .month: return m == 1 ? .month(y - 1, 12) : .month(y, m - 1)
        case .quarter: let q = (m - 1) / 3 + 1; return q == 1 ? .quarter(y - 1, 4) : .quarter(y, q - 1)
        case .year: return .year(y - 1)
        case .season: return .season(startingIn: y - 1)
        case .sinceStart: return nil
        }
    }

    /// The same period a year earlier (for a year or a season, that is the previous one).
    public var yearEarlier: Period? {
        let (y, m, _) = first.parts
        switch kind {
        case .month: return .month(y - 1, m)
        case .quarter: return .quarter(y - 1, (m - 1) / 3 + 1)
        case .year: return .year(y - 1)
        case .season: return .season(startingIn: y - 1)
        case .sinceStart: return nil
        }
    }

    /// This period up to `day` only (a report date inside it). Nil when `day` is before the period.
    public func through(_ day: Day) -> Period? {
        guard day >= first else { return nil }
        return day >= last ? self : Period(kind: kind, first: first, last: day, label: label, fullLast: fullLast, snapshotDay: snapshotDay)
    }

    /// How many days into the period `asOf` is, so comparison periods can be cut at the same point.
    public func sameProgress(as other: Period, fullOther: Period) -> Period {
        guard other.last < fullOther.last else { return self }
        let elapsed = other.last.number - fullOther.first.number
        return Period(kind: kind, first: first, last: Day(number: min(last.number, first.number + elapsed)), label: label,
                      fullLast: fullLast, snapshotDay: snapshotDay)
    }
}
