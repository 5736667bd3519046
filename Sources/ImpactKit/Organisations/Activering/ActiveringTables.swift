/// The activeringscentra's tables: participants per workbook (a snapshot), and jobs, each workbook
/// keeping its own rows so that correcting one workbook never takes away a job another still delivers.
enum ActiveringTables {
    static let participants = TableDescription(
        name: "deelnemer_stand", columns: ["deelnemer", "centrum", "startdatum", "stap", "einddatum", "uitstroom_naar"],
        rows: .versioned(column: "deelnemer", exportColumn: Activeringscentra.Column.participant, noun: "deze deelnemer"),
        schema: ["""
            CREATE TABLE IF NOT EXISTS deelnemer_stand (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
                deelnemer TEXT NOT NULL,
                regel INTEGER NOT NULL,
                centrum TEXT NOT NULL,
                startdatum INTEGER NOT NULL,
                stap TEXT NOT NULL,
                einddatum INTEGER,
                uitstroom_naar TEXT,
                \(TableDescription.versionColumns)
            )
            """])

    static let jobs = TableDescription(
        name: "klus", columns: ["datum", "centrum", "klus", "aanvrager", "uren_x100"], rows: .overlapping(firstFileKeeps: false),
        schema: ["""
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
            """])
}

/// The read side of the activeringscentra's tables.
extension Store {
    /// The participants of one workbook, by Deelnemer-ID, each with the file and line its version was read
    /// from; one its sheet rejected keeps the state of an earlier workbook.
    public func participants(inFile fileID: Int) throws -> [Located<Activeringscentra.Participant>] {
        let columns = "deelnemer, centrum, startdatum, stap, einddatum, uitstroom_naar, bestand_id, regel"
        var result: [Located<Activeringscentra.Participant>] = []
        try forEachRow(ofSnapshot: fileID, in: ActiveringTables.participants, columns: columns, order: "deelnemer") { row in
            result.append(Located(Activeringscentra.Participant(id: row.string(0)!, centre: row.string(1)!, start: Day(number: row.int(2)!), step: row.string(3)!,
                                                                end: row.int(4).map(Day.init(number:)), destination: row.string(5)),
                                  file: row.int(6)!, line: row.int(7)!))
        }
        return result
    }

    /// Every job once, however many workbooks delivered it: as the first workbook stored it.
    public func jobs(from first: Day, through last: Day) throws -> [Located<Activeringscentra.Job>] {
        let statement = try database.prepare("""
            SELECT datum, centrum, klus, aanvrager, uren_x100, bestand_id, regel, volgnummer FROM klus
            WHERE rowid IN (SELECT min(rowid) FROM klus WHERE datum BETWEEN ? AND ? GROUP BY sleutel, volgnummer)
            ORDER BY datum, sleutel, volgnummer
            """)
        statement.bind([.integer(first.number), .integer(last.number)])
        var result: [Located<Activeringscentra.Job>] = []
        try statement.rows { row in
            result.append(Located(Activeringscentra.Job(date: Day(number: row.int(0)!), centre: row.string(1)!, job: row.string(2)!,
                                                        requester: row.string(3)!, hoursTimes100: row.int(4)!),
                                  file: row.int(5)!, line: row.int(6)!, occurrence: row.int(7)!))
        }
        return result
    }
}
