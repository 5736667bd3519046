/// The edits that keep a versioned table's timeline true when snapshots do not simply arrive in order:
/// an older quarter ingested late, or a quarter replaced by a corrected export. The rule they keep is
/// the one of an ordered load: a snapshot's state of a key is its own valid row; when it rejected the
/// key, the state the snapshot before it had; when it does not hold the key, none. A version's end is a
/// row of the ends' table (`VersionSchema`); a version without one holds for good.
struct VersionTimeline {
    let table: TableDescription
    let place: SnapshotVersions.Place
    let database: Database

    private var name: String { table.name }
    private var ends: String { table.ends }
    private var key: String {
        guard case .versioned(let column, _, _) = table.rows else { preconditionFailure("\(table.name) is geen momentopname") }
        return column
    }
    private var snapshots: String { "bronbestand o WHERE o.bron = '\(place.source)' AND o.vervangen_door IS NULL" }
    /// The end of the version in the row of `name` being looked at (NULL: it holds for good).
    private var end: String { "(SELECT e.tot FROM \(ends) e WHERE e.versie = \(name).rowid)" }
    /// The key of the version whose end is the row of `ends` being looked at.
    private var keyOfEnd: String { "(SELECT t.\(key) FROM \(name) t WHERE t.rowid = \(ends).versie)" }

    /// The date of the next snapshot in force after `date` (an SQL expression).
    private func next(after date: String) -> String { "(SELECT min(o.stand_op) FROM \(snapshots) AND o.stand_op > \(date))" }

    /// Whether the snapshot on `date` rejected `key` (SQL expressions).
    private func rejected(at date: String, key: String) -> String {
        """
        EXISTS (SELECT 1 FROM afgekeurd a JOIN bronbestand o ON o.id = a.bestand_id WHERE o.bron = '\(place.source)'
                AND o.vervangen_door IS NULL AND o.stand_op = \(date) AND a.sleutel = \(key))
        """
    }

    /// An older snapshot arriving late (its own versions, ending at the next snapshot, are stored): versions
    /// that spanned its date end there, unless it rejected their key, and go on from the next snapshot
    /// where they held there (a copy with the same end). Its own versions stand in for the next snapshots
    /// that reject their key.
    func fitInLateSnapshot(fileID: Int, rejectedKeys: String) throws {
        guard let next = place.next else { return }
        let columns = ["bestand_id", "regel", "sleutel_hash", "inhoud"] + table.columns
        let spanning = "van < \(place.day) AND sleutel_hash NOT IN (\(rejectedKeys))"
        // The copies get their rowids here, so that their ends can be written beside them.
        try database.execute("""
            CREATE TEMP TABLE IF NOT EXISTS kopie (nieuw INTEGER PRIMARY KEY, oud INTEGER NOT NULL, tot INTEGER); DELETE FROM temp.kopie;
            INSERT INTO temp.kopie (nieuw, oud, tot)
            SELECT (SELECT max(rowid) FROM \(name)) + row_number() OVER (ORDER BY rowid), rowid, \(end) FROM \(name)
            WHERE \(spanning) AND (\(end) IS NULL OR \(end) > \(next));
            INSERT INTO \(name) (rowid, \(columns.joined(separator: ", ")), van)
            SELECT k.nieuw, \(columns.map { "o." + $0 }.joined(separator: ", ")), \(next) FROM temp.kopie k JOIN \(name) o ON o.rowid = k.oud
            ORDER BY k.nieuw;
            INSERT INTO \(ends) (versie, tot) SELECT nieuw, tot FROM temp.kopie WHERE tot IS NOT NULL ORDER BY nieuw;
            DELETE FROM temp.kopie;
            INSERT OR REPLACE INTO \(ends) (versie, tot) SELECT rowid, \(place.day) FROM \(name)
            WHERE \(spanning) AND (\(end) IS NULL OR \(end) > \(place.day))
            """)
        try startPastRejections(of: "SELECT rowid FROM \(name) WHERE van = \(next) AND bestand_id <> \(fileID)")
        try extendOverRejections(of: """
            SELECT rowid FROM \(name) WHERE bestand_id = \(fileID) AND van = \(place.day) UNION SELECT versie FROM \(ends) WHERE tot = \(next)
            """)
    }

