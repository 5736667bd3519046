/// The rows behind one value of a figure (`impact explain`), selected by the rules that compute it: for
/// each its file and line, its key (Dossiernummer, Deelnemer-ID, a bank transaction's date, direction
/// and amount) and the columns that show why it counts. Never a personal column: no dream text, name,
/// account number or description.
public struct Explanation: Sendable {
    /// How the figure follows from the rows.
    public enum Result: Sendable, Equatable {
        /// The figure is the number of rows.
        case count
        /// The figure is the number of distinct values of this column among the rows (Kindnummer).
        case distinct(column: String)
        /// The figure is computed from the rows: how, in words, with the outcome (`de mediaan van Dagen
        /// over deze 372 regels: 21`).
        case computed(String)
    }

    public struct Row: Sendable {
        public let origin: RowOrigin
        public let key: String
        public let cells: [String]
        public init(_ origin: RowOrigin, key: String, _ cells: [String]) { self.origin = origin; self.key = key; self.cells = cells }
    }

    public struct Table: Sendable {
        /// Said above the table when there are several (`Bankgiften`); nil for the only one.
        public var title: String?
        /// What the key is: `Dossiernummer`.
        public let keyColumn: String
        /// The columns after file, line and key.
        public let columns: [String]
        public var rows: [Row]
        /// The snapshot file the figure used, when the rows come from one: each row then says how it
        /// stands in it (`RowOrigin.inSnapshot`).
        public var snapshot: String?

        public init(_ title: String? = nil, key: String, columns: [String], rows: [Row], snapshot: String? = nil) {
            self.title = title; self.keyColumn = key; self.columns = columns; self.rows = rows; self.snapshot = snapshot
        }
    }

    public var tables: [Table]
    public var result: Result
    /// Sentences under the header: what the rows are, where a figure needs it.
    public var notes: [String]
    /// The unit of this value when it is not the figure's (the percentage among the plan's euros).
    public var unit: FigureDefinition.Unit?

    public init(_ tables: [Table], _ result: Result = .count, notes: [String] = []) {
        self.tables = tables; self.result = result; self.notes = notes
    }

    public var rowCount: Int { tables.map(\.rows.count).reduce(0, +) }

    /// For a distinct count: how many distinct values the column holds among all rows.
    public var distinctCount: Int? {
        guard case .distinct(let column) = result else { return nil }
        var seen: Set<String> = []
        for table in tables {
            guard let index = table.columns.firstIndex(of: column) else { continue }
            for row in table.rows { seen.insert(row.cells[index]) }
        }
        return seen.count
    }

    /// The snapshots the rows stand in, each once.
    public var snapshots: [String] {
        var names: [String] = []
        for case let name? in tables.map(\.snapshot) where !names.contains(name) { names.append(name) }
        return names
    }
}

/// One value of a figure and the rows behind it: what `impact explain` prints.
public struct FigureExplanation: Sendable {
    public let figure: FigureDefinition
    public let period: Period
    public let breakdown: String
    public let category: String
    /// The figure's value as every report shows it (nil: nothing to compute it from).
    public let value: Double?
    public let explanation: Explanation

    public init(figure: FigureDefinition, period: Period, breakdown: String, category: String, value: Double?, explanation: Explanation) {
        self.figure = figure; self.period = period; self.breakdown = breakdown; self.category = category
        self.value = value; self.explanation = explanation
    }

    public var unit: FigureDefinition.Unit { explanation.unit ?? figure.unit(in: breakdown) }

    /// Whether the rows give the figure back: their number, or their distinct keys, equals it. Nil for a
    /// figure computed otherwise (a median, a sum).
    public var rowsMatch: Bool? {
        switch explanation.result {
        case .count: return Double(explanation.rowCount) == (value ?? 0)
        case .distinct: return Double(explanation.distinctCount ?? -1) == (value ?? 0)
        case .computed: return nil
        }
    }
}

extension Explanation {
    /// The column that marks, among a percentage's denominator rows, those in its numerator.
    public static let inNumerator = "In teller"
}

extension Explanation.Result {
    /// A median or P90 (Excel's PERCENTIEL.INC, as the figure computes it) of the rows' `values` in
    /// `column`, shown after `transform` (minutes as hours) in `format`.
    public static func percentile(_ fraction: Double, of values: [Int], column: String, transform: (Double) -> Double = { $0 },
                                  format: (Double) -> String = { DutchFormat.number($0) }) -> Explanation.Result {
        let name = fraction == 0.5 ? "de mediaan (PERCENTIEL.INC met 0,5)"
            : "het \(Int((fraction * 100).rounded()))e percentiel (PERCENTIEL.INC met \(DutchFormat.decimal(fraction, decimals: 1)))"
        return .computed("\(name) van \(column) in deze \(DutchFormat.integer(values.count)) regels: "
                         + (Percentile.inclusive(values, fraction).map { format(transform($0)) } ?? nothing))
    }

    /// The largest of the rows' `values` in `column`.
    public static func largest(of values: [Int], column: String, transform: (Double) -> Double = { $0 },
                               format: (Double) -> String = { DutchFormat.number($0) }) -> Explanation.Result {
        .computed("de grootste \(column) in deze \(DutchFormat.integer(values.count)) regels: " + (values.max().map { format(transform(Double($0))) } ?? nothing))
    }

    static let nothing = "geen (er is niets om uit te rekenen)"

    /// A share: the rows marked `ja` in `column` of all rows.
    public static func share(_ part: Int, of whole: Int, column: String) -> Explanation.Result {
        let outcome = Percentage.oneDecimal(part, of: whole).map { DutchFormat.decimal($0, decimals: 1) + "%" } ?? "geen (geen regels)"
        return .computed("de regels met \(column) = ja, van alle regels: \(DutchFormat.integer(part)) van \(DutchFormat.integer(whole)) = \(outcome)")
    }
}
