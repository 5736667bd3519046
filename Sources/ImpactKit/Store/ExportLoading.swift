/// How one export's records are loaded: the table its valid rows go to, and the validation that turns a
/// record into a storable row (or into the rules it breaks). An organisation gives one per export (for a
/// workbook, one per sheet); the ingest stage looks it up by the export's `source`.
public struct ExportLoading: Sendable {
    public typealias Validate = (CSVRecord) -> Result<any StorableRow, RowIssues>
    public let source: String
    public let table: TableDescription
    /// Makes the validation of one file, once its header is known.
    public let makeValidator: @Sendable (HeaderMap, ExportFile) -> Validate
    /// Makes the tally of the newest snapshot file (`SnapshotTally`), given its header, the store, the
    /// file's id and about how many rows it holds; nil: its figures are read back from the database.
    public typealias MakeTally = @Sendable (HeaderMap, ExportFile, Store, _ fileID: Int, _ expectedRows: Int) throws -> (any SnapshotTally)?
    public let makeTally: MakeTally?

    public init(source: String, table: TableDescription, makeValidator: @escaping @Sendable (HeaderMap, ExportFile) -> Validate,
                makeTally: MakeTally? = nil) {
        self.source = source; self.table = table; self.makeValidator = makeValidator; self.makeTally = makeTally
    }
}
