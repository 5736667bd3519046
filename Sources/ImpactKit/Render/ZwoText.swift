/// The `zwo` report as Dutch plain text for the church council and the newsletter, through the
/// template named in Reports/zwo.yaml. Sums and counts only.
public enum ZwoText {
    public static func render(_ report: ZwoReport, templateFolder: String) throws -> String {
        try TextRenderer.render(template: report.definition.sjabloon, folder: templateFolder, context: context(report))
    }

    /// The count not recognised, hidden as its group (all categories) would hide it.
    static func unrecognisedText(_ report: ZwoReport, _ disclosure: Disclosure) -> String {
        let counts = report.bankCategories.map(\.count)
        guard let index = report.bankCategories.firstIndex(where: { $0.category == ZwoFigures.unrecognised }) else { return "0" }
        return disclosure.hidden(counts)[index] ? disclosure.hiddenText : DutchFormat.number(counts[index])
    }

    static func context(_ report: ZwoReport) -> [String: Any] {
        let disclosure = Disclosure(definition: report.definition)
        let total = report.sources.last?.values ?? [nil, nil]
        let previousDate = report.previous?.last.dutch ?? "-"
        return [
            "titel": report.definition.titel,
            "ondertitel": report.definition.ondertitel,
            "periode_regel": report.periodLine,
            "seizoen": report.current.label,
            "peildatum": report.current.last.dutch,
            "vorig_seizoen": report.previous?.label ?? "-",
            "vorige_peildatum": previousDate,
            "opbrengst": DutchFormat.euros(total[0]),
            "plan": DutchFormat.euros(report.plan),
            "percentage": report.percentage.map { DutchFormat.decimal($0) + "%" } ?? "-",
            "plan_naar_rato": DutchFormat.euros(report.planToDate),
            "voortgangsbalk": progressBar(raised: total[0], plan: report.plan, planToDate: report.planToDate, percentage: report.percentage),
            "tabel": table(report),
            "overgemaakt": DutchFormat.euros(report.transferred[0]),
            "nog_over_te_maken": DutchFormat.euros(report.stillToTransfer[0]),
            "prognose": DutchFormat.euros(report.prognosis[0]),
            "prognose_methode": "opgehaald tot nu toe, gedeeld door de verstreken dagen van het seizoen, maal de dagen van het hele seizoen",
            "vorig_opbrengst": DutchFormat.euros(total[1]),
            "vorig_percentage": report.previousPercentage.map { DutchFormat.decimal($0) + "%" } ?? "-",
            "vorig_prognose": DutchFormat.euros(report.prognosis[1]),
            "toegezegd": DutchFormat.euros(report.ride.pledged),
            "ontvangen": DutchFormat.euros(report.ride.received),
            "openstaand": DutchFormat.euros(report.ride.outstanding),
            "bankmutaties": disclosure.text(report.bankCategories.map(\.count).reduce(0, +)),
            "niet_herkend": unrecognisedText(report, disclosure),
        ]
    }

    /// Actual, plan, difference and percentage side by side, per source and in total, with last season.
    static func table(_ report: ZwoReport) -> String {
        let previousHead = report.previous.map { "t/m \($0.last.dutch)" } ?? "vorig seizoen"
        var table = TextTable(header: ["Bron", "Opgehaald", "Plan", "Verschil", "% plan", previousHead])
        for source in report.sources {
            let isTotal = source.name == "Totaal"
            let plan = isTotal ? report.plan : nil
            let difference = isTotal ? zip2(source.values[0], plan, -) : nil
            let share = isTotal ? report.percentage.map { DutchFormat.decimal($0) + "%" } ?? "-" : ""
            table.rows.append([source.name, DutchFormat.euros(source.values[0]), plan.map(DutchFormat.euros) ?? "",
                               difference.map(DutchFormat.euros) ?? "", share, DutchFormat.euros(source.values[1])])
        }
        return table.render()
    }

    /// `[██████████████░░░░░░░░░░|░░░░░] 58,3%`: raised against the plan, `|` where the plan stands today.
    static func progressBar(raised: Double?, plan: Double?, planToDate: Double?, percentage: Double?, width: Int = 40) -> String {
        guard let raised, let plan, plan > 0 else { return "" }
        let filled = max(0, min(width, Int((raised / plan * Double(width)).rounded())))
        var bar = Array(String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled))
        if let planToDate {
            let mark = max(0, min(width - 1, Int((planToDate / plan * Double(width)).rounded())))
            bar[mark] = "|"
        }
        return "[" + String(bar) + "] " + (percentage.map { DutchFormat.decimal($0) + "%" } ?? "-") + " van " + DutchFormat.euros(plan)
            + (planToDate != nil ? "   (| = plan naar rato vandaag)" : "")
    }

    private static func zip2(_ a: Double?, _ b: Double?, _ operation: (Double, Double) -> Double) -> Double? {
        guard let a, let b else { return nil }
        return operation(a, b)
    }
}
