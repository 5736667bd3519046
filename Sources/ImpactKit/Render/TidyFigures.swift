import Foundation

/// `impact figures` output for analysts' scripts: one row per figure, breakdown, category and period,
/// plain dot decimals, in CSV or JSON. The column names are a published interface: keep them.
public enum TidyFigures {
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public static let columns = ["figure", "breakdown", "category", "period", "value"]

    public static func render(_ values: [FigureValue], as format: Format) -> String {
        switch format {
        case .csv:
            var lines = [columns.joined(separator: ",")]
            for value in values {
                lines.append([value.figure, value.breakdown, value.category, value.period, number(value.value)].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        case .json:
            let rows = values.map { value in
                "  {\"figure\": \(json(value.figure)), \"breakdown\": \(json(value.breakdown)), \"category\": \(json(value.category)), \"period\": \(json(value.period)), \"value\": \(value.value.map(number) ?? "null")}"
            }
            return "[\n" + rows.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// `5512`, `20.5`, or empty for no value. Never scientific notation, never a comma.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A category from input text (a partner's name) that Excel would run as a formula gets a leading `'`.
    static func csvField(_ field: String) -> String {
        let text = CSVWriter.neutralised(field)
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
