/// The Dromenregister's tables: the dossiers' versions over the quarterly snapshots, and the PC4 ->
/// stadsdeel lookup. Programma, Kanaal, Categorie and Status are stored as their place in the export's
/// vocabularies (schema 7; the `dromen` view shows the text), and read back as such: no String is made
/// for them, and a snapshot can hold a million rows.
enum DromenTables {
    static let dreams = TableDescription(
        name: "droom_stand",
        columns: ["dossiernummer", "kindnummer", "programma", "ontvangen_op", "kanaal", "leeftijd", "pc4", "categorie", "status",
                  "gesprek_op", "verbonden_met", "verbonden_op", "ouders_verbonden"],
        rows: .versioned(column: "dossiernummer", exportColumn: Dromenregister.Column.dossier, noun: "dit dossiernummer"),
        schema: ["""
            CREATE TABLE IF NOT EXISTS droom_stand (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the file this version came from
                dossiernummer TEXT NOT NULL,
                kindnummer TEXT NOT NULL,
                programma INTEGER NOT NULL,      -- index into Dromenregister.programmes (0: Als ik later groot ben)
                ontvangen_op INTEGER NOT NULL,
                kanaal INTEGER NOT NULL,         -- index into Dromenregister.channels
                leeftijd INTEGER NOT NULL,
                pc4 INTEGER,
                categorie INTEGER NOT NULL,      -- index into Dromenregister.categories
                status INTEGER NOT NULL,         -- index into Dromenregister.statuses
                gesprek_op INTEGER,
                verbonden_met TEXT,
                verbonden_op INTEGER,
                ouders_verbonden INTEGER,
                regel INTEGER NOT NULL,
                \(TableDescription.versionColumns)
            )
            """, """
            CREATE VIEW IF NOT EXISTS dromen AS
            SELECT b.momentopname, d.dossiernummer, d.kindnummer, \(label("d.programma", Dromenregister.programmes)) AS programma,
                   date(d.ontvangen_op * 86400, 'unixepoch') AS ontvangen_op, \(label("d.kanaal", Dromenregister.channels)) AS kanaal,
                   d.leeftijd, d.pc4, coalesce(p.stadsdeel, 'Onbekend') AS stadsdeel,
                   \(label("d.categorie", Dromenregister.categories)) AS categorie, \(label("d.status", Dromenregister.statuses)) AS status,
                   date(d.gesprek_op * 86400, 'unixepoch') AS gesprek_op, d.verbonden_met,
                   date(d.verbonden_op * 86400, 'unixepoch') AS verbonden_op, d.ouders_verbonden
            FROM bronbestand b JOIN droom_stand d ON d.van <= b.stand_op LEFT JOIN droom_stand_einde e ON e.versie = d.versie
            LEFT JOIN postcode_stadsdeel p ON p.pc4 = d.pc4
            WHERE b.bron = 'dromen' AND b.vervangen_door IS NULL AND (e.tot IS NULL OR e.tot > b.stand_op)
            """])

    /// The newest table ingested is the one in force: a newer file retires the older one's rows.
    static let postcodes = TableDescription(
        name: "postcode_stadsdeel", columns: ["pc4", "stadsdeel"],
        rows: .keyed(column: "pc4", exportColumn: "PC4", noun: "deze PC4"),
        schema: ["""
            CREATE TABLE IF NOT EXISTS postcode_stadsdeel (
                pc4 INTEGER PRIMARY KEY,
                stadsdeel TEXT NOT NULL,
                bestand_id INTEGER REFERENCES bronbestand(id),
                regel INTEGER
            )
            """])

    /// Schema 4 gave the postcode table the file and line every table has; an existing table gets them
    /// from the table in force. Schema 7 stores the four vocabularies' values as indexes: the table is
    /// made anew (as schema 7 had it, with its ends in its rows) with its rows and rowids converted.
    static let upgrades: [Int: [String]] = [3: [
        "ALTER TABLE postcode_stadsdeel ADD COLUMN bestand_id INTEGER REFERENCES bronbestand(id)",
        "ALTER TABLE postcode_stadsdeel ADD COLUMN regel INTEGER",
        "UPDATE postcode_stadsdeel SET bestand_id = (SELECT max(id) FROM bronbestand WHERE bron = 'postcodes' AND vervangen_door IS NULL), regel = 0",
    ], 6: {
        let names = ["rowid", "bestand_id", "regel"] + dreams.columns + ["van", "tot", "sleutel_hash", "inhoud"]
        let indexed = ["programma": Dromenregister.programmes, "kanaal": Dromenregister.channels,
                       "categorie": Dromenregister.categories, "status": Dromenregister.statuses]
        let values = names.map { name in indexed[name].map { index("r." + name, $0) } ?? "r." + name }
        return ["DROP VIEW IF EXISTS dromen", "ALTER TABLE droom_stand RENAME TO droom_stand_schema6", dreams.createWithEnd,
                "INSERT INTO droom_stand (\(names.joined(separator: ", "))) SELECT \(values.joined(separator: ", ")) FROM droom_stand_schema6 r",
                "DROP TABLE droom_stand_schema6"]
    }()]

