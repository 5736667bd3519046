import Foundation
import Testing
@testable import ImpactKit

/// Every crash or hang the fuzz harness found, kept as a fixture (Fixtures/fuzz/) with the clean behaviour.
struct FuzzRegressionTests {
    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/ImpactKitTests/Fixtures/fuzz/\(name)").path
    }

    /// `<row r="9223372036854775807">` followed by a `<row>` without a number crashed the sheet parser
    /// (Int overflow on `rowNumber + 1`). A row number outside Excel's 1...1048576 is not trusted now: the
    /// row follows the previous one.
    @Test func rowNumberBeyondExcelDoesNotOverflow() throws {
        var rows: [(Int, [String])] = []
        try XLSXWorkbook(path: Self.fixture("row-number-int-max.xlsx")).forEachRow(sheet: "Deelnemers") { rows.append(($1, $0)) }
        #expect(rows.map(\.0) == [1, 2, 3])
        #expect(rows.map(\.1) == [["Naam"], ["1"], ["2"]])
    }

    /// A mutated sheet whose cells, placed one after the other, ran past Excel's last column (XFD) gave a
    /// row of 16385 cells (long run, seed 11, input 39800). Cells beyond XFD are dropped now.
    @Test func rowNeverHasMoreCellsThanExcel() throws {
        var widest = 0
        // The sheet's XML breaks off further on: the rows before it are read, then it is refused.
        #expect(throws: InputError.self) {
            try XLSXWorkbook(path: Self.fixture("row-over-16384-cells.xlsx")).forEachRow(sheet: "Blad1") { row, _ in widest = max(widest, row.count) }
        }
        #expect(widest > 0 && widest <= 16384)
    }

    /// The same workbook under an export's name is refused with a message, not a crash.
    @Test func rowNumberBeyondExcelThroughTheIngestor() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let path = try db.folder.write("activeringscentra_2024-Q1.xlsx", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("row-number-int-max.xlsx")))))
        let outcome = try #require(db.ingest(path).first)
        #expect(outcome.result.refusal?.isEmpty == false)
    }
}

/// `<b\u{C0}okViews>` in xl/workbook.xml (a byte that is not UTF-8 in an element name) crashed Foundation's
/// XMLParser inside its start-element callback. A part that is not UTF-8 is not parsed now: the workbook
/// is refused as damaged, and a sheet that is not UTF-8 is refused with a message.
struct FuzzInvalidUTF8Tests {
    @Test func elementNameNotUTF8IsRefused() throws {
        #expect(throws: InputError.self) { try XLSXWorkbook(path: FuzzRegressionTests.fixture("element-name-invalid-utf8.xlsx")) }
    }

    @Test func sheetNotUTF8IsRefusedWithAMessage() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var parts = XLSXCrafted.parts(sheets: ["Deelnemers": XLSXCrafted.sheet(rows: [["Naam"]])])
        parts[2].bytes = Array("<worksheet><sheetData><r\u{1}".utf8) + [0xC0] + Array("w/></sheetData></worksheet>".utf8)
        let path = try folder.write("w.xlsx", bytes: FuzzZip.zip(parts))
        do {
            try XLSXWorkbook(path: path).forEachRow(sheet: "Deelnemers") { _, _ in }
            Issue.record("geen fout voor een werkblad dat geen UTF-8 is")
        } catch let error as InputError {
            #expect(error.message.contains("UTF-8"))
        }
    }
}

/// A hang found by the long run (target activering, seed 7, input 881: zip bytes of activeringscentra_2019-Q2.xlsx
/// mutated): ingesting it took more than 5 s. Not yet analysed or fixed; the test states the clean behaviour.
struct FuzzHangTests {
    @Test(.timeLimit(.minutes(1)))
    func mutatedZipIsRefusedQuickly() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: FuzzRegressionTests.fixture("hang-mutated-zip-activeringscentra_2019-Q1.xlsx"))))
        let path = try db.folder.write("activeringscentra_2019-Q1.xlsx", bytes: bytes)
        let start = Date()
        let outcome = try #require(db.ingest(path).first)
        #expect(Date().timeIntervalSince(start) < 5)
        if case .refused(let message) = outcome.result { #expect(!message.isEmpty) }
    }
}
