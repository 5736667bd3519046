import Foundation

/// Every figure of every organisation whose exports were ingested, for `impact figures`: the Dromen
/// figures when a Dromenregister is loaded, the ZWO figures when any ZWO export is.
public enum FigureSets {
    public static let zwoSources = ZwoExports.all.map(\.source)

    public static func compute(_ periods: [Period], store: Store, configuration: Configuration) throws -> [FigureValue] {
        var values: [FigureValue] = []
        if try store.hasFiles(sources: [Dromenregister.source]) {
            values += try DromenFigures.compute(periods, store: store)
        }
        if try store.hasFiles(sources: [Activeringscentra.workbook.source]) {
            values += try ActiveringFigures.computeByPeriod(periods, store: store).flatMap(\.values)
        }
        if try store.hasFiles(sources: zwoSources) {
            let classifier = try BankClassifier(configuration.bankRules, file: configuration.file)
            values += try ZwoFigures.computeByPeriod(periods, store: store, classifier: classifier).flatMap(\.values)
        }
        return values
    }

    /// Warnings for periods whose snapshot figures come from an older export than their own quarter's
    /// (not ingested yet): their flow figures for the missing months would read as 0.
    public static func staleSnapshotWarnings(_ periods: [Period], store: Store) throws -> [String] {
        var warnings: [String] = []
        for source in [(Dromenregister.source, "Dromenregister"), (Activeringscentra.workbook.source, "activeringscentra")] {
            guard try store.hasFiles(sources: [source.0]) else { continue }
            for period in periods where period.kind != .sinceStart {
                let used = try store.snapshot(source: source.0, onOrBefore: period.snapshotDay)
                guard used?.snapshotEnd != period.snapshotDay else { continue }
                let message = used.map { "de stand komt uit \($0.name) (\($0.snapshotEnd!.dutch))" } ?? "er is geen eerdere export"
                warnings.append("let op: geen \(source.1)-export voor het kwartaal tot \(period.snapshotDay.dutch) (periode \(period.label)); \(message)")
            }
        }
        return Array(NSOrderedSet(array: warnings)) as! [String]
    }
}
