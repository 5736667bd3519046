import Foundation

/// The treasurer's rules for bank transactions (`bankregels` in impact.yaml), in the spirit of hledger's
/// CSV rules: the first rule whose conditions all hold gives the category. Nothing is guessed: a
/// transaction no rule matches stays unrecognised and is listed.
public struct BankRule: Sendable, Equatable {
    public let name: String
    public let category: String
    /// Nil: either way. Otherwise `true` for Bij (credit), `false` for Af.
    public let isCredit: Bool?
    public let counterparty: String?
    public let account: String?
    public let description: String?

    public init(name: String, category: String, isCredit: Bool? = nil, counterparty: String? = nil, account: String? = nil, description: String? = nil) {
        self.name = name; self.category = category; self.isCredit = isCredit
        self.counterparty = counterparty; self.account = account; self.description = description
    }
}

/// The rules compiled once, applied to every transaction.
public struct BankClassifier {
    private struct Compiled {
        let rule: BankRule
        let counterparty: NSRegularExpression?
        let account: NSRegularExpression?
        let description: NSRegularExpression?
    }
    private let rules: [Compiled]
    public static let giftCategory = "Gift Alo Mik!"
    public static let transferCategory = "Overgemaakt naar Alo Mik!"

    /// Throws `InputError` naming the rule whose pattern is not a valid regular expression.
    public init(_ rules: [BankRule], file: String = "impact.yaml") throws {
        func compile(_ pattern: String?, _ rule: BankRule) throws -> NSRegularExpression? {
            guard let pattern else { return nil }
            do { return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) } catch {
                throw InputError(file: file, message: "bankregel \"\(rule.name)\": \"\(pattern)\" is geen geldige reguliere expressie")
            }
        }
        self.rules = try rules.map { rule in
            Compiled(rule: rule, counterparty: try compile(rule.counterparty, rule), account: try compile(rule.account, rule),
                     description: try compile(rule.description, rule))
        }
    }

    /// The category of the first matching rule, or nil.
    public func category(of transaction: BankFile.Transaction) -> String? {
        func matches(_ regex: NSRegularExpression?, _ text: String) -> Bool {
            guard let regex else { return true }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        for compiled in rules {
            if let credit = compiled.rule.isCredit, credit != transaction.isCredit { continue }
            if matches(compiled.counterparty, transaction.counterpartyName), matches(compiled.account, transaction.counterpartyAccount),
               matches(compiled.description, transaction.description) {
                return compiled.rule.category
            }
        }
        return nil
    }
}
