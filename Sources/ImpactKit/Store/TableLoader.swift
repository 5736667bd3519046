/// Where one export's valid rows go, and how the rows of successive files relate to each other. An
/// organisation describes its tables with this; `TableLoader` does the rest for every one of them.
///
/// Every such table has the columns `bestand_id` (the file a row came from) and `regel` (its line), so a
/// replaced file's rows can be removed and every row traced to its source.
public struct TableDescription: Sendable {
    public enum Rows: Sendable {
        /// One row per key per file (a snapshot: Dossiernummer, Deelnemer-ID). A second row with the same
        /// key in one file is a `primary-key` error naming the first: "`noun` staat al op regel 12".
        case keyed(column: String, exportColumn: String, noun: String)
        /// A snapshot per period, one row per key in each: stored as versions (`SnapshotVersions`), so a
        /// quarter that repeats a dossier unchanged stores nothing new. Adds the columns `van`,
        /// `sleutel_hash` and `inhoud`, and a table of the versions' ends (`VersionSchema`); the same
        /// duplicate-key message as `keyed`.
        case versioned(column: String, exportColumn: String, noun: String)
        /// Rows that may arrive again in a later, overlapping file (bank months, jobs repeated in the next
        /// workbook), known by their identity plus which of the equal rows they are in their file
        /// (columns `sleutel` and `volgnummer`), so that two equal rows in one file both count.
        /// `firstFileKeeps`: the first file holding a row keeps it (a UNIQUE (sleutel, volgnummer) table);
        /// otherwise every file keeps its own copy (UNIQUE (bestand_id, sleutel, volgnummer)) and the read
        /// side counts each once, so correcting one file never takes away a row another still delivers.
        case overlapping(firstFileKeeps: Bool)
        /// Every row as it comes.
        case plain
    }

    public let name: String
    /// The columns a valid row fills, in the order its `bind` writes them (after `bestand_id` and `regel`).
    public let columns: [String]
    public let rows: Rows
    /// The CREATE statements: the table, then any index or view on it.
    public let schema: [String]

    public init(name: String, columns: [String], rows: Rows, schema: [String]) {
        self.name = name; self.columns = columns; self.rows = rows; self.schema = schema
    }

    var insertSQL: String { insertSQL(rowsAtOnce: 1) }

    /// The columns an INSERT fills, in the order of its parameters.
    var insertColumns: [String] {
        var names = ["bestand_id", "regel"] + columns
        if case .overlapping = rows { names += ["sleutel", "volgnummer"] }
        if case .versioned = rows { names += ["van", "sleutel_hash", "inhoud"] }
        return names
    }

    /// The INSERT of `count` rows at once (their parameters one row after the other). `fixed`: columns
    /// whose value is the same for every row the statement stores, written into it instead of being
    /// parameters.
    func insertSQL(rowsAtOnce count: Int, fixed: [String: Int] = [:]) -> String {
        let names = insertColumns
        // OR FAIL, not SQLite's default ABORT: a statement that may abort halfway keeps a statement
        // journal, a copy of every page it touches that the transaction changed before it. A multi-row
        // INSERT touches 3-4 such 16 KB pages (`Store`), which spill to a temporary file: 686 MB written
        // there by the first ingest of the 1M-dossier register. A refused row still stops the load, and
        // its transaction is rolled back whole (`RowWriterTests`, `BulkInsertTests`).
        let verb: String
        if case .overlapping(firstFileKeeps: true) = rows { verb = "INSERT OR IGNORE" } else { verb = "INSERT OR FAIL" }
        let row = "(" + names.map { fixed[$0].map(String.init) ?? "?" }.joined(separator: ", ") + ")"
        return "\(verb) INTO \(name) (\(names.joined(separator: ", "))) VALUES " + Array(repeating: row, count: count).joined(separator: ", ")
    }
}

