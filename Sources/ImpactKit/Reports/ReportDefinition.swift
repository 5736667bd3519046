import Foundation
import Yams

/// What one audience gets (`Reports/<naam>.yaml`): sections of blocks, each of which may take any figure
/// of any organisation. A published interface: people write these files, so the keys stay as they are.
///
///     naam: financier
///     titel: "..."
///     titel_en: "..."                    # optional, for `--taal en` (else the Dutch title); also in sections, trends, breakdowns
///     ondertitel: "..."                  # optional; ondertitel_en beside it
///     doelgroep: publiek                 # intern: every count shown; anything else: small counts hidden
///     drempel: 5                         # optional, default 5
///     sjabloon: financier.txt.mustache   # optional: without it a generic text layout is used
///     secties:
///       - titel: "Dromen"
///         kerncijfers: [Dromen ontvangen, Kinderen geholpen]
///         uitsplitsingen:
///           - { titel: "Dromen per kanaal", figuur: "Dromen ontvangen", naar: Kanaal }
///         trend: { titel: "Dromen per kwartaal", figuur: "Dromen ontvangen", naar: Programma, kwartalen: 8 }
///       - titel: "Alo Mik!"
///         blok: zwo-verloop             # an organisation's own block
public struct ReportDefinition: Sendable {
    public struct Breakdown: Sendable {
        public let titel: String
        public let figuur: String
        public let naar: String
        /// Only the first so many categories, in the figure's order (`top: 10` for the ten largest postcodes).
        public var top: Int? = nil
        /// `titel_en`: the title in English.
        public var titelEn: String? = nil
    }
    public struct Trend: Sendable {
        public let titel: String
        public let figuur: String
        public let naar: String
        public let kwartalen: Int
        public var titelEn: String? = nil
    }
    /// A target for one figure, for every period of a kind (`kwartaal`, `maand`, `jaar`, `seizoen`) or for
    /// one period (`2024`, `2024-Q4`): in the figure's unit (a percentage as 80 for 80%).
    public struct Target: Sendable {
        public let cijfer: String
        public let periode: String
        public let doel: Double

        /// Whether the target is for `period`.
        public func applies(to period: Period) -> Bool {
            switch periode.lowercased() {
            case "kwartaal": return period.kind == .quarter
            case "maand": return period.kind == .month
            case "jaar": return period.kind == .year
            case "seizoen": return period.kind == .season
            default: return periode == period.label
            }
        }
    }

    public struct Section: Sendable {
        public let titel: String
        public let kerncijfers: [String]
        public let uitsplitsingen: [Breakdown]
        public let trend: Trend?
        /// Organisations' own blocks, by name (`blok: x` or `blokken: [x, y]`).
        public let blokken: [String]
        /// Targets, from the file the section names (`doelen: doelen/alamal.yaml`, in the report folder).
        public var doelen: [Target] = []
        /// `teller_en_noemer: ja`: each percentage among the key figures with its numerator and denominator.
        public var tellerEnNoemer = false
        public var titelEn: String? = nil

        /// Every figure the section names.
        public var figureNames: [String] { kerncijfers + uitsplitsingen.map(\.figuur) + [trend?.figuur].compactMap { $0 } + doelen.map(\.cijfer) }
    }

    public let naam: String
    public let titel: String
    public let ondertitel: String
    /// `intern` shows every count; anything else (`publiek`, `financier`) hides counts below `drempel`.
    public let doelgroep: String
    public let drempel: Int
    /// The text template in the report folder; nil: the generic text layout.
    public let sjabloon: String?
    public let secties: [Section]
    /// `titel_en`, `ondertitel_en`: the title and subtitle in English (`--taal en`).
    public var titelEn: String? = nil
    public var ondertitelEn: String? = nil

    /// The title in `language`: the Dutch one where no English is given.
    public func title(in language: Language) -> String { language == .en ? titelEn ?? titel : titel }
    public func subtitle(in language: Language) -> String { language == .en ? ondertitelEn ?? ondertitel : ondertitel }

    public var isPublic: Bool { doelgroep.lowercased() != "intern" }

    /// Every figure the definition names.
    public var figureNames: [String] {
        secties.flatMap(\.figureNames)
    }

