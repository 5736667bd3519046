/// The read side of the activeringscentra's tables.
extension Store {
    /// The participants of one workbook; one its sheet rejected keeps the state of an earlier workbook.
    public func participants(inFile fileID: Int) throws -> [Activeringscentra.Participant] {
        let columns = "deelnemer, centrum, startdatum, stap, einddatum, uitstroom_naar"
        let statement = try database.prepare("SELECT \(columns) FROM deelnemer_stand WHERE bestand_id = ? ORDER BY deelnemer")
        statement.bind(1, fileID)
        var result: [Activeringscentra.Participant] = []
        func read(_ row: Row) -> Activeringscentra.Participant {
            Activeringscentra.Participant(id: row.string(0)!, centre: row.string(1)!, start: Day(number: row.int(2)!), step: row.string(3)!,
                                          end: row.int(4).map(Day.init(number:)), destination: row.string(5))
        }
        try statement.rows { row in result.append(read(row)) }
        let earlier = try database.prepare("SELECT \(columns) FROM deelnemer_stand WHERE bestand_id = ? AND deelnemer = ?")
        try forEachEarlierState(of: fileID, table: "deelnemer_stand", key: "deelnemer") { olderFile, key in
            earlier.bind([.integer(olderFile), .text(key)])
            var found = false
            try earlier.rows { row in found = true; result.append(read(row)) }
            return found
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
