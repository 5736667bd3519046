/// Builds the generic blocks of a report section from the figures: key figures beside the compared
/// periods with their changes, a breakdown with each category's share, a trend per quarter. Small counts
/// of a public report are hidden here, with secondary suppression, so no renderer has to know the rule.
public struct SectionBuilder: Sendable {
    public let comparison: Comparison
    public let figures: ReportFigures
    public let disclosure: Disclosure
    /// Where a figure's unit and denominator are found.
    public let catalog: ReportCatalog
    public let periodLine: String

    /// Current, previous, a year earlier, since start.
    public var compared: [Period?] { [comparison.current, comparison.previous, comparison.yearEarlier, comparison.sinceStart] }
    public var labels: [String] { compared.map { $0?.label ?? "-" } }

    public init(comparison: Comparison, figures: ReportFigures, disclosure: Disclosure, catalog: ReportCatalog, periodLine: String = "") {
        self.comparison = comparison; self.figures = figures; self.disclosure = disclosure; self.catalog = catalog; self.periodLine = periodLine
    }

    /// For an organisation's own block: the same figures, rules and catalog as the report around it.
    public init(_ input: BlockInput) {
        self.init(comparison: input.comparison, figures: input.figures, disclosure: input.disclosure, catalog: input.catalog)
    }

    /// A figure's value as a cell: a percentage as a fraction, a small count hidden in a public report, a
    /// percentage of people hidden when it rests on fewer people than the threshold.
    /// `unit` overrides the figure's own (the percentage category of a figure in euros).
    public func cell(named name: String, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total, in period: Period?,
                     as unit: FigureDefinition.Unit? = nil) -> ReportCell {
        let definition = catalog.definition(of: name)
        let unit = unit ?? definition?.unit ?? .count
        var value = figures.value(named: name, breakdown, category, in: period)
        if unit == .percent { value = value.map { $0 / 100 } }
        var cell = ReportCell.number(value, ReportCell.style(for: unit))
        if unit == .count, let value { cell.hidden = disclosure.isSmall(value) }
        if let denominator = definition?.denominator, disclosure.threshold != nil {
            let total = definition!.denominatorTotalFor.contains(breakdown)
            let people = figures.value(named: denominator, total ? FigureValue.total : breakdown, total ? FigureValue.total : category, in: period)
            if value != nil, disclosure.hidesShare(ofPeople: people ?? 0) { cell.hidden = true }
        }
        return cell
    }

    public func cell(_ figure: FigureDefinition, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total, in period: Period?,
                     as unit: FigureDefinition.Unit? = nil) -> ReportCell {
        cell(named: figure.name, breakdown, category, in: period, as: unit)
    }

    /// The relative change from `earlier` to `current`; nil when there is nothing to compare with, or
    /// when either is hidden (the change would give it away).
    public static func change(_ current: ReportCell, _ earlier: ReportCell) -> ReportCell {
        guard !current.hidden, !earlier.hidden, let now = current.number, let before = earlier.number, before != 0 else { return .number(nil, .change) }
        return .number((now - before) / before, .change)
    }

    /// Hides, column by column, the small counts of rows that add up to a total, and the smallest other
    /// count of a column where exactly one would be hidden.
    public func suppress(_ rows: inout [[ReportCell]], columns: [Int]) {
        guard disclosure.threshold != nil else { return }
        for column in columns {
            let counts = rows.map { $0[column].style == .count ? ($0[column].number ?? 0) : 0 }
            for (row, hide) in disclosure.hidden(counts).enumerated() where hide { rows[row][column].hidden = true }
        }
    }

    // MARK: - Key figures

    public func keyFigures(_ names: [String], title: String) -> (ReportTable, [ReportModel.KeyFigure]) {
        var rows: [[ReportCell]] = []
        var lines: [ReportModel.KeyFigure] = []
        for name in names {
            let cells = compared.map { cell(named: name, in: $0) }
            rows.append([.text(name), cells[0], cells[1], Self.change(cells[0], cells[1]), cells[2], Self.change(cells[0], cells[2]), cells[3]])
            lines.append(ReportModel.KeyFigure(label: name, cells: cells, trendInWords: trendInWords(cells)))
        }
        var table = ReportTable(title: title, columns: ["Cijfer", labels[0], labels[1], "t.o.v. \(labels[1])", labels[2], "t.o.v. \(labels[2])", labels[3]], rows: rows)
        table.textColumns = ["Cijfer", labels[0], labels[1], "verschil", labels[2], "verschil", labels[3]]
        table.placement = .summary
        table.role = .keyFigures
        table.excelName = "Kerncijfers"
        table.widths = [30, 14, 14, 14, 14, 14, 14]
        return (table, lines)
    }

