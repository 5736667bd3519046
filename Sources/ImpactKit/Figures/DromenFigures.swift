/// The "Dromen" figures of METRICS.md, computed from the snapshot each period is entitled to: the newest
/// export dated on or before the period's end, never a later one. So the figures for 2022-Q4 stay what
/// they were when 2022-Q4 was reported, whatever was ingested since.
public enum DromenFigures {
    public static let received = "Dromen ontvangen"
    public static let childrenReached = "Kinderen bereikt"
    public static let helped = "Dromen geholpen"
    public static let childrenHelped = "Kinderen geholpen"
    public static let daysToConversation = "Dagen tot gesprek"
    public static let daysToConnection = "Dagen tot verbinding"
    public static let workload = "Werkvoorraad"
    public static let parentsConnected = "Ouders verbonden"
    public static let connectedWith = "Verbonden met"

    public static let ageBands: [(label: String, range: ClosedRange<Int>)] = [
        ("0-5", 0...5), ("6-9", 6...9), ("10-12", 10...12), ("13-15", 13...15), ("16-18", 16...18),
    ]
    public static let unknownArea = "Onbekend"
    static let topPartners = 10

    /// Every Dromen figure for every period asked, in catalog order. Periods with no snapshot on or
    /// before their end get no rows.
    public static func compute(_ requested: [Period], store: Store) throws -> [FigureValue] {
        try computeByPeriod(requested, store: store).flatMap { $0.values }
    }

    /// The same, kept apart per period (two periods may share a label: 2022-Q4 and 2022-Q4 up to 15-11).
    public static func computeByPeriod(_ requested: [Period], store: Store) throws -> [(period: Period, values: [FigureValue])] {
        var periods: [Period] = []
        for period in requested where !periods.contains(period) { periods.append(period) }
        let areas = try store.postcodeAreas()
        // A table may itself call an area "Onbekend": it is then the one unknown category, listed once.
        let areaLabels = Array(Set(areas.values).subtracting([unknownArea])).sorted() + [unknownArea]
        let areaIndex = Dictionary(uniqueKeysWithValues: areaLabels.enumerated().map { ($1, $0) })
        let pc4Area = areas.mapValues { areaIndex[$0]! }

        var tallies: [Period: [FigureValue]] = [:]
        var bySnapshot: [Int: [Period]] = [:]
        for period in periods {
            guard let snapshot = try store.snapshot(source: Dromenregister.source, onOrBefore: period.snapshotDay) else { continue }
            bySnapshot[snapshot.id, default: []].append(period)
        }
        for (snapshot, group) in bySnapshot.sorted(by: { $0.key < $1.key }) {
            let rows = try store.dreamCount(inFile: snapshot)
            var groupTallies = group.map { PeriodTally(period: $0, areaLabels: areaLabels, expectedRows: rows) }
            try store.forEachDream(inFile: snapshot) { dream in
                let area = dream.pc4.flatMap { pc4Area[$0] } ?? areaLabels.count - 1
                for index in groupTallies.indices { groupTallies[index].add(dream, area: area) }
            }
            // In place: a copy would duplicate each tally's buffers before they are sorted.
            for index in groupTallies.indices { tallies[groupTallies[index].period] = groupTallies[index].values() }
        }
        return periods.map { ($0, tallies[$0] ?? []) }
    }

    /// The figures of one period, accumulated over one pass of its snapshot.
    struct PeriodTally {
        let period: Period
        var received: TallyGroup
        var reached: DistinctChildren
        var helped: TallyGroup
        var childrenHelped: DistinctChildren
        var toConversation: TallyGroup
        var toConnection: TallyGroup
        var workload: TallyGroup
        var parents: TallyGroup
        var partners: [String: Int] = [:]
        let first: Int, last: Int

        init(period: Period, areaLabels: [String], expectedRows: Int) {
            self.period = period
            first = period.first.number; last = period.last.number
            let programmes = ("Programma", Dromenregister.programmes.labels)
            received = TallyGroup([programmes, ("Kanaal", Dromenregister.channels.labels), ("Categorie", Dromenregister.categories.labels),
                                   ("Leeftijd", DromenFigures.ageBands.map(\.label)), ("Stadsdeel", areaLabels)])
            // Only sinds-start counts (nearly) every row; reserving for it avoids doubling past the need.
            let expected = period.kind == .sinceStart ? expectedRows : 0
            reached = DistinctChildren(labels: Dromenregister.programmes.labels, expected: expected)
            helped = TallyGroup([programmes, ("Categorie", Dromenregister.categories.labels), ("Stadsdeel", areaLabels)])
            childrenHelped = DistinctChildren(labels: Dromenregister.programmes.labels, expected: expected)
            toConversation = TallyGroup([programmes])
            toConnection = TallyGroup([programmes])
            workload = TallyGroup([programmes, ("Status", Array(Dromenregister.statuses.labels.prefix(3)))])
            parents = TallyGroup([programmes])
        }

        static let helpedStatuses = Set(Dromenregister.helpedStatuses.map { Dromenregister.statuses.index(of: $0)! })
        static let openStatuses = Set(Dromenregister.openStatuses.map { Dromenregister.statuses.index(of: $0)! })

        mutating func add(_ dream: DreamFact, area: Int) {
            let programme = [dream.programme]
            if dream.received >= first && dream.received <= last {
                let band = DromenFigures.ageBands.firstIndex { $0.range.contains(dream.age) } ?? 0
                received.count([dream.programme, dream.channel, dream.category, band, area])
                reached.add(dream.child, category: dream.programme)
            }
            if let day = dream.conversation, day >= first && day <= last {
                toConversation.sample(day - dream.received, programme)
            }
            if let day = dream.connected, day >= first && day <= last {
                toConnection.sample(day - dream.received, programme)
                if Self.helpedStatuses.contains(dream.status) {
                    helped.count([dream.programme, dream.category, area])
                    childrenHelped.add(dream.child, category: dream.programme)
                    if dream.parentsConnected { parents.count(programme) }
                    if dream.partner.count > 0 { partners[String(decoding: dream.partner, as: UTF8.self), default: 0] += 1 }
                }
            }
            if period.kind != .sinceStart, Self.openStatuses.contains(dream.status), dream.received <= last {
                workload.count([dream.programme, dream.status])
            }
        }

        mutating func values() -> [FigureValue] {
            let label = period.label
            var values: [FigureValue] = []
            values += received.tallies.flatMap { $0.countValues(figure: DromenFigures.received, period: label) }
            values += reached.values(figure: DromenFigures.childrenReached, breakdown: "Programma", period: label)
            values += helped.tallies.flatMap { $0.countValues(figure: DromenFigures.helped, period: label) }
            values += childrenHelped.values(figure: DromenFigures.childrenHelped, breakdown: "Programma", period: label)
            values += toConversation.tallies.flatMap { $0.percentileValues(figure: DromenFigures.daysToConversation, period: label) }
            values += toConnection.tallies.flatMap { $0.percentileValues(figure: DromenFigures.daysToConnection, period: label) }
            if period.kind != .sinceStart {
                values += workload.tallies.flatMap { $0.countValues(figure: DromenFigures.workload, period: label) }
            }
            values += parents.tallies.flatMap { $0.countValues(figure: DromenFigures.parentsConnected, period: label) }
            let top = partners.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(DromenFigures.topPartners)
            values += top.map { FigureValue(figure: DromenFigures.connectedWith, breakdown: DromenFigures.connectedWith, category: $0.key, period: label, value: Double($0.value)) }
            return values
        }
    }
}
