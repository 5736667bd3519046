/// Which participants and jobs each Activeringscentra figure takes in a period, and how they break down:
/// the one definition from which the figures are computed (`ActiveringFigures.values`) and `impact
/// explain` lists their rows.
struct ActiveringRules {
    typealias Participant = Activeringscentra.Participant
    typealias Job = Activeringscentra.Job
    typealias Breakdown = ActiveringFigures.Breakdown
    let period: Period
    /// The requesters of the period's jobs, in order: a breakdown of its own.
    let requesters: [String]

    init(_ period: Period, jobs: [Job]) {
        self.period = period
        requesters = Array(Set(jobs.map(\.requester))).sorted()
    }

    static func isPositive(_ participant: Participant) -> Bool { Activeringscentra.positiveDestinations.contains(participant.destination ?? "") }
    /// Days from Startdatum to Einddatum, for a leaver.
    static func stayDays(_ participant: Participant) -> Int { participant.end!.number - participant.start.number }

    private var centre: RowSelection<Participant>.Breakdown { .init(Breakdown.centre, Activeringscentra.centres.labels) { $0.centre } }
    private var step: RowSelection<Participant>.Breakdown { .init(Breakdown.step, Activeringscentra.steps.labels) { $0.step } }
    private var destination: RowSelection<Participant>.Breakdown {
        .init(Breakdown.destination, Activeringscentra.destinations.labels) { $0.destination }
    }
    private var centreAndDestination: RowSelection<Participant>.Breakdown {
        let labels = Activeringscentra.centres.labels.flatMap { centre in Activeringscentra.destinations.labels.map { "\(centre) × \($0)" } }
        return .init(Breakdown.centreAndDestination, labels) { participant in participant.destination.map { "\(participant.centre) × \($0)" } }
    }

    /// Active at the period's end (a stock: not for sinds-start).
    var active: RowSelection<Participant> {
        RowSelection(breakdowns: [centre, step]) { [period] in $0.start <= period.last && ($0.end.map { $0 > period.last } ?? true) }
    }
    var inflow: RowSelection<Participant> { RowSelection(breakdowns: [centre]) { [period] in period.contains($0.start) } }
    var outflow: RowSelection<Participant> {
        RowSelection(breakdowns: [centre, destination, centreAndDestination]) { [period] in $0.end.map(period.contains) ?? false }
    }
    var positiveOutflow: RowSelection<Participant> {
        RowSelection(breakdowns: [centre]) { [period] in ($0.end.map(period.contains) ?? false) && Self.isPositive($0) }
    }
    var jobs: RowSelection<Job> {
        RowSelection(breakdowns: [.init(Breakdown.centre, Activeringscentra.centres.labels) { $0.centre }, .init(Breakdown.requester, requesters) { $0.requester }])
    }

    /// The outflow rate's numerator and denominator: in total and per centre the positive leavers of the
    /// leavers; per destination its leavers of all leavers.
    func rate<T>(_ all: [T], breakdown: String, category: String, _ row: (T) -> Participant) -> (numerator: [T], denominator: [T])? {
        if breakdown == Breakdown.destination {
            guard let numerator = outflow.rows(all, breakdown: breakdown, category: category, row), let denominator = outflow.rows(all, row) else { return nil }
            return (numerator, denominator)
        }
        guard let numerator = positiveOutflow.rows(all, breakdown: breakdown, category: category, row),
              let denominator = outflow.rows(all, breakdown: breakdown, category: category, row) else { return nil }
        return (numerator, denominator)
    }

    /// The breakdowns of the stay's median and P90: the leavers in total and per centre.
    static let stayBreakdowns = [(FigureValue.total, FigureValue.total)] + Activeringscentra.centres.labels.map { (Breakdown.centre, $0) }
}
