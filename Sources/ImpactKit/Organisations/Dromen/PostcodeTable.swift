/// The PC4 -> stadsdeel lookup that the Dromen figures break down by. SampleData has one for Almere;
/// the municipality replaces it by ingesting its own (`PC4;Stadsdeel`): the newest table ingested wins.
public enum PostcodeTable {
    public static let source = "postcodes"
    public static let title = "Postcodetabel"
    public static let columns = [ColumnSpec("PC4"), ColumnSpec("Stadsdeel")]

    /// The newest table ingested replaces the one before.
    public static let export = ExportKind(source: source, title: title, fileNamePrefix: "postcodes",
                          layouts: [ExportLayout(name: "Postcodetabel", columns: columns)], personalColumns: [], succession: .replacesAll)

    /// Valid rows of `export` go to table `postcode_stadsdeel`.
    public static let loading = ExportLoading(source: export.source, table: DromenTables.postcodes) { header, file in { record in validate(record, header: header, file: file.label) } }

    public struct Area: StorableRow {
        public let pc4: Int
        public let area: String
        public func bind(to insert: Statement, from first: Int32) { insert.bind(first, pc4); insert.bind(first + 1, area) }
        public var key: String { String(pc4) }
    }

    public static func validate(_ record: CSVRecord, header: HeaderMap, file: String) -> Result<Area, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let pc4 = check.pc4(header.column("PC4"))
        let area = check.required(header.column("Stadsdeel"))
        guard let pc4, let area else { return .failure(RowIssues(check.issues)) }
        return .success(Area(pc4: pc4, area: area))
    }
}