    /// A snapshot replaced by a corrected one: its versions go, except where they also held in the next
    /// snapshot (they then start there); the versions it ended hold again until the next snapshot (or
    /// for good, when it was the newest), so that its successor can end them anew.
    func retire() throws {
        // Every version that begins on its date is its state, also one an older snapshot fitted in late
        // copied there. (A version that goes takes its end with it: the trigger of `VersionSchema`.)
        let own = "van = \(place.day)"
        if let next = place.next {
            try database.execute("""
                DELETE FROM \(name) WHERE \(own) AND rowid IN (SELECT versie FROM \(ends) WHERE tot <= \(next));
                UPDATE \(name) SET van = \(next) WHERE \(own);
                UPDATE \(ends) SET tot = \(next) WHERE tot = \(place.day)
                """)
            try startPastRejections(of: "SELECT rowid FROM \(name) WHERE van = \(next)")
            try extendOverRejections(of: "SELECT versie FROM \(ends) WHERE tot = \(next)")
        } else {
            try database.execute("DELETE FROM \(name) WHERE \(own); DELETE FROM \(ends) WHERE tot = \(place.day)")
        }
    }

    /// Versions that begin on a snapshot that rejected their key held there only as its fallback: they
    /// begin at the first later snapshot that did not reject it, or go when they end before it.
    private func startPastRejections(of versions: String) throws {
        try pinned(versions) { rows in
            let rejectedAtStart = rejected(at: "\(name).van", key: "\(name).\(key)")
            while true {
                try database.execute("""
                    DELETE FROM \(name) WHERE rowid IN (\(rows)) AND \(rejectedAtStart)
                    AND (\(next(after: "\(name).van")) IS NULL OR \(next(after: "\(name).van")) >= coalesce(\(end), 9223372036854775807))
                    """)
                let deleted = database.changes
                try database.execute("UPDATE \(name) SET van = \(next(after: "\(name).van")) WHERE rowid IN (\(rows)) AND \(rejectedAtStart)")
                if deleted == 0 && database.changes == 0 { return }
            }
        }
    }

    /// Versions that end on a snapshot that rejected their key go on there (that snapshot holds no row
    /// of the key: a key it also loaded is not counted as rejected), as an ordered load keeps them; past
    /// the newest snapshot they hold for good.
    private func extendOverRejections(of versions: String) throws {
        try pinned(versions) { rows in
            let rejectedAtEnd = rejected(at: "\(ends).tot", key: keyOfEnd)
            let later = next(after: "\(ends).tot")
            while true {
                try database.execute("DELETE FROM \(ends) WHERE versie IN (\(rows)) AND \(rejectedAtEnd) AND \(later) IS NULL")
                let heldForGood = database.changes
                try database.execute("UPDATE \(ends) SET tot = \(later) WHERE versie IN (\(rows)) AND \(rejectedAtEnd)")
                if heldForGood == 0 && database.changes == 0 { return }
            }
        }
    }

    /// The versions `select` finds now, by rowid, so that moving their dates does not lose them.
    private func pinned(_ select: String, _ body: (String) throws -> Void) throws {
        try database.execute("""
            CREATE TEMP TABLE IF NOT EXISTS vastgezet (id INTEGER PRIMARY KEY); DELETE FROM temp.vastgezet;
            INSERT OR IGNORE INTO temp.vastgezet \(select)
            """)
        try body("SELECT id FROM temp.vastgezet")
        try database.execute("DELETE FROM temp.vastgezet")
    }
}
