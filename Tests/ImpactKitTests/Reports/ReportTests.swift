import Foundation
import Testing
@testable import ImpactKit

/// The `beleid` report on the committed SampleData: the workbook read back by an independent reader
/// (openpyxl), its numbers equal to `impact figures`, the text report, and byte-identical output.
@Suite(.serialized) struct ReportTests {
    static let root = repositoryRoot

    /// The sample store (all SampleData, ingested once per run) and a fresh folder for the outputs.
    static func sampleStore<T>(_ body: (Store, URL) throws -> T) throws -> T {
        try SampleStore.use { sample in
            #expect(sample.outcomes.allSatisfy { if case .refused = $0.result { false } else { true } })
            return try body(sample.db.store, try TempFolder().url)
        }
    }

    /// A second database with all SampleData, ingested anew: only for the test that two ingests of the
    /// same inputs give the same bytes.
    static func freshStore() throws -> (Store, URL) {
        let folder = try TempFolder().url
        let store = try Store(path: folder.appendingPathComponent("test.sqlite").path)
        let outcomes = Ingestor(store: store, rejectsFolder: nil).ingest([root.appendingPathComponent("SampleData").path])
        #expect(outcomes.allSatisfy { if case .refused = $0.result { false } else { true } })
        return (store, folder)
    }

    static func render(_ store: Store, into folder: URL, period: Period = .quarter(2022, 4)) throws -> (xlsx: URL, text: String, model: ReportModel) {
        let definition = try ReportDefinition.load(name: "beleid", folder: root.appendingPathComponent("Reports").path)
        let model = try ReportModel.build(definition: definition, comparison: Comparison(period: period), store: store)
        let xlsx = folder.appendingPathComponent("beleid-\(period.label).xlsx")
        try WorkbookRenderer.write(model, to: xlsx.path)
        let text = try TextRenderer.render(model, templateFolder: root.appendingPathComponent("Reports").path)
        return (xlsx, text, model)
    }

