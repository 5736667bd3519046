/// Which dossiers each Al Amal figure takes in a period, and how they break down: the one definition from
/// which the figures are computed (`AlAmalFigures.values`) and `impact explain` lists their rows.
struct AlAmalRules {
    typealias Dossier = AlAmalExport.Dossier
    typealias Breakdown = AlAmalFigures.Breakdown
    let period: Period

    init(_ period: Period) { self.period = period }

    private var track: RowSelection<Dossier>.Breakdown { .init(Breakdown.track, AlAmalExport.tracks.labels) { $0.track } }
    /// The first contacts break down by the registration's weekday, part of the day and hour.
    private var contactBreakdowns: [RowSelection<Dossier>.Breakdown] {
        [track, .init(Breakdown.weekday, AlAmalFigures.weekdays) { AlAmalFigures.weekday($0.registered.day) },
         .init(Breakdown.partOfDay, AlAmalFigures.partsOfDay.map(\.0)) { AlAmalFigures.partOfDay($0.registered) },
         .init(Breakdown.hour, AlAmalFigures.hours) { AlAmalFigures.hourLabel($0.registered) }]
    }

    var registrations: RowSelection<Dossier> { RowSelection(breakdowns: [track]) { [period] in period.contains($0.registered.day) } }
    /// First contacts in the period: the response times are theirs.
    var contacted: RowSelection<Dossier> { RowSelection(breakdowns: contactBreakdowns) { [period] in $0.firstContact.map { period.contains($0.day) } ?? false } }
    func contacted(within minutes: Int) -> RowSelection<Dossier> {
        let contacted = contacted
        return RowSelection(breakdowns: contactBreakdowns) { contacted.includes($0) && $0.responseMinutes! <= minutes }
    }
    /// Running at the period's end (a stock: not for sinds-start).
    var running: RowSelection<Dossier> {
        RowSelection(breakdowns: [track]) { [period] in $0.registered.day <= period.last && ($0.closed.map { $0 > period.last } ?? true) }
    }
    var closed: RowSelection<Dossier> {
        RowSelection(breakdowns: [.init(Breakdown.result, AlAmalExport.results.labels) { $0.result }]) { [period] in $0.closed.map(period.contains) ?? false }
    }

    /// The total and every category of the first contacts, in the order the figures list them.
    var contactGroups: [(breakdown: String, category: String)] {
        [(FigureValue.total, FigureValue.total)] + contactBreakdowns.flatMap { breakdown in breakdown.labels.map { (breakdown.name, $0) } }
    }

    static let day = 1440, fourHours = 240
}
