/// The kept lines of a snapshot export (`KeptLines`) in levels. Level 0 holds lines whole, 12 bytes each
/// (the hash, then the version's rowid, little-endian). Each level above holds the lines of a later
/// quarter as changes on the level below, in the file's order: runs of lines of the level below (a
/// quarter keeps the one before's order, skipping forward: `LineSkipper`), and the other lines whole.
/// A next quarter thus writes what changed (~1 MB for the 1M-dossier register's, ~70,000 lines
/// changed or new) where it deleted and wrote again all 12 MB: pages freed and written again in one
/// transaction are each journaled, and the deletion synced the journal at every spill of SQLite's
/// cache (the next quarter A/B 1.074 wall, 1.027 CPU, 24 pairs; writing no lines at all, 1.069 and
/// 1.048).
///
/// A level's part is a row of `regelreeksdeel`, numbered `level << 32 | part`. In a part above level 0,
/// each entry starts with an unsigned integer (`ByteWriter.unsigned`): `count << 1` then the number of
/// lines of the level below passed over first, for `count` lines of the level below; or
/// `count << 1 | 1` then `count` lines whole. An entry does not go on into the next part.
struct KeptLineLevels {
    let source: String
    let database: Database

    /// A level is added while there are fewer than this many, and the levels above 0 hold at most half
    /// the bytes of level 0; then the lines are written whole again (the levels are read, one after the
    /// other, at every next quarter's start).
    static let maximumLevels = 6

    struct Broken: Error {}

    static func partNumber(level: Int, part: Int) -> Int { level << 32 | part }

    /// The bytes of each level, from 0 up; nil when there is none, or the levels are not 0, 1, ...
    /// (Summed here: grouped in SQL, each part's bytes were copied into SQLite's sorter, ~24 MB for the
    /// 1M-dossier register's lines.)
    func sizes() throws -> [Int]? {
        let statement = try database.prepare("SELECT deel >> 32, length(regels) FROM regelreeksdeel WHERE bron = ? ORDER BY deel")
        statement.bind(1, source)
        var sizes: [Int] = []
        var ordered = true
        try statement.rows { row in
            let level = row.integer(0)
            if level == sizes.count { sizes.append(0) }
            ordered = ordered && level == sizes.count - 1
            if ordered { sizes[level] += row.integer(1) }
        }
        return ordered && !sizes.isEmpty ? sizes : nil
    }

    static func takesAnother(_ sizes: [Int]) -> Bool {
        sizes.count < maximumLevels && sizes.dropFirst().reduce(0, +) * 2 <= sizes[0]
    }

    /// How many lines the top of `levels` holds. Level 0's from its parts' lengths (read to be counted,
    /// its 12 MB were read twice at the start of the 1M next quarter).
    func lineCount(levels: Int) throws -> Int {
        if levels <= 1 {
            let count = try database.prepare(
                "SELECT coalesce(sum(length(regels) / \(KeptLines.entryBytes)), 0) FROM regelreeksdeel WHERE bron = ? AND deel >> 32 = 0")
            count.bind(1, source)
            return try count.scalar() ?? 0
        }
        let top = try LevelParts(source: source, level: levels - 1, database: database)
        var count = 0
        while try top.next() {
            while let entry = try top.entry() {
                count += entry.count
                if entry.whole { top.offset += entry.count * KeptLines.entryBytes }
            }
        }
        return count
    }

    /// The lines of the top of `levels`, in order, handed to `body` a stretch at a time (whole lines);
    /// how many. Throws `Broken` when a level names lines the level below does not have.
    func read(levels: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws -> Int {
        if levels <= 1 {
            // Level 0 alone: each part handed over where SQLite has it, not copied first.
            let parts = try database.prepare("SELECT regels FROM regelreeksdeel WHERE bron = ? AND deel >> 32 = 0 ORDER BY deel")
            parts.bind(1, source)
            var count = 0
            try parts.rows { row in
                let part = row.blob(0)
                let whole = part.count - part.count % KeptLines.entryBytes
                body(UnsafeRawBufferPointer(rebasing: part[0..<whole]))
                count += whole / KeptLines.entryBytes
            }
            return count
        }
        var lines: any LineSource = WholeLines(try LevelParts(source: source, level: 0, database: database))
        for level in 1..<levels {
            lines = ChangedLines(try LevelParts(source: source, level: level, database: database), on: lines)
        }
        return try withoutActuallyEscaping(body) { try lines.take(.max, $0) }
    }

    static func store(hash: UInt64, version: UInt32, in raw: UnsafeMutableRawBufferPointer, at offset: Int) {
        raw.storeBytes(of: hash.littleEndian, toByteOffset: offset, as: UInt64.self)
        raw.storeBytes(of: version.littleEndian, toByteOffset: offset + 8, as: UInt32.self)
    }

    static func writeRun(count: Int, after passed: Int, to writer: inout ByteWriter) {
        writer.unsigned(UInt64(count) << 1)
        writer.unsigned(UInt64(passed))
    }

    /// `count` lines whole follow (`writeWhole`).
    static func writeWholeCount(_ count: Int, to writer: inout ByteWriter) { writer.unsigned(UInt64(count) << 1 | 1) }

    /// A line whole, as level 0 holds it (`store`).
    static func writeWhole(hash: UInt64, version: UInt32, to writer: inout ByteWriter) {
        withUnsafeTemporaryAllocation(byteCount: KeptLines.entryBytes, alignment: 8) { line in
            store(hash: hash, version: version, in: line, at: 0)
            writer.raw(UnsafeRawBufferPointer(line))
        }
    }
}

/// One level's parts, read one at a time (a part is at most 65,536 lines: ~0.8 MB).
private final class LevelParts {
    let level: Int
    private let source: String
    private let statement: Statement
    private var part = 0
    private(set) var bytes: [UInt8] = []
    var offset = 0

