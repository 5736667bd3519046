import Foundation

/// One way an export's columns can be laid out. Most exports have one; the ZWO's bank file has three
/// (ING's older and newer layout, Rabobank's), told apart by their header.
public struct ExportLayout: Sendable {
    public let name: String
    public let columns: [ColumnSpec]
    public init(name: String, columns: [ColumnSpec]) { self.name = name; self.columns = columns }
}

/// What the ingest stage needs to know of each export: how to recognise its files, its columns, and how
/// a new file relates to the ones before it. Each organisation lists its own (`Organisation.exports`).
public struct ExportKind: Sendable {
    public enum Succession: Sendable {
        /// A full snapshot named for a period (`dromen_2022-Q4.csv`): every snapshot is kept, and a new
        /// file for the same period replaces the earlier one.
        case snapshotPerPeriod(@Sendable (String) -> Period?)
        /// The newest file ingested is the whole truth (a lookup table, the year plan).
        case replacesAll
        /// Each file adds rows; a row already loaded from an overlapping file is recognised and skipped.
        case adds
    }

    public let source: String
    public let title: String
    public let fileNamePrefix: String
    public let layouts: [ExportLayout]
    public let personalColumns: Set<String>
    public let succession: Succession

    /// For a workbook export: its sheets, each an export of its own (columns, validation).
    public var sheets: [WorkbookSheet] = []
    /// For a snapshot: the column that names a row (Dossiernummer), kept with a rejected row so that the
    /// row's last valid state can stand in for it.
    public var keyColumn: String?
    /// How a file of this export is named, for messages: the period word and `<jjjj>-Q<n>`.
    public var periodInName: (word: String, pattern: String) = ("kwartaal", "<jjjj>-Q<n>")

    public init(source: String, title: String, fileNamePrefix: String, layouts: [ExportLayout], personalColumns: Set<String>,
                succession: Succession) {
        self.source = source; self.title = title; self.fileNamePrefix = fileNamePrefix; self.layouts = layouts
        self.personalColumns = personalColumns; self.succession = succession
    }

    public var columns: [ColumnSpec] { layouts.flatMap(\.columns) }

    /// How a file of this export is named, for messages: the period word and `<jjjj>-Q<n>.csv`.
    public var namePattern: (period: String, pattern: String) {
        (periodInName.word, periodInName.pattern + (sheets.isEmpty ? ".csv" : ".xlsx"))
    }

    /// For snapshot exports: the period a file's name says it holds.
    public var snapshotPeriod: (@Sendable (String) -> Period?)? {
        if case .snapshotPerPeriod(let period) = succession { return period }
        return nil
    }

    /// The export a file is: by its name first, else by the header it has most of (at least half of the
    /// required columns of one of its layouts), so a renamed file still gets a precise "missing column" message.
    public static func recognise(fileName: String, header: [String], renames: [String: [String: String]], among all: [ExportKind]) -> ExportKind? {
        let stem = (fileName.split(separator: "/").last.map(String.init) ?? fileName).lowercased()
        let files = all.filter { $0.sheets.isEmpty }     // a CSV is never a workbook export
        if let byName = files.first(where: { stem.hasPrefix($0.fileNamePrefix) }) { return byName }
        let scored = files.map { kind in (kind, kind.layouts.map { $0.match(header: header, renames: renames[kind.source] ?? [:]) }.max() ?? 0) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.5 else { return nil }
        return best.0
    }

    /// The workbook export a file is: by its name, else by its sheets (all of them present).
    public static func recogniseWorkbook(fileName: String, sheets: [String], among all: [ExportKind]) -> ExportKind? {
        let stem = (fileName.split(separator: "/").last.map(String.init) ?? fileName).lowercased()
        let workbooks = all.filter { !$0.sheets.isEmpty }
        if let byName = workbooks.first(where: { stem.hasPrefix($0.fileNamePrefix) }) { return byName }
        let names = Set(sheets.map(HeaderMap.normalize))
        return workbooks.first { $0.sheets.allSatisfy { names.contains(HeaderMap.normalize($0.name)) } }
    }

    /// The layout whose required columns the header has all of; else the closest, for its missing-label message.
    func layout(for header: [String], renames: [String: String]) -> ExportLayout {
        layouts.max { $0.match(header: header, renames: renames) < $1.match(header: header, renames: renames) }
            ?? ExportLayout(name: title, columns: [])
    }

    /// Lists impact writes itself (rejected rows, unrecognised bank transactions): never an export, even
    /// though their names start like one (`dromen_2022-Q4-afgekeurd.csv`).
    public static func isOwnOutput(_ fileName: String, listSuffixes: [String]) -> Bool {
        let stem = ((fileName as NSString).deletingPathExtension as String).lowercased()
        return (["afgekeurd"] + listSuffixes).contains { stem.hasSuffix("-\($0)") }
    }
}

/// The file being loaded, as its validation needs to know it.
public struct ExportFile: Sendable {
    /// The name in messages: `dromen_2022-Q4.csv`, or `activeringscentra_2022-Q4.xlsx [Klussen]`.
    public let label: String
    /// The period a snapshot file is named for.
    public let snapshot: Period?
    /// Which of the export's layouts the header matched.
    public let layout: ExportLayout
}

/// One sheet of a workbook export, found by its name.
public struct WorkbookSheet: Sendable {
    public let name: String
    public let kind: ExportKind
}

extension ExportLayout {
    /// The share of this layout's required columns that the header has (1.0: all of them).
    func match(header: [String], renames: [String: String]) -> Double {
        let cells = Set(header.map(HeaderMap.normalize))
        let renamed = Set(renames.filter { cells.contains(HeaderMap.normalize($0.key)) }.values.map(HeaderMap.normalize))
        let required = columns.filter(\.isRequired).map { HeaderMap.normalize($0.name) }
        let found = required.filter { cells.contains($0) || renamed.contains($0) }.count
        return Double(found) / Double(max(1, required.count))
    }
}
