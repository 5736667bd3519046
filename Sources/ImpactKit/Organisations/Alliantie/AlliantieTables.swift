/// The alliance's tables: every visit once (the first download holding it keeps it), and every
/// volunteer list kept whole, one row per volunteer per list.
enum AlliantieTables {
    static let visits = TableDescription(
        name: "spreekuur_bezoek",
        columns: ["tijdstempel", "datum", "locatie", "organisatie", "pc4", "eerste_bezoek", "onderwerpen", "bereikt_via", "doorverwezen_naar"],
        rows: .overlapping(firstFileKeeps: true),
        schema: ["""
            CREATE TABLE IF NOT EXISTS spreekuur_bezoek (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the first download it was in
                regel INTEGER NOT NULL,
                tijdstempel INTEGER NOT NULL,    -- seconds since 1970-01-01 00:00, local time
                datum INTEGER NOT NULL,          -- days since 1970-01-01
                locatie TEXT NOT NULL,
                organisatie TEXT NOT NULL,
                pc4 INTEGER NOT NULL,
                eerste_bezoek INTEGER NOT NULL,  -- 1: Ja
                onderwerpen INTEGER NOT NULL,    -- bit i: topic i of the list named
                bereikt_via TEXT NOT NULL,
                doorverwezen_naar TEXT NOT NULL,
                sleutel TEXT NOT NULL,           -- the visit's identity (every field, case folded)
                volgnummer INTEGER NOT NULL,     -- the n-th equal visit within one download
                UNIQUE (sleutel, volgnummer)
            )
            """])

    static let volunteers = TableDescription(
        name: "vrijwilliger_stand", columns: ["vrijwilliger", "organisatie", "gestart", "gestopt", "training_afgerond"],
        rows: .keyed(column: "vrijwilliger", exportColumn: Vrijwilligers.Column.volunteer, noun: "deze vrijwilliger"),
        schema: ["""
            CREATE TABLE IF NOT EXISTS vrijwilliger_stand (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
                regel INTEGER NOT NULL,
                vrijwilliger TEXT NOT NULL COLLATE NOCASE,
                organisatie TEXT NOT NULL,
                gestart INTEGER NOT NULL,
                gestopt INTEGER,
                training_afgerond INTEGER,
                PRIMARY KEY (bestand_id, vrijwilliger)
            ) WITHOUT ROWID
            """])
}

extension Store {
    /// The visits whose Tijdstempel falls on `first` ... `last`, each once, as the first download held it.
    func visits(from first: Day, through last: Day) throws -> [Located<Spreekuren.Visit>] {
        let statement = try database.prepare("""
            SELECT tijdstempel, locatie, organisatie, pc4, eerste_bezoek, onderwerpen, bereikt_via, doorverwezen_naar, bestand_id, regel, volgnummer
            FROM spreekuur_bezoek WHERE datum BETWEEN ? AND ? ORDER BY tijdstempel, sleutel, volgnummer
            """)
        statement.bind([.integer(first.number), .integer(last.number)])
        var result: [Located<Spreekuren.Visit>] = []
        try statement.rows { row in
            let bits = row.int(5)!
            result.append(Located(Spreekuren.Visit(
                moment: DateTime(number: row.int(0)!), location: row.string(1)!, organisation: row.string(2)!, pc4: row.int(3)!,
                firstVisit: row.int(4) == 1, topics: Set(Spreekuren.topics.labels.indices.filter { bits & (1 << $0) != 0 }),
                reachedVia: row.string(6)!, referredTo: row.string(7)!, volunteer: ""), file: row.int(8)!, line: row.int(9)!, occurrence: row.int(10)!))
        }
        return result
    }

    /// Every volunteer in the state of the newest list (in ingest order) that holds them validly, with
    /// that list and line.
    func volunteers() throws -> [Located<Vrijwilligers.Volunteer>] {
        let statement = try database.prepare("""
            SELECT v.vrijwilliger, v.organisatie, v.gestart, v.gestopt, v.training_afgerond, v.bestand_id, v.regel FROM vrijwilliger_stand v
            WHERE v.bestand_id = (SELECT max(w.bestand_id) FROM vrijwilliger_stand w WHERE w.vrijwilliger = v.vrijwilliger)
            ORDER BY v.vrijwilliger
            """)
        var result: [Located<Vrijwilligers.Volunteer>] = []
        try statement.rows { row in
            result.append(Located(Vrijwilligers.Volunteer(code: row.string(0)!, organisation: row.string(1)!, started: Day(number: row.int(2)!),
                                                          stopped: row.int(3).map(Day.init(number:)), trained: row.int(4).map(Day.init(number:))),
                                  file: row.int(5)!, line: row.int(6)!))
        }
        return result
    }
}
