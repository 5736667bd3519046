import Testing
@testable import ImpactKit

/// Kept lines written in levels (`LineParts`, `KeptLineLevels`), several parts to a level: runs of the
/// level below that go on over its parts and over the new level's, and lines whole between them.
@Suite struct KeptLineLevelsTests {
    typealias Line = (hash: UInt64, version: UInt32)


    static func whole(_ line: Line) -> LineParts.Entry { (line.hash, line.version, LineParts.notSkipped) }
    static func skipped(_ lines: [Line], at position: Int) -> LineParts.Entry { (lines[position].hash, lines[position].version, UInt32(position)) }

    /// Writes `parts` as a level of their own, and reads the top level back.
    static func write(_ parts: [[LineParts.Entry]], level: Int, _ database: Database) throws -> (consistent: Bool, lines: [Line], count: Int?) {
        let writer = try LineParts(source: "test", level: level, database: database)
        for part in parts { try writer.write(part) }
        let levels = KeptLineLevels(source: "test", database: database)
        var bytes: [UInt8] = []
        let count = try levels.sizes()?.count ?? 0
        _ = try levels.read(levels: count) { bytes += $0 }
        let lines = stride(from: 0, to: bytes.count, by: 12).map { at in
            bytes.withUnsafeBytes { raw in
                (UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)),
                 UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt32.self)))
            }
        }
        return (writer.consistent, lines, try levels.lineCount(levels: count))
    }

    static func same(_ a: [Line], _ b: [Line]) -> Bool { a.map(\.hash) == b.map(\.hash) && a.map(\.version) == b.map(\.version) }

    @Test func levelsReadAsTheLinesTheyWereWrittenFrom() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let database = db.store.database
        let first: [Line] = (0..<12).map { (1_000 + UInt64($0), UInt32($0 + 1)) }
        // Level 0 in three parts.
        let zero = try Self.write([Array(first[0..<5]), Array(first[5..<9]), Array(first[9...])].map { $0.map(Self.whole) }, level: 0, database)
        #expect(zero.consistent && Self.same(zero.lines, first) && zero.count == 12)

        // Level 1: lines 0-2, a new one, 4-6 (over level 0's parts and its own), 8, two new ones, 10-11.
        let x: Line = (7_001, 101), y: Line = (7_002, 102), z: Line = (7_003, 103)
        let second: [Line] = [first[0], first[1], first[2], x, first[4], first[5], first[6], first[8], y, z, first[10], first[11]]
        let one = try Self.write([
            [Self.skipped(first, at: 0), Self.skipped(first, at: 1), Self.skipped(first, at: 2), Self.whole(x), Self.skipped(first, at: 4), Self.skipped(first, at: 5)],
            [Self.skipped(first, at: 6), Self.skipped(first, at: 8), Self.whole(y), Self.whole(z), Self.skipped(first, at: 10), Self.skipped(first, at: 11)],
        ], level: 1, database)
        #expect(one.consistent && Self.same(one.lines, second) && one.count == 12)

        // Level 2 on level 1: its lines 1-4, a new one, 9-11; a line not kept (hash 0) is left out.
        let w: Line = (7_004, 104)
        let third: [Line] = [second[1], second[2], second[3], second[4], w, second[9], second[10], second[11]]
        let two = try Self.write([
            [Self.skipped(second, at: 1), Self.skipped(second, at: 2), Self.skipped(second, at: 3)],
            [Self.skipped(second, at: 4), Self.whole(w), Self.whole((0, 105)), Self.skipped(second, at: 9)],
            [Self.skipped(second, at: 10), Self.skipped(second, at: 11)],
        ], level: 2, database)
        #expect(two.consistent && Self.same(two.lines, third) && two.count == 8)
        #expect(try KeptLineLevels(source: "test", database: database).sizes()?.count == 3)
    }

    /// The reading thread only looks forward: a run before the one written last is never written so,
    /// and the lines are then not kept (`consistent`, the stamp not written).
    @Test func aRunBackwardsIsNotKept() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let first: [Line] = (0..<4).map { (1_000 + UInt64($0), UInt32($0 + 1)) }
        _ = try Self.write([first.map(Self.whole)], level: 0, db.store.database)
        let backwards = try Self.write([[Self.skipped(first, at: 2), Self.skipped(first, at: 1)]], level: 1, db.store.database)
        #expect(!backwards.consistent)
    }
}
