/// The "Dromen" figures of METRICS.md, computed from the snapshot each period is entitled to: the newest
/// export dated on or before the period's end, never a later one. So the figures for 2022-Q4 stay what
/// they were when 2022-Q4 was reported, whatever was ingested since.
public enum DromenFigures {
    public static let received = FigureDefinition("Dromen ontvangen", .count,
        "Dossiers waarvan 'Ontvangen op' in de periode valt; uitgesplitst naar programma, kanaal, categorie, leeftijdsgroep (0-5, 6-9, 10-12, 13-15, 16-18) en stadsdeel (via de postcodetabel; 'Onbekend' als de postcode ontbreekt of niet in de tabel staat).")
        .english("Dreams received", "Cases whose 'Ontvangen op' (received on) falls in the period; by programme, channel, category, age group (0-5, 6-9, 10-12, 13-15, 16-18) and district (through the postcode table; 'Unknown' when the postcode is missing or not in the table).")
    public static let childrenReached = FigureDefinition("Kinderen bereikt", .count,
        "Aantal verschillende kindnummers onder de dromen ontvangen in de periode.")
        .english("Children reached", "Number of distinct child numbers among the dreams received in the period.")
    public static let helped = FigureDefinition("Dromen geholpen", .count,
        "Dossiers met status 'Verbonden' of 'Afgerond' waarvan 'Verbonden op' in de periode valt: een stapje dichter bij de droom.")
        .english("Dreams helped", "Cases with status 'Verbonden' (connected) or 'Afgerond' (completed) whose 'Verbonden op' (connected on) falls in the period: a step closer to the dream.")
    public static let childrenHelped = FigureDefinition("Kinderen geholpen", .count,
        "Aantal verschillende kindnummers onder de geholpen dromen; 'sinds-start' geeft het gepubliceerde 'ruim 3.500 kinderen geholpen'.")
        .english("Children helped", "Number of distinct child numbers among the dreams helped; 'since-start' gives the published 'over 3,500 children helped'.")
    public static let daysToConversationMedian = FigureDefinition("Dagen tot gesprek mediaan", .days,
        "'Gesprek op' min 'Ontvangen op' in dagen, voor gesprekken in de periode: de mediaan (PERCENTIEL.INC met 0,5 in Excel).")
        .english("Days to conversation median", "'Gesprek op' (conversation on) minus 'Ontvangen op' in days, for conversations in the period: the median (PERCENTILE.INC with 0.5 in Excel).")
    public static let daysToConversationP90 = FigureDefinition("Dagen tot gesprek P90", .days,
        "Als hierboven: het 90e percentiel (PERCENTIEL.INC met 0,9); 9 op de 10 gesprekken vonden binnen zoveel dagen plaats.")
        .english("Days to conversation P90", "As above: the 90th percentile (PERCENTILE.INC with 0.9); 9 in 10 conversations took place within so many days.")
    public static let daysToConnectionMedian = FigureDefinition("Dagen tot verbinding mediaan", .days,
        "'Verbonden op' min 'Ontvangen op' in dagen, voor verbindingen in de periode: de mediaan.")
        .english("Days to connection median", "'Verbonden op' minus 'Ontvangen op' in days, for connections in the period: the median.")
    public static let daysToConnectionP90 = FigureDefinition("Dagen tot verbinding P90", .days, "Als hierboven: het 90e percentiel.")
        .english("Days to connection P90", "As above: the 90th percentile.")
    public static let workload = FigureDefinition("Werkvoorraad", .count,
        "Dossiers met status 'Nieuw', 'Uitgenodigd' of 'Gesprek gevoerd' in de momentopname van de periode (de stand aan het eind ervan).")
        .english("Caseload", "Cases with status 'Nieuw' (new), 'Uitgenodigd' (invited) or 'Gesprek gevoerd' (conversation held) in the period's snapshot (the state at its end).")
    public static let parentsConnected = FigureDefinition("Ouders verbonden", .count,
        "Geholpen dromen in de periode waarbij 'Ouders verbonden' = Ja (warme overdracht naar hulp voor de ouders).")
        .english("Parents connected", "Dreams helped in the period with 'Ouders verbonden' (parents connected) = Ja: a warm handover to help for the parents.")
    public static let connectedWith = FigureDefinition("Verbonden met", .count,
        "De tien aanbieders of partners waarmee in de periode het vaakst een droom is verbonden, met aantallen.")
        .english("Connected with", "The ten providers or partners a dream was most often connected with in the period, with counts.")

    /// In the order `impact figures` writes them.
    public static let all = [received, childrenReached, helped, childrenHelped, daysToConversationMedian, daysToConversationP90,
                             daysToConnectionMedian, daysToConnectionP90, workload, parentsConnected, connectedWith]

    /// The breakdowns, as `impact figures` names them.
    public enum Breakdown {
        public static let programme = "Programma", channel = "Kanaal", category = "Categorie", age = "Leeftijd", area = "Stadsdeel"
        public static let status = "Status"
    }

