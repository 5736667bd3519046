@testable import ImpactKit
import Foundation
import Testing

/// The thread that counts the newest snapshot's figures while it loads: every row reaches the tally,
/// the repeated ones validated there, and a repeated row that no longer validates gives no tally at all.
struct TallyFeedTests {
    /// Counts the keys it is given; touched by the feed's thread only until `finish`.
    final class KeyCount: SnapshotTally, @unchecked Sendable {
        var keys: [String] = []
        var stored: [Int] = []
        func add(_ row: Keyed) { keys.append(row.key) }
        func complete(kept: [Int], ended: [Int], fileID: Int, store: Store) throws { stored += kept }
    }

    struct Keyed: StorableRow {
        let key: String
        func bind(to insert: Statement, from first: Int32) {}
    }

    /// The records of a file of `text`.
    static func records(_ text: String, _ body: (CSVRecord) throws -> Void) throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("dossiers.csv", text)
        try CSVReader(path: path, fingerprint: try FileFingerprint.of(path: path)).forEachRecord(body)
    }

    /// A file whose only field is the key, line by line.
    static func records(_ keys: [String], _ body: (CSVRecord) throws -> Void) throws {
        try records(keys.joined(separator: "\n") + "\n", body)
    }

    static func validate(_ record: CSVRecord) -> Result<Keyed, RowIssues> {
        let key = record.string(0)
        return key.hasPrefix("fout") ? .failure(RowIssues([])) : .success(Keyed(key: key))
    }

    @Test func countsStoredAndRepeatedRowsOnItsOwnThread() throws {
        let tally = KeyCount()
        let feed = TallyFeed(tally: tally, validate: Self.validate, validateHere: Self.validate)
        // More than a batch of each, interleaved as a file has them.
        let keys = (0..<(TallyFeed<Keyed>.batchSize * 3 + 5)).map { "D-\($0)" }
        try Self.records(keys) { record in
            if record.line % 3 == 0 { try feed.add(Keyed(key: record.string(0))) } else { try feed.addUnchanged(record) }
        }
        #expect(try feed.finish() === tally)
        #expect(tally.keys.sorted() == keys.sorted())
    }

    @Test func aRepeatedRowThatNoLongerValidatesGivesNoTally() throws {
        let feed = TallyFeed(tally: KeyCount(), validate: Self.validate, validateHere: Self.validate)
        try Self.records(["D-1", "fout-2", "D-3"]) { try feed.addUnchanged($0) }
        #expect(try feed.finish() == nil)
    }

    /// A tally that takes a while per row (here 20 microseconds).
    final class SlowKeyCount: SnapshotTally, @unchecked Sendable {
        var keys: [String] = []
        func add(_ row: Keyed) { Thread.sleep(forTimeInterval: 0.000_02); keys.append(row.key) }
        func complete(kept: [Int], ended: [Int], fileID: Int, store: Store) throws {}
    }

    /// The reading thread's own checks of repeated rows.
    final class Checked: @unchecked Sendable { var count = 0 }

    /// While the counting thread is behind, the reading thread checks repeated rows itself: every row is
    /// still counted once, and one of them failing there also gives no tally.
    @Test func theReadingThreadChecksRepeatedRowsWhileTheCountIsBehind() throws {
        let tally = SlowKeyCount(), checked = Checked()
        let feed = TallyFeed(tally: tally, validate: Self.validate) { record in checked.count += 1; return Self.validate(record) }
        let keys = (0..<(TallyFeed<Keyed>.batchSize * 12)).map { "D-\($0)" }
        try Self.records(keys) { try feed.addUnchanged($0) }
        #expect(try feed.finish() === tally)
        #expect(tally.keys.sorted() == keys.sorted())
        #expect(checked.count >= TallyFeed<Keyed>.batchSize)

        let failing = TallyFeed(tally: SlowKeyCount(), validate: Self.validate) { _ in .failure(RowIssues([])) }
        try Self.records(keys) { try failing.addUnchanged($0) }
        #expect(try failing.finish() == nil)
    }

    /// Copied records read back field for field, with their lines, whatever the fields held.
    @Test func copiedRecordsAreTheRecordsRead() throws {
        let text = "a;\"b;c\";\n\"d\"\"e\";\" f \";\"g\nh\"\n\n1;2;3\n"
        var original: [[String]] = [], copies = RecordCopies()
        try Self.records(text) { record in
            original.append([String(record.line)] + (0..<record.count).map { record.rawString($0) })
            copies.append(record)
        }
        var copied: [[String]] = []
        copies.forEach { record in copied.append([String(record.line)] + (0..<record.count).map { record.rawString($0) }) }
        #expect(copies.count == 4)
        #expect(copied == original)
        #expect(original[1] == ["2", "d\"e", " f ", "g\nh"])
    }
}
