/// The SQLite database behind every figure: what was ingested, from which file, and what was refused.
public final class Store {
    public let database: Database
    /// What organisations counted while this run loaded their snapshots (`SnapshotTally`).
    let tallies = SnapshotTallies()

    /// Opens (or creates) the database at `path` and brings its schema up to date.
    public init(path: String, schema: StoreSchema) throws {
        database = try Database(path: path)
        // 16 KB pages (SQLite's default is 4 KB; takes effect only when the file is new): a next quarter's
        // ingest of the 1M register reads and rewrites fewer pages for the versions it ends. With the bulk
        // INSERT OR FAIL (`TableDescription.insertSQL`), paired against 4 KB pages: first ingest 0.955 and
        // next quarter 0.92 (4 KB with OR FAIL: 1.00 and 0.98); 8 KB 0.97 and 64 KB slower on both.
        try database.execute("PRAGMA page_size = 16384")
        try database.execute("PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON")
        try Schema.create(in: database, organisations: schema)
    }

    /// A file already loaded with exactly these bytes, if any.
    func file(withSHA256 sha: String) throws -> SourceFile? {
        try files(where: "sha256 = ?", [.text(sha)]).first
    }

    /// Every file of one export that is still in force (not replaced by a newer file for its snapshot).
    public func currentFiles(source: String) throws -> [SourceFile] {
        try files(where: "bron = ? AND vervangen_door IS NULL", [.text(source)])
    }

    public func allFiles() throws -> [SourceFile] { try files(where: "1", []) }

    /// Whether anything of these sources was ingested.
    public func hasFiles(sources: [String]) throws -> Bool {
        try sources.contains { try !currentFiles(source: $0).isEmpty }
    }

    /// The snapshot of `source` that a figure for a period ending on `day` uses: the newest one whose
    /// date is on or before that day, never a later one (METRICS.md, common rules).
    public func snapshot(source: String, onOrBefore day: Day) throws -> SourceFile? {
        try files(where: "bron = ? AND vervangen_door IS NULL AND stand_op <= ? ORDER BY stand_op DESC LIMIT 1",
                  [.text(source), .integer(day.number)]).first
    }

    private func files(where condition: String, _ values: [DatabaseValue]) throws -> [SourceFile] {
        let statement = try database.prepare("""
            SELECT id, bron, naam, sha256, momentopname, stand_op, codering, bytes, regels_gelezen, regels_geladen,
                   regels_afgekeurd, nieuwste_datum, vervangen_door, regels_overlap
            FROM bronbestand WHERE \(condition) \(condition.contains("ORDER BY") ? "" : "ORDER BY bron, stand_op, naam, id")
            """)
        statement.bind(values)
        var result: [SourceFile] = []
        try statement.rows { row in
            result.append(SourceFile(
                id: row.int(0)!, source: row.string(1)!, name: row.string(2)!, sha256: row.string(3)!,
                snapshot: row.string(4), snapshotEnd: row.int(5).map(Day.init(number:)), encoding: row.string(6)!,
                bytes: row.int(7)!, rowsRead: row.int(8)!, rowsLoaded: row.int(9)!, rowsRejected: row.int(10)!,
                newestDate: row.int(11).map(Day.init(number:)), replacedBy: row.int(12), rowsAlreadyKnown: row.int(13) ?? 0))
        }
        return result
    }
}

/// One ingested file, as the `Bronnen` sheet lists it.
public struct SourceFile: Sendable, Equatable {
    public let id: Int
    public let source: String
    public let name: String
    public let sha256: String
    public let snapshot: String?
    public let snapshotEnd: Day?
    public let encoding: String
    public let bytes: Int
    public let rowsRead: Int
    public let rowsLoaded: Int
    public let rowsRejected: Int
    public let newestDate: Day?
    public let replacedBy: Int?
    /// Rows already loaded from an overlapping export (bank files).
    public let rowsAlreadyKnown: Int
}

// MARK: - Bookkeeping of ingested files

extension Store {
    func registerFile(source: String, name: String, fingerprint: FileFingerprint, snapshot: Period?) throws -> Int {
        let statement = try database.prepare("""
            INSERT INTO bronbestand (bron, naam, sha256, momentopname, stand_op, codering, bytes, instellingen_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT max(id) FROM instellingen))
            """)
        statement.bind([.text(source), .text(name), .text(fingerprint.sha256.isEmpty ? Self.digestPending : fingerprint.sha256), snapshot.map { .text($0.label) },
                        snapshot.map { .integer($0.last.number) }, .text(fingerprint.encoding.rawValue), .integer(fingerprint.byteCount)])
        // Only another ingest of the same bytes, at the same moment, can get here: nothing is loaded twice.
        if try statement.step() == .constraintViolation { throw InputError(file: name, message: "dit bestand wordt al ingelezen") }
        return Int(database.lastInsertedRowID)
    }