    /// The English of the breakdowns and of the categories the register defines (`--taal en`). The
    /// programmes are names and stay; stadsdelen come from the postcode table and stay.
    public static let glossary = Glossary(
        breakdowns: [Breakdown.programme: "Programme", Breakdown.channel: "Channel", Breakdown.category: "Category", Breakdown.age: "Age",
                     Breakdown.area: "District", Breakdown.status: "Status", connectedWith.name: "Connected with"],
        categories: [
            Breakdown.channel: ["Brievenbus": "Letterbox", "Sms": "Text message", "Inloopspreekuur bibliotheek": "Library walk-in hours"],
            Breakdown.category: ["Fiets": "Bicycle", "Bijles": "Tutoring", "Muziek en cultuur": "Music and culture",
                                 "Beroep en meelopen": "Careers and job shadowing", "Kleding": "Clothing", "Overig": "Other"],
            Breakdown.status: ["Nieuw": "New", "Uitgenodigd": "Invited", "Gesprek gevoerd": "Conversation held"],      // the open ones (Werkvoorraad)
            Breakdown.area: [unknownArea: "Unknown"],
        ])

    public static let ageBands: [(label: String, range: ClosedRange<Int>)] = [
        ("0-5", 0...5), ("6-9", 6...9), ("10-12", 10...12), ("13-15", 13...15), ("16-18", 16...18),
    ]
    public static let unknownArea = "Onbekend"
    static let topPartners = 10

    /// The same, kept apart per period (two periods may share a label: 2022-Q4 and 2022-Q4 up to 15-11).
    public static func computeByPeriod(_ requested: [Period], store: Store) throws -> [(period: Period, values: [FigureValue])] {
        var periods: [Period] = []
        for period in requested where !periods.contains(period) { periods.append(period) }
        let areas = try Areas(store)

        var tallies: [Period: [FigureValue]] = [:]
        var bySnapshot: [Int: [Period]] = [:]
        var rowsRead: [Int: Int] = [:]
        for period in periods {
            guard let snapshot = try store.snapshot(source: Dromenregister.export.source, onOrBefore: period.snapshotDay) else { continue }
            bySnapshot[snapshot.id, default: []].append(period)
            rowsRead[snapshot.id] = snapshot.rowsRead
        }
        for (snapshot, group) in bySnapshot.sorted(by: { $0.key < $1.key }) {
            if let tally = try store.takeTally(ofSnapshot: snapshot) as? DreamTally,
               var counted = try tally.counts(for: group, snapshot: snapshot, areas: areas, store: store) {
                for index in counted.indices {
                    counted[index].sortChildren()
                    tallies[counted[index].period] = counted[index].values()
                }
                continue
            }
            // The file's rows, at least the snapshot's (a rejected key keeps its row's place): enough to
            // reserve for, without counting the versions in force (0.16 s at 1M dossiers).
            let rows = rowsRead[snapshot] ?? 0
            let parts = try store.forEachDream(inFile: snapshot, parts: {
                group.map { PeriodTally(period: $0, areaLabels: areas.labels, expectedRows: rows) }
            }, finish: { tallies in
                for index in tallies.indices { tallies[index].sortChildren() }
            }) { tallies, dream in
                let area = areas.index(dream)
                for index in tallies.indices { tallies[index].add(dream, area: area) }
            }
            var groupTallies = parts[0]
            for part in parts.dropFirst() {
                for index in groupTallies.indices { groupTallies[index].merge(part[index]) }
            }
            // In place: a copy would duplicate each tally's buffers before they are sorted.
            for index in groupTallies.indices { tallies[groupTallies[index].period] = groupTallies[index].values() }
        }
        return periods.map { ($0, tallies[$0] ?? []) }
    }

    /// The stadsdelen of the postcode table in force, `Onbekend` last, and each dream's among them.
    struct Areas: Equatable {
        let labels: [String]
        /// By the four digits of a postcode, the place of its area in `labels` (the last: unknown). An
        /// array, not a dictionary: hashing a postcode per dream showed in the ingest's profile.
        private let areaOfPC4: [Int32]

        init(_ store: Store) throws {
            let areas = try store.postcodeAreas()
            // A table may itself call an area "Onbekend": it is then the one unknown category, listed once.
            labels = Array(Set(areas.values).subtracting([unknownArea])).sorted() + [unknownArea]
            let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
            var areaOfPC4 = [Int32](repeating: Int32(labels.count - 1), count: 10_000)
            for (pc4, area) in areas where areaOfPC4.indices.contains(pc4) { areaOfPC4[pc4] = Int32(index[area]!) }
            self.areaOfPC4 = areaOfPC4
        }

        /// The labels and which postcode lies in which: counts kept from another run (`DreamTallyState`)
        /// hold only if they were counted with the same.
        var fingerprint: String {
            var hash: UInt64 = 0xcbf29ce484222325
            for area in areaOfPC4 { hash = (hash ^ UInt64(UInt32(bitPattern: area))) &* 0x100000001b3 }
            return labels.joined(separator: "|") + "|" + String(hash, radix: 16)
        }

        func index(_ dream: DreamFact) -> Int {
            guard let pc4 = dream.pc4, areaOfPC4.indices.contains(pc4) else { return labels.count - 1 }
            return Int(areaOfPC4[pc4])
        }
    }