    init(source: String, level: Int, database: Database) throws {
        self.level = level
        self.source = source
        statement = try database.prepare("SELECT regels FROM regelreeksdeel WHERE bron = ? AND deel = ?")
    }

    /// Moves to the next part; false after the last.
    func next() throws -> Bool {
        // `rows` clears the bindings when done.
        statement.bind(1, source)
        statement.bind(2, KeptLineLevels.partNumber(level: level, part: part))
        bytes = []
        try statement.rows { bytes = Array($0.blob(0)) }
        part += 1
        offset = 0
        return !bytes.isEmpty
    }

    /// The part's next entry (above level 0), nil at its end.
    func entry() throws -> (count: Int, whole: Bool, passed: Int)? {
        guard offset < bytes.count else { return nil }
        return try bytes.withUnsafeBufferPointer { bytes in
            guard let head = ByteReader.unsigned(in: bytes, at: &offset), head >> 1 <= UInt32.max else { throw KeptLineLevels.Broken() }
            let count = Int(head >> 1)
            if head & 1 == 1 {
                guard offset + count * KeptLines.entryBytes <= bytes.count else { throw KeptLineLevels.Broken() }
                return (count, true, 0)
            }
            guard let passed = ByteReader.unsigned(in: bytes, at: &offset), passed <= UInt32.max else { throw KeptLineLevels.Broken() }
            return (count, false, Int(passed))
        }
    }
}

/// A level's lines in order.
private protocol LineSource {
    /// The next `count` lines (fewer at the end), handed to `body` (nil: passed over); how many.
    mutating func take(_ count: Int, _ body: ((UnsafeRawBufferPointer) -> Void)?) throws -> Int
}

/// Level 0: the lines whole.
private struct WholeLines: LineSource {
    let parts: LevelParts
    init(_ parts: LevelParts) { self.parts = parts }

    mutating func take(_ count: Int, _ body: ((UnsafeRawBufferPointer) -> Void)?) throws -> Int {
        var taken = 0
        while taken < count {
            let usable = parts.bytes.count - parts.bytes.count % KeptLines.entryBytes
            if parts.offset >= usable {
                guard try parts.next() else { break }
                continue
            }
            let lines = min(count - taken, (usable - parts.offset) / KeptLines.entryBytes)
            if let body { parts.bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[parts.offset..<parts.offset + lines * KeptLines.entryBytes])) } }
            parts.offset += lines * KeptLines.entryBytes
            taken += lines
        }
        return taken
    }
}

/// A level above 0: runs of the level below's lines, and lines whole.
private struct ChangedLines: LineSource {
    let parts: LevelParts
    var below: any LineSource
    private var runLeft = 0
    private var wholeLeft = 0

    init(_ parts: LevelParts, on below: any LineSource) { self.parts = parts; self.below = below }

    mutating func take(_ count: Int, _ body: ((UnsafeRawBufferPointer) -> Void)?) throws -> Int {
        var taken = 0
        while taken < count {
            if runLeft > 0 {
                let lines = min(count - taken, runLeft)
                guard try below.take(lines, body) == lines else { throw KeptLineLevels.Broken() }
                runLeft -= lines
                taken += lines
            } else if wholeLeft > 0 {
                let lines = min(count - taken, wholeLeft)
                let range = parts.offset..<parts.offset + lines * KeptLines.entryBytes
                if let body { parts.bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) } }
                parts.offset = range.upperBound
                wholeLeft -= lines
                taken += lines
            } else if let entry = try parts.entry() {
                if entry.whole {
                    wholeLeft = entry.count
                } else {
                    guard try below.take(entry.passed, nil) == entry.passed else { throw KeptLineLevels.Broken() }
                    runLeft = entry.count
                }
            } else {
                guard try parts.next() else { break }
            }
        }
        return taken
    }
}
