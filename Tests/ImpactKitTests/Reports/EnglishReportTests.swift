import Foundation
import Testing
@testable import ImpactKit

/// Reports in English for funders abroad (`--taal en`): English titles, labels, definitions and text in
/// English notation, from the same figures as the Dutch report; without an English template the text
/// has the generic layout, in English.
@Suite(.serialized) struct EnglishReportTests {
    static let configuration = { try! Configuration.load(path: repositoryRoot.appendingPathComponent("impact.yaml").path) }()

    static func model(_ name: String, _ comparison: Comparison, store: Store, language: Language = .en, folder: String = shippedReports) throws -> ReportModel {
        let definition = try ReportDefinition.load(name: name, folder: folder)
        return try Reporting.model(definition, comparison: comparison, in: FigureContext(store: store, configuration: configuration), language: language)
    }

    @Test func policyReportTextInEnglish() throws {
        try SampleStore.use { sample in
            let model = try Self.model("beleid", Comparison(period: .quarter(2022, 4)), store: sample.db.store)
            let text = try TextRenderer.render(model, templateFolder: shippedReports)
            #expect(text.hasPrefix("""
                Als ik later groot ben (When I grow up) & Dare to dream in 036
                Quarterly report on child poverty, municipality of Almere
                Period 2022-Q4: 1 October 2022 to 31 December 2022; snapshots: dromen_2022-Q4.csv, activeringscentra_2022-Q4.xlsx

                In 2022-Q4, 372 dreams came in from 372 children:
                up 70.6% on 2022-Q3 (218) and down 12.9% on 2021-Q4 (427).
                """))
            #expect(text.contains("Since the start in 2017: 5,924 dreams received, 3,735 children helped."))
            #expect(text.contains("""
                Figure                       2022-Q4  2022-Q3  change  2021-Q4  change  since-start
                Dreams received                  372      218  +70.6%      427  -12.9%        5,924
                """))
            #expect(text.contains("Days to conversation P90        42.6     45.3   -6.0%     45.9   -7.2%           45"))
            #expect(text.contains("Total                          74  27   21      47.6%          326    76  247.5"))
            #expect(text.contains("Outflow rate: 2022-Q4: 47.6%; 2022-Q3: 60.0%; 2021-Q4: 33.3%."))
            #expect(text.contains("Caseload by status\nStatus"))
            #expect(text.contains("\nConversation held  "))
            for dutch in ["Totaal", "sinds-start", "BRONNEN", "Cijfer", "Periode", "dromen binnen", " t/m "] {
                #expect(!text.contains(dutch), "\(dutch) in the English text")
            }
        }
    }

    @Test func zwoTextInEnglishNotation() throws {
        try SampleStore.use { sample in
            let comparison = Comparison(period: .season(startingIn: 2019), asOf: Day(year: 2020, month: 1, day: 15)!)
            let text = try TextRenderer.render(try Self.model("zwo", comparison, store: sample.db.store), templateFolder: shippedReports)
            #expect(text.contains("Season 2019-2020, as of 15 January 2020 (1 September 2019 to 31 August 2020)"))
            #expect(text.contains("Up to and including 15 January 2020, €22,572.53 has been raised for Alo Mik!: 43.2% of the year plan of €52,245.00."))
            #expect(text.contains("] 43.2% of €52,245.00   (| = plan pro rata today)"))
            #expect(text.contains("""
                Source                   Raised        Plan   Difference  % of plan  to 15 January 2019
                Collections           €5,584.58                                               €6,133.03
                """))
            #expect(text.contains("Total                €22,572.53  €52,245.00  -€29,672.47      43.2%          €22,234.63"))
            #expect(text.contains("Bank transactions this season: 129, of which 5 not recognised"))
        }
    }

    @Test func englishWorkbookReadsBack() throws {
        try SampleStore.use { sample in
            let folder = try TempFolder()
            let comparison = Comparison(period: .season(startingIn: 2019), asOf: Day(year: 2020, month: 1, day: 15)!)
            let zwo = folder.url.appendingPathComponent("zwo-en.xlsx")
            try WorkbookRenderer.write(try Self.model("zwo", comparison, store: sample.db.store), to: zwo.path)
            var book = try ReportTests.readBack(zwo)
            #expect(book["sheets"] as? [String] == ["Summary", "Progress", "Budget", "Bank transactions", "Definitions", "Sources"])
            var cells = try #require(book["cells"] as? [String: [[Any]]])
            let summary = try #require(cells["Summary"])
            #expect(summary[4].prefix(3).map { "\($0)" } == ["Figure", "This season", "Last season to 15 January 2019"])
            #expect(summary[5].first as? String == "Collections" && ComposedReportTests.number(summary[5][1]) == 5584.58)
            let formats = try #require(book["formats"] as? [String: [[String]]])
            #expect(formats["Summary"]?[5][1] == "[$€-1809]#,##0.00")
            let definitions = try #require(cells["Definitions"])
            #expect(definitions[2].prefix(2).map { "\($0)" } == ["Figure", "Definition"])
            let forecast = try #require(definitions.first { $0.first as? String == "Forecast" })
            #expect((forecast[1] as? String)?.hasPrefix("Raised so far, divided by the number of elapsed days of the season") == true)
            #expect(definitions.contains { $0.first as? String == "General rules" })
            #expect(cells["Sources"]?[3].prefix(3).map { "\($0)" } == ["File", "Source", "Snapshot"])
            #expect(cells["Bank transactions"]?.contains { $0.first as? String == "Not recognised" } == true)

            let beleid = folder.url.appendingPathComponent("beleid-en.xlsx")
            try WorkbookRenderer.write(try Self.model("beleid", Comparison(period: .quarter(2022, 4)), store: sample.db.store), to: beleid.path)
            book = try ReportTests.readBack(beleid)
            #expect(book["sheets"] as? [String] == ["Summary", "Trend", "Dreams by programme", "Dreams by channel", "Dreams by category", "Dreams by age",
                                                     "Dreams by district", "Helped by category", "Helped by district", "Caseload by status",
                                                     "Connected with (top 10)", "Activation", "Outflow by destination", "Definitions", "Sources"])
            cells = try #require(book["cells"] as? [String: [[Any]]])
            let key = try #require(cells["Summary"])
            #expect(key[4].prefix(7).map { "\($0)" } == ["Figure", "2022-Q4", "2022-Q3", "vs 2022-Q3", "2021-Q4", "vs 2021-Q4", "since-start"])
            #expect(key[5].first as? String == "Dreams received" && ComposedReportTests.number(key[5][6]) == 5924)
            let beleidFormats = try #require(book["formats"] as? [String: [[String]]])
            #expect(beleidFormats["Summary"]?[5][6] == "#,##0" && beleidFormats["Summary"]?[5][3] == "0.0%")
            #expect(cells["Caseload by status"]?[3].prefix(2).map { "\($0)" } == ["Status", "2022-Q4"])
            #expect(cells["Caseload by status"]?[4].first as? String == "New")
            #expect(cells["Trend"]?[2].map { "\($0)" } == ["Quarter", "Als ik later groot ben", "Dare to dream in 036"])
        }
    }

    static let ownReport = """
        naam: proef
        titel: "Proef zonder Engelse titel"
        doelgroep: publiek
        sjabloon: proef.txt.mustache
        secties:
          - titel: "Dromen"
            titel_en: "Dreams"
            kerncijfers: [Dromen ontvangen]
          - titel: "Activering"
            kerncijfers: [Uitstroompercentage]

        """

    /// A definition with a Dutch template and no English one: the English text has the generic layout,
    /// in English, with the Dutch title where no English is given; the command says so.
    @Test func withoutAnEnglishTemplateTheGenericLayoutIsUsed() throws {
        try SampleStore.use { sample in
            let folder = try TempFolder()
            try folder.write("rapporten/proef.yaml", Self.ownReport)
            try folder.write("rapporten/proef.txt.mustache", "{{% CONTENT_TYPE: TEXT}}\nNederlands: {{dromen_ontvangen}} dromen\n")
            let reports = folder.url.appendingPathComponent("rapporten").path
            let comparison = Comparison(period: .quarter(2024, 4))
            let dutch = try Self.model("proef", comparison, store: sample.db.store, language: .nl, folder: reports)
            #expect(try TextRenderer.render(dutch, templateFolder: reports) == "Nederlands: 436 dromen\n")
            #expect(TextRenderer.missingTemplate(for: dutch, in: reports) == nil)

            let english = try Self.model("proef", comparison, store: sample.db.store, folder: reports)
            #expect(TextRenderer.missingTemplate(for: english, in: reports) == "\(reports)/proef.en.txt.mustache")
            let text = try TextRenderer.render(english, templateFolder: reports)
            #expect(text.hasPrefix("Proef zonder Engelse titel\nPeriod 2024-Q4: 1 October 2024 to 31 December 2024; snapshots: dromen_2024-Q4.csv, activeringscentra_2024-Q4.xlsx\n\nDREAMS\n\nDreams\nFigure "))
            #expect(text.contains("\nACTIVERING\n\nActivering\nFigure "))        // no titel_en: the Dutch title
            #expect(text.contains("\nOutflow rate    47.4%    60.9%  -22.2%    53.8%  -11.9%        51.8%\n"))
            #expect(text.contains("SOURCES\n") && text.contains("Counts from 1 to 4 are shown as <5."))

            // An English template beside the Dutch one is used, with the same names.
            try folder.write("rapporten/proef.en.txt.mustache", "{{% CONTENT_TYPE: TEXT}}\nEnglish: {{dromen_ontvangen}} dreams ({{trend_dromen_ontvangen}})\n")
            #expect(try TextRenderer.render(english, templateFolder: reports) == "English: 436 dreams (up 91.2% on 2024-Q3 (228) and up 5.1% on 2023-Q4 (415))\n")
            #expect(TextRenderer.missingTemplate(for: english, in: reports) == nil)
        }
    }

    @Test func templateNamesCarryTheLanguageAfterTheirStem() {
        #expect(TextRenderer.templateName("beleid.txt.mustache", in: .en) == "beleid.en.txt.mustache")
        #expect(TextRenderer.templateName("sjablonen/kort.mustache", in: .en) == "sjablonen/kort.en.mustache")
        #expect(TextRenderer.templateName("kaal", in: .en) == "kaal.en")
    }

    @Test func titlesFallBackToDutch() throws {
        let definition = try ReportDefinitionTests.load(ReportDefinitionTests.minimal + "ondertitel: Onder\nondertitel_en: Below\n")
        #expect(definition.title(in: .en) == "Proef" && definition.subtitle(in: .en) == "Below" && definition.subtitle(in: .nl) == "Onder")
        #expect(definition.secties[0].title(in: .en) == "Dromen")
        let shipped = try ReportDefinition.load(name: "financier-alamal", folder: shippedReports)
        #expect(shipped.title(in: .en) == "Al Amal Foundation Utrecht" && shipped.title(in: .nl) == "Stichting Al Amal Utrecht")
        #expect(shipped.secties[0].trend?.title(in: .en) == "Registrations per quarter by track")
        #expect(ReportDefinitionTests.message(ReportDefinitionTests.minimal + "titel_en: [a, b]\n") == "de rapportdefinitie: 'titel_en' moet tekst zijn")
    }
}