    /// Loads `<folder>/<name>.yaml` and checks every key, figure and block it names.
    public static func load(name: String, folder: String, catalog: ReportCatalog) throws -> ReportDefinition {
        let path = (folder as NSString).appendingPathComponent("\(name).yaml")
        guard !name.contains("/"), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError(file: path, message: "geen rapportdefinitie '\(name)'; bekend: \(known(in: folder).joined(separator: ", "))")
        }
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw InputError(file: path, message: "geen geldige YAML: \(error)")
        }
        do { return try parse(root, name: name, catalog: catalog, folder: folder) } catch let message as DefinitionError {
            throw InputError(file: path, message: message.text)
        }
    }

    /// The report names in a folder: its `.yaml` files.
    public static func known(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    struct DefinitionError: Error { let text: String }

    static let keys: Set<String> = ["naam", "titel", "titel_en", "ondertitel", "ondertitel_en", "doelgroep", "drempel", "sjabloon", "secties"]
    static let sectionKeys: Set<String> = ["titel", "titel_en", "kerncijfers", "uitsplitsingen", "trend", "blok", "blokken", "doelen", "teller_en_noemer"]

    static func parse(_ root: Any?, name: String, catalog: ReportCatalog, folder: String = ".") throws -> ReportDefinition {
        guard let root = root as? [String: Any] else { throw DefinitionError(text: "een rapportdefinitie is een lijst van sleutels (naam, titel, secties, ...)") }
        if root["soort"] != nil {
            throw DefinitionError(text: "'soort' bestaat niet meer: een rapport is een lijst 'secties' met kerncijfers, uitsplitsingen, trend of blok (zie README, 'Een rapport maken')")
        }
        try unknownKeys(root, known: keys, in: "de rapportdefinitie")
        let title = try string(root, "titel", in: "de rapportdefinitie")
        guard let sections = root["secties"] as? [[String: Any]], !sections.isEmpty else {
            throw DefinitionError(text: "'secties' ontbreekt of is leeg: noem ten minste één sectie met kerncijfers, uitsplitsingen, trend of blok")
        }
        let threshold = root["drempel"].map { $0 as? Int } ?? 5
        guard let threshold, threshold >= 1 else { throw DefinitionError(text: "drempel moet een geheel getal van 1 of meer zijn") }
        var definition = ReportDefinition(
            naam: root["naam"] as? String ?? name, titel: title, ondertitel: root["ondertitel"] as? String ?? "",
            doelgroep: root["doelgroep"] as? String ?? "publiek", drempel: threshold, sjabloon: root["sjabloon"] as? String,
            secties: try sections.enumerated().map { try section($1, number: $0 + 1, folder: folder) })
        definition.titelEn = try english(root, "titel_en", in: "de rapportdefinitie")
        definition.ondertitelEn = try english(root, "ondertitel_en", in: "de rapportdefinitie")
        let known = Set(catalog.figureNames)
        for figure in definition.figureNames where !known.contains(figure) {
            throw DefinitionError(text: "onbekend cijfer \"\(figure)\"; bekend: \(catalog.figureNames.joined(separator: ", "))")
        }
        for block in definition.secties.flatMap(\.blokken) where catalog.block(named: block) == nil {
            throw DefinitionError(text: "onbekend blok \"\(block)\"; bekend: \(catalog.blockNames.joined(separator: ", "))")
        }
        return definition
    }

    static func section(_ entry: [String: Any], number: Int, folder: String) throws -> Section {
        let place = "sectie \(number)"
        try unknownKeys(entry, known: sectionKeys, in: place)
        let keys = try (entry["kerncijfers"]).map { value -> [String] in
            guard let list = value as? [String] else { throw DefinitionError(text: "\(place): kerncijfers is een lijst van cijfernamen") }
            return list
        } ?? []
        let breakdowns = try (entry["uitsplitsingen"]).map { value -> [Breakdown] in
            guard let list = value as? [[String: Any]] else { throw DefinitionError(text: "\(place): uitsplitsingen is een lijst van { titel, figuur, naar }") }
            return try list.map { item in
                try unknownKeys(item, known: ["titel", "titel_en", "figuur", "naar", "top"], in: "\(place), uitsplitsing")
                let top = try item["top"].map { value -> Int in
                    guard let number = value as? Int, number >= 1 else { throw DefinitionError(text: "\(place), uitsplitsing: top moet een geheel getal van 1 of meer zijn") }
                    return number
                }
                return Breakdown(titel: try string(item, "titel", in: "\(place), uitsplitsing"), figuur: try string(item, "figuur", in: "\(place), uitsplitsing"),
                                 naar: try string(item, "naar", in: "\(place), uitsplitsing"), top: top,
                                 titelEn: try english(item, "titel_en", in: "\(place), uitsplitsing"))
            }
        } ?? []
        let trend = try (entry["trend"]).map { value -> Trend in
            guard let item = value as? [String: Any] else { throw DefinitionError(text: "\(place): trend is { titel, figuur, naar, kwartalen }") }
            try unknownKeys(item, known: ["titel", "titel_en", "figuur", "naar", "kwartalen"], in: "\(place), trend")
            let quarters = item["kwartalen"].map { $0 as? Int } ?? 8
            guard let quarters, (1...40).contains(quarters) else { throw DefinitionError(text: "\(place), trend: kwartalen moet een getal van 1 tot en met 40 zijn") }
            return Trend(titel: try string(item, "titel", in: "\(place), trend"), figuur: try string(item, "figuur", in: "\(place), trend"),
                         naar: try string(item, "naar", in: "\(place), trend"), kwartalen: quarters,
                         titelEn: try english(item, "titel_en", in: "\(place), trend"))
        }
        var blocks: [String] = []
        if let block = entry["blok"] {
            guard let block = block as? String else { throw DefinitionError(text: "\(place): blok is de naam van een blok") }
            blocks.append(block)
        }
        if let more = entry["blokken"] {
            guard let more = more as? [String] else { throw DefinitionError(text: "\(place): blokken is een lijst van bloknamen") }
            blocks += more
        }
        guard !keys.isEmpty || !breakdowns.isEmpty || trend != nil || !blocks.isEmpty || entry["doelen"] != nil else {
            throw DefinitionError(text: "\(place) is leeg: noem kerncijfers, uitsplitsingen, trend of blok")
        }
        var section = Section(titel: entry["titel"] as? String ?? "", kerncijfers: keys, uitsplitsingen: breakdowns, trend: trend, blokken: blocks)
        section.titelEn = try english(entry, "titel_en", in: place)
        if let parts = entry["teller_en_noemer"] {
            let word = (parts as? String)?.lowercased()
            guard let yes = parts as? Bool ?? (word == "ja" ? true : word == "nee" ? false : nil) else {
                throw DefinitionError(text: "\(place): teller_en_noemer is ja of nee")
            }
            section.tellerEnNoemer = yes
        }
        if let file = entry["doelen"] {
            // A file in the report folder (or a folder in it, `doelen/alamal.yaml`), never outside it.
            guard let file = file as? String, !file.hasPrefix("/"), !file.split(separator: "/").contains("..") else {
                throw DefinitionError(text: "\(place): doelen is een bestand in de map van de rapportdefinities, bijvoorbeeld doelen/alamal.yaml")
            }
            section.doelen = try targets(file: file, folder: folder)
        }
        return section
    }

    /// A targets file: `doelen:` a list of `{ cijfer, periode, doel }`.
    static func targets(file: String, folder: String) throws -> [Target] {
        let path = (folder as NSString).appendingPathComponent(file)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw DefinitionError(text: "doelen: \(file) niet gevonden in de map van de rapportdefinities") }
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch { throw DefinitionError(text: "\(file): geen geldige YAML: \(error)") }
        guard let list = (root as? [String: Any])?["doelen"] as? [[String: Any]] else {
            throw DefinitionError(text: "\(file): verwacht 'doelen:' met een lijst van { cijfer, periode, doel }")
        }
        return try list.enumerated().map { index, item in
            let place = "\(file), doel \(index + 1)"
            try unknownKeys(item, known: ["cijfer", "periode", "doel"], in: place)
            let value = item["doel"].flatMap { $0 as? Double ?? ($0 as? Int).map(Double.init) }
            guard let value else { throw DefinitionError(text: "\(place): 'doel' moet een getal zijn") }
            let period = try string(item, "periode", in: place)
            guard ["kwartaal", "maand", "jaar", "seizoen"].contains(period.lowercased()) || Period(parsing: period) != nil else {
                throw DefinitionError(text: "\(place): periode \"\(period)\" is geen kwartaal, maand, jaar, seizoen of periode als 2024-Q4")
            }
            return Target(cijfer: try string(item, "cijfer", in: place), periode: period, doel: value)
        }
    }

    static func string(_ entry: [String: Any], _ key: String, in place: String) throws -> String {
        guard let value = entry[key] else { throw DefinitionError(text: "\(place): '\(key)' ontbreekt") }
        if let text = value as? String { return text }
        if let number = value as? Int { return String(number) }
        throw DefinitionError(text: "\(place): '\(key)' moet tekst zijn")
    }

    /// An optional English text (`titel_en`): nil when absent, the Dutch one is then used.
    static func english(_ entry: [String: Any], _ key: String, in place: String) throws -> String? {
        entry[key] == nil ? nil : try string(entry, key, in: place)
    }

    static func unknownKeys(_ entry: [String: Any], known: Set<String>, in place: String) throws {
        if let unknown = entry.keys.sorted().first(where: { !known.contains($0) }) {
            throw DefinitionError(text: "\(place): onbekende sleutel '\(unknown)'; bekend: \(known.sorted().joined(separator: ", "))")
        }
    }
}
