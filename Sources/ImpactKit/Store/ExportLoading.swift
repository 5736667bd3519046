/// How one export's records are loaded: the table its valid rows go to, and the validation that turns a
/// record into a storable row (or into the rules it breaks). An organisation gives one per export (for a
/// workbook, one per sheet); the ingest stage looks it up by the export's `source`.
///
/// The rows keep their own type (`Row`) all the way to the database and the tally: as `any StorableRow`
/// each validated row was a box on the heap, retained and released by three threads, and cast back to
/// its type by the tally (issue 10's profile of a first ingest).
public struct ExportLoading: Sendable {
    public typealias Validate<Row> = (CSVRecord) -> Result<Row, RowIssues>
    public let source: String
    public let table: TableDescription
    /// Makes the loader of one file (or sheet), once its header is known.
    let makeLoader: @Sendable (FileLoad) throws -> FileLoader

    /// `makeValidator`: the validation of one file, once its header is known. `makeTally`: the tally of
    /// the newest snapshot file (`SnapshotTally`), given its header, the store, the file's id and about
    /// how many rows it holds; nil: its figures are read back from the database.
    public init<Row: StorableRow>(source: String, table: TableDescription,
                                  makeValidator: @escaping @Sendable (HeaderMap, ExportFile) -> Validate<Row>,
                                  makeTally: (@Sendable (HeaderMap, ExportFile, Store, _ fileID: Int, _ expectedRows: Int) throws -> (any SnapshotTally<Row>)?)? = nil) {
        self.source = source; self.table = table
        makeLoader = { load in
            let tally = makeTally.map { make in
                { try make(load.header, load.file, load.store, load.fileID, load.expectedRows).map { (tally: $0, validate: makeValidator(load.header, load.file)) } }
            }
            let loader = try TableLoader(table: table, store: load.store, fileID: load.fileID, fileName: load.file.label, identity: load.identity,
                                         expectedRows: load.expectedRows, lines: load.lines, validate: makeValidator(load.header, load.file),
                                         makeTally: tally)
            // Made here, where the rows' type is known: called through a protocol, a generic class's
            // method runs unspecialized (its rows copied through their type's witnesses). It captures
            // nothing, so no context is retained and released for each record: the loader's was, in a
            // cache line other threads wrote to (~3-5% of a first ingest's CPU, perf).
            return FileLoader(loader) { loader, record, digest in
                try unsafeDowncast(loader, to: TableLoader<Row>.self).load(record, digest: digest)
            }
        }
    }
}

/// What the loader of one file is made with.
struct FileLoad {
    let header: HeaderMap
    let file: ExportFile
    let store: Store
    let fileID: Int
    let identity: RecordIdentity
    let expectedRows: Int
    let lines: LineKeeping?
}

/// The loader of one file (`TableLoader`), whatever its rows' type. A class: a struct read out of its
/// holder for each record was copied, its loader retained and released.
final class FileLoader {
    let table: any FileLoading
    private let loadRecord: (any FileLoading, CSVRecord, RecordDigest?) throws -> LoadResult

    init(_ table: any FileLoading, load: @escaping (any FileLoading, CSVRecord, RecordDigest?) throws -> LoadResult) {
        self.table = table; loadRecord = load
    }

    /// Validates and stores one record (`TableLoader.load`); `digest`: its hashes, if the reading thread made them.
    func load(_ record: CSVRecord, _ digest: RecordDigest?) throws -> LoadResult { try loadRecord(table, record, digest) }
}

/// A `TableLoader` of any row type, for all but its records (`FileLoader.load`).
protocol FileLoading: AnyObject {
    var newestDate: Day? { get }
    func willLoad(_ digests: ArraySlice<RecordDigest>)
    func loadSkipped(_ lines: ArraySlice<SkippedLine>) throws
    func noteRejected(_ record: CSVRecord)
    func write(_ work: @escaping () throws -> Void) throws
    func finish() throws
    func abandon()
}
