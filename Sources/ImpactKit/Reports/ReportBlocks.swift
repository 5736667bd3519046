/// The blocks a report is made of, ready to be shown: every number in them is computed here, in the report
/// model (changes, shares, differences, totals, what small counts to hide), so the workbook and the text
/// show the same numbers and the renderers only format.

/// One cell of a report table.
public struct ReportCell: Sendable, Equatable {
    /// `change` is a relative change, shown with its sign in the text (`+70,6%`).
    public enum Style: Sendable, Hashable { case text, count, decimal, tenths, euros, percent, change }
    public var style: Style
    /// For numbers; a percentage is a fraction (0,706 for 70,6%).
    public var number: Double?
    public var text: String
    /// A small count (or what would reveal one) in a public report: shown as `<5`.
    public var hidden: Bool
    /// Written after the number in the text (`*`, explained in a footnote).
    public var mark: String = ""

    public static func text(_ text: String) -> ReportCell { ReportCell(style: .text, number: nil, text: text, hidden: false) }
    public static func number(_ value: Double?, _ style: Style) -> ReportCell { ReportCell(style: style, number: value, text: "", hidden: false) }
    public static let empty = ReportCell.text("")

    /// The cell hidden in a public report, shown as `text` (`<5`, `x`).
    public func hidden(as text: String) -> ReportCell {
        var copy = self
        copy.hidden = true
        copy.text = text
        return copy
    }

    /// The style a figure's values are shown in.
    public static func style(for unit: FigureDefinition.Unit) -> Style {
        switch unit {
        case .count: return .count
        case .days, .hours: return .decimal
        case .tenths: return .tenths
        case .euros: return .euros
        case .percent: return .percent
        }
    }
}

/// A table of a report: a sheet of its own in the workbook (or a part of the summary sheet), an
/// aligned table in the text.
public struct ReportTable: Sendable {
    public enum Placement: Sendable { case summary, ownSheet, textOnly }
    public struct Chart: Sendable {
        public enum Kind: Sendable { case column, line }
        public let kind: Kind
        public let title: String
        public let yAxis: String
        /// The columns holding the series (the first column holds the categories).
        public let seriesColumns: [Int]
        public init(kind: Kind, title: String, yAxis: String, seriesColumns: [Int]) {
            self.kind = kind; self.title = title; self.yAxis = yAxis; self.seriesColumns = seriesColumns
        }
    }
    /// How the text shows the table beside its numbers.
    public enum TextChart: Sendable {
        case none
        /// A bar per row for this column's values, scaled to the largest.
        case bars(column: Int)
        /// Rows as periods, one stacked bar each of the series columns, with their total and a legend.
        case stacked
    }

    /// What the table is, so a text template can name it: `kerncijfers`, `uitsplitsingen`, the trend, or a block.
    public enum Role: Sendable { case keyFigures, breakdown, trend, targets, block }

    public var title: String
    /// The name a text template knows it by (`tabellen.<slug>`): its Dutch title in every language; nil: the title.
    public var key: String?
    public var role: Role = .block
    /// False for a table only the workbook shows (the text gives the same numbers in sentences).
    public var inText = true
    /// The line under the title.
    public var note: String?
    public var columns: [String]
    /// The column heads in the text, when they differ (`verschil` for `t.o.v. 2022-Q3`).
    public var textColumns: [String]?
    /// Columns the workbook shows and the text leaves out (a remark the text gives as a mark and a footnote).
    public var workbookOnlyColumns: Set<Int> = []
    /// Columns only the text shows (the total beside a stacked text bar, which the workbook's chart shows).
    public var textOnlyColumns: Set<Int> = []
    /// The sheet's name, when it is not the title.
    public var sheetName: String?
    /// The Excel table's name (made unique by the renderer); numbered: `Uitsplitsing1`, `Uitsplitsing2`, ...
    public var excelName: String = "Tabel"
    public var excelNameNumbered = false
    public var rows: [[ReportCell]]
    /// A bold line under the table (the plan's total).
    public var totalRow: [ReportCell]?
    public var footnotes: [String] = []
    public var chart: Chart?
    public var textChart: TextChart = .none
    public var placement: Placement = .ownSheet
    /// Column widths in the workbook (characters); nil: from the content.
    public var widths: [Double]?

    public init(title: String, note: String? = nil, columns: [String], rows: [[ReportCell]]) {
        self.title = title; self.note = note; self.columns = columns; self.rows = rows
    }
}

/// One section of a report: its title, its tables in order, and values a text template can name.
public struct ReportSection: Sendable {
    public var title: String
    /// The name a text template knows it by (`sectie.<slug>`): its Dutch title in every language; nil: the title.
    public var key: String?
    public var tables: [ReportTable]
    /// Single values for sentences in a text template (`opbrengst`, `percentage`), by name.
    public var values: [String: ReportCell] = [:]
    /// Progress bars for a text template, by name: raised against a target, with where the target stands today.
    public var progress: [String: Progress] = [:]

    public struct Progress: Sendable {
        public let actual: Double?
        public let target: Double?
        public let targetToDate: Double?
        public let percentage: Double?
    }

    public init(title: String, tables: [ReportTable]) { self.title = title; self.tables = tables }
}

/// What an organisation's own block (`blok: zwo-verloop`) gets to build from: the report's figures,
/// never the store.
public struct BlockInput: Sendable {
    public let comparison: Comparison
    public let figures: ReportFigures
    public let disclosure: Disclosure
    public let catalog: ReportCatalog
    /// The report's language: a block's labels and texts are in it.
    public var language: Language = .nl
}

/// An organisation's own block, by the name a report definition uses.
public struct BlockBuilder: Sendable {
    public let name: String
    /// What it shows, for the README and the message about an unknown block.
    public let summary: String
    /// The periods it needs besides the report's own (a season's previous season is already there).
    public let build: @Sendable (BlockInput) throws -> ReportSection
    public init(name: String, summary: String, build: @escaping @Sendable (BlockInput) throws -> ReportSection) {
        self.name = name; self.summary = summary; self.build = build
    }
}
