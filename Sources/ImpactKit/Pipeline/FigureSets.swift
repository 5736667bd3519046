import Foundation

/// The figures of several organisations at once: every organisation whose exports were ingested, for
/// `impact figures`, or the ones a report draws from.
public enum FigureSets {
    /// Every figure of every organisation with data, for every period, in registry order.
    public static func compute(_ periods: [Period], in context: FigureContext,
                               organisations: [any Organisation] = Registry.all) throws -> [FigureValue] {
        try computeByPeriod(periods, in: context, organisations: organisations).flatMap(\.values)
    }

    /// The same, per organisation and period.
    public static func computeByPeriod(_ periods: [Period], in context: FigureContext,
                                       organisations: [any Organisation] = Registry.all) throws -> [PeriodFigures] {
        var unique: [Period] = []
        for period in periods where !unique.contains(period) { unique.append(period) }
        var result: [PeriodFigures] = []
        for organisation in organisations where try organisation.hasData(in: context.store) {
            result += try FigureCache.compute(organisation, unique, in: context)
        }
        return result
    }

    /// After an ingest: the figures of each snapshot quarter just loaded (the quarter, the one before, a
    /// year earlier and since the start), computed now and kept, so the quarter's report reads them back.
    /// Not in one transaction: a snapshot is read in parts on connections of their own, which must see
    /// what this one sees (each computation writes its own rows in one transaction, `FigureCache`).
    public static func prepare(after outcomes: [FileOutcome], in context: FigureContext) throws {
        for organisation in Registry.all {
            guard let export = organisation.snapshotExport else { continue }
            let quarters = outcomes.filter { $0.result == .loaded && $0.export == export.source }.compactMap { $0.snapshot.flatMap(Period.init(parsing:)) }
            for quarter in quarters {
                _ = try FigureCache.compute(organisation, Comparison(period: quarter).all, in: context)
            }
        }
    }

    /// The notes of every organisation with data, each once.
    public static func warnings(_ periods: [Period], in context: FigureContext,
                                organisations: [any Organisation] = Registry.all) throws -> [String] {
        var warnings: [String] = []
        for organisation in organisations where try organisation.hasData(in: context.store) {
            warnings += try organisation.warnings(for: periods, in: context)
        }
        return Array(NSOrderedSet(array: warnings)) as! [String]
    }
}
