/// The read side of a keyed (snapshot) table, for every organisation: one snapshot's rows, and for a key
/// that snapshot rejected (a typo in the latest export) the row's last valid state from an earlier one,
/// so a dossier is never lost to one bad export.
extension Store {
    /// Calls `body` with `columns` of every row of the snapshot `fileID`, in `order`, then with the earlier
    /// valid state of each key it rejected. A row is valid only during the call.
    public func forEachRow(ofSnapshot fileID: Int, in table: TableDescription, columns: String, order: String? = nil,
                           _ body: (Row) throws -> Void) throws {
        guard case .keyed(let key, _, _) = table.rows else { throw StoreError("\(table.name) is geen momentopname") }
        let statement = try database.prepare("SELECT \(columns) FROM \(table.name) WHERE bestand_id = ?" + (order.map { " ORDER BY \($0)" } ?? ""))
        statement.bind(1, fileID)
        try statement.rows(body)
        let earlier = try database.prepare("SELECT \(columns) FROM \(table.name) WHERE bestand_id = ? AND \(key) = ?")
        try forEachEarlierState(of: fileID, table: table.name, key: key) { olderFile, value in
            earlier.bind([.integer(olderFile), .text(value)])
            var found = false
            try earlier.rows { row in found = true; try body(row) }
            return found
        }
    }

    /// How many rows a snapshot holds (without the ones it rejected).
    public func rowCount(ofSnapshot fileID: Int, in table: TableDescription) throws -> Int {
        let statement = try database.prepare("SELECT count(*) FROM \(table.name) WHERE bestand_id = ?")
        statement.bind(1, fileID)
        return try statement.scalar() ?? 0
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
}
