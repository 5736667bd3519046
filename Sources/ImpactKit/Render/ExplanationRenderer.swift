/// `impact explain` as text or as CSV for Excel: a header saying the figure, period, breakdown, value and
/// number of rows (and distinct keys), what is computed from the rows, where they come from, then the
/// rows: file, line, key and the columns that show why each counts. The same for every organisation.
public enum ExplanationRenderer {
    public enum Format: String, CaseIterable, Sendable { case tekst, csv }

    /// `Dromen ontvangen, 2022-Q4, Kanaal = Brievenbus: 372 (372 regels)`.
    public static func headline(_ answer: FigureExplanation) -> String {
        let explanation = answer.explanation
        var counted = "\(DutchFormat.integer(explanation.rowCount)) \(explanation.rowCount == 1 ? "regel" : "regels")"
        if case .distinct(let column) = explanation.result, let distinct = explanation.distinctCount {
            counted += distinct == 1 ? ", 1 \(column.lowercased())" : ", \(DutchFormat.integer(distinct)) verschillende \(column.lowercased())s"
        }
        return "\(answer.figure.name), \(periodText(answer.period)), \(selection(answer)): \(value(answer)) (\(counted))"
    }

    /// `2022-Q4`; `sinds-start t/m 31-12-2022`; with a report date `2019-2020 t/m 15-01-2020`.
    static func periodText(_ period: Period) -> String {
        period.kind == .sinceStart || period.last < period.fullLast ? "\(period.label) t/m \(period.last.dutch)" : period.label
    }

    /// The lines under the headline: what is computed, a warning when the rows do not give the figure
    /// back, where snapshot rows come from, and that the list is internal.
    public static func notes(_ answer: FigureExplanation) -> [String] {
        let explanation = answer.explanation
        var lines: [String] = []
        if case .computed(let how) = explanation.result { lines.append("Berekend: \(how).") }
        if answer.rowsMatch == false {
            lines.append("Let op: deze regels geven het cijfer (\(value(answer))) niet terug; meld dit, het is een fout in impact.")
        }
        lines += explanation.notes
        for snapshot in explanation.snapshots {
            lines.append("Momentopname: \(snapshot). Bestand en Regel: waar deze stand van de rij voor het eerst stond. In \(snapshot): "
                         + "op welke regel, ongewijzigd (het regelnummer daar wordt niet bewaard) of afgekeurd (dan telt de laatste geldige stand).")
        }
        lines.append("Alleen voor intern gebruik: niet doorsturen.")
        return lines
    }

    public static func text(_ answer: FigureExplanation) -> String {
        var parts = [([headline(answer)] + notes(answer)).joined(separator: "\n")]
        for table in answer.explanation.tables {
            var text = table.title.map { "\($0):\n" } ?? ""
            if table.rows.isEmpty {
                text += "(geen regels)"
            } else {
                let rows = cells(table)
                var aligned = TextTable(header: rows[0], rows: Array(rows.dropFirst()))
                aligned.rightAligned = Set(rows[0].indices.filter { column in rows.dropFirst().allSatisfy { looksNumeric($0[column]) } })
                text += aligned.render()
            }
            parts.append(text)
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The same as rows of cells, for `CSVWriter`: the header as label and value, then each table.
    public static func csvRows(_ answer: FigureExplanation) -> [[String]] {
        let explanation = answer.explanation
        var rows: [[String]] = [["Cijfer", answer.figure.name], ["Periode", periodText(answer.period)], ["Uitsplitsing", selection(answer)],
                                ["Waarde", value(answer)], ["Regels", String(explanation.rowCount)]]
        if case .distinct(let column) = explanation.result { rows.append(["Verschillende \(column.lowercased())s", String(explanation.distinctCount ?? 0)]) }
        rows += notes(answer).map { ["Toelichting", $0] }
        for table in explanation.tables {
            rows.append([])
            if let title = table.title { rows.append([title]) }
            rows += cells(table)
        }
        return rows
    }

    /// A table's header and rows as text cells: file, line, key, its columns, and how each stands in the
    /// snapshot used.
    static func cells(_ table: Explanation.Table) -> [[String]] {
        let header = ["Bestand", "Regel", table.keyColumn] + table.columns + (table.snapshot.map { ["In \($0)"] } ?? [])
        return [header] + table.rows.map { row in
            [row.origin.file, String(row.origin.line), row.key] + row.cells + (table.snapshot == nil ? [] : [row.origin.inSnapshot])
        }
    }

    static func selection(_ answer: FigureExplanation) -> String {
        answer.breakdown == FigureValue.total ? FigureValue.total : "\(answer.breakdown) = \(answer.category)"
    }

    /// The value as reports show it, in its unit.
    static func value(_ answer: FigureExplanation) -> String {
        guard let value = answer.value else { return "geen waarde" }
        switch answer.unit {
        case .count, .days, .hours: return DutchFormat.number(value)
        case .tenths: return DutchFormat.decimal(value, decimals: 1)
        case .euros: return DutchFormat.euros(value)
        case .percent: return DutchFormat.decimal(value, decimals: 1) + "%"
        }
    }

    /// Numbers, amounts and dates read best right-aligned.
    static func looksNumeric(_ cell: String) -> Bool {
        cell.allSatisfy { $0.isNumber || " .,-%€".contains($0) }
    }
}
