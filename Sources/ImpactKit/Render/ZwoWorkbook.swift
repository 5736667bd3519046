/// The `zwo` report as a workbook for the treasurer and the council: the summary, the season per month
/// with a chart of cumulative raised against the plan spread evenly, the plan's lines, how the bank
/// transactions were recognised, the definitions and the sources. Sums and counts only.
public enum ZwoWorkbook {
    public static func write(_ report: ZwoReport, to path: String) throws {
        let workbook = try XlsxWorkbook(path: path, title: "\(report.definition.titel) \(report.current.label)", created: report.current.last)
        summary(report, workbook.addSheet("Samenvatting"))
        progress(report, workbook)
        plan(report, workbook.addSheet("Begroting"))
        bank(report, workbook.addSheet("Bankmutaties"))
        WorkbookRenderer.definitions(FigureCatalog.zwo, rules: FigureCatalog.zwoRules, workbook.addSheet("Definities"))
        WorkbookRenderer.sources(report.files, used: nil,
                                 note: "Elk ingelezen bestand met zijn SHA-256. 'Overlap': mutaties die al uit een eerdere export bekend waren en één keer tellen.",
                                 workbook.addSheet("Bronnen"))
        try workbook.close()
    }

    private static func summary(_ report: ZwoReport, _ sheet: XlsxSheet) {
        sheet.text(0, 0, report.definition.titel, .heading)
        sheet.text(1, 0, report.definition.ondertitel)
        sheet.text(2, 0, report.periodLine, .note)
        let previousLabel = report.previous.map { "Vorig seizoen t/m \($0.last.dutch)" } ?? "Vorig seizoen"
        let top = 4
        let rows: [(String, [Double?])] = report.sources.map { ($0.name == "Totaal" ? "Totaal opgehaald" : $0.name, $0.values) } + [
            ("Plan (begroting)", [report.plan, report.plan]),
            ("Plan naar rato t/m peildatum", [report.planToDate, nil]),
            ("Overgemaakt aan Alo Mik!", report.transferred),
            ("Nog over te maken", report.stillToTransfer),
            ("Prognose hele seizoen", report.prognosis),
        ]
        for (offset, row) in rows.enumerated() {
            sheet.text(top + 1 + offset, 0, row.0)
            sheet.number(top + 1 + offset, 1, row.1[0], .euro)
            sheet.number(top + 1 + offset, 2, row.1[1], .euro)
        }
        let percentRow = top + 1 + rows.count
        sheet.text(percentRow, 0, "Percentage van het plan")
        sheet.number(percentRow, 1, report.percentage.map { $0 / 100 }, .percent)
        sheet.number(percentRow, 2, report.previousPercentage.map { $0 / 100 }, .percent)
        sheet.table(name: "Samenvatting", firstRow: top, firstColumn: 0, lastRow: percentRow, headers: ["Cijfer", "Dit seizoen", previousLabel])
        sheet.columnWidth(0, 32)
        sheet.columnWidth(1, 16)
        sheet.columnWidth(2, 26)
        sheet.freeze(rows: top + 1)
    }

    private static func progress(_ report: ZwoReport, _ workbook: XlsxWorkbook) {
        let sheet = workbook.addSheet("Verloop")
        sheet.text(0, 0, "Verloop: opgehaald per maand en cumulatief, tegen het plan", .heading)
        let top = 2
        for (offset, month) in report.months.enumerated() {
            let row = top + 1 + offset
            sheet.text(row, 0, month.label)
            sheet.number(row, 1, month.raised, .euro)
            sheet.number(row, 2, month.cumulative, .euro)
            sheet.number(row, 3, month.planCumulative, .euro)
        }
        let last = top + report.months.count
        sheet.table(name: "Verloop", firstRow: top, firstColumn: 0, lastRow: last, headers: ["Maand", "Per maand", "Cumulatief", "Plan cumulatief"])
        for column in 0...3 { sheet.columnWidth(column, column == 0 ? 10 : 16) }
        sheet.freeze(rows: top + 1)
        let range = { (column: String) in "='Verloop'!$\(column)$\(top + 2):$\(column)$\(last + 1)" }
        let chart = workbook.chart(.line, title: "Cumulatief opgehaald tegen het plan", categories: range("A"),
                                   series: [("Cumulatief opgehaald", range("C")), ("Plan, evenredig over het seizoen", range("D"))], yAxis: "Euro")
        sheet.insert(chart: chart, row: last + 2, column: 0)
    }

    private static func plan(_ report: ZwoReport, _ sheet: XlsxSheet) {
        sheet.text(0, 0, "Begroting Alo Mik!", .heading)
        let top = 2
        for (offset, line) in report.planLines.enumerated() {
            sheet.text(top + 1 + offset, 0, line.line)
            sheet.number(top + 1 + offset, 1, line.euros, .euro)
        }
        let totalRow = top + 1 + report.planLines.count
        sheet.text(totalRow, 0, "Totaal", .bold)
        sheet.number(totalRow, 1, report.planLines.map(\.euros).reduce(0, +), .euro)
        sheet.table(name: "Begroting", firstRow: top, firstColumn: 0, lastRow: totalRow - 1, headers: ["Post", "Bedrag"])
        sheet.columnWidth(0, 36)
        sheet.columnWidth(1, 16)
        sheet.freeze(rows: top + 1)
    }

    private static func bank(_ report: ZwoReport, _ sheet: XlsxSheet) {
        sheet.text(0, 0, "Bankmutaties per categorie van de bankregels", .heading)
        sheet.text(1, 0, "Aantallen, elke mutatie één keer. 'Niet herkend': op de lijst voor de penningmeester, niet in dit rapport."
                   + (Disclosure(definition: report.definition).threshold.map { " Aantallen onder \($0) staan er als <\($0)." } ?? ""), .note)
        let top = 3
        let disclosure = Disclosure(definition: report.definition)
        let hidden = disclosure.hidden(report.bankCategories.map(\.count))
        for (offset, entry) in report.bankCategories.enumerated() {
            sheet.text(top + 1 + offset, 0, entry.category)
            if hidden[offset] { sheet.text(top + 1 + offset, 1, disclosure.hiddenText) } else { sheet.number(top + 1 + offset, 1, entry.count) }
        }
        sheet.table(name: "Bankmutaties", firstRow: top, firstColumn: 0, lastRow: top + report.bankCategories.count, headers: ["Categorie", "Aantal"])
        sheet.columnWidth(0, 32)
        sheet.columnWidth(1, 10)
        sheet.freeze(rows: top + 1)
    }
}
