/// The read side of a versioned (snapshot) table, for every organisation: the rows as one snapshot had
/// them. A key that snapshot rejected (a typo in the latest export) kept its version from before, so a
/// dossier is never lost to one bad export.
extension Store {
    /// Calls `body` with `columns` of every row of the snapshot `fileID`, in `order`. A row is valid only
    /// during the call.
    public func forEachRow(ofSnapshot fileID: Int, in table: TableDescription, columns: String, order: String? = nil,
                           _ body: (Row) throws -> Void) throws {
        let statement = try database.prepare("SELECT \(columns) FROM \(table.name) WHERE \(try inForce(at: fileID, table))"
                                             + (order.map { " ORDER BY \($0)" } ?? ""))
        try statement.rows(body)
    }

    /// How many rows a snapshot holds.
    public func rowCount(ofSnapshot fileID: Int, in table: TableDescription) throws -> Int {
        try database.prepare("SELECT count(*) FROM \(table.name) WHERE \(try inForce(at: fileID, table))").scalar() ?? 0
    }

    /// The condition for the versions in force on the snapshot's date.
    private func inForce(at fileID: Int, _ table: TableDescription) throws -> String {
        guard case .versioned = table.rows else { throw StoreError("\(table.name) is geen momentopname") }
        let day = try place(ofSnapshot: fileID).day
        return "van <= \(day) AND (tot IS NULL OR tot > \(day))"
    }
}