/// A validated row that knows how to store itself: it binds its values to the parameters of the
/// table's INSERT, in the order of `TableDescription.columns`, starting at `first`.
/// Its metatype is sendable: the loaders of its export are made on whatever thread ingests.
public protocol StorableRow: SendableMetatype {
    func bind(to insert: Statement, from first: Int32)
    /// For a keyed table: the row's key (Dossiernummer).
    var key: String { get }
    /// For an overlapping table: what makes two rows the same (without the occurrence).
    var identity: String { get }
    /// The latest date in the row (shown by `impact status`).
    var latestDate: Day? { get }
}

extension StorableRow {
    public var key: String { "" }
    public var identity: String { "" }
    public var latestDate: Day? { nil }
}

/// What becomes of one record.
enum LoadResult: Equatable {
    case loaded
    /// The same row was loaded before from an overlapping export: counted once, not again.
    case alreadyKnown
    case rejected([RowIssue])
}

/// Which fields of a record identify it and make up its content (for a versioned table): the key's
/// position, and every read column's position in the export's own order (so a file with its columns in
/// another order hashes the same). Personal columns are left out: they are never read.
struct RecordIdentity {
    let key: Int?
    let content: [Int]

    func keyHash(_ record: CSVRecord) -> Int64 {
        guard let key else { return 0 }
        let bytes = record.trimmed(key)
        // The stored key is decoded text: a key outside ASCII hashes as UTF-8 whatever the file's encoding.
        if bytes.allSatisfy({ $0 < 0x80 }) { return RowHash.of(bytes) }
        return RowHash.of(record.string(key))
    }

    func contentHash(_ record: CSVRecord) -> Int64 {
        var hash = RowHash()
        for position in content { hash.add(record.trimmed(position)) }
        return hash.value
    }

    /// The hash of a record's bytes as read (`LineHash`): for one read in place its storage is the line;
    /// one with quotes was hashed as read, if whole in one chunk (0 otherwise: not kept).
    func lineHash(_ record: CSVRecord) -> UInt64 { record.gap == 1 ? LineHash.of(record.storage) : record.lineHash }
}

/// For a snapshot read from a CSV file: how its lines are kept for the next quarter (`KeptLines`), and
/// the quarter before's lines the reading thread skips, if it does (`LineSkipper`).
struct LineKeeping {
    /// What the same bytes mean (`Ingestor.lineLayout`).
    let layout: String
    let skipper: LineSkipper?
}

/// Validates and stores the records of one file (or sheet) of one export, as its table description says.
final class TableLoader<Row: StorableRow>: FileLoading {
    private let table: TableDescription
    private let validate: ExportLoading.Validate<Row>
    private let insert: Statement
    private let firstLine: Statement?
    private let knownElsewhere: Statement?
    private let fileID: Int
    private let fileName: String
    private let fieldCount: Int32
    /// Overlapping rows: how many equal rows this file has had so far (a file holds a few hundred).
    private var occurrences: [String: Int] = [:]
    private let versions: SnapshotVersions?
    /// A snapshot's rows (and the rejections among them) are written on a second thread.
    private let writer: RowWriter<PendingVersion<Row>>?
    private let identity: RecordIdentity
    private(set) var newestDate: Day?

    /// What counts the newest snapshot's figures while it loads, on a thread of its own (`TallyFeed`).
    private let feed: TallyFeed<Row>?
    private let tallies: SnapshotTallies
    private let store: Store
    /// The newest snapshot's lines being kept (`KeptLines`), and what they hold for.
    private let lineParts: LineParts?
    private let lineLayout: String

