/// The read side of the activeringscentra's tables.
extension Store {
    public func participants(inFile fileID: Int) throws -> [Activeringscentra.Participant] {
        let statement = try database.prepare("""
            SELECT deelnemer, centrum, startdatum, stap, einddatum, uitstroom_naar FROM deelnemer_stand WHERE bestand_id = ? ORDER BY deelnemer
            """)
        statement.bind(1, fileID)
        var result: [Activeringscentra.Participant] = []
        try statement.rows { row in
            result.append(Activeringscentra.Participant(id: row.string(0)!, centre: row.string(1)!, start: Day(number: row.int(2)!), step: row.string(3)!,
                                                        end: row.int(4).map(Day.init(number:)), destination: row.string(5)))
        }
        return result
    }

    /// Every job once, however many workbooks delivered it.
    public func jobs(from first: Day, through last: Day) throws -> [Activeringscentra.Job] {
        let statement = try database.prepare("""
            SELECT datum, centrum, klus, aanvrager, uren_x100 FROM klus
            WHERE rowid IN (SELECT min(rowid) FROM klus WHERE datum BETWEEN ? AND ? GROUP BY sleutel, volgnummer)
            ORDER BY datum, sleutel, volgnummer
            """)
        statement.bind([.integer(first.number), .integer(last.number)])
        var result: [Activeringscentra.Job] = []
        try statement.rows { row in
            result.append(Activeringscentra.Job(date: Day(number: row.int(0)!), centre: row.string(1)!, job: row.string(2)!,
                                                requester: row.string(3)!, hoursTimes100: row.int(4)!))
        }
        return result
    }
}
