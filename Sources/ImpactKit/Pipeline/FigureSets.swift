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
            result += try organisation.compute(unique, in: context)
        }
        return result
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
