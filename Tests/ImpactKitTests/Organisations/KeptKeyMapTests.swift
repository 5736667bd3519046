import Foundation
import Testing
@testable import ImpactKit

/// The key map kept for the next quarter (`KeptKeyMap`): its parts, less the versions that ended, are
/// exactly the versions in force that a scan of the table finds; a quarter adds parts rather than
/// writing them anew; whatever changes the table otherwise makes the next quarter scan again.
@Suite struct KeptKeyMapTests {
    static func quarter(_ name: String) -> String { repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_\(name).csv").path }
    static let table = DromenTables.dreams

    /// The versions in force as the kept parts give them, and as a scan of the table does: how many, and
    /// the first few that only one of them gives.
    static func keptAndScanned(_ db: TestDatabase) throws -> (kept: [String], scanned: [String]) {
        let database = db.store.database
        var kept: [String] = []
        try KeptKeyMap(table: table, database: database)
            .read(source: Dromenregister.source, skipping: EndedVersions(table, by: nil, database: database)) { entry in
                kept.append("\(entry.key) \(entry.content) \(entry.version)")
            }
        let scanned = try db.rows("""
            SELECT sleutel_hash, inhoud & 0xFFFFFFFFFF, rowid FROM droom_stand WHERE rowid NOT IN (SELECT versie FROM droom_stand_einde)
            """, columns: 3).map { $0.joined(separator: " ") }
        let onlyKept = Set(kept).subtracting(scanned).sorted().prefix(3), onlyScanned = Set(scanned).subtracting(kept).sorted().prefix(3)
        return (["\(kept.count)"] + onlyKept, ["\(scanned.count)"] + onlyScanned)
    }

    /// Whether the next newest quarter would read the kept parts (their stamp holds).
    static func holds(_ db: TestDatabase) throws -> Bool {
        try KeptKeyMap(table: table, database: db.store.database).entries(source: Dromenregister.source, loading: -1) != nil
    }

    static func firstPart(_ db: TestDatabase) throws -> [String] { try db.rows("SELECT hex(kaart) FROM sleutelkaartdeel WHERE deel = 0", columns: 1).flatMap { $0 } }

    @Test func partsLessTheEndedAreTheVersionsInForce() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        #expect(db.ingest(SnapshotStorageTests.postcodes).map(\.result) == [.loaded])
        var firstPart: [String] = []
        var parts = 0
        // Quarters with changed, new, gone and rejected dossiers (the samples reject some rows).
        for name in ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2"] {
            #expect(db.ingest(Self.quarter(name)).map(\.result) == [.loaded])
            #expect(try Self.holds(db))
            let (kept, scanned) = try Self.keptAndScanned(db)
            #expect(Int(kept[0])! > 100)
            #expect(kept == scanned, "\(name)")
            // Each quarter adds its parts to the ones before, which stay as they were.
            let nowParts = try db.scalar("SELECT count(*) FROM sleutelkaartdeel")
            #expect(nowParts > parts)
            parts = nowParts
            if firstPart.isEmpty { firstPart = try Self.firstPart(db) } else { #expect(try Self.firstPart(db) == firstPart) }
        }
        #expect(try db.scalar("SELECT count(*) FROM afgekeurd") > 0)
    }

    @Test func aLateQuarterOrACorrectionMakesTheNextQuarterScanAgain() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        #expect(db.ingest(SnapshotStorageTests.postcodes, Self.quarter("2022-Q1"), Self.quarter("2022-Q3")).allSatisfy { $0.result.isLoaded })
        // An older quarter arriving late changes the versions in force: the parts go.
        #expect(db.ingest(Self.quarter("2022-Q2")).map(\.result) == [.loaded])
        #expect(try !Self.holds(db))
        #expect(try db.scalar("SELECT count(*) FROM sleutelkaartdeel") == 0)
        // The next quarter scans the table and writes the versions in force as the first parts anew.
        #expect(db.ingest(Self.quarter("2022-Q4")).map(\.result) == [.loaded])
        #expect(try Self.holds(db))
        var (kept, scanned) = try Self.keptAndScanned(db)
        #expect(kept == scanned)
        // A corrected newest quarter replaces the one it corrects before it loads: the parts go, and the
        // corrected quarter scans the table and writes them anew.
        let corrected = try String(contentsOfFile: Self.quarter("2022-Q4"), encoding: .utf8).replacingOccurrences(of: ";Nieuw;", with: ";Ingetrokken;")
        #expect(db.ingest(try db.folder.write("fout/dromen_2022-Q4.csv", corrected)).map(\.result) == [.loaded])
        #expect(try Self.holds(db))
        (kept, scanned) = try Self.keptAndScanned(db)
        #expect(kept == scanned)
        #expect(db.ingest(Self.quarter("2023-Q1")).map(\.result) == [.loaded])
        (kept, scanned) = try Self.keptAndScanned(db)
        #expect(kept == scanned)
    }

    /// A table changed outside a quarter's load (an analyst's edit, say) no longer matches the stamp.
    @Test func aTableChangedSinceIsScanned() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        #expect(db.ingest(SnapshotStorageTests.postcodes, Self.quarter("2022-Q1")).allSatisfy { $0.result.isLoaded })
        #expect(try Self.holds(db))
        try db.store.database.execute("INSERT INTO droom_stand_einde (versie, tot) SELECT min(rowid), 0 FROM droom_stand")
        #expect(try !Self.holds(db))
    }

    /// Above `SnapshotVersions.keysNamingVersions` keys (a register of three million) the map names no
    /// versions, and the versions a quarter ends are found by a pass: over the kept parts when the map was
    /// filled from them, else over the table. Either leaves what a map naming the versions does, a late
    /// quarter and rejected dossiers (whose versions stay) included.
    @Test(arguments: [false, true]) func aPassEndsWhatTheNamingMapEnds(overTheTable: Bool) throws {
        let files = ["2021-Q1", "2021-Q2", "2021-Q4", "2021-Q3", "2022-Q1"].map(Self.quarter)
        func load(passing: Bool) throws -> TestDatabase {
            let db = try TestDatabase()
            #expect(db.ingest(SnapshotStorageTests.postcodes).map(\.result) == [.loaded])
            for file in files {
                if passing && overTheTable { try db.store.database.execute("DELETE FROM sleutelkaart") }
                let outcome = passing ? SnapshotVersions.$keysNamingVersions.withValue(0) { db.ingest(file) } : db.ingest(file)
                #expect(outcome.map(\.result) == [.loaded])
            }
            return db
        }
        let named = try load(passing: false), passed = try load(passing: true)
        defer { named.folder.remove(); passed.folder.remove() }
        #expect(try KeptLinesTests.state(passed) == KeptLinesTests.state(named))
        #expect(try SnapshotStorageTests.figures(passed) == SnapshotStorageTests.figures(named))
        #expect(try passed.rows("SELECT count(*) FROM droom_stand_einde", columns: 1) != [["0"]])
    }
}
