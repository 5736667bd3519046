import Foundation
import Testing
@testable import ImpactKit

/// A snapshot's count keeps its state in the database (`DreamTallyState`), and the next quarter starts
/// from it: it counts only the rows it stores and takes out the versions it ends. Its figures must be
/// exactly those read back, quarter after quarter, and the state must not be used once anything it
/// depends on has changed.
@Suite struct DreamTallyStateTests {
    typealias Fixture = DreamTallyTests

    /// Whether the snapshot's tally started from the state the one before kept.
    static func startedFromPrevious(_ db: TestDatabase, _ quarter: String) throws -> Bool {
        let tally = try #require(try db.store.takeTally(ofSnapshot: try Fixture.snapshotID(db, quarter)) as? DreamTally)
        return !tally.countsRepeatedRows
    }

    static func keptState(_ db: TestDatabase) throws -> (fileID: Int, stamp: String, bytes: [UInt8])? {
        try db.store.tallyState(source: Dromenregister.source)
    }

    /// The quarter's tally (taken): whether it started from the kept counts, and whether its figures are
    /// the ones read back from the snapshot's rows.
    static func takeTally(_ db: TestDatabase, _ quarter: String) throws -> (startedFromPrevious: Bool, readBackEqual: Bool, endedReadAhead: Int) {
        let id = try Fixture.snapshotID(db, quarter)
        let tally = try #require(try db.store.takeTally(ofSnapshot: id) as? DreamTally)
        var counts = try #require(try tally.counts(for: tally.periods, snapshot: id, areas: DromenFigures.Areas(db.store), store: db.store))
        let counted = counts.indices.map { counts[$0].values() }
        return (!tally.countsRepeatedRows, counted == (try DromenFigures.computeByPeriod(tally.periods, store: db.store)).map(\.values),
                tally.endedReadAhead)
    }

    /// The state the register's newest snapshot kept, read back for the postcode table's areas.
    static func state(_ db: TestDatabase) throws -> (bytes: [UInt8], areas: DromenFigures.Areas) {
        (try #require(try keptState(db)).bytes, try DromenFigures.Areas(db.store))
    }

    /// Seven quarters one run after another, each with changed, new, gone and rejected dossiers: from
    /// the second on the count starts from the one before, and every quarter's figures are the ones read
    /// back from its rows.
    @Test func quarterAfterQuarterTheCountStartsFromTheOneBeforeAndIsWhatIsReadBack() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Fixture.postcodes)
        let quarters = ["2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
        var rejectedWithEarlierVersion = 0
        for (index, quarter) in quarters.enumerated() {
            let outcome = try #require(db.ingest(Fixture.register(quarter)).first)
            #expect(outcome.result == .loaded)
            let id = try Fixture.snapshotID(db, quarter)
            #expect(try Self.keptState(db)?.fileID == id)
            rejectedWithEarlierVersion += try db.store.database.prepare("""
                SELECT count(*) FROM afgekeurd a WHERE a.bestand_id = \(id) AND a.sleutel IN (SELECT dossiernummer FROM droom_stand WHERE bestand_id <> \(id))
                """).scalar() ?? 0
            // The versions it ended for dossiers it stores anew were read while it loaded (the others,
            // of dossiers it no longer holds, at its end: none here).
            let ended = try db.store.database.prepare("""
                SELECT count(*), count(*) FILTER (WHERE d.dossiernummer IN (SELECT dossiernummer FROM droom_stand WHERE bestand_id = \(id)))
                FROM droom_stand_einde e JOIN droom_stand d ON d.versie = e.versie
                WHERE e.tot = (SELECT stand_op FROM bronbestand WHERE id = \(id))
                """)
            var endedCounts = (all: 0, replaced: 0)
            try ended.rows { endedCounts = ($0.integer(0), $0.integer(1)) }
            let tally = try Self.takeTally(db, quarter)
            if index > 0 {
                #expect(endedCounts.replaced > 0, "\(quarter)")
                #expect(tally.endedReadAhead == endedCounts.replaced, "\(quarter)")
            }
            #expect(tally.startedFromPrevious == (index > 0), "\(quarter)")
            #expect(tally.readBackEqual, "\(quarter)")
        }
        // The quarters' rejected rows include dossiers whose earlier version stays in force.
        #expect(rejectedWithEarlierVersion > 0)
    }

