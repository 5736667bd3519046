/// The whole way from the store to a report, for any report definition: which organisations it draws
/// from, their figures for every period it needs (computed once), the files they come from, then the
/// report model. The stages stay apart: figures read the store, the model reads only the figures.
public enum Reporting {
    public static func model(_ definition: ReportDefinition, comparison: Comparison, in context: FigureContext, language: Language = .nl) throws -> ReportModel {
        let organisations = Registry.organisations(of: definition)
        let periods = ReportModel.periods(for: definition, comparison: comparison)
        let figures = ReportFigures(try FigureSets.computeByPeriod(periods, in: context, organisations: organisations))
        let sourceNames = Set(organisations.flatMap { $0.exports.map(\.source) })
        let sources = try context.store.allFiles().filter { sourceNames.contains($0.source) }
        let used = try organisations.compactMap(\.snapshotExport).compactMap {
            try context.store.snapshot(source: $0.source, onOrBefore: comparison.current.snapshotDay)
        }
        let withData = Set(try organisations.filter { try $0.hasData(in: context.store) }.map(\.id))
        return try ReportModel.build(definition: definition, comparison: comparison, figures: figures, catalog: Registry.catalog,
                                     withData: withData, sources: sources, snapshotsUsed: used, language: language)
    }

    /// The period a report shows when none is asked for: that of the first of its organisations with data.
    public static func defaultPeriod(for organisations: [any Organisation], in context: FigureContext) throws -> Period? {
        for organisation in organisations where try organisation.hasData(in: context.store) {
            if let period = try organisation.defaultPeriod(in: context) { return period }
        }
        return nil
    }

    /// The notes for the person asking (a missing snapshot, no bank rules), each once.
    public static func warnings(_ definition: ReportDefinition, comparison: Comparison, in context: FigureContext) throws -> [String] {
        try FigureSets.warnings(comparison.all, in: context, organisations: Registry.organisations(of: definition))
    }

    /// The lists for the organisations' own people that go beside this report.
    public static func ownLists(_ definition: ReportDefinition, comparison: Comparison, in context: FigureContext) throws -> [OwnList] {
        try Registry.organisations(of: definition).filter { try $0.hasData(in: context.store) }.flatMap { try $0.ownLists(for: comparison.current, in: context) }
    }

    /// `beleid-2022-Q4`, and with a report date inside the period `zwo-2019-2020-tm-2020-01-15`; a report in
    /// another language than Dutch ends in its code (`beleid-2022-Q4-en`), so it never overwrites the Dutch one.
    public static func fileStem(report name: String, comparison: Comparison, language: Language = .nl) -> String {
        let current = comparison.current
        let safe = String(name.map { "/\\:".contains($0) ? "-" : $0 })
        return "\(safe)-\(current.label)" + (current.last < current.fullLast ? "-tm-\(current.last.iso)" : "")
            + (language == .nl ? "" : "-\(language.rawValue)")
    }
}
