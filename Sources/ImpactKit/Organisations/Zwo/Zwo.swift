/// The ZWO group of church De Rank, collecting for Alo Mik! (Tirana) against a yearly plan: the church's
/// collections, the ZWO account's bank exports (recognised by the treasurer's bank rules), the sponsor
/// ride and the plan. Its periods are usually seasons (1 September to 31 August), up to a report date.
public struct Zwo: Organisation {
    public init() {}
    public let id = "zwo"
    public let title = "ZWO De Rank: Alo Mik!"
    public var exports: [ExportKind] { ZwoExports.all }
    public var loading: [ExportLoading] {
        [ZwoExports.collectionsLoading, ZwoExports.bankLoading, ZwoExports.sponsorRideLoading, ZwoExports.yearPlanLoading]
    }
    public var figures: [FigureDefinition] { ZwoFigures.all }
    public var rules: [String] {
        ["Een seizoen loopt van 1 september tot en met 31 augustus (2018-2019). Met een peildatum lopen het seizoen en het vorige seizoen tot dezelfde dag.",
         "Elke bankmutatie telt één keer, hoe vaak die ook in overlappende exports staat; twee gelijke giften op één dag van één gever tellen allebei.",
         "Bedragen in euro's en centen."]
    }
    public var englishRules: [String] {
        ["A season runs from 1 September to 31 August (2018-2019). With a report date, the season and the previous season run to the same day.",
         "Every bank transaction counts once, however many overlapping exports hold it; two equal gifts on one day from one giver both count.",
         "Amounts in euros and cents."]
    }
    public var glossary: Glossary { ZwoFigures.glossary }
    public var settingReaders: [SettingReader] { [SettingReader(key: "bankregels") { value, file in try BankRule.parse(value, file: file) }] }
    public var blocks: [BlockBuilder] { ZwoBlocks.all }

    func classifier(_ context: FigureContext) throws -> BankClassifier {
        try BankClassifier(context.configuration.bankRules, file: context.configuration.file)
    }

    public func compute(_ periods: [Period], in context: FigureContext) throws -> [PeriodFigures] {
        try ZwoFigures.computeByPeriod(periods, store: context.store, classifier: classifier(context))
    }

    public func warnings(for periods: [Period], in context: FigureContext) throws -> [String] {
        context.configuration.bankRules.isEmpty
            ? ["let op: geen bankregels gevonden (impact.yaml of --config); geen enkele bankgift wordt herkend"] : []
    }

    /// The season of the newest date in the ZWO exports.
    public func defaultPeriod(in context: FigureContext) throws -> Period? {
        let sources = exports.map(\.source)
        guard let newest = try context.store.allFiles().filter({ sources.contains($0.source) }).compactMap(\.newestDate).max() else { return nil }
        let (year, month, _) = newest.parts
        return .season(startingIn: month >= 9 ? year : year - 1)
    }

    public var ownListSuffixes: [String] { [UnrecognisedList.suffix] }

    /// The bank transactions no rule recognised, with name and description: for the treasurer only.
    public func ownLists(for period: Period, in context: FigureContext) throws -> [OwnList] {
        let classifier = try classifier(context)
        let unrecognised = try context.store.bankTransactions(from: period.first, through: period.last).map(\.row).filter { classifier.category(of: $0) == nil }
        return [UnrecognisedList.list(unrecognised)]
    }
}

extension Configuration {
    /// The treasurer's bank rules (`bankregels` in impact.yaml), in order; none when there are none.
    public var bankRules: [BankRule] { settings["bankregels"] as? [BankRule] ?? [] }
}

extension BankRule {
    /// The `bankregels` of impact.yaml; throws an `InputError` naming the rule and its mistake.
    static func parse(_ value: Any?, file: String) throws -> [BankRule] {
        guard let value else { return [] }
        guard let list = value as? [[String: Any]] else {
            throw InputError(file: file, message: "bankregels moet een lijst van regels zijn (elk met naam, categorie en voorwaarden)")
        }
        return try list.enumerated().map { index, entry in
            let name = entry["naam"] as? String ?? "regel \(index + 1)"
            guard let category = entry["categorie"] as? String else {
                throw InputError(file: file, message: "bankregel \"\(name)\" heeft geen categorie")
            }
            let known: Set<String> = ["naam", "categorie", "richting", "tegenpartij", "rekening", "omschrijving"]
            if let unknown = entry.keys.sorted().first(where: { !known.contains($0) }) {
                throw InputError(file: file, message: "bankregel \"\(name)\": onbekende voorwaarde \"\(unknown)\"; bekend: richting, tegenpartij, rekening, omschrijving")
            }
            var isCredit: Bool?
            if let direction = entry["richting"] as? String {
                switch direction.lowercased() {
                case "bij": isCredit = true
                case "af": isCredit = false
                default: throw InputError(file: file, message: "bankregel \"\(name)\": richting moet Af of Bij zijn, niet \"\(direction)\"")
                }
            }
            return BankRule(name: name, category: category, isCredit: isCredit, counterparty: entry["tegenpartij"] as? String,
                            account: entry["rekening"] as? String, description: entry["omschrijving"] as? String)
        }
    }
}
