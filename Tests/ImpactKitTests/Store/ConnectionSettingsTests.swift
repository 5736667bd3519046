@testable import ImpactKit
import Foundation
import Testing
import CSQLite

/// A file loads with SQLite's foreign key checks off (each row names the file registered in the same
/// transaction): afterwards they are on again, whether the file loaded or was refused, and every
/// stored row's file exists.
struct ForeignKeysTests {
    @Test func checksAreOnAgainAfterEveryFileAndNoRowNamesAMissingFile() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let register = repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_2022-Q4.csv").path
        let refused = try db.folder.write("dromen_2023-Q1.csv", "Dossiernummer;Iets anders\nA;B\n")
        #expect(db.ingest(register).map(\.result) == [.loaded])
        #expect(try db.scalar("PRAGMA foreign_keys") == 1)
        guard case .refused = db.ingest(refused).first?.result else { Issue.record("the file without the register's columns loaded"); return }
        #expect(try db.scalar("PRAGMA foreign_keys") == 1)
        #expect(try db.rows("PRAGMA foreign_key_check", columns: 1).isEmpty)
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") > 0)
    }
}

/// SQLite keeps no memory statistics in impact (each allocation would take a global mutex): with them
/// off it reports no memory in use.
struct SQLiteSettingsTests {
    @Test func memoryStatisticsAreOff() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        #expect(try db.scalar("SELECT count(*) FROM bronbestand") == 0)
        var current: Int64 = -1, highest: Int64 = -1
        #expect(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &highest, 0) == SQLITE_OK)
        #expect(current == 0)
    }
}

/// A new database has 16 KB pages; one made before keeps its 4 KB pages (SQLite changes a page size only
/// for an empty file) and still takes a register.
struct PageSizeTests {
    @Test func newDatabasesHave16KBPagesAndOlderOnesKeepTheirs() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        #expect(try db.scalar("PRAGMA page_size") == 16_384)

        let olderPath = db.folder.url.appendingPathComponent("ouder.sqlite").path
        try Database(path: olderPath).execute("CREATE TABLE voorganger (a)")
        let older = try Store(path: olderPath)
        #expect(try older.database.prepare("PRAGMA page_size").scalar() == 4_096)
        let register = repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_2022-Q4.csv").path
        let outcome = Ingestor(store: older, configuration: Configuration(), rejectsFolder: db.rejects).ingest([register])
        #expect(outcome.map(\.result) == [.loaded])
    }
}

/// Text bound through a statement's arena (`Statement.arena`, the snapshot's bulk INSERTs) is stored as
/// given: short and long values, rows of a multi-row INSERT side by side, many steps reusing the arena,
/// and a value longer than a block, which SQLite copies itself.
struct TextArenaTests {
    @Test func boundTextIsStoredAsGiven() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let database = try Database(path: folder.url.appendingPathComponent("arena.sqlite").path)
        try database.execute("CREATE TABLE t (a TEXT, b TEXT)")
        let pairs = try database.prepare("INSERT INTO t (a, b) VALUES (?, ?), (?, ?)")
        pairs.arena = TextArena()
        var expected: [[String]] = []
        let long = String(repeating: "lang veld; ", count: 7_000)       // 77 KB: more than a block
        for step in 0..<2_000 {
            let values = ["K-\(step)", "Stichting Leergeld Almere \(step) \(String(repeating: "é", count: step % 40))",
                          step == 1_234 ? long : "D-\(step)", step % 3 == 0 ? "" : "Jeugdfonds"]
            for (offset, value) in values.enumerated() { pairs.bind(Int32(offset + 1), value) }
            try pairs.step()
            expected += [[values[0], values[1]], [values[2], values[3]]]
        }
        var stored: [[String]] = []
        try database.prepare("SELECT a, b FROM t ORDER BY rowid").rows { row in stored.append([row.string(0)!, row.string(1)!]) }
        #expect(stored == expected)
    }
}

/// Opening a database whose schema is up to date changes nothing in it: its file change counter (bytes
/// 24-27 of the header) stays, where setting the schema version again on every open rewrote the first
/// page in a commit of its own at the start of every command.
struct OpenWritesNothingTests {
    @Test func anUpToDateDatabaseIsOpenedWithoutAWrite() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let path = db.folder.url.appendingPathComponent("impact.sqlite").path
        func changeCounter() throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))[24..<28]) }
        let before = try changeCounter()
        for _ in 0..<2 { _ = try Store(path: path) }
        #expect(try changeCounter() == before)
        #expect(try Store(path: path).database.prepare("PRAGMA user_version").scalar() == Schema.version)
    }
}
