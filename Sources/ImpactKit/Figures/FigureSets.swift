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
}
