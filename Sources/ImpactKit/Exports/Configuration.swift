import Foundation
import Yams

/// Settings a user edits without recompiling (`impact.yaml`): column renames per export, so that an export
/// whose columns are called a little differently still loads.
///
///     dromen:
///       kolommen:
///         "Dossier nr": Dossiernummer     # name in the file: name in EXPORTS.md
public struct Configuration: Sendable {
    /// source -> (name in the file -> canonical column name)
    public var renames: [String: [String: String]]

    public init(renames: [String: [String: String]] = [:]) { self.renames = renames }

    public static func load(path: String) throws -> Configuration {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw InputError(file: path, message: "kan de instellingen niet lezen")
        }
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw InputError(file: path, message: "geen geldige YAML: \(error)")
        }
        var renames: [String: [String: String]] = [:]
        for (source, value) in (root as? [String: Any]) ?? [:] {
            guard let columns = (value as? [String: Any])?["kolommen"] else { continue }
            guard let map = columns as? [String: String] else {
                throw InputError(file: path, message: "\(source).kolommen moet paren \"naam in bestand\": Kolomnaam bevatten")
            }
            let known = Set(ExportKind.all.first { $0.source == source }?.columns.map(\.name) ?? [])
            for target in map.values where !known.contains(target) {
                throw InputError(file: path, message: "\(source).kolommen koppelt aan \"\(target)\", maar die kolom kent export \(source) niet")
            }
            renames[source] = map
        }
        return Configuration(renames: renames)
    }
}
