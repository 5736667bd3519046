/// The PC4 -> stadsdeel lookup that the Dromen figures break down by. SampleData has one for Almere;
/// the municipality replaces it by ingesting its own (`PC4;Stadsdeel`): the newest table ingested wins.
public enum PostcodeTable {
    public static let source = "postcodes"
    public static let title = "Postcodetabel"
    public static let columns = [ColumnSpec("PC4"), ColumnSpec("Stadsdeel")]

    public static func validate(_ record: CSVRecord, header: HeaderMap, file: String) -> Result<(pc4: Int, area: String), RowIssues> {
        var check = RowChecker(record: record, file: file)
        let pc4 = check.integer(header.column("PC4"), in: 1000...9999)
        let area = check.required(header.column("Stadsdeel"))
        guard let pc4, let area else { return .failure(RowIssues(check.issues)) }
        return .success((pc4, area))
    }
}
