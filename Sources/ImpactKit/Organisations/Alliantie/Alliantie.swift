/// The Alliantie Vrijwillige Schuldhulp Almere (Humanitas, SchuldHulpMaatje, Leger des Heils, Ocan): the
/// walk-in hours' form, downloaded each quarter, and the volunteer list.
public struct Alliantie: Organisation {
    public init() {}
    public let id = "alliantie"
    public let title = "Alliantie Vrijwillige Schuldhulp Almere"
    public var exports: [ExportKind] { [Spreekuren.export, Vrijwilligers.export] }
    public var loading: [ExportLoading] { [Spreekuren.loading, Vrijwilligers.loading] }
    public var figures: [FigureDefinition] { AlliantieFigures.all }
    public var rules: [String] {
        ["Een bezoek dat in twee downloads van het spreekuurformulier staat (dezelfde inhoud) telt één keer; twee gelijke bezoeken in één download tellen allebei.",
         "De vrijwilligerslijst: de nieuwste ingelezen lijst is de stand; wie in een eerdere lijst stond en uit de nieuwste is verwijderd, telt in de stand van de laatste lijst waarin hij stond."]
    }
    public var englishRules: [String] {
        ["A visit that is in two downloads of the walk-in form (the same content) counts once; two equal visits in one download both count.",
         "The volunteer list: the newest list ingested is the state; whoever was in an earlier list and was removed from the newest counts in the state of the last list that held them."]
    }
    public var glossary: Glossary { AlliantieFigures.glossary }

    public func compute(_ periods: [Period], in context: FigureContext) throws -> [PeriodFigures] {
        try AlliantieFigures.computeByPeriod(periods, store: context.store)
    }

    /// The quarter of the newest visit.
    public func defaultPeriod(in context: FigureContext) throws -> Period? {
        guard let newest = try context.store.currentFiles(source: Spreekuren.export.source).compactMap(\.newestDate).max() else { return nil }
        let (year, month, _) = newest.parts
        return .quarter(year, (month - 1) / 3 + 1)
    }
}
