import Foundation
import Testing
@testable import ImpactKit

/// A NUL byte or a broken UTF-8 character inside one field damages that row, not the file: the row is
/// rejected with a located message (or, in a column never read, ignored) and the other rows load. A file
/// that is binary throughout is still refused whole.
@Suite struct DamagedBytesTests {
    static func rows(_ count: Int) -> [[String: String]] {
        (1...count).map { DreamCSV.row(String(format: "AILGB-2022-%04d", $0), ["Verbonden met": "Muziekschool Daniël"]) }
    }

    /// The file's bytes with `damage` put in place of the marker `@@`.
    static func bytes(_ rows: [[String: String]], damage: [UInt8]) -> [UInt8] {
        let text = Array(DreamCSV.file(rows).utf8)
        let marker = Array("@@".utf8)
        let at = (0..<text.count - 1).first { Array(text[$0..<$0 + 2]) == marker }!
        return Array(text[..<at]) + damage + Array(text[(at + 2)...])
    }

    @Test func nulInTheDreamIsIgnoredAndInAReadColumnRejectsTheRow() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        var rows = Self.rows(10)
        rows[3]["Droom"] = "een fiets@@"
        let ignored = db.ingest(try db.folder.write("dromen_2022-Q4.csv", bytes: Self.bytes(rows, damage: [0x00])))
        #expect(ignored.map(\.result) == [.loaded])
        #expect(ignored.first?.rowsLoaded == 10)

