/// The newest snapshot's lines as read, in its file's order: per line stored or repeated, the hash of its
/// bytes (`LineHash`) and the version it stands for. The next quarter's reading thread skips a line whose
/// hash is the one expected next (`LineSkipper`): neither split, checked nor counted, its version stays
/// in force. A record with quotes is one "line" however many line breaks its quoted fields hold; rejected
/// lines, and the rare record the reading splits between two chunks, are not kept (they are read as any other).
///
/// The lines hold only while the stamp written with them holds: the same snapshots in force, the
/// table's last version and last end (`KeptStamp`, as for `KeptKeyMap`), and the same layout (encoding,
/// header, column renames, build of impact: `Ingestor.lineLayout`): the same bytes then mean the same row. Each newest snapshot writes them anew, in
/// parts, on the writing thread; a late or replaced quarter forgets them.
struct KeptLines {
    let table: TableDescription
    let database: Database

    /// Hash (8 bytes) and rowid (4), little-endian.
    static let entryBytes = 12
    private static let format = 1

    /// The lines kept for `source`, for the reading thread to skip, if their stamp holds for a file of
    /// `layout`; nil otherwise (or when there are none). `loading`: the file being loaded.
    func skipper(source: String, layout: String, loading fileID: Int) throws -> LineSkipper? {
        let stamp = try database.prepare("SELECT stempel FROM regelreeks WHERE bron = ?")
        stamp.bind(1, source)
        var kept: String?
        try stamp.rows { kept = $0.string(0) }
        guard let kept, kept == (try self.stamp(source: source, layout: layout, excluding: fileID)) else { return nil }
        let size = try database.prepare("SELECT coalesce(sum(length(regels) - length(regels) % \(Self.entryBytes)), 0) FROM regelreeksdeel WHERE bron = ?")
        size.bind(1, source)
        // Nil too when no memory could be had for them: the file is then read as any other.
        guard let lines = try size.scalar(), lines > 0, let skipper = LineSkipper(lineCount: lines / Self.entryBytes) else { return nil }
        let read = try database.prepare("SELECT regels FROM regelreeksdeel WHERE bron = ? ORDER BY deel")
        read.bind(1, source)
        try read.rows { row in
            let part = row.blob(0)
            skipper.append(UnsafeRawBufferPointer(rebasing: part.prefix(part.count - part.count % Self.entryBytes)))
        }
        return skipper
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
/// the rows in the same order, takes the rowids from `stored`.
final class LineParts: @unchecked Sendable {
    static let entriesPerPart = 65_536
    /// Filled on the checking thread, handed to the writing thread when full.
    private var pending: [(hash: UInt64, version: UInt32)] = []
    /// The rowids of the versions stored, in order, not yet given to a line: the writing thread's own.
    private var stored: [Int] = []
    private var storedTaken = 0
    private let insert: Statement
    private let source: String
    private var part = 0
    /// A version marked "the next stored".
    private static let nextStored: UInt32 = 0

    init(source: String, database: Database) throws {
        self.source = source
        insert = try database.prepare("INSERT INTO regelreeksdeel (bron, deel, regels) VALUES (?, ?, ?)")
        pending.reserveCapacity(Self.entriesPerPart)
    }

    /// On the checking thread: a line kept with its version (nil: the next version stored; every version
    /// stored is added, a line `hash` 0 (none) only to take its rowid). Returns the lines to hand to the
    /// writing thread when a part is full.
    func add(hash: UInt64, version: UInt32?) -> [(hash: UInt64, version: UInt32)]? {
        pending.append((hash, version ?? Self.nextStored))
        guard pending.count == Self.entriesPerPart else { return nil }
        return take()
    }

    /// On the checking thread: lines the reading thread skipped, kept with their versions, a batch at
    /// once; `full` gets each part to hand to the writing thread.
    func add(_ lines: ArraySlice<SkippedLine>, full: ([(hash: UInt64, version: UInt32)]) throws -> Void) rethrows {
        var rest = lines
        while !rest.isEmpty {
            let now = rest.prefix(Self.entriesPerPart - pending.count)
            pending.append(contentsOf: now.lazy.map { ($0.hash, $0.version) })
            rest = rest.dropFirst(now.count)
            if pending.count == Self.entriesPerPart { try full(take()) }
        }
    }

    func take() -> [(hash: UInt64, version: UInt32)] {
        defer { pending = []; pending.reserveCapacity(Self.entriesPerPart) }
        return pending
    }

    /// On the writing thread, as each version is stored.
    func stored(_ rowid: Int) { stored.append(rowid) }

    /// On the writing thread, after the rows stored before these lines: writes them as a part.
    func write(_ lines: [(hash: UInt64, version: UInt32)]) throws {
        guard !failed else { return }
        // Stored into the part's bytes in place: appended 8 and 4 bytes at a time, each append checked
        // the array's capacity and uniqueness.
        let bytes = [UInt8](unsafeUninitializedCapacity: lines.count * KeptLines.entryBytes) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            count = 0
            for line in lines {
                var version = line.version
                if version == Self.nextStored {
                    // Never expected; the lines are then not kept (`consistent`), the load goes on.
                    guard storedTaken < stored.count, let rowid = UInt32(exactly: stored[storedTaken]) else { failed = true; return }
                    version = rowid
                    storedTaken += 1
                }
                guard line.hash != 0 else { continue }
                raw.storeBytes(of: line.hash.littleEndian, toByteOffset: count, as: UInt64.self)
                raw.storeBytes(of: version.littleEndian, toByteOffset: count + 8, as: UInt32.self)
                count += KeptLines.entryBytes
            }
        }
        guard !failed else { return }
        if storedTaken > 4_096 { stored.removeFirst(storedTaken); storedTaken = 0 }
        guard !bytes.isEmpty else { return }
        insert.bind([.text(source), .integer(part)])
        bytes.withUnsafeBytes { insert.bind(3, blob: $0) }
        try insert.step()
        part += 1
    }

    private var failed = false

    /// On the writing thread, after the last part: whether every version stored was given its line.
    var consistent: Bool { !failed && storedTaken == stored.count }
}
