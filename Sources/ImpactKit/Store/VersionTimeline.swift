/// The edits that keep a versioned table's timeline true when snapshots do not simply arrive in order:
/// an older quarter ingested late, or a quarter replaced by a corrected export. The rule they keep is
/// the one of an ordered load: a snapshot's state of a key is its own valid row; when it rejected the
/// key, the state the snapshot before it had; when it does not hold the key, none.
struct VersionTimeline {
    let table: TableDescription
    let place: SnapshotVersions.Place
    let database: Database

    private var name: String { table.name }
    private var key: String {
        guard case .versioned(let column, _, _) = table.rows else { preconditionFailure("\(table.name) is geen momentopname") }
        return column
    }
    private var snapshots: String { "bronbestand o WHERE o.bron = '\(place.source)' AND o.vervangen_door IS NULL" }

    /// The date of the next snapshot in force after the date in `column`.
    private func next(after column: String) -> String { "(SELECT min(o.stand_op) FROM \(snapshots) AND o.stand_op > \(name).\(column))" }

    /// Whether the snapshot on the date in `column` rejected the row's key.
    private func rejected(at column: String) -> String {
        """
        EXISTS (SELECT 1 FROM afgekeurd a JOIN bronbestand o ON o.id = a.bestand_id WHERE o.bron = '\(place.source)'
                AND o.vervangen_door IS NULL AND o.stand_op = \(name).\(column) AND a.sleutel = \(name).\(key))
        """
    }

    /// A new snapshot: the versions of the keys it changed or no longer holds end on its date.
    func closeReplaced(keys: String) throws {
        try database.execute("UPDATE \(name) SET tot = \(place.day) WHERE tot IS NULL AND van < \(place.day) AND sleutel_hash IN (\(keys))")
    }

    /// An older snapshot arriving late (its rows hold from its date to the next snapshot's): versions that
    /// spanned its date end there, unless it rejected their key, and go on from the next snapshot where
    /// they held there. Its own versions stand in for the next snapshots that reject their key.
    func fitInLateSnapshot(fileID: Int, rejectedKeys: String) throws {
        guard let next = place.next else { return }
        let columns = (["bestand_id", "regel", "sleutel_hash", "inhoud"] + table.columns).joined(separator: ", ")
        let spanning = "van < \(place.day) AND sleutel_hash NOT IN (\(rejectedKeys))"
        try database.execute("""
            INSERT INTO \(name) (\(columns), van, tot) SELECT \(columns), \(next), tot FROM \(name)
            WHERE \(spanning) AND (tot IS NULL OR tot > \(next));
            UPDATE \(name) SET tot = \(place.day) WHERE \(spanning) AND (tot IS NULL OR tot > \(place.day))
            """)
        try startPastRejections(where: "van = \(next) AND bestand_id <> \(fileID)")
        try extendOverRejections(where: "(bestand_id = \(fileID) AND van = \(place.day)) OR tot = \(next)")
    }

    /// A snapshot replaced by a corrected one: its versions go, except where they also held in the next
    /// snapshot (they then start there); the versions it ended hold again until the next snapshot (or
    /// for good, when it was the newest), so that its successor can end them anew.
    func retire() throws {
        // Every version that begins on its date is its state, also one an older snapshot fitted in late
        // copied there.
        let own = "van = \(place.day)"
        if let next = place.next {
            try database.execute("""
                DELETE FROM \(name) WHERE \(own) AND tot IS NOT NULL AND tot <= \(next);
                UPDATE \(name) SET van = \(next) WHERE \(own);
                UPDATE \(name) SET tot = \(next) WHERE tot = \(place.day)
                """)
            try startPastRejections(where: "van = \(next)")
            try extendOverRejections(where: "tot = \(next)")
        } else {
            try database.execute("DELETE FROM \(name) WHERE \(own); UPDATE \(name) SET tot = NULL WHERE tot = \(place.day)")
        }
    }

    /// Versions that begin on a snapshot that rejected their key held there only as its fallback: they
    /// begin at the first later snapshot that did not reject it, or go when they end before it.
    private func startPastRejections(where condition: String) throws {
        try pinned(condition) { rows in
            while true {
                try database.execute("""
                    DELETE FROM \(name) WHERE rowid IN (\(rows)) AND \(rejected(at: "van"))
                    AND (\(next(after: "van")) IS NULL OR \(next(after: "van")) >= coalesce(tot, 9223372036854775807))
                    """)
                let deleted = database.changes
                try database.execute("UPDATE \(name) SET van = \(next(after: "van")) WHERE rowid IN (\(rows)) AND \(rejected(at: "van"))")
                if deleted == 0 && database.changes == 0 { return }
            }
        }
    }

    /// Versions that end on a snapshot that rejected their key go on there (that snapshot holds no row
    /// of the key: a key it also loaded is not counted as rejected), as an ordered load keeps them.
    private func extendOverRejections(where condition: String) throws {
        try pinned(condition) { rows in
            while true {
                try database.execute("UPDATE \(name) SET tot = \(next(after: "tot")) WHERE rowid IN (\(rows)) AND tot IS NOT NULL AND \(rejected(at: "tot"))")
                if database.changes == 0 { return }
            }
        }
    }

    /// The rows that match `condition` now, by rowid, so that moving their dates does not lose them.
    private func pinned(_ condition: String, _ body: (String) throws -> Void) throws {
        try database.execute("""
            CREATE TEMP TABLE IF NOT EXISTS vastgezet (id INTEGER PRIMARY KEY); DELETE FROM temp.vastgezet;
            INSERT INTO temp.vastgezet SELECT rowid FROM \(name) WHERE \(condition)
            """)
        try body("SELECT id FROM temp.vastgezet")
        try database.execute("DELETE FROM temp.vastgezet")
    }
}
