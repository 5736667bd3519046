/// The periods one request compares (METRICS.md: each figure beside the previous period and the same
/// period a year earlier), plus everything since the start up to the period's end.
public struct Comparison: Sendable {
    public let current: Period
    public let previous: Period?
    public let yearEarlier: Period?
    public let sinceStart: Period

    /// With `asOf` inside the period, every period is cut at the same point (period-to-date).
    public init(period: Period, asOf: Day? = nil) {
        let current = asOf.flatMap { period.through($0) } ?? period
        self.current = current
        // A year earlier, cut at the same calendar date (29 February falls back to the 28th).
        let yearEarlier = period.yearEarlier.map { earlier in
            guard current.last < period.last else { return earlier }
            let (y, m, d) = current.last.parts
            let sameDay = Day(year: y - 1, month: m, day: min(d, Day.daysIn(month: m, year: y - 1)))!
            return earlier.through(sameDay) ?? earlier
        }
        self.yearEarlier = yearEarlier
        // For a year or a season the previous period is the one a year earlier: the same period, cut the
        // same way. A month or quarter is cut after as many days as the current one has run.
        if period.kind == .year || period.kind == .season {
            previous = yearEarlier
        } else {
            previous = period.previous.map { $0.sameProgress(as: current, fullOther: period) }
        }
        sinceStart = .sinceStart(through: current.last, snapshotDay: current.snapshotDay)
    }

    public var all: [Period] { [current] + [previous, yearEarlier].compactMap { $0 } + [sinceStart] }
}
