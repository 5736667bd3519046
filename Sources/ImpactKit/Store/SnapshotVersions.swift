import Foundation

/// Storage of a snapshot export that grows with what changed, not with the number of snapshots.
///
/// A versioned table holds one row per *version* of a key (a dossier as it stood for a while), with
/// `van`, the snapshot date it first held, and `tot`, the date of the snapshot that replaced it (NULL:
/// still current). A snapshot on day d is every version with van <= d < tot. A new quarter that repeats
/// a dossier unchanged stores nothing for it; a changed one closes the old version and adds one.
///
/// While one file loads, this keeps, per key hash, what is known of it: the open version's content hash
/// from before, or that this file has loaded it (and on which line, for the duplicate message), or that
/// this file rejected it (then its last valid state stays in force). Packed in 40 bits per key, in a
/// `KeyStateTable` (about 14 bytes a key: 42 MB at three million dossiers): two bits of state, then 38
/// bits of the content hash, or the line (32 bits) and whether an older version was in force. A changed
/// row is taken for unchanged only if 38 bits of its hash agree by chance: once in 2.7e11 changed rows.
final class SnapshotVersions {
    /// Where the file sits among the export's snapshots in force: its date, and the date of the next
    /// newer snapshot (nil when it is the newest: the common case of a new quarter).
    struct Place {
        let day: Int
        let next: Int?
        /// The export (`bronbestand.bron`) whose snapshots these are.
        let source: String
    }

    let place: Place
    private var states: KeyStateTable
    private static let stateMask: UInt64 = 0b11 << 38
    private static let loadedState: UInt64 = 0b01 << 38, rejectedState: UInt64 = 0b10 << 38
    private static let hadOld: UInt64 = 1 << 32

    enum State: Equatable {
        case unknown
        /// An earlier snapshot's version is in force, with this content hash (38 bits of it).
        case open(content: UInt64)
        case loaded(line: Int)
        /// `hadOld`: an earlier snapshot's version was in force (and stays so).
        case rejected(hadOld: Bool)
    }

    /// `expectedRows`: about how many rows the file has (0: not known), so the map is made its size at once.
    init(place: Place, table: TableDescription, database: Database, expectedRows: Int) throws {
        self.place = place
        guard place.next == nil else {      // an older quarter arriving late: see `finish`
            states = KeyStateTable(expectedKeys: expectedRows)
            return
        }
        // The versions in force are the previous snapshot's keys, each a row of its file: its rows read
        // size the map without counting them (a scan of the table: the next quarter of a 1M register
        // 4.97 -> 4.19 s, farm-bench 5 pairs).
        let previous = try database.prepare("""
            SELECT regels_gelezen FROM bronbestand WHERE bron = ? AND vervangen_door IS NULL AND stand_op < ?
            ORDER BY stand_op DESC LIMIT 1
            """)
        previous.bind([.text(place.source), .integer(place.day)])
        let openVersions = try previous.scalar() ?? 0
        // The keys of both, most of them the same dossiers.
        states = KeyStateTable(expectedKeys: max(openVersions, expectedRows) + min(openVersions, expectedRows) / 20)
        let open = try database.prepare("SELECT sleutel_hash, inhoud FROM \(table.name) WHERE tot IS NULL")
        try open.rows { row in states[Int64(row.int(0)!)] = Self.content(row.int(1)!) }
    }

    /// Whether rows the newest snapshot repeats byte for byte can keep their stored version unread:
    /// they were validated when first loaded, and a later snapshot date allows every date it did.
    var comparesWithPrevious: Bool { place.next == nil }

    private subscript(key: Int64) -> UInt64? {
        get { states[key] }
        set { states[key] = newValue }
    }

    func state(_ key: Int64) -> State {
        guard let value = self[key] else { return .unknown }
        switch value & Self.stateMask {
        case 0: return .open(content: value)
        case Self.loadedState: return .loaded(line: Int(value & 0xFFFF_FFFF))
        default: return .rejected(hadOld: value & Self.hadOld != 0)
        }
    }

    static func content(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) & contentBits }
    private static let contentBits: UInt64 = (1 << 38) - 1

    /// This file holds the key on `line`. `replacesOld`: it stored a new version for it, so the one in
    /// force until now ends at this snapshot.
    func markLoaded(_ key: Int64, line: Int, replacesOld: Bool) {
        self[key] = Self.loadedState | (replacesOld ? Self.hadOld : 0) | UInt64(truncatingIfNeeded: line) & 0xFFFF_FFFF
    }

    func markRejected(_ key: Int64) {
        switch state(key) {
        case .loaded: return     // a rejected duplicate: the first row stands
        case .open: self[key] = Self.rejectedState | Self.hadOld
        case .rejected: return
        case .unknown: self[key] = Self.rejectedState
        }
    }

    /// Whether a key this file loads had a version in force before it (which must then be closed).
    func hadVersion(_ state: State) -> Bool {
        switch state {
        case .open: return true
        case .rejected(let hadOld): return hadOld
        case .unknown, .loaded: return false
        }
    }

    /// After the last row: the versions in force before this snapshot end here when the key changed or is
    /// gone; a key the file rejected keeps its version. An older snapshot arriving late is fitted in
    /// between its neighbours (`VersionTimeline`).
    func finish(table: TableDescription, fileID: Int, database: Database) throws {
        try database.execute("CREATE TEMP TABLE IF NOT EXISTS sleutels (h INTEGER PRIMARY KEY); DELETE FROM temp.sleutels")
        let add = try database.prepare("INSERT OR IGNORE INTO temp.sleutels (h) VALUES (?)")
        try forgetRejectionsOfLoadedKeys(fileID: fileID, database: database)
        let timeline = VersionTimeline(table: table, place: place, database: database)
        if place.next != nil {
            try states.forEach { key, value in
                if value & Self.stateMask == Self.rejectedState { add.bind(1, Int(key)); try add.step() }
            }
            try timeline.fitInLateSnapshot(fileID: fileID, rejectedKeys: "SELECT h FROM temp.sleutels")
        } else {
            try states.forEach { key, value in
                let state = value & Self.stateMask
                let closes = state == 0 || (state == Self.loadedState && value & Self.hadOld != 0)
                if closes { add.bind(1, Int(key)); try add.step() }
            }
            try timeline.closeReplaced(keys: "SELECT h FROM temp.sleutels")
        }
        try database.execute("DELETE FROM temp.sleutels")
        states.removeAll()
    }
}

