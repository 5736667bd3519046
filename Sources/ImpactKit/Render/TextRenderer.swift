import Foundation
import Mustache

/// Renders any report as plain text for e-mail, in the report's language: through the report's Mustache
/// template when its definition names one (editable without recompiling; the names it can use are listed
/// in the README), else in a generic layout of every section's tables. It formats; it never computes.
public enum TextRenderer {
    public static func render(_ model: ReportModel, templateFolder: String) throws -> String {
        let context = context(model)
        guard let path = templatePath(for: model, in: templateFolder) else { return generic(model, context: context) }
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError(file: path, message: "sjabloon niet gevonden")
        }
        let compiled: MustacheTemplate
        do { compiled = try MustacheTemplate(string: source) } catch {
            throw InputError(file: path, message: "sjabloon klopt niet: \(error)")
        }
        return compiled.render(context)
    }

    /// The template the text is made from: the one the definition names (`beleid.txt.mustache`), in
    /// another language the same name with the language after its stem (`beleid.en.txt.mustache`), beside
    /// it. Nil: the generic layout, for a definition without a template or with none in that language.
    public static func templatePath(for model: ReportModel, in folder: String) -> String? {
        guard let name = model.definition.sjabloon else { return nil }
        guard model.language != .nl else { return (folder as NSString).appendingPathComponent(name) }
        let path = (folder as NSString).appendingPathComponent(templateName(name, in: model.language))
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The template in a language the definition's template is missing in (the text then has the generic
    /// layout), for a note to the person asking; nil when there is none to miss.
    public static func missingTemplate(for model: ReportModel, in folder: String) -> String? {
        guard let name = model.definition.sjabloon, model.language != .nl, templatePath(for: model, in: folder) == nil else { return nil }
        return (folder as NSString).appendingPathComponent(templateName(name, in: model.language))
    }

    /// `beleid.txt.mustache` -> `beleid.en.txt.mustache`.
    static func templateName(_ name: String, in language: Language) -> String {
        let folder = (name as NSString).deletingLastPathComponent, file = (name as NSString).lastPathComponent
        let stem = file.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let translated = stem.count == 2 ? "\(stem[0]).\(language.rawValue).\(stem[1])" : "\(file).\(language.rawValue)"
        return (folder as NSString).appendingPathComponent(translated)
    }

    /// Title, period, each section's tables with their notes, the sources.
    static func generic(_ model: ReportModel, context: [String: Any]) -> String {
        var lines = [model.title]
        if !model.subtitle.isEmpty { lines.append(model.subtitle) }
        lines += [model.periodLine, ""]
        for section in model.sections {
            if !section.title.isEmpty { lines += [section.title.uppercased(), ""] }
            for table in section.tables where table.inText {
                lines += [table.title, render(table, model: model), ""]
            }
        }
        lines += [model.labels.sourcesHeading, model.sourcesSummary, model.labels.definitionsPointer]
        if let rule = model.smallCountRule { lines.append(rule) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The names a template can use; see the README, "Een rapport maken". They are the same in every
    /// language (slugs of the Dutch names); their values are in the report's language.
    static func context(_ model: ReportModel) -> [String: Any] {
        let labels = model.columnLabels
        var context: [String: Any] = [
            "titel": model.title,
            "ondertitel": model.subtitle,
            "periode": labels[0], "vorige_periode": labels[1], "jaar_eerder": labels[2],
            "periode_regel": model.periodLine,
            "bronnen": model.sourcesSummary,
            "kleine_aantallen": model.smallCountRule ?? "",
        ]
        var tables: [String: String] = [:]
        var sections: [[String: Any]] = []
        var sectionsByName: [String: Any] = [:]
        for section in model.sections {
            var entry: [String: Any] = ["titel": section.title]
            var breakdowns: [[String: String]] = []
            var blocks: [[String: String]] = []
            for table in section.tables where table.inText {
                let text = render(table, model: model)
                tables[slugify(table.key ?? table.title)] = text
                switch table.role {
                case .keyFigures: entry["kerncijfers"] = text
                case .targets: entry["doelen"] = text
                case .trend: entry["trend_titel"] = table.title; entry["trend_grafiek"] = text
                case .breakdown: breakdowns.append(["titel": table.title, "tabel": text])
                case .block: blocks.append(["titel": table.title, "tabel": text])
                }
            }
            entry["uitsplitsingen"] = breakdowns
            entry["blokken"] = blocks
            for (name, cell) in section.values { context[name] = format(cell, model: model, empty: "-") }
            for (name, progress) in section.progress { context[name] = progressBar(progress, model: model) }
            sections.append(entry)
            if !section.title.isEmpty { sectionsByName[slugify(section.key ?? section.title)] = entry }
        }
        context["secties"] = sections
        context["sectie"] = sectionsByName
        context["tabellen"] = tables
        for line in model.keyFigures {
            let slug = slugify(line.key ?? line.label)
            context[slug] = format(line.cells[0], model: model, empty: "-")
            context["vorige_" + slug] = format(line.cells[1], model: model, empty: "-")
            context["jaar_eerder_" + slug] = format(line.cells[2], model: model, empty: "-")
            context["sinds_start_" + slug] = format(line.cells[3], model: model, empty: "-")
            context["trend_" + slug] = line.trendInWords
        }
        return context
    }

    /// `Dromen ontvangen` -> `dromen_ontvangen`.
    static func slugify(_ name: String) -> String {
        name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    /// A cell as the text shows it: in the notation of the report's language, `<5` for a hidden count, a
    /// change with its sign.
    static func format(_ cell: ReportCell, model: ReportModel, empty: String? = nil) -> String {
        if cell.hidden { return cell.text.isEmpty ? model.disclosure.hiddenText : cell.text }
        let notation = model.language.notation
        let text: String
        switch cell.style {
        case .text: return cell.text
        case .count, .decimal: text = cell.number.map { notation.number($0) } ?? empty ?? "-"
        case .tenths: text = cell.number.map { notation.decimal($0, decimals: 1) } ?? empty ?? "-"
        case .euros: text = notation.euros(cell.number)
        case .percent: text = cell.number.map { notation.percent($0) } ?? empty ?? ""
        case .change: text = cell.number.map { ($0 > 0 ? "+" : "") + notation.percent($0) } ?? empty ?? ""
        }
        return text + (cell.number == nil ? "" : cell.mark)
    }

    /// A table as aligned text, with its chart in characters and its footnotes.
    static func render(_ table: ReportTable, model: ReportModel) -> String {
        if case .stacked = table.textChart { return stackedChart(table, model: model) }
        let shown = table.columns.indices.filter { !table.workbookOnlyColumns.contains($0) }
        let heads = table.textColumns ?? table.columns
        var text = TextTable(header: shown.map { heads[$0] })
        var barColumn: Int?
        if case .bars(let column) = table.textChart { barColumn = column; text.header.append("") }
        let largest = barColumn.map { column in table.rows.filter { !$0[column].hidden }.compactMap { $0[column].number }.max() ?? 0 } ?? 0
        for row in table.rows + [table.totalRow].compactMap({ $0 }) {
            var cells = shown.map { format(row[$0], model: model) }
            if let barColumn {
                let value = row[barColumn].hidden ? 0 : row[barColumn].number ?? 0
                cells.append(TextBars.bar(value, max: largest, width: 20).rightPadded(to: 20))
            }
            text.rows.append(cells)
        }
        return ([text.render()] + table.footnotes).joined(separator: "\n")
    }

    /// One bar per row (a quarter), stacked by series (█ first, ░ second, ▒ third, ...), with the row's
    /// total and a legend.
    static func stackedChart(_ table: ReportTable, model: ReportModel) -> String {
        let glyphs: [Character] = ["█", "░", "▒", "▓"]
        let series = Array(table.columns.indices.dropFirst().dropLast())
        let largest = table.rows.compactMap { $0.last?.number }.max() ?? 0
        var lines: [String] = []
        for row in table.rows {
            var bar = ""
            for (index, column) in series.enumerated() where !row[column].hidden {
                bar += TextBars.bar(row[column].number ?? 0, max: largest, width: 40, glyph: glyphs[index % glyphs.count])
            }
            lines.append("\(row[0].text.rightPadded(to: 8))  \(format(row[row.count - 1], model: model).leftPadded(to: 6))  \(bar)")
        }
        let legend = series.enumerated().map { "\(glyphs[$0.offset % glyphs.count]) \(table.columns[$0.element])" }.joined(separator: "   ")
        return (lines + ["", legend]).joined(separator: "\n")
    }

    /// `[██████████████░░░░░░░░░░|░░░░░] 58,3% van € 52.245,00`: `|` where the target stands today.
    static func progressBar(_ progress: ReportSection.Progress, model: ReportModel, width: Int = 40) -> String {
        guard let actual = progress.actual, let target = progress.target, target > 0 else { return "" }
        let filled = max(0, min(width, Int((actual / target * Double(width)).rounded())))
        var bar = Array(String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled))
        if let toDate = progress.targetToDate {
            bar[max(0, min(width - 1, Int((toDate / target * Double(width)).rounded())))] = "|"
        }
        let notation = model.language.notation
        return "[" + String(bar) + "] " + (progress.percentage.map { notation.percent($0) } ?? "-") + " \(model.labels.progressOf) " + notation.euros(target)
            + (progress.targetToDate != nil ? "   \(model.labels.progressMarker)" : "")
    }
}