    /// Both quarters in one run: the second starts from the state the first kept in its transaction.
    @Test func inOneRunTheSecondQuarterStartsFromTheFirst() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Fixture.postcodes, Fixture.register("2022-Q3"), Fixture.register("2022-Q4"))
        #expect(try Self.startedFromPrevious(db, "2022-Q4"))
    }

    /// A state kept by another build of impact (another stamp) is not used: every row is counted.
    @Test func aStateOfAnotherBuildIsNotUsed() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Fixture.postcodes, Fixture.register("2022-Q3"))
        try db.store.database.execute("UPDATE telstand SET stempel = replace(stempel, 'build=', 'build=other-')")
        _ = db.ingest(Fixture.register("2022-Q4"))
        #expect(try !Self.startedFromPrevious(db, "2022-Q4"))
        #expect(try Self.keptState(db)?.fileID == Fixture.snapshotID(db, "2022-Q4"))
    }

    /// An earlier quarter arriving late changes what the newest snapshot's rejected rows fall back on:
    /// the state kept before it is not used, and the next quarter counts every row (and is right).
    @Test func aLateEarlierQuarterMakesTheNextCountEveryRow() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Fixture.postcodes, Fixture.register("2022-Q4"))
        _ = db.ingest(Fixture.register("2022-Q2"))
        _ = db.ingest(Fixture.register("2023-Q1"))
        #expect(try !Self.startedFromPrevious(db, "2023-Q1"))
        _ = db.ingest(Fixture.register("2023-Q2"))
        let tally = try Self.takeTally(db, "2023-Q2")
        #expect(tally.startedFromPrevious && tally.readBackEqual, "2023-Q1 kept its counts again")
    }

    /// Damaged or foreign bytes are no state: the next quarter counts every row.
    @Test func aDamagedStateIsNotUsed() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Fixture.postcodes, Fixture.register("2022-Q3"))
        let (bytes, areas) = try Self.state(db)
        #expect(DreamTallyState(bytes: bytes, areaLabels: areas.labels) != nil)
        #expect(DreamTallyState(bytes: Array(bytes.dropLast()), areaLabels: areas.labels) == nil)
        #expect(DreamTallyState(bytes: bytes + [0], areaLabels: areas.labels) == nil)
        #expect(DreamTallyState(bytes: [9] + bytes.dropFirst(), areaLabels: areas.labels) == nil)
        #expect(DreamTallyState(bytes: bytes, areaLabels: Array(areas.labels.dropFirst())) == nil)
        // The children's keys are not checked one by one: a byte changed anywhere breaks the seal.
        for index in [bytes.count / 3, bytes.count / 2, bytes.count - 9, bytes.count - 1] {
            var damaged = bytes
            damaged[index] ^= 0x10
            #expect(DreamTallyState(bytes: damaged, areaLabels: areas.labels) == nil, "byte \(index) of \(bytes.count)")
        }
        try db.store.database.execute("UPDATE telstand SET staat = substr(staat, 1, 100)")
        _ = db.ingest(Fixture.register("2022-Q4"))
        #expect(try !Self.startedFromPrevious(db, "2022-Q4"))
    }

    /// A snapshot's own dates bound what it carries: the next quarter's figures of its dreams are only
    /// the work in hand; since the start they are all of them.
    @Test func whatAStateCarriesToTheNextQuarter() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        _ = db.ingest(Fixture.postcodes, Fixture.register("2022-Q4"))
        let (bytes, areas) = try Self.state(db)
        let state = try #require(DreamTallyState(bytes: bytes, areaLabels: areas.labels))
        let next = Period.quarter(2023, 1)
        var carried = try #require(state.carried(to: [next, .sinceStart(through: next.last)], areaLabels: areas.labels))
        let quarter = carried[0].values(), sinceStart = carried[1].values()
        func total(_ values: [FigureValue], _ figure: FigureDefinition) -> Double? {
            values.first { $0.figure == figure.name && $0.breakdown == FigureValue.total }?.value
        }
        #expect(total(quarter, DromenFigures.received) == 0 && total(quarter, DromenFigures.helped) == 0)
        #expect(total(quarter, DromenFigures.childrenReached) == 0)
        let before = try DromenFigures.computeByPeriod([.quarter(2022, 4), .sinceStart(through: Period.quarter(2022, 4).last)], store: db.store)
        #expect(total(quarter, DromenFigures.workload) == total(before[0].values, DromenFigures.workload))
        #expect(sinceStart.filter { $0.figure != DromenFigures.workload.name } == before[1].values.map {
            FigureValue(figure: $0.figure, breakdown: $0.breakdown, category: $0.category, period: Period.sinceStartLabel, value: $0.value)
        })
        // A period that starts inside the snapshot's dates cannot be carried.
        #expect(state.carried(to: [.year(2022)], areaLabels: areas.labels) == nil)
    }

    /// A period with many children (past `InPlaceSort.bothCoresFrom`) writes its two lists of children
    /// on two threads: the same bytes as its parts written one after the other, and the same figures.
    @Test func manyChildrenWriteTheBytesOfTheirPartsInOrder() throws {
        let last = Day(year: 2024, month: 12, day: 31)!
        var tally = DromenFigures.PeriodTally(period: .sinceStart(through: last), areaLabels: ["Stad", "Onbekend"], expectedRows: 0)
        let helped = try #require(Dromenregister.statuses.labels.firstIndex(of: "Verbonden"))
        let children = 170_000
        for index in 0..<children {
            Array("K-\(index % 160_000)".utf8).withUnsafeBufferPointer { child in
                [UInt8]().withUnsafeBufferPointer { partner in
                    let received = last.number - 400 + index % 300
                    let dream = DreamFact(child: child, programme: index % 2, received: received, channel: 0, age: 8, pc4: nil,
                                          category: 0, status: index % 3 == 0 ? 0 : helped, conversation: received + 5,
                                          partner: partner, connected: received + 20, parentsConnected: false)
                    tally.add(dream, area: index % 2)
                }
            }
        }
        var parts = tally
        try #require(tally.reached.keyCount + tally.childrenHelped.keyCount >= InPlaceSort.bothCoresFrom)
        var written = ByteWriter()
        tally.write(to: &written)
        var expected = ByteWriter()
        parts.received.write(to: &expected); parts.reached.write(to: &expected); parts.helped.write(to: &expected)
        parts.childrenHelped.write(to: &expected); parts.toConversation.write(to: &expected); parts.toConnection.write(to: &expected)
        parts.workload.write(to: &expected); parts.parents.write(to: &expected); parts.partners.write(to: &expected)
        #expect(written.bytes == expected.bytes)
        let values = tally.values()
        #expect(values == parts.values())
        #expect(values.first { $0.figure == DromenFigures.childrenReached.name && $0.breakdown == "Totaal" }?.value == 160_000)
    }
}
