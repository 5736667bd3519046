import Foundation

/// The language of a report and of the names in `impact figures`: Dutch, the default, or English for
/// funders abroad (`--taal en`). Labels are made where they are made now, with both languages side by
/// side (`language.text(nl: "Samenvatting", en: "Summary")`), so Dutch stays exactly what it was.
public enum Language: String, CaseIterable, Sendable {
    case nl, en

    /// `--taal en`; nil for a code impact does not know.
    public init?(code: String) { self.init(rawValue: code.trimmingCharacters(in: .whitespaces).lowercased()) }

    /// `nl, en`: for the message about an unknown code.
    public static var codes: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The text in this language.
    public func text(nl: String, en: String) -> String { self == .en ? en : nl }

    /// How numbers, money, percentages and dates are written in this language.
    public var notation: Notation { self == .en ? .english : .dutch }

    /// A period's label: `sinds-start` is `since-start` in English; the others (`2022-Q4`) are the same.
    public func periodLabel(_ label: String) -> String { self == .en && label == Period.sinceStartLabel ? "since-start" : label }
    public func label(_ period: Period) -> String { periodLabel(period.label) }
}

extension Period {
    /// The label of everything up to a period's end.
    public static let sinceStartLabel = "sinds-start"
}