    /// `expectedRows`: about how many rows the file holds (0: not known), to size a snapshot's key map once.
    /// `makeTally`: the snapshot's tally and a validation of its own for the rows counted on the tally's thread.
    init(table: TableDescription, store: Store, fileID: Int, fileName: String, identity: RecordIdentity, expectedRows: Int = 0,
         lines: LineKeeping? = nil, validate: @escaping ExportLoading.Validate<Row>,
         makeTally: (() throws -> (tally: any SnapshotTally<Row>, validate: ExportLoading.Validate<Row>)?)? = nil) throws {
        let database = store.database
        self.table = table; self.validate = validate; self.fileID = fileID; self.fileName = fileName; self.identity = identity
        self.store = store
        insert = try database.prepare(table.insertSQL)
        fieldCount = Int32(table.columns.count)
        var firstLine: Statement?, knownElsewhere: Statement?, versions: SnapshotVersions?
        switch table.rows {
        case .keyed(let column, _, _):
            firstLine = try database.prepare("SELECT regel FROM \(table.name) WHERE bestand_id = ? AND \(column) = ?")
        case .overlapping(let firstFileKeeps):
            knownElsewhere = firstFileKeeps ? nil
                : try database.prepare("SELECT count(*) FROM \(table.name) WHERE sleutel = ? AND volgnummer = ? AND bestand_id <> ?")
        case .versioned:
            versions = try SnapshotVersions(place: store.place(ofSnapshot: fileID), table: table, database: database, fileID: fileID,
                                            expectedRows: expectedRows)
        case .plain:
            break
        }
        self.firstLine = firstLine; self.knownElsewhere = knownElsewhere; self.versions = versions
        if versions != nil { PhaseTimes.mark("key map filled") }
        tallies = store.tallies
        // Only the newest snapshot: one arriving late is fitted in between its neighbours afterwards.
        let feed = try (versions?.place.next == nil ? makeTally?() : nil).map { TallyFeed(tally: $0.tally, validate: $0.validate, validateHere: validate) }
        self.feed = feed
        lineLayout = lines?.layout ?? ""
        let countsOnlyChanges = feed.map { !$0.countsRepeatedRows } ?? false
        lineParts = try versions.flatMap { versions in
            try Self.keepLines(table: table, versions: versions, lines: lines, countsOnlyChanges: countsOnlyChanges, database: database)
        }
        if let versions {
            // A version's file and snapshot day are the same for every row: written into the statements,
            // not bound to each row (`VersionInsert.fixed`).
            let fixed = VersionInsert.fixed(fileID: fileID, place: versions.place)
            let one = try database.prepare(table.insertSQL(rowsAtOnce: 1, fixed: fixed))
            let many = try database.prepare(table.insertSQL(rowsAtOnce: VersionInsert.rowsAtOnce, fixed: fixed))
            // Every parameter of a version's INSERT is bound for each row (`VersionInsert.bind`).
            one.arena = TextArena(); many.arena = TextArena()
            let writes = VersionInsert(one: one, many: many, fileName: fileName, fieldCount: fieldCount,
                                       parametersPerRow: Int32(table.insertColumns.count - fixed.count), keptParts: versions.keptParts,
                                       lineParts: lineParts)
            var written = 0
            writer = RowWriter { rows in
                try writes.write(rows)
                written += rows.count
                if written >= VersionInsert.rowsPerWriteback { database.startWriteback(); written = 0 }
            }
        } else {
            writer = nil
        }
        PhaseTimes.mark("count and line keeping ready")
    }

    /// The lines of the newest snapshot from a CSV file are kept as it loads. Lines the reading thread
    /// skips (from the start: `Ingestor.expectedLines`) can be, if the count starts from the kept counts
    /// (a count of every row must see every row) and the map names the versions in force; if not (a
    /// postcode table changed since, a damaged state), the file is read again without skipping.
    private static func keepLines(table: TableDescription, versions: SnapshotVersions, lines: LineKeeping?, countsOnlyChanges: Bool,
                                  database: Database) throws -> LineParts? {
        let kept = KeptLines(table: table, database: database)
        let source = versions.place.source
        guard let lines, versions.canSkipLines else {
            if lines?.skipper != nil { throw SkippedLineConflict() }
            try kept.forget(source: source)
            return nil
        }
        if lines.skipper != nil {
            guard countsOnlyChanges else { throw SkippedLineConflict() }
            versions.startSkipping()
        }
        return try kept.parts(source: source, onTopOfSkipped: lines.skipper != nil)
    }

