/// The "ZWO De Rank: Alo Mik!" figures of METRICS.md: what came in for the project, from where, against
/// the year plan, what was transferred, and the prognosis, for any period (usually a season, up to a
/// report date: `--as-of`). Money is in euros with cents.
public enum ZwoFigures {
    public static let raisedBySource = "Opbrengst per bron"
    public static let totalAgainstPlan = "Totaal t.o.v. plan"
    public static let transferred = "Overgemaakt"
    public static let progress = "Verloop"
    public static let prognosis = "Prognose"
    public static let ridePledges = "Toezeggingen fietstocht"
    public static let bankTransactions = "Bankmutaties"

    public static let sources = ["Collectes", "Bankgiften", "Sponsorfietstocht"]
    public static let unrecognised = "Niet herkend"

    public static func computeByPeriod(_ requested: [Period], store: Store, classifier: BankClassifier) throws -> [(period: Period, values: [FigureValue])] {
        var periods: [Period] = []
        for period in requested where !periods.contains(period) { periods.append(period) }
        let plan = try store.yearPlan()
        let planCents = plan.isEmpty ? nil : plan.map(\.cents).reduce(0, +)
        return try periods.map { period in
            (period, try values(for: period, planCents: planCents, store: store, classifier: classifier))
        }
    }

    static func euros(_ cents: Int) -> Double { Double(cents) / 100 }


    static func values(for period: Period, planCents: Int?, store: Store, classifier: BankClassifier) throws -> [FigureValue] {
        let label = period.label
        let collections = try store.collections(from: period.first, through: period.last).filter(\.isForProject)
        let bank = try store.bankTransactions(from: period.first, through: period.last).map { ($0, classifier.category(of: $0)) }
        let pledges = try store.pledges(from: period.first, through: period.last)
        let gifts = bank.filter { $0.1 == BankClassifier.giftCategory }.map(\.0)
        let transfers = bank.filter { $0.1 == BankClassifier.transferCategory }.map(\.0)

        let bySource = [collections.map(\.cents).reduce(0, +), gifts.map(\.cents).reduce(0, +), pledges.map(\.receivedCents).reduce(0, +)]
        let raised = bySource.reduce(0, +)
        let sent = transfers.map(\.cents).reduce(0, +)
        var values = [FigureValue(figure: raisedBySource, period: label, value: euros(raised))]
        values += zip(sources, bySource).map { FigureValue(figure: raisedBySource, breakdown: "Bron", category: $0, period: label, value: euros($1)) }
        values.append(FigureValue(figure: transferred, breakdown: "Maat", category: "Overgemaakt", period: label, value: euros(sent)))
        values.append(FigureValue(figure: transferred, breakdown: "Maat", category: "Nog over te maken", period: label, value: euros(raised - sent)))
        let pledged = pledges.map(\.pledgedCents).reduce(0, +), received = pledges.map(\.receivedCents).reduce(0, +)
        values.append(FigureValue(figure: ridePledges, breakdown: "Maat", category: "Toegezegd", period: label, value: euros(pledged)))
        values.append(FigureValue(figure: ridePledges, breakdown: "Maat", category: "Ontvangen", period: label, value: euros(received)))
        values.append(FigureValue(figure: ridePledges, breakdown: "Maat", category: "Openstaand", period: label, value: euros(pledged - received)))
        guard period.kind != .sinceStart else { return values }

        // The whole period's length, also when the report date cuts it short.
        let fullDays = period.fullLast.number - period.first.number + 1
        let elapsedDays = period.last.number - period.first.number + 1
        if let planCents {
            values.append(FigureValue(figure: totalAgainstPlan, breakdown: "Maat", category: "Plan", period: label, value: euros(planCents)))
            values.append(FigureValue(figure: totalAgainstPlan, breakdown: "Maat", category: "Verschil", period: label, value: euros(raised - planCents)))
            values.append(FigureValue(figure: totalAgainstPlan, breakdown: "Maat", category: "Percentage", period: label, value: Percentage.oneDecimal(raised, of: planCents)))
            let planToDate = proRata(planCents, days: elapsedDays, of: fullDays)
            values.append(FigureValue(figure: totalAgainstPlan, breakdown: "Maat", category: "Plan naar rato", period: label, value: euros(planToDate)))
        }
        values.append(FigureValue(figure: prognosis, period: label, value: euros(proRata(raised, days: fullDays, of: elapsedDays))))

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
                values.append(FigureValue(figure: progress, breakdown: "Per maand", category: month.label, period: label, value: euros(monthRaised)))
                values.append(FigureValue(figure: progress, breakdown: "Cumulatief", category: month.label, period: label, value: euros(cumulative)))
            }
            if let planCumulative {
                values.append(FigureValue(figure: progress, breakdown: "Plan cumulatief", category: month.label, period: label, value: euros(planCumulative)))
            }
            month = Period.month(month.last.adding(days: 1).parts.year, month.last.adding(days: 1).parts.month)
        }

        // How the bank transactions were recognised: counts only, never who or what.
        var categories: [String: Int] = [:]
        for (_, category) in bank { categories[category ?? unrecognised, default: 0] += 1 }
        values.append(FigureValue(figure: bankTransactions, period: label, value: Double(bank.count)))
        for category in categories.keys.sorted() where category != unrecognised {
            values.append(FigureValue(figure: bankTransactions, breakdown: "Categorie", category: category, period: label, value: Double(categories[category]!)))
        }
        values.append(FigureValue(figure: bankTransactions, breakdown: "Categorie", category: unrecognised, period: label, value: Double(categories[unrecognised] ?? 0)))
        return values
    }

    /// `amount x days / of`, in whole cents, rounded half away from zero.
    static func proRata(_ cents: Int, days: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        return Int((Double(cents) * Double(days) / Double(total)).rounded(.toNearestOrAwayFromZero))
    }
}
