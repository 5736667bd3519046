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
    /// The ZWO treasurer's bank rules, in order.
    public var bankRules: [BankRule]
    /// Where the settings came from, for messages.
    public var file: String

    public init(renames: [String: [String: String]] = [:], bankRules: [BankRule] = [], file: String = "impact.yaml") {
        self.renames = renames; self.bankRules = bankRules; self.file = file
    }

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
        let settings = (root as? [String: Any]) ?? [:]
        let rules = try bankRules(settings["bankregels"], file: path)
        for (source, value) in settings where source != "bankregels" {
            guard let columns = (value as? [String: Any])?["kolommen"] else { continue }
            guard let map = columns as? [String: String] else {
                throw InputError(file: path, message: "\(source).kolommen moet paren \"naam in bestand\": Kolomnaam bevatten")
            }
            // Every export and every sheet of a workbook export (`deelnemers`, `klussen`) can have renames.
            let kinds = ExportKind.all.flatMap { [$0] + $0.sheets.map(\.kind) }
            guard let kind = kinds.first(where: { $0.source == source }) else {
                throw InputError(file: path, message: "onbekende export \"\(source)\"; bekend: \(kinds.map(\.source).joined(separator: ", "))")
            }
            let known = Set(kind.columns.map(\.name))
            for target in map.values where !known.contains(target) {
                throw InputError(file: path, message: "\(source).kolommen koppelt aan \"\(target)\", maar die kolom kent export \(source) niet")
            }
            renames[source] = map
        }
        return Configuration(renames: renames, bankRules: rules, file: path)
    }

    static func bankRules(_ value: Any?, file: String) throws -> [BankRule] {
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
