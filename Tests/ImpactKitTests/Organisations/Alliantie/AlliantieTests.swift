import Foundation
import Testing
@testable import ImpactKit

/// The Alliantie Vrijwillige Schuldhulp on the hand-made fixture in Fixtures/alliantie, every figure
/// worked out by hand below.
///
/// spreekuren_2024-Q1.csv (lines):
///     2  07-03 09:41  Financieel Huis Haven  Humanitas         1351 Ja   Potjescheck;Schulden        Huisarts       Schuldhulpverlening gemeente
///     3  12-03 14:05  Bibliotheek Stad       SchuldHulpMaatje  1311 Ja   Toeslagen                   Bibliotheek    Geen
///     4  28-03 10:30  " Kerk Buiten "        humanitas         1333 Nee  "schulden ; Budgetteren"    Kerk           Maatje
///     5  30-02 10:00  (a day that does not exist: rejected)
/// spreekuren_2024-Q2.csv:
///     2  the Q1 line 4 again, byte for byte (the next download overlaps): counted once
///     3  04-04 09:20  Financieel Huis Haven  Leger des Heils   1351 Ja   Schulden;Belastingdienst;Formulieren  Mond-tot-mond  Budgetbeheer
///     4  16-04 15:00  Moskee Stad            Ocan              1311 Ja   Potjescheck                 Moskee         Geen
///     5  the same visit as line 4, in the same file: two visits, both count
///     6  02-05 11:00  Inloophuis LdH         Leger des Heils   1351 Nee  Schulden                    Ocan-ambassadeur Wijkteam
///     7  PC4 `131` (rejected)    8  location `Buurthuis Noord` (rejected)    9  topic `Huur` (rejected)
///     10 27-06 09:10  Financieel Huis Haven  SchuldHulpMaatje  1351 Ja   Formulieren                 School         Schuldhulpverlening gemeente
///     11 organisation `Rode Kruis` (rejected)
///
/// The volunteer lists: vrijwilligers_2024-06-01 (HUM-01, HUM-02, SHM-01, LDH-01, LDH-02) and the newer
/// vrijwilligers_2024-12-01, which no longer holds HUM-02 (deleted by the coordinator: keeps the state of
/// the older list, active since 01-09-2022, untrained), stops SHM-01 on 30-09-2024, trains LDH-01 on
/// 01-05-2024, adds OCA-01 (01-04-2024), and has two bad rows: OCA-02 stopped before it started (line 7)
/// and `v-ocA-01` a second time (line 8, codes compare case-folded).
struct AlliantieTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("alliantie")

    static func ingested() throws -> (TestDatabase, [FileOutcome]) {
        let db = try TestDatabase()
        return (db, db.ingest(fixtures.path))
    }

    static func figures(_ db: TestDatabase, _ period: Period) throws -> [FigureValue] {
        try Alliantie().compute([period], in: FigureContext(store: db.store, configuration: Configuration()))[0].values
    }

    static func value(_ values: [FigureValue], _ figure: FigureDefinition, _ breakdown: String = "Totaal", _ category: String = "Totaal") -> Double? {
        values.first { $0.figure == figure.name && $0.breakdown == breakdown && $0.category == category }?.value ?? nil
    }

    typealias F = AlliantieFigures

    @Test func overlapCountsOnceAndEqualVisitsInOneFileTwice() throws {
        let (db, outcomes) = try Self.ingested()
        #expect(outcomes.map { ($0.path as NSString).lastPathComponent } == ["spreekuren_2024-Q1.csv", "spreekuren_2024-Q2.csv",
                                                                            "vrijwilligers_2024-06-01.csv", "vrijwilligers_2024-12-01.csv"])
        #expect(outcomes.map(\.rowsRead) == [4, 10, 5, 7])
        #expect(outcomes.map(\.rowsLoaded) == [3, 5, 5, 5])
        #expect(outcomes.map(\.rowsAlreadyKnown) == [0, 1, 0, 0])
        #expect(outcomes.map(\.rowsRejected) == [1, 4, 0, 2])
        #expect(try db.scalar("SELECT count(*) FROM spreekuur_bezoek") == 8)
        // The same list twice changes nothing.
        let again = db.ingest(Self.fixtures.appendingPathComponent("vrijwilligers_2024-06-01.csv").path)
        #expect(again.map(\.result) == [.unchanged(previousName: "vrijwilligers_2024-06-01.csv")])
    }

    @Test func badRowsGiveExactMessages() throws {
        let (_, outcomes) = try Self.ingested()
        #expect(outcomes.flatMap(\.firstIssues).map(\.description) == [
            "spreekuren_2024-Q1.csv, regel 5, kolom Tijdstempel, waarde \"2024-02-30 10:00:00\": type-error: deze datum of tijd bestaat niet",
            "spreekuren_2024-Q2.csv, regel 7, kolom Postcode, waarde \"131\": type-error: geen PC4 (verwacht vier cijfers, bijvoorbeeld 1311)",
            "spreekuren_2024-Q2.csv, regel 8, kolom Locatie, waarde \"Buurthuis Noord\": constraint-error: geen toegestane waarde; toegestaan: Bibliotheek Stad, Financieel Huis Haven, Kerk Buiten, Moskee Stad, Inloophuis Leger des Heils",
            "spreekuren_2024-Q2.csv, regel 9, kolom Onderwerpen, waarde \"Schulden;Huur\": constraint-error: onderwerp \"Huur\" staat niet in de lijst; toegestaan: Potjescheck, Schulden, Toeslagen, Belastingdienst, Formulieren, Budgetteren, Overig",
            "spreekuren_2024-Q2.csv, regel 11, kolom Organisatie, waarde \"Rode Kruis\": constraint-error: geen toegestane waarde; toegestaan: Humanitas, SchuldHulpMaatje, Leger des Heils, Ocan",
            "vrijwilligers_2024-12-01.csv, regel 7, kolom Gestopt, waarde \"01-04-2024\": constraint-error: ligt vóór Gestart (01-05-2024)",
            "vrijwilligers_2024-12-01.csv, regel 8, kolom Vrijwilliger, waarde \"v-ocA-01\": primary-key: deze vrijwilliger staat al op regel 6; de eerste is geladen",
        ])
    }

    @Test func visitsWorkedByHand() throws {
        let (db, _) = try Self.ingested()
        let q2 = try Self.figures(db, .quarter(2024, 2))
        // Q2 (01-04 .. 30-06): Q2 lines 3, 4, 5, 6, 10; line 2 is a March visit.
        #expect(Self.value(q2, F.visits) == 5)
        #expect(Self.value(q2, F.visits, "Locatie", "Financieel Huis Haven") == 2)       // 3, 10
        #expect(Self.value(q2, F.visits, "Locatie", "Moskee Stad") == 2)                 // 4, 5
        #expect(Self.value(q2, F.visits, "Locatie", "Kerk Buiten") == 0)
        #expect(Self.value(q2, F.visits, "Organisatie", "Leger des Heils") == 2)         // 3, 6
        #expect(Self.value(q2, F.visits, "Organisatie", "Humanitas") == 0)
        #expect(Self.value(q2, F.visits, "Bereikt via", "Moskee") == 2)
        #expect(Self.value(q2, F.visits, "Bereikt via", "Ocan-ambassadeur") == 1)
        #expect(Self.value(q2, F.firstVisits) == 4)                                        // all but 6
        #expect(Self.value(q2, F.firstVisits, "Organisatie", "Ocan") == 2)
        // Topics: a visit counts for each it names. Schulden 3, 6; Formulieren 3, 10; Potjescheck 4, 5; Belastingdienst 3.
        #expect(Self.value(q2, F.topics) == 5)
        #expect(Self.value(q2, F.topics, "Onderwerpen", "Schulden") == 2)
        #expect(Self.value(q2, F.topics, "Onderwerpen", "Formulieren") == 2)
        #expect(Self.value(q2, F.topics, "Onderwerpen", "Potjescheck") == 2)
        #expect(Self.value(q2, F.topics, "Onderwerpen", "Belastingdienst") == 1)
        #expect(Self.value(q2, F.topics, "Onderwerpen", "Toeslagen") == 0)
        // Referred: 3 (Budgetbeheer), 6 (Wijkteam), 10 (Schuldhulpverlening gemeente) of 5 = 60,0%.
        #expect(Self.value(q2, F.referred) == 60.0)
        #expect(Self.value(q2, F.referred, "Doorverwezen naar", "Wijkteam") == 1)
        #expect(Self.value(q2, F.referred, "Doorverwezen naar", "Maatje") == 0)
        #expect(Self.value(q2, F.referred, "Doorverwezen naar", "Geen") == nil)          // not a destination
        // Postcodes, highest first: 1351 (3, 6, 10), 1311 (4, 5).
        #expect(q2.filter { $0.figure == F.postcodes.name && $0.breakdown == "Postcode" }.map { "\($0.category) \(Int($0.value!))" }
                == ["1351 3", "1311 2"])

        // Q1: lines 2, 3, 4 (line 4 also in the Q2 download: once); 2 of 3 referred = 66,7%.
        let q1 = try Self.figures(db, .quarter(2024, 1))
        #expect(Self.value(q1, F.visits) == 3)
        #expect(Self.value(q1, F.visits, "Locatie", "Kerk Buiten") == 1)                 // " Kerk Buiten " trimmed
        #expect(Self.value(q1, F.visits, "Organisatie", "Humanitas") == 2)               // "humanitas" case folded
        #expect(Self.value(q1, F.topics, "Onderwerpen", "Schulden") == 2)                // "schulden ; Budgetteren"
        #expect(Self.value(q1, F.topics, "Onderwerpen", "Budgetteren") == 1)
        #expect(Self.value(q1, F.referred) == 66.7)
        // The year: 3 + 5.
        #expect(Self.value(try Self.figures(db, .year(2024)), F.visits) == 8)
    }

    @Test func volunteersWorkedByHand() throws {
        let (db, _) = try Self.ingested()
        let q2 = try Self.figures(db, .quarter(2024, 2))
        // At 30-06-2024: HUM-01, HUM-02 (deleted later: its last state), SHM-01 (stops in Q3), LDH-01, OCA-01;
        // LDH-02 stopped 01-02-2024.
        #expect(Self.value(q2, F.volunteersActive) == 5)
        #expect(Self.value(q2, F.volunteersActive, "Organisatie", "Humanitas") == 2)
        #expect(Self.value(q2, F.volunteersActive, "Organisatie", "Ocan") == 1)
        #expect(Self.value(q2, F.volunteersStarted) == 1)                                   // OCA-01, 01-04-2024
        #expect(Self.value(q2, F.volunteersStopped) == 0)
        // Trained by 30-06-2024: HUM-01, SHM-01, LDH-01 (01-05-2024) of 5 = 60,0%.
        #expect(Self.value(q2, F.volunteersTrained) == 60.0)
        #expect(Self.value(q2, F.volunteersTrained, "Organisatie", "Humanitas") == 50.0)
        // Cohort: started after 30-06-2022 and on or before 30-06-2023: HUM-02, SHM-01, LDH-01, LDH-02 (not HUM-01,
        // 01-03-2022). Active twelve months after their start: all but LDH-02 (stopped 01-02-2024, before 01-05-2024).
        #expect(Self.value(q2, F.retentionCohort) == 4)
        #expect(Self.value(q2, F.retention) == 75.0)

        let q3 = try Self.figures(db, .quarter(2024, 3))
        #expect(Self.value(q3, F.volunteersStopped) == 1)                                   // SHM-01 on 30-09-2024
        #expect(Self.value(q3, F.volunteersActive) == 4)                                    // stopped on the last day: not active
        // Stocks have no sinds-start.
        let since = try Self.figures(db, .sinceStart(through: Day(year: 2024, month: 12, day: 31)!))
        #expect(Self.value(since, F.volunteersActive) == nil && Self.value(since, F.volunteersStarted) == 6)
    }

    /// The public report: small counts hidden in the workbook and the text, no volunteer code anywhere, the
    /// note under the topics, and the same bytes twice.
    @Test func publicReportHidesSmallCountsAndNoVolunteerCodes() throws {
        let (db, _) = try Self.ingested()
        let definition = try ReportDefinition.load(name: "alliantie", folder: shippedReports)
        #expect(definition.isPublic)
        func render(_ name: String) throws -> (Data, String, URL) {
            let model = try ReportModel.build(definition: definition, comparison: Comparison(period: .quarter(2024, 2)), store: db.store)
            let url = db.folder.url.appendingPathComponent(name)
            try WorkbookRenderer.write(model, to: url.path)
            return (try Data(contentsOf: url), try TextRenderer.render(model, templateFolder: shippedReports), url)
        }
        let (xlsx, text, url) = try render("a.xlsx")
        let (again, textAgain, _) = try render("b.xlsx")
        #expect(xlsx == again && text == textAgain)
        let book = try ReportTests.readBack(url)
        let cells = try #require(book["cells"] as? [String: [[Any]]])
        let everything = text + "\(cells)"
        #expect(!everything.lowercased().contains("v-hum") && !everything.lowercased().contains("v-oca"))
        for (sheet, rows) in cells where sheet != "Definities" && sheet != "Bronnen" {
            for row in rows { for cell in row where cell is Int { #expect(!(1...4).contains(cell as! Int), "\(sheet): \(row)") } }
        }
        let summary = try #require(cells["Samenvatting"])
        #expect(summary.contains { ($0.first as? String) == "Bezoeken" && ($0[1] as? Int) == 5 })
        #expect(summary.contains { ($0.first as? String) == "Eerste bezoeken" && ($0[2] as? String) == "<5" })   // 3 in Q1
        #expect(summary.contains { ($0.first as? String) == "Doorverwezen" && ($0[1] as? Double) == 0.6 })       // 5 visits: shown
        let topics = try #require(cells["Onderwerpen"])
        #expect(topics.contains { ($0.first as? String)?.hasPrefix("Een bezoek kan meer onderwerpen noemen") == true })
        #expect(text.contains("Een bezoek kan meer onderwerpen noemen: de aandelen tellen op tot meer dan 100%."))
        #expect(text.contains("Aantallen van 1 tot en met 4 staan er als <5."))
    }

    /// The committed SampleData/alliantie against the generator's own count (SampleData/README.md, computed
    /// in Python from the rows it meant to be valid): two implementations of one definition.
    @Test func sampleDataMatchesTheGeneratorsOwnCount() throws {
        try SampleStore.use { (sample) throws in
            let outcomes = sample.outcomes(in: "alliantie")
            #expect(outcomes.count == 9 && outcomes.allSatisfy { $0.result == .loaded })
            #expect(outcomes.map(\.rowsRejected).reduce(0, +) == 8)
            #expect(outcomes.map(\.rowsAlreadyKnown) == [0, 25, 23, 31, 16, 49, 0, 0, 0])
            func figures(_ period: Period) throws -> [FigureValue] { try Self.figures(sample.db, period) }
            let q4 = try figures(.quarter(2024, 4)), q2 = try figures(.quarter(2025, 2)), year = try figures(.year(2024))
            #expect(Self.value(q4, F.visits) == 368 && Self.value(q2, F.visits) == 421 && Self.value(year, F.visits) == 943)
            #expect(Self.value(q4, F.visits, "Locatie", "Moskee Stad") == 44 && Self.value(q2, F.visits, "Locatie", "Moskee Stad") == 55)
            #expect(Self.value(q2, F.visits, "Organisatie", "Ocan") == 61)
            #expect(Self.value(q2, F.visits, "Bereikt via", "Ocan-ambassadeur") == 80 && Self.value(q2, F.visits, "Bereikt via", "Moskee") == 66)
            #expect(Self.value(q4, F.firstVisits) == 208)
            #expect(Self.value(q4, F.topics, "Onderwerpen", "Schulden") == 158 && Self.value(year, F.topics, "Onderwerpen", "Potjescheck") == 251)
            #expect(Self.value(q4, F.referred) == 50.8 && Self.value(q2, F.referred) == 48.9)
            #expect(Self.value(q2, F.referred, "Doorverwezen naar", "Maatje") == 55)
            #expect(q2.filter { $0.figure == F.postcodes.name && $0.breakdown == "Postcode" }.prefix(3).map { "\($0.category): \(Int($0.value!))" }
                    == ["1324: 70", "1315: 36", "1312: 28"])
            // V-SHM-10 was deleted without a Gestopt and counts in its last state; V-SHM-14's newest row is rejected.
            #expect(Self.value(q4, F.volunteersActive) == 27 && Self.value(q2, F.volunteersActive) == 28)
            #expect(Self.value(year, F.volunteersStarted) == 12 && Self.value(year, F.volunteersStopped) == 7)
            #expect(Self.value(q4, F.volunteersTrained) == 81.5 && Self.value(q2, F.volunteersTrained) == 82.1)
            #expect(Self.value(q4, F.retention) == 88.9 && Self.value(q4, F.retentionCohort) == 9)
            #expect(Self.value(q2, F.retention) == 71.4 && Self.value(q2, F.retentionCohort) == 14)
        }
    }
}
