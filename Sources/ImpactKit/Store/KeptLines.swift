/// The newest snapshot's lines as read, in its file's order: per line stored or repeated, the hash of its
/// bytes (`LineHash`) and the version it stands for. The next quarter's reading thread skips a line whose
/// hash is the one expected next (`LineSkipper`): neither split, checked nor counted, its version stays
/// in force. A record with quotes is one "line" however many line breaks its quoted fields hold; rejected
/// lines, and the rare record the reading splits between two chunks, are not kept (they are read as any other).
///
/// The lines hold only while the stamp written with them holds: the same snapshots in force, the
/// table's last version and last end (`KeptStamp`, as for `KeptKeyMap`), and the same layout (encoding,
/// header, column renames, build of impact: `Ingestor.lineLayout`): the same bytes then mean the same
/// row. Each newest snapshot writes them, in parts, on the writing thread: as changes on the lines it
/// skipped from (`KeptLineLevels`), or whole; a late or replaced quarter forgets them.
struct KeptLines {
    let table: TableDescription
    let database: Database

    /// Hash (8 bytes) and rowid (4), little-endian.
    static let entryBytes = 12
    private static let format = 2

    /// Whether any snapshot's lines are kept: a next quarter may then skip lines (`ReadingTextCheck`).
    static func anyKept(database: Database) throws -> Bool {
        try database.prepare("SELECT EXISTS (SELECT 1 FROM regelreeks)").scalar() == 1
    }

    /// The lines kept for `source`, for the reading thread to skip, if their stamp holds for a file of
    /// `layout`; nil otherwise (or when there are none). `loading`: the file being loaded.
    func skipper(source: String, layout: String, loading fileID: Int) throws -> LineSkipper? {
        let stamp = try database.prepare("SELECT stempel FROM regelreeks WHERE bron = ?")
        stamp.bind(1, source)
        var kept: String?
        try stamp.rows { kept = $0.string(0) }
        guard let kept, kept == (try self.stamp(source: source, layout: layout, excluding: fileID)) else { return nil }
        let levels = KeptLineLevels(source: source, database: database)
        // Nil too when no memory could be had for them, or their levels do not fit together (never
        // written so): the file is then read as any other.
        do {
            guard let sizes = try levels.sizes() else { return nil }
            let lines = try levels.lineCount(levels: sizes.count)
            guard lines > 0, let skipper = LineSkipper(lineCount: lines) else { return nil }
            guard try levels.read(levels: sizes.count, { skipper.append($0) }) == lines else { return nil }
            return skipper
        } catch is KeptLineLevels.Broken {
            return nil
        }
    }

    /// Where the lines of the file being loaded are kept: as a level of changes on those the reading
    /// thread skips from (`onTopOfSkipped`), while the levels are few and their changes small beside
    /// the whole lines; else whole, the lines kept before forgotten.
    func parts(source: String, onTopOfSkipped: Bool) throws -> LineParts {
        let levels = KeptLineLevels(source: source, database: database)
        if onTopOfSkipped, let sizes = try levels.sizes(), KeptLineLevels.takesAnother(sizes) {
            return try LineParts(source: source, level: sizes.count, database: database)
        }
        try forget(source: source)
        return try LineParts(source: source, level: 0, database: database)
    }

    /// After the newest snapshot's versions, ends and lines are stored: the lines hold from now on.
    func keepStamp(source: String, layout: String) throws {
        let statement = try database.prepare("INSERT OR REPLACE INTO regelreeks (bron, stempel) VALUES (?, ?)")
        statement.bind([.text(source), .text(try stamp(source: source, layout: layout, excluding: nil))])
        try statement.step()
    }

    func forget(source: String) throws { try KeptStamp(table: table, database: database).forget(["regelreeks", "regelreeksdeel"], source: source) }

    private func stamp(source: String, layout: String, excluding fileID: Int?) throws -> String {
        "regels=\(Self.format);" + (try KeptStamp(table: table, database: database).value(source: source, excluding: fileID)) + ";layout=\(layout)"
    }
}

/// The lines of the snapshot being loaded, kept as they are checked (`KeptLines`): made on the checking
/// thread in the file's order, written in parts by the writing thread. A line stored anew gets its
/// version's rowid only there: it is added as "the next stored", and the writing thread, which stores
/// the rows in the same order, takes the rowids from `stored`. At `level` 0 the lines are written
/// whole; above, as changes on the level below (`KeptLineLevels`): the lines skipped as runs of those
/// kept before, the others whole.
final class LineParts: @unchecked Sendable {
    static let entriesPerPart = 65_536
    /// A line, and its place among the lines kept before if it was skipped (else `notSkipped`).
    typealias Entry = (hash: UInt64, version: UInt32, keptPosition: UInt32)
    static let notSkipped = UInt32.max
    /// Filled on the checking thread, handed to the writing thread when full.
    private var pending: [Entry] = []
    /// The rowids of the versions stored, in order, not yet given to a line: the writing thread's own.
    private var stored: [Int] = []
    private var storedTaken = 0
    private let insert: Statement
    private let source: String
    let level: Int
    private var part = 0
    /// Above level 0: the place among the lines kept before that the last run ended at.
    private var keptReached = 0
    /// A version marked "the next stored".
    private static let nextStored: UInt32 = 0

