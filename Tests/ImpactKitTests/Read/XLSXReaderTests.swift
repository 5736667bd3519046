import Foundation
import Testing
@testable import ImpactKit

/// The XLSX reader on workbooks written by the project's own libxlsxwriter wrapper, and on files that
/// are not (good) workbooks: each gets a clear message, never a crash.
struct XLSXReaderTests {
    static func rows(_ path: String, sheet: String) throws -> [(Int, [String])] {
        var rows: [(Int, [String])] = []
        try XLSXWorkbook(path: path).forEachRow(sheet: sheet) { rows.append(($1, $0)) }
        return rows
    }

    @Test func ownWriterRoundTrip() throws {
        let folder = try TempFolder()
        let path = folder.url.appendingPathComponent("eigen.xlsx").path
        let workbook = try XlsxWorkbook(path: path, title: "test", created: Day(year: 2024, month: 1, day: 1)!)
        _ = workbook.addSheet("Leeg")
        let sheet = workbook.addSheet("Data")
        for (column, title) in ["Tekst", "Getal", "Datum", "Waar", "Leeg"].enumerated() { sheet.text(0, column, title) }
        sheet.text(1, 0, "Coördinator")
        sheet.number(1, 1, 2.5)
        sheet.date(1, 2, Day(year: 1900, month: 3, day: 1)!)      // serial 61: the first day after Excel's phantom 29-02
        sheet.boolean(1, 3, true)
        sheet.text(2, 0, "€ 5 en \"quotes\"")
        sheet.number(2, 1, -3)
        sheet.date(2, 2, Day(year: 2024, month: 2, day: 29)!)
        sheet.boolean(2, 3, false)
        sheet.text(4, 0, "na een lege rij")                    // row 4 (0-based 3) left out entirely
        sheet.date(4, 2, Day(year: 1900, month: 2, day: 28)!)  // serial 59
        sheet.text(5, 0, "=SUM(A1:A2)")                          // text that looks like a formula stays text
        try workbook.close()

        #expect(try XLSXWorkbook(path: path).sheetNames == ["Leeg", "Data"])
        let data = try Self.rows(path, sheet: "Data")
        #expect(data.map(\.0) == [1, 2, 3, 5, 6])                  // Excel's row numbers; the missing row is not visited
        #expect(data[0].1 == ["Tekst", "Getal", "Datum", "Waar", "Leeg"])
        #expect(data[1].1 == ["Coördinator", "2,5", "01-03-1900", "WAAR", ""])
        #expect(data[2].1 == ["€ 5 en \"quotes\"", "-3", "29-02-2024", "ONWAAR", ""])
        #expect(data[3].1 == ["na een lege rij", "", "28-02-1900", "", ""])   // padded to the header's width
        #expect(data[4].1 == ["=SUM(A1:A2)", "", "", "", ""])
        #expect(try Self.rows(path, sheet: "Leeg").isEmpty)
        #expect(throws: InputError.self) { try Self.rows(path, sheet: "Deelnemers") }
    }

    @Test func excelSerialDates() {
        #expect(ExcelDates.day(serial: 1, uses1904: false) == .date(Day(year: 1900, month: 1, day: 1)!))
        #expect(ExcelDates.day(serial: 59, uses1904: false) == .date(Day(year: 1900, month: 2, day: 28)!))
        #expect(ExcelDates.day(serial: 60, uses1904: false) == .phantomLeapDay)
        #expect(ExcelDates.day(serial: 61, uses1904: false) == .date(Day(year: 1900, month: 3, day: 1)!))
        #expect(ExcelDates.day(serial: 45351.75, uses1904: false) == .date(Day(year: 2024, month: 2, day: 29)!))   // the time is dropped
        #expect(ExcelDates.day(serial: 0, uses1904: true) == .date(Day(year: 1904, month: 1, day: 1)!))
        #expect(ExcelDates.day(serial: 43889, uses1904: true) == .date(Day(year: 2024, month: 2, day: 29)!))       // 1462 days less
        #expect(ExcelDates.day(serial: -1, uses1904: false) == .outOfRange)
        #expect(ExcelDates.day(serial: .nan, uses1904: false) == .outOfRange)
        #expect(ExcelDates.isDateFormat(id: 14, code: nil))
        #expect(ExcelDates.isDateFormat(id: 164, code: "dd-mm-yyyy"))
        #expect(ExcelDates.isDateFormat(id: 165, code: "d-m-jjjj"))
        #expect(!ExcelDates.isDateFormat(id: 166, code: "mm:ss"))
        #expect(!ExcelDates.isDateFormat(id: 167, code: "[Red]0.00"))
        #expect(!ExcelDates.isDateFormat(id: 168, code: "\"day\" 0"))
        #expect(!ExcelDates.isDateFormat(id: 2, code: nil))
    }

