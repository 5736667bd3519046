/// What a report may show of small counts (METRICS.md): outputs for funders or the public never show a
/// count from 1 to 4 (the threshold is configurable): it reads `<5`, and when exactly one count of a
/// group would be hidden, the smallest other one is hidden too, so the total cannot give it away.
/// Internal reports show every count.
public struct Disclosure: Sendable {
    /// Nil: show everything (an internal report).
    public let threshold: Int?

    public init(definition: ReportDefinition) {
        threshold = definition.isPublic ? definition.drempel : nil
    }

    public init(threshold: Int?) { self.threshold = threshold }

    public var hiddenText: String { "<\(threshold ?? 0)" }
    /// What stands in a cell hidden only so that it does not give a small count away (or a percentage
    /// over few people): Statistics Netherlands' sign for a secret cell.
    public static let secretText = "x"

    /// The text of a hidden cell: `<5` for a small count, `x` for anything hidden for its neighbours' sake.
    public func mask(for count: Double?) -> String { count.map(isSmall) == true ? hiddenText : Self.secretText }

    public func isSmall(_ count: Double) -> Bool {
        guard let threshold else { return false }
        return count >= 1 && count < Double(threshold)
    }

    /// For a group of counts that add up to a shown total: which of them to hide.
    public func hidden(_ counts: [Double]) -> [Bool] {
        var hide = counts.map(isSmall)
        if hide.filter({ $0 }).count == 1,
           let next = counts.indices.filter({ !hide[$0] && counts[$0] > 0 }).min(by: { counts[$0] < counts[$1] }) {
            hide[next] = true
        }
        return hide
    }

    /// A single count as text: the number in Dutch notation, or `<5`.
    public func text(_ count: Double) -> String { isSmall(count) ? hiddenText : DutchFormat.number(count) }

    /// A percentage of people is hidden when it rests on fewer people than the threshold.
    public func hidesShare(ofPeople count: Double?) -> Bool {
        guard let threshold, let count else { return false }
        return count < Double(threshold)
    }

    /// The rule, as the `Definities` sheet and the text state it.
    public var rule: String? {
        threshold.map { "Aantallen van 1 tot en met \($0 - 1) staan er als <\($0). Als één aantal van een rij of kolom zo verborgen is, staat ook het kleinste andere aantal er niet (x), zodat het totaal het niet verraadt; een percentage over minder dan \($0) mensen staat er evenmin (x)." }
    }

    /// The rule in `language`.
    public func rule(in language: Language) -> String? {
        guard language == .en else { return rule }
        return threshold.map { "Counts from 1 to \($0 - 1) are shown as <\($0). When one count of a row or column is hidden so, the smallest other count is hidden too (x), so that the total does not give it away; a percentage over fewer than \($0) people is not shown either (x)." }
    }
}