    /// Lines the reading thread skipped: repeated byte for byte, their versions stay in force.
    /// Called between records, ~44,000 times on the 1M next quarter: optional chaining, not `guard let`,
    /// which retained and released the versions, the line parts and the writer for each call.
    func loadSkipped(_ lines: ArraySlice<SkippedLine>) throws {
        guard versions != nil, lineParts != nil else { throw SkippedLineConflict() }
        try versions?.markSkipped(lines)
        guard writer != nil else { return }
        try lineParts?.add(lines) { full in try writer?.write { [lineParts] in try lineParts?.write(full) } }
    }

    /// A line kept with its version (nil: the version it is stored as).
    private func keepLine(_ hash: UInt64, version: UInt32?, _ writer: RowWriter<PendingVersion<Row>>) throws {
        // Optional chaining, not `if let`: a binding retained and released the parts for every row.
        guard let full = lineParts?.add(hash: hash, version: version) else { return }
        try writer.write { [lineParts] in try lineParts?.write(full) }
    }

    /// Database work of this file's stream (a rejection to record): in order with the rows, on the
    /// writing thread when there is one.
    func write(_ work: @escaping () throws -> Void) throws {
        if let writer { try writer.write(work) } else { try work() }
    }

    /// The digests of the next records (a batch), before they are loaded: their keys' places in the map
    /// are fetched at once.
    func willLoad(_ digests: ArraySlice<RecordDigest>) {
        versions?.touch(digests.lazy.map(\.key))
    }

    /// `digest`: the record's key and content hashes, if the reading thread made them.
    func load(_ record: CSVRecord, digest: RecordDigest? = nil) throws -> LoadResult {
        // Unwrapped in place: `if let` retained and released both for every row, ~1.5% of a first
        // ingest's CPU (perf, 1M dossiers), the counts' cache lines shared with the writing thread's work.
        if versions != nil, writer != nil { return try loadVersion(record, digest, versions!, writer!) }
        let row: Row
        switch validate(record) {
        case .failure(let rejected): return .rejected(rejected.issues)
        case .success(let valid): row = valid
        }
        insert.bind(1, fileID)
        insert.bind(2, record.line)
        row.bind(to: insert, from: 3)
        var known = false
        if case .overlapping(let firstFileKeeps) = table.rows {
            let identity = row.identity
            let occurrence = occurrences[identity, default: 0] + 1
            occurrences[identity] = occurrence
            insert.bind(3 + fieldCount, identity)
            insert.bind(4 + fieldCount, occurrence)
            if let knownElsewhere, !firstFileKeeps {
                knownElsewhere.bind([.text(identity), .integer(occurrence), .integer(fileID)])
                known = try knownElsewhere.scalar() ?? 0 > 0
            }
        }
        if try insert.step() == .constraintViolation {
            guard case .keyed(_, let column, let noun) = table.rows, let firstLine else {
                throw StoreError("regel \(record.line) van \(fileName) kon niet worden opgeslagen")
            }
            firstLine.bind(1, fileID); firstLine.bind(2, row.key)
            return .rejected([duplicate(record, column: column, value: row.key, noun: noun, firstLine: try firstLine.scalar() ?? 0)])
        }
        if case .overlapping(firstFileKeeps: true) = table.rows, insert.database.changes == 0 { known = true }
        noteDates(row)
        return known ? .alreadyKnown : .loaded
    }

