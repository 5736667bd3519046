/// Everything impact knows about one organisation, in one folder under `Organisations/`: its exports
/// (columns, vocabularies, rules, how each file succeeds the previous one), its tables, its figures with
/// their Dutch definitions, and the report blocks only it can fill. The generic stages (read, load,
/// figures, report blocks, render) never name an organisation: they go through `Registry.all`.
///
/// Adding an organisation is a new folder with a type conforming to this protocol, one line in
/// `Registry.all`, its report definitions in `Reports/`, its sample exports in `SampleData/` and its tests.
public protocol Organisation: Sendable {
    /// Short name, used in messages and as the key of the organisation's settings: `dromen`.
    var id: String { get }
    /// The organisation's name for people: `Activeringscentra Almere`.
    var title: String { get }
    /// The exports it hands over, in the order `impact status` lists them.
    var exports: [ExportKind] { get }
    /// How each export's (or workbook sheet's) records are validated and stored, and in which table.
    var loading: [ExportLoading] { get }
    /// Statements that bring a database of an older schema version up to date, by the version they
    /// upgrade from (run before the CREATE statements of the tables).
    var schemaUpgrades: [Int: [String]] { get }
    /// Its figures, in the order `impact figures` writes them and the `Definities` sheet lists them.
    var figures: [FigureDefinition] { get }
    /// Rules that hold for all its figures, printed under the definitions.
    var rules: [String] { get }
    /// The same rules in English, one for one (`--taal en`).
    var englishRules: [String] { get }
    /// The English of its breakdowns and of the categories it defines itself (`--taal en`).
    var glossary: Glossary { get }
    /// The snapshot export whose quarter a period's figures come from (nil: it has none): `report` and
    /// `figures` warn when a period's own snapshot is not ingested yet.
    var snapshotExport: ExportKind? { get }
    /// Its own settings in impact.yaml (`bankregels`), found in `Configuration.settings` by their key.
    var settingReaders: [SettingReader] { get }

    /// Every figure for every period asked, period by period (two periods may share a label: 2022-Q4
    /// and 2022-Q4 up to 15-11). A period without data gets no values.
    func compute(_ periods: [Period], in context: FigureContext) throws -> [PeriodFigures]
    /// Notes for the person asking, beside the figures (a missing snapshot, no bank rules).
    func warnings(for periods: [Period], in context: FigureContext) throws -> [String]
    /// The period a report of only this organisation's figures shows when none is asked for.
    func defaultPeriod(in context: FigureContext) throws -> Period?
    /// What a period's figures are computed from (the ids of the files), when that is all they depend on:
    /// they are then kept after the first computation and read back while the stamp is the same. nil:
    /// computed every time.
    func figureStamp(for period: Period, in context: FigureContext) throws -> String?
    /// The blocks only this organisation can fill (`blok: zwo-verloop` in a report definition).
    var blocks: [BlockBuilder] { get }
    /// Lists for the organisation's own people, written beside a report and never part of it (the ZWO
    /// treasurer's unrecognised bank transactions): they may hold personal data.
    func ownLists(for period: Period, in context: FigureContext) throws -> [OwnList]
    /// The suffixes those lists' names end in (`niet-herkend`), so ingest never takes one for an export.
    var ownListSuffixes: [String] { get }
    /// The rows behind one value of one of its figures (`impact explain`), selected by the same rules that
    /// compute it; `breakdown` and `category` are ones the figure has (`Totaal` for the total). Nil: the
    /// figure cannot be traced to rows.
    func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, in context: FigureContext) throws -> Explanation?
}

extension Organisation {
    public var schemaUpgrades: [Int: [String]] { [:] }
    public func figureStamp(for period: Period, in context: FigureContext) throws -> String? { nil }
    public var rules: [String] { [] }
    public var englishRules: [String] { rules }
    public var glossary: Glossary { Glossary() }
    public var snapshotExport: ExportKind? { nil }
    public var settingReaders: [SettingReader] { [] }
    public var blocks: [BlockBuilder] { [] }
    public func ownLists(for period: Period, in context: FigureContext) throws -> [OwnList] { [] }
    public var ownListSuffixes: [String] { [] }
    public func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, in context: FigureContext) throws -> Explanation? { nil }

    /// Every export and every sheet of a workbook export.
    public var allExports: [ExportKind] { exports.flatMap { [$0] + $0.sheets.map(\.kind) } }

    public func hasData(in store: Store) throws -> Bool { try store.hasFiles(sources: exports.map(\.source)) }

    public func warnings(for periods: [Period], in context: FigureContext) throws -> [String] {
        guard let export = snapshotExport, try context.store.hasFiles(sources: [export.source]) else { return [] }
        return try context.store.staleSnapshotWarnings(periods, export: export)
    }

    /// The quarter of the newest snapshot.
    public func defaultPeriod(in context: FigureContext) throws -> Period? {
        guard let export = snapshotExport else { return nil }
        return try context.store.currentFiles(source: export.source).compactMap(\.snapshot).last.flatMap(Period.init(parsing:))
    }

    public func definition(named name: String) -> FigureDefinition? { figures.first { $0.name == name } }
}
