/// A list for an organisation's own people, written as CSV beside a report: `zwo-2018-2019-niet-herkend.csv`.
public struct OwnList: Sendable {
    /// Appended to the report's file name: `niet-herkend`.
    public let suffix: String
    /// What the list holds, for the line `report` prints.
    public let description: String
    public let header: [String]
    public let rows: [[String]]
    public init(suffix: String, description: String, header: [String], rows: [[String]]) {
        self.suffix = suffix; self.description = description; self.header = header; self.rows = rows
    }
}
