/// The rows one figure counts and how they break down: the single rule from which an organisation both
/// computes the figure and lists the rows behind it (`impact explain`), so the two cannot drift apart.
public struct RowSelection<Row> {
    /// One breakdown: its categories in order, and whether a row falls in one (a visit naming three topics
    /// falls in three).
    public struct Breakdown {
        public let name: String
        public let labels: [String]
        public let contains: (Row, String) -> Bool

        public init(_ name: String, _ labels: [String], contains: @escaping (Row, String) -> Bool) {
            self.name = name; self.labels = labels; self.contains = contains
        }

        /// A breakdown where each row has one category (or none).
        public init(_ name: String, _ labels: [String], _ category: @escaping (Row) -> String?) {
            self.init(name, labels) { row, label in category(row) == label }
        }
    }

    public let breakdowns: [Breakdown]
    public let includes: (Row) -> Bool

    public init(breakdowns: [Breakdown] = [], _ includes: @escaping (Row) -> Bool = { _ in true }) {
        self.breakdowns = breakdowns; self.includes = includes
    }

    /// The rows in `category` of `breakdown` (`Totaal`: every row the figure counts), each `T` seen as a
    /// row through `row`; nil for a breakdown the figure does not have.
    public func rows<T>(_ all: [T], breakdown: String = FigureValue.total, category: String = FigureValue.total,
                        _ row: (T) -> Row) -> [T]? {
        let selected = all.filter { includes(row($0)) }
        if breakdown == FigureValue.total { return selected }
        guard let found = breakdowns.first(where: { $0.name == breakdown }) else { return nil }
        return selected.filter { found.contains(row($0), category) }
    }

    public func rows(_ all: [Row], breakdown: String = FigureValue.total, category: String = FigureValue.total) -> [Row]? {
        rows(all, breakdown: breakdown, category: category) { $0 }
    }

    /// The figure in total and per category of every breakdown: `measure` of the rows in each (by
    /// default their number).
    public func values(_ figure: FigureDefinition, _ all: [Row], period: String,
                       _ measure: ([Row]) -> Double? = { Double($0.count) }) -> [FigureValue] {
        let selected = all.filter(includes)
        return [FigureValue(figure, period: period, value: measure(selected))] + breakdowns.flatMap { breakdown in
            breakdown.labels.map { label in
                FigureValue(figure, breakdown: breakdown.name, category: label, period: period,
                            value: measure(selected.filter { breakdown.contains($0, label) }))
            }
        }
    }
}
