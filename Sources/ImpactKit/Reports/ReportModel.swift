import Foundation

/// Everything a renderer needs for one report, assembled from the figures: every number is computed here
/// (changes against the previous period and a year earlier, shares, totals, which small counts to hide),
/// so the workbook and the text show the same numbers. Reads no store: the figures come in.
public struct ReportModel: Sendable {
    /// A key figure across the compared periods, for sentences in a text template.
    public struct KeyFigure: Sendable {
        public let label: String
        /// Current, previous, a year earlier, since start.
        public let cells: [ReportCell]
        /// `70,6% meer dan in 2022-Q3 (218) en 12,9% minder dan in 2021-Q4 (427)`.
        public let trendInWords: String
        /// The figure's Dutch name, by which a text template knows it in every language; nil: the label.
        public var key: String? = nil
    }

    /// A figure's name and definition on the `Definities` sheet, in the report's language.
    public struct DefinitionLine: Sendable {
        public let figure: String
        public let definition: String
    }

    public let definition: ReportDefinition
    public let comparison: Comparison
    /// The language of every label and text below; numbers are written in its notation.
    public let language: Language
    /// The report's title and subtitle in that language.
    public let title: String
    public let subtitle: String
    /// The fixed words the renderers need.
    public let labels: ReportLabels
    /// Column heads for the compared periods: `2022-Q4`, `2022-Q3`, `2021-Q4`, `sinds-start`.
    public let columnLabels: [String]
    /// `Periode 2022-Q4: 01-10-2022 t/m 31-12-2022; momentopname: dromen_2022-Q4.csv`.
    public let periodLine: String
    public let sections: [ReportSection]
    public let keyFigures: [KeyFigure]
    public let definitions: [FigureDefinition]
    /// `definitions` in the report's language.
    public let definitionLines: [DefinitionLine]
    public let rules: [String]
    public let sources: [SourceFile]
    /// The snapshots the current period's figures come from.
    public let snapshotsUsed: [SourceFile]
    /// The `Bronnen` sheet: every file with its SHA-256, rows read, loaded, rejected, already known, and
    /// which snapshots were used.
    public let sourcesTable: ReportTable
    /// `34 ingelezen bestanden; 12 regels afgekeurd (zie tabblad Bronnen).`
    public let sourcesSummary: String
    public let disclosure: Disclosure
    /// The small-count rule in the report's language; nil for an internal report.
    public let smallCountRule: String?
    /// Every figure value of the compared periods, for checking a report against `impact figures`.
    public let values: [FigureValue]

    /// The periods a report needs figures for: the compared ones and each trend's quarters.
    public static func periods(for definition: ReportDefinition, comparison: Comparison) -> [Period] {
        var periods = comparison.all
        for trend in definition.secties.compactMap(\.trend) {
            for quarter in trendQuarters(trend, comparison: comparison) where !periods.contains(quarter) { periods.append(quarter) }
        }
        return periods
    }

    /// The trend ends with the quarter the report's period ends in (for a year: its fourth quarter).
    static func trendQuarters(_ trend: ReportDefinition.Trend, comparison: Comparison) -> [Period] {
        let (endYear, endMonth, _) = comparison.current.last.parts
        var quarter = Period.quarter(endYear, (endMonth - 1) / 3 + 1)
        var quarters = [quarter]
        // Back to the first quarter of 1901 at most: the days before 1900 are not known.
        while quarters.count < trend.kwartalen, quarter.first.parts.year > 1901 || quarter.first.parts.month > 1, let previous = quarter.previous {
            quarter = previous
            quarters.insert(quarter, at: 0)
        }
        return quarters
    }

