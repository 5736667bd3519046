@testable import ImpactKit
import Foundation
import Testing

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
