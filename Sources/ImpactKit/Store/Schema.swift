/// The database layout: the bookkeeping of ingested files and rejected rows here, each organisation's
/// tables in its own folder. Dates are stored as whole days since 1970-01-01 (exact and fast to
/// subtract); views show them as ISO dates for analysts who open the database themselves.
enum Schema {
    static let version = 8

    static let statements = [
        // Every settings text (impact.yaml) applied to this database, newest last: the newest is in force,
        // so the same database gives the same figures from every folder (Store/RecordedSettings.swift).
        """
        CREATE TABLE IF NOT EXISTS instellingen (
            id INTEGER PRIMARY KEY,
            bestand TEXT NOT NULL,              -- where the text came from: a path, or 'ingebouwd: <path>'
            sha256 TEXT NOT NULL,               -- of the text's UTF-8 bytes
            tekst TEXT NOT NULL,                -- the settings as applied
            vastgelegd_op TEXT NOT NULL         -- when, ISO 8601 UTC
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS bronbestand (
            id INTEGER PRIMARY KEY,
            bron TEXT NOT NULL,                 -- the export: 'dromen', 'postcodes', ...
            naam TEXT NOT NULL,                 -- file name as given
            sha256 TEXT NOT NULL UNIQUE,        -- identity: the same bytes are never loaded twice
            momentopname TEXT,                  -- the period a snapshot export is named for, '2022-Q4'
            stand_op INTEGER,                   -- last day of that period (days since 1970)
            codering TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            regels_gelezen INTEGER NOT NULL DEFAULT 0,
            regels_geladen INTEGER NOT NULL DEFAULT 0,
            regels_afgekeurd INTEGER NOT NULL DEFAULT 0,
            regels_overlap INTEGER NOT NULL DEFAULT 0,   -- rows already loaded from an overlapping export
            nieuwste_datum INTEGER,
            vervangen_door INTEGER REFERENCES bronbestand(id),
            instellingen_id INTEGER REFERENCES instellingen(id)   -- the settings in force when it was loaded (its column renames)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS afgekeurd (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
            regel INTEGER NOT NULL,
            kolom TEXT NOT NULL,
            waarde TEXT NOT NULL,
            fout TEXT NOT NULL,                 -- Frictionless error code
            melding TEXT NOT NULL,
            sleutel TEXT                        -- the row's key (Dossiernummer, Deelnemer-ID) when it had one
        )
        """,
        // The keys a snapshot rejected are looked up when quarters are fitted in out of order.
        "CREATE INDEX IF NOT EXISTS afgekeurd_sleutel ON afgekeurd (sleutel)",
        """
        CREATE TABLE IF NOT EXISTS cijfercache (
            organisatie TEXT NOT NULL,
            periode TEXT NOT NULL,              -- the period with its bounds and snapshot day
            stempel TEXT NOT NULL,              -- what the figures were computed from; another stamp: compute anew
            waarden BLOB NOT NULL,              -- the figures (JSON)
            PRIMARY KEY (organisatie, periode)
        )
        """,
        // The newest snapshot's counts, kept so that the next quarter starts from them (Store/TallyStates.swift).
        // Made by this statement in an older database too: nothing else changes, so no new version.
        """
        CREATE TABLE IF NOT EXISTS telstand (
            bron TEXT PRIMARY KEY,              -- the snapshot export (bronbestand.bron)
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the snapshot counted
            stempel TEXT NOT NULL,              -- what the counts depend on besides it; another stamp: not used
            staat BLOB NOT NULL                 -- the counts, in the organisation's own form
        )
        """,
        // What the next quarter's key map is filled from, instead of a scan (Store/KeptKeyMap.swift).
        """
        CREATE TABLE IF NOT EXISTS sleutelkaart (
            bron TEXT PRIMARY KEY,              -- the snapshot export (bronbestand.bron)
            stempel TEXT NOT NULL               -- what the parts depend on; another stamp: not used
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS sleutelkaartdeel (
            bron TEXT NOT NULL,
            deel INTEGER NOT NULL,              -- 0, 1, ...: read in this order
            kaart BLOB NOT NULL,                -- per version stored: key hash, content hash, rowid (17 bytes)
            PRIMARY KEY (bron, deel)
        )
        """,
        // The newest snapshot's lines in its file's order, for the next quarter to skip the lines it
        // repeats (Store/KeptLines.swift).
        """
        CREATE TABLE IF NOT EXISTS regelreeks (
            bron TEXT PRIMARY KEY,              -- the snapshot export (bronbestand.bron)
            stempel TEXT NOT NULL               -- what the lines depend on; another stamp: not used
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS regelreeksdeel (
            bron TEXT NOT NULL,
            deel INTEGER NOT NULL,              -- level << 32 | part (0, 1, ...: the file's order); KeptLineLevels
            regels BLOB NOT NULL,               -- level 0: per line its hash (LineHash) and version's rowid (12 bytes); above: changes on the level below
            PRIMARY KEY (bron, deel)
        )
        """,
    ]

