import Testing
@testable import ImpactKit

/// Every organisation speaks English too (`--taal en`): each figure has an English name and definition,
/// each rule its English, and every word of a glossary is one the figures really use (no typo that would
/// leave a Dutch word standing in an English report).
struct EnglishTests {
    @Test func everyFigureHasAnEnglishNameAndDefinition() {
        let figures = Registry.all.flatMap(\.figures)
        for figure in figures {
            #expect(figure.english != nil, "\(figure.name) has no English")
            #expect(figure.definition(in: .en) != figure.definition, "\(figure.name): the English definition is the Dutch one")
            #expect(figure.name(in: .nl) == figure.name && figure.definition(in: .nl) == figure.definition)
        }
        let english = figures.map { $0.name(in: .en) }
        #expect(Set(english).count == english.count, "two figures share an English name")
        #expect(DromenFigures.received.name(in: .en) == "Dreams received")
        #expect(AlliantieFigures.topics.overlapNote(in: .en) == "A visit can name several topics: the shares add up to more than 100%.")
        #expect(Registry.catalog.figureLabel("Werkvoorraad", in: .en) == "Caseload")
    }

    @Test func everyRuleHasItsEnglish() {
        for organisation in Registry.all {
            #expect(organisation.englishRules.count == organisation.rules.count, "\(organisation.id)")
            for (dutch, english) in zip(organisation.rules, organisation.englishRules) { #expect(dutch != english, "\(organisation.id)") }
        }
    }

    /// The glossaries against the figures of all SampleData: every breakdown named has its English, and
    /// every category a glossary translates occurs under its breakdown.
    @Test func glossariesNameWhatTheFiguresUse() throws {
        try SampleStore.use { sample in
            let context = FigureContext(store: sample.db.store, configuration: try Configuration.load(path: repositoryRoot.appendingPathComponent("impact.yaml").path))
            let periods: [Period] = [.quarter(2022, 4), .quarter(2024, 4), .quarter(2025, 2), .season(startingIn: 2019), .sinceStart(through: Day(year: 2025, month: 6, day: 30)!)]
            for organisation in Registry.all {
                let values = try organisation.compute(periods, in: context).flatMap(\.values)
                let glossary = organisation.glossary
                var used: [String: Set<String>] = [:]
                for value in values {
                    for (breakdown, category) in zip(value.breakdown.components(separatedBy: " × "), value.category.components(separatedBy: " × ")) {
                        used[breakdown, default: []].insert(category)
                    }
                }
                for breakdown in used.keys where breakdown != FigureValue.total {
                    #expect(glossary.breakdowns[breakdown] != nil, "\(organisation.id): no English for breakdown \(breakdown)")
                }
                for (breakdown, categories) in glossary.categories {
                    for category in categories.keys {
                        #expect(used[breakdown]?.contains(category) == true, "\(organisation.id): \(breakdown) has no category \(category)")
                    }
                }
            }
        }
    }

    @Test func aGlossaryTranslatesOnlyWhatItKnows() {
        let glossary = ActiveringFigures.glossary
        #expect(glossary.category("Haven (De Hoven) × Betaald werk", of: "Centrum × Uitstroom naar", in: .en) == "Haven (De Hoven) × Paid work")
        #expect(glossary.breakdown("Centrum × Uitstroom naar", in: .en) == "Centre × Destination")
        #expect(glossary.category("Totaal", of: "Totaal", in: .en) == "Total")
        #expect(glossary.category("Gemeente Almere", of: "Aanvrager", in: .en) == "Gemeente Almere")      // from the workbook: as it is
        #expect(glossary.category("Betaald werk", of: "Uitstroom naar", in: .nl) == "Betaald werk")
        #expect(DromenFigures.glossary.category("Gesprek gevoerd", of: "Status", in: .en) == "Conversation held")
        #expect(ZwoFigures.glossary.category("Collectes", of: "Post", in: .en) == "Collectes")             // a plan line: the treasurer's words
    }
}