    /// Whether a file of this many bytes was ingested before (replaced or not).
    func hasFile(byteCount: Int) throws -> Bool {
        let statement = try database.prepare("SELECT count(*) FROM bronbestand WHERE bytes = ?")
        statement.bind(1, byteCount)
        return try statement.scalar() ?? 0 > 0
    }

    /// The identity of a file registered while its SHA-256 was still being computed (`FileDigest`); it
    /// is only ever stored inside that file's transaction, which records the digest before it commits.
    static let digestPending = "wordt berekend"

    func recordDigest(of fileID: Int, name: String, sha256: String) throws {
        let statement = try database.prepare("UPDATE bronbestand SET sha256 = ? WHERE id = ?")
        statement.bind([.text(sha256), .integer(fileID)])
        if try statement.step() == .constraintViolation { throw InputError(file: name, message: "dit bestand wordt al ingelezen") }
    }

    func finishFile(id: Int, outcome: FileOutcome, newestDate: Day?) throws {
        let statement = try database.prepare("""
            UPDATE bronbestand SET regels_gelezen = ?, regels_geladen = ?, regels_afgekeurd = ?, regels_overlap = ?, nieuwste_datum = ? WHERE id = ?
            """)
        statement.bind([.integer(outcome.rowsRead), .integer(outcome.rowsLoaded), .integer(outcome.rowsRejected), .integer(outcome.rowsAlreadyKnown),
                        newestDate.map { .integer($0.number) }, .integer(id)])
        try statement.step()
    }

    func recordRejection(fileID: Int, issues: [RowIssue], key: String?) throws {
        let statement = try database.prepare("INSERT INTO afgekeurd (bestand_id, regel, kolom, waarde, fout, melding, sleutel) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for issue in issues {
            statement.bind([.integer(fileID), .integer(issue.line), .text(issue.column), .text(issue.value), .text(issue.kind.rawValue), .text(issue.message),
                            key.map(DatabaseValue.text)])
            try statement.step()
        }
    }

    /// A newer file for the same snapshot (a corrected export of 2022-Q4, say), or any newer file of an
    /// export that replaces all, takes the place of the older one: its rows go, its record stays, marked
    /// as replaced. Returns the replaced file's name.
    func replacePrevious(of fileID: Int, kind: ExportKind, tables: [TableDescription]) throws -> String? {
        let samePeriod: String
        switch kind.succession {
        case .adds: return nil
        case .replacesAll: samePeriod = ""
        case .snapshotPerPeriod: samePeriod = "AND old.momentopname = new.momentopname"
        }
        let find = try database.prepare("""
            SELECT old.id, old.naam FROM bronbestand old JOIN bronbestand new ON new.id = ?
            WHERE old.id <> new.id AND old.bron = new.bron \(samePeriod) AND old.vervangen_door IS NULL
            """)
        find.bind(1, fileID)
        var replaced: [(Int, String)] = []
        try find.rows { row in replaced.append((row.int(0)!, row.string(1)!)) }
        for (oldID, _) in replaced { try retire(fileID: oldID, replacedBy: fileID, tables: tables) }
        return replaced.isEmpty ? nil : replaced.map(\.1).joined(separator: ", ")
    }

    private func retire(fileID oldID: Int, replacedBy fileID: Int, tables: [TableDescription]) throws {
        for table in tables {
            if case .versioned = table.rows { try retireVersions(ofSnapshot: oldID, in: table); continue }
            let delete = try database.prepare("DELETE FROM \(table.name) WHERE bestand_id = ?")
            delete.bind(1, oldID)
            try delete.step()
        }
        for table in ["afgekeurd"] {
            let delete = try database.prepare("DELETE FROM \(table) WHERE bestand_id = ?")
            delete.bind(1, oldID)
            try delete.step()
        }
        let mark = try database.prepare("UPDATE bronbestand SET vervangen_door = ? WHERE id = ?")
        mark.bind([.integer(fileID), .integer(oldID)])
        try mark.step()
    }
}
