/// A row as a figure reads it, with the file and line it was stored from: what `impact explain` shows
/// beside each row behind a figure.
public struct Located<Row> {
    public let row: Row
    /// `bronbestand.id` of the file the row (or, in a snapshot table, this version of it) was read from.
    public let file: Int
    public let line: Int
    /// Which of several equal rows in one export it is (`volgnummer`), for rows an overlapping export may
    /// deliver again: two equal gifts on one day are the first and the second.
    public let occurrence: Int

    public init(_ row: Row, file: Int, line: Int, occurrence: Int = 1) {
        self.row = row; self.file = file; self.line = line; self.occurrence = occurrence
    }
}

extension Located: Sendable where Row: Sendable {}

/// Where a row behind a figure is: the file's name and the line. A snapshot table stores a row once for
/// as long as it stays the same, with the file and line where that version first appeared; a dossier
/// unchanged since an earlier quarter has no line of its own in the newer quarter's file. `inSnapshot`
/// then says how the row stands in the snapshot the figure used.
public struct RowOrigin: Sendable, Equatable {
    public let file: String
    public let line: Int
    /// Empty for a row that is not from a snapshot; else `regel 512` (the snapshot's own line),
    /// `ongewijzigd` (the same bytes there, on a line not kept) or `afgekeurd op regel 77` (the snapshot
    /// rejected the row, so it counts in this, its last valid state).
    public let inSnapshot: String

    public init(file: String, line: Int, inSnapshot: String = "") { self.file = file; self.line = line; self.inSnapshot = inSnapshot }
}

/// Turns stored file ids and lines into `RowOrigin`s: the file names, and for one snapshot the keys it
/// rejected, read once.
public struct RowOrigins: Sendable {
    let names: [Int: String]
    /// The snapshot the rows stand in, and the line of each key it rejected.
    let snapshot: Int?
    let rejected: [String: Int]

    /// The file's name as rows name it.
    public func name(of file: Int) -> String { names[file] ?? "bestand \(file)" }

    public func origin(file: Int, line: Int, key: String? = nil) -> RowOrigin {
        let name = name(of: file)
        guard let snapshot, let key else { return RowOrigin(file: name, line: line) }
        if file == snapshot { return RowOrigin(file: name, line: line, inSnapshot: "regel \(line)") }
        if let rejectedLine = rejected[key] { return RowOrigin(file: name, line: line, inSnapshot: "afgekeurd op regel \(rejectedLine)") }
        return RowOrigin(file: name, line: line, inSnapshot: "ongewijzigd")
    }

    public func origin<Row>(_ located: Located<Row>, key: String? = nil) -> RowOrigin {
        origin(file: located.file, line: located.line, key: key)
    }
}

extension Store {
    /// File names (of a workbook with the `sheet`, as ingest names it: `x.xlsx [Deelnemers]`), and for the
    /// rows of snapshot `fileID` (nil: rows not from a snapshot) the keys it rejected.
    public func rowOrigins(snapshot fileID: Int? = nil, sheet: String? = nil) throws -> RowOrigins {
        var names: [Int: String] = [:]
        try database.prepare("SELECT id, naam FROM bronbestand").rows { row in names[row.int(0)!] = row.string(1)! + (sheet.map { " [\($0)]" } ?? "") }
        var rejected: [String: Int] = [:]
        if let fileID {
            let statement = try database.prepare("SELECT sleutel, min(regel) FROM afgekeurd WHERE bestand_id = ? AND sleutel IS NOT NULL GROUP BY sleutel")
            statement.bind(1, fileID)
            try statement.rows { row in rejected[row.string(0)!] = row.int(1)! }
        }
        return RowOrigins(names: names, snapshot: fileID, rejected: rejected)
    }
}