    /// `withData`: the organisations (by id) that have anything ingested; a section that draws only on
    /// organisations without data is left out (the centres' section of `beleid` before their first workbook).
    public static func build(definition: ReportDefinition, comparison: Comparison, figures: ReportFigures, catalog: ReportCatalog,
                             withData: Set<String>, sources: [SourceFile], snapshotsUsed: [SourceFile], language: Language = .nl) throws -> ReportModel {
        let disclosure = Disclosure(definition: definition)
        let owners = catalog.owners(of: definition).filter { withData.contains($0.id) }
        let periodLine = Self.periodLine(comparison.current, snapshots: snapshotsUsed, expectsSnapshot: owners.contains(where: \.hasSnapshots), language: language)
        let builder = SectionBuilder(comparison: comparison, figures: figures, disclosure: disclosure, catalog: catalog, periodLine: periodLine,
                                     language: language)
        var sections: [ReportSection] = []
        var keyFigures: [KeyFigure] = []
        for wanted in definition.secties {
            guard catalog.owners(of: wanted).contains(where: { withData.contains($0.id) }) else { continue }
            // Nor a section of figures that have nothing up to the period's end (the alliance in 2022).
            let since = comparison.sinceStart
            if wanted.blokken.isEmpty, wanted.figureNames.allSatisfy({ (figures.value(named: $0, FigureValue.total, FigureValue.total, in: since) ?? 0) == 0 }) {
                continue
            }
            let title = wanted.title(in: language)
            var section = ReportSection(title: title, tables: [])
            section.key = wanted.titel
            if !wanted.kerncijfers.isEmpty {
                var (table, lines) = builder.keyFigures(wanted.kerncijfers, title: title, withParts: wanted.tellerEnNoemer)
                table.key = wanted.titel
                section.tables.append(table)
                keyFigures += lines
            }
            let targetsTitle = language.text(nl: "Doelen \(title)", en: "Targets \(title)").trimmingCharacters(in: .whitespaces)
            if var targets = builder.targets(wanted.doelen, title: targetsTitle) {
                targets.key = "Doelen \(wanted.titel)".trimmingCharacters(in: .whitespaces)
                section.tables.append(targets)
            }
            do {
                if let trend = wanted.trend { section.tables.append(try builder.trend(trend)) }
                for breakdown in wanted.uitsplitsingen { section.tables.append(try builder.breakdown(breakdown)) }
            } catch let problem as ReportProblem {
                throw InputError(file: "\(definition.naam).yaml", message: problem.message)
            }
            for name in wanted.blokken {
                guard let block = catalog.block(named: name) else { continue }
                let built = try block.build(BlockInput(comparison: comparison, figures: figures, disclosure: disclosure, catalog: catalog, language: language))
                section.tables += built.tables
                section.values.merge(built.values) { first, _ in first }
                section.progress.merge(built.progress) { first, _ in first }
            }
            sections.append(section)
        }
        let current = sources.filter { $0.replacedBy == nil }
        let rejected = language.notation.integer(current.map(\.rowsRejected).reduce(0, +))
        var summary = language.text(nl: "\(current.count) ingelezen bestanden; \(rejected) regels afgekeurd (zie tabblad Bronnen).",
                                    en: "\(current.count) files ingested; \(rejected) rows rejected (see the Sources sheet).")
        for used in snapshotsUsed {
            summary += language.text(nl: "\nCijfers van \(comparison.current.label) uit \(used.name) (SHA-256 \(used.sha256.prefix(12))...).",
                                     en: "\nFigures for \(comparison.current.label) from \(used.name) (SHA-256 \(used.sha256.prefix(12))...).")
        }
        let definitions = owners.flatMap(\.figures)
        return ReportModel(
            definition: definition, comparison: comparison, language: language, title: definition.title(in: language),
            subtitle: definition.subtitle(in: language), labels: ReportLabels(language),
            columnLabels: builder.labels, periodLine: periodLine, sections: sections,
            keyFigures: keyFigures, definitions: definitions,
            definitionLines: definitions.map { DefinitionLine(figure: $0.name(in: language), definition: $0.definition(in: language)) },
            rules: FigureRules.common(in: language) + owners.flatMap { $0.rules(in: language) } + [disclosure.rule(in: language)].compactMap { $0 },
            sources: sources, snapshotsUsed: snapshotsUsed,
            sourcesTable: sourcesTable(sources, used: snapshotsUsed, period: comparison.current, disclosure: disclosure, language: language),
            sourcesSummary: summary, disclosure: disclosure, smallCountRule: disclosure.rule(in: language),
            values: comparison.all.flatMap { figures.all(in: $0) })
    }

