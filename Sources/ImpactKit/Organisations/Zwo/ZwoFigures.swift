/// The "ZWO De Rank: Alo Mik!" figures of METRICS.md: what came in for the project, from where, against
/// the year plan, what was transferred, and the prognosis, for any period (usually a season, up to a
/// report date: `--as-of`). Money is in euros with cents.
public enum ZwoFigures {
    public static let raisedBySource = FigureDefinition("Opbrengst per bron", .euros,
        "In de periode tot en met de peildatum: collectes met doel 'ZWO Alo Mik!'; bankgiften (Bij) die de bankregels als 'Gift Alo Mik!' herkennen, elke mutatie één keer hoe vaak die ook in overlappende exports staat, zonder de afdrachten van collecte- en fietstochtgeld (die zijn al geteld); en het ontvangen sponsorgeld van de fietstocht, op de datum van de tocht.")
        .english("Raised by source", "In the period up to the report date: church collections with purpose 'ZWO Alo Mik!'; bank gifts (credits) that the bank rules recognise as 'Gift Alo Mik!', each transaction once however many overlapping exports hold it, without the lump sums of collection and ride money (those are counted already); and the sponsor money received for the bike ride, on the date of the ride.")
    public static let totalAgainstPlan = FigureDefinition("Totaal t.o.v. plan", .euros,
        "De drie bronnen samen tegenover het jaarplan van Alo Mik! (de som van de begroting, EUR 52.245,00): in euro's (verschil) en als percentage. 'Plan naar rato' is het plan evenredig verdeeld over de dagen van het seizoen, tot en met de peildatum. Per Post: de regels van de begroting.")
        .english("Total against plan", "The three sources together against the year plan of Alo Mik! (the sum of the budget, EUR 52,245.00): in euros (difference) and as a percentage. 'Plan pro rata' is the plan spread evenly over the days of the season, up to and including the report date. Per line: the lines of the budget.")
    public static let transferred = FigureDefinition("Overgemaakt", .euros,
        "Overmakingen (Af) aan Alo Mik! in de periode volgens de bankregels; nog over te maken = opgehaald min overgemaakt.")
        .english("Transferred", "Transfers (debits) to Alo Mik! in the period according to the bank rules; still to transfer = raised minus transferred.")
    public static let progress = FigureDefinition("Verloop", .euros,
        "Opbrengst per maand en cumulatief, naast het plan evenredig verdeeld over het seizoen (cumulatief per maandeinde).")
        .english("Progress", "Raised per month and cumulative, beside the plan spread evenly over the season (cumulative per month end).")
    public static let prognosis = FigureDefinition("Prognose", .euros,
        "Opgehaald tot nu toe, gedeeld door het aantal verstreken dagen van het seizoen, maal het aantal dagen van het seizoen; naast hetzelfde cijfer voor het vorige seizoen op dezelfde datum.")
        .english("Forecast", "Raised so far, divided by the number of elapsed days of the season, times the number of days of the season; beside the same figure for the previous season at the same date.")
    public static let ridePledges = FigureDefinition("Toezeggingen fietstocht", .euros,
        "Sponsorfietstocht: toegezegd (Afstand (km) x Per km + Vast bedrag) tegenover ontvangen; openstaand is het verschil.")
        .english("Bike ride pledges", "Sponsored bike ride: pledged (distance in km x amount per km + fixed amount) against received; outstanding is the difference.")
    public static let bankTransactions = FigureDefinition("Bankmutaties", .count,
        "Aantal bankmutaties in de periode (elke mutatie één keer), per categorie van de bankregels; 'Niet herkend' past bij geen regel en staat op de lijst voor de penningmeester. Er wordt niets geraden.")
        .english("Bank transactions", "Number of bank transactions in the period (each once), per category of the bank rules; 'Not recognised' fits no rule and is on the treasurer's list. Nothing is guessed.")

    public static let all = [raisedBySource, totalAgainstPlan, transferred, progress, prognosis, ridePledges, bankTransactions]

    /// The breakdowns and categories of the ZWO figures, as `impact figures` names them.
    public enum Breakdown {
        public static let source = "Bron", measure = "Maat", category = "Categorie", planLine = "Post"
        public static let perMonth = "Per maand", cumulative = "Cumulatief", planCumulative = "Plan cumulatief"
    }
    public enum Measure {
        public static let plan = "Plan", difference = "Verschil", percentage = "Percentage", planToDate = "Plan naar rato"
        public static let transferred = "Overgemaakt", stillToTransfer = "Nog over te maken"
        public static let pledged = "Toegezegd", received = "Ontvangen", outstanding = "Openstaand"
    }

    public static let sources = ["Collectes", "Bankgiften", "Sponsorfietstocht"]
    public static let unrecognised = "Niet herkend"

