/// The "Activeringscentra" figures of METRICS.md. Participants come from the snapshot the period is
/// entitled to (the newest workbook dated on or before its end); jobs from every workbook, each once.
public enum ActiveringFigures {
    public static let active = FigureDefinition("Actieve deelnemers", .count,
        "Deelnemers met Startdatum op of vóór het einde van de periode en Einddatum leeg of erna, in de werkmap van die periode; per centrum en per stap.")
        .english("Active participants", "Participants with Startdatum (start date) on or before the end of the period and Einddatum (end date) empty or after it, in that period's workbook; per centre and per step.")
    public static let inflow = FigureDefinition("Instroom", .count, "Deelnemers met Startdatum in de periode; per centrum.")
        .english("Inflow", "Participants with Startdatum in the period; per centre.")
    public static let outflow = FigureDefinition("Uitstroom", .count, "Deelnemers met Einddatum in de periode; per centrum en per bestemming (Uitstroom naar).")
        .english("Outflow", "Participants with Einddatum in the period; per centre and per destination (Uitstroom naar).")
    public static let outflowRate = FigureDefinition("Uitstroompercentage", .percent, numerator: "Uitstroom positief", denominator: "Uitstroom", denominatorTotalFor: [Breakdown.destination],
        "Van de deelnemers met Einddatum in de periode: het aandeel met Uitstroom naar Vrijwilligerswerk, Re-integratietraject, Betaald werk of Opleiding; per centrum, en per bestemming het aandeel van alle uitstromers. Een percentage over minder dan 5 uitstromers staat er wel, maar gemarkeerd: gebaseerd op weinig mensen.")
        .english("Outflow rate", "Of the participants with Einddatum in the period: the share whose destination is volunteer work, a re-integration programme, paid work or education; per centre, and per destination its share of all leavers. A percentage over fewer than 5 leavers is shown, but marked: based on few people.")
    public static let positiveOutflow = FigureDefinition("Uitstroom positief", .count,
        "Deelnemers met Einddatum in de periode en Uitstroom naar Vrijwilligerswerk, Re-integratietraject, Betaald werk of Opleiding: de teller van het uitstroompercentage; per centrum.")
        .english("Positive outflow", "Participants with Einddatum in the period and a destination of volunteer work, a re-integration programme, paid work or education: the numerator of the outflow rate; per centre.")
    public static let stayMedian = FigureDefinition("Verblijfsduur mediaan", .days, denominator: "Uitstroom",
        "Dagen van Startdatum tot Einddatum voor wie in de periode uitstroomde: de mediaan (PERCENTIEL.INC met 0,5).")
        .english("Length of stay median", "Days from Startdatum to Einddatum for those who left in the period: the median (PERCENTILE.INC with 0.5).")
    public static let stayP90 = FigureDefinition("Verblijfsduur P90", .days, denominator: "Uitstroom", "Als hierboven: het 90e percentiel.")
        .english("Length of stay P90", "As above: the 90th percentile.")
    public static let jobs = FigureDefinition("Klussen", .count,
        "Aantal klussen in de periode (een klus die in twee werkmappen staat telt één keer); per centrum en per aanvrager.")
        .english("Jobs", "Number of jobs in the period (a job in two workbooks counts once); per centre and per requester.")
    public static let jobHours = FigureDefinition("Klussen uren", .hours, "De som van Uren van die klussen; per centrum en per aanvrager.")
        .english("Job hours", "The sum of Uren (hours) of those jobs; per centre and per requester.")

    public static let all = [active, inflow, outflow, outflowRate, positiveOutflow, stayMedian, stayP90, jobs, jobHours]

    /// The breakdowns, as `impact figures` names them.
    public enum Breakdown {
        public static let centre = "Centrum", step = "Stap", destination = "Uitstroom naar", requester = "Aanvrager"
        public static let centreAndDestination = "Centrum × Uitstroom naar"
    }

    /// The English of the breakdowns, steps and destinations (`--taal en`); the centres are names and
    /// stay, the requesters come from the workbooks and stay.
    public static let glossary = Glossary(
        breakdowns: [Breakdown.centre: "Centre", Breakdown.step: "Step", Breakdown.destination: "Destination", Breakdown.requester: "Requester"],
        categories: [
            Breakdown.step: ["1 Onderzoek": "1 Assessment", "2 Training": "2 Training", "3 Aan de slag": "3 At work", "4 Uitstroom": "4 Moving on"],
            Breakdown.destination: ["Vrijwilligerswerk": "Volunteer work", "Re-integratietraject": "Re-integration programme", "Betaald werk": "Paid work",
                                    "Opleiding": "Education", "Uitval": "Dropped out", "Verhuisd": "Moved away", "Overig": "Other"],
        ])
    /// A rate over fewer leavers than this is shown but marked as based on few people.
    public static let fewPeople = 5

