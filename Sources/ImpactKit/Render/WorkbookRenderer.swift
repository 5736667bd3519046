/// Renders a report as an XLSX workbook for funders and the council: a summary, a trend chart, each
/// breakdown as an Excel table, the definitions and the sources. Numbers are written as numbers (with
/// Dutch-friendly formats), never as formulas, so readers that do not recalculate see the same values.
public enum WorkbookRenderer {
    public static func write(_ model: ReportModel, to path: String) throws {
        let period = model.comparison.current
        let workbook = try XlsxWorkbook(path: path, title: "\(model.definition.titel) \(period.label)", created: period.last)
        summary(model, workbook.addSheet("Samenvatting"))
        trend(model, workbook)
        for (index, table) in model.tables.enumerated() { breakdown(table, model: model, index: index, workbook.addSheet(table.title)) }
        if let activering = model.activering { ActiveringRender.sheets(activering, workbook) }
        definitions(model.definitions, rules: model.rules, workbook.addSheet("Definities"))
        sources(model.sources, used: model.snapshotUsed,
                note: "Elk ingelezen bestand met zijn SHA-256 (herkenbaar, ook na hernoemen). 'Gebruikt' = de momentopname waaruit de cijfers van \(model.comparison.current.label) komen.",
                workbook.addSheet("Bronnen"))
        try workbook.close()
    }

    static func periodLine(_ model: ReportModel) -> String {
        let period = model.comparison.current
        var text = "Periode \(period.label): \(period.first.dutch) t/m \(period.last.dutch)"
        if let snapshot = model.snapshotUsed { text += "; stand van het register: \(snapshot.name)" } else { text += "; geen export ingelezen voor deze periode" }
        return text
    }

    private static func summary(_ model: ReportModel, _ sheet: XlsxSheet) {
        sheet.text(0, 0, model.definition.titel, .heading)
        sheet.text(1, 0, model.definition.ondertitel)
        sheet.text(2, 0, periodLine(model), .note)
        let labels = model.columnLabels
        let headers = ["Cijfer", labels[0], labels[1], "t.o.v. \(labels[1])", labels[2], "t.o.v. \(labels[2])", labels[3]]
        let top = 4
        for (offset, line) in model.keyFigures.enumerated() {
            let row = top + 1 + offset
            let style = line.unit == .days ? CellStyle.decimal : .count
            sheet.text(row, 0, line.label)
            sheet.number(row, 1, line.values[0], style)
            sheet.number(row, 2, line.values[1], style)
            sheet.number(row, 3, change(line.values[0], line.values[1]), .percent)
            sheet.number(row, 4, line.values[2], style)
            sheet.number(row, 5, change(line.values[0], line.values[2]), .percent)
            sheet.number(row, 6, line.values[3], style)
        }
        sheet.table(name: "Kerncijfers", firstRow: top, firstColumn: 0, lastRow: top + model.keyFigures.count, headers: headers)
        sheet.columnWidth(0, 30)
        for column in 1...6 { sheet.columnWidth(column, 14) }
        sheet.freeze(rows: top + 1)
    }

    /// Relative change, nil when there is nothing to compare with.
    static func change(_ current: Double?, _ earlier: Double?) -> Double? {
        guard let current, let earlier, earlier != 0 else { return nil }
        return (current - earlier) / earlier
    }

    private static func trend(_ model: ReportModel, _ workbook: XlsxWorkbook) {
        let sheet = workbook.addSheet("Trend")
        let trend = model.trend
        sheet.text(0, 0, trend.title, .heading)
        let top = 2
        for (row, label) in trend.periods.enumerated() {
            sheet.text(top + 1 + row, 0, label)
            for (column, series) in trend.series.enumerated() { sheet.number(top + 1 + row, column + 1, series.values[row]) }
        }
        sheet.table(name: "Trend", firstRow: top, firstColumn: 0, lastRow: top + trend.periods.count,
                    headers: ["Kwartaal"] + trend.series.map(\.name))
        sheet.columnWidth(0, 12)
        for column in trend.series.indices { sheet.columnWidth(column + 1, 24) }
        sheet.freeze(rows: top + 1)
        let first = top + 2, last = top + 1 + trend.periods.count     // 1-based rows for the chart ranges
        let categories = "='Trend'!$A$\(first):$A$\(last)"
        let series = trend.series.enumerated().map { index, item in
            (name: item.name, values: "='Trend'!$\(columnLetter(index + 1))$\(first):$\(columnLetter(index + 1))$\(last)")
        }
        let chart = workbook.chart(.column, title: trend.title, categories: categories, series: series, yAxis: "Dromen")
        sheet.insert(chart: chart, row: top + trend.periods.count + 3, column: 0)
    }