    static func readBack(_ xlsx: URL) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Tests/tools/read_workbook.py").path, xlsx.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openpyxl could not read the workbook (is openpyxl installed? scripts/setup.sh --tests)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func workbookReadsBackWithTheFiguresOfImpactFigures() throws {
        try Self.sampleStore { (store, folder) throws in
            let (xlsx, _, model) = try Self.render(store, into: folder)
            let book = try Self.readBack(xlsx)
            let sheets = try #require(book["sheets"] as? [String])
            #expect(sheets == ["Samenvatting", "Trend", "Dromen per programma", "Dromen per kanaal", "Dromen per categorie",
                               "Dromen per leeftijd", "Dromen per stadsdeel", "Geholpen per categorie", "Geholpen per stadsdeel",
                               "Werkvoorraad per status", "Verbonden met (top 10)", "Activering", "Uitstroom naar bestemming",
                               "Definities", "Bronnen"])
            let cells = try #require(book["cells"] as? [String: [[Any]]])
            let summary = try #require(cells["Samenvatting"])
            #expect(summary[4].prefix(7).map { "\($0)" } == ["Cijfer", "2022-Q4", "2022-Q3", "t.o.v. 2022-Q3", "2021-Q4", "t.o.v. 2021-Q4", "sinds-start"])

            // Every key figure on the sheet equals the tidy figure for the same period.
            let tidy = try DromenFigures.compute(Comparison(period: .quarter(2022, 4)).all, store: store)
            func figure(_ name: String, _ period: String) -> Double? {
                tidy.first { $0.figure == name && $0.breakdown == "Totaal" && $0.period == period }?.value ?? nil
            }
            for row in summary.dropFirst(5) where row.first is String {
                let name = row[0] as! String
                for (column, period) in [(1, "2022-Q4"), (2, "2022-Q3"), (4, "2021-Q4"), (6, "sinds-start")] {
                    let cell = row[column] as? Double ?? (row[column] as? Int).map(Double.init)
                    #expect(cell == figure(name, period), "\(name) \(period)")
                }
            }
            #expect((summary[5][0] as? String) == "Dromen ontvangen")
            #expect((summary[5][6] as? Int) == 5924)
            #expect(model.snapshotsUsed.first?.name == "dromen_2022-Q4.csv")

            let tables = try #require(book["tables"] as? [String: [String: String]])
            #expect(tables["Samenvatting"] == ["Kerncijfers": "A5:G15"])
            #expect(tables["Dromen per programma"]?.values.first == "A4:F6")
            let freeze = try #require(book["freeze"] as? [String: Any])
            #expect(freeze["Dromen per kanaal"] as? String == "A5")
            let charts = try #require(book["charts"] as? [String: Int])
            #expect(charts["Trend"] == 1)

            // The trend sheet: 8 quarters ending at 2022-Q4, per programme, equal to the quarterly figures.
            let trend = try #require(cells["Trend"])
            #expect(trend[3].map { "\($0)" } == ["2021-Q1", "287", "114"])
            #expect(trend[10].map { "\($0)" } == ["2022-Q4", "250", "122"])

            // Sources: every ingested file, the snapshots used marked (the register's and the centres' workbook).
            let bronnen = try #require(cells["Bronnen"])
            let used = bronnen.filter { $0.count > 8 && ($0[8] as? String) == "Ja" }
            #expect(Set(used.compactMap { $0[0] as? String }) == ["dromen_2022-Q4.csv", "activeringscentra_2022-Q4.xlsx"])
            #expect(bronnen.count == 4 + 33 + 24 + 9)     // the register, the postcode table, the centres' workbooks, the alliance's files
        }
    }

    @Test func textReportIsDutchAndAligned() throws {
        try Self.sampleStore { (store, folder) throws in
            let text = try Self.render(store, into: folder).text
            #expect(text.contains("In 2022-Q4 kwamen 372 dromen binnen van 372 kinderen:\n70,6% meer dan in 2022-Q3 (218) en 12,9% minder dan in 2021-Q4 (427)."))
            #expect(text.contains("Sinds de start in 2017: 5.924 dromen ontvangen, 3.735 kinderen geholpen."))
            #expect(text.contains("Cijfer                        2022-Q4  2022-Q3  verschil  2021-Q4  verschil  sinds-start\nDromen ontvangen                  372      218    +70,6%      427    -12,9%        5.924"))
            #expect(text.contains("2022-Q4      372  ███████████████████████░░░░░░░░░░░"))
            #expect(text.contains("Jeugdfonds Sport & Cultuur"), "no HTML escaping in a text report")
            #expect(!text.contains("&amp;"))
        }
    }

    @Test func sameInputsGiveByteIdenticalOutputs() throws {
        try Self.sampleStore { (storeA, folderA) throws in
        let (storeB, folderB) = try Self.freshStore()
        let a = try Self.render(storeA, into: folderA)
        let b = try Self.render(storeB, into: folderB)
        #expect(try Data(contentsOf: a.xlsx) == Data(contentsOf: b.xlsx))
        #expect(a.text == b.text)
        let again = try Self.render(storeA, into: folderB)
        #expect(try Data(contentsOf: again.xlsx) == Data(contentsOf: a.xlsx))
        }
    }

    @Test func noPersonalDataReachesTheReports() throws {
        try Self.sampleStore { (store, folder) throws in
            let (xlsx, text, _) = try Self.render(store, into: folder)
            let book = try Self.readBack(xlsx)
            let everything = text + "\(book["cells"] ?? "")"
            // Coordinator names and dream texts are in the exports, never in a report.
            for personal in ["Anouk de Vries", "Naïma El Idrissi", "Joël Bakker", "Fenna Koçak", "een fiets om naar school"] {
                #expect(!everything.contains(personal), "\(personal)")
            }
            // Cells from text are strings, never formulas.
            let types = try #require(book["types"] as? [String: [[String]]])
            #expect(!types.values.joined().joined().contains("f"))
        }
    }
}