    /// A row of a snapshot: unchanged since the snapshot before (same bytes) it stores nothing; otherwise
    /// it is validated and stored as a new version of its key.
    private func loadVersion(_ record: CSVRecord, _ digest: RecordDigest?, _ versions: SnapshotVersions,
                             _ writer: RowWriter<PendingVersion<Row>>) throws -> LoadResult {
        let key = digest?.key ?? identity.keyHash(record)
        let content = digest?.content ?? identity.contentHash(record)
        let (state, versionBefore) = versions.stateAndVersion(key)
        if versions.comparesWithPrevious, state == .open(content: SnapshotVersions.content(Int(content))) {
            if lineParts != nil, let version = versions.versionInForce(state, named: versionBefore) {
                let line = digest?.line ?? identity.lineHash(record)
                if line != 0 { try keepLine(line, version: UInt32(version), writer) }
            }
            versions.markLoaded(key, line: record.line, replacesOld: false)
            try feed?.addUnchanged(record)
            return .loaded
        }
        let row: Row
        switch validate(record) {
        case .failure(let rejected):
            versions.markRejected(key)
            return .rejected(rejected.issues)
        case .success(let valid): row = valid
        }
        if case .loaded(let line) = state, case .versioned(_, let column, let noun) = table.rows {
            return .rejected([duplicate(record, column: column, value: row.key, noun: noun, firstLine: line)])
        }
        noteDates(row)
        // The tally gets a copy, the writing thread the row itself (the line kept after it: its version is
        // the one this row is stored as).
        try feed?.add(row)
        try writer.add(PendingVersion(line: record.line, key: key, content: content, row: consume row))
        if lineParts != nil { try keepLine(digest?.line ?? identity.lineHash(record), version: nil, writer) }
        if let old = versions.versionInForce(state, named: versionBefore) {
            ending.append(old)
            if ending.count == Self.endingPerRead { try handOverEnding(versions, writer) }
        }
        versions.markLoaded(key, line: record.line, replacesOld: versions.hadVersion(state))
        return .loaded
    }

    /// Versions this file ends with a new one, found as it loads: their ends are stored on the writing
    /// thread (`SnapshotVersions.storeEndsAhead`), where the tally reads them too (`SnapshotTally.willEnd`).
    private var ending: [Int] = []
    private static var endingPerRead: Int { 512 }

    private func handOverEnding(_ snapshot: SnapshotVersions, _ writer: RowWriter<PendingVersion<Row>>) throws {
        let versions = ending.sorted()     // rowid order, for the ends stored and the rows read
        ending.removeAll(keepingCapacity: true)
        let tally = feed.flatMap { $0.countsRepeatedRows ? nil : $0.tally }
        try writer.write { [store, table, database = insert.database] in
            try snapshot.storeEndsAhead(versions, table: table, database: database)
            try tally?.willEnd(versions, store: store)
        }
    }

    /// A row rejected before validation (cells shifted, bytes damaged): its key keeps its last valid state,
    /// as for any rejected row.
    func noteRejected(_ record: CSVRecord) {
        versions?.markRejected(identity.keyHash(record))
    }

    /// Ends the file: waits for the rows still being written, then a versioned table closes the versions
    /// this snapshot replaced, and the count, finished, completes with them.
    func finish() throws {
        PhaseTimes.mark("rows read")
        try feed?.endRows()
        if let versions, let writer, !ending.isEmpty { try handOverEnding(versions, writer) }
        if let lineParts, let writer {
            let rest = lineParts.take()
            try writer.write { try lineParts.write(rest) }
        }
        try writer?.finish()
        PhaseTimes.mark("rows written")
        let versionsBefore = try versions?.finish(table: table, fileID: fileID, database: insert.database) ?? (kept: [], ended: [])
        if let lineParts, let versions {
            let kept = KeptLines(table: table, database: insert.database)
            if lineParts.consistent { try kept.keepStamp(source: versions.place.source, layout: lineLayout) } else { try kept.forget(source: versions.place.source) }
        }
        PhaseTimes.mark("versions ended")
        let tally = try feed?.finish()
        finished = true
        if let tally {
            try tally.complete(kept: versionsBefore.kept, ended: versionsBefore.ended, fileID: fileID, store: store)
            tallies.loaded(tally, fileID: fileID)
            PhaseTimes.mark("count complete and kept")
        }
    }

    /// The file's rows are all in and counted.
    private var finished = false

    /// The file is refused (or done): the writing threads stop before its transaction is rolled back.
    func abandon() {
        writer?.abandon()
        if !finished { feed?.abandon() }
    }

    private func duplicate(_ record: CSVRecord, column: String, value: String, noun: String, firstLine: Int) -> RowIssue {
        RowIssue(file: fileName, line: record.line, column: column, value: value, kind: .primaryKey,
                 message: "\(noun) staat al op regel \(firstLine); de eerste is geladen")
    }

    private func noteDates(_ row: Row) {
        if let latest = row.latestDate, newestDate.map({ latest > $0 }) ?? true { newestDate = latest }
    }
}

