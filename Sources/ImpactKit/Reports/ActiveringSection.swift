/// The activeringscentra's part of the `beleid` report: per centre active, in, out, outflow rate, median
/// stay and hours of jobs, and outflow by destination per centre, for the report's period.
public struct ActiveringSection: Sendable {
    public struct Centre: Sendable {
        public let name: String
        public let active: Double?
        public let inflow: Double?
        public let outflow: Double?
        public let rate: Double?
        /// The rate rests on fewer than five leavers: shown, but marked.
        public let fewPeople: Bool
        public let medianStay: Double?
        public let jobs: Double?
        public let jobHours: Double?
    }

    public let title: String
    public let period: String
    /// Each centre, then `Totaal`.
    public let centres: [Centre]
    public let destinations: [String]
    /// Leavers per centre (rows, as `centres` without the total) and destination (columns).
    public let outflowByDestination: [[Double]]
    /// Outflow rate in total for [current, previous, year earlier].
    public let rateTrend: [Double?]
    public let labels: [String]

    static func build(title: String, comparison: Comparison, store: Store) throws -> ActiveringSection? {
        guard try store.hasFiles(sources: [Activeringscentra.workbook.source]) else { return nil }
        let periods = [comparison.current] + [comparison.previous, comparison.yearEarlier].compactMap { $0 }
        let results = try ActiveringFigures.computeByPeriod(periods, store: store)
        let now = results[0].values
        func value(_ list: [FigureValue], _ figure: String, _ breakdown: String, _ category: String) -> Double? {
            list.first { $0.figure == figure && $0.breakdown == breakdown && $0.category == category }?.value ?? nil
        }
        let rows = Activeringscentra.centres.labels.map { ("Centrum", $0) } + [(FigureValue.total, FigureValue.total)]
        let centres = rows.map { breakdown, category in
            let outflow = value(now, ActiveringFigures.outflow, breakdown, category)
            return Centre(name: category, active: value(now, ActiveringFigures.active, breakdown, category),
                          inflow: value(now, ActiveringFigures.inflow, breakdown, category), outflow: outflow,
                          rate: value(now, ActiveringFigures.outflowRate, breakdown, category),
                          fewPeople: (outflow ?? 0) > 0 && (outflow ?? 0) < Double(ActiveringFigures.fewPeople),
                          medianStay: value(now, ActiveringFigures.stay + " mediaan", breakdown, category),
                          jobs: value(now, ActiveringFigures.jobs, breakdown, category),
                          jobHours: value(now, ActiveringFigures.jobHours, breakdown, category))
        }
        let destinations = Activeringscentra.destinations.labels
        let matrix = Activeringscentra.centres.labels.map { centre in
            destinations.map { value(now, ActiveringFigures.outflow, ActiveringFigures.byCentreAndDestination, "\(centre) × \($0)") ?? 0 }
        }
        let trend = [comparison.current, comparison.previous, comparison.yearEarlier].map { period in
            period.flatMap { wanted in results.first { $0.period == wanted } }.flatMap { value($0.values, ActiveringFigures.outflowRate, FigureValue.total, FigureValue.total) }
        }
        return ActiveringSection(title: title, period: comparison.current.label, centres: centres, destinations: destinations,
                                 outflowByDestination: matrix, rateTrend: trend,
                                 labels: [comparison.current.label, comparison.previous?.label ?? "-", comparison.yearEarlier?.label ?? "-"])
    }
}
