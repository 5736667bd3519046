import Foundation

/// The rejected rows of one input file, for the coordinator to open in Excel and fix at the source:
/// line number, the rules broken, and the row's own values (personal free text such as Droom left out).
struct RejectsFile {
    private let writer: CSVWriter
    private let keptColumns: [Int]
    var path: String { writer.path }

    static func path(folder: String, sourceName: String) -> String {
        let stem = (sourceName as NSString).deletingPathExtension
        return (folder as NSString).appendingPathComponent("\(stem)-afgekeurd.csv")
    }

    init(folder: String, sourceName: String, header: HeaderMap, personal: Set<String>, headerCells: [String]) throws {
        let personalPositions = Set(personal.compactMap { header.position($0) })
        keptColumns = headerCells.indices.filter { !personalPositions.contains($0) }
        writer = try CSVWriter(path: Self.path(folder: folder, sourceName: sourceName))
        writer.write(["Regel", "Fout", "Melding"] + keptColumns.map { headerCells[$0] })
    }

    func write(record: CSVRecord, issues: [RowIssue], withFields: Bool = true) {
        let rules = Array(Set(issues.map(\.kind))).sorted().map(\.rawValue).joined(separator: ", ")
        let messages = issues.map { issue in
            issue.column.isEmpty ? issue.message : "\(issue.column) \"\(issue.value)\": \(issue.message)"
        }.joined(separator: " | ")
        writer.write([String(record.line), rules, messages] + (withFields ? keptColumns.map { record.rawString($0) } : []))
    }

    func close() { writer.close() }
}