    init(source: String, level: Int, database: Database) throws {
        self.source = source
        self.level = level
        insert = try database.prepare("INSERT INTO regelreeksdeel (bron, deel, regels) VALUES (?, ?, ?)")
        pending.reserveCapacity(Self.entriesPerPart)
    }

    /// On the checking thread: a line kept with its version (nil: the next version stored; every version
    /// stored is added, a line `hash` 0 (none) only to take its rowid). Returns the lines to hand to the
    /// writing thread when a part is full.
    func add(hash: UInt64, version: UInt32?) -> [Entry]? {
        pending.append((hash, version ?? Self.nextStored, Self.notSkipped))
        guard pending.count == Self.entriesPerPart else { return nil }
        return take()
    }

    /// On the checking thread: lines the reading thread skipped, kept with their versions, a batch at
    /// once; `full` gets each part to hand to the writing thread.
    func add(_ lines: ArraySlice<SkippedLine>, full: ([Entry]) throws -> Void) rethrows {
        var rest = lines
        while !rest.isEmpty {
            let now = rest.prefix(Self.entriesPerPart - pending.count)
            // A loop over the lines' memory: appended from a lazy map, each line went through the
            // sequence's iterator (23.5M instructions for the ~950,000 lines of the 1M next quarter).
            now.withUnsafeBufferPointer { lines in
                for line in lines { pending.append((line.hash, line.version, line.keptPosition)) }
            }
            rest = rest.dropFirst(now.count)
            if pending.count == Self.entriesPerPart { try full(take()) }
        }
    }

    func take() -> [Entry] {
        defer { pending = []; pending.reserveCapacity(Self.entriesPerPart) }
        return pending
    }

    /// On the writing thread, as each version is stored.
    func stored(_ rowid: Int) { stored.append(rowid) }

    /// On the writing thread, after the rows stored before these lines: writes them as a part.
    func write(_ lines: [Entry]) throws {
        guard !failed else { return }
        let bytes = level == 0 ? whole(lines) : changes(lines)
        guard !failed else { return }
        if storedTaken > 4_096 { stored.removeFirst(storedTaken); storedTaken = 0 }
        guard !bytes.isEmpty else { return }
        insert.bind([.text(source), .integer(KeptLineLevels.partNumber(level: level, part: part))])
        bytes.withUnsafeBytes { insert.bind(3, blob: $0) }
        try insert.step()
        part += 1
    }

    /// A line's version, a line stored anew given its rowid (nil, and the lines not kept: never expected).
    private func version(of line: Entry) -> UInt32? {
        guard line.version == Self.nextStored else { return line.version }
        guard storedTaken < stored.count, let rowid = UInt32(exactly: stored[storedTaken]) else { failed = true; return nil }
        storedTaken += 1
        return rowid
    }

    /// The lines whole, 12 bytes each. Stored into the part's bytes in place: appended 8 and 4 bytes at
    /// a time, each append checked the array's capacity and uniqueness.
    private func whole(_ lines: [Entry]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: lines.count * KeptLines.entryBytes) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            count = 0
            for line in lines {
                guard let version = version(of: line) else { return }
                guard line.hash != 0 else { continue }
                KeptLineLevels.store(hash: line.hash, version: version, in: raw, at: count)
                count += KeptLines.entryBytes
            }
        }
    }

    /// The lines as changes on the level below (`KeptLineLevels`): each run of lines skipped one after
    /// the other there, and the others whole.
    private func changes(_ lines: [Entry]) -> [UInt8] {
        var writer = ByteWriter(reserving: 4096)
        var index = 0
        while index < lines.count && !failed {
            if lines[index].keptPosition == Self.notSkipped {
                var end = index
                while end < lines.count && lines[end].keptPosition == Self.notSkipped { end += 1 }
                let kept = lines[index..<end].lazy.filter { $0.hash != 0 }.count
                if kept > 0 { KeptLineLevels.writeWholeCount(kept, to: &writer) }
                for line in lines[index..<end] {
                    guard let version = version(of: line) else { return [] }
                    if line.hash != 0 { KeptLineLevels.writeWhole(hash: line.hash, version: version, to: &writer) }
                }
                index = end
            } else {
                let start = Int(lines[index].keptPosition)
                var end = index + 1
                while end < lines.count && lines[end].keptPosition != Self.notSkipped && Int(lines[end].keptPosition) == start + end - index { end += 1 }
                // The reading thread only looks forward: a run before the last one was never written so.
                guard start >= keptReached else { failed = true; return [] }
                KeptLineLevels.writeRun(count: end - index, after: start - keptReached, to: &writer)
                keptReached = start + end - index
                index = end
            }
        }
        return writer.bytes
    }

    private var failed = false

    /// On the writing thread, after the last part: whether every version stored was given its line, and
    /// a level above 0 holds any (one with none would leave the level below to stand for this file).
    var consistent: Bool { !failed && storedTaken == stored.count && (level == 0 || part > 0) }
}
