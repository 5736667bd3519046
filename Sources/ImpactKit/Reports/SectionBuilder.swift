/// Builds the generic blocks of a report section from the figures: key figures beside the compared
/// periods with their changes, a breakdown with each category's share, a trend per quarter. Small counts
/// of a public report are hidden here, with secondary suppression, so no renderer has to know the rule.
public struct SectionBuilder: Sendable {
    public let comparison: Comparison
    public let figures: ReportFigures
    public let disclosure: Disclosure
    /// Where a figure's unit and denominator are found.
    public let catalog: ReportCatalog
    public let periodLine: String
    /// The language of the labels it makes (the figures' names, breakdowns, categories, column heads).
    public let language: Language

    /// Current, previous, a year earlier, since start.
    public var compared: [Period?] { [comparison.current, comparison.previous, comparison.yearEarlier, comparison.sinceStart] }
    public var labels: [String] { compared.map { $0.map(language.label) ?? "-" } }

    public init(comparison: Comparison, figures: ReportFigures, disclosure: Disclosure, catalog: ReportCatalog, periodLine: String = "",
                language: Language = .nl) {
        self.comparison = comparison; self.figures = figures; self.disclosure = disclosure; self.catalog = catalog; self.periodLine = periodLine
        self.language = language
    }

    /// For an organisation's own block: the same figures, rules, catalog and language as the report around it.
    public init(_ input: BlockInput) {
        self.init(comparison: input.comparison, figures: input.figures, disclosure: input.disclosure, catalog: input.catalog, language: input.language)
    }

    /// A figure's name in the report's language.
    public func label(figure name: String) -> String { catalog.figureLabel(name, in: language) }
    public func label(_ figure: FigureDefinition) -> String { figure.name(in: language) }
    /// A category of a figure's breakdown in the report's language (unchanged when it comes from the data).
    public func label(category: String, of breakdown: String, figure: String) -> String {
        catalog.categoryLabel(category, of: breakdown, figure: figure, in: language)
    }

    /// A figure's value as a cell: a percentage as a fraction, a small count hidden in a public report, a
    /// percentage of people hidden when it rests on fewer people than the threshold.
    /// `unit` overrides the figure's own (the percentage category of a figure in euros).
    public func cell(named name: String, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total, in period: Period?,
                     as unit: FigureDefinition.Unit? = nil) -> ReportCell {
        let definition = catalog.definition(of: name)
        let unit = unit ?? definition?.unit(in: breakdown) ?? .count
        var value = figures.value(named: name, breakdown, category, in: period)
        if unit == .percent { value = value.map { $0 / 100 } }
        var cell = ReportCell.number(value, ReportCell.style(for: unit))
        if unit == .count, let value, disclosure.isSmall(value) { cell = cell.hidden(as: disclosure.hiddenText) }
        if let definition, let denominator = definition.denominator, unit != .count, disclosure.threshold != nil, value != nil,
           restsOnFewPeople(denominator, breakdown, category, in: period, ofTotal: definition.denominatorTotalFor.contains(breakdown)) {
            cell = cell.hidden(as: Disclosure.secretText)
        }
        return cell
    }

    /// Whether a percentage of people must be hidden: it rests on fewer people than the threshold, or its
    /// count is one that the counts beside it hide (with the total shown, the percentage would give it
    /// away: 4 of 7 is 57,1%, and only 7 fits). `ofTotal`: a share of the total, whose own count is the
    /// category's in `count`.
    func restsOnFewPeople(_ count: String, _ breakdown: String, _ category: String, in period: Period?, ofTotal: Bool) -> Bool {
        if disclosure.hidesShare(ofPeople: figures.value(named: count, ofTotal ? FigureValue.total : breakdown, ofTotal ? FigureValue.total : category, in: period) ?? 0) {
            return true
        }
        guard breakdown != FigureValue.total else { return false }
        let siblings = figures.categories(named: count, breakdown, in: [period])
        guard let index = siblings.firstIndex(of: category) else { return false }
        return disclosure.hidden(siblings.map { figures.value(named: count, breakdown, $0, in: period) ?? 0 })[index]
    }

    public func cell(_ figure: FigureDefinition, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total, in period: Period?,
                     as unit: FigureDefinition.Unit? = nil) -> ReportCell {
        cell(named: figure.name, breakdown, category, in: period, as: unit)
    }

    /// The relative change from `earlier` to `current`; nil when there is nothing to compare with, or
    /// when either is hidden (the change would give it away).
    public static func change(_ current: ReportCell, _ earlier: ReportCell) -> ReportCell {
        guard !current.hidden, !earlier.hidden, let now = current.number, let before = earlier.number, before != 0 else { return .number(nil, .change) }
        return .number((now - before) / before, .change)
    }

