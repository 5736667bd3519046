/// The read side of the dreams table: one snapshot's dossiers, streamed, with categories as indexes
/// into the export's vocabularies (no String is made for them: a snapshot can hold a million rows).
/// `child` and `partner` point into SQLite's row: valid only during the callback.
public struct DreamFact {
    public var child: UnsafeBufferPointer<UInt8>
    public var programme: Int
    public var received: Int
    public var channel: Int
    public var age: Int
    public var pc4: Int?
    public var category: Int
    public var status: Int
    public var conversation: Int?
    public var partner: UnsafeBufferPointer<UInt8>
    public var connected: Int?
    public var parentsConnected: Bool
}

extension Store {
    /// Every dossier of one snapshot. A dossier whose row this snapshot rejected (a typo in the latest
    /// export) is not lost: its state comes from the newest earlier snapshot that had it valid.
    public func forEachDream(inFile fileID: Int, _ body: (DreamFact) throws -> Void) throws {
        let columns = "kindnummer, programma, ontvangen_op, kanaal, leeftijd, pc4, categorie, status, gesprek_op, verbonden_met, verbonden_op, ouders_verbonden"
        let statement = try database.prepare("SELECT \(columns) FROM droom_stand WHERE bestand_id = ?")
        statement.bind(1, fileID)
        try statement.rows { row in try body(Self.dreamFact(row)) }
        let earlier = try database.prepare("SELECT \(columns) FROM droom_stand WHERE bestand_id = ? AND dossiernummer = ?")
        try forEachEarlierState(of: fileID, table: "droom_stand", key: "dossiernummer") { olderFile, key in
            earlier.bind([.integer(olderFile), .text(key)])
            var found = false
            try earlier.rows { row in found = true; try body(Self.dreamFact(row)) }
            return found
        }
    }

    /// For each key this snapshot rejected and does not hold, asks `lookup` in the earlier snapshots of the
    /// same source in force, newest first, until one has it. The keys are the few rejected rows.
    func forEachEarlierState(of fileID: Int, table: String, key: String, _ lookup: (Int, String) throws -> Bool) throws {
        let keys = try database.prepare("""
            SELECT DISTINCT a.sleutel FROM afgekeurd a WHERE a.bestand_id = ?1 AND a.sleutel IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM \(table) t WHERE t.bestand_id = ?1 AND t.\(key) = a.sleutel) ORDER BY a.sleutel
            """)
        keys.bind(1, fileID)
        var rejected: [String] = []
        try keys.rows { row in rejected.append(row.string(0)!) }
        guard !rejected.isEmpty else { return }
        let older = try database.prepare("""
            SELECT o.id FROM bronbestand o JOIN bronbestand s ON s.id = ?
            WHERE o.bron = s.bron AND o.vervangen_door IS NULL AND o.stand_op < s.stand_op ORDER BY o.stand_op DESC
            """)
        older.bind(1, fileID)
        var files: [Int] = []
        try older.rows { row in files.append(row.int(0)!) }
        for key in rejected {
            for file in files where try lookup(file, key) { break }
        }
    }

    static func dreamFact(_ row: Row) -> DreamFact {
            DreamFact(
                child: row.bytes(0),
                programme: Dromenregister.programmes.index(ofUTF8: row.bytes(1)) ?? 0,
                received: row.int(2) ?? 0,
                channel: Dromenregister.channels.index(ofUTF8: row.bytes(3)) ?? 0,
                age: row.int(4) ?? 0,
                pc4: row.int(5),
                category: Dromenregister.categories.index(ofUTF8: row.bytes(6)) ?? 0,
                status: Dromenregister.statuses.index(ofUTF8: row.bytes(7)) ?? 0,
                conversation: row.int(8),
                partner: row.bytes(9),
                connected: row.int(10),
                parentsConnected: row.int(11) == 1)
    }

    func dreamCount(inFile fileID: Int) throws -> Int {
        let statement = try database.prepare("SELECT count(*) FROM droom_stand WHERE bestand_id = ?")
        statement.bind(1, fileID)
        return try statement.scalar() ?? 0
    }

    /// PC4 -> stadsdeel, from the postcode table in force.
    public func postcodeAreas() throws -> [Int: String] {
        var areas: [Int: String] = [:]
        try database.prepare("SELECT pc4, stadsdeel FROM postcode_stadsdeel").rows { row in areas[row.int(0)!] = row.string(1)! }
        return areas
    }
}
