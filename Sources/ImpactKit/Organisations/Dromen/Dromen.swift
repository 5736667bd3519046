/// "Als ik later groot ben" (0-12) and "Dare to dream in 036" (12-18), the municipality of Almere's
/// child-poverty programme: the quarterly Dromenregister and the PC4 -> stadsdeel table.
public struct Dromen: Organisation {
    public init() {}
    public let id = "dromen"
    public let title = "Als ik later groot ben & Dare to dream in 036"
    public var exports: [ExportKind] { [Dromenregister.export, PostcodeTable.export] }
    public var loading: [ExportLoading] { [Dromenregister.loading, PostcodeTable.loading] }
    public var schemaUpgrades: [Int: [String]] { DromenTables.upgrades }
    public var figures: [FigureDefinition] { DromenFigures.all }
    public var snapshotExport: ExportKind? { Dromenregister.export }
    public var rules: [String] {
        ["Het Dromenregister is een momentopname per kwartaal. Een cijfer voor een periode gebruikt de export van het kwartaal waarin de periode eindigt (voor een maand: die van haar kwartaal), nooit een latere; ontbreekt die nog, dan de nieuwste eerdere, met een waarschuwing. Een eerder gerapporteerd kwartaal verandert dus niet."]
    }
    public var englishRules: [String] {
        ["The Dromenregister (the register of dreams) is a snapshot per quarter. A figure for a period uses the export of the quarter the period ends in (for a month: that of its quarter), never a later one; if that is missing yet, the newest earlier one, with a warning. A quarter reported earlier therefore does not change."]
    }
    public var glossary: Glossary { DromenFigures.glossary }

    /// A period's figures come from its snapshot, the snapshots before it (a dossier that snapshot
    /// rejected counts in the state before) and the postcode table: while none of them changes, they stay
    /// what they were. A later quarter changes nothing of them.
    public func figureStamp(for period: Period, in context: FigureContext) throws -> String? {
        let snapshots = try context.store.currentFiles(source: Dromenregister.source).filter { ($0.snapshotEnd ?? period.snapshotDay) <= period.snapshotDay }
        guard !snapshots.isEmpty else { return nil }
        let postcodes = try context.store.currentFiles(source: PostcodeTable.export.source).map { String($0.id) }.joined(separator: ",")
        return "dromen=\(snapshots.map { String($0.id) }.joined(separator: ","));postcodes=\(postcodes)"
    }

    public func compute(_ periods: [Period], in context: FigureContext) throws -> [PeriodFigures] {
        try DromenFigures.computeByPeriod(periods, store: context.store)
    }
}
