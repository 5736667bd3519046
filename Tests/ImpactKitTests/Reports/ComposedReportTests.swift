import Foundation
import Testing
@testable import ImpactKit

/// A report definition no other test has seen, combining sections of two organisations, made as a user
/// makes it: `impact report NAME --reports DIR` on the sample database. Its workbook and text carry the
/// numbers of `impact figures`, and, being public, hide small counts.
struct ComposedReportTests {
    static let definition = """
        naam: financier-proef
        titel: "Proef: dromen en activering voor een financier"
        doelgroep: publiek
        secties:
          - titel: "Dromen"
            kerncijfers: [Dromen ontvangen, Kinderen geholpen, Werkvoorraad, Dagen tot gesprek mediaan]
            trend: { titel: "Dromen per kwartaal", figuur: "Dromen ontvangen", naar: Programma, kwartalen: 4 }
            uitsplitsingen:
              - { titel: "Dromen per kanaal", figuur: "Dromen ontvangen", naar: Kanaal }
          - titel: "Activeringscentra"
            kerncijfers: [Actieve deelnemers, Uitstroom, Uitstroompercentage]
            uitsplitsingen:
              - { titel: "Uitstroom per centrum", figuur: "Uitstroom", naar: Centrum }
              - { titel: "Uitstroompercentage per centrum", figuur: "Uitstroompercentage", naar: Centrum }
            blok: activering-centra

        """

