/// How a versioned table (`TableDescription.Rows.versioned`) is laid out, and how older layouts become it.
///
/// A version's row holds the date it begins (`van`); the date it ends, when it has ended, is a row of its
/// own in a narrow table beside it (`<table>_einde`: the version's rowid, `tot`). A new quarter then adds
/// its changed rows and one small row per version it ends, instead of rewriting the pages of every
/// version it ends: those are spread over the whole table (the 5% changed dossiers of the 1M-dossier
/// benchmark lie in 17,522 of its ~25,000 pages; ending them in place took 0.85 s and the commit 0.15 s,
/// as narrow rows 0.035 s; schema 8, issue 10).
extension TableDescription {
    /// The columns every versioned table ends with. `versie` is the rowid, named: an end points at it, and
    /// VACUUM keeps a named rowid but may renumber an unnamed one (which would give ends to other versions).
    public static let versionColumns = """
        versie INTEGER PRIMARY KEY,      -- the version (its rowid)
                van INTEGER NOT NULL,            -- the snapshot date (days since 1970) from which this version holds
                sleutel_hash INTEGER NOT NULL,   -- RowHash of the key
                inhoud INTEGER NOT NULL          -- RowHash of the row as read: unchanged bytes store nothing new
        """

    /// The same up to schema 7, when a version's end was a column of its row (and its rowid had no name).
    private static let versionColumnsWithEnd = """
        van INTEGER NOT NULL,            -- the snapshot date (days since 1970) from which this version holds
                tot INTEGER,                     -- the snapshot date from which it no longer holds; NULL: it still does
                sleutel_hash INTEGER NOT NULL,   -- RowHash of the key
                inhoud INTEGER NOT NULL          -- RowHash of the row as read: unchanged bytes store nothing new
        """

    /// The table of the versions' ends.
    var ends: String { name + "_einde" }

    /// The ends' table, and a trigger that takes a version's end with it when the version goes (so a
    /// rowid SQLite hands out again never inherits one).
    var endsSchema: [String] {
        guard case .versioned = rows else { return [] }
        return ["""
            CREATE TABLE IF NOT EXISTS \(ends) (
                versie INTEGER PRIMARY KEY,      -- the rowid of a version in \(name)
                tot INTEGER NOT NULL             -- the snapshot date from which it no longer holds (none: it still does)
            )
            """, """
            CREATE TRIGGER IF NOT EXISTS \(ends)_mee AFTER DELETE ON \(name)
            BEGIN DELETE FROM \(ends) WHERE versie = old.versie; END
            """]
    }

    /// The table's CREATE as schemas 5 to 7 had it, for the upgrades from those (the one from 7 then
    /// moves the ends out).
    var createWithEnd: String { schema[0].replacingOccurrences(of: Self.versionColumns, with: Self.versionColumnsWithEnd) }

    /// Its views, dropped before an upgrade changes the table (they are made again after it).
    private var dropViews: [String] {
        schema.compactMap { statement -> String? in
            guard let range = statement.range(of: "CREATE VIEW IF NOT EXISTS ") else { return nil }
            return statement[range.upperBound...].split(separator: " ").first.map { "DROP VIEW IF EXISTS \($0)" }
        }
    }

    /// Schema 8: the ends move to their own table, and the rowid gets its name; the rows and their rowids
    /// stay. The table is made anew (its rowid cannot be named in place).
    var upgradeToEnds: [String] {
        guard case .versioned = rows else { return [] }
        let old = name + "_schema7"
        let kept = (["bestand_id", "regel"] + columns + ["van", "sleutel_hash", "inhoud"]).joined(separator: ", ")
        return dropViews + ["ALTER TABLE \(name) RENAME TO \(old)", schema[0]] + endsSchema + [
            "INSERT INTO \(name) (versie, \(kept)) SELECT rowid, \(kept) FROM \(old) ORDER BY rowid",
            "INSERT INTO \(ends) (versie, tot) SELECT rowid, tot FROM \(old) WHERE tot IS NOT NULL ORDER BY rowid",
            "DROP TABLE \(old)",
        ]
    }

    /// Schema 5 stores snapshots as versions. A table of schema 4 held every snapshot's rows whole: each
    /// becomes a version holding from its own snapshot to the next, and a key a snapshot rejected gets
    /// the earlier valid state it fell back on, so every figure stays what it was. (`inhoud` 0: the next
    /// snapshot stores its rows anew once.) Made as schema 7 had it; the upgrade from 7 follows.
    var upgradeToVersions: [String] {
        guard case .versioned(let key, _, _) = rows else { return [] }
        let old = name + "_schema4"
        let names = ["bestand_id", "regel"] + columns
        let values = names.joined(separator: ", "), fromOld = names.map { "r." + $0 }.joined(separator: ", ")
        let next = "(SELECT min(o.stand_op) FROM bronbestand o WHERE o.bron = s.bron AND o.vervangen_door IS NULL AND o.stand_op > s.stand_op)"
        return dropViews + ["ALTER TABLE \(name) RENAME TO \(old)", createWithEnd, """
            INSERT INTO \(name) (\(values), van, tot, sleutel_hash, inhoud)
            SELECT \(fromOld),
                   s.stand_op, \(next), impact_sleutel(r.\(key)), 0
            FROM \(old) r JOIN bronbestand s ON s.id = r.bestand_id
            """, """
            INSERT INTO \(name) (\(values), van, tot, sleutel_hash, inhoud)
            SELECT \(fromOld),
                   s.stand_op, \(next), impact_sleutel(r.\(key)), 0
            FROM (SELECT DISTINCT bestand_id, sleutel FROM afgekeurd WHERE sleutel IS NOT NULL) a
            JOIN bronbestand s ON s.id = a.bestand_id
            JOIN \(old) r ON r.\(key) = a.sleutel AND r.bestand_id = (
                SELECT o.id FROM bronbestand o JOIN \(old) e ON e.bestand_id = o.id AND e.\(key) = a.sleutel
                WHERE o.bron = s.bron AND o.vervangen_door IS NULL AND o.stand_op < s.stand_op ORDER BY o.stand_op DESC LIMIT 1)
            WHERE NOT EXISTS (SELECT 1 FROM \(old) t WHERE t.bestand_id = a.bestand_id AND t.\(key) = a.sleutel)
            """, "DROP TABLE \(old)"]
    }
}
