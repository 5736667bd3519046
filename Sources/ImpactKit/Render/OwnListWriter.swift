/// Writes an organisation's own list (`OwnList`) as CSV for Excel, beside the report it belongs to.
public enum OwnListWriter {
    public static func write(_ list: OwnList, to path: String) throws {
        let writer = try CSVWriter(path: path)
        writer.write(list.header)
        for row in list.rows { writer.write(row) }
        writer.close()
    }
}
