import Foundation

/// What happened to one input file.
public struct FileOutcome: Sendable {
    public enum Result: Sendable, Equatable {
        case loaded
        /// The same bytes were ingested before (as `previousName`): nothing changed.
        case unchanged(previousName: String)
        /// The whole file was refused; nothing of it was loaded.
        case refused(String)
        /// Found in a folder but not an export `impact` knows.
        case skipped(String)
    }

    public let path: String
    public var result: Result
    public var export: String?
    public var snapshot: String?
    public var encoding: String?
    public var rowsRead = 0
    public var rowsLoaded = 0
    public var rowsRejected = 0
    /// Rows of an export that adds rows (a bank file) already loaded from an overlapping file.
    public var rowsAlreadyKnown = 0
    /// Rows of a snapshot repeated byte for byte from the quarter before, found by the reading thread
    /// and not checked again (counted as read and loaded too; `LineSkipper`).
    public var rowsSkipped = 0
    public var blankRows = 0
    public var totalRows = 0
    public var issueCounts: [IssueKind: Int] = [:]
    /// The first issues, for the terminal; all of them are in the database and the rejects file.
    public var firstIssues: [RowIssue] = []
    public var replacedFile: String?
    public var rejectsFile: String?
    /// What the user should know although nothing was rejected (title lines above the header, skipped).
    public var notes: [String] = []

    init(path: String, result: Result) { self.path = path; self.result = result }
}

/// The load stage: streams each file through its reader and its export's validation into the database.
/// A file is loaded whole in one transaction, or (when it is refused) not at all.
public struct Ingestor {
    public let store: Store
    public let configuration: Configuration
    /// Where the rejected rows of each file are written for the coordinator; nil writes none.
    public let rejectsFolder: String?
    /// Every export impact can recognise, and how each one's records are loaded.
    public let exports: [ExportKind]
    public let loading: [ExportLoading]
    /// The suffixes of the lists impact writes beside reports (`niet-herkend`): never an export.
    public var ownListSuffixes: [String] = []
    /// Told how far each file has come (for a progress line on a terminal); nil tells nobody.
    public var progress: ((IngestProgress) -> Void)?
    static let issuesShown = 20
    /// Lines above the header that may be a title; more and the first line was meant as the header.
    static let titleLinesSkipped = 5

    public init(store: Store, configuration: Configuration = Configuration(), rejectsFolder: String?, exports: [ExportKind], loading: [ExportLoading]) {
        self.store = store; self.configuration = configuration; self.rejectsFolder = rejectsFolder; self.exports = exports; self.loading = loading
    }

