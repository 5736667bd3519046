/// Which versions of a versioned table had ended by a day (or at all): a bit per rowid, read from the
/// table's ends (`VersionSchema`). A snapshot is then the versions begun by its day that are not among
/// these, told apart in memory while the rows stream: on the 1M-dossier benchmark a join with the ends
/// in SQL took the read of a snapshot from 0.18 to 0.37 s (NOT IN: 0.44 s), this 0.19 s.
struct EndedVersions {
    private var bits: [UInt64] = []

    /// `day`: the versions ended on or before it; nil: every version that has ended.
    init(_ table: TableDescription, by day: Int?, database: Database) throws {
        let last = try database.prepare("SELECT max(versie) FROM \(table.ends)").scalar() ?? -1
        guard last >= 0 else { return }
        bits = Array(repeating: 0, count: last / 64 + 1)
        try database.prepare("SELECT versie FROM \(table.ends)" + (day.map { " WHERE tot <= \($0)" } ?? "")).rows { row in
            let version = row.integer(0)
            if version >= 0 { bits[version >> 6] |= 1 << UInt64(version & 63) }
        }
    }

    func contains(_ version: Int) -> Bool {
        let word = version >> 6
        return word >= 0 && word < bits.count && bits[word] & (1 << UInt64(version & 63)) != 0
    }
}