    /// The figures of one period, accumulated over one pass of its snapshot, by the rules of `DreamRules`.
    struct PeriodTally {
        typealias Rule = DreamRules
        let period: Period
        let rules: DreamRules
        var received: TallyGroup
        var reached: DistinctChildren
        var helped: TallyGroup
        var childrenHelped: DistinctChildren
        var toConversation: TallyGroup
        var toConnection: TallyGroup
        var workload: TallyGroup
        var parents: TallyGroup
        var partners = TextCounts()

        init(period: Period, areaLabels: [String], expectedRows: Int) {
            self.period = period
            let rules = DreamRules(period, areaLabels: areaLabels)
            self.rules = rules
            let groups = { (rule: DreamRule) in TallyGroup(rule.breakdowns.map { ($0.name, rules.labels($0)) }) }
            received = groups(Rule.received)
            // Only sinds-start counts (nearly) every row; reserving for it avoids doubling past the need
            // (and the old and new buffer side by side while growing). Reserved pages cost nothing until
            // written, so the children helped, a part of the rows, get the same.
            let expected = period.kind == .sinceStart ? expectedRows : 0
            reached = DistinctChildren(labels: rules.labels(Rule.reached.breakdowns[0]), expected: expected)
            helped = groups(Rule.helped)
            childrenHelped = DistinctChildren(labels: rules.labels(Rule.childrenHelped.breakdowns[0]), expected: expected)
            toConversation = groups(Rule.toConversation)
            toConnection = groups(Rule.toConnection)
            workload = groups(Rule.workload)
            parents = groups(Rule.parents)
        }

        /// `times` -1 takes a dream counted before back out (its version ended: `DreamTally`).
        mutating func add(_ dream: DreamFact, area: Int, times: Int = 1) {
            let rules = rules
            func count(_ group: inout TallyGroup, _ rule: DreamRule) {
                if rules.selects(rule, dream) { group.count(times: times) { rules.index(rule.breakdowns[$0], dream, area: area) } }
            }
            func sample(_ group: inout TallyGroup, _ rule: DreamRule) {
                if let days = rules.days(rule, dream) { group.sample(days, times: times) { rules.index(rule.breakdowns[$0], dream, area: area) } }
            }
            func distinct(_ children: inout DistinctChildren, _ rule: DreamRule) {
                guard rules.selects(rule, dream) else { return }
                let category = rules.index(rule.breakdowns[0], dream, area: area)
                if times > 0 { children.add(dream.child, category: category) } else { children.remove(dream.child, category: category) }
            }
            count(&received, Rule.received)
            distinct(&reached, Rule.reached)
            count(&helped, Rule.helped)
            distinct(&childrenHelped, Rule.childrenHelped)
            sample(&toConversation, Rule.toConversation)
            sample(&toConnection, Rule.toConnection)
            count(&workload, Rule.workload)
            count(&parents, Rule.parents)
            if rules.selects(Rule.partners, dream) { partners.add(dream.partner, times: times) }
        }

        /// Sorts the children counted so far, on the thread that counted them (`DistinctChildren.sort`).
        mutating func sortChildren() { reached.sort(); childrenHelped.sort() }

        /// The same period counted over another part of the snapshot.
        mutating func merge(_ other: PeriodTally) {
            received.merge(other.received); reached.merge(other.reached); helped.merge(other.helped)
            childrenHelped.merge(other.childrenHelped); toConversation.merge(other.toConversation)
            toConnection.merge(other.toConnection); workload.merge(other.workload); parents.merge(other.parents)
            partners.merge(other.partners)
        }

        mutating func values() -> [FigureValue] {
            let label = period.label
            var values: [FigureValue] = []
            values += received.tallies.flatMap { $0.countValues(figure: DromenFigures.received, period: label) }
            values += reached.values(figure: DromenFigures.childrenReached, breakdown: Rule.reached.breakdowns[0].name, period: label)
            values += helped.tallies.flatMap { $0.countValues(figure: DromenFigures.helped, period: label) }
            values += childrenHelped.values(figure: DromenFigures.childrenHelped, breakdown: Rule.childrenHelped.breakdowns[0].name, period: label)
            values += toConversation.tallies.flatMap { $0.percentileValues(median: DromenFigures.daysToConversationMedian, p90: DromenFigures.daysToConversationP90, period: label) }
            values += toConnection.tallies.flatMap { $0.percentileValues(median: DromenFigures.daysToConnectionMedian, p90: DromenFigures.daysToConnectionP90, period: label) }
            if period.kind != .sinceStart {
                values += workload.tallies.flatMap { $0.countValues(figure: DromenFigures.workload, period: label) }
            }
            values += parents.tallies.flatMap { $0.countValues(figure: DromenFigures.parentsConnected, period: label) }
            let top = partners.counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(DromenFigures.topPartners)
            values += top.map { FigureValue(DromenFigures.connectedWith, breakdown: Rule.partners.breakdowns[0].name, category: $0.key, period: label, value: Double($0.value)) }
            return values
        }
    }
}
