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
            (period, try values(for: period, plan: plan, store: store, classifier: classifier))
        }
    }

    static func euros(_ cents: Int) -> Double { Double(cents) / 100 }


    static func values(for period: Period, plan: [(line: String, cents: Int)], store: Store, classifier: BankClassifier) throws -> [FigureValue] {
        let planCents = plan.isEmpty ? nil : plan.map(\.cents).reduce(0, +)
        let label = period.label
        let collections = try store.collections(from: period.first, through: period.last).filter(\.isForProject)
        let bank = try store.bankTransactions(from: period.first, through: period.last).map { ($0, classifier.category(of: $0)) }
        let pledges = try store.pledges(from: period.first, through: period.last)
        let gifts = bank.filter { $0.1 == BankClassifier.giftCategory }.map(\.0)
        let transfers = bank.filter { $0.1 == BankClassifier.transferCategory }.map(\.0)

        let bySource = [collections.map(\.cents).reduce(0, +), gifts.map(\.cents).reduce(0, +), pledges.map(\.receivedCents).reduce(0, +)]
        let raised = bySource.reduce(0, +)
        let sent = transfers.map(\.cents).reduce(0, +)
        var values = [FigureValue(raisedBySource, period: label, value: euros(raised))]
        values += zip(sources, bySource).map { FigureValue(raisedBySource, breakdown: Breakdown.source, category: $0, period: label, value: euros($1)) }
        values.append(FigureValue(transferred, breakdown: Breakdown.measure, category: Measure.transferred, period: label, value: euros(sent)))
        values.append(FigureValue(transferred, breakdown: Breakdown.measure, category: Measure.stillToTransfer, period: label, value: euros(raised - sent)))
        let pledged = pledges.map(\.pledgedCents).reduce(0, +), received = pledges.map(\.receivedCents).reduce(0, +)
        values.append(FigureValue(ridePledges, breakdown: Breakdown.measure, category: Measure.pledged, period: label, value: euros(pledged)))
        values.append(FigureValue(ridePledges, breakdown: Breakdown.measure, category: Measure.received, period: label, value: euros(received)))
        values.append(FigureValue(ridePledges, breakdown: Breakdown.measure, category: Measure.outstanding, period: label, value: euros(pledged - received)))
        guard period.kind != .sinceStart else { return values }

        // The whole period's length, also when the report date cuts it short.
        let fullDays = period.fullLast.number - period.first.number + 1
        let elapsedDays = period.last.number - period.first.number + 1
        if let planCents {
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.plan, period: label, value: euros(planCents)))
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.difference, period: label, value: euros(raised - planCents)))
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.percentage, period: label, value: Percentage.oneDecimal(raised, of: planCents)))
            let planToDate = proRata(planCents, days: elapsedDays, of: fullDays)
            values.append(FigureValue(totalAgainstPlan, breakdown: Breakdown.measure, category: Measure.planToDate, period: label, value: euros(planToDate)))
            // Two lines of the plan may carry the same name: each stays a line of its own.
            var seen: [String: Int] = [:]
            values += plan.map { line in
                seen[line.line, default: 0] += 1
                let name = seen[line.line]! > 1 ? "\(line.line) (\(seen[line.line]!))" : line.line
                return FigureValue(totalAgainstPlan, breakdown: Breakdown.planLine, category: name, period: label, value: euros(line.cents))
            }
        }
        values.append(FigureValue(prognosis, period: label, value: euros(proRata(raised, days: fullDays, of: elapsedDays))))

        // Per month: raised, cumulative, and the plan spread evenly over the whole period.
        var cumulative = 0
        var month = Period.month(period.first.parts.year, period.first.parts.month)
        while month.first <= period.fullLast {
            let planCumulative = planCents.map { proRata($0, days: min(month.last, period.fullLast).number - period.first.number + 1, of: fullDays) }
            if month.first <= period.last {
                let inMonth = { (day: Day) in month.contains(day) && day <= period.last }
                let fromCollections: Int = collections.filter { inMonth($0.date) }.map(\.cents).reduce(0, +)
                let fromGifts: Int = gifts.filter { inMonth($0.date) }.map(\.cents).reduce(0, +)
                let fromRide: Int = pledges.filter { inMonth($0.date) }.map(\.receivedCents).reduce(0, +)
                let monthRaised = fromCollections + fromGifts + fromRide
                cumulative += monthRaised
                values.append(FigureValue(progress, breakdown: Breakdown.perMonth, category: month.label, period: label, value: euros(monthRaised)))
                values.append(FigureValue(progress, breakdown: Breakdown.cumulative, category: month.label, period: label, value: euros(cumulative)))
            }
            if let planCumulative {
                values.append(FigureValue(progress, breakdown: Breakdown.planCumulative, category: month.label, period: label, value: euros(planCumulative)))
            }
            month = Period.month(month.last.adding(days: 1).parts.year, month.last.adding(days: 1).parts.month)
        }

        // How the bank transactions were recognised: counts only, never who or what.
        var categories: [String: Int] = [:]
        for (_, category) in bank { categories[category ?? unrecognised, default: 0] += 1 }
        values.append(FigureValue(bankTransactions, period: label, value: Double(bank.count)))
        for category in categories.keys.sorted() where category != unrecognised {
            values.append(FigureValue(bankTransactions, breakdown: Breakdown.category, category: category, period: label, value: Double(categories[category]!)))
        }
        values.append(FigureValue(bankTransactions, breakdown: Breakdown.category, category: unrecognised, period: label, value: Double(categories[unrecognised] ?? 0)))
        return values
    }

    /// `amount x days / of`, in whole cents, rounded half away from zero.
    static func proRata(_ cents: Int, days: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        return Int((Double(cents) * Double(days) / Double(total)).rounded(.toNearestOrAwayFromZero))
    }
}