/// A validated snapshot row on its way to the writing thread.
struct PendingVersion<Row: StorableRow> {
    let line: Int
    let key: Int64
    let content: Int64
    let row: Row
}

/// How the writing thread stores a snapshot's rows: `rowsAtOnce` to an INSERT while that many are
/// waiting, then one by one. (Multi-row INSERTs: see the issue-10 note for what they gained.)
struct VersionInsert {
    static let rowsAtOnce = 16
    /// After about this many rows (some 6 MB of pages) the disk is set to writing them (`startWriteback`).
    static let rowsPerWriteback = 65_536
    let one: Statement
    let many: Statement
    let fileName: String
    let fieldCount: Int32
    let parametersPerRow: Int32
    /// The kept key map the stored versions are added to, with the rowids SQLite gave them.
    let keptParts: KeyMapParts?
    /// The kept lines, given the rowids of the versions stored, in order.
    let lineParts: LineParts?

    func write<Row>(_ rows: ArraySlice<PendingVersion<Row>>) throws {
        try rows.withUnsafeBufferPointer { try write($0) }
    }

    private func write<Row>(_ rows: UnsafeBufferPointer<PendingVersion<Row>>) throws {
        var start = 0
        while rows.count - start >= Self.rowsAtOnce {
            let group = rows[start..<(start + Self.rowsAtOnce)]
            for index in group.indices { bind(rows.baseAddress! + index, to: many, from: Int32(index - start) * parametersPerRow + 1) }
            // A versioned table has no key to violate: a row that broke a constraint (NOT NULL, a
            // trigger) refuses the file, and its transaction is rolled back. The statement (OR FAIL,
            // `insertSQL`) kept the rows before that one: one by one says which row it was, and whatever
            // they say, the rows are not kept twice.
            if try many.step() == .constraintViolation {
                for row in group { try writeOne(row) }
                throw StoreError("regels \(group.first!.line) tot en met \(group.last!.line) van \(fileName) konden niet worden opgeslagen")
            } else {
                // One statement's rows get consecutive rowids, the last one's the connection's last.
                let first = Int(many.database.lastInsertedRowID) - Self.rowsAtOnce + 1
                if let keptParts {
                    for index in group.indices { try keptParts.add((rows[index].key, Int(rows[index].content), first + index - start)) }
                }
                if let lineParts { for offset in 0..<Self.rowsAtOnce { lineParts.stored(first + offset) } }
            }
            start += Self.rowsAtOnce
        }
        for row in rows[start...] { try writeOne(row) }
    }

    private func writeOne<Row>(_ row: PendingVersion<Row>) throws {
        withUnsafePointer(to: row) { bind($0, to: one, from: 1) }
        if try one.step() == .constraintViolation {
            throw StoreError("regel \(row.line) van \(fileName) kon niet worden opgeslagen (\(one.database.lastError))")
        }
        // Read once: a kept map's part written in between is a row of its own.
        let rowid = Int(one.database.lastInsertedRowID)
        try keptParts?.add((row.key, Int(row.content), rowid))
        lineParts?.stored(rowid)
    }

    /// The columns written into the statements (`TableDescription.insertSQL`): binding them to each row
    /// was 3% of the writing thread's instructions on a first ingest (callgrind, 100k: 883M -> 857M).
    static func fixed(fileID: Int, place: SnapshotVersions.Place) -> [String: Int] { ["bestand_id": fileID, "van": place.day] }

    /// By pointer: a row read from the batch into a call, by the slice's subscript or the buffer's, was
    /// copied whole first (a row of texts through its value witness: ~180 instructions a row).
    private func bind<Row>(_ version: UnsafePointer<PendingVersion<Row>>, to insert: Statement, from first: Int32) {
        insert.bind(first, version.pointee.line)
        version.pointee.row.bind(to: insert, from: first + 1)
        insert.bind(first + 1 + fieldCount, Int(version.pointee.key))
        insert.bind(first + 2 + fieldCount, Int(version.pointee.content))
    }
}

