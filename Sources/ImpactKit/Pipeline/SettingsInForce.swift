import Foundation

/// Which settings a command uses. The database records every settings text it was given (Store/
/// RecordedSettings.swift); figures are computed from the newest recorded one, so the same database gives
/// the same figures from every folder. New settings are applied by `impact ingest` (it records the user's
/// impact.yaml it finds, if it differs) or by `impact settings apply`.
public struct SettingsInForce {
    public let configuration: Configuration
    /// The recorded settings the figures use; nil when they come from a file (`--config`, or a database
    /// with nothing recorded).
    public let recorded: RecordedSettings?
    /// One line for `impact status`: which settings are in force.
    public let description: String
    /// For stderr: a settings file that differs from the recorded one, settings not recorded yet.
    public let warnings: [String]
    /// For stdout after `ingest`: settings it recorded.
    public var notes: [String] = []

    /// For `figures`, `report` and `status`: `--config` for this run only, else the recorded settings, else
    /// (a database from before settings were recorded) the first file in the search order.
    public static func forFigures(_ search: SettingsSearch, store: Store) throws -> SettingsInForce {
        let recorded = try store.settingsInForce()
        if search.option != nil, let file = try search.userFile() {
            let configuration = try file.load()
            guard configuration.sha256 != recorded?.sha256 else { return try fromDatabase(recorded!, search: search) }
            let warning = "let op: de cijfers gebruiken \(file.path) (--config), niet "
                + (recorded.map { "de instellingen in de database (\(describe($0)))" } ?? "vastgelegde instellingen: de database heeft er nog geen")
                + "; vastleggen met: impact settings apply --config \(search.option!)"
            return SettingsInForce(configuration: configuration, recorded: nil, description: "\(file.path) (--config, niet vastgelegd)", warnings: [warning])
        }
        if let recorded { return try fromDatabase(recorded, search: search) }
        guard let file = try search.firstFound() else {
            return SettingsInForce(configuration: Configuration(), recorded: nil, description: "geen (geen impact.yaml gevonden)", warnings: [])
        }
        let warning = "let op: in deze database zijn nog geen instellingen vastgelegd (gemaakt met een eerdere versie van impact); "
            + "de cijfers gebruiken \(file.path); vastleggen met: impact settings apply"
        return SettingsInForce(configuration: try file.load(), recorded: nil, description: "\(file.path) (niet vastgelegd in de database)",
                               warnings: try store.allFiles().isEmpty ? [] : [warning])
    }

    /// For `ingest`: the user's own settings file when there is one (recorded if it differs from the
    /// recorded one), else the recorded settings, else impact's default (recorded). The files it loads then
    /// point to the settings recorded last.
    public static func forIngest(_ search: SettingsSearch, store: Store) throws -> SettingsInForce {
        let recorded = try store.settingsInForce()
        let file = try search.userFile() ?? (recorded == nil ? try search.firstFound() : nil)
        if let file {
            let configuration = try file.load()
            var result = SettingsInForce(configuration: configuration, recorded: recorded, description: file.path, warnings: [])
            if configuration.sha256 != recorded?.sha256 {
                let new = try store.recordSettings(text: configuration.text, origin: file.origin, sha256: configuration.sha256)
                result = SettingsInForce(configuration: configuration, recorded: new, description: file.path, warnings: [])
                result.notes = ["instellingen vastgelegd in de database: \(file.origin) (sha256 \(new.sha256.prefix(12)))"
                                + (recorded.map { "; vervangt \(describe($0))" } ?? "")]
            }
            return result
        }
        if let recorded { return try fromDatabase(recorded, search: search) }
        return SettingsInForce(configuration: Configuration(), recorded: nil, description: "geen", warnings: [
            "let op: geen instellingen gevonden (impact.yaml): kolommen alleen onder hun naam uit EXPORTS.md, geen bankregels"])
    }

    /// `impact settings apply`: records the first settings file in the search order (the user's, else
    /// impact's default), unless the database has exactly these already. Returns what to print.
    public static func apply(_ search: SettingsSearch, store: Store) throws -> String {
        guard let file = try search.firstFound() else {
            throw InputError(file: "impact.yaml", message: "geen instellingen gevonden; gezocht: \(search.places.map(\.path).joined(separator: ", "))")
        }
        let configuration = try file.load()
        let recorded = try store.settingsInForce()
        if configuration.sha256 == recorded?.sha256 {
            return "ongewijzigd: de database heeft deze instellingen al (\(describe(recorded!)))"
        }
        let new = try store.recordSettings(text: configuration.text, origin: file.origin, sha256: configuration.sha256)
        return "instellingen vastgelegd in de database: \(file.origin) (sha256 \(new.sha256.prefix(12))); de cijfers gebruiken ze vanaf nu"
            + (recorded.map { "\nvervangt: \(describe($0))" } ?? "")
    }

    /// The recorded settings, with a warning when one of the user's files says something else.
    static func fromDatabase(_ recorded: RecordedSettings, search: SettingsSearch) throws -> SettingsInForce {
        // Named as recorded, so a mistake found now (a newer impact, stricter) points to `impact settings apply`.
        let configuration = try Configuration.parse(recorded.text, file: "\(recorded.origin) (vastgelegd in de database)",
                                                    exports: Registry.exports, readers: Registry.settingReaders)
        var warnings: [String] = []
        if search.option == nil, let file = try search.userFile(), let digest = file.sha256, digest != recorded.sha256 {
            warnings.append("let op: \(file.path) verschilt van de instellingen in de database (\(describe(recorded))); de cijfers gebruiken "
                            + "die in de database; \(file.path) vastleggen met: impact settings apply (of bij de volgende impact ingest)")
        }
        return SettingsInForce(configuration: configuration, recorded: recorded, description: describe(recorded), warnings: warnings)
    }

    /// The SHA-256 the database records for a settings text.
    public static func digest(of text: String) -> String { SHA256Digest.hex(of: text) }

    /// `/pad/impact.yaml, vastgelegd 2026-12-02T14:03:11Z, sha256 1a2b3c4d5e6f`
    public static func describe(_ recorded: RecordedSettings) -> String {
        "\(recorded.origin), vastgelegd \(recorded.recordedAt), sha256 \(recorded.sha256.prefix(12))"
    }
}
