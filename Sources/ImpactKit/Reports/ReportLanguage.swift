/// The names of figures, breakdowns and categories in a report's language, from the figure's own
/// definition and its organisation's glossary. Dutch returns every name as it is.
extension ReportCatalog {
    func owner(of figure: String) -> Owner? { owners.first { $0.figures.contains { $0.name == figure } } }

    /// `Dromen ontvangen` -> `Dreams received`.
    public func figureLabel(_ name: String, in language: Language) -> String {
        language == .nl ? name : definition(of: name)?.name(in: language) ?? name
    }

    /// `Programma` (of `Dromen ontvangen`) -> `Programme`.
    public func breakdownLabel(_ breakdown: String, of figure: String, in language: Language) -> String {
        language == .nl ? breakdown : (owner(of: figure)?.glossary ?? Glossary()).breakdown(breakdown, in: language)
    }

    /// `Nieuw` (a `Status` of `Werkvoorraad`) -> `New`; a category from the data stays as it is.
    public func categoryLabel(_ category: String, of breakdown: String, figure: String, in language: Language) -> String {
        language == .nl ? category : (owner(of: figure)?.glossary ?? Glossary()).category(category, of: breakdown, in: language)
    }

    /// Tidy values with their names in `language` (`impact figures --taal en`); the numbers unchanged.
    public func translated(_ values: [FigureValue], to language: Language) -> [FigureValue] {
        guard language != .nl else { return values }
        var owners: [String: (definition: FigureDefinition?, glossary: Glossary)] = [:]
        return values.map { value in
            let found = owners[value.figure] ?? {
                let owner = owner(of: value.figure)
                let entry = (owner?.figures.first { $0.name == value.figure }, owner?.glossary ?? Glossary())
                owners[value.figure] = entry
                return entry
            }()
            return FigureValue(figure: found.definition?.name(in: language) ?? value.figure,
                               breakdown: found.glossary.breakdown(value.breakdown, in: language),
                               category: found.glossary.category(value.category, of: value.breakdown, in: language),
                               period: language.periodLabel(value.period), value: value.value)
        }
    }
}

/// A title of a report definition in `language`: `titel_en` in English where given, else the Dutch `titel`.
extension ReportDefinition.Section {
    public func title(in language: Language) -> String { language == .en ? titelEn ?? titel : titel }
}
extension ReportDefinition.Breakdown {
    public func title(in language: Language) -> String { language == .en ? titelEn ?? titel : titel }
}
extension ReportDefinition.Trend {
    public func title(in language: Language) -> String { language == .en ? titelEn ?? titel : titel }
}
