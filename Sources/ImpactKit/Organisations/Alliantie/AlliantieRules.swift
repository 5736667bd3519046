/// Which visits and volunteers each Alliantie figure takes in a period, and how they break down: the one
/// definition from which the figures are computed (`AlliantieFigures.values`) and `impact explain` lists
/// their rows.
struct AlliantieRules {
    typealias Visit = Spreekuren.Visit
    typealias Volunteer = Vrijwilligers.Volunteer
    typealias Breakdown = AlliantieFigures.Breakdown
    let period: Period
    /// The PC4s of the period's visits, the most visits first.
    let postcodes: [String]

    init(_ period: Period, visits: [Visit]) {
        self.period = period
        var perPostcode: [Int: Int] = [:]
        for visit in visits { perPostcode[visit.pc4, default: 0] += 1 }
        postcodes = perPostcode.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { String($0.key) }
    }

    private var organisation: RowSelection<Visit>.Breakdown { .init(Breakdown.organisation, Spreekuren.organisations.labels) { $0.organisation } }
    private var volunteerOrganisation: RowSelection<Volunteer>.Breakdown { .init(Breakdown.organisation, Spreekuren.organisations.labels) { $0.organisation } }
    static let destinations = Spreekuren.referrals.labels.filter { $0 != AlliantieFigures.notReferred }

    var visits: RowSelection<Visit> {
        RowSelection(breakdowns: [.init(Breakdown.location, Spreekuren.locations.labels) { $0.location }, organisation,
                                  .init(Breakdown.reachedVia, Spreekuren.routes.labels) { $0.reachedVia }])
    }
    var firstVisits: RowSelection<Visit> { RowSelection(breakdowns: [organisation]) { $0.firstVisit } }
    /// A visit falls in every topic it names; the total is all visits.
    var topics: RowSelection<Visit> {
        RowSelection(breakdowns: [.init(Breakdown.topic, Spreekuren.topics.labels) { visit, topic in visit.topics.contains(Spreekuren.topics.index(of: topic)!) }])
    }
    var referred: RowSelection<Visit> {
        RowSelection(breakdowns: [.init(Breakdown.referredTo, Self.destinations) { $0.referredTo }]) { $0.referredTo != AlliantieFigures.notReferred }
    }
    var perPostcode: RowSelection<Visit> { RowSelection(breakdowns: [.init(Breakdown.postcode, postcodes) { String($0.pc4) }]) }

    var started: RowSelection<Volunteer> { RowSelection(breakdowns: [volunteerOrganisation]) { [period] in period.contains($0.started) } }
    var stopped: RowSelection<Volunteer> { RowSelection(breakdowns: [volunteerOrganisation]) { [period] in $0.stopped.map(period.contains) ?? false } }
    /// Active at the period's end (a stock: not for sinds-start).
    var active: RowSelection<Volunteer> { RowSelection(breakdowns: [volunteerOrganisation]) { [period] in $0.isActive(on: period.last) } }
    /// Active, and trained by the period's end.
    var trained: RowSelection<Volunteer> {
        RowSelection(breakdowns: [volunteerOrganisation]) { [period] in $0.isActive(on: period.last) && ($0.trained.map { $0 <= period.last } ?? false) }
    }
    /// Started 12 to 24 months before the period's end; nil when those dates do not exist.
    var cohort: RowSelection<Volunteer>? {
        guard let from = period.last.adding(months: -24), let through = period.last.adding(months: -12) else { return nil }
        return RowSelection { $0.started > from && $0.started <= through }
    }
    /// Of the cohort, those still active 12 months after their own start.
    var retained: RowSelection<Volunteer>? {
        cohort.map { cohort in RowSelection { cohort.includes($0) && ($0.started.adding(months: 12).map($0.isActive(on:)) ?? false) } }
    }
}
