import Foundation
import Yams

/// What one audience gets (`Reports/<naam>.yaml`): which key figures, which breakdowns, which trend, and
/// the text template. Edited without recompiling; the figures themselves are defined once in Figures/.
public struct ReportDefinition: Decodable, Sendable {
    public struct Breakdown: Decodable, Sendable {
        public let titel: String
        public let figuur: String
        public let naar: String
    }
    public struct Trend: Decodable, Sendable {
        public let titel: String
        public let figuur: String
        public let naar: String
        public let kwartalen: Int
    }

    /// Which figures the report is made of: `dromen` or `zwo`.
    public let soort: String
    public let naam: String
    public let titel: String
    public let ondertitel: String
    /// `intern` shows every count; anything else (`publiek`, `financier`) hides counts below `drempel`.
    public let doelgroep: String
    /// The smallest count a public report shows (default 5).
    public let drempel: Int?
    public let sjabloon: String
    public let kerncijfers: [String]?
    public let uitsplitsingen: [Breakdown]?
    public let trend: Trend?
    /// ZWO: the project's name as the rules and collections spell it.
    public let project: String?
    /// Dromen reports: a section on the activeringscentra, when their workbooks are ingested.
    public let activering: Section?

    public struct Section: Decodable, Sendable {
        public let titel: String
    }

    public static let kinds = ["dromen", "zwo"]

    /// Loads `<folder>/<name>.yaml` and checks that every figure it names exists.
    public static func load(name: String, folder: String) throws -> ReportDefinition {
        let path = (folder as NSString).appendingPathComponent("\(name).yaml")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
            throw InputError(file: path, message: "geen rapportdefinitie '\(name)'; bekend: \(known.joined(separator: ", "))")
        }
        let definition: ReportDefinition
        do { definition = try YAMLDecoder().decode(ReportDefinition.self, from: text) } catch {
            throw InputError(file: path, message: "rapportdefinitie klopt niet: \(error)")
        }
        guard kinds.contains(definition.soort) else {
            throw InputError(file: path, message: "soort \"\(definition.soort)\" bestaat niet; bekend: \(kinds.joined(separator: ", "))")
        }
        if definition.soort == "dromen" {
            guard let trend = definition.trend, let keys = definition.kerncijfers, let breakdowns = definition.uitsplitsingen else {
                throw InputError(file: path, message: "een rapport van soort dromen noemt kerncijfers, uitsplitsingen en trend")
            }
            let known = Set(FigureCatalog.dromen.map(\.name))
            for figure in keys + breakdowns.map(\.figuur) + [trend.figuur] where !known.contains(figure) {
                throw InputError(file: path, message: "onbekend cijfer \"\(figure)\"; bekend: \(FigureCatalog.dromen.map(\.name).joined(separator: ", "))")
            }
        }
        return definition
    }
}