        rows = Self.rows(10)
        rows[6]["Kanaal"] = "Web@@site"
        let outcome = try #require(db.ingest(try db.folder.write("dromen_2023-Q1.csv", bytes: Self.bytes(rows, damage: [0x00]))).first)
        #expect(outcome.result == .loaded)
        #expect((outcome.rowsLoaded, outcome.rowsRejected) == (9, 1))
        #expect(outcome.firstIssues.map(\.description) == [
            "dromen_2023-Q1.csv, regel 8, kolom Kanaal, waarde \"Web?site\": encoding-error: bevat een NUL-teken (0x00): de regel is beschadigd"])
        // The dossier keeps its state of the quarter before, like any rejected row.
        #expect(try db.scalar("SELECT count(*) FROM dromen WHERE momentopname = '2023-Q1'") == 10)
        // The list for the coordinator names the line and the reason, without the damaged bytes.
        let list = try String(contentsOfFile: db.rejects + "/dromen_2023-Q1-afgekeurd.csv", encoding: .utf8)
        #expect(list.contains("encoding-error"))
        #expect(!list.contains("\u{0}"))
    }

    /// Damage after the file's first MiB: the load starts on what that MiB shows (`FileFingerprint.guess`),
    /// finds at its end that the whole file says otherwise, and is done again with the fields checked: the
    /// row is rejected as it would be anywhere else in the file.
    @Test(arguments: [[UInt8(0x00)], [0xE9]])
    func damageAfterTheFirstMiBIsFoundAsAnywhere(damage: [UInt8]) throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        var rows = Self.rows(6_000)
        rows[5_990]["Kanaal"] = "Web@@site"
        let path = try db.folder.write("dromen_2022-Q4.csv", bytes: Self.bytes(rows, damage: damage))
        let guess = try FileFingerprint.guess(path: path), whole = try FileFingerprint.of(path: path)
        #expect(!guess.hasDamagedBytes && whole.hasDamagedBytes && !guess.agrees(with: whole))
        let outcome = try #require(db.ingest(path).first)
        #expect(outcome.result == .loaded && outcome.encoding == "UTF-8")
        #expect((outcome.rowsLoaded, outcome.rowsRejected) == (5_999, 1))
        #expect(outcome.firstIssues.map(\.kind) == [.encodingError])
        #expect(outcome.firstIssues.first?.line == 5_992)
        #expect(try db.rows("SELECT sha256, codering FROM bronbestand", columns: 2) == [[whole.sha256, "UTF-8"]])
    }

    /// A next quarter that skips the lines it repeats has its text checked on the others by the reading
    /// thread (`ReadingTextCheck`): damage in a changed line after the first MiB is found as in a file read
    /// whole, and the file is read again with its fields checked.
    @Test(arguments: [[UInt8(0x00)], [0xE9]])
    func damageInAChangedLineOfASkippingQuarterIsFoundAsAnywhere(damage: [UInt8]) throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        var rows = Self.rows(6_000)
        let first = try #require(db.ingest(try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file(rows))).first)
        #expect(first.result == .loaded && first.rowsLoaded == 6_000)
        rows[5_990]["Kanaal"] = "Web@@site"
        let path = try db.folder.write("dromen_2023-Q1.csv", bytes: Self.bytes(rows, damage: damage))
        #expect(try !FileFingerprint.guess(path: path).hasDamagedBytes)
        let outcome = try #require(db.ingest(path).first)
        #expect(outcome.result == .loaded && outcome.encoding == "UTF-8")
        #expect((outcome.rowsLoaded, outcome.rowsRejected) == (5_999, 1))
        #expect(outcome.firstIssues.map(\.kind) == [.encodingError])
        #expect(outcome.firstIssues.first?.line == 5_992)
        #expect(try db.rows("SELECT sha256 FROM bronbestand WHERE naam = 'dromen_2023-Q1.csv'", columns: 1) == [[try FileFingerprint.of(path: path).sha256]])
    }

    /// A quarter with damaged bytes keeps its lines under a layout of their own, so the next quarter reads
    /// them (a line it skips is taken for clean text); the quarter after that skips again.
    @Test func aDamagedQuartersLinesAreReadAgain() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        var rows = Self.rows(50)
        rows[40]["Droom"] = "een fiets@@"
        let damaged = try #require(db.ingest(try db.folder.write("dromen_2022-Q4.csv", bytes: Self.bytes(rows, damage: [0x00]))).first)
        #expect(damaged.result == .loaded && damaged.rowsLoaded == 50)
        rows[40]["Droom"] = "een fiets"
        for (quarter, skipped) in [("2023-Q1", 0), ("2023-Q2", 49)] {
            rows[quarter == "2023-Q1" ? 10 : 20]["Leeftijd"] = "10"
            let outcome = try #require(db.ingest(try db.folder.write("dromen_\(quarter).csv", DreamCSV.file(rows))).first)
            #expect(outcome.result == .loaded && outcome.rowsLoaded == 50, "\(quarter)")
            #expect(outcome.rowsSkipped == skipped, "\(quarter)")
        }
    }

    @Test func aBrokenCharacterInAUTF8FileRejectsItsRowOnly() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        var rows = Self.rows(10)
        rows[2]["Verbonden met"] = "Caf@@ de Hoek"
        let outcome = try #require(db.ingest(try db.folder.write("dromen_2022-Q4.csv", bytes: Self.bytes(rows, damage: [0xE9]))).first)
        #expect(outcome.encoding == "UTF-8")
        #expect((outcome.rowsLoaded, outcome.rowsRejected) == (9, 1))
        #expect(outcome.firstIssues.first?.kind == .encodingError)
        #expect(outcome.firstIssues.first?.column == "Verbonden met")
        #expect(outcome.firstIssues.first?.line == 4)
        // The other rows kept their ë.
        #expect(try db.rows("SELECT DISTINCT verbonden_met FROM droom_stand", columns: 1) == [["Muziekschool Daniël"]])
    }

    @Test func aWindows1252FileIsStillReadWhole() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let text = DreamCSV.file(Self.rows(3)).replacingOccurrences(of: "ë", with: "\u{E9}")
        let outcome = try #require(db.ingest(try db.folder.write("dromen_2022-Q4.csv", bytes: Array(text.unicodeScalars.map { UInt8($0.value & 0xFF) }))).first)
        #expect(outcome.encoding == "Windows-1252")
        #expect((outcome.rowsLoaded, outcome.rowsRejected) == (3, 0))
    }

    /// The whole file is looked at for damage, not only its first 64 KiB (the sniffing head): a NUL and
    /// a broken character far into a UTF-8 file reject their rows as near its top.
    @Test func damageFarIntoAFileRejectsItsRow() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        for (quarter, damage) in [("2022-Q4", [UInt8(0x00)]), ("2023-Q1", [UInt8(0xE9)])] {
            var rows = Self.rows(1_000)
            rows[950]["Verbonden met"] = "Caf@@ de Hoek"
            let bytes = Self.bytes(rows, damage: damage)
            #expect(bytes.firstIndex(of: damage[0]) ?? 0 > 65_536)
            let outcome = try #require(db.ingest(try db.folder.write("dromen_\(quarter).csv", bytes: bytes)).first)
            #expect(outcome.encoding == "UTF-8")
            #expect((outcome.rowsLoaded, outcome.rowsRejected) == (999, 1), "\(quarter)")
            #expect(outcome.firstIssues.map(\.kind) == [.encodingError], "\(quarter)")
            #expect(outcome.firstIssues.first?.line == 952, "\(quarter)")
        }
    }

    @Test func aBinaryFileIsStillRefusedWhole() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let zip = db.ingest(try db.folder.write("dromen_2022-Q4.csv", bytes: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 200)))
        let utf16 = db.ingest(try db.folder.write("dromen_2022-Q3.csv", bytes: [0xFF, 0xFE] + DreamCSV.file(Self.rows(2)).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        for outcome in zip + utf16 {
            #expect(outcome.result.refusal?.hasPrefix("encoding-error: dit is geen tekstbestand (CSV)") == true)
        }
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") == 0)
    }
}
