import Foundation
import Testing
@testable import ImpactKit

/// Problems a review found, each kept fixed by a test.
struct RegressionTests {
    /// impact's own lists start like an export (`dromen_2022-Q4-afgekeurd.csv`) but must never replace one.
    @Test func ownListsAreNeverIngested() throws {
        let db = try TestDatabase()
        let register = try db.folder.write("in/dromen_2022-Q4.csv", DreamCSV.file([DreamCSV.row("AILGB-2022-0001"), DreamCSV.row("AILGB-2022-0002")]))
        let list = try db.folder.write("in/dromen_2022-Q4-afgekeurd.csv", DreamCSV.file([DreamCSV.row("AILGB-2022-0003")]))
        let outcomes = db.ingestor.ingest([(register as NSString).deletingLastPathComponent])
        #expect(outcomes.map(\.path) == [register])                    // the folder scan passes the list by
        #expect(db.ingest(list).first?.result == .refused("dit is een lijst die impact zelf schrijft, geen export; herstel de regels in de export zelf en lees die opnieuw in"))
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") == 2)
    }

    @Test func csvNamedLikeTheWorkbookIsRefusedNotACrash() throws {
        let db = try TestDatabase()
        let path = try db.folder.write("activeringscentra_2022-Q4.csv", "Deelnemer-ID;Centrum\nAC-H-0001;Haven (De Hoven)\n")
        let result = try #require(db.ingest(path).first?.result)
        guard case .refused = result else { Issue.record("expected a refusal, got \(result)"); return }
    }

    @Test func percentagesRoundHalfAwayFromZeroExactly() {
        #expect(Percentage.oneDecimal(201, of: 400) == 50.3)       // 50,25: in floating point this became 50,2
        #expect(Percentage.oneDecimal(1, of: 3) == 33.3)
        #expect(Percentage.oneDecimal(2, of: 3) == 66.7)
        #expect(Percentage.oneDecimal(-201, of: 400) == -50.3)
        #expect(Percentage.oneDecimal(0, of: 7) == 0)
        #expect(Percentage.oneDecimal(3, of: 0) == nil)
    }

    @Test func periodsStayWithinTheDaysKnown() {
        #expect(Period(parsing: "1900-Q1") == nil)
        #expect(Period(parsing: "2999") == nil)
        #expect(Period(parsing: "2998-2999")?.label == "2998-2999")
        #expect(Period(parsing: "1901-01")?.previous?.label == "1900-12")
    }

    /// A year (or season) is compared with the one before, cut at the same date: one set of rows, not two.
    @Test func yearComparedOnceWithTheYearBefore() {
        let comparison = Comparison(period: .year(2020), asOf: Day(year: 2020, month: 3, day: 15)!)
        #expect(comparison.previous == comparison.yearEarlier)
        #expect(comparison.yearEarlier?.last == Day(year: 2019, month: 3, day: 15)!)
        #expect(Comparison(period: .month(2022, 11)).current.snapshotDay == Day(year: 2022, month: 12, day: 31)!)
    }

    @Test func sheetNamesAreValidAndUnique() throws {
        let folder = try TempFolder()
        let path = folder.url.appendingPathComponent("namen.xlsx").path
        let workbook = try XlsxWorkbook(path: path, title: "t", created: Day(year: 2024, month: 1, day: 1)!)
        for name in ["Trend", "trend", "Een titel die veel langer is dan eenendertig tekens", "Een titel die veel langer is dan eenendertig tekens", "'a/b'"] {
            _ = workbook.addSheet(name)
        }
        try workbook.close()
        #expect(try XLSXWorkbook(path: path).sheetNames == ["Trend", "trend (2)", "Een titel die veel langer is da",
                                                             "Een titel die veel langer i (2)", "ab"])
    }

    /// A name whose 31st character is an apostrophe, or that is long in Unicode scalars (decomposed
    /// accents, an emoji), once crashed: libxlsxwriter refused it and the sheet was nil.
    @Test func sheetNamesCutAtAnApostropheOrInScalarsStillWork() throws {
        let folder = try TempFolder()
        let path = folder.url.appendingPathComponent("namen.xlsx").path
        let workbook = try XlsxWorkbook(path: path, title: "t", created: Day(year: 2024, month: 1, day: 1)!)
        let decomposed = "Cooe\u{0308}rdinator per stadsdeel en programma"
        for name in ["Geholpen dromen per categorie '23-'24", decomposed, "Dromen 📬 per kanaal, per kwartaal en per jaar"] {
            _ = workbook.addSheet(name)
        }
        try workbook.close()
        let names = try XLSXWorkbook(path: path).sheetNames
        #expect(names.count == 3)
        #expect(names[0] == "Geholpen dromen per categorie")
        #expect(names.allSatisfy { $0.unicodeScalars.count <= 31 && !$0.hasSuffix("'") })
    }

    /// Public outputs never show a count from 1 to 4, nor one the others and the total would give away.
    @Test func smallCountsAreHiddenInPublicOutputs() {
        let public5 = Disclosure(threshold: 5)
        #expect(public5.hidden([3, 10, 20]) == [true, true, false])       // the smallest other one too
        #expect(public5.hidden([3, 4, 20]) == [true, true, false])
        #expect(public5.hidden([0, 10, 20]) == [false, false, false])     // zero reveals no one
        #expect(public5.text(4) == "<5" && public5.text(5) == "5" && public5.text(1234) == "1.234")
        #expect(Disclosure(threshold: nil).hidden([1, 2]) == [false, false])
    }

    @Test func zwoReportForThePublicHidesSmallCounts() throws {
        let db = try TestDatabase(configuration: ZwoTests.configuration)
        _ = db.ingestor.ingest([ZwoTests.fixture.path])
        let definition = try ReportDefinition.load(name: "zwo", folder: repositoryRoot.appendingPathComponent("Reports").path)
        #expect(definition.doelgroep == "publiek")
        let model = try ReportModel.build(definition: definition, comparison: Comparison(period: .season(startingIn: 2019), asOf: Day(year: 2019, month: 10, day: 31)!),
                                          store: db.store, configuration: ZwoTests.configuration)
        let text = try TextRenderer.render(model, templateFolder: shippedReports)
        #expect(text.contains("Bankmutaties dit seizoen: 10, waarvan <5 niet herkend"))
    }

    /// A dossier whose row the newest export rejects keeps its last valid state: nothing is lost.
    @Test func dossierRejectedInTheNewestExportKeepsItsLastValidState() throws {
        let db = try TestDatabase()
        let july = ["Ontvangen op": "05-07-2022", "Gesprek op": "10-07-2022", "Verbonden op": "20-08-2022"]
        let q3 = try db.folder.write("dromen_2022-Q3.csv", DreamCSV.file([DreamCSV.row("AILGB-2022-0001", july), DreamCSV.row("AILGB-2022-0002", july)]))
        var typo = july
        typo["Leeftijd"] = "-1"
        let q4 = try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file([DreamCSV.row("AILGB-2022-0001", july), DreamCSV.row("AILGB-2022-0002", typo)]))
        #expect(db.ingest(q3, q4).map(\.rowsRejected) == [0, 1])
        let values = try DromenFigures.compute([.year(2022)], store: db.store)
        #expect(values.first { $0.figure == DromenFigures.received.name && $0.breakdown == "Totaal" }?.value == 2)
    }
}