    private static func breakdown(_ table: ReportModel.Table, model: ReportModel, index: Int, _ sheet: XlsxSheet) {
        sheet.text(0, 0, table.title, .heading)
        sheet.text(1, 0, "\(table.figure), naar \(table.breakdown.lowercased()). \(periodLine(model))", .note)
        let labels = model.columnLabels
        let top = 3
        let total = table.lines.compactMap { $0.values[0] }.reduce(0, +)
        for (offset, line) in table.lines.enumerated() {
            let row = top + 1 + offset
            sheet.text(row, 0, line.label)
            for column in 0..<4 { sheet.number(row, column + 1, line.values[column]) }
            sheet.number(row, 5, total > 0 ? (line.values[0] ?? 0) / total : nil, .percent)
        }
        sheet.table(name: "Uitsplitsing\(index + 1)", firstRow: top, firstColumn: 0, lastRow: top + table.lines.count,
                    headers: [table.breakdown] + labels + ["Aandeel \(labels[0])"])
        let widest = table.lines.map(\.label.count).max() ?? 10
        sheet.columnWidth(0, Double(min(max(widest, table.breakdown.count) + 3, 50)))
        for column in 1...5 { sheet.columnWidth(column, 14) }
        sheet.freeze(rows: top + 1)
    }

    /// The `Definities` sheet of every report: each figure's definition, then the common rules.
    static func definitions(_ definitions: [FigureDefinition], rules: [String], _ sheet: XlsxSheet) {
        sheet.text(0, 0, "Definities", .heading)
        for (offset, definition) in definitions.enumerated() {
            sheet.text(3 + offset, 0, definition.name, .wrapped)
            sheet.text(3 + offset, 1, definition.definition, .wrapped)
        }
        sheet.table(name: "Definities", firstRow: 2, firstColumn: 0, lastRow: 2 + definitions.count, headers: ["Cijfer", "Definitie"])
        let rulesTop = 4 + definitions.count
        sheet.text(rulesTop, 0, "Algemene regels", .bold)
        for (offset, rule) in rules.enumerated() { sheet.text(rulesTop + 1 + offset, 1, rule, .wrapped) }
        sheet.columnWidth(0, 30)
        sheet.columnWidth(1, 100)
        sheet.freeze(rows: 3)
    }

    /// The `Bronnen` sheet of every report: each ingested file with its SHA-256 (recognisable even when
    /// renamed), snapshot, rows read, loaded, rejected and already known, and which snapshot was used.
    static func sources(_ files: [SourceFile], used: SourceFile?, note: String, _ sheet: XlsxSheet) {
        sheet.text(0, 0, "Bronnen", .heading)
        sheet.text(1, 0, note, .note)
        let headers = ["Bestand", "Bron", "Momentopname", "SHA-256", "Codering", "Regels gelezen", "Geladen", "Afgekeurd", "Gebruikt",
                       "Vervangen", "Overlap"]
        let top = 3
        for (offset, file) in files.enumerated() {
            let row = top + 1 + offset
            sheet.text(row, 0, file.name)
            sheet.text(row, 1, file.source)
            sheet.text(row, 2, file.snapshot ?? "")
            sheet.text(row, 3, file.sha256)
            sheet.text(row, 4, file.encoding)
            sheet.number(row, 5, Double(file.rowsRead))
            sheet.number(row, 6, Double(file.rowsLoaded))
            sheet.number(row, 7, Double(file.rowsRejected))
            sheet.text(row, 8, file.id == used?.id ? "Ja" : "")
            sheet.text(row, 9, file.replacedBy == nil ? "" : "Ja")
            sheet.number(row, 10, Double(file.rowsAlreadyKnown))
        }
        sheet.table(name: "Bronnen", firstRow: top, firstColumn: 0, lastRow: top + files.count, headers: headers)
        let widths: [Double] = [28, 12, 14, 66, 14, 14, 10, 11, 10, 11, 10]
        for (column, width) in widths.enumerated() { sheet.columnWidth(column, width) }
        sheet.freeze(rows: top + 1)
    }

    static func columnLetter(_ index: Int) -> String {
        var index = index, letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
