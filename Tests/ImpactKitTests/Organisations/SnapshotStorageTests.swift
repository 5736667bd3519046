import Foundation
import Testing
@testable import ImpactKit

/// Snapshot exports are stored as versions (a dossier unchanged since the quarter before stores nothing
/// new). Whatever the order the quarters arrive in, and whichever quarter is corrected afterwards, every
/// period's figures are those of a database that read the quarters in order.
@Suite struct SnapshotStorageTests {
    static let snapshotFolders = ["dromen", "activering", "alamal"]

    static func snapshotFiles() throws -> [String] {
        let root = repositoryRoot.appendingPathComponent("SampleData")
        return try snapshotFolders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
                .map { root.appendingPathComponent(folder).appendingPathComponent($0).path }
        }
    }

    static var postcodes: String { repositoryRoot.appendingPathComponent("SampleData/postcodes_almere.csv").path }

    /// Every figure of every organisation for every quarter of the samples and since the start.
    static func figures(_ db: TestDatabase) throws -> [FigureValue] {
        let periods = (2017...2024).flatMap { year in (1...4).map { Period.quarter(year, $0) } } + [.sinceStart(through: Day(year: 2024, month: 12, day: 31)!)]
        let context = FigureContext(store: db.store, configuration: Configuration())
        return try Registry.all.flatMap { try $0.compute(periods, in: context).flatMap(\.values) }
    }

    @Test func anyOrderAndAnyCorrectionGiveTheFiguresOfAnOrderedLoad() throws {
        let files = try Self.snapshotFiles()
        let ordered = try TestDatabase()
        defer { ordered.folder.remove() }
        #expect(ordered.ingest(Self.postcodes).map(\.result) == [.loaded])
        #expect(ordered.ingest(files).allSatisfy { $0.result.isLoaded })
        let expected = try Self.figures(ordered)
        #expect(expected.count > 1000)

        // Newest first, then a quarter in the middle and the newest corrected: each replaced by the real one.
        let shuffled = try TestDatabase()
        defer { shuffled.folder.remove() }
        #expect(shuffled.ingest(Self.postcodes).map(\.result) == [.loaded])
        let middle = files.first { $0.hasSuffix("dromen_2020-Q2.csv") }!, newest = files.first { $0.hasSuffix("dromen_2024-Q4.csv") }!
        for original in [middle, newest] {
            let wrong = try String(contentsOfFile: original, encoding: .utf8)
                .replacingOccurrences(of: ";Nieuw;", with: ";Ingetrokken;").replacingOccurrences(of: ";Verbonden;", with: ";Afgerond;")
            let path = try shuffled.folder.write("fout/" + (original as NSString).lastPathComponent, wrong)
            #expect(shuffled.ingest(path).map(\.result) == [.loaded])
        }
        var generator = SeededGenerator(seed: 2026)
        #expect(shuffled.ingest(files.shuffled(using: &generator)).allSatisfy { $0.result.isLoaded })
        #expect(try Self.figures(shuffled) == expected)
        // The corrected versions leave nothing behind.
        let versions = "SELECT count(*) FROM droom_stand"
        #expect(try shuffled.scalar(versions) >= ordered.scalar(versions))
        #expect(try shuffled.scalar("SELECT count(*) FROM dromen") == ordered.scalar("SELECT count(*) FROM dromen"))
        // No end outlives its version (versions that went took theirs with them), and some did end.
        for table in [DromenTables.dreams, ActiveringTables.participants, AlAmalTables.dossiers] {
            #expect(try shuffled.scalar("SELECT count(*) FROM \(table.ends) WHERE versie NOT IN (SELECT rowid FROM \(table.name))") == 0)
            #expect(try shuffled.scalar("SELECT count(*) FROM \(table.ends)") > 0)
        }
        // An analyst's VACUUM (the corrections left gaps in the rowids) keeps every version and its end.
        try shuffled.store.database.execute("VACUUM")
        #expect(try Self.figures(shuffled) == expected)
    }

    /// The versions a quarter ends are found in its key map, which names them by rowid below 2^32; past
    /// that (never in practice) a pass over the table finds them: the same figures either way.
    @Test func versionsBeyondTheKeyMapsRowidsEndAsTheOthers() throws {
        let quarters = ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"].map { repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_\($0).csv").path }
        let periods = [Period.quarter(2022, 2), .quarter(2022, 3), .quarter(2022, 4), .sinceStart(through: Day(year: 2022, month: 12, day: 31)!)]
        var figures: [[FigureValue]] = []
        for shifted in [false, true] {
            let db = try TestDatabase()
            defer { db.folder.remove() }
            #expect(db.ingest(Self.postcodes, quarters[0]).allSatisfy { $0.result.isLoaded })
            if shifted {
                try db.store.database.execute("UPDATE droom_stand SET versie = versie + 4294967296")
                #expect(try db.scalar("SELECT count(*) FROM droom_stand_einde") == 0)
            }
            #expect(db.ingest(Array(quarters.dropFirst())).allSatisfy { $0.result.isLoaded })
            #expect(try db.scalar("SELECT count(*) FROM droom_stand_einde") > 100)
            // Nor is a key map kept for the next quarter (its rowids have 4 bytes): it scans the table.
            #expect(try (db.scalar("SELECT count(*) FROM sleutelkaartdeel") > 0) == !shifted)
            figures.append(try DromenFigures.computeByPeriod(periods, store: db.store).flatMap(\.values))
        }
        #expect(figures[0].count > 100)
        #expect(figures[0] == figures[1])
    }

    /// A quarter that repeats every dossier unchanged stores no row; a changed dossier stores one.
    @Test func anUnchangedQuarterStoresNothing() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let rows = [SnapshotTests.open("AILGB-2022-0001", received: "03-07-2022"), SnapshotTests.open("AILGB-2022-0002", received: "04-07-2022")]
        #expect(db.ingest(try db.folder.write("dromen_2022-Q3.csv", DreamCSV.file(rows))).map(\.result) == [.loaded])
        // The same dossiers (the Droom text edited, which is never read), in another order.
        let again = rows.reversed().map { $0.merging(["Droom": "iets anders"]) { _, new in new } }
        let q4 = db.ingest(try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file(again)))
        #expect(q4.first?.rowsLoaded == 2)
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") == 2)
        var changed = rows
        changed[1]["Status"] = "Uitgenodigd"
        #expect(db.ingest(try db.folder.write("dromen_2023-Q1.csv", DreamCSV.file(changed))).first?.rowsLoaded == 2)
        // Status is stored as its place in the vocabulary (Nieuw 0, Uitgenodigd 1); the view shows the text.
        #expect(try db.rows("""
            SELECT d.dossiernummer, d.status, d.van, e.tot FROM droom_stand d LEFT JOIN droom_stand_einde e ON e.versie = d.rowid
            ORDER BY d.dossiernummer, d.van
            """, columns: 4) == [
            ["AILGB-2022-0001", "0", "\(Day(year: 2022, month: 9, day: 30)!.number)", "NULL"],
            ["AILGB-2022-0002", "0", "\(Day(year: 2022, month: 9, day: 30)!.number)", "\(Day(year: 2023, month: 3, day: 31)!.number)"],
            ["AILGB-2022-0002", "1", "\(Day(year: 2023, month: 3, day: 31)!.number)", "NULL"],
        ])
        #expect(try db.rows("SELECT momentopname, dossiernummer, status FROM dromen WHERE dossiernummer = 'AILGB-2022-0002' ORDER BY momentopname", columns: 3) == [
            ["2022-Q3", "AILGB-2022-0002", "Nieuw"], ["2022-Q4", "AILGB-2022-0002", "Nieuw"], ["2023-Q1", "AILGB-2022-0002", "Uitgenodigd"]])
        #expect(try db.rows("SELECT momentopname, count(*) FROM dromen GROUP BY momentopname", columns: 2) == [
            ["2022-Q3", "2"], ["2022-Q4", "2"], ["2023-Q1", "2"]])
    }
}

/// A small seeded generator (SplitMix64), so a shuffled order is the same in every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A database of schema 4 (every snapshot stored whole) is upgraded in place to versions, and every
/// figure stays what the old build computed on it.
@Suite struct SchemaUpgradeTests {
    @Test func schema4DatabaseGivesTheSameFigures() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let fixtures = repositoryRoot.appendingPathComponent("Tests/ImpactKitTests/Fixtures/schema4")
        // The old database as sqlite3's .dump wrote it (text, with its user_version 4), made whole again.
        let dump = try String(contentsOf: fixtures.appendingPathComponent("schema4.sql"), encoding: .utf8)
        try Database(path: folder.url.appendingPathComponent("impact.sqlite").path).execute(dump)
        for period in ["2022-Q4", "2022-Q3"] {
            let run = try CLITests.run(["figures", "--period", period, "--output", "cijfers.csv"], in: folder.url)
            #expect(run.status == 0, "\(run.errors)")
            let expected = try String(contentsOf: fixtures.appendingPathComponent("figures-\(period).csv"), encoding: .utf8)
            #expect(try folder.read("cijfers.csv") == expected)
        }
        let db = try Database(path: folder.url.appendingPathComponent("impact.sqlite").path)
        #expect(try db.prepare("PRAGMA user_version").scalar() == Schema.version)
        #expect(try db.prepare("SELECT count(*) FROM droom_stand WHERE dossiernummer = 'AILGB-2022-0454'").scalar() == 2)
    }
}

extension SchemaUpgradeTests {
    /// Schema 6 stored Programma, Kanaal, Categorie and Status as text; schema 7 as vocabulary indexes;
    /// schema 8 keeps the versions' ends in a table of their own.
    @Test func schema6DatabaseGivesTheSameFigures() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let fixtures = repositoryRoot.appendingPathComponent("Tests/ImpactKitTests/Fixtures/schema6")
        let path = folder.url.appendingPathComponent("impact.sqlite").path
        let dump = try String(contentsOf: fixtures.appendingPathComponent("schema6.sql"), encoding: .utf8)
        let textRows: [[String]]
        do {
            let old = try Database(path: path)
            try old.execute(dump)
            // An analyst's own view on the table.
            try old.execute("CREATE VIEW mijn_dossiers AS SELECT dossiernummer, van FROM droom_stand")
            textRows = try Self.rows(old, "SELECT rowid, dossiernummer, programma, kanaal, categorie, status, van, tot FROM droom_stand ORDER BY rowid")
        }
        for period in ["2024-Q4", "2024-Q3"] {
            let run = try CLITests.run(["figures", "--period", period, "--output", "cijfers.csv"], in: folder.url)
            #expect(run.status == 0, "\(run.errors)")
            let expected = try String(contentsOf: fixtures.appendingPathComponent("figures-\(period).csv"), encoding: .utf8)
            #expect(try folder.read("cijfers.csv") == expected)
        }
        let db = try Database(path: path)
        #expect(try db.prepare("PRAGMA user_version").scalar() == Schema.version)
        #expect(try db.prepare("SELECT count(*) FROM droom_stand WHERE typeof(programma) <> 'integer' OR typeof(kanaal) <> 'integer' OR typeof(categorie) <> 'integer' OR typeof(status) <> 'integer'").scalar() == 0)
        // Every version kept, with its rowid and its end, and its texts back through the vocabularies.
        let upgraded = try Self.rows(db, """
            SELECT d.rowid, d.dossiernummer, d.programma, d.kanaal, d.categorie, d.status, d.van, e.tot
            FROM droom_stand d LEFT JOIN droom_stand_einde e ON e.versie = d.rowid ORDER BY d.rowid
            """)
        let vocabularies = [Dromenregister.programmes, Dromenregister.channels, Dromenregister.categories, Dromenregister.statuses]
        #expect(upgraded.count == 722)
        #expect(upgraded.filter { $0[7] != "NULL" }.count == 231)
        #expect(try db.prepare("SELECT count(*) FROM pragma_table_info('droom_stand') WHERE name = 'tot'").scalar() == 0)
        #expect(try db.prepare("SELECT count(*) FROM pragma_table_info('droom_stand') WHERE name = 'versie' AND pk = 1").scalar() == 1)
        #expect(try db.prepare("SELECT count(*) FROM mijn_dossiers").scalar() == 722)
        #expect(upgraded.map { row in row.enumerated().map { column, value in
            (2...5).contains(column) ? vocabularies[column - 2].labels[Int(value)!] : value } } == textRows)
    }

    static func rows(_ database: Database, _ sql: String) throws -> [[String]] {
        var rows: [[String]] = []
        try database.prepare(sql).rows { row in rows.append((0..<8).map { row.string($0) ?? "NULL" }) }
        return rows
    }
}

/// One dossier through quarters that reject it, arrive late or are corrected: every snapshot shows what an
/// ordered load of the final files shows. (The cases a review found: a key both loaded and rejected by
/// one file, a run of snapshots rejecting the key, a corrected middle quarter that rejects it.)
@Suite struct SnapshotTimelineTests {
    static let quarters = ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1"]
    static let steady = SnapshotTests.open("AILGB-2022-0900", received: "04-01-2022")
    static func a(_ status: String) -> [String: String] { SnapshotTests.open("AILGB-2022-0001", received: "03-01-2022", ["Status": status]) }
    static let rejectedA = SnapshotTests.open("AILGB-2022-0001", received: "03-01-2022", ["Leeftijd": "40"])

    /// Ingests `steps` (quarter, rows) in order, each file in a folder of its own; returns the snapshots
    /// as the `dromen` view shows them, and the figures of every quarter.
    static func load(_ steps: [(String, [[String: String]])]) throws -> (view: [[String]], figures: [FigureValue]) {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(repositoryRoot.appendingPathComponent("SampleData/postcodes_almere.csv").path)
        let context = FigureContext(store: db.store, configuration: Configuration())
        for (index, (quarter, rows)) in steps.enumerated() {
            // The Droom text (never read) makes each file's bytes its own: equal bytes count as the same file.
            let marked = steady.merging(["Droom": "stap \(index) \(UUID().uuidString)"]) { _, new in new }
            let outcome = db.ingest(try db.folder.write("stap\(index)/dromen_\(quarter).csv", DreamCSV.file([marked] + rows)))
            #expect(outcome.first?.result == .loaded, "\(quarter): \(outcome.first?.result as Any)")
            // Figures kept after each step, as `impact ingest` does: a later step must not leave them stale.
            try FigureSets.prepare(after: outcome, in: context)
        }
        let periods = quarters.compactMap(Period.init(parsing:))
        return (try db.rows("SELECT momentopname, dossiernummer, status FROM dromen ORDER BY momentopname, dossiernummer", columns: 3),
                try FigureSets.compute(periods, in: context, organisations: [Dromen()]))
    }

    static func expectSame(_ steps: [(String, [[String: String]])], sourceLocation: SourceLocation = #_sourceLocation) throws {
        var final: [String: [[String: String]]] = [:]
        for (quarter, rows) in steps { final[quarter] = rows }
        let ordered = try load(final.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        let got = try load(steps)
        #expect(got.view == ordered.view, sourceLocation: sourceLocation)
        #expect(got.figures == ordered.figures, sourceLocation: sourceLocation)
    }

    @Test func aKeyLoadedAndRejectedByOneFileIsHeldByIt() throws {
        try Self.expectSame([("2022-Q3", [Self.a("Uitgenodigd"), Self.rejectedA]), ("2022-Q2", [Self.a("Nieuw")])])
        try Self.expectSame([("2022-Q4", [Self.a("Nieuw")]), ("2022-Q3", [Self.rejectedA, Self.a("Uitgenodigd")]), ("2022-Q2", [Self.a("Nieuw")])])
    }

    @Test func aRunOfRejectionsFollowsTheQuarterBefore() throws {
        try Self.expectSame([("2022-Q1", [Self.a("Nieuw")]), ("2022-Q3", [Self.rejectedA]), ("2022-Q4", [Self.rejectedA]),
                             ("2023-Q1", [Self.a("Ingetrokken")]), ("2022-Q2", [Self.a("Uitgenodigd")])])
        try Self.expectSame([("2022-Q1", [Self.a("Nieuw")]), ("2022-Q2", [Self.rejectedA]), ("2022-Q3", [Self.rejectedA]),
                             ("2022-Q1", [Self.a("Uitgenodigd")])])
        try Self.expectSame([("2022-Q2", [Self.a("Nieuw")]), ("2022-Q3", [Self.rejectedA]), ("2022-Q4", [Self.rejectedA]),
                             ("2022-Q1", [Self.a("Uitgenodigd")]), ("2022-Q1", [Self.rejectedA])])
    }

    @Test func aCorrectedQuarterThatRejectsTheKeyLeavesNoGap() throws {
        try Self.expectSame([("2022-Q1", [Self.a("Nieuw")]), ("2022-Q2", [Self.a("Uitgenodigd")]), ("2022-Q3", [Self.rejectedA]),
                             ("2022-Q2", [Self.rejectedA])])
        try Self.expectSame([("2022-Q1", [Self.a("Nieuw")]), ("2022-Q3", [Self.rejectedA]), ("2022-Q2", [Self.a("Uitgenodigd")]),
                             ("2022-Q2", [])])
    }
}
