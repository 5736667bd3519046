import Foundation

/// A column an export must (or may) have, found by its header name in any position.
public struct ColumnSpec: Sendable {
    public let name: String
    public let isRequired: Bool
    public init(_ name: String, required: Bool = true) { self.name = name; self.isRequired = required }
}

/// A column name with its position in the file being read (nil: the file has no such column).
public struct BoundColumn: Sendable {
    public let name: String
    public let position: Int?
}

/// Where each expected column stands in a file's header, after applying the configured renames.
public struct HeaderMap: Sendable {
    public let positions: [String: Int]
    public let fieldCount: Int
    /// Header names that are not expected (kept for the summary, never an error).
    public let unknown: [String]

    public func position(_ column: String) -> Int? { positions[column] }

    /// A column with its position looked up once per file, not once per row.
    public func column(_ name: String) -> BoundColumn { BoundColumn(name: name, position: positions[name]) }

    /// Matches header cells to columns. Names compare after trimming, case folding and Unicode
    /// normalisation (`Coördinator` may arrive decomposed); `renames` maps a file's own name to ours.
    public static func resolve(header: [String], columns: [ColumnSpec], renames: [String: String], file: String) throws(InputError) -> HeaderMap {
        let canonical = Dictionary(columns.map { (normalize($0.name), $0.name) }, uniquingKeysWith: { a, _ in a })
        let renamed = Dictionary(renames.map { (normalize($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        var positions: [String: Int] = [:]
        var unknown: [String] = []
        for (index, cell) in header.enumerated() {
            let key = normalize(cell)
            guard let name = renamed[key] ?? canonical[key] else {
                if !key.isEmpty { unknown.append(cell) }
                continue
            }
            if let earlier = positions[name] {
                throw InputError(file: file, message: "\(IssueKind.duplicateLabel.rawValue): kolom \"\(name)\" staat twee keer in de kop (kolom \(earlier + 1) en \(index + 1)); het bestand is niet ingelezen")
            }
            positions[name] = index
        }
        let missing = columns.filter { $0.isRequired && positions[$0.name] == nil }.map(\.name)
        if !missing.isEmpty {
            let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            throw InputError(file: file, message: "\(IssueKind.missingLabel.rawValue): kolom\(missing.count == 1 ? "" : "men") \(list) ontbr\(missing.count == 1 ? "eekt" : "eken") in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)")
        }
        // Empty header cells at the end (an Excel selection one column too wide) are not columns.
        let width = (header.lastIndex { !normalize($0).isEmpty } ?? -1) + 1
        return HeaderMap(positions: positions, fieldCount: width, unknown: unknown)
    }

    /// The same for a file of `kind` read as `layout` (the closest of its layouts): when the export has
    /// several layouts (the bank's), a header that fits none says which ones impact knows.
    public static func resolve(header: [String], layout: ExportLayout, of kind: ExportKind, renames: [String: String], file: String) throws(InputError) -> HeaderMap {
        do {
            return try resolve(header: header, columns: layout.columns, renames: renames, file: file)
        } catch where kind.layouts.count > 1 && error.message.hasPrefix(IssueKind.missingLabel.rawValue + ": ") {
            let names = kind.layouts.map(\.name)
            let known = names.dropLast().joined(separator: ", ") + " of " + names.last!
            let fits = "\(IssueKind.missingLabel.rawValue): de kop past bij geen van de \(names.count) indelingen die impact kent voor \(kind.title) (\(known))"
            // Naming the closest layout's missing columns helps only when the header is mostly that layout.
            guard layout.match(header: header, renames: renames) >= 0.5 else { throw InputError(file: file, message: fits + "; het bestand is niet ingelezen") }
            throw InputError(file: file, message: fits + "; het dichtst bij komt \(layout.name), maar daarvan " + error.message.dropFirst(IssueKind.missingLabel.rawValue.count + 2))
        }
    }

    static func normalize(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