    /// Hides the small counts among `columns`, then the smallest other count of any column (and with
    /// `alsoRows`, any row) that has exactly one hidden count: its total is shown, so one hidden count
    /// could be worked out. Repeats until nothing changes, as hiding in a row can expose a column.
    public func suppress(_ rows: inout [[ReportCell]], columns: [Int], alsoRows: Bool = false) {
        var lines = columns.map { column in rows.indices.map { (row: $0, column: column) } }
        if alsoRows { lines += rows.indices.map { row in columns.map { (row: row, column: $0) } } }
        suppress(&rows, lines: lines)
    }

    /// The same for any lines of cells that each add up to a total shown somewhere.
    public func suppress(_ rows: inout [[ReportCell]], lines: [[(row: Int, column: Int)]]) {
        guard disclosure.threshold != nil else { return }
        func count(_ place: (row: Int, column: Int)) -> Double {
            rows[place.row][place.column].style == .count ? rows[place.row][place.column].number ?? 0 : 0
        }
        for place in lines.joined() where !rows[place.row][place.column].hidden && disclosure.isSmall(count(place)) {
            rows[place.row][place.column] = rows[place.row][place.column].hidden(as: disclosure.hiddenText)
        }
        var changed = true
        while changed {
            changed = false
            for line in lines where line.filter({ rows[$0.row][$0.column].hidden }).count == 1 {
                guard let next = line.filter({ !rows[$0.row][$0.column].hidden && count($0) > 0 }).min(by: { count($0) < count($1) }) else { continue }
                rows[next.row][next.column] = rows[next.row][next.column].hidden(as: disclosure.mask(for: count(next)))
                changed = true
            }
        }
    }

    // MARK: - Key figures

    /// `withParts`: a percentage is followed by its numerator and denominator (what funders check it by).
    public func keyFigures(_ names: [String], title: String, withParts: Bool = false) -> (ReportTable, [ReportModel.KeyFigure]) {
        var rows: [[ReportCell]] = []
        var lines: [ReportModel.KeyFigure] = []
        func row(_ name: String, label: String) -> [ReportCell] {
            let cells = compared.map { cell(named: name, in: $0) }
            return [.text(label), cells[0], cells[1], Self.change(cells[0], cells[1]), cells[2], Self.change(cells[0], cells[2]), cells[3]]
        }
        let l = language
        for name in names {
            let cells = compared.map { cell(named: name, in: $0) }
            rows.append(row(name, label: label(figure: name)))
            lines.append(ReportModel.KeyFigure(label: label(figure: name), cells: cells, trendInWords: trendInWords(cells), key: name))
            guard withParts, let definition = catalog.definition(of: name), definition.unit == .percent else { continue }
            for (part, word) in [(definition.numerator, l.text(nl: "teller", en: "numerator")), (definition.denominator, l.text(nl: "noemer", en: "denominator"))] {
                if let part { rows.append(row(part, label: "  \(word): \(label(figure: part))")) }
            }
        }
        let figure = l.text(nl: "Cijfer", en: "Figure"), against = l.text(nl: "t.o.v.", en: "vs"), change = l.text(nl: "verschil", en: "change")
        var table = ReportTable(title: title, columns: [figure, labels[0], labels[1], "\(against) \(labels[1])", labels[2], "\(against) \(labels[2])", labels[3]], rows: rows)
        table.textColumns = [figure, labels[0], labels[1], change, labels[2], change, labels[3]]
        table.placement = .summary
        table.role = .keyFigures
        table.excelName = l.text(nl: "Kerncijfers", en: "KeyFigures")
        // Wide enough for the longest label (a numerator's), at least the 30 the summary always had.
        table.widths = [Double(min(max(30, (rows.map { $0[0].text.count }.max() ?? 0) + 2), 60)), 14, 14, 14, 14, 14, 14]
        return (table, lines)
    }

