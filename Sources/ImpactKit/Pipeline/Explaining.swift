import Foundation

/// `impact explain`: the rows behind one value of a figure, through the registry: the organisation whose
/// figure it is selects them with the rules that compute it; this checks the question against the
/// figure's own values (its breakdowns and categories) and puts the value beside the rows. Internal
/// only: the rows name dossiers, so a public report's context is refused.
public enum Explaining {
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Why explain will not answer within a report's context: a public report hides counts below its
    /// threshold, and the rows behind one of its figures would show them after all. Nil for an internal report.
    public static func refusal(for report: ReportDefinition) -> String? {
        guard report.isPublic else { return nil }
        return "impact explain is alleen voor intern gebruik en weigert rapport '\(report.naam)': dat is openbaar (doelgroep: \(report.doelgroep)) "
            + "en toont aantallen onder \(report.drempel) als <\(report.drempel), zodat niemand te herkennen is. De regels achter een cijfer "
            + "(dossiernummers, data, categorieën) zouden die bescherming ongedaan maken. Vraag het zonder --rapport, voor intern gebruik."
    }

    /// The organisation whose figure `name` is (compared case-insensitively), with the figure.
    public static func figure(named name: String) throws -> (organisation: any Organisation, figure: FigureDefinition) {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        for organisation in Registry.all {
            if let figure = organisation.figures.first(where: { $0.name.lowercased() == wanted }) { return (organisation, figure) }
        }
        throw Refusal(description: "onbekend cijfer \"\(name)\"; bekend: \(Registry.catalog.figureNames.joined(separator: ", "))")
    }

    /// The period `explain` shows when none is asked for: that of the figure's organisation.
    public static func defaultPeriod(figure name: String, in context: FigureContext) throws -> Period? {
        try Reporting.defaultPeriod(for: [figure(named: name).organisation], in: context)
    }

    /// The rows behind `name` for `period`, in total or for one category: `breakdown` as `NAAR=WAARDE`
    /// (`Kanaal=Brievenbus`).
    public static func explain(figure name: String, breakdown: String? = nil, period: Period, in context: FigureContext) throws -> FigureExplanation {
        let (organisation, figure) = try figure(named: name)
        guard try organisation.hasData(in: context.store) else {
            throw Refusal(description: "\(figure.name): er is nog niets ingelezen van \(organisation.title)")
        }
        let values = try FigureCache.compute(organisation, [period], in: context).flatMap(\.values).filter { $0.figure == figure.name }
        guard !values.isEmpty else {
            let why = period.kind == .sinceStart ? "een stand aan het einde van een periode heeft geen cijfer sinds de start"
                : "er is geen export van \(organisation.title) tot \(period.last.dutch)"
            throw Refusal(description: "\(figure.name) heeft voor \(period.label) geen waarde: \(why)")
        }
        let (chosenBreakdown, category) = try choose(breakdown, among: values, figure: figure)
        let value = values.first { $0.breakdown == chosenBreakdown && $0.category == category }!
        guard let explanation = try organisation.explain(figure, breakdown: chosenBreakdown, category: category, period: period, in: context) else {
            throw Refusal(description: "\(figure.name) is niet tot regels te herleiden")
        }
        return FigureExplanation(figure: figure, period: period, breakdown: chosenBreakdown, category: category, value: value.value, explanation: explanation)
    }

    /// The notes for the person asking (a missing snapshot), as `figures` gives them.
    public static func warnings(figure name: String, period: Period, in context: FigureContext) throws -> [String] {
        try FigureSets.warnings([period], in: context, organisations: [figure(named: name).organisation])
    }

    /// The breakdown and category asked for, as the figure spells them; an unknown one is refused with
    /// the ones the figure has.
    static func choose(_ asked: String?, among values: [FigureValue], figure: FigureDefinition) throws -> (String, String) {
        var breakdowns: [String] = []
        for value in values where value.breakdown != FigureValue.total && !breakdowns.contains(value.breakdown) { breakdowns.append(value.breakdown) }
        let known = breakdowns.isEmpty ? "\(figure.name) heeft geen uitsplitsingen" : "bekend: \(breakdowns.joined(separator: ", "))"
        guard let asked else {
            guard values.contains(where: { $0.breakdown == FigureValue.total }) else {
                throw Refusal(description: "\(figure.name) heeft geen totaal; kies een categorie met --uitsplitsing NAAR=WAARDE; \(known)")
            }
            return (FigureValue.total, FigureValue.total)
        }
        guard let equals = asked.firstIndex(of: "=") else {
            throw Refusal(description: "--uitsplitsing \"\(asked)\": schrijf NAAR=WAARDE, bijvoorbeeld Kanaal=Brievenbus; \(known)")
        }
        let name = asked[..<equals].trimmingCharacters(in: .whitespaces), wanted = asked[asked.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        if name.lowercased() == FigureValue.total.lowercased() { return try choose(nil, among: values, figure: figure) }
        guard !breakdowns.isEmpty else { throw Refusal(description: "\(known); laat --uitsplitsing weg") }
        guard let breakdown = breakdowns.first(where: { $0.lowercased() == name.lowercased() }) else {
            throw Refusal(description: "\(figure.name) heeft geen uitsplitsing \"\(name)\"; \(known)")
        }
        let categories = values.filter { $0.breakdown == breakdown }.map(\.category)
        // `Stadsdeel=Poort` for Almere Poort: a word of one category only is enough.
        let byWord = categories.filter { $0.lowercased().split(separator: " ").contains(Substring(wanted.lowercased())) }
        guard let category = categories.first(where: { $0.lowercased() == wanted.lowercased() }) ?? (byWord.count == 1 ? byWord[0] : nil) else {
            throw Refusal(description: "\(figure.name) heeft bij \(breakdown) geen categorie \"\(wanted)\"; bekend: \(categories.joined(separator: ", "))")
        }
        return (breakdown, category)
    }
}
