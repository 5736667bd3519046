/// The figure values a report was computed from, looked up by typed figure, breakdown, category and
/// period. Blocks read these, never the store.
public struct ReportFigures: Sendable {
    private var values: [Period: [String: Double?]] = [:]
    private var order: [Period: [FigureValue]] = [:]

    public init(_ results: [PeriodFigures]) {
        for (period, list) in results {
            order[period, default: []] += list
            for value in list { values[period, default: [:]][Self.key(value.figure, value.breakdown, value.category)] = value.value }
        }
    }

    /// The value, or nil when there is none (or nothing to compute it from).
    public func value(_ figure: FigureDefinition, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total,
                      in period: Period?) -> Double? {
        guard let period else { return nil }
        return values[period]?[Self.key(figure.name, breakdown, category)] ?? nil
    }

    /// By name, for report definitions (checked against the registry when they were loaded).
    public func value(named figure: String, _ breakdown: String, _ category: String, in period: Period?) -> Double? {
        guard let period else { return nil }
        return values[period]?[Self.key(figure, breakdown, category)] ?? nil
    }

    /// The categories of a breakdown, in the order the figures give them, across the periods.
    public func categories(named figure: String, _ breakdown: String, in periods: [Period?]) -> [String] {
        var result: [String] = []
        for period in periods.compactMap({ $0 }) {
            for value in order[period] ?? [] where value.figure == figure && value.breakdown == breakdown && !result.contains(value.category) {
                result.append(value.category)
            }
        }
        return result
    }

    public func categories(_ figure: FigureDefinition, _ breakdown: String, in period: Period?) -> [String] {
        categories(named: figure.name, breakdown, in: [period])
    }

    /// The breakdowns a figure has (without the total), across the periods.
    public func breakdowns(named figure: String, in periods: [Period?]) -> [String] {
        var result: [String] = []
        for period in periods.compactMap({ $0 }) {
            for value in order[period] ?? [] where value.figure == figure && value.breakdown != FigureValue.total && !result.contains(value.breakdown) {
                result.append(value.breakdown)
            }
        }
        return result
    }

    /// Every value of a period, in the order computed.
    public func all(in period: Period) -> [FigureValue] { order[period] ?? [] }

    private static func key(_ parts: String...) -> String { parts.joined(separator: "\u{1F}") }
}
