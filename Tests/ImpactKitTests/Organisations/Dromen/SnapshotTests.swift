import Foundation
import Testing
@testable import ImpactKit

/// Snapshot exports: the same file twice changes nothing, a corrected file replaces the older one, and a
/// period's figures come from its own snapshot, never a later one.
@Suite struct SnapshotTests {
    static func open(_ dossier: String, received: String, _ changes: [String: String] = [:]) -> [String: String] {
        DreamCSV.row(dossier, ["Ontvangen op": received, "Status": "Nieuw", "Gesprek op": "", "Verbonden met": "", "Verbonden op": "", "Ouders verbonden": ""]
            .merging(changes) { _, new in new })
    }

    static func counts(_ db: TestDatabase) throws -> [Int] {
        try ["bronbestand", "droom_stand", "afgekeurd", "postcode_stadsdeel"].map { try db.scalar("SELECT count(*) FROM \($0)") }
    }

    @Test func sameFileTwiceChangesNothing() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let path = try db.folder.write("in/dromen_2022-Q4.csv", DreamCSV.file([
            Self.open("AILGB-2022-0001", received: "03-10-2022"),
            Self.open("AILGB-2022-0002", received: "04-10-2022", ["Leeftijd": "40"]),
        ]))
        let first = db.ingest(path)
        #expect(first.map(\.result) == [.loaded])
        let before = try Self.counts(db)
        #expect(before == [1, 1, 1, 0])

