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
    }

    public let definition: ReportDefinition
    public let comparison: Comparison
    /// Column heads for the compared periods: `2022-Q4`, `2022-Q3`, `2021-Q4`, `sinds-start`.
    public let columnLabels: [String]
    /// `Periode 2022-Q4: 01-10-2022 t/m 31-12-2022; momentopname: dromen_2022-Q4.csv`.
    public let periodLine: String
    public let sections: [ReportSection]
    public let keyFigures: [KeyFigure]
    public let definitions: [FigureDefinition]
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
                             withData: Set<String>, sources: [SourceFile], snapshotsUsed: [SourceFile]) throws -> ReportModel {
        let disclosure = Disclosure(definition: definition)
        let owners = catalog.owners(of: definition).filter { withData.contains($0.id) }
        let periodLine = Self.periodLine(comparison.current, snapshots: snapshotsUsed, expectsSnapshot: owners.contains(where: \.hasSnapshots))
        let builder = SectionBuilder(comparison: comparison, figures: figures, disclosure: disclosure, catalog: catalog, periodLine: periodLine)
        var sections: [ReportSection] = []
        var keyFigures: [KeyFigure] = []
        for wanted in definition.secties {
            guard catalog.owners(of: wanted).contains(where: { withData.contains($0.id) }) else { continue }
            // Nor a section of figures that have nothing up to the period's end (the alliance in 2022).
            let since = comparison.sinceStart
            if wanted.blokken.isEmpty, wanted.figureNames.allSatisfy({ (figures.value(named: $0, FigureValue.total, FigureValue.total, in: since) ?? 0) == 0 }) {
                continue
            }
            var section = ReportSection(title: wanted.titel, tables: [])
            if !wanted.kerncijfers.isEmpty {
                let (table, lines) = builder.keyFigures(wanted.kerncijfers, title: wanted.titel, withParts: wanted.tellerEnNoemer)
                section.tables.append(table)
                keyFigures += lines
            }
            if let targets = builder.targets(wanted.doelen, title: "Doelen \(wanted.titel)".trimmingCharacters(in: .whitespaces)) {
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
                let built = try block.build(BlockInput(comparison: comparison, figures: figures, disclosure: disclosure, catalog: catalog))
                section.tables += built.tables
                section.values.merge(built.values) { first, _ in first }
                section.progress.merge(built.progress) { first, _ in first }
            }
            sections.append(section)
        }
        let current = sources.filter { $0.replacedBy == nil }
        var summary = "\(current.count) ingelezen bestanden; \(DutchFormat.integer(current.map(\.rowsRejected).reduce(0, +))) regels afgekeurd (zie tabblad Bronnen)."
        for used in snapshotsUsed { summary += "\nCijfers van \(comparison.current.label) uit \(used.name) (SHA-256 \(used.sha256.prefix(12))...)." }
        return ReportModel(
            definition: definition, comparison: comparison, columnLabels: builder.labels, periodLine: periodLine, sections: sections,
            keyFigures: keyFigures, definitions: owners.flatMap(\.figures),
            rules: FigureRules.common + owners.flatMap(\.rules) + [disclosure.rule].compactMap { $0 },
            sources: sources, snapshotsUsed: snapshotsUsed,
            sourcesTable: sourcesTable(sources, used: snapshotsUsed, period: comparison.current, disclosure: disclosure),
            sourcesSummary: summary, disclosure: disclosure,
            values: comparison.all.flatMap { figures.all(in: $0) })
    }

    static func sourcesTable(_ files: [SourceFile], used: [SourceFile], period: Period, disclosure: Disclosure) -> ReportTable {
        let usedIDs = Set(used.map(\.id))
        func count(_ value: Int) -> ReportCell {
            let cell = ReportCell.number(Double(value), .count)
            return disclosure.isSmall(Double(value)) ? cell.hidden(as: disclosure.hiddenText) : cell
        }
        var table = ReportTable(
            title: "Bronnen",
            note: "Elk ingelezen bestand met zijn SHA-256 (herkenbaar, ook na hernoemen). 'Gebruikt' = de momentopname waaruit de cijfers van \(period.label) komen; 'Overlap' = regels die al uit een eerdere, overlappende export bekend waren en één keer tellen.",
            columns: ["Bestand", "Bron", "Momentopname", "SHA-256", "Codering", "Regels gelezen", "Geladen", "Afgekeurd", "Gebruikt", "Vervangen", "Overlap"],
            rows: files.map { file in
                [.text(file.name), .text(file.source), .text(file.snapshot ?? ""), .text(file.sha256), .text(file.encoding), count(file.rowsRead),
                 count(file.rowsLoaded), count(file.rowsRejected), .text(usedIDs.contains(file.id) ? "Ja" : ""), .text(file.replacedBy == nil ? "" : "Ja"),
                 count(file.rowsAlreadyKnown)]
            })
        table.excelName = "Bronnen"
        table.widths = [28, 12, 14, 66, 14, 14, 10, 11, 10, 11, 10]
        table.inText = false
        return table
    }

    /// `Periode 2022-Q4: 01-10-2022 t/m 31-12-2022; momentopname: dromen_2022-Q4.csv`, or for a season
    /// `Seizoen 2019-2020, stand op 15-01-2020 (01-09-2019 t/m 31-08-2020)`.
    static func periodLine(_ period: Period, snapshots: [SourceFile], expectsSnapshot: Bool) -> String {
        var text: String
        if period.kind == .season {
            text = "Seizoen \(period.label)"
            if period.last < period.fullLast { text += ", stand op \(period.last.dutch)" }
            text += " (\(period.first.dutch) t/m \(period.fullLast.dutch))"
        } else {
            text = "Periode \(period.label): \(period.first.dutch) t/m \(period.last.dutch)"
        }
        if !snapshots.isEmpty {
            text += "; momentopname\(snapshots.count == 1 ? "" : "n"): " + snapshots.map(\.name).joined(separator: ", ")
        } else if expectsSnapshot {
            text += "; geen export ingelezen voor deze periode"
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
