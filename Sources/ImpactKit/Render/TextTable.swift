/// Plain-text tables with aligned columns, for e-mail: first column left, the rest right-aligned.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// The columns aligned right; nil: all but the first.
    var rightAligned: Set<Int>? = nil

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { cells in
            cells.enumerated().map { column, cell in
                rightAligned?.contains(column) ?? (column != 0) ? cell.leftPadded(to: widths[column]) : cell.rightPadded(to: widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

/// Small bar charts in text: `█████▌` scaled to a maximum width.
enum TextBars {
    static func bar(_ value: Double, max: Double, width: Int, glyph: Character = "█") -> String {
        guard max > 0, value > 0 else { return "" }
        let length = Int((value / max * Double(width)).rounded())
        return String(repeating: glyph, count: Swift.max(length, 1))
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
