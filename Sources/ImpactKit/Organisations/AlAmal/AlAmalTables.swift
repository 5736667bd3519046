/// Al Amal's table: the dossiers' versions over the quarterly snapshots. Date-times are seconds since 1970.
enum AlAmalTables {
    static let dossiers = TableDescription(
        name: "alamal_dossier", columns: ["dossier", "aanmelding", "eerste_contact", "leeftijd", "traject", "afgesloten_op", "resultaat"],
        rows: .versioned(column: "dossier", exportColumn: AlAmalExport.Column.dossier, noun: "dit dossier"),
        schema: ["""
            CREATE TABLE IF NOT EXISTS alamal_dossier (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
                regel INTEGER NOT NULL,
                dossier TEXT NOT NULL,
                aanmelding INTEGER NOT NULL,     -- seconds since 1970-01-01 00:00, local time
                eerste_contact INTEGER,
                leeftijd INTEGER NOT NULL,
                traject TEXT NOT NULL,
                afgesloten_op INTEGER,           -- days since 1970-01-01
                resultaat TEXT,
                \(TableDescription.versionColumns)
            )
            """])
}

extension Store {
    /// Every dossier of one snapshot, by Dossier, each with the file and line its version was read from;
    /// one this snapshot rejected counts in its last valid state.
    func alAmalDossiers(inFile fileID: Int) throws -> [Located<AlAmalExport.Dossier>] {
        var result: [Located<AlAmalExport.Dossier>] = []
        try forEachRow(ofSnapshot: fileID, in: AlAmalTables.dossiers,
                       columns: "dossier, aanmelding, eerste_contact, leeftijd, traject, afgesloten_op, resultaat, bestand_id, regel", order: "dossier") { row in
            result.append(Located(AlAmalExport.Dossier(id: row.string(0)!, registered: DateTime(number: row.int(1)!), firstContact: row.int(2).map(DateTime.init(number:)),
                                                       age: row.int(3)!, track: row.string(4)!, closed: row.int(5).map(Day.init(number:)), result: row.string(6)),
                                  file: row.int(7)!, line: row.int(8)!))
        }
        return result
    }
}
