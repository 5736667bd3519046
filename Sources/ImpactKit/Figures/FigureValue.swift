/// One number of one figure: the tidy row that every report and `impact figures` are made from.
public struct FigureValue: Sendable, Equatable, Codable {
    /// The figure's name exactly as in METRICS.md; statistics suffixed (`Dagen tot gesprek mediaan`).
    public let figure: String
    /// `Totaal`, or what the figure is broken down by (`Programma`, `Kanaal`, ...).
    public let breakdown: String
    /// `Totaal`, or the category within the breakdown (`WhatsApp`).
    public let category: String
    /// `2022-Q4`, `2022-Q3`, `2021-Q4`, `sinds-start`.
    public let period: String
    /// Nil when there is nothing to compute it from (the median of no conversations).
    public let value: Double?

    public static let total = "Totaal"

    public init(figure: String, breakdown: String = total, category: String = total, period: String, value: Double?) {
        self.figure = figure; self.breakdown = breakdown; self.category = category; self.period = period; self.value = value
    }
}
