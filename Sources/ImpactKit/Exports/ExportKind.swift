/// What the ingest stage needs to know of each export: how to recognise its files, its columns, and
/// whether it is a full snapshot named for a period. One entry per export in `ExportKind.all`.
public struct ExportKind: Sendable {
    public let source: String
    public let title: String
    public let fileNamePrefix: String
    public let columns: [ColumnSpec]
    public let personalColumns: Set<String>
    /// For snapshot exports: the period a file's name says it holds. Nil for exports that are not snapshots.
    public let snapshotPeriod: (@Sendable (String) -> Period?)?

    public static let dromen = ExportKind(
        source: Dromenregister.source, title: Dromenregister.title, fileNamePrefix: "dromen",
        columns: Dromenregister.columns, personalColumns: Dromenregister.personalColumns,
        snapshotPeriod: Dromenregister.snapshot(fileName:))

    public static let postcodes = ExportKind(
        source: PostcodeTable.source, title: PostcodeTable.title, fileNamePrefix: "postcodes",
        columns: PostcodeTable.columns, personalColumns: [], snapshotPeriod: nil)

    public static let all: [ExportKind] = [.dromen, .postcodes]

    /// The export a file is: by its name first, else by the header it has most of (at least half of the
    /// required columns), so a renamed file still gets a precise "missing column" message.
    public static func recognise(fileName: String, header: [String], renames: [String: [String: String]]) -> ExportKind? {
        let stem = (fileName.split(separator: "/").last.map(String.init) ?? fileName).lowercased()
        if let byName = all.first(where: { stem.hasPrefix($0.fileNamePrefix) }) { return byName }
        let cells = Set(header.map(HeaderMap.normalize))
        let scored = all.map { kind -> (ExportKind, Double) in
            let renamed = Set((renames[kind.source] ?? [:]).filter { cells.contains(HeaderMap.normalize($0.key)) }.values.map(HeaderMap.normalize))
            let required = kind.columns.filter(\.isRequired).map { HeaderMap.normalize($0.name) }
            let found = required.filter { cells.contains($0) || renamed.contains($0) }.count
            return (kind, Double(found) / Double(max(1, required.count)))
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.5 else { return nil }
        return best.0
    }
}
