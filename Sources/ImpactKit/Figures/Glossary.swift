import Foundation

/// The English of an organisation's fixed words (`--taal en`): the names of its breakdowns and the
/// categories it defines itself (statuses, channels, destinations). Categories that come from the data (a
/// partner's name, a stadsdeel, a bank-rule category of the treasurer) are not in it and stay as they are.
public struct Glossary: Sendable {
    /// `Programma` -> `Programme`.
    public let breakdowns: [String: String]
    /// Per breakdown (its Dutch name), the categories the organisation defines: `Status`: `Nieuw` -> `New`.
    public let categories: [String: [String: String]]

    public init(breakdowns: [String: String] = [:], categories: [String: [String: String]] = [:]) {
        self.breakdowns = breakdowns; self.categories = categories
    }

    /// What every figure has: its total.
    static let total = "Total"
    /// A breakdown of two (`Centrum × Uitstroom naar`) has categories of two (`Haven × Opleiding`).
    static let joiner = " × "

    public func breakdown(_ name: String, in language: Language) -> String {
        guard language == .en else { return name }
        if name == FigureValue.total { return Self.total }
        if let english = breakdowns[name] { return english }
        let parts = name.components(separatedBy: Self.joiner)
        return parts.count > 1 ? parts.map { breakdown($0, in: language) }.joined(separator: Self.joiner) : name
    }

    /// A category of `breakdown` in `language`: unchanged where the organisation does not define it.
    public func category(_ name: String, of breakdown: String, in language: Language) -> String {
        guard language == .en else { return name }
        if name == FigureValue.total { return Self.total }
        if let english = categories[breakdown]?[name] { return english }
        let parts = name.components(separatedBy: Self.joiner), kinds = breakdown.components(separatedBy: Self.joiner)
        guard parts.count > 1, parts.count == kinds.count else { return name }
        return zip(parts, kinds).map { category($0, of: $1, in: language) }.joined(separator: Self.joiner)
    }
}
