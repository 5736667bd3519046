/// The organisations impact knows, in the order `impact status`, `impact figures` and the `Definities`
/// sheet list them. Adding an organisation adds one line here.
public enum Registry {
    public static let all: [any Organisation] = [Dromen(), Activering(), Zwo(), Alliantie(), AlAmal()]

    /// Every export of every organisation.
    public static var exports: [ExportKind] { all.flatMap(\.exports) }
    public static var loading: [ExportLoading] { all.flatMap(\.loading) }

    /// Every organisation's tables and schema upgrades.
    public static var schema: StoreSchema {
        StoreSchema(tables: all.flatMap(\.loading).map(\.table),
                    upgrades: all.flatMap { $0.schemaUpgrades.map { (from: $0.key, statements: $0.value) } })
    }

    public static var settingReaders: [SettingReader] { all.flatMap(\.settingReaders) }

    /// Every figure and block a report may take, with its organisation.
    public static var catalog: ReportCatalog {
        ReportCatalog(owners: all.map { organisation in
            ReportCatalog.Owner(id: organisation.id, figures: organisation.figures, blocks: organisation.blocks,
                                rules: organisation.rules, hasSnapshots: organisation.snapshotExport != nil,
                                englishRules: organisation.englishRules, glossary: organisation.glossary)
        })
    }

    /// The organisations whose figures or blocks a report shows, in registry order.
    public static func organisations(of definition: ReportDefinition) -> [any Organisation] {
        let ids = Set(catalog.owners(of: definition).map(\.id))
        return all.filter { ids.contains($0.id) }
    }
}
