@testable import ImpactKit
import Testing

/// A row's text held in the row when short (`RowText`) reads back as the text it was made of, whatever
/// its length or letters, and reaches the database so.
struct RowTextTests {
    /// ASCII, accented and three-byte letters, at every length around the inline capacity.
    static let texts: [String] = (0...(RowText.capacity + 10)).flatMap { length in
        [String(repeating: "a", count: length), String(repeating: "é", count: length / 2), "€" + String(repeating: "x", count: length)]
    }

    @Test func readsBackAsMade() {
        for text in Self.texts {
            let row = RowText(text)
            #expect(row.string == text)
            #expect(row.withUTF8 { Array($0) } == Array(text.utf8))
            #expect(row == RowText(text))
            #expect(row.isEmpty == text.isEmpty)
        }
        #expect(RowText("Jeugdfonds Sport") != RowText("Jeugdfonds Cultuur"))
        #expect(RowText(String(repeating: "a", count: 50)) != RowText(String(repeating: "a", count: 51)))
        #expect(RowText(String(repeating: "a", count: RowText.capacity)) != RowText(String(repeating: "a", count: RowText.capacity + 1)))
    }

    /// From a field's bytes: short ASCII is kept as it is; anything else is decoded in the file's encoding.
    @Test func fieldBytesAreDecodedUnlessShortASCII() {
        var decoded = 0
        let windows1252 = { (bytes: UnsafeBufferPointer<UInt8>) -> String in decoded += 1; return TextEncoding.windows1252.decode(bytes) }
        let cases: [([UInt8], String, Bool)] = [
            (Array("AILGB-2017-000001".utf8), "AILGB-2017-000001", false),
            ([0x44, 0x61, 0x6E, 0x69, 0xEB, 0x6C], "Daniël", true),                // Windows-1252 ë
            (Array(String(repeating: "x", count: RowText.capacity + 1).utf8), String(repeating: "x", count: RowText.capacity + 1), true),
            ([], "", false),
        ]
        for (bytes, text, decodes) in cases {
            let before = decoded
            let row = bytes.withUnsafeBufferPointer { RowText(bytes: $0, decode: windows1252) }
            #expect(row.string == text)
            #expect((decoded > before) == decodes)
        }
    }

    /// Bound to a statement, with its arena (the snapshot's bulk INSERT) and without.
    @Test func boundAsGiven() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let database = try Database(path: folder.url.appendingPathComponent("text.sqlite").path)
        try database.execute("CREATE TABLE t (a TEXT)")
        for withArena in [false, true] {
            try database.execute("DELETE FROM t")
            let insert = try database.prepare("INSERT INTO t (a) VALUES (?)")
            if withArena { insert.arena = TextArena() }
            for text in Self.texts { insert.bind(1, RowText(text)); try insert.step() }
            insert.bind(1, nil as RowText?); try insert.step()
            var stored: [String?] = []
            try database.prepare("SELECT a FROM t ORDER BY rowid").rows { stored.append($0.string(0)) }
            #expect(stored == Self.texts + [nil])
        }
    }

    /// A register's long and accented texts are stored as read.
    @Test func aDreamsTextsAreStoredAsRead() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let long = "Stichting Jeugdcultuurfonds Flevoland en Almere"     // 47 bytes
        let dossier = "AILGB-2022-" + String(repeating: "0", count: RowText.capacity - 11)     // exactly the capacity
        let path = try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Verbonden met": long]),
            DreamCSV.row("AILGB-2022-0002", ["Verbonden met": "Muziekschool Daniël"]),
            DreamCSV.row(dossier, ["Kindnummer": "K-00002"]),
        ]))
        #expect(db.ingest(path).first?.rowsLoaded == 3)
        #expect(try db.rows("SELECT dossiernummer, verbonden_met FROM droom_stand ORDER BY regel", columns: 2) == [
            ["AILGB-2022-0001", long], ["AILGB-2022-0002", "Muziekschool Daniël"], [dossier, "Stichting Leergeld Almere"],
        ])
    }
}