    /// The English of the breakdowns, sources and measures (`--taal en`); the plan's lines and the bank
    /// rules' categories are the treasurer's own words and stay, except `Niet herkend`.
    public static let glossary = Glossary(
        breakdowns: [Breakdown.source: "Source", Breakdown.measure: "Measure", Breakdown.category: "Category", Breakdown.planLine: "Line",
                     Breakdown.perMonth: "Per month", Breakdown.cumulative: "Cumulative", Breakdown.planCumulative: "Plan cumulative"],
        categories: [
            Breakdown.source: ["Collectes": "Collections", "Bankgiften": "Bank gifts", "Sponsorfietstocht": "Sponsored bike ride"],
            Breakdown.measure: [Measure.plan: "Plan", Measure.difference: "Difference", Measure.percentage: "Percentage", Measure.planToDate: "Plan pro rata",
                                Measure.transferred: "Transferred", Measure.stillToTransfer: "Still to transfer", Measure.pledged: "Pledged",
                                Measure.received: "Received", Measure.outstanding: "Outstanding"],
            Breakdown.category: [unrecognised: "Not recognised"],
        ])

    public static func computeByPeriod(_ requested: [Period], store: Store, classifier: BankClassifier) throws -> [PeriodFigures] {
        var periods: [Period] = []
        for period in requested where !periods.contains(period) { periods.append(period) }
        let plan = try store.yearPlan()
        return try periods.map { period in
            (period, values(try ZwoRows.read(period, plan: plan, store: store, classifier: classifier)))
        }
    }

    static func euros(_ cents: Int) -> Double { Double(cents) / 100 }

    /// Every figure of one period, from the rows `ZwoRows` takes for each.
    static func values(_ rows: ZwoRows) -> [FigureValue] {
        let period = rows.period, label = period.label
        let raised = rows.raised, sent = rows.sent
        var values = [FigureValue(raisedBySource, period: label, value: euros(raised))]
        values += zip(sources, rows.bySource).map { FigureValue(raisedBySource, breakdown: Breakdown.source, category: $0, period: label, value: euros($1)) }
        values.append(FigureValue(transferred, breakdown: Breakdown.measure, category: Measure.transferred, period: label, value: euros(sent)))
        values.append(FigureValue(transferred, breakdown: Breakdown.measure, category: Measure.stillToTransfer, period: label, value: euros(raised - sent)))
        let pledged = rows.pledges.map(\.row.pledgedCents).reduce(0, +), received = rows.pledges.map(\.row.receivedCents).reduce(0, +)
        values.append(FigureValue(ridePledges, breakdown: Breakdown.measure, category: Measure.pledged, period: label, value: euros(pledged)))
        values.append(FigureValue(ridePledges, breakdown: Breakdown.measure, category: Measure.received, period: label, value: euros(received)))
        values.append(FigureValue(ridePledges, breakdown: Breakdown.measure, category: Measure.outstanding, period: label, value: euros(pledged - received)))
        guard period.kind != .sinceStart else { return values }

        if let planCents = rows.planCents {
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.plan, period: label, value: euros(planCents)))
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.difference, period: label, value: euros(raised - planCents)))
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.percentage, period: label, value: Percentage.oneDecimal(raised, of: planCents)))
            let planToDate = proRata(planCents, days: rows.elapsedDays, of: rows.fullDays)
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.planToDate, period: label, value: euros(planToDate)))
            values += zip(rows.planLineNames, rows.plan).map { name, line in
                FigureValue(totalAgainstPlan, breakdown: Breakdown.planLine, category: name, period: label, value: euros(line.row.cents))
            }
        }
        values.append(FigureValue(prognosis, period: label, value: euros(proRata(raised, days: rows.fullDays, of: rows.elapsedDays))))

        // Per month: raised, cumulative, and the plan spread evenly over the whole period.
        for month in rows.months {
            if month.first <= period.last {
                values.append(FigureValue(progress, breakdown: Breakdown.perMonth, category: month.label, period: label, value: euros(rows.raised(on: rows.inMonth(month)).raised)))
                values.append(FigureValue(progress, breakdown: Breakdown.cumulative, category: month.label, period: label, value: euros(rows.raised(on: rows.throughMonth(month)).raised)))
            }
            if let planCents = rows.planCents {
                values.append(FigureValue(progress, breakdown: Breakdown.planCumulative, category: month.label, period: label,
                                          value: euros(proRata(planCents, days: rows.planDays(through: month), of: rows.fullDays))))
            }
        }

        // How the bank transactions were recognised: counts only, never who or what.
        values.append(FigureValue(bankTransactions, period: label, value: Double(rows.bank.count)))
        let categories = Set(rows.bank.map { $0.category ?? unrecognised }).subtracting([unrecognised]).sorted() + [unrecognised]
        values += categories.map { category in
            FigureValue(bankTransactions, breakdown: Breakdown.category, category: category, period: label, value: Double(rows.counted(as: category).count))
        }
        return values
    }

    /// `amount x days / of`, in whole cents, rounded half away from zero.
    static func proRata(_ cents: Int, days: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        return Int((Double(cents) * Double(days) / Double(total)).rounded(.toNearestOrAwayFromZero))
    }
}
