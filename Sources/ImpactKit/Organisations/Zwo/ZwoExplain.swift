/// The collections, bank transactions, pledges and plan lines behind a ZWO figure (`impact explain`),
/// taken from `ZwoRows` as the figures take them. A bank transaction is shown by its date, direction and
/// amount (or the bank's own number): never the name, account number or description.
extension ZwoFigures {
    static func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, store: Store,
                        classifier: BankClassifier) throws -> Explanation? {
        let rows = try ZwoRows.read(period, plan: try store.yearPlan(), store: store, classifier: classifier)
        let tables = ZwoTablesExplained(origins: try store.rowOrigins())
        let euro = { (cents: Int) in DutchFormat.euros(euros(cents)) }
        let raisedSum = "de som van Bedrag in deze regels (collectes, bankgiften, ontvangen fietstochtgeld)"
        switch (figure, category) {
        case (raisedBySource, FigureValue.total):
            return Explanation(tables.raised(rows), .computed("\(raisedSum): \(euro(rows.raised))"))
        case (raisedBySource, _):
            guard let index = sources.firstIndex(of: category) else { return nil }
            return Explanation([tables.raised(rows)[index]], .computed("de som van Bedrag in deze regels: \(euro(rows.bySource[index]))"))
        case (transferred, Measure.transferred):
            return Explanation([tables.transfers(rows)], .computed("de som van Bedrag in deze regels: \(euro(rows.sent))"))
        case (transferred, Measure.stillToTransfer):
            return Explanation(tables.raised(rows) + [tables.transfers(rows)],
                               .computed("opgehaald \(euro(rows.raised)) min overgemaakt \(euro(rows.sent)) = \(euro(rows.raised - rows.sent))"))
        case (ridePledges, _):
            let pledged = rows.pledges.map(\.row.pledgedCents).reduce(0, +), received = rows.pledges.map(\.row.receivedCents).reduce(0, +)
            let outcome = [Measure.pledged: "de som van Toegezegd: \(euro(pledged))", Measure.received: "de som van Ontvangen: \(euro(received))",
                           Measure.outstanding: "toegezegd \(euro(pledged)) min ontvangen \(euro(received)) = \(euro(pledged - received))"][category]
            return outcome.map { Explanation([tables.pledges(rows.pledges)], .computed($0)) }
        case (bankTransactions, _):
            let selected = category == FigureValue.total ? rows.bank : rows.counted(as: category)
            return Explanation([tables.bank(selected.map(\.transaction), title: nil, categories: selected.map { $0.category ?? unrecognised })])
        case (prognosis, _):
            return Explanation(tables.raised(rows), .computed("opgehaald \(euro(rows.raised)), gedeeld door \(rows.elapsedDays) verstreken dagen, maal \(rows.fullDays) dagen "
                                                              + "= \(euro(proRata(rows.raised, days: rows.fullDays, of: rows.elapsedDays)))"))
        case (totalAgainstPlan, _):
            return explainPlan(breakdown: breakdown, category: category, rows: rows, tables: tables)
        case (progress, _):
            guard let month = rows.months.first(where: { $0.label == category }) else { return nil }
            if breakdown == Breakdown.planCumulative {
                return explainPlan(breakdown: breakdown, category: category, rows: rows, tables: tables, days: rows.planDays(through: month))
            }
            let part = rows.raised(on: breakdown == Breakdown.perMonth ? rows.inMonth(month) : rows.throughMonth(month))
            return Explanation(tables.raised(part), .computed("\(raisedSum): \(euro(part.raised))"))
        default:
            return nil
        }
    }

    /// The plan's figures: its lines, and what is computed from them (with the money raised for a difference
    /// or a percentage; spread over `days` of the period for the plan to date).
    private static func explainPlan(breakdown: String, category: String, rows: ZwoRows, tables: ZwoTablesExplained, days: Int? = nil) -> Explanation? {
        guard let planCents = rows.planCents else { return nil }
        let euro = { (cents: Int) in DutchFormat.euros(euros(cents)) }
        let spread = { (days: Int) in
            "het plan \(euro(planCents)) maal \(days) van de \(rows.fullDays) dagen van de periode = \(euro(proRata(planCents, days: days, of: rows.fullDays)))"
        }
        if let days { return Explanation([tables.plan(rows.plan)], .computed(spread(days))) }
        if breakdown == Breakdown.planLine {
            guard let index = rows.planLineNames.firstIndex(of: category) else { return nil }
            return Explanation([tables.plan([rows.plan[index]])], .computed("het bedrag van deze regel: \(euro(rows.plan[index].row.cents))"))
        }
        switch category {
        case Measure.plan: return Explanation([tables.plan(rows.plan)], .computed("de som van Bedrag: \(euro(planCents))"))
        case Measure.planToDate: return Explanation([tables.plan(rows.plan)], .computed(spread(rows.elapsedDays)))
        case Measure.difference:
            return Explanation(tables.raised(rows) + [tables.plan(rows.plan)],
                               .computed("opgehaald \(euro(rows.raised)) min het plan \(euro(planCents)) = \(euro(rows.raised - planCents))"))
        case Measure.percentage:
            let share = Percentage.oneDecimal(rows.raised, of: planCents).map { DutchFormat.decimal($0, decimals: 1) + "%" } ?? "-"
            var explanation = Explanation(tables.raised(rows) + [tables.plan(rows.plan)],
                                          .computed("opgehaald \(euro(rows.raised)) van het plan \(euro(planCents)) = \(share)"))
            explanation.unit = .percent
            return explanation
        default: return nil
        }
    }
}

extension Zwo {
    public func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, in context: FigureContext) throws -> Explanation? {
        try ZwoFigures.explain(figure, breakdown: breakdown, category: category, period: period, store: context.store, classifier: classifier(context))
    }
}
