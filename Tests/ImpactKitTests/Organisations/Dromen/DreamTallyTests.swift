import Foundation
import Testing
@testable import ImpactKit

/// The figures of a register's newest snapshot are counted while its rows load (`DreamTally`), the first
/// quarter's and the next one's; they must be exactly the figures read back from the database, and must
/// not be used once anything they depend on has changed.
@Suite struct DreamTallyTests {
    static let sample = repositoryRoot.appendingPathComponent("SampleData")
    static let postcodes = sample.appendingPathComponent("postcodes_almere.csv").path
    static func register(_ quarter: String) -> String { sample.appendingPathComponent("dromen/dromen_\(quarter).csv").path }

    static func snapshotID(_ db: TestDatabase, _ quarter: String) throws -> Int {
        try #require(try db.store.currentFiles(source: Dromenregister.source).first { $0.snapshot == quarter }).id
    }

    /// The tally's figures, or nil when it is not there or no longer describes its snapshot.
    static func counted(_ db: TestDatabase, _ quarter: String) throws -> [(period: Period, values: [FigureValue])]? {
        let id = try snapshotID(db, quarter)
        guard let tally = try db.store.takeTally(ofSnapshot: id) as? DreamTally,
              var counts = try tally.counts(for: tally.periods, snapshot: id, areas: DromenFigures.Areas(db.store), store: db.store) else { return nil }
        return counts.indices.map { index in
            counts[index].sortChildren()
            return (counts[index].period, counts[index].values())
        }
    }

