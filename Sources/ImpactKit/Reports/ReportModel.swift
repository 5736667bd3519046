/// Everything a renderer needs for one report, assembled from the figures: renderers format, never compute.
public struct ReportModel: Sendable {
    /// One figure or category across the compared periods: current, previous, year earlier, since start.
    public struct Line: Sendable {
        public let label: String
        public let unit: FigureDefinition.Unit
        public let values: [Double?]
    }
    public struct Table: Sendable {
        public let title: String
        public let figure: String
        public let breakdown: String
        public let lines: [Line]
    }
    public struct Trend: Sendable {
        public let title: String
        public let periods: [String]
        public let series: [(name: String, values: [Double])]
    }

    public let definition: ReportDefinition
    public let comparison: Comparison
    /// Column heads for `Line.values`: `2022-Q4`, `2022-Q3`, `2021-Q4`, `sinds-start`.
    public let columnLabels: [String]
    public let keyFigures: [Line]
    public let tables: [Table]
    public let trend: Trend
    public let definitions: [FigureDefinition]
    public let rules: [String]
    public let sources: [SourceFile]
    /// The snapshot the current period's figures come from (nil: nothing ingested for it).
    public let snapshotUsed: SourceFile?
    /// Every figure value the report shows, for checking it against `impact figures`.
    public let values: [FigureValue]
    /// The activeringscentra, when the definition asks for them and their workbooks are ingested.
    public let activering: ActiveringSection?

    /// Computes the figures once for all periods the report needs, then arranges them.
    public static func build(definition: ReportDefinition, comparison: Comparison, store: Store) throws -> ReportModel {
        let compared: [Period?] = [comparison.current, comparison.previous, comparison.yearEarlier, comparison.sinceStart]
        let trendDefinition = definition.trend!
        var trendPeriods: [Period] = []
        // The trend ends with the quarter the report's period ends in (for a year: its fourth quarter).
        let (endYear, endMonth, _) = comparison.current.last.parts
        var quarter = Period.quarter(endYear, (endMonth - 1) / 3 + 1)
        for _ in 0..<trendDefinition.kwartalen {
            trendPeriods.insert(quarter, at: 0)
            quarter = quarter.previous!
        }
        // One computation for all periods: a snapshot is read once however many periods use it.
        let all = try DromenFigures.computeByPeriod(compared.compactMap { $0 } + trendPeriods, store: store)
        let values = all.filter { result in compared.contains(result.period) }.flatMap(\.values)
        let trendValues = all.filter { trendPeriods.contains($0.period) }.flatMap(\.values)
        var lookup: [String: Double?] = [:]
        for value in values { lookup[key(value.figure, value.breakdown, value.category, value.period)] = value.value }
        let labels = compared.map { $0?.label ?? "-" }

        func line(_ figure: String, _ breakdown: String, _ category: String, label: String) -> Line {
            let unit = FigureCatalog.definition(of: figure)?.unit ?? .count
            return Line(label: label, unit: unit, values: compared.map { period in
                period.flatMap { lookup[key(figure, breakdown, category, $0.label)] ?? nil }
            })
        }

        let keyFigures = (definition.kerncijfers ?? []).map { line($0, FigureValue.total, FigureValue.total, label: $0) }
        let tables = (definition.uitsplitsingen ?? []).map { wanted -> Table in
            var categories: [String] = []
            for value in values where value.figure == wanted.figuur && value.breakdown == wanted.naar && !categories.contains(value.category) {
                categories.append(value.category)
            }
            return Table(title: wanted.titel, figure: wanted.figuur, breakdown: wanted.naar,
                         lines: categories.map { line(wanted.figuur, wanted.naar, $0, label: $0) })
        }
        let trendCategories = trendValues.filter { $0.figure == trendDefinition.figuur && $0.breakdown == trendDefinition.naar }
        var seriesNames: [String] = []
        for value in trendCategories where !seriesNames.contains(value.category) { seriesNames.append(value.category) }
        let series = seriesNames.map { name in
            (name: name, values: trendPeriods.map { period in
                trendCategories.first { $0.category == name && $0.period == period.label }?.value ?? 0
            })
        }
        let activering = try definition.activering.flatMap { try ActiveringSection.build(title: $0.titel, comparison: comparison, store: store) }
        // The files this report's figures come from: the register, the postcode table, the centres' workbooks.
        let reported = [Dromenregister.source, PostcodeTable.source] + (activering == nil ? [] : [Activeringscentra.workbook.source])
        let sources = try store.allFiles().filter { reported.contains($0.source) }
        let snapshot = try store.snapshot(source: Dromenregister.source, onOrBefore: comparison.current.snapshotDay)
        return ReportModel(
            definition: definition, comparison: comparison, columnLabels: labels, keyFigures: keyFigures, tables: tables,
            trend: Trend(title: trendDefinition.titel, periods: trendPeriods.map(\.label), series: series),
            definitions: FigureCatalog.dromen + (activering == nil ? [] : FigureCatalog.activering), rules: FigureCatalog.commonRules,
            sources: sources, snapshotUsed: snapshot, values: values, activering: activering)
    }

    private static func key(_ parts: String...) -> String { parts.joined(separator: "\u{1F}") }
}
