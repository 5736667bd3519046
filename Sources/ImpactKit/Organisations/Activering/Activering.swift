/// Almere's three activeringscentra (Haven, Buiten, Stad): a quarterly workbook with the participants
/// (a snapshot) and the jobs done for the neighbourhood.
public struct Activering: Organisation {
    public init() {}
    public let id = "activering"
    public let title = "Activeringscentra Almere"
    public var exports: [ExportKind] { [Activeringscentra.workbook] }
    public var loading: [ExportLoading] { [Activeringscentra.participantsLoading, Activeringscentra.jobsLoading] }
    public var figures: [FigureDefinition] { ActiveringFigures.all }
    public var snapshotExport: ExportKind? { Activeringscentra.workbook }
    public var rules: [String] {
        ["De werkmap van de activeringscentra is een momentopname per kwartaal (werkblad Deelnemers): een cijfer voor een periode gebruikt de werkmap van het kwartaal waarin de periode eindigt, nooit een latere. Een klus die in twee werkmappen staat telt één keer."]
    }
    public var englishRules: [String] {
        ["The workbook of the activation centres is a snapshot per quarter (sheet Deelnemers, the participants): a figure for a period uses the workbook of the quarter the period ends in, never a later one. A job that is in two workbooks counts once."]
    }
    public var glossary: Glossary { ActiveringFigures.glossary }
    public var blocks: [BlockBuilder] { ActiveringBlocks.all }

    public func compute(_ periods: [Period], in context: FigureContext) throws -> [PeriodFigures] {
        try ActiveringFigures.computeByPeriod(periods, store: context.store)
    }
}
