/// The database layout. Dates are stored as whole days since 1970-01-01 (exact and fast to subtract);
/// the views beside each table show them as ISO dates for analysts who open the database themselves.
enum Schema {
    static let version = 3

    static let statements = [
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
            vervangen_door INTEGER REFERENCES bronbestand(id)
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
        """
        CREATE TABLE IF NOT EXISTS droom_stand (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
            dossiernummer TEXT NOT NULL,
            kindnummer TEXT NOT NULL,
            programma TEXT NOT NULL,
            ontvangen_op INTEGER NOT NULL,
            kanaal TEXT NOT NULL,
            leeftijd INTEGER NOT NULL,
            pc4 INTEGER,
            categorie TEXT NOT NULL,
            status TEXT NOT NULL,
            gesprek_op INTEGER,
            verbonden_met TEXT,
            verbonden_op INTEGER,
            ouders_verbonden INTEGER,
            regel INTEGER NOT NULL,
            PRIMARY KEY (bestand_id, dossiernummer)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE IF NOT EXISTS postcode_stadsdeel (
            pc4 INTEGER PRIMARY KEY,
            stadsdeel TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS collecte (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
            regel INTEGER NOT NULL,
            datum INTEGER NOT NULL,
            dienst TEXT,
            doel TEXT NOT NULL,
            bedrag_cent INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS bank_mutatie (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the first file it was seen in
            regel INTEGER NOT NULL,
            rekening TEXT NOT NULL,
            datum INTEGER NOT NULL,
            tegenrekening TEXT NOT NULL,
            naam TEXT NOT NULL,
            bij INTEGER NOT NULL,            -- 1: credit (Bij), 0: debit (Af)
            bedrag_cent INTEGER NOT NULL,    -- always positive
            omschrijving TEXT NOT NULL,
            sleutel TEXT NOT NULL,           -- the transaction's identity (see README: bank transactions)
            volgnummer INTEGER NOT NULL,     -- the n-th equal transaction within one export
            UNIQUE (sleutel, volgnummer)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS fietstocht (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
            regel INTEGER NOT NULL,
            datum INTEGER NOT NULL,
            afstand_km_x100 INTEGER NOT NULL,
            per_km_cent INTEGER NOT NULL,
            vast_cent INTEGER NOT NULL,
            ontvangen_cent INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS begroting (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
            regel INTEGER NOT NULL,
            post TEXT NOT NULL,
            bedrag_cent INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS deelnemer_stand (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
            deelnemer TEXT NOT NULL,
            regel INTEGER NOT NULL,
            centrum TEXT NOT NULL,
            startdatum INTEGER NOT NULL,
            stap TEXT NOT NULL,
            einddatum INTEGER,
            uitstroom_naar TEXT,
            PRIMARY KEY (bestand_id, deelnemer)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE IF NOT EXISTS klus (
            bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- every workbook that delivered it
            regel INTEGER NOT NULL,
            datum INTEGER NOT NULL,
            centrum TEXT NOT NULL,
            klus TEXT NOT NULL,
            aanvrager TEXT NOT NULL,
            uren_x100 INTEGER NOT NULL,
            sleutel TEXT NOT NULL,           -- the job's identity; figures count each (sleutel, volgnummer) once
            volgnummer INTEGER NOT NULL,     -- the n-th equal job within one workbook
            UNIQUE (bestand_id, sleutel, volgnummer)
        )
        """,
        """
        CREATE VIEW IF NOT EXISTS dromen AS
        SELECT b.momentopname, d.dossiernummer, d.kindnummer, d.programma,
               date(d.ontvangen_op * 86400, 'unixepoch') AS ontvangen_op, d.kanaal, d.leeftijd, d.pc4,
               coalesce(p.stadsdeel, 'Onbekend') AS stadsdeel, d.categorie, d.status,
               date(d.gesprek_op * 86400, 'unixepoch') AS gesprek_op, d.verbonden_met,
               date(d.verbonden_op * 86400, 'unixepoch') AS verbonden_op, d.ouders_verbonden
        FROM droom_stand d JOIN bronbestand b ON b.id = d.bestand_id
        LEFT JOIN postcode_stadsdeel p ON p.pc4 = d.pc4
        """,
    ]

    static func create(in database: Database) throws {
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
            for statement in statements { try database.execute(statement) }
            try database.execute("PRAGMA user_version = \(version)")
        }
    }
}