    /// `71,4% meer dan in 2022-Q3 (217) en 12,7% minder dan in 2021-Q4 (426)`.
    func trendInWords(_ cells: [ReportCell]) -> String {
        func against(_ index: Int) -> String {
            let other = cells[index]
            guard let current = cells[0].number, let before = other.number, !cells[0].hidden, !other.hidden else {
                return "geen vergelijking met \(labels[index])"
            }
            let shown = "\(labels[index]) (\(DutchFormat.number(before)))"
            if current == before { return "evenveel als in \(shown)" }
            guard before != 0 else { return "meer dan in \(shown)" }
            let change = (current - before) / before
            return "\(DutchFormat.percent(abs(change))) \(change > 0 ? "meer" : "minder") dan in \(shown)"
        }
        return "\(against(1)) en \(against(2))"
    }

    // MARK: - Breakdowns

    /// A figure by one breakdown beside the compared periods, with each category's share of the current
    /// period's total (counts only).
    public func breakdown(_ wanted: ReportDefinition.Breakdown) -> ReportTable {
        let categories = figures.categories(named: wanted.figuur, wanted.naar, in: compared)
        let isCount = (catalog.definition(of: wanted.figuur)?.unit ?? .count) == .count
        var rows = categories.map { category in [ReportCell.text(category)] + compared.map { cell(named: wanted.figuur, wanted.naar, category, in: $0) } }
        suppress(&rows, columns: [1, 2, 3, 4])
        var columns = [wanted.naar] + labels
        var textColumns = [wanted.naar] + labels
        if isCount {
            let total = rows.compactMap { $0[1].number }.reduce(0, +)
            for index in rows.indices {
                var share = ReportCell.number(total > 0 ? (rows[index][1].number ?? 0) / total : nil, .percent)
                share.hidden = rows[index][1].hidden || disclosure.hidesShare(ofPeople: total)
                rows[index].append(share)
            }
            columns.append("Aandeel \(labels[0])")
            textColumns.append("aandeel")
        }
        var table = ReportTable(title: wanted.titel, note: "\(wanted.figuur), naar \(wanted.naar.lowercased()). \(periodLine)", columns: columns, rows: rows)
        table.textColumns = textColumns
        table.role = .breakdown
        if isCount { table.textChart = .bars(column: 1) }
        let widest = categories.map(\.count).max() ?? 10
        table.widths = [Double(min(max(widest, wanted.naar.count) + 3, 50))] + Array(repeating: 14, count: columns.count - 1)
        table.excelName = "Uitsplitsing"
        table.excelNameNumbered = true
        return table
    }

    // MARK: - Trend

    /// A figure per quarter for the last quarters, one series per category, with a native column chart.
    public func trend(_ wanted: ReportDefinition.Trend) -> ReportTable {
        let quarters = ReportModel.trendQuarters(wanted, comparison: comparison)
        let series = figures.categories(named: wanted.figuur, wanted.naar, in: quarters)
        var rows = quarters.map { quarter -> [ReportCell] in
            var cells = series.map { category -> ReportCell in
                var cell = self.cell(named: wanted.figuur, wanted.naar, category, in: quarter)
                if cell.number == nil { cell.number = 0 }
                return cell
            }
            let total = cells.compactMap(\.number).reduce(0, +)
            cells.append(.number(total, .count))
            return [.text(quarter.label)] + cells
        }
        // Per quarter, the series add up to the total beside them.
        if disclosure.threshold != nil {
            for index in rows.indices {
                let counts = rows[index].dropFirst().dropLast().map { $0.number ?? 0 }
                for (offset, hide) in disclosure.hidden(Array(counts)).enumerated() where hide { rows[index][offset + 1].hidden = true }
                if let total = rows[index].last?.number, disclosure.isSmall(total) { rows[index][rows[index].count - 1].hidden = true }
            }
        }
        var table = ReportTable(title: wanted.titel, columns: ["Kwartaal"] + series + ["Totaal"], rows: rows)
        table.sheetName = "Trend"
        table.role = .trend
        table.excelName = "Trend"
        table.chart = .init(kind: .column, title: wanted.titel, yAxis: wanted.figuur, seriesColumns: Array(1...max(1, series.count)))
        table.textChart = .stacked
        table.textOnlyColumns = [series.count + 1]
        table.widths = [12] + Array(repeating: 24, count: series.count) + [12]
        return table
    }
}
