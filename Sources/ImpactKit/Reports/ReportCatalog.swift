/// What a report may draw on: every figure and every block, each with the organisation that owns it,
/// and that organisation's rules for the `Definities` sheet. The pipeline makes it from the registry;
/// the report stage knows nothing else of organisations.
public struct ReportCatalog: Sendable {
    public struct Owner: Sendable {
        public let id: String
        public let figures: [FigureDefinition]
        public let blocks: [BlockBuilder]
        public let rules: [String]
        /// Whether its figures come from snapshots (the period line then names the ones used).
        public let hasSnapshots: Bool
        /// `rules` in English, and the English of its breakdowns and categories (`--taal en`).
        public let englishRules: [String]
        public let glossary: Glossary
        public init(id: String, figures: [FigureDefinition], blocks: [BlockBuilder], rules: [String], hasSnapshots: Bool,
                    englishRules: [String]? = nil, glossary: Glossary = Glossary()) {
            self.id = id; self.figures = figures; self.blocks = blocks; self.rules = rules; self.hasSnapshots = hasSnapshots
            self.englishRules = englishRules ?? rules; self.glossary = glossary
        }

        public func rules(in language: Language) -> [String] { language == .en ? englishRules : rules }
    }

    public let owners: [Owner]
    public init(owners: [Owner]) { self.owners = owners }

    public func definition(of figure: String) -> FigureDefinition? {
        owners.lazy.compactMap { $0.figures.first { $0.name == figure } }.first
    }

    public func block(named name: String) -> BlockBuilder? {
        owners.lazy.compactMap { $0.blocks.first { $0.name == name } }.first
    }

    public var figureNames: [String] { owners.flatMap { $0.figures.map(\.name) } }
    public var blockNames: [String] { owners.flatMap { $0.blocks.map(\.name) } }

    /// The owners whose figures or blocks a report shows, in catalog order.
    public func owners(of definition: ReportDefinition) -> [Owner] {
        owners(figures: Set(definition.figureNames), blocks: Set(definition.secties.flatMap(\.blokken)))
    }

    public func owners(of section: ReportDefinition.Section) -> [Owner] {
        owners(figures: Set(section.figureNames), blocks: Set(section.blokken))
    }

    func owners(figures: Set<String>, blocks: Set<String>) -> [Owner] {
        owners.filter { owner in
            owner.figures.contains { figures.contains($0.name) } || owner.blocks.contains { blocks.contains($0.name) }
        }
    }
}
