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
                if snapshots[snapshot.id] == nil { snapshots[snapshot.id] = try store.participants(inFile: snapshot.id).map(\.row) }
                participants = snapshots[snapshot.id]!
            }
            return (period, values(period, participants: participants, jobs: try store.jobs(from: period.first, through: period.last).map(\.row)))
        }
    }

    /// Every figure of one period, by the rules of `ActiveringRules`.
    static func values(_ period: Period, participants: [Activeringscentra.Participant], jobs: [Activeringscentra.Job]) -> [FigureValue] {
        let label = period.label
        let rules = ActiveringRules(period, jobs: jobs)
        func row(_ figure: FigureDefinition, _ breakdown: String, _ category: String, _ value: Double?) -> FigureValue {
            FigureValue(figure, breakdown: breakdown, category: category, period: label, value: value)
        }
        func rate(_ breakdown: String, _ category: String) -> FigureValue {
            let parts = rules.rate(participants, breakdown: breakdown, category: category) { $0 }!
            return row(outflowRate, breakdown, category, Percentage.oneDecimal(parts.numerator.count, of: parts.denominator.count))
        }
        var values: [FigureValue] = []
        if period.kind != .sinceStart { values += rules.active.values(active, participants, period: label) }
        values += rules.inflow.values(inflow, participants, period: label)
        values += rules.outflow.values(outflow, participants, period: label)
        values.append(rate(FigureValue.total, FigureValue.total))
        values += rules.positiveOutflow.values(positiveOutflow, participants, period: label)
        values += Activeringscentra.centres.labels.map { rate(Breakdown.centre, $0) }
        values += Activeringscentra.destinations.labels.map { rate(Breakdown.destination, $0) }
        for (breakdown, category) in ActiveringRules.stayBreakdowns {
            let days = DayHistogram(rules.outflow.rows(participants, breakdown: breakdown, category: category)!.map(ActiveringRules.stayDays))
            values.append(row(stayMedian, breakdown, category, days.percentile(0.5)))
            values.append(row(stayP90, breakdown, category, days.percentile(0.9)))
        }
        values += rules.jobs.values(ActiveringFigures.jobs, jobs, period: label)
        values += rules.jobs.values(jobHours, jobs, period: label, hours)
        return values
    }

    /// The sum of the jobs' hours.
    static func hours(_ jobs: [Activeringscentra.Job]) -> Double { Double(jobs.map(\.hoursTimes100).reduce(0, +)) / 100 }
}
