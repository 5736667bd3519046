/// The kinds of problem a row or a file can have, named as in Frictionless's error vocabulary so that
/// people who know data validation recognise them.
public enum IssueKind: String, Sendable, CaseIterable, Comparable {
    case missingLabel = "missing-label"
    case duplicateLabel = "duplicate-label"
    case encodingError = "encoding-error"
    case formatError = "format-error"
    case extraCell = "extra-cell"
    case missingCell = "missing-cell"
    case typeError = "type-error"
    case constraintError = "constraint-error"
    case primaryKey = "primary-key"

    public static func < (a: IssueKind, b: IssueKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One problem in one row: where it is (file, line, column), what was there, which rule it broke.
public struct RowIssue: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: String
    public let value: String
    public let kind: IssueKind
    public let message: String

    public init(file: String, line: Int, column: String, value: String, kind: IssueKind, message: String) {
        self.file = file; self.line = line; self.column = column; self.value = value; self.kind = kind; self.message = message
    }

    /// `dromen_2022-Q4.csv, regel 12, kolom Leeftijd, waarde "21": constraint-error: ...`
    public var description: String {
        var text = "\(file), regel \(line)"
        if !column.isEmpty { text += ", kolom \(column)" }
        if !column.isEmpty || !value.isEmpty { text += ", waarde \"\(value)\"" }
        return text + ": \(kind.rawValue): \(message)"
    }
}

/// The issues of one rejected row (a wrapper so it can be a `Result` failure).
public struct RowIssues: Error, Sendable {
    public let issues: [RowIssue]
    public init(_ issues: [RowIssue]) { self.issues = issues }
}
