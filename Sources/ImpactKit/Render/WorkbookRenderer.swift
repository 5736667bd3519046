/// Renders any report as an XLSX workbook for funders and the council: `Samenvatting` (the key figures
/// and summaries of every section), a sheet per table as an Excel table (autofilter, frozen header,
/// number formats) with its native chart, `Definities` and `Bronnen`. Numbers are written as numbers,
/// never as formulas, and text from the inputs always as text. It formats; it never computes.
public enum WorkbookRenderer {
    public static func write(_ model: ReportModel, to path: String) throws {
        let period = model.comparison.current
        let workbook = try XlsxWorkbook(path: path, title: "\(model.title) \(period.label)", created: period.last)
        var names = TableNames()
        summary(model, workbook.addSheet(model.labels.summarySheet), &names)
        for table in model.sections.flatMap(\.tables) where table.placement == .ownSheet {
            sheet(table, model: model, workbook, &names)
        }
        definitions(model, workbook.addSheet(model.labels.definitionsSheet))
        sheet(model.sourcesTable, model: model, workbook, &names)
        try workbook.close()
    }

    /// Unique Excel table names across the workbook.
    struct TableNames {
        private var used: [String: Int] = [:]
        mutating func name(for table: ReportTable) -> String {
            let count = used[table.excelName, default: 0] + 1
            used[table.excelName] = count
            return table.excelNameNumbered || count > 1 ? "\(table.excelName)\(count)" : table.excelName
        }
    }

    private static func summary(_ model: ReportModel, _ sheet: XlsxSheet, _ names: inout TableNames) {
        sheet.text(0, 0, model.title, .heading)
        sheet.text(1, 0, model.subtitle)
        sheet.text(2, 0, model.periodLine, .note)
        let tables = model.sections.flatMap { section in section.tables.filter { $0.placement == .summary }.map { (section.title, $0) } }
        var top = 4
        for (title, table) in tables {
            if tables.count > 1 {
                sheet.text(top, 0, title, .bold)
                top += 1
            }
            top = write(table, at: top, model: model, sheet, &names) + 2
        }
        if tables.count == 1 { sheet.freeze(rows: 5) }
    }

    private static func sheet(_ table: ReportTable, model: ReportModel, _ workbook: XlsxWorkbook, _ names: inout TableNames) {
        let sheet = workbook.addSheet(table.sheetName ?? table.title)
        sheet.text(0, 0, table.title, .heading)
        if let note = table.note { sheet.text(1, 0, note, .note) }
        let top = table.note == nil ? 2 : 3
        var last = write(table, at: top, model: model, sheet, &names) + 1
        sheet.freeze(rows: top + 1)
        for footnote in table.footnotes {
            last += 1
            sheet.text(last, 0, footnote, .note)
        }
        guard let chart = table.chart, !table.rows.isEmpty else { return }
        let first = top + 2, end = top + 1 + table.rows.count      // 1-based rows of the data
        let reference = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'!"
        let shown = table.columns.indices.filter { !table.textOnlyColumns.contains($0) }
        let series = chart.seriesColumns.compactMap { column in shown.firstIndex(of: column).map { (column, $0) } }.map { column, sheetColumn in
            (name: table.columns[column], values: "=\(reference)$\(columnLetter(sheetColumn))$\(first):$\(columnLetter(sheetColumn))$\(end)")
        }
        let native = workbook.chart(chart.kind == .column ? .column : .line, title: chart.title,
                                    categories: "=\(reference)$A$\(first):$A$\(end)", series: series, yAxis: chart.yAxis)
        sheet.insert(chart: native, row: last + 2, column: 0)
    }

    /// Writes the table's header at `top`, its rows and total row below; returns the last row written.
    private static func write(_ table: ReportTable, at top: Int, model: ReportModel, _ sheet: XlsxSheet, _ names: inout TableNames) -> Int {
        let shown = table.columns.indices.filter { !table.textOnlyColumns.contains($0) }
        for (offset, cells) in table.rows.enumerated() {
            for (column, index) in shown.enumerated() { write(cells[index], top + 1 + offset, column, model: model, sheet) }
        }
        sheet.table(name: names.name(for: table), firstRow: top, firstColumn: 0, lastRow: top + table.rows.count, headers: shown.map { table.columns[$0] })
        var last = top + max(table.rows.count, 1)
        if let total = table.totalRow {
            last += 1
            for (column, index) in shown.enumerated() { write(total[index], last, column, model: model, sheet, bold: true) }
        }
        let widths = table.widths ?? table.columns.map { Double(max($0.count + 3, 12)) }
        for (column, index) in shown.enumerated() where index < widths.count { sheet.columnWidth(column, widths[index]) }
        return last
    }

    private static func write(_ cell: ReportCell, _ row: Int, _ column: Int, model: ReportModel, _ sheet: XlsxSheet, bold: Bool = false) {
        if cell.hidden { sheet.text(row, column, cell.text.isEmpty ? model.disclosure.hiddenText : cell.text, .alignedRight); return }
        switch cell.style {
        case .text: sheet.text(row, column, cell.text, bold ? .bold : .plain)
        case .count: sheet.number(row, column, cell.number, .count)
        case .decimal, .tenths: sheet.number(row, column, cell.number, .decimal)
        case .euros: sheet.number(row, column, cell.number, model.language == .en ? .euroEnglish : .euro)
        case .percent, .change: sheet.number(row, column, cell.number, .percent)
        }
    }

    /// The `Definities` sheet: each figure's definition, then the rules every figure follows.
    static func definitions(_ model: ReportModel, _ sheet: XlsxSheet) {
        let labels = model.labels
        sheet.text(0, 0, labels.definitionsSheet, .heading)
        for (offset, line) in model.definitionLines.enumerated() {
            sheet.text(3 + offset, 0, line.figure, .wrapped)
            sheet.text(3 + offset, 1, line.definition, .wrapped)
        }
        sheet.table(name: labels.definitionsTable, firstRow: 2, firstColumn: 0, lastRow: 2 + model.definitionLines.count, headers: labels.definitionsColumns)
        let rulesTop = 4 + model.definitionLines.count
        sheet.text(rulesTop, 0, labels.generalRules, .bold)
        for (offset, rule) in model.rules.enumerated() { sheet.text(rulesTop + 1 + offset, 1, rule, .wrapped) }
        sheet.columnWidth(0, 30)
        sheet.columnWidth(1, 100)
        sheet.freeze(rows: 3)
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
