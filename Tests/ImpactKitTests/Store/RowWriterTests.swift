@testable import ImpactKit
import Foundation
import Testing

/// The second thread that writes a snapshot's rows: in order, every piece once, its errors surfacing on
/// the reading side, and nothing written after a file is abandoned.
struct RowWriterTests {
    final class Log: @unchecked Sendable {   // written by the writing thread only, read after it is done
        var items: [Int] = []
    }

    struct Full: Error, Equatable { let at: Int }

    /// Rows go to `insert` a run at a time, other work runs between them, all in the order queued.
    @Test func writesEverythingInOrder() throws {
        let log = Log()
        let writer = RowWriter<Int> { rows in log.items += rows }
        let count = RowWriter<Int>.batchSize * (RowWriter<Int>.queueDepth + 3) + 17    // more than fits in the queue
        for index in 0..<count {
            if index % 100 == 99 { try writer.write { log.items.append(-index) } } else { try writer.add(index) }
        }
        try writer.finish()
        #expect(log.items == (0..<count).map { $0 % 100 == 99 ? -$0 : $0 })
    }

    @Test func theFirstErrorStopsTheWritingAndReachesTheReader() throws {
        let log = Log()
        let writer = RowWriter<Int> { rows in
            for row in rows {
                if row == 1_500 { throw Full(at: row) }
                log.items.append(row)
            }
        }
        var thrownByAdd: Error?
        do {
            for index in 0..<(RowWriter<Int>.batchSize * 20) { try writer.add(index) }
        } catch { thrownByAdd = error }
        #expect((thrownByAdd as? Full) == Full(at: 1_500), "a later add throws the writer's error")
        #expect(throws: Full(at: 1_500)) { try writer.finish() }
        #expect(log.items == Array(0..<1_500))
    }

    /// Lets one thread wait until another opens it.
    final class Gate: @unchecked Sendable {   // `isOpen` only under `condition`
        private let condition = NSCondition()
        private var isOpen = false
        func wait() { condition.lock(); while !isOpen { condition.wait() }; condition.unlock() }
        func open() { condition.lock(); isOpen = true; condition.broadcast(); condition.unlock() }
    }

    @Test func abandonedWorkIsNotWritten() throws {
        let log = Log()
        let started = Gate(), released = Gate()
        let writer = RowWriter<Int> { rows in log.items += rows }
        let batch = RowWriter<Int>.batchSize
        // The first batch holds on its first piece until the reader is abandoning the file; the two
        // batches queued behind it must never run.
        try writer.write { started.open(); released.wait(); log.items.append(0) }
        for index in 1..<(batch * 3) { try writer.add(index) }
        started.wait()
        Thread.detachNewThread { Thread.sleep(forTimeInterval: 0.05); released.open() }
        writer.abandon()       // returns once the writing thread has stopped
        #expect(log.items == Array(0..<batch))
        writer.abandon()       // again: nothing to wait for
    }

    /// A write that fails on the second thread (a full disk, here a trigger) refuses the whole file:
    /// nothing of it stays, not the rows before, not the rejection queued among them; the next run loads.
    @Test func aFailedWriteRefusesTheFileWhole() throws {
        let database = try TestDatabase()
        defer { database.folder.remove() }
        let rows = (1...5_000).map { index in
            DreamCSV.row(String(format: "AILGB-2022-%05d", index), index == 10 ? ["Leeftijd": "negen"] : [:])
        }
        let file = try database.folder.write("dromen_2022-Q4.csv", DreamCSV.file(rows))
        try database.store.database.execute("""
            CREATE TRIGGER schijf_vol BEFORE INSERT ON droom_stand WHEN NEW.regel = 3001 BEGIN SELECT RAISE(ABORT, 'schijf vol'); END
            """)
        let refused = database.ingest(file)
        #expect(refused.map(\.result) == [.refused("database: regel 3001 van dromen_2022-Q4.csv kon niet worden opgeslagen (schijf vol)")])
        for table in ["droom_stand", "afgekeurd", "bronbestand"] {
            #expect(try database.scalar("SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
        try database.store.database.execute("DROP TRIGGER schijf_vol")
        let loaded = database.ingest(file)
        #expect(loaded.map(\.rowsLoaded) == [4_999])
        #expect(try database.scalar("SELECT count(*) FROM droom_stand") == 4_999)
        #expect(try database.scalar("SELECT regel FROM afgekeurd") == 11)
    }

    /// A multi-row INSERT that fails halfway keeps the rows before the failing one (OR FAIL, for speed:
    /// `TableDescription.insertSQL`); a row that then stores one by one must not leave those twice. Here
    /// the trigger fails the first time only, and the file is refused all the same.
    @Test func aRowThatFailsOnceInAGroupStillRefusesTheFile() throws {
        let database = try TestDatabase()
        defer { database.folder.remove() }
        let rows = (1...5_000).map { DreamCSV.row(String(format: "AILGB-2022-%05d", $0)) }
        let file = try database.folder.write("dromen_2022-Q4.csv", DreamCSV.file(rows))
        try database.store.database.execute("""
            CREATE TABLE keer (n INTEGER); INSERT INTO keer VALUES (0);
            CREATE TRIGGER eenmaal BEFORE INSERT ON droom_stand WHEN NEW.regel = 3001 AND (SELECT n FROM keer) = 0
            BEGIN UPDATE keer SET n = 1; SELECT RAISE(FAIL, 'even niet'); END
            """)
        let refused = database.ingest(file)
        guard case .refused(let message) = refused.first?.result else { Issue.record("loaded: \(refused)"); return }
        #expect(message.hasPrefix("database: regels ") && message.hasSuffix(" van dromen_2022-Q4.csv konden niet worden opgeslagen"), "\(message)")
        #expect(try database.scalar("SELECT count(*) FROM droom_stand") == 0)
        try database.store.database.execute("DROP TRIGGER eenmaal")
        #expect(database.ingest(file).map(\.rowsLoaded) == [5_000])
        #expect(try database.scalar("SELECT count(DISTINCT regel) FROM droom_stand") == 5_000)
    }
}