    @Test func countedWhileLoadingIsWhatIsReadBack() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        // 8,696 rows, among them rejected rows and duplicate dossiers (the first stands).
        let outcomes = db.ingest(Self.postcodes, Self.register("2024-Q4"))
        #expect(outcomes.map(\.result) == [.loaded, .loaded])
        #expect(outcomes[1].rowsRejected > 0 && outcomes[1].issueCounts[.primaryKey] ?? 0 > 0)
        let counted = try #require(try Self.counted(db, "2024-Q4"))
        #expect(counted.map(\.period) == [.quarter(2024, 4), .sinceStart(through: Period.quarter(2024, 4).last)])
        // The tally has been taken: these are read back from the rows.
        let readBack = try DromenFigures.computeByPeriod(counted.map(\.period), store: db.store)
        #expect(counted.map(\.values) == readBack.map(\.values))
        let received = counted[1].values.first { $0.figure == DromenFigures.received.name && $0.breakdown == FigureValue.total }
        #expect(received?.value == Double(outcomes[1].rowsLoaded))
    }

    @Test func theNextQuarterIsCountedWithItsUnchangedRowsAndWhatItsRejectedRowsKeep() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Self.postcodes, Self.register("2022-Q3"))
        let outcomes = db.ingest(Self.register("2022-Q4"))
        #expect(outcomes.map(\.result) == [.loaded])
        let counted = try #require(try Self.counted(db, "2022-Q4"))
        #expect(counted.map(\.period) == [.quarter(2022, 4), .sinceStart(through: Period.quarter(2022, 4).last)])
        let readBack = try DromenFigures.computeByPeriod(counted.map(\.period), store: db.store)
        #expect(counted.map(\.values) == readBack.map(\.values))
    }

    @Test func notUsedOnceAnEarlierQuarterArrivesLate() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        // In one run: 2022-Q4 is all there is while it loads, then 2022-Q3 comes in before it.
        _ = db.ingest(Self.postcodes, Self.register("2022-Q4"), Self.register("2022-Q3"))
        #expect(try Self.counted(db, "2022-Q4") == nil)
    }

    @Test func notUsedOnceThePostcodeTableChanges() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let moved = try String(contentsOfFile: Self.postcodes, encoding: .utf8).replacingOccurrences(of: "1311;Almere Stad", with: "1311;Almere Haven")
        _ = db.ingest(Self.postcodes, Self.register("2022-Q4"), try db.folder.write("postcodes_almere.csv", moved))
        #expect(try Self.counted(db, "2022-Q4") == nil)
    }

    /// A repeated record counted straight from its bytes counts as the `Dream` made of it; one that breaks
    /// a rule says so; a file not in UTF-8 is left to the validation.
    @Test func aRecordCountedFromItsBytesCountsAsItsDream() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Self.postcodes, Self.register("2022-Q4"))
        let file = ExportFile(label: "dromen_2022-Q4.csv", snapshot: .quarter(2022, 4), layout: Dromenregister.export.layouts[0])
        let path = Self.register("2022-Q4")
        let reader = try CSVReader(path: path, fingerprint: try FileFingerprint.of(path: path))
        let cells = try #require(try reader.header())
        let header = try HeaderMap.resolve(header: cells, columns: Dromenregister.columns, renames: [:], file: file.label)
        let fromBytes = try #require(try DreamTally(file: file, store: db.store, expectedRows: 0, header: header))
        let fromDreams = try #require(try DreamTally(file: file, store: db.store, expectedRows: 0))
        let layout = Dromenregister.Layout(header)
        var held = 0, broken = 0, first = true
        try reader.forEachRecord { record in
            if first { first = false; return }
            guard RowChecker.structuralIssue(record, header: header, file: file.label, isTextLine: true) == nil else { return }
            let counted = fromBytes.count(record)
            switch Dromenregister.validate(record, layout: layout, snapshotEnd: Period.quarter(2022, 4).last, file: file.label) {
            case .success(let dream): fromDreams.add(dream); held += 1; #expect(counted == true)
            case .failure: broken += 1; #expect(counted == false)
            }
        }
        #expect(held > 1_000 && broken > 0)
        let areas = try DromenFigures.Areas(db.store)
        let id = try Self.snapshotID(db, "2022-Q4")
        var a = try #require(try fromBytes.counts(for: fromBytes.periods, snapshot: id, areas: areas, store: db.store))
        var b = try #require(try fromDreams.counts(for: fromDreams.periods, snapshot: id, areas: areas, store: db.store))
        #expect(a.indices.map { a[$0].values() } == b.indices.map { b[$0].values() })

        let windows = try db.folder.write("dromen_2023-Q1.csv", bytes: Array("Kanaal;Caf\u{E9}\n".utf8).map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 })
        let other = try CSVReader(path: windows, fingerprint: try FileFingerprint.of(path: windows))
        #expect(other.encoding == .windows1252)
        try other.forEachRecord { record in #expect(fromBytes.count(record) == nil) }
    }

    @Test func stopsPastItsRowsAndFreesThem() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Self.postcodes, Self.register("2022-Q4"))
        let file = ExportFile(label: "dromen_2022-Q4.csv", snapshot: .quarter(2022, 4), layout: Dromenregister.export.layouts[0])
        #expect(try DreamTally(file: file, store: db.store, expectedRows: 3, maximumRows: 2) == nil)
        let tally = try #require(try DreamTally(file: file, store: db.store, expectedRows: 0, maximumRows: 2))
        let dream = Dream(line: 2, dossier: "AILGB-2022-0001", child: "K-1", programme: 0, received: Day(year: 2022, month: 11, day: 1)!,
                          channel: 0, age: 8, pc4: 1311, category: 0, status: 0, conversation: nil, partner: nil, connected: nil,
                          parentsConnected: nil)
        let areas = try DromenFigures.Areas(db.store)
        let id = try Self.snapshotID(db, "2022-Q4")
        tally.add(dream); tally.add(dream)
        #expect(try tally.counts(for: tally.periods, snapshot: id, areas: areas, store: db.store) != nil)
        tally.add(dream)
        #expect(try tally.counts(for: tally.periods, snapshot: id, areas: areas, store: db.store) == nil)
    }
}