    static func create(in database: Database, organisations: StoreSchema) throws {
        let current = try database.prepare("PRAGMA user_version").scalar() ?? 0
        if current > version {
            throw StoreError("database \(database.path) is gemaakt door een nieuwere versie van impact (schema \(current))")
        }
        try database.transaction {
            if current == 1 {     // version 2 added the ZWO tables and this column
                try database.execute("ALTER TABLE bronbestand ADD COLUMN regels_overlap INTEGER NOT NULL DEFAULT 0")
            }
            if current == 1 || current == 2 {     // version 3 keeps the key of a rejected row
                try database.execute("ALTER TABLE afgekeurd ADD COLUMN sleutel TEXT")
            }
            if (1...5).contains(current) {     // version 6 records the settings; older files have none (NULL)
                try database.execute("ALTER TABLE bronbestand ADD COLUMN instellingen_id INTEGER REFERENCES instellingen(id)")
            }
            for statement in statements { try database.execute(statement) }
            if current > 0 {
                // A table made anew is renamed out of the way first: views an analyst made on it are left
                // naming the table, so they see the new one (not the old one, which goes).
                try database.execute("PRAGMA legacy_alter_table = ON")
                defer { try? database.execute("PRAGMA legacy_alter_table = OFF") }
                for (from, upgrade) in organisations.upgrades where current <= from {
                    for statement in upgrade { try database.execute(statement) }
                }
            }
            for statement in organisations.tables { try database.execute(statement) }
            // Set only when it changes: set again, it rewrote the database's first page, a commit with its
            // syncs (~2.7 ms) at the start of every command.
            if current != version { try database.execute("PRAGMA user_version = \(version)") }
        }
    }
}

/// The organisations' part of the database: their tables' CREATE statements, and the statements that
/// bring a database of an older schema version up to date, by the version they upgrade from.
public struct StoreSchema: Sendable {
    public let tables: [String]
    public let upgrades: [(from: Int, statements: [String])]

    /// The versioned tables' upgrades from schemas 4 and 7 are the same for each: made here, after the
    /// organisations' own upgrades from the same version. So are their ends' tables (`VersionSchema`).
    public init(tables: [TableDescription], upgrades: [(from: Int, statements: [String])]) {
        self.tables = tables.flatMap { [$0.schema[0]] + $0.endsSchema + $0.schema.dropFirst() }
        let versioned = tables.map { (from: 4, statements: $0.upgradeToVersions) } + tables.map { (from: 7, statements: $0.upgradeToEnds) }
        self.upgrades = (upgrades + versioned.filter { !$0.statements.isEmpty })
            .enumerated().sorted { ($0.element.from, $0.offset) < ($1.element.from, $1.offset) }.map(\.element)
    }
}