    /// SQL for the text of a stored index (`CASE d.kanaal WHEN 0 THEN 'Brievenbus' ... END`).
    static func label(_ column: String, _ vocabulary: Vocabulary) -> String {
        "CASE \(column)" + vocabulary.labels.enumerated().map { " WHEN \($0.offset) THEN \(quoted($0.element))" }.joined() + " END"
    }

    /// SQL for the index of a stored text, for the upgrade (a text outside the vocabulary stays as it is).
    static func index(_ column: String, _ vocabulary: Vocabulary) -> String {
        "CASE \(column)" + vocabulary.labels.enumerated().map { " WHEN \(quoted($0.element)) THEN \($0.offset)" }.joined() + " ELSE \(column) END"
    }

    private static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}

/// One dossier of a snapshot as the figures read it. `child` and `partner` point into SQLite's row:
/// valid only during the callback.
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
    /// Every dossier of one snapshot; one whose row this snapshot rejected counts in its last valid state.
    public func forEachDream(inFile fileID: Int, _ body: (DreamFact) throws -> Void) throws {
        try forEachRow(ofSnapshot: fileID, in: DromenTables.dreams, columns: Self.dreamColumns) { row in try body(Self.dreamFact(row)) }
    }

    /// The same in parts read at once (`Store.forEachRow(ofSnapshot:in:columns:parts:_:)`), for the caller to merge.
    func forEachDream<Part>(inFile fileID: Int, parts: () -> Part, finish: (inout Part) -> Void,
                            _ body: (inout Part, DreamFact) throws -> Void) throws -> [Part] {
        try forEachRow(ofSnapshot: fileID, in: DromenTables.dreams, columns: Self.dreamColumns, parts: parts, finish: finish) { part, row in
            try body(&part, Self.dreamFact(row))
        }
    }

    /// The same by Dossiernummer, each with its number and the file and line its version was read from
    /// (for `impact explain`).
    func forEachDream(inFile fileID: Int, located body: (DreamFact, _ dossier: String, _ file: Int, _ line: Int) throws -> Void) throws {
        try forEachRow(ofSnapshot: fileID, in: DromenTables.dreams, columns: Self.dreamColumns + ", dossiernummer, bestand_id, regel",
                       order: "dossiernummer") { row in try body(Self.dreamFact(row), row.string(12)!, row.int(13)!, row.int(14)!) }
    }

    /// The dreams of some versions, by rowid (those a snapshot's rejected keys keep or it ended:
    /// `SnapshotTally.complete`), those found (`DreamsByVersion`).
    func forEachDream(versions: [Int], _ body: (_ version: Int, DreamFact) throws -> Void) throws {
        try DreamsByVersion(self).forEach(versions, body)
    }

    static let dreamColumns = "kindnummer, programma, ontvangen_op, kanaal, leeftijd, pc4, categorie, status, gesprek_op, verbonden_met, verbonden_op, ouders_verbonden"

    /// A row of `dreamColumns`, starting at column `first`.
    static func dreamFact(_ row: Row, from first: Int32 = 0) -> DreamFact {
        DreamFact(
            child: row.bytes(first),
            programme: row.integer(first + 1),
            received: row.integer(first + 2),
            channel: row.integer(first + 3),
            age: row.integer(first + 4),
            pc4: row.int(first + 5),
            category: row.integer(first + 6),
            status: row.integer(first + 7),
            conversation: row.int(first + 8),
            partner: row.bytes(first + 9),
            connected: row.int(first + 10),
            parentsConnected: row.int(first + 11) == 1)
    }

    /// PC4 -> stadsdeel, from the postcode table in force.
    public func postcodeAreas() throws -> [Int: String] {
        var areas: [Int: String] = [:]
        try database.prepare("SELECT pc4, stadsdeel FROM postcode_stadsdeel").rows { row in areas[row.int(0)!] = row.string(1)! }
        return areas
    }
}

/// Reads the dreams of versions by rowid, 64 versions to a statement (`WHERE versie IN`): a statement a
/// version, the ~50,000 a 1M next quarter ends read back on its writing thread (the busiest in the rows)
/// cost ~10 ms more of CPU (paired wall 0.957 in two runs of 16 and 20 rounds). Prepared once for all
/// the batches a load reads (`DreamTally.willEnd`): prepared for each, ~100 times, the statements were
/// 31M of the 1M next quarter's ~4,000M instructions outside the SHA-256 (callgrind).
struct DreamsByVersion {
    private static let perStatement = 64
    private let many: Statement
    private let one: Statement

    init(_ store: Store) throws {
        let select = "SELECT versie, \(Store.dreamColumns) FROM \(DromenTables.dreams.name) WHERE versie "
        many = try store.database.prepare(select + "IN (" + Array(repeating: "?", count: Self.perStatement).joined(separator: ", ") + ")")
        one = try store.database.prepare(select + "= ?")
    }

    func forEach(_ versions: [Int], _ body: (_ version: Int, DreamFact) throws -> Void) throws {
        var start = 0
        while versions.count - start >= Self.perStatement {
            for offset in 0..<Self.perStatement { many.bind(Int32(offset + 1), versions[start + offset]) }
            try many.rows { row in try body(row.integer(0), Store.dreamFact(row, from: 1)) }
            start += Self.perStatement
        }
        for version in versions[start...] {
            one.bind(1, version)
            try one.rows { row in try body(version, Store.dreamFact(row, from: 1)) }
        }
    }
}