    /// `figure|breakdown|category|period` -> value, from `impact figures --format csv`.
    static func tidy(_ csv: String) -> [String: Double?] {
        var result: [String: Double?] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            var fields: [String] = [], field = "", quoted = false
            for character in line {
                if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields.append(field); field = "" } else { field.append(character) }
            }
            fields.append(field)
            result[fields[0...3].joined(separator: "|")] = Double(fields[4])
        }
        return result
    }

    static func number(_ cell: Any) -> Double? { cell as? Double ?? (cell as? Int).map(Double.init) }

    @Test func composedPublicReportCarriesTheFiguresWithSmallCountsHidden() throws {
        try SampleStore.use { (sample) throws in
            let folder = try TempFolder()
            try folder.write("rapporten/financier-proef.yaml", Self.definition)
            let database = sample.db.folder.url.appendingPathComponent("impact.sqlite").path
            let report = try CLITests.run(["report", "financier-proef", "--reports", "rapporten", "--db", database, "--period", "2024-Q4",
                                           "--out", "uit"], in: folder.url)
            #expect(report.status == 0, "\(report.errors)")
            #expect(report.output == "geschreven: uit/financier-proef-2024-Q4.xlsx\ngeschreven: uit/financier-proef-2024-Q4.txt\n")
            let figures = try CLITests.run(["figures", "--db", database, "--period", "2024-Q4", "--output", "cijfers.csv"], in: folder.url)
            #expect(figures.status == 0)
            let tidy = Self.tidy(try folder.read("cijfers.csv"))
            func expected(_ figure: String, _ breakdown: String = "Totaal", _ category: String = "Totaal", in period: String) -> Double? {
                tidy["\(figure)|\(breakdown)|\(category)|\(period)"] ?? nil
            }

            let book = try ReportTests.readBack(folder.url.appendingPathComponent("uit/financier-proef-2024-Q4.xlsx"))
            let sheets = try #require(book["sheets"] as? [String])
            #expect(sheets == ["Samenvatting", "Trend", "Dromen per kanaal", "Uitstroom per centrum", "Uitstroompercentage per centrum",
                               "Activering", "Definities", "Bronnen"])
            let cells = try #require(book["cells"] as? [String: [[Any]]])

            // Every key figure of both sections equals `impact figures`, or reads <5 / x when it must be hidden.
            let summary = try #require(cells["Samenvatting"])
            var checked = 0
            for row in summary where row.count >= 7 {
                guard let name = row[0] as? String, let definition = Registry.catalog.definition(of: name) else { continue }
                for (column, period) in [(1, "2024-Q4"), (2, "2024-Q3"), (4, "2023-Q4"), (6, "sinds-start")] {
                    let value = expected(name, in: period)
                    let shown = row[column]
                    if definition.unit == .count, let value, value >= 1, value < 5 {
                        #expect(shown as? String == "<5", "\(name) \(period)")
                    } else if definition.unit == .percent, let value {
                        #expect(Self.number(shown).map { ($0 * 1000).rounded() } == (value * 10).rounded() || shown as? String == "x", "\(name) \(period)")
                    } else {
                        #expect(Self.number(shown) == value, "\(name) \(period)")
                    }
                    checked += 1
                }
            }
            #expect(checked == 7 * 4)          // seven key figures in four periods (a stock has no sinds-start: empty both ways)
            #expect(summary.contains { ($0.first as? String) == "Dromen" } && summary.contains { ($0.first as? String) == "Activeringscentra" })

            // The breakdowns: per channel and per centre, equal to the figures; Buiten's 4 leavers are hidden, and so
            // is the outflow rate resting on them (the sample's generator planted exactly that case).
            let channels = try #require(cells["Dromen per kanaal"])
            for row in channels.dropFirst(4) where row.first is String {
                let value = expected("Dromen ontvangen", "Kanaal", row[0] as! String, in: "2024-Q4")
                if let value, value >= 1, value < 5 { #expect(row[1] as? String == "<5") } else if let number = Self.number(row[1]) { #expect(number == value) }
            }
            #expect(expected("Uitstroom", "Centrum", "Buiten (Bouwmeesterbuurt)", in: "2024-Q4") == 4)
            let outflow = try #require(cells["Uitstroom per centrum"])
            let buiten = try #require(outflow.first { ($0.first as? String) == "Buiten (Bouwmeesterbuurt)" })
            #expect(buiten[1] as? String == "<5")
            let rates = try #require(cells["Uitstroompercentage per centrum"])
            let buitenRate = try #require(rates.first { ($0.first as? String) == "Buiten (Bouwmeesterbuurt)" })
            #expect(expected("Uitstroompercentage", "Centrum", "Buiten (Bouwmeesterbuurt)", in: "2024-Q4") == 25.0)
            #expect(buitenRate[1] as? String == "x")
            // Haven's 7 leavers are hidden too (with Buiten's 4 the only one hidden, the total would give it away),
            // and so is Haven's rate: 4 of 7 is 57,1%, which only 7 leavers can give.
            let haven = try #require(outflow.first { ($0.first as? String) == "Haven (De Hoven)" })
            #expect(expected("Uitstroom", "Centrum", "Haven (De Hoven)", in: "2024-Q4") == 7 && haven[1] as? String == "x")
            #expect(try #require(rates.first { ($0.first as? String) == "Haven (De Hoven)" })[1] as? String == "x")
            let centres = try #require(cells["Activering"])
            let buitenCentre = try #require(centres.first { ($0.first as? String) == "Buiten (Bouwmeesterbuurt)" })
            #expect(buitenCentre[3] as? String == "<5" && buitenCentre[4] as? String == "x")
            #expect(buitenCentre[6] as? String == "x", "a median stay of four people is theirs")
            // No count from 1 to 4 anywhere in the workbook's tables.
            for sheet in ["Samenvatting", "Trend", "Dromen per kanaal", "Uitstroom per centrum", "Activering"] {
                for row in cells[sheet] ?? [] {
                    for cell in row.dropFirst() where cell is Int { #expect(!(1...4).contains(cell as! Int), "\(sheet): \(row)") }
                }
            }
            // The rule is written on the workbook, with both organisations' definitions.
            let definitions = try #require(cells["Definities"]).flatMap { $0.compactMap { $0 as? String } }
            #expect(definitions.contains("Dromen ontvangen") && definitions.contains("Uitstroompercentage"))
            #expect(!definitions.contains("Opbrengst per bron"))
            #expect(definitions.contains { $0.hasPrefix("Aantallen van 1 tot en met 4 staan er als <5.") })

            // The text, in the generic layout (no template named): the same numbers and the same hiding.
            let text = try folder.read("uit/financier-proef-2024-Q4.txt")
            #expect(text.hasPrefix("Proef: dromen en activering voor een financier\nPeriode 2024-Q4: 01-10-2024 t/m 31-12-2024; momentopnamen: "))
            #expect(text.contains("\nDROMEN\n") && text.contains("\nACTIVERINGSCENTRA\n"))
            let received = try #require(expected("Dromen ontvangen", in: "2024-Q4"))
            let receivedLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("Dromen ontvangen ") })
            #expect(receivedLine.split(separator: " ", omittingEmptySubsequences: true).contains(Substring(DutchFormat.number(received))))
            let buitenLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("Buiten (Bouwmeesterbuurt)") && $0.contains("x") })
            #expect(buitenLine.contains("<5"))
            #expect(text.contains("Aantallen van 1 tot en met 4 staan er als <5."))
        }
    }

    /// `--as-of` inside the period names the report date in the file, so the quarter's own report is kept.
    @Test func reportDateIsInTheFileName() throws {
        try SampleStore.use { (sample) throws in
            let folder = try TempFolder()
            let database = sample.db.folder.url.appendingPathComponent("impact.sqlite").path
            let run = try CLITests.run(["report", "beleid", "--reports", shippedReports, "--db", database, "--period", "2022-Q4",
                                        "--as-of", "15-11-2022", "--out", "uit"], in: folder.url)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output == "geschreven: uit/beleid-2022-Q4-tm-2022-11-15.xlsx\ngeschreven: uit/beleid-2022-Q4-tm-2022-11-15.txt\n")
            let text = try folder.read("uit/beleid-2022-Q4-tm-2022-11-15.txt")
            #expect(text.contains("Periode 2022-Q4: 01-10-2022 t/m 15-11-2022"))
        }
    }

    /// A section whose organisation has nothing ingested is left out, not shown as zeros.
    @Test func sectionWithoutDataIsLeftOut() throws {
        let db = try TestDatabase()
        _ = db.ingest(DromenFiguresTests.fixtures.path)
        let model = try ReportModel.build(definition: try ReportDefinition.load(name: "beleid", folder: shippedReports),
                                          comparison: Comparison(period: .quarter(2022, 4)), store: db.store)
        #expect(model.sections.map(\.title) == ["Dromen"])
        #expect(!model.definitions.map(\.name).contains("Uitstroompercentage"))
        #expect(model.periodLine == "Periode 2022-Q4: 01-10-2022 t/m 31-12-2022; momentopname: dromen_2022-Q4.csv")
    }

    /// A breakdown the figure does not have is named, with the ones it has.
    @Test func breakdownTypoIsNamed() throws {
        let db = try TestDatabase()
        _ = db.ingest(DromenFiguresTests.fixtures.path)
        let folder = try TempFolder()
        try folder.write("proef.yaml", "titel: Proef\nsecties:\n  - uitsplitsingen:\n      - { titel: Per kanaal, figuur: Dromen ontvangen, naar: Kannaal }\n")
        do {
            _ = try ReportModel.build(definition: try ReportDefinition.load(name: "proef", folder: folder.path),
                                      comparison: Comparison(period: .quarter(2022, 4)), store: db.store)
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.description == "proef.yaml: Per kanaal: \"Dromen ontvangen\" kent geen uitsplitsing naar \"Kannaal\"; wel naar: Programma, Kanaal, Categorie, Leeftijd, Stadsdeel")
        }
    }

    /// Rows and columns that each add up to a shown total: hiding goes on until no line has exactly one
    /// hidden count (the row's hiding here exposes a column, which then needs its own second cell).
    @Test func suppressionCoversRowsAndColumns() {
        let builder = SectionBuilder(comparison: Comparison(period: .quarter(2022, 4)), figures: ReportFigures([]),
                                     disclosure: Disclosure(threshold: 5), catalog: ReportCatalog(owners: []))
        func row(_ counts: [Double]) -> [ReportCell] { [.text("")] + counts.map { .number($0, .count) } }
        var rows = [row([2, 10, 0]), row([6, 20, 30]), row([8, 9, 40])]
        builder.suppress(&rows, columns: [1, 2, 3], alsoRows: true)
        #expect(rows.map { $0.dropFirst().map { $0.hidden ? $0.text : DutchFormat.number($0.number) } }
                == [["<5", "x", "0"], ["x", "x", "30"], ["8", "9", "40"]])
    }

    /// Periods near the first days impact knows make a shorter trend, never a crash.
    @Test func trendNeverReachesBefore1901() {
        let trend = ReportDefinition.Trend(titel: "T", figuur: "Dromen ontvangen", naar: "Programma", kwartalen: 40)
        #expect(ReportModel.trendQuarters(trend, comparison: Comparison(period: .quarter(1901, 2))).map(\.label) == ["1901-Q1", "1901-Q2"])
    }
}