    /// Ingests files and folders (recursively, in name order so a run is repeatable).
    public func ingest(_ paths: [String]) -> [FileOutcome] {
        // A page cache of 2 MB for the bulk load. Rows are appended (versioned tables have no index to
        // keep in order), so a larger cache gains nothing, while the key map of a snapshot needs the
        // memory: 32 MB put a 1M-dossier ingest at 104 MB peak; 8 -> 2 MB took a 3M ingest from 107 to
        // 101 MB (decimal) at the same speed (300k: 0.94x the wall time, farm-bench pairs).
        try? store.database.execute("PRAGMA cache_size = -2048")
        var outcomes: [FileOutcome] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                outcomes.append(FileOutcome(path: path, result: .refused("bestand of map bestaat niet")))
                continue
            }
            if isFolder.boolValue {
                for file in dataFiles(in: path) {
                    let outcome = ingestFile(file, explicitlyNamed: false)
                    outcomes.append(outcome)
                }
            } else {
                outcomes.append(ingestFile(path, explicitlyNamed: true))
            }
        }
        Self.returnFreedMemory()
        return outcomes
    }

    func dataFiles(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            let lowercased = relative.lowercased()
            // Excel's lock files (~$name.xlsx) are not workbooks; impact's own lists are not exports.
            let name = (relative as NSString).lastPathComponent
            if ExportKind.isOwnOutput(name, listSuffixes: ownListSuffixes) || name.hasPrefix("~$") { continue }
            if lowercased.hasSuffix(".csv") || lowercased.hasSuffix(".xlsx") {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    func ingestFile(_ path: String, explicitlyNamed: Bool) -> FileOutcome {
        let name = (path as NSString).lastPathComponent
        PhaseTimes.mark("database open; start of \(name)")
        var outcome = FileOutcome(path: path, result: .loaded)
        do {
            // A file whose size no stored file has cannot be one loaded before: its SHA-256 is computed
            // beside the load (`FileDigest`) instead of before it, and the load starts on a guess.
            let size = FileStatus.of(path)?.size
            let digestBeside = try size.map { try store.hasFile(byteCount: $0) } == false
            var fingerprint = try digestBeside ? FileFingerprint.guess(path: path) : FileFingerprint.of(path: path)
            // A CSV that looks like clean UTF-8, where the quarter before's lines may be skipped: its text is
            // checked by the reading thread, on the lines it does not skip (`ReadingTextCheck`).
            let readingChecksText = try digestBeside && !Self.isWorkbook(name) && fingerprint.encoding == .utf8 && !fingerprint.hasDamagedBytes
                && !fingerprint.looksBinary && KeptLines.anyKept(database: store.database)
            let digest = digestBeside ? FileDigest(path: path, textCheckedByReading: readingChecksText) : nil
            let tracker = ProgressTracker(file: name, bytes: fingerprint.byteCount, report: progress)
            defer { tracker.send(finished: true) }
            func noteEncoding() { outcome.encoding = Self.isWorkbook(name) ? "XLSX" : fingerprint.encoding.rawValue }
            noteEncoding()
            func loadedBefore() throws -> Bool {
                guard !fingerprint.sha256.isEmpty, let earlier = try store.file(withSHA256: fingerprint.sha256) else { return false }
                outcome.result = .unchanged(previousName: earlier.name)
                outcome.export = earlier.source
                outcome.snapshot = earlier.snapshot
                return true
            }
            if try loadedBefore() { return outcome }
            var committed = false
            defer { store.tallies.fileEnded(committed: committed) }
            // Every row a file stores names the file registered in the same transaction, so the foreign
            // key check (a lookup per row) cannot fail: off while it loads, it took ~7% of the writing
            // thread's inserts (1M dossiers, sqlite3: INSERT ... SELECT 1.11 -> 0.96-1.02 s user).
            // SQLite only changes the setting outside a transaction.
            try store.database.execute("PRAGMA foreign_keys = OFF")
            defer { try? store.database.execute("PRAGMA foreign_keys = ON") }
            let start = outcome
            func loadInTransaction(skipping: Bool) throws {
                try store.database.transaction {
                    // Another impact may have loaded the same bytes while this one waited for the database.
                    if let digest, fingerprint.sha256.isEmpty, try store.hasFile(byteCount: fingerprint.byteCount) { fingerprint = try digest.fingerprint() }
                    noteEncoding()
                    if try loadedBefore() { return }
                    try load(path: path, name: name, fingerprint: fingerprint, digest: fingerprint.sha256.isEmpty ? digest : nil,
                             explicitlyNamed: explicitlyNamed, skipping: skipping, tracker: tracker, into: &outcome)
                }
            }
            var skipping = true
            while true {
                do {
                    try loadInTransaction(skipping: skipping)
                    break
                } catch is SkippedLineConflict where skipping {
                    // A dossier twice in the file, a skipped line the second: read again, every line checked.
                    outcome = start
                    skipping = false
                } catch {
                    // A load (or a refusal) on a guessed fingerprint that the whole pass contradicts: rare,
                    // a file whose start looks otherwise than the rest (its first Windows-1252 byte after
                    // the first MiB). Read again as the whole pass found it (its SHA-256 known: once).
                    guard let digest, fingerprint.sha256.isEmpty, let whole = try? digest.fingerprint(), !fingerprint.agrees(with: whole) else { throw error }
                    outcome = start
                    fingerprint = whole
                }
            }
            committed = true
            PhaseTimes.mark("committed")
        } catch let skip as SkipFile {
            outcome.result = .skipped(skip.reason)
        } catch let error as InputError {
            // A refused sheet says which: the file's label is "name.xlsx [Klussen]".
            let sheet = error.file.hasPrefix(name + " [") ? String(error.file.dropFirst(name.count + 2).dropLast()) : nil
            outcome.result = .refused((sheet.map { "werkblad \($0): " } ?? "") + error.message)
        } catch {
            outcome.result = .refused("\(error)")
        }
        if case .loaded = outcome.result {} else { outcome.rowsLoaded = 0; outcome.rowsRejected = 0; outcome.rejectsFile = nil; outcome.replacedFile = nil }
        return outcome
    }

    private struct SkipFile: Error { let reason: String }
    /// A file loaded on its guessed fingerprint that the whole pass contradicts (`FileFingerprint.guess`).
    private struct WrongGuess: Error {}

    static func isWorkbook(_ name: String) -> Bool { name.lowercased().hasSuffix(".xlsx") }

    /// Records from a CSV file or from one sheet of a workbook: the rest of the path is the same. A CSV
    /// file's reading thread digests each record too, once told how (`WorkAhead`).
    typealias RecordStream = (WorkAhead, _ willUse: (ArraySlice<RecordDigest>) -> Void, _ skipped: (ArraySlice<SkippedLine>) throws -> Void,
                              (CSVRecord, RecordDigest?) throws -> Void) throws -> Void

    /// One file, whole or not at all: recognise the export, register the file (retiring the one it
    /// replaces), then stream each part (the file, or each sheet) through validation into its table.
    /// `digest`: the file's whole fingerprint still being computed; its SHA-256 is recorded once the rows
    /// are in, if the load's guessed fingerprint agrees with it.
    /// `skipping`: whether lines the snapshot before kept may be skipped (false when read again after a
    /// `SkippedLineConflict`).
    private func load(path: String, name: String, fingerprint: FileFingerprint, digest: FileDigest?, explicitlyNamed: Bool,
                      skipping: Bool, tracker: ProgressTracker, into outcome: inout FileOutcome) throws {
        if ExportKind.isOwnOutput(name, listSuffixes: ownListSuffixes) {
            throw InputError(file: name, message: "dit is een lijst die impact zelf schrijft, geen export; herstel de regels in de export zelf en lees die opnieuw in")
        }
        let kind: ExportKind
        let parts: [(kind: ExportKind, sheet: String?, stream: RecordStream)]
        var checksBytes = false
        var expectedRows = 0
        var csvHeader: [String]?
        if Self.isWorkbook(name) {
            let workbook = try XLSXWorkbook(path: path)
            guard let found = ExportKind.recogniseWorkbook(fileName: name, sheets: workbook.sheetNames, among: exports) else {
                if !explicitlyNamed { throw SkipFile(reason: "geen werkmap die impact kent") }
                throw InputError(file: name, message: "geen werkmap die impact kent; verwacht: " + exports.filter { !$0.sheets.isEmpty }
                    .map { "\($0.title) (\($0.fileNamePrefix)_..., werkbladen \($0.sheets.map(\.name).joined(separator: " en ")))" }.joined(separator: ", "))
            }
            kind = found
            parts = found.sheets.map { sheet in
                (sheet.kind, sheet.name, { _, _, _, body in
                    try workbook.forEachRow(sheet: sheet.name) { fields, line in try CSVRecord.with(fields: fields, line: line) { try body($0, nil) } }
                })
            }
        } else {
            if fingerprint.looksBinary {
                let advice: String
                switch fingerprint.binaryKind {
                case .workbook?: advice = "maar een Excel-werkmap; geef het de naam .xlsx, of sla het in Excel op als CSV"
                case .zip?: advice = "maar een zip-bestand; pak het uit en lees de export zelf in"
                case .oldExcel?: advice = "maar een oud Excel-bestand (.xls) of een beveiligde werkmap; bewaar het in Excel als .xlsx zonder wachtwoord, of als CSV"
                case .pdf?: advice = "maar een PDF; vraag de export op als CSV of als Excel-werkmap"
                case .gzip?: advice = "maar een gzip-bestand; pak het eerst uit"
                case nil: advice = "in UTF-8 of Windows-1252 (misschien UTF-16, 'Unicode-tekst'); sla het in Excel op als 'CSV UTF-8'"
                }
                throw InputError(file: name, message: "\(IssueKind.encodingError.rawValue): dit is geen tekstbestand (CSV) \(advice)")
            }
            let reader = try CSVReader(path: path, fingerprint: fingerprint)
            guard let header = try reader.header() else { throw InputError(file: name, message: "het bestand is leeg") }
            csvHeader = header
            guard let found = ExportKind.recognise(fileName: name, header: header, renames: configuration.renames, among: exports) else {
                let known = exports.filter { $0.sheets.isEmpty }.map { "\($0.title) (\($0.fileNamePrefix)_...)" }.joined(separator: ", ")
                if !explicitlyNamed { throw SkipFile(reason: "geen export die impact kent") }
                throw InputError(file: name, message: "geen export die impact kent; de kop past bij geen van: \(known)")
            }
            kind = found
            parts = [(found, nil, { ahead, willUse, skipped, body in
                try reader.forEachRecordReadingAhead(bytesRead: tracker.read, workAhead: ahead, checkingText: digest?.readingCheck,
                                                     willUse: willUse, skipped: skipped, body)
            })]
            checksBytes = fingerprint.hasDamagedBytes
            expectedRows = Self.estimatedRows(fingerprint)
        }
        outcome.export = kind.source
        var snapshot: Period?
        if let period = kind.snapshotPeriod {
            guard let found = period(name) else {
                let (word, pattern) = kind.namePattern
                throw InputError(file: name, message: "de bestandsnaam zegt niet voor welk \(word) deze momentopname is; noem het \(kind.fileNamePrefix)_\(pattern)")
            }
            snapshot = found
            outcome.snapshot = found.label
        }
        let id = try store.registerFile(source: kind.source, name: name, fingerprint: fingerprint, snapshot: snapshot)
        let sources = [kind.source] + kind.sheets.map(\.kind.source)
        let tables = loading.filter { sources.contains($0.source) }.map(\.table)
        if let previous = try store.replacePrevious(of: id, kind: kind, tables: tables) { outcome.replacedFile = previous }
        let expected = try csvHeader.flatMap { cells in
            try expectedLines(kind: kind, cells: cells, encoding: outcome.encoding, damaged: checksBytes, fileID: id, expectedRows: expectedRows,
                              skipping: skipping)
        }
        PhaseTimes.mark("registered, the quarter before's lines read")
        var newest: Day?
        var rejectsFiles: [String] = []
        for part in parts {
            if let sheet = part.sheet { tracker.file = "\(name) [\(sheet)]" }
            let (partNewest, rejects) = try consume(part.stream, kind: part.kind, sheet: part.sheet, fileID: id, name: name, snapshot: snapshot,
                                                    checksBytes: checksBytes, expectedRows: expectedRows, expected: part.sheet == nil ? expected : nil,
                                                    tracker: tracker, outcome: &outcome)
            if let partNewest, newest.map({ partNewest > $0 }) ?? true { newest = partNewest }
            rejectsFiles += rejects.map { [$0] } ?? []
        }
        if let digest {
            let whole = try digest.fingerprint()
            PhaseTimes.mark("the file's SHA-256 ready")
            guard fingerprint.agrees(with: whole) else { throw WrongGuess() }
            try store.recordDigest(of: id, name: name, sha256: whole.sha256)
        }
        try store.finishFile(id: id, outcome: outcome, newestDate: newest)
        outcome.rejectsFile = rejectsFiles.isEmpty ? nil : rejectsFiles.joined(separator: ", ")
    }

    /// Streams one part: the first non-blank record is its header, then every record is validated and
    /// loaded, or rejected with its reasons (in the database and in the part's rejects file).
    /// `expected`: for a CSV snapshot, the layout its lines are kept under and the quarter before's lines
    /// the reading thread is to skip, if any.
    private func consume(_ stream: RecordStream, kind: ExportKind, sheet: String?, fileID: Int, name: String, snapshot: Period?,
                         checksBytes: Bool, expectedRows: Int, expected: (layout: String, skipper: LineSkipper?)?, tracker: ProgressTracker,
                         outcome: inout FileOutcome) throws -> (newest: Day?, rejects: String?) {
        var opened: OpenedPart?
        // A title or a date above the header (a report printed to CSV, a sheet with a heading) is skipped;
        // if no header follows within a few lines, the first line's problem is the one reported.
        var titleLines = 0
        var headerProblem: (error: InputError, cells: [String])?
        var readColumns: [(name: String, position: Int)] = []
        let rowsBefore = outcome.rowsRead
        var rejects: RejectsFile?
        let label = sheet.map { "\(name) [\($0)]" } ?? name
        let rejectsName = sheet.map { ((name as NSString).deletingPathExtension) + "-" + $0 + ".csv" } ?? name
        defer { opened?.loader.table.abandon() }     // a refused file: no row is written after this
        let ahead = WorkAhead()
        ahead.skipper = expected?.skipper
        let skipped = { (lines: ArraySlice<SkippedLine>) throws in
            guard let loader = opened?.loader.table else { throw SkippedLineConflict() }
            try loader.loadSkipped(lines)
            outcome.rowsRead += lines.count
            outcome.rowsLoaded += lines.count
            outcome.rowsSkipped += lines.count
            tracker.addRows(lines.count)
        }
        try stream(ahead, { opened?.loader.table.willLoad($0) }, skipped) { record, digest in
            guard let part = opened else {
                if record.isBlank { return }
                let cells = (0..<record.count).map { record.string($0) }
                let renames = configuration.renames[kind.source] ?? [:]
                let layout = kind.layout(for: cells, renames: renames)
                let header: HeaderMap
                do {
                    header = try HeaderMap.resolve(header: cells, layout: layout, of: kind, renames: renames, file: label)
                } catch let problem as InputError where problem.message.hasPrefix(IssueKind.missingLabel.rawValue) {
                    headerProblem = headerProblem ?? (problem, cells)
                    titleLines += 1
                    if titleLines > Self.titleLinesSkipped { throw otherExportHint(headerProblem!, kind: kind) }
                    return
                }
                if titleLines > 0 {
                    outcome.notes.append("\(sheet.map { "werkblad \($0): " } ?? "")de kop staat op regel \(record.line); wat erboven staat (\(titleLines) regel\(titleLines == 1 ? "" : "s") tekst: een titel?) is overgeslagen")
                }
                guard let loads = loading.first(where: { $0.source == kind.source }) else { throw StoreError("geen tabel voor export \(kind.source)") }
                let file = ExportFile(label: label, snapshot: snapshot, layout: layout)
                readColumns = layout.columns.filter { !kind.personalColumns.contains($0.name) }.compactMap { column in
                    header.position(column.name).map { (column.name, $0) }
                }
                let identity = RecordIdentity(key: kind.keyColumn.flatMap { header.position($0) }, content: readColumns.map(\.position))
                // A snapshot's records are hashed on the reading thread (`WorkAhead`), to be compared with the quarter before.
                if case .versioned = loads.table.rows {
                    ahead.work = { RecordDigest(key: identity.keyHash($0), content: identity.contentHash($0), line: identity.lineHash($0)) }
                }
                // A CSV snapshot's lines are kept; the quarter before's are skipped only under the header they were read with.
                let linesLayout = lineLayout(kind: kind, cells: cells, encoding: outcome.encoding, damaged: checksBytes)
                if let expected, expected.skipper != nil, expected.layout != linesLayout { throw SkippedLineConflict() }
                let lines = expected.map { LineKeeping(layout: linesLayout, skipper: $0.skipper) }
                opened = OpenedPart(header: header, cells: cells, loader: try loads.makeLoader(FileLoad(
                    header: header, file: file, store: store, fileID: fileID, identity: identity, expectedRows: expectedRows, lines: lines)))
                return
            }
            if record.isBlank { outcome.blankRows += 1; return }
            if Self.isTotalRow(record) { outcome.totalRows += 1; return }
            outcome.rowsRead += 1
            tracker.row()
            let damaged = checksBytes ? RowChecker.damagedField(record, columns: readColumns, file: label) : nil
            let unreadable = RowChecker.structuralIssue(record, header: part.header, file: label, isTextLine: sheet == nil) ?? damaged
            if unreadable != nil { part.loader.table.noteRejected(record) }
            let result = try unreadable.map { .rejected([$0]) } ?? part.loader.load(record, digest)
            guard case .rejected(let issues) = result else {
                if result == .loaded { outcome.rowsLoaded += 1 } else { outcome.rowsAlreadyKnown += 1 }
                return
            }
            outcome.rowsRejected += 1
            for issue in issues {
                outcome.issueCounts[issue.kind, default: 0] += 1
                if outcome.firstIssues.count < Self.issuesShown { outcome.firstIssues.append(issue) }
            }
            // The key of a rejected row lets a snapshot figure fall back on the dossier's last valid state.
            let key = kind.keyColumn.flatMap { part.header.position($0) }.map { record.string($0) }.flatMap { $0.isEmpty ? nil : $0 }
            let isDuplicate = issues.contains { $0.kind == .primaryKey }
            try part.loader.table.write { [store] in try store.recordRejection(fileID: fileID, issues: issues, key: isDuplicate ? nil : key) }
            if rejects == nil, let folder = rejectsFolder {
                rejects = try RejectsFile(folder: folder, sourceName: rejectsName, header: part.header, personal: kind.personalColumns, headerCells: part.cells)
            }
            // A record whose cells are shifted or swallowed (extra-cell, format-error) may carry the Droom
            // text in any field, a damaged one (encoding-error) bytes no list should hold: only its line
            // and reasons are listed.
            let structural = issues.contains { [.extraCell, .missingCell, .formatError, .encodingError].contains($0.kind) }
            rejects?.write(record: record, issues: issues, withFields: !structural)
        }
        guard let opened else {
            // A sheet of events with nothing in it (no jobs this quarter, not even a header) adds nothing;
            // it must not cost the workbook's other sheets.
            if let sheet, headerProblem == nil, case .adds = kind.succession {
                outcome.notes.append("werkblad \(sheet) is leeg (ook geen kop): geen \(kind.title.lowercased()) ingelezen")
                return (nil, nil)
            }
            throw headerProblem.map { otherExportHint($0, kind: kind) } ?? InputError(file: label, message: sheet == nil ? "het bestand is leeg" : "het werkblad is leeg")
        }
        // A snapshot or a whole table with no rows would wipe what the previous file held (a quarter's
        // register, the year plan): an export broken off is far likelier than an empty register.
        if outcome.rowsRead == rowsBefore {
            switch kind.succession {
            case .adds: break
            case .snapshotPerPeriod:
                throw InputError(file: label, message: "alleen een kop, geen regels: deze lege momentopname zou \(kind.title) van \(snapshot?.label ?? "deze periode") leegmaken; is de export afgebroken? Er is niets ingelezen")
            case .replacesAll:
                throw InputError(file: label, message: "alleen een kop, geen regels: dit lege bestand zou \(kind.title) vervangen door niets; is de export afgebroken? Er is niets ingelezen")
            }
        }
        try opened.loader.table.finish()
        rejects?.close()
        if let stale = rejectsFolder.map({ RejectsFile.path(folder: $0, sourceName: rejectsName) }), rejects == nil {
            try? FileManager.default.removeItem(atPath: stale)    // an earlier run's list no longer applies
        }
        return (opened.loader.table.newestDate, rejects?.path)
    }

    /// For a CSV file of a snapshot export: the layout its lines are kept under (`KeptLines`), and the
    /// lines the quarter before kept under the same layout, for the reading thread to skip from its first
    /// line (`LineSkipper`), read before the file's rows (the map then fills while the reading thread
    /// goes ahead). Whether they can be skipped is known only once the loader is made (`TableLoader`); if
    /// not, the file is read again without (`SkippedLineConflict`).
    private func expectedLines(kind: ExportKind, cells: [String], encoding: String?, damaged: Bool, fileID: Int, expectedRows: Int,
                               skipping: Bool) throws -> (layout: String, skipper: LineSkipper?)? {
        guard kind.snapshotPeriod != nil, let table = loading.first(where: { $0.source == kind.source })?.table,
              case .versioned = table.rows else { return nil }
        let layout = lineLayout(kind: kind, cells: cells, encoding: encoding, damaged: damaged)
        // A late quarter, or a register too large for the map to name its versions, skips nothing (rather
        // than reading the file twice: a 1.45M-dossier register's next quarter took 2.8 -> 3.6 s so).
        guard skipping, try SnapshotVersions.willNameVersions(place: store.place(ofSnapshot: fileID), expectedRows: expectedRows, database: store.database),
              let skipper = try KeptLines(table: table, database: store.database).skipper(source: kind.source, layout: layout, loading: fileID)
        else { return (layout, nil) }
        return (layout, skipper)
    }

    /// What the same bytes of a line mean: the same encoding, header (the first line the reader found
    /// one on), column renames and build of impact (its rules). `damaged`: the file holds a NUL or a
    /// broken character somewhere, so its kept lines are not known to be clean text (`ReadingTextCheck`
    /// takes a skipped line for clean).
    private func lineLayout(kind: ExportKind, cells: [String], encoding: String?, damaged: Bool) -> String {
        let renames = (configuration.renames[kind.source] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let text = (encoding ?? "?") + (damaged ? " beschadigd" : "")
        return [text, cells.joined(separator: "\u{1F}"), renames.joined(separator: "\u{1F}"), BuildIdentity.current].joined(separator: ";")
    }

    /// Excel's summary line at the bottom: first non-empty cell `Totaal`.
    static func isTotalRow(_ record: CSVRecord) -> Bool {
        for index in 0..<record.count {
            let field = record.trimmed(index)
            if field.count == 0 { continue }
            return field.count == 6 && String(decoding: field, as: UTF8.self).lowercased() == "totaal"
        }
        return false
    }
}

/// A part whose header has been read: the header, its cells as read, and the loader of its records. A
/// class: the tuple it was, copied for each record, was ~2.5% of a first ingest's CPU in the retains and
/// releases of what it holds (perf, 1M dossiers).
private final class OpenedPart {
    let header: HeaderMap
    let cells: [String]
    let loader: FileLoader

    init(header: HeaderMap, cells: [String], loader: FileLoader) { self.header = header; self.cells = cells; self.loader = loader }
}
