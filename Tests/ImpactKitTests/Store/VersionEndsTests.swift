@testable import ImpactKit
import Testing

/// The versions a quarter ends are stored 64 to a statement (`SnapshotVersions.store(ends:)`): a
/// statement that fails at one of them stores the rest of its rows all the same, as a statement a row did.
struct VersionEndsTests {
    typealias Fixture = DreamTallyTests

    static func ends(_ db: TestDatabase) throws -> [[String]] {
        try db.rows("SELECT versie, tot FROM droom_stand_einde ORDER BY versie", columns: 2)
    }

    @Test func aGroupThatFailsAtOneVersionStoresTheRest() throws {
        let clean = try TestDatabase()
        defer { clean.folder.remove() }
        _ = clean.ingest(Fixture.postcodes, Fixture.register("2022-Q4"), Fixture.register("2023-Q1"))
        let expected = try Self.ends(clean)
        try #require(expected.count > 128)
        let refused = expected[10][0]       // in the first statement's 64, with 53 after it

        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Fixture.postcodes, Fixture.register("2022-Q4"))
        try db.store.database.execute("""
            CREATE TRIGGER niet_deze BEFORE INSERT ON droom_stand_einde WHEN NEW.versie = \(refused)
            BEGIN SELECT RAISE(FAIL, 'niet deze'); END
            """)
        #expect(db.ingest(Fixture.register("2023-Q1")).map(\.result) == [.loaded])
        #expect(try Self.ends(db) == expected.filter { $0[0] != refused })
    }
}