    public static func computeByPeriod(_ requested: [Period], store: Store) throws -> [(period: Period, values: [FigureValue])] {
        var periods: [Period] = []
        for period in requested where !periods.contains(period) { periods.append(period) }
        var snapshots: [Int: [Activeringscentra.Participant]] = [:]
        return try periods.map { period in
            var participants: [Activeringscentra.Participant] = []
            if let snapshot = try store.snapshot(source: Activeringscentra.workbook.source, onOrBefore: period.snapshotDay) {
                if snapshots[snapshot.id] == nil { snapshots[snapshot.id] = try store.participants(inFile: snapshot.id) }
                participants = snapshots[snapshot.id]!
            }
            return (period, values(period, participants: participants, jobs: try store.jobs(from: period.first, through: period.last)))
        }
    }


    static func values(_ period: Period, participants: [Activeringscentra.Participant], jobs: [Activeringscentra.Job]) -> [FigureValue] {
        let label = period.label
        let centres = Activeringscentra.centres.labels
        func row(_ figure: FigureDefinition, _ breakdown: String, _ category: String, _ value: Double?) -> FigureValue {
            FigureValue(figure, breakdown: breakdown, category: category, period: label, value: value)
        }
        func counts(_ figure: FigureDefinition, _ list: [Activeringscentra.Participant], extra: [(String, [String], (Activeringscentra.Participant) -> String?)] = []) -> [FigureValue] {
            var values = [row(figure, FigureValue.total, FigureValue.total, Double(list.count))]
            values += centres.map { centre in row(figure, Breakdown.centre, centre, Double(list.filter { $0.centre == centre }.count)) }
            for (breakdown, labels, key) in extra {
                values += labels.map { label in row(figure, breakdown, label, Double(list.filter { key($0) == label }.count)) }
            }
            return values
        }
        var values: [FigureValue] = []
        if period.kind != .sinceStart {
            let stillActive = participants.filter { $0.start <= period.last && ($0.end.map { $0 > period.last } ?? true) }
            values += counts(active, stillActive, extra: [(Breakdown.step, Activeringscentra.steps.labels, { $0.step })])
        }
        let starters = participants.filter { period.contains($0.start) }
        let leavers = participants.filter { $0.end.map(period.contains) ?? false }
        values += counts(inflow, starters)
        values += counts(outflow, leavers, extra: [(Breakdown.destination, Activeringscentra.destinations.labels, { $0.destination })])
        for centre in centres {
            for destination in Activeringscentra.destinations.labels {
                let count = leavers.filter { $0.centre == centre && $0.destination == destination }.count
                values.append(row(outflow, Breakdown.centreAndDestination, "\(centre) × \(destination)", Double(count)))
            }
        }
        let positive = { (list: [Activeringscentra.Participant]) in list.filter { Activeringscentra.positiveDestinations.contains($0.destination ?? "") }.count }
        values.append(row(outflowRate, FigureValue.total, FigureValue.total, Percentage.oneDecimal(positive(leavers), of: leavers.count)))
        values.append(row(positiveOutflow, FigureValue.total, FigureValue.total, Double(positive(leavers))))
        values += centres.map { centre in row(positiveOutflow, Breakdown.centre, centre, Double(positive(leavers.filter { $0.centre == centre }))) }
        values += centres.map { centre in
            let mine = leavers.filter { $0.centre == centre }
            return row(outflowRate, Breakdown.centre, centre, Percentage.oneDecimal(positive(mine), of: mine.count))
        }
        values += Activeringscentra.destinations.labels.map { destination in
            row(outflowRate, Breakdown.destination, destination, Percentage.oneDecimal(leavers.filter { $0.destination == destination }.count, of: leavers.count))
        }
        var stays = [FigureValue.total: DayHistogram()]
        for leaver in leavers {
            let days = leaver.end!.number - leaver.start.number
            stays[FigureValue.total]!.add(days)
            stays[leaver.centre, default: DayHistogram()].add(days)
        }
        for (breakdown, category) in [(FigureValue.total, FigureValue.total)] + centres.map({ (Breakdown.centre, $0) }) {
            values.append(row(stayMedian, breakdown, category, stays[category]?.percentile(0.5)))
            values.append(row(stayP90, breakdown, category, stays[category]?.percentile(0.9)))
        }
        let requesters = Array(Set(jobs.map(\.requester))).sorted()
        for (figure, measure) in [(ActiveringFigures.jobs, { (list: [Activeringscentra.Job]) in Double(list.count) }),
                                  (jobHours, { (list: [Activeringscentra.Job]) in Double(list.map(\.hoursTimes100).reduce(0, +)) / 100 })] {
            values.append(row(figure, FigureValue.total, FigureValue.total, measure(jobs)))
            values += centres.map { centre in row(figure, Breakdown.centre, centre, measure(jobs.filter { $0.centre == centre })) }
            values += requesters.map { requester in row(figure, Breakdown.requester, requester, measure(jobs.filter { $0.requester == requester })) }
        }
        return values
    }
}
