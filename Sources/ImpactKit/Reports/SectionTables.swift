/// The trend and targets tables of a report section.
extension SectionBuilder {
    // MARK: - Trend

    /// A figure per quarter for the last quarters, one series per category, with a native chart: for a
    /// count, columns with each quarter's total beside them (stacked bars in the text); else lines.
    public func trend(_ wanted: ReportDefinition.Trend) throws -> ReportTable {
        var quarters = ReportModel.trendQuarters(wanted, comparison: comparison)
        // Quarters before the figure has any value (before an organisation's first export) are left out.
        while let first = quarters.first, quarters.count > 1,
              (figures.value(named: wanted.figuur, FigureValue.total, FigureValue.total, in: first) ?? 0) == 0 {
            quarters.removeFirst()
        }
        let series = figures.categories(named: wanted.figuur, wanted.naar, in: quarters)
        try check(wanted.figuur, by: wanted.naar, in: quarters, table: wanted.titel, found: !series.isEmpty)
        let isCount = (catalog.definition(of: wanted.figuur)?.unit ?? .count) == .count
        var rows = quarters.map { quarter -> [ReportCell] in
            var cells = series.map { category -> ReportCell in
                var cell = self.cell(named: wanted.figuur, wanted.naar, category, in: quarter)
                if isCount, cell.number == nil { cell.number = 0 }
                return cell
            }
            if isCount { cells.append(.number(cells.compactMap(\.number).reduce(0, +), .count)) }
            return [.text(quarter.label)] + cells
        }
        let names = series.map { label(category: $0, of: wanted.naar, figure: wanted.figuur) }
        let title = wanted.title(in: language)
        var table = ReportTable(title: title, columns: [language.text(nl: "Kwartaal", en: "Quarter")] + names
                                + (isCount ? [language.text(nl: FigureValue.total, en: "Total")] : []), rows: rows)
        table.key = wanted.titel
        table.sheetName = "Trend"
        table.role = .trend
        table.excelName = "Trend"
        table.chart = .init(kind: isCount ? .column : .line, title: title, yAxis: label(figure: wanted.figuur), seriesColumns: Array(1...max(1, series.count)))
        // Each series as wide as its name: the numbers then stand under their heads.
        table.widths = [12] + names.map { Double(max($0.count + 4, 12)) } + (isCount ? [12] : [])
        guard isCount else { return table }
        // Per quarter, the series add up to the total beside them.
        let last = series.count + 1
        for index in rows.indices where disclosure.isSmall(rows[index][last].number ?? 0) {
            rows[index][last] = rows[index][last].hidden(as: disclosure.hiddenText)
        }
        suppress(&rows, lines: rows.indices.map { row in (1...max(1, series.count)).filter { $0 < last }.map { (row: row, column: $0) } })
        table.rows = rows
        // Stacked text bars tell four series apart (█ ░ ▒ ▓); more are a table of numbers.
        table.textChart = series.count <= 4 ? .stacked : .none
        table.textOnlyColumns = [last]
        return table
    }

    // MARK: - Targets

    /// Realised against target, as hledger shows a budget: the figure in the report's period, its target
    /// for that period, the difference (in points for a percentage) and the share of the target reached.
    public func targets(_ targets: [ReportDefinition.Target], title: String) -> ReportTable? {
        let current = comparison.current
        let applying = targets.filter { $0.applies(to: current) }
        guard !applying.isEmpty else { return nil }
        let rows = applying.map { target -> [ReportCell] in
            let unit = catalog.definition(of: target.cijfer)?.unit ?? .count
            let realised = cell(named: target.cijfer, in: current)
            let goal = ReportCell.number(unit == .percent ? target.doel / 100 : target.doel, realised.style)
            guard !realised.hidden, let value = realised.number else {
                let masked = realised.hidden ? realised.text : ""
                return [.text(label(figure: target.cijfer)), realised, goal, ReportCell.number(nil, .tenths).hidden(as: masked), ReportCell.number(nil, .percent).hidden(as: masked)]
            }
            // In the figure's own unit (a percentage in points), without binary noise (85,2 - 80 is 5,2).
            let own = unit == .percent ? value * 100 : value
            let clean = { (x: Double) in (x * 1_000_000).rounded() / 1_000_000 }
            let difference = ReportCell.number(clean(own - target.doel), unit == .percent ? .tenths : realised.style)
            let reached = ReportCell.number(target.doel == 0 ? nil : clean(own / target.doel), .percent)
            return [.text(label(figure: target.cijfer)), realised, goal, difference, reached]
        }
        let l = language
        var table = ReportTable(title: title, note: l.text(nl: "Gerealiseerd in \(current.label) tegenover het doel; het verschil van een percentage in procentpunten.",
                                                           en: "Realised in \(current.label) against the target; the difference of a percentage in percentage points."),
                                columns: l == .en ? ["Figure", "Realised", "Target", "Difference", "% of target"] : ["Cijfer", "Gerealiseerd", "Doel", "Verschil", "% van doel"],
                                rows: rows)
        // A hidden cell reads as it does elsewhere; an empty one (no value yet) reads empty.
        table.rows = table.rows.map { row in row.map { $0.hidden && $0.text.isEmpty ? ReportCell.number(nil, $0.style) : $0 } }
        table.role = .targets
        table.sheetName = l.text(nl: "Doelen", en: "Targets")
        table.excelName = table.sheetName!
        table.widths = [34, 14, 14, 14, 14]
        return table
    }
}
