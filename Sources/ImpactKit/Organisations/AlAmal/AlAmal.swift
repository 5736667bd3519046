/// Stichting Al Amal Utrecht: social work "like the fire brigade: when we are called, we come at once",
/// and with the Leger des Heils We All for young adults. A quarterly snapshot of its register.
public struct AlAmal: Organisation {
    public init() {}
    public let id = "alamal"
    public let title = "Stichting Al Amal Utrecht"
    public var exports: [ExportKind] { [AlAmalExport.export] }
    public var loading: [ExportLoading] { [AlAmalExport.loading] }
    public var figures: [FigureDefinition] { AlAmalFigures.all }
    public var snapshotExport: ExportKind? { AlAmalExport.export }
    public var rules: [String] {
        ["Het register van Al Amal is een momentopname per kwartaal: een cijfer voor een periode gebruikt de export van het kwartaal waarin de periode eindigt, nooit een latere. Een dossier dat die export afkeurt, telt in zijn laatste geldige stand.",
         "Reactietijden in uren op de minuut nauwkeurig, van Aanmelding tot Eerste contact; een dossier zonder eerste contact telt (nog) niet mee."]
    }
    public var englishRules: [String] {
        ["The register of Al Amal is a snapshot per quarter: a figure for a period uses the export of the quarter the period ends in, never a later one. A case that export rejects counts in its last valid state.",
         "Response times in hours, to the minute, from Aanmelding (registration) to Eerste contact (first contact); a case without a first contact does not count (yet)."]
    }
    public var glossary: Glossary { AlAmalFigures.glossary }

    public func compute(_ periods: [Period], in context: FigureContext) throws -> [PeriodFigures] {
        try AlAmalFigures.computeByPeriod(periods, store: context.store)
    }
}
