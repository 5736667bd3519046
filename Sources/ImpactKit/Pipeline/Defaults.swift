import Foundation

/// The stages wired to the registry: what the command line (and a test) uses, so that no stage below
/// has to know which organisations there are.
extension Store {
    /// Opens (or creates) the database with every registered organisation's tables.
    public convenience init(path: String) throws { try self.init(path: path, schema: Registry.schema) }
}

extension Ingestor {
    /// An ingestor that recognises every registered organisation's exports.
    public init(store: Store, configuration: Configuration = Configuration(), rejectsFolder: String?) {
        self.init(store: store, configuration: configuration, rejectsFolder: rejectsFolder, exports: Registry.exports, loading: Registry.loading)
        ownListSuffixes = Registry.all.flatMap(\.ownListSuffixes)
    }
}

extension Configuration {
    /// impact.yaml with every registered organisation's exports and settings.
    public static func load(path: String) throws -> Configuration {
        try load(path: path, exports: Registry.exports, readers: Registry.settingReaders)
    }
}

extension ReportDefinition {
    /// A report definition checked against every registered organisation's figures and blocks.
    public static func load(name: String, folder: String) throws -> ReportDefinition {
        try load(name: name, folder: folder, catalog: Registry.catalog)
    }
}
