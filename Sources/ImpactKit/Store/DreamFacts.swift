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
    public func forEachDream(inFile fileID: Int, _ body: (DreamFact) throws -> Void) throws {
        let statement = try database.prepare("""
            SELECT kindnummer, programma, ontvangen_op, kanaal, leeftijd, pc4, categorie, status, gesprek_op,
                   verbonden_met, verbonden_op, ouders_verbonden
            FROM droom_stand WHERE bestand_id = ?
            """)
        statement.bind(1, fileID)
        try statement.rows { row in
            try body(DreamFact(
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
                parentsConnected: row.int(11) == 1))
        }
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