    /// `71,4% meer dan in 2022-Q3 (217) en 12,7% minder dan in 2021-Q4 (426)`; in English `up 71.4% on
    /// 2022-Q3 (217) and down 12.7% on 2021-Q4 (426)`.
    func trendInWords(_ cells: [ReportCell]) -> String {
        let l = language, notation = language.notation
        func against(_ index: Int) -> String {
            let other = cells[index]
            guard let current = cells[0].number, let before = other.number, !cells[0].hidden, !other.hidden else {
                return l.text(nl: "geen vergelijking met \(labels[index])", en: "no comparison with \(labels[index])")
            }
            let shown = "\(labels[index]) (\(notation.number(before)))"
            if current == before { return l.text(nl: "evenveel als in \(shown)", en: "unchanged on \(shown)") }
            guard before != 0 else { return l.text(nl: "meer dan in \(shown)", en: "up on \(shown)") }
            let change = (current - before) / before
            let percent = notation.percent(abs(change))
            return l.text(nl: "\(percent) \(change > 0 ? "meer" : "minder") dan in \(shown)", en: "\(change > 0 ? "up" : "down") \(percent) on \(shown)")
        }
        return "\(against(1)) \(l.text(nl: "en", en: "and")) \(against(2))"
    }

    // MARK: - Breakdowns

    /// A figure by one breakdown beside the compared periods, with each category's share of the current
    /// period's total (counts only).
    public func breakdown(_ wanted: ReportDefinition.Breakdown) throws -> ReportTable {
        var categories = figures.categories(named: wanted.figuur, wanted.naar, in: compared)
        try check(wanted.figuur, by: wanted.naar, in: compared, table: wanted.titel, found: !categories.isEmpty)
        // The top of the current period in the figure's own order, then (for the other periods) nothing more.
        if let top = wanted.top { categories = Array(figures.categories(named: wanted.figuur, wanted.naar, in: [compared[0]]).prefix(top)) }
        let definition = catalog.definition(of: wanted.figuur)
        let isCount = (definition?.unit(in: wanted.naar) ?? .count) == .count
        let names = categories.map { label(category: $0, of: wanted.naar, figure: wanted.figuur) }
        var rows = zip(categories, names).map { category, name in
            [ReportCell.text(name)] + compared.map { cell(named: wanted.figuur, wanted.naar, category, in: $0) }
        }
        suppress(&rows, columns: [1, 2, 3, 4])
        let naar = catalog.breakdownLabel(wanted.naar, of: wanted.figuur, in: language)
        var columns = [naar] + labels
        var textColumns = [naar] + labels
        if isCount {
            // Shares of the figure's own total where it has one (all visits, also under a top 10, and for
            // overlapping topics); else of the categories' sum (the top 10 partners).
            let total = figures.value(named: wanted.figuur, FigureValue.total, FigureValue.total, in: compared[0])
                ?? rows.compactMap { $0[1].number }.reduce(0, +)
            for index in rows.indices {
                let share = ReportCell.number(total > 0 ? (rows[index][1].number ?? 0) / total : nil, .percent)
                let hide = rows[index][1].hidden || (share.number != nil && disclosure.hidesShare(ofPeople: total))
                rows[index].append(hide ? share.hidden(as: Disclosure.secretText) : share)
            }
            columns.append(language.text(nl: "Aandeel", en: "Share") + " \(labels[0])")
            textColumns.append(language.text(nl: "aandeel", en: "share"))
        }
        let note = language.text(nl: "\(wanted.figuur), naar \(naar.lowercased()). \(periodLine)",
                                 en: "\(label(figure: wanted.figuur)), by \(naar.lowercased()). \(periodLine)")
        var table = ReportTable(title: wanted.title(in: language), note: note, columns: columns, rows: rows)
        table.key = wanted.titel
        table.textColumns = textColumns
        table.role = .breakdown
        if isCount { table.textChart = .bars(column: 1) }
        if let note = definition?.overlapNote(in: language) { table.footnotes.append(note) }
        let widest = names.map(\.count).max() ?? 10
        table.widths = [Double(min(max(widest, naar.count) + 3, 50))] + Array(repeating: 14, count: columns.count - 1)
        table.excelName = language.text(nl: "Uitsplitsing", en: "Breakdown")
        table.excelNameNumbered = true
        return table
    }

    /// A breakdown the figure does not have (a typo in `naar`) is an error naming the ones it has; a
    /// figure with no values at all (nothing ingested yet) gives an empty table.
    func check(_ figure: String, by breakdown: String, in periods: [Period?], table: String, found: Bool) throws {
        guard !found else { return }
        let known = figures.breakdowns(named: figure, in: periods)
        guard !known.isEmpty else { return }
        throw ReportProblem("\(table): \"\(figure)\" kent geen uitsplitsing naar \"\(breakdown)\"; wel naar: \(known.joined(separator: ", "))")
    }
}

/// A report definition that asks for something the figures do not have, found while building it.
public struct ReportProblem: Error {
    public let message: String
    public init(_ message: String) { self.message = message }
}