    static func sourcesTable(_ files: [SourceFile], used: [SourceFile], period: Period, disclosure: Disclosure, language: Language = .nl) -> ReportTable {
        let usedIDs = Set(used.map(\.id))
        func count(_ value: Int) -> ReportCell {
            let cell = ReportCell.number(Double(value), .count)
            return disclosure.isSmall(Double(value)) ? cell.hidden(as: disclosure.hiddenText) : cell
        }
        let yes = language.text(nl: "Ja", en: "Yes")
        var table = ReportTable(
            title: language.text(nl: "Bronnen", en: "Sources"),
            note: language.text(
                nl: "Elk ingelezen bestand met zijn SHA-256 (herkenbaar, ook na hernoemen). 'Gebruikt' = de momentopname waaruit de cijfers van \(period.label) komen; 'Overlap' = regels die al uit een eerdere, overlappende export bekend waren en één keer tellen.",
                en: "Every ingested file with its SHA-256 (recognisable, also after renaming). 'Used' = the snapshot the figures for \(period.label) come from; 'Overlap' = rows already known from an earlier, overlapping export, counted once."),
            columns: language == .en
                ? ["File", "Source", "Snapshot", "SHA-256", "Encoding", "Rows read", "Loaded", "Rejected", "Used", "Replaced", "Overlap"]
                : ["Bestand", "Bron", "Momentopname", "SHA-256", "Codering", "Regels gelezen", "Geladen", "Afgekeurd", "Gebruikt", "Vervangen", "Overlap"],
            rows: files.map { file in
                [.text(file.name), .text(file.source), .text(file.snapshot ?? ""), .text(file.sha256), .text(file.encoding), count(file.rowsRead),
                 count(file.rowsLoaded), count(file.rowsRejected), .text(usedIDs.contains(file.id) ? yes : ""), .text(file.replacedBy == nil ? "" : yes),
                 count(file.rowsAlreadyKnown)]
            })
        table.key = "Bronnen"
        table.excelName = language.text(nl: "Bronnen", en: "Sources")
        table.widths = [28, 12, 14, 66, 14, 14, 10, 11, 10, 11, 10]
        table.inText = false
        return table
    }

    /// `Periode 2022-Q4: 01-10-2022 t/m 31-12-2022; momentopname: dromen_2022-Q4.csv`, or for a season
    /// `Seizoen 2019-2020, stand op 15-01-2020 (01-09-2019 t/m 31-08-2020)`; in English `Period 2022-Q4:
    /// 1 October 2022 to 31 December 2022; snapshot: ...`.
    static func periodLine(_ period: Period, snapshots: [SourceFile], expectsSnapshot: Bool, language: Language = .nl) -> String {
        let l = language, day = language.notation.day
        let through = l.text(nl: "t/m", en: "to")
        var text: String
        if period.kind == .season {
            text = l.text(nl: "Seizoen", en: "Season") + " \(period.label)"
            if period.last < period.fullLast { text += l.text(nl: ", stand op ", en: ", as of ") + day(period.last) }
            text += " (\(day(period.first)) \(through) \(day(period.fullLast)))"
        } else {
            text = l.text(nl: "Periode", en: "Period") + " \(period.label): \(day(period.first)) \(through) \(day(period.last))"
        }
        if !snapshots.isEmpty {
            text += "; " + l.text(nl: "momentopname", en: "snapshot") + (snapshots.count == 1 ? "" : l.text(nl: "n", en: "s")) + ": "
                + snapshots.map(\.name).joined(separator: ", ")
        } else if expectsSnapshot {
            text += l.text(nl: "; geen export ingelezen voor deze periode", en: "; no export ingested for this period")
        }
        return text
    }
}

/// The rules every figure follows (METRICS.md), printed under the definitions of every report.
public enum FigureRules {
    public static let common: [String] = [
        "Een periode is een kwartaal (2024-Q1), maand (2024-03), kalenderjaar (2024), seizoen (2018-2019: 1 september t/m 31 augustus) of 'sinds-start' (alles tot en met het einde van de periode). 'In de periode' betekent: de datum valt op of tussen de eerste en de laatste dag.",
        "Elk cijfer staat naast de vorige periode en dezelfde periode een jaar eerder.",
        "Mediaan en P90 zijn PERCENTIEL.INC van Excel (lineaire interpolatie), zodat een financier ze kan narekenen.",
        "Percentages: één decimaal, afgerond weg van nul.",
        "Afgekeurde regels (zie tabblad Bronnen) tellen nergens mee; ze staan met de reden in het afgekeurd-bestand per bron.",
    ]
}
