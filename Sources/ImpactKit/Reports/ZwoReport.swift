/// The `zwo` report for the church council and the newsletter: the season up to a report date against
/// the Alo Mik! plan, beside last season at the same date. Sums and counts only: no donor, account or
/// description reaches it (the unrecognised transactions go to a separate list for the treasurer).
public struct ZwoReport: Sendable {
    public struct Month: Sendable {
        public let label: String
        public let raised: Double?
        public let cumulative: Double?
        public let planCumulative: Double?
    }

    public let definition: ReportDefinition
    public let current: Period
    public let previous: Period?
    /// Opbrengst per bron: Collectes, Bankgiften, Sponsorfietstocht, then Totaal; [current, previous].
    public let sources: [(name: String, values: [Double?])]
    public let plan: Double?
    public let planToDate: Double?
    public let percentage: Double?
    public let transferred: [Double?]
    public let stillToTransfer: [Double?]
    public let prognosis: [Double?]
    public let previousPercentage: Double?
    public let months: [Month]
    public let planLines: [(line: String, euros: Double)]
    public let ride: (pledged: Double?, received: Double?, outstanding: Double?)
    public let bankCategories: [(category: String, count: Double)]
    public let files: [SourceFile]
    public let values: [FigureValue]
    /// For the treasurer's own list, never for the report.
    public let unrecognised: [BankFile.Transaction]

    public static func build(definition: ReportDefinition, comparison: Comparison, store: Store, classifier: BankClassifier) throws -> ZwoReport {
        let current = comparison.current
        let previous = comparison.previous
        let results = try ZwoFigures.computeByPeriod([current] + [previous].compactMap { $0 }, store: store, classifier: classifier)
        let now = results[0].values
        let before = results.count > 1 ? results[1].values : []
        func value(_ list: [FigureValue], _ figure: String, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total) -> Double? {
            list.first { $0.figure == figure && $0.breakdown == breakdown && $0.category == category }?.value ?? nil
        }
        func both(_ figure: String, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total) -> [Double?] {
            [value(now, figure, breakdown, category), previous == nil ? nil : value(before, figure, breakdown, category)]
        }
        let months = now.filter { $0.figure == ZwoFigures.progress && $0.breakdown == "Plan cumulatief" || $0.figure == ZwoFigures.progress && $0.breakdown == "Per maand" }
            .map(\.category).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .map { label in Month(label: label, raised: value(now, ZwoFigures.progress, "Per maand", label),
                                  cumulative: value(now, ZwoFigures.progress, "Cumulatief", label),
                                  planCumulative: value(now, ZwoFigures.progress, "Plan cumulatief", label)) }
        let unrecognised = try store.bankTransactions(from: current.first, through: current.last).filter { classifier.category(of: $0) == nil }
        let zwoFiles = try store.allFiles().filter { FigureSets.zwoSources.contains($0.source) }
        return ZwoReport(
            definition: definition, current: current, previous: previous,
            sources: ZwoFigures.sources.map { ($0, both(ZwoFigures.raisedBySource, "Bron", $0)) } + [("Totaal", both(ZwoFigures.raisedBySource))],
            plan: value(now, ZwoFigures.totalAgainstPlan, "Maat", "Plan"),
            planToDate: value(now, ZwoFigures.totalAgainstPlan, "Maat", "Plan naar rato"),
            percentage: value(now, ZwoFigures.totalAgainstPlan, "Maat", "Percentage"),
            transferred: both(ZwoFigures.transferred, "Maat", "Overgemaakt"),
            stillToTransfer: both(ZwoFigures.transferred, "Maat", "Nog over te maken"),
            prognosis: both(ZwoFigures.prognosis),
            previousPercentage: value(before, ZwoFigures.totalAgainstPlan, "Maat", "Percentage"),
            months: months,
            planLines: try store.yearPlan().map { ($0.line, Double($0.cents) / 100) },
            ride: (value(now, ZwoFigures.ridePledges, "Maat", "Toegezegd"), value(now, ZwoFigures.ridePledges, "Maat", "Ontvangen"),
                   value(now, ZwoFigures.ridePledges, "Maat", "Openstaand")),
            bankCategories: now.filter { $0.figure == ZwoFigures.bankTransactions && $0.breakdown == "Categorie" }.map { ($0.category, $0.value ?? 0) },
            files: zwoFiles, values: now + before, unrecognised: unrecognised)
    }

    /// `Seizoen 2019-2020 t/m 15-01-2020 (01-09-2019 t/m 31-08-2020)`
    public var periodLine: String {
        var text = "Seizoen \(current.label)"
        if current.last < current.fullLast { text += ", stand op \(current.last.dutch)" }
        return text + " (\(current.first.dutch) t/m \(current.fullLast.dutch))"
    }
}