extension SnapshotVersions {
    /// A key this file rejected on one line and loaded from another (a duplicate dossier, one of its rows
    /// valid) is held by the file: its rejection then keeps no key, so it never counts as "rejected".
    private func forgetRejectionsOfLoadedKeys(fileID: Int, database: Database) throws {
        let rejected = try database.prepare("SELECT rowid, sleutel FROM afgekeurd WHERE bestand_id = ? AND sleutel IS NOT NULL")
        rejected.bind(1, fileID)
        var loaded: [Int] = []
        try rejected.rows { row in
            if case .loaded = state(RowHash.of(row.string(1)!)) { loaded.append(row.int(0)!) }
        }
        let forget = try database.prepare("UPDATE afgekeurd SET sleutel = NULL WHERE rowid = ?")
        for rowid in loaded { forget.bind(1, rowid); try forget.step() }
    }
}

extension Store {
    /// Where a snapshot file sits among the other snapshots in force of the same export.
    func place(ofSnapshot fileID: Int) throws -> SnapshotVersions.Place {
        let statement = try database.prepare("""
            SELECT f.stand_op, (SELECT min(o.stand_op) FROM bronbestand o WHERE o.bron = f.bron AND o.vervangen_door IS NULL
                                AND o.id <> f.id AND o.stand_op > f.stand_op), f.bron
            FROM bronbestand f WHERE f.id = ?
            """)
        statement.bind(1, fileID)
        var place: SnapshotVersions.Place?
        try statement.rows { row in place = SnapshotVersions.Place(day: row.int(0) ?? 0, next: row.int(1), source: row.string(2)!) }
        guard let place else { throw StoreError("bestand \(fileID) is niet geregistreerd") }
        return place
    }

    /// A replaced snapshot's versions go (`VersionTimeline.retire`).
    func retireVersions(ofSnapshot fileID: Int, in table: TableDescription) throws {
        try VersionTimeline(table: table, place: try place(ofSnapshot: fileID), database: database).retire()
    }
}

extension TableDescription {
    /// The columns every versioned table ends with.
    public static let versionColumns = """
        van INTEGER NOT NULL,            -- the snapshot date (days since 1970) from which this version holds
                tot INTEGER,                     -- the snapshot date from which it no longer holds; NULL: it still does
                sleutel_hash INTEGER NOT NULL,   -- RowHash of the key
                inhoud INTEGER NOT NULL          -- RowHash of the row as read: unchanged bytes store nothing new
        """

    /// Schema 5 stores snapshots as versions. A table of schema 4 held every snapshot's rows whole: each
    /// becomes a version holding from its own snapshot to the next, and a key a snapshot rejected gets
    /// the earlier valid state it fell back on, so every figure stays what it was. (`inhoud` 0: the next
    /// snapshot stores its rows anew once.)
    var upgradeToVersions: [String] {
        guard case .versioned(let key, _, _) = rows else { return [] }
        let old = name + "_schema4"
        let names = ["bestand_id", "regel"] + columns
        let values = names.joined(separator: ", "), fromOld = names.map { "r." + $0 }.joined(separator: ", ")
        let views = schema.compactMap { statement -> String? in
            guard let range = statement.range(of: "CREATE VIEW IF NOT EXISTS ") else { return nil }
            return statement[range.upperBound...].split(separator: " ").first.map { "DROP VIEW IF EXISTS \($0)" }
        }
        let next = "(SELECT min(o.stand_op) FROM bronbestand o WHERE o.bron = s.bron AND o.vervangen_door IS NULL AND o.stand_op > s.stand_op)"
        return views + ["ALTER TABLE \(name) RENAME TO \(old)", schema[0], """
            INSERT INTO \(name) (\(values), van, tot, sleutel_hash, inhoud)
            SELECT \(fromOld),
                   s.stand_op, \(next), impact_sleutel(r.\(key)), 0
            FROM \(old) r JOIN bronbestand s ON s.id = r.bestand_id
            """, """
            INSERT INTO \(name) (\(values), van, tot, sleutel_hash, inhoud)
            SELECT \(fromOld),
                   s.stand_op, \(next), impact_sleutel(r.\(key)), 0
            FROM (SELECT DISTINCT bestand_id, sleutel FROM afgekeurd WHERE sleutel IS NOT NULL) a
            JOIN bronbestand s ON s.id = a.bestand_id
            JOIN \(old) r ON r.\(key) = a.sleutel AND r.bestand_id = (
                SELECT o.id FROM bronbestand o JOIN \(old) e ON e.bestand_id = o.id AND e.\(key) = a.sleutel
                WHERE o.bron = s.bron AND o.vervangen_door IS NULL AND o.stand_op < s.stand_op ORDER BY o.stand_op DESC LIMIT 1)
            WHERE NOT EXISTS (SELECT 1 FROM \(old) t WHERE t.bestand_id = a.bestand_id AND t.\(key) = a.sleutel)
            """, "DROP TABLE \(old)"]
    }
}
