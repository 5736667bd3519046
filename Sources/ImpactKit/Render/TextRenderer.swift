import Foundation
import Mustache

/// Renders a report as Dutch plain text for e-mail, through the report's Mustache template in Reports/,
/// which the adviser can edit without recompiling. The template gets ready-made blocks (aligned tables,
/// bar charts) and single values for sentences; see Reports/README.md for the names.
public enum TextRenderer {
    public static func render(_ model: ReportModel, templateFolder: String) throws -> String {
        try render(template: model.definition.sjabloon, folder: templateFolder, context: context(model))
    }

    /// Any report's template with its context (the names it can use).
    static func render(template name: String, folder templateFolder: String, context: [String: Any]) throws -> String {
        let path = (templateFolder as NSString).appendingPathComponent(name)
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError(file: path, message: "sjabloon niet gevonden")
        }
        let template: MustacheTemplate
        do { template = try MustacheTemplate(string: source) } catch {
            throw InputError(file: path, message: "sjabloon klopt niet: \(error)")
        }
        return template.render(context)
    }

    /// The names a template can use.
    static func context(_ model: ReportModel) -> [String: Any] {
        let labels = model.columnLabels
        var context: [String: Any] = [
            "titel": model.definition.titel,
            "ondertitel": model.definition.ondertitel,
            "periode": labels[0], "vorige_periode": labels[1], "jaar_eerder": labels[2],
            "periode_regel": WorkbookRenderer.periodLine(model),
            "kerncijfers": keyFigureTable(model),
            "trend_titel": model.trend.title,
            "trend_grafiek": trendChart(model.trend),
            "uitsplitsingen": model.tables.map { ["titel": $0.title, "tabel": breakdownTable($0, labels: labels)] },
            "bronnen": sourceLines(model),
        ]
        if let activering = model.activering { context["activering"] = ActiveringRender.context(activering) }
        for line in model.keyFigures {
            let slug = slugify(line.label)
            context[slug] = format(line.values[0], unit: line.unit)
            context["vorige_" + slug] = format(line.values[1], unit: line.unit)
            context["jaar_eerder_" + slug] = format(line.values[2], unit: line.unit)
            context["sinds_start_" + slug] = format(line.values[3], unit: line.unit)
            context["trend_" + slug] = trendInWords(line, labels: labels)
        }
        return context
    }

    /// `Dromen ontvangen` -> `dromen_ontvangen`.
    static func slugify(_ name: String) -> String {
        name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    static func format(_ value: Double?, unit: FigureDefinition.Unit) -> String {
        DutchFormat.number(value)
    }

    static func changeText(_ current: Double?, _ earlier: Double?) -> String {
        guard let change = WorkbookRenderer.change(current, earlier) else { return "" }
        return (change > 0 ? "+" : "") + DutchFormat.percent(change)
    }

    /// `71,4% meer dan in 2022-Q3 (217) en 12,7% minder dan in 2021-Q4 (426)`.
    static func trendInWords(_ line: ReportModel.Line, labels: [String]) -> String {
        func against(_ index: Int) -> String {
            let other = line.values[index]
            guard let current = line.values[0], let other else { return "geen vergelijking met \(labels[index])" }
            let shown = "\(labels[index]) (\(DutchFormat.number(other)))"
            if current == other { return "evenveel als in \(shown)" }
            guard other != 0 else { return "meer dan in \(shown)" }
            let change = (current - other) / other
            return "\(DutchFormat.percent(abs(change))) \(change > 0 ? "meer" : "minder") dan in \(shown)"
        }
        return "\(against(1)) en \(against(2))"
    }

    static func keyFigureTable(_ model: ReportModel) -> String {
        let labels = model.columnLabels
        var table = TextTable(header: ["Cijfer", labels[0], labels[1], "verschil", labels[2], "verschil", labels[3]])
        for line in model.keyFigures {
            let v = line.values
            table.rows.append([line.label, format(v[0], unit: line.unit), format(v[1], unit: line.unit), changeText(v[0], v[1]),
                               format(v[2], unit: line.unit), changeText(v[0], v[2]), format(v[3], unit: line.unit)])
        }
        return table.render()
    }

    static func breakdownTable(_ table: ReportModel.Table, labels: [String]) -> String {
        var text = TextTable(header: [table.breakdown, labels[0], labels[1], labels[2], labels[3], "aandeel", ""])
        let total = table.lines.compactMap { $0.values[0] }.reduce(0, +)
        let largest = table.lines.compactMap { $0.values[0] }.max() ?? 0
        for line in table.lines {
            let v = line.values
            let share = total > 0 ? DutchFormat.percent((v[0] ?? 0) / total) : ""
            text.rows.append([line.label, format(v[0], unit: .count), format(v[1], unit: .count), format(v[2], unit: .count),
                              format(v[3], unit: .count), share, TextBars.bar(v[0] ?? 0, max: largest, width: 20).rightPadded(to: 20)])
        }
        return text.render()
    }

    /// One bar per quarter, stacked by series (█ first series, ░ second, ▒ third, ...), with a legend.
    static func trendChart(_ trend: ReportModel.Trend) -> String {
        let glyphs: [Character] = ["█", "░", "▒", "▓"]
        let totals = trend.periods.indices.map { row in trend.series.map { $0.values[row] }.reduce(0, +) }
        let largest = totals.max() ?? 0
        var lines: [String] = []
        for (row, period) in trend.periods.enumerated() {
            var bar = ""
            for (index, series) in trend.series.enumerated() {
                bar += TextBars.bar(series.values[row], max: largest, width: 40, glyph: glyphs[index % glyphs.count])
            }
            lines.append("\(period.rightPadded(to: 8))  \(DutchFormat.number(totals[row]).leftPadded(to: 6))  \(bar)")
        }
        let legend = trend.series.enumerated().map { "\(glyphs[$0.offset % glyphs.count]) \($0.element.name)" }.joined(separator: "   ")
        return (lines + ["", legend]).joined(separator: "\n")
    }

    static func sourceLines(_ model: ReportModel) -> String {
        let current = model.sources.filter { $0.replacedBy == nil }
        let rejected = current.map(\.rowsRejected).reduce(0, +)
        var text = "\(current.count) ingelezen bestanden; \(DutchFormat.integer(rejected)) regels afgekeurd (zie tabblad Bronnen)."
        if let used = model.snapshotUsed {
            text += "\nCijfers van \(model.comparison.current.label) uit \(used.name) (SHA-256 \(used.sha256.prefix(12))...)."
        }
        return text
    }
}
