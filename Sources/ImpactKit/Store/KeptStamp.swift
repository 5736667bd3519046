/// What the state a newest snapshot keeps for the next one (`KeptKeyMap`, `KeptLines`) depends on: the
/// snapshots of its export in force (`excluding` the one being loaded), and the versioned table's last
/// version and last end (a newer one means the table changed since).
struct KeptStamp {
    let table: TableDescription
    let database: Database

    func value(source: String, excluding fileID: Int?) throws -> String {
        let files = try database.prepare("SELECT id FROM bronbestand WHERE bron = ? AND vervangen_door IS NULL AND id <> ? ORDER BY id")
        files.bind([.text(source), .integer(fileID ?? -1)])
        var ids: [String] = []
        try files.rows { ids.append(String($0.integer(0))) }
        let lastVersion = try database.prepare("SELECT max(rowid) FROM \(table.name)").scalar() ?? 0
        let lastEnd = try database.prepare("SELECT max(versie) FROM \(table.ends)").scalar() ?? 0
        return "files=\(ids.joined(separator: ","));versions=\(lastVersion);ends=\(lastEnd)"
    }

    /// Deletes what `tables` keep for `source`.
    func forget(_ tables: [String], source: String) throws {
        for table in tables {
            let delete = try database.prepare("DELETE FROM \(table) WHERE bron = ?")
            delete.bind(1, source)
            try delete.step()
        }
    }
}
