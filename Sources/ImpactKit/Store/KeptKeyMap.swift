/// What the next quarter's key map is filled from (`SnapshotVersions`), kept in the database: the key
/// hash, content hash and rowid of the versions stored, in parts. Each newest snapshot adds the parts of
/// the versions it stores, written by the writing thread as it stores them; a version that has ended is
/// skipped when the parts are read (the ends' table says which). A quarter thus writes only what it
/// changed, and the next one reads ~17 bytes a version instead of scanning the table's rows: the
/// scan was the map's phase of the next quarter of the 1M-dossier register (~0.35 s, both cores busy).
///
/// The parts hold only while the stamp the last newest snapshot wrote holds (the snapshots in force, the
/// table's last version and last end); a late or replaced quarter forgets them. Otherwise, or once they
/// hold twice as many entries as versions in force, the table is scanned as before and the scan writes
/// the versions in force as new parts. (Ordered within a part by the key's top byte, the map's shard,
/// the next quarter's fill was no faster: A/B 0.98 wall, 0.99 CPU, 11 pairs.)
struct KeptKeyMap {
    let table: TableDescription
    let database: Database

    typealias Entry = (key: Int64, content: Int, version: Int)
    /// Key hash (8 bytes), content hash (the low 5 bytes: 38 bits are compared), rowid (4), little-endian.
    static let entryBytes = 17
    private static let format = 1

    /// How many entries the parts kept for `source` hold, if they still describe the table (their
    /// stamp holds); nil otherwise. `loading`: the file being loaded.
    func entries(source: String, loading fileID: Int) throws -> Int? {
        let statement = try database.prepare("""
            SELECT stempel, (SELECT coalesce(sum(length(kaart)), 0) FROM sleutelkaartdeel WHERE bron = ?1) FROM sleutelkaart WHERE bron = ?1
            """)
        statement.bind(1, source)
        var kept: (stamp: String, bytes: Int)?
        try statement.rows { row in kept = (row.string(0) ?? "", row.integer(1)) }
        guard let kept, kept.stamp == (try stamp(source: source, excluding: fileID)) else { return nil }
        return kept.bytes / Self.entryBytes
    }

    /// Every entry of the parts, in the order written, but those `skipping` says have ended.
    func read(source: String, skipping ended: EndedVersions, _ body: (Entry) throws -> Void) throws {
        let parts = try database.prepare("SELECT kaart FROM sleutelkaartdeel WHERE bron = ? ORDER BY deel")
        parts.bind(1, source)
        try parts.rows { row in
            let part = row.blob(0)
            for at in stride(from: 0, to: part.count - part.count % Self.entryBytes, by: Self.entryBytes) {
                let version = Int(UInt32(littleEndian: part.loadUnaligned(fromByteOffset: at + 13, as: UInt32.self)))
                if ended.contains(version) { continue }
                try body((Int64(littleEndian: part.loadUnaligned(fromByteOffset: at, as: Int64.self)),
                          Int(UInt64(littleEndian: part.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self)) & 0xFF_FFFF_FFFF),
                          version))
            }
        }
    }

    /// Where further parts of `source` are written.
    func parts(source: String) throws -> KeyMapParts { try KeyMapParts(source: source, database: database) }

    /// After the newest snapshot's versions, ends and parts are stored: the parts hold from now on, unless
    /// a version's rowid no longer fits their 4 bytes (never in practice): then they go.
    func keepStamp(source: String) throws {
        let lastVersion = try database.prepare("SELECT max(rowid) FROM \(table.name)").scalar() ?? 0
        guard lastVersion <= UInt32.max else { return try forget(source: source) }
        let statement = try database.prepare("INSERT OR REPLACE INTO sleutelkaart (bron, stempel) VALUES (?, ?)")
        statement.bind([.text(source), .text(try stamp(source: source, excluding: nil))])
        try statement.step()
    }

    func forget(source: String) throws { try KeptStamp(table: table, database: database).forget(["sleutelkaart", "sleutelkaartdeel"], source: source) }

    /// What the parts depend on: the snapshots of `source` in force (`excluding` the one being loaded),
    /// and the table's last version and last end (a newer one means the table changed since).
    private func stamp(source: String, excluding fileID: Int?) throws -> String {
        "kaart=\(Self.format);" + (try KeptStamp(table: table, database: database).value(source: source, excluding: fileID))
    }
}

/// Parts of a kept key map being written (`KeptKeyMap`), `entriesPerPart` entries at a time. Used by one
/// thread at a time.
final class KeyMapParts {
    static let entriesPerPart = 16_384
    private let insert: Statement
    private let source: String
    private var next: Int
    private var bytes: [UInt8]
    private var used = 0

    init(source: String, database: Database) throws {
        self.source = source
        let last = try database.prepare("SELECT max(deel) FROM sleutelkaartdeel WHERE bron = ?")
        last.bind(1, source)
        next = (try last.scalar() ?? -1) + 1
        insert = try database.prepare("INSERT INTO sleutelkaartdeel (bron, deel, kaart) VALUES (?, ?, ?)")
        bytes = [UInt8](repeating: 0, count: Self.entriesPerPart * KeptKeyMap.entryBytes)
    }

    func add(_ entry: KeptKeyMap.Entry) throws {
        bytes.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: entry.key.littleEndian, toByteOffset: used, as: Int64.self)
            // The content as 8 bytes, of which the version then overwrites the 3 not kept (within the part:
            // the last entry's content ends a byte before it).
            raw.storeBytes(of: UInt64(truncatingIfNeeded: entry.content).littleEndian, toByteOffset: used + 8, as: UInt64.self)
            raw.storeBytes(of: UInt32(truncatingIfNeeded: entry.version).littleEndian, toByteOffset: used + 13, as: UInt32.self)
        }
        used += KeptKeyMap.entryBytes
        if used == Self.entriesPerPart * KeptKeyMap.entryBytes { try flush() }
    }

    /// Writes the entries added since the last part as a part of their own.
    func flush() throws {
        guard used > 0 else { return }
        insert.bind([.text(source), .integer(next)])
        bytes.withUnsafeBytes { insert.bind(3, blob: UnsafeRawBufferPointer(rebasing: $0[0..<used])) }
        try insert.step()
        next += 1
        used = 0
    }
}