    @Test func notAWorkbookGetsAClearMessage() throws {
        let folder = try TempFolder()
        func message(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = try folder.write(name, bytes: bytes)
            do { _ = try XLSXWorkbook(path: path); return "geopend" } catch { return error.description }
        }
        #expect(try message("tekst.xlsx", Array("Dit is geen werkmap".utf8))
                == "tekst.xlsx: format-error: dit is geen Excel-werkmap (.xlsx)")
        #expect(try message("wachtwoord.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
                == "wachtwoord.xlsx: format-error: dit is een met een wachtwoord beveiligde werkmap of een oud .xls-bestand; bewaar hem in Excel als .xlsx zonder wachtwoord")
        #expect(try message("leeg.xlsx", []) == "leeg.xlsx: het bestand is leeg of niet te lezen")
        // A workbook cut in half: the zip's directory at its end is gone.
        let whole = folder.url.appendingPathComponent("heel.xlsx").path
        let workbook = try XlsxWorkbook(path: whole, title: "t", created: Day(year: 2024, month: 1, day: 1)!)
        workbook.addSheet("Data").text(0, 0, "x")
        try workbook.close()
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: whole)))
        #expect(try message("half.xlsx", Array(bytes.prefix(bytes.count / 2)))
                == "half.xlsx: format-error: beschadigde Excel-werkmap (geen leesbaar zip-bestand); open en bewaar hem opnieuw in Excel")
    }

    /// Through ingest: a damaged workbook is refused whole with its message, and nothing is loaded.
    @Test func damagedWorkbookIsRefusedThroughIngest() throws {
        let db = try TestDatabase()
        let path = try db.folder.write("activeringscentra_2022-Q4.xlsx", "Dit is geen werkmap")
        let outcome = try #require(db.ingest(path).first)
        #expect(outcome.result == .refused("format-error: dit is geen Excel-werkmap (.xlsx)"))
        #expect(try db.scalar("SELECT count(*) FROM bronbestand") == 0)
    }

    // MARK: - Workbooks written by openpyxl and by hand (Fixtures/xlsx, see its README and make_openpyxl_fixture.py)

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("xlsx")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Only the rows with a value: Excel's trailing formatted rows come through as blank rows.
    static func valueRows(_ name: String, sheet: String) throws -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for (line, fields) in try rows(fixture(name), sheet: sheet) where fields.contains(where: { !$0.isEmpty }) { result[line] = fields }
        return result
    }

    @Test func openpyxlWorkbookIn1900System() throws {
        let rows = try Self.valueRows("openpyxl_dates_1900.xlsx", sheet: "Data")
        #expect(rows.keys.sorted() == [1, 2, 3, 4, 5, 7, 8, 9, 10, 11])          // row 6 is missing; 12-14 are empty
        #expect(rows[1] == ["Tekst", "Getal", "Datum", "Waar", "Leeg"])
        #expect(rows[2] == ["Coördinator", "1", "28-02-1900", "WAAR", ""])
        #expect(rows[3] == ["€ 5", "2,5", "01-03-1900", "ONWAAR", ""])
        #expect(rows[4] == ["regel 1\nregel 2", "-3", "01-01-1970", "WAAR", ""])
        #expect(rows[5] == ["Coördinator", "0,0000001", "29-02-2024", "ONWAAR", ""])
        #expect(rows[7] == ["d-m-yyyy", "1234567,891", "31-12-2099", "WAAR", ""])
        #expect(rows[8] == ["formaat 14", "0", "04-03-2024", "ONWAAR", ""])
        #expect(rows[9] == ["gat in de rij", "", "01-01-1900", "WAAR", ""])
        // Serial 60 with a date format is Excel's 29-02-1900: passed on as such, so validation reports a date that does not exist.
        #expect(rows[10] == [" spaties ", "60", "29-02-1900", "ONWAAR", ""])
        #expect(rows[11] == ["007", "-0,5", "", "", ""])
    }

    @Test func openpyxlWorkbookIn1904System() throws {
        let rows = try Self.valueRows("openpyxl_dates_1904.xlsx", sheet: "Data")
        #expect(rows.keys.sorted() == [1, 2, 3, 4, 5, 6])
        #expect(rows[2] == ["Coördinator", "1", "01-01-1904", "WAAR", ""])
        #expect(rows[3]?[2] == "02-01-1904")
        #expect(rows[4]?[2] == "01-01-1970")
        #expect(rows[5]?[2] == "29-02-2024")
        #expect(rows[6] == ["formaat 14", "42", "31-12-2099", "WAAR", ""])
    }

    @Test func handMadeInlineStrings() throws {
        let rows = try Self.valueRows("inline_strings.xlsx", sheet: "Blad1")
        #expect(rows[1] == ["Naam", "Waarde"])
        #expect(rows[2] == ["Coördinator", "Coördinator!"])        // a formula's cached text result
        #expect(rows[3] == ["Waar", "WAAR"])
        #expect(rows[4] == ["Fout", "#DIV/0!"])
        #expect(rows[5] == ["Getal", "12,5"])
        #expect(rows[6] == ["Vet en gewoon", "ONWAAR"])              // two rich-text runs joined
        #expect(rows[7] == [" spaties ", "€ 5"])
        #expect(rows[8] == ["Wijk & buurt\nregel 2", "29-02-2024"])
        #expect(rows[9] == ["", "-3"])
    }

    @Test func brokenFixturesGetClearMessages() {
        func message(_ name: String) -> String {
            do { _ = try XLSXWorkbook(path: Self.fixture(name)); return "geopend" } catch { return error.description }
        }
        #expect(message("not_a_workbook.xlsx") == "not_a_workbook.xlsx: format-error: dit is geen Excel-werkmap (.xlsx)")
        #expect(message("damaged.xlsx") == "damaged.xlsx: format-error: beschadigde Excel-werkmap (geen leesbaar zip-bestand); open en bewaar hem opnieuw in Excel")
        #expect(message("password.xlsx") == "password.xlsx: format-error: dit is een met een wachtwoord beveiligde werkmap of een oud .xls-bestand; bewaar hem in Excel als .xlsx zonder wachtwoord")
    }
}