        let again = db.ingest(path)
        #expect(again.map(\.result) == [.unchanged(previousName: "dromen_2022-Q4.csv")])
        #expect(again.first?.export == "dromen")
        #expect(again.first?.snapshot == "2022-Q4")
        #expect(again.first?.rowsLoaded == 0)
        #expect(try Self.counts(db) == before)
    }

    @Test func sameBytesUnderAnotherNameAreUnchanged() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let text = DreamCSV.file([Self.open("AILGB-2022-0001", received: "03-10-2022")])
        let path = try db.folder.write("in/dromen_2022-Q4.csv", text)
        let copy = try db.folder.write("kopie/dromen_2022-Q4 (1).csv", text)
        let other = try db.folder.write("kopie/export.csv", text)
        #expect(db.ingest(path).map(\.result) == [.loaded])
        let before = try Self.counts(db)
        #expect(db.ingest(copy, other).map(\.result) == [.unchanged(previousName: "dromen_2022-Q4.csv"), .unchanged(previousName: "dromen_2022-Q4.csv")])
        #expect(try Self.counts(db) == before)
    }

    @Test func folderIngestedTwiceChangesNothing() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        try db.folder.write("in/dromen_2022-Q3.csv", DreamCSV.file([Self.open("AILGB-2022-0001", received: "03-07-2022")]))
        try db.folder.write("in/sub/dromen_2022-Q4.csv", DreamCSV.file([Self.open("AILGB-2022-0001", received: "03-07-2022", ["Status": "Uitgenodigd"])]))
        try db.folder.write("in/notities.txt", "geen csv")
        let folder = db.folder.url.appendingPathComponent("in").path
        #expect(db.ingest(folder).map(\.result) == [.loaded, .loaded])
        let before = try Self.counts(db)
        #expect(db.ingest(folder).map(\.result) == [.unchanged(previousName: "dromen_2022-Q3.csv"), .unchanged(previousName: "dromen_2022-Q4.csv")])
        #expect(try Self.counts(db) == before)
    }

    @Test func correctedFileReplacesTheOlderOne() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let old = try db.folder.write("oud/dromen_2022-Q4.csv", DreamCSV.file([
            Self.open("AILGB-2022-0001", received: "03-10-2022"),
            Self.open("AILGB-2022-0002", received: "04-10-2022"),
            Self.open("AILGB-2022-0003", received: "05-10-2022", ["Kanaal": "Fax"]),
        ]))
        let corrected = try db.folder.write("nieuw/dromen_2022-Q4-gecorrigeerd.csv", DreamCSV.file([
            Self.open("AILGB-2022-0001", received: "03-10-2022", ["Status": "Uitgenodigd"]),
            Self.open("AILGB-2022-0003", received: "05-10-2022", ["Kanaal": "Website"]),
        ]))
        #expect(db.ingest(old).first?.rowsRejected == 1)
        let oldID = try db.scalar("SELECT id FROM bronbestand")

        let outcome = try #require(db.ingest(corrected).first)
        #expect(outcome.result == .loaded)
        #expect(outcome.replacedFile == "dromen_2022-Q4.csv")
        let newID = try db.scalar("SELECT id FROM bronbestand WHERE naam = 'dromen_2022-Q4-gecorrigeerd.csv'")
        #expect(newID != oldID)

        // The old rows and the old rejections are gone; the old file's record stays, marked.
        let status = DromenTables.label("status", Dromenregister.statuses)
        #expect(try db.rows("SELECT bestand_id, dossiernummer, \(status) FROM droom_stand ORDER BY dossiernummer", columns: 3) == [
            ["\(newID)", "AILGB-2022-0001", "Uitgenodigd"], ["\(newID)", "AILGB-2022-0003", "Nieuw"],
        ])
        #expect(try db.scalar("SELECT count(*) FROM afgekeurd") == 0)
        #expect(try db.rows("SELECT id, vervangen_door FROM bronbestand ORDER BY id", columns: 2) == [["\(oldID)", "\(newID)"], ["\(newID)", "NULL"]])
        #expect(try db.store.currentFiles(source: "dromen").map(\.id) == [newID])
        #expect(try db.store.snapshot(source: "dromen", onOrBefore: Period.quarter(2022, 4).last)?.id == newID)

        // The figures now count the corrected file only.
        let values = try DromenFigures.compute([.quarter(2022, 4)], store: db.store)
        #expect(values.first { $0.figure == DromenFigures.received.name && $0.breakdown == "Totaal" }?.value == 2)
    }

    @Test func anotherQuarterDoesNotReplace() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let q3 = try db.folder.write("dromen_2022-Q3.csv", DreamCSV.file([Self.open("AILGB-2022-0001", received: "03-07-2022")]))
        let q4 = try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file([Self.open("AILGB-2022-0001", received: "03-07-2022", ["Status": "Uitgenodigd"])]))
        #expect(db.ingest(q3, q4).map(\.replacedFile) == [nil, nil])
        #expect(try db.store.currentFiles(source: "dromen").compactMap(\.snapshot) == ["2022-Q3", "2022-Q4"])
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") == 2)
    }

    @Test func laterSnapshotDoesNotChangeAnEarlierQuarter() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        // In 2022-Q3 the dossier waits for its conversation. The 2022-Q4 export says it was connected on
        // 15-09-2022 (inside Q3, entered late): Q3's figures must still be those reported from Q3's export.
        let q3 = try db.folder.write("dromen_2022-Q3.csv", DreamCSV.file([
            Self.open("AILGB-2022-0001", received: "01-08-2022", ["Status": "Uitgenodigd"]),
            Self.open("AILGB-2022-0002", received: "02-08-2022"),
        ]))
        let q4 = try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Ontvangen op": "01-08-2022", "Status": "Verbonden", "Gesprek op": "20-08-2022", "Verbonden op": "15-09-2022"]),
            Self.open("AILGB-2022-0002", received: "02-08-2022", ["Status": "Ingetrokken"]),
            Self.open("AILGB-2022-0003", received: "20-09-2022"),
        ]))
        #expect(db.ingest(q3).map(\.result) == [.loaded])
        let before = try DromenFigures.compute(Comparison(period: .quarter(2022, 3)).all, store: db.store)
        #expect(!before.isEmpty)
        #expect(db.ingest(q4).map(\.result) == [.loaded])
        let after = try DromenFigures.compute(Comparison(period: .quarter(2022, 3)).all, store: db.store)
        #expect(after == before)

        func value(_ values: [FigureValue], _ figure: some FigureName, _ period: String, category: String = "Totaal") -> Double? {
            values.first { $0.figure == figure.figureName && $0.period == period && $0.category == category }?.value
        }
        // What Q3 said: 2 received, nothing helped, 2 in hand.
        #expect(value(after, DromenFigures.received, "2022-Q3") == 2)
        #expect(value(after, DromenFigures.helped, "2022-Q3") == 0)
        #expect(value(after, DromenFigures.workload, "2022-Q3") == 2)
        // Q4's own snapshot does see the late connection, up to its end.
        let q4Values = try DromenFigures.compute(Comparison(period: .quarter(2022, 4)).all, store: db.store)
        #expect(value(q4Values, DromenFigures.helped, "sinds-start") == 1)
        #expect(value(q4Values, DromenFigures.received, "sinds-start") == 3)
        #expect(value(q4Values, DromenFigures.helped, "2022-Q4") == 0)
        #expect(value(q4Values, DromenFigures.workload, "2022-Q4") == 1)     // only AILGB-2022-0003 is still Nieuw
        // And Q3, as Q4's previous period, still comes from the Q3 export.
        #expect(value(q4Values, DromenFigures.helped, "2022-Q3") == 0)
        #expect(value(q4Values, DromenFigures.workload, "2022-Q3") == 2)
    }

    @Test func periodWithoutASnapshotGivesNoRows() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let q3 = try db.folder.write("dromen_2022-Q3.csv", DreamCSV.file([Self.open("AILGB-2022-0001", received: "03-07-2022")]))
        #expect(db.ingest(q3).map(\.result) == [.loaded])
        #expect(try DromenFigures.compute([.quarter(2022, 2)], store: db.store).isEmpty)
        // A month uses the export of its quarter: August 2022 the Q3 export, June 2022 (Q2) none.
        #expect(try DromenFigures.compute([.month(2022, 8)], store: db.store).isEmpty == false)
        #expect(try DromenFigures.compute([.month(2022, 6)], store: db.store).isEmpty)
        #expect(try DromenFigures.compute([.quarter(2022, 3)], store: db.store).isEmpty == false)
        // 2022-Q3 compared: its own rows and sinds-start, but none for 2022-Q2 or 2021-Q3.
        let periods = Set(try DromenFigures.compute(Comparison(period: .quarter(2022, 3)).all, store: db.store).map(\.period))
        #expect(periods == ["2022-Q3", "sinds-start"])
    }

    @Test func emptyDatabaseGivesNoRows() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        #expect(try DromenFigures.compute(Comparison(period: .quarter(2022, 4)).all, store: db.store).isEmpty)
    }
}
