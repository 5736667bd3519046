import Foundation
import Yams

/// Settings a user edits without recompiling (`impact.yaml`): column renames per export, so that an export
/// whose columns are called a little differently still loads, and each organisation's own settings (the
/// ZWO treasurer's `bankregels`), read by that organisation.
///
///     dromen:
///       kolommen:
///         "Dossier nr": Dossiernummer     # name in the file: name in EXPORTS.md
public struct Configuration: Sendable {
    /// source -> (name in the file -> canonical column name)
    public var renames: [String: [String: String]]
    /// An organisation's own settings by their key in impact.yaml, as the organisation read them.
    public var settings: [String: any Sendable]
    /// Where the settings came from, for messages.
    public var file: String
    /// The text they were read from, and the SHA-256 of its UTF-8 bytes: what the database records.
    public var text = ""
    public var sha256: String { SHA256Digest.hex(of: text) }

    public init(renames: [String: [String: String]] = [:], settings: [String: any Sendable] = [:], file: String = "impact.yaml") {
        self.renames = renames; self.settings = settings; self.file = file
    }

    /// Reads impact.yaml: renames for any of `exports` (and their sheets), and the settings `readers` know.
    public static func load(path: String, exports: [ExportKind], readers: [SettingReader]) throws -> Configuration {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw InputError(file: path, message: "kan de instellingen niet lezen")
        }
        return try parse(text, file: path, exports: exports, readers: readers)
    }

    /// The same from the text itself (settings recorded in the database); `file` names them in messages.
    public static func parse(_ text: String, file path: String, exports: [ExportKind], readers: [SettingReader]) throws -> Configuration {
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw InputError(file: path, message: "geen geldige YAML: \(error)")
        }
        var renames: [String: [String: String]] = [:]
        var settings: [String: any Sendable] = [:]
        let sections = (root as? [String: Any]) ?? [:]
        for (key, value) in sections.sorted(by: { $0.key < $1.key }) {
            if let reader = readers.first(where: { $0.key == key }) {
                settings[key] = try reader.read(value, path)
                continue
            }
            guard let columns = (value as? [String: Any])?["kolommen"] else { continue }
            guard let map = columns as? [String: String] else {
                throw InputError(file: path, message: "\(key).kolommen moet paren \"naam in bestand\": Kolomnaam bevatten")
            }
            // Every export and every sheet of a workbook export (`deelnemers`, `klussen`) can have renames.
            let kinds = exports.flatMap { [$0] + $0.sheets.map(\.kind) }
            guard let kind = kinds.first(where: { $0.source == key }) else {
                throw InputError(file: path, message: "onbekende export \"\(key)\"; bekend: \(kinds.map(\.source).joined(separator: ", "))")
            }
            let known = Set(kind.columns.map(\.name))
            for target in map.values where !known.contains(target) {
                throw InputError(file: path, message: "\(key).kolommen koppelt aan \"\(target)\", maar die kolom kent export \(key) niet")
            }
            renames[key] = map
        }
        var configuration = Configuration(renames: renames, settings: settings, file: path)
        configuration.text = text
        return configuration
    }
}

/// An organisation's own top-level key in impact.yaml (`bankregels`) and how to read it; it throws an
/// `InputError` naming the mistake.
public struct SettingReader: Sendable {
    public let key: String
    public let read: @Sendable (_ value: Any, _ file: String) throws -> any Sendable
    public init(key: String, read: @escaping @Sendable (_ value: Any, _ file: String) throws -> any Sendable) { self.key = key; self.read = read }
}
