import Foundation
import Testing
@testable import ImpactKit

/// ZWO De Rank: the hand-made fixture in Fixtures/zwo (written by make_fixtures.py), with every figure
/// worked out by hand below, the three bank layouts, overlapping exports, the treasurer's rules, bad rows,
/// and outputs that hold no personal data and are the same byte for byte.
@Suite(.serialized) struct ZwoTests {
    static let fixture = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("zwo")
    static let configuration = try! Configuration.load(path: repositoryRoot.appendingPathComponent("impact.yaml").path)

    /// The zip parts in which two workbooks differ, for the message of a failed comparison (once seen in
    /// a full parallel run in CI, not reproduced alone).
    static func differingParts(_ folder: URL, _ a: String, _ b: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sys, zipfile
            a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
            for n in sorted(set(a.namelist()) | set(b.namelist())):
                x = a.read(n) if n in a.namelist() else b''
                y = b.read(n) if n in b.namelist() else b''
                if x != y:
                    i = next((k for k in range(min(len(x), len(y))) if x[k] != y[k]), min(len(x), len(y)))
                    print(n, x[max(0, i - 60):i + 60], y[max(0, i - 60):i + 60])
            """, folder.appendingPathComponent(a).path, folder.appendingPathComponent(b).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func ingested() throws -> (TestDatabase, [FileOutcome]) {
        let db = try TestDatabase(configuration: configuration)
        return (db, db.ingestor.ingest([fixture.path]))
    }

    static func figures(_ db: TestDatabase, _ comparison: Comparison) throws -> [(period: Period, values: [FigureValue])] {
        try ZwoFigures.computeByPeriod(comparison.all, store: db.store, classifier: BankClassifier(configuration.bankRules))
    }

    static func value(_ values: [FigureValue], _ figure: some FigureName, _ breakdown: String = "Totaal", _ category: String = "Totaal") -> Double? {
        values.first { $0.figure == figure.figureName && $0.breakdown == breakdown && $0.category == category }?.value ?? nil
    }

    /// Season 2019-2020 up to 31-10-2019 (61 of its 366 days: 2020 is a leap year).
    /// Collections for ZWO Alo Mik!: 312,45 (01-09) + 187,55 (15-09, "zwo alo mik!" case-folded) + 1.045,10 (06-10) = 1.545,10;
    ///   06-11 is after the date; 31-09-2019 and 15-08-2019 are rejected; Doel "Kerk" does not count.
    /// Bank gifts: 25,00 (o.v.v. Alo Mik!) + 10,00 + 10,00 (two equal gifts, both count) + 100,00 (ALO-MIK Tirana) = 145,00;
    ///   500,00 collection money and 72,50 ride money are excluded, 40,00 without description is not recognised.
    /// Ride: received 50,00 + 22,50 + 0,00 = 72,50 (on 14-09-2019); pledged 50x1,00 + (25x0,50+10,00) + 100x0,25 = 97,50.
    /// Total 1.762,60 = 3,37% of 52.245,00 -> 3,4%; plan to date 52.245 x 61/366 = 8.707,50; prognosis 1.762,60 x 366/61 = 10.575,60.
    /// Transferred 1.000,00 (15-10), still to transfer 762,60.
    /// Last season to 31-10-2018: one gift of 30,00 ("Allo Mik"); prognosis 30 x 365/61 = 179,508 -> 179,51.
    @Test func seasonToDateWorkedByHand() throws {
        let (db, _) = try Self.ingested()
        let results = try Self.figures(db, Comparison(period: .season(startingIn: 2019), asOf: Day(year: 2019, month: 10, day: 31)!))
        let now = results[0].values
        #expect(results[0].period.label == "2019-2020")
        #expect(Self.value(now, ZwoFigures.raisedBySource, "Bron", "Collectes") == 1545.10)
        #expect(Self.value(now, ZwoFigures.raisedBySource, "Bron", "Bankgiften") == 145.00)
        #expect(Self.value(now, ZwoFigures.raisedBySource, "Bron", "Sponsorfietstocht") == 72.50)
        #expect(Self.value(now, ZwoFigures.raisedBySource) == 1762.60)
        #expect(Self.value(now, ZwoFigures.totalAgainstPlan, "Maat", "Plan") == 52245.00)
        #expect(Self.value(now, ZwoFigures.totalAgainstPlan, "Maat", "Verschil") == -50482.40)
        #expect(Self.value(now, ZwoFigures.totalAgainstPlan, "Maat", "Percentage") == 3.4)
        #expect(Self.value(now, ZwoFigures.totalAgainstPlan, "Maat", "Plan naar rato") == 8707.50)
        #expect(Self.value(now, ZwoFigures.prognosis) == 10575.60)
        #expect(Self.value(now, ZwoFigures.transferred, "Maat", "Overgemaakt") == 1000.00)
        #expect(Self.value(now, ZwoFigures.transferred, "Maat", "Nog over te maken") == 762.60)
        #expect(Self.value(now, ZwoFigures.ridePledges, "Maat", "Toegezegd") == 97.50)
        #expect(Self.value(now, ZwoFigures.ridePledges, "Maat", "Openstaand") == 25.00)
        // Per month: September 312,45 + 187,55 + 45,00 + 72,50 = 617,50; October 1.045,10 + 100,00 = 1.145,10.
        #expect(Self.value(now, ZwoFigures.progress, "Per maand", "2019-09") == 617.50)
        #expect(Self.value(now, ZwoFigures.progress, "Cumulatief", "2019-10") == 1762.60)
        #expect(Self.value(now, ZwoFigures.progress, "Per maand", "2019-11") == nil)      // after the report date
        // Plan to the end of September: 52.245 x 30/366 = 4.282,377 -> 4.282,38; the line runs to August.
        #expect(Self.value(now, ZwoFigures.progress, "Plan cumulatief", "2019-09") == 4282.38)
        #expect(Self.value(now, ZwoFigures.progress, "Plan cumulatief", "2020-08") == 52245.00)
        // Ten transactions once each: 4 gifts, and one each of the other categories.
        #expect(Self.value(now, ZwoFigures.bankTransactions) == 10)
        #expect(Self.value(now, ZwoFigures.bankTransactions, "Categorie", "Gift Alo Mik!") == 4)
        #expect(Self.value(now, ZwoFigures.bankTransactions, "Categorie", "Collectegeld (al geteld)") == 1)
        #expect(Self.value(now, ZwoFigures.bankTransactions, "Categorie", "Fietstochtgeld (al geteld)") == 1)
        #expect(Self.value(now, ZwoFigures.bankTransactions, "Categorie", ZwoFigures.unrecognised) == 1)

        let before = try #require(results.first { $0.period.label == "2018-2019" }?.values)
        #expect(Self.value(before, ZwoFigures.raisedBySource) == 30.00)
        #expect(Self.value(before, ZwoFigures.prognosis) == 179.51)
    }

    /// The whole season: collections 1.545,10 + 600,00 = 2.145,10; gifts 145,00 + 15,00 + 15,00 (Rabobank, two
    /// numbers, both count) = 175,00; ride 72,50; total 2.392,60 = 4,58% -> 4,6%. Transfers 1.000,00 + 2.500,00.
    @Test func wholeSeasonWorkedByHand() throws {
        let (db, _) = try Self.ingested()
        let now = try Self.figures(db, Comparison(period: .season(startingIn: 2019)))[0].values
        #expect(Self.value(now, ZwoFigures.raisedBySource, "Bron", "Collectes") == 2145.10)
        #expect(Self.value(now, ZwoFigures.raisedBySource, "Bron", "Bankgiften") == 175.00)
        #expect(Self.value(now, ZwoFigures.raisedBySource) == 2392.60)
        #expect(Self.value(now, ZwoFigures.totalAgainstPlan, "Maat", "Percentage") == 4.6)
        #expect(Self.value(now, ZwoFigures.transferred, "Maat", "Overgemaakt") == 3500.00)
        #expect(Self.value(now, ZwoFigures.prognosis) == 2392.60)     // the season is over: prognosis is the result
    }

    @Test func overlappingExportsCountEachTransactionOnce() throws {
        let (db, outcomes) = try Self.ingested()
        let october = try #require(outcomes.first { $0.path.hasSuffix("bank_2019-10.csv") })
        // 7 rows: 2 already in the September export, 1 with an impossible date, 4 new.
        #expect(october.rowsRead == 7)
        #expect(october.rowsAlreadyKnown == 2)
        #expect(october.rowsRejected == 1)
        #expect(october.rowsLoaded == 4)
        #expect(try db.scalar("SELECT count(*) FROM bank_mutatie") == 2 + 6 + 4 + 3)
        // The two equal gifts of J. Jansen on 10-09-2019 are two transactions.
        #expect(try db.scalar("SELECT count(*) FROM bank_mutatie WHERE naam = 'J. Jansen'") == 2)
        // Ingesting the October export again, under another name, adds nothing.
        let copy = db.folder.url.appendingPathComponent("bank_2019-10-opnieuw.csv")
        try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("bank_2019-10.csv"), to: copy)
        #expect(db.ingest(copy.path).first?.result == .unchanged(previousName: "bank_2019-10.csv"))
        // A differently cut export holding the same September rows adds nothing either.
        let september = try String(contentsOf: Self.fixture.appendingPathComponent("bank_2019-09.csv"), encoding: .utf8)
        let recut = try db.folder.write("bank_2019-09b.csv", september + "\r\n")
        let again = try #require(db.ingest(recut).first)
        #expect(again.rowsAlreadyKnown == 6 && again.rowsLoaded == 0)
    }

    @Test func everyBankLayoutReadsTheSameFields() throws {
        let (db, outcomes) = try Self.ingested()
        #expect(outcomes.allSatisfy { if case .refused = $0.result { false } else { true } })
        // ING's older layout, ISO-8859-1: the name keeps its ü.
        let older = try db.rows("SELECT naam, bij, bedrag_cent, omschrijving FROM bank_mutatie WHERE datum = \(Day(year: 2018, month: 9, day: 15)!.number)", columns: 4)
        #expect(older == [["H. Müller", "1", "3000", "Allo Mik"]])
        // ING's newer layout: Af with the amount unsigned.
        let newer = try db.rows("SELECT naam, bij, bedrag_cent FROM bank_mutatie WHERE naam LIKE 'Stichting%' AND datum < \(Day(year: 2020, month: 1, day: 1)!.number)", columns: 3)
        #expect(newer == [["Stichting Alo Mik!", "0", "100000"]])
        // Rabobank: signed amounts, the bank's own number as identity.
        let rabo = try db.rows("SELECT bij, bedrag_cent, sleutel FROM bank_mutatie WHERE rekening = 'NL34RABO0123456789' ORDER BY sleutel", columns: 3)
        #expect(rabo.map { $0[0] } == ["1", "0", "1"])
        #expect(rabo.map { $0[1] } == ["1500", "250000", "1500"])
        #expect(rabo[0][2] == "ref|NL34RABO0123456789|000000000000000001")
    }

    @Test func defaultRulesRecogniseEverySpellingAndNothingIsGuessed() throws {
        let classifier = try BankClassifier(Self.configuration.bankRules)
        func category(_ description: String, name: String = "P. Gever", credit: Bool = true) -> String? {
            classifier.category(of: BankFile.Transaction(date: Day(number: 18000), account: "NL12INGB0001234567", counterpartyAccount: "NL01TEST0000000001",
                                                         counterpartyName: name, isCredit: credit, cents: 2500, description: description, bankReference: nil))
        }
        for spelling in ["o.v.v. Alo Mik!", "ovv alo mik", "alomik", "ALO-MIK Tirana", "Gift Alo Mik!", "voor Albanië (Alo Mik)",
                         "Alo! Mik", "Allo Mik", "alo mik project", "ZWO Alo-Mik", "Jaarproject ZWO Tirana"] {
            #expect(category(spelling) == "Gift Alo Mik!", "\(spelling)")
        }
        #expect(category("collectegeld ZWO Alo Mik! okt/nov", name: "PG Almere De Rank") == "Collectegeld (al geteld)")
        #expect(category("opbrengst sponsorfietstocht 2019") == "Fietstochtgeld (al geteld)")
        #expect(category("Overmaking projectgeld", name: "Stichting Alo Mik!", credit: false) == "Overgemaakt naar Alo Mik!")
        #expect(category("Alo Mik", credit: false) == nil)          // money going out is not a gift
        #expect(category("") == nil)
        #expect(category("gift") == nil)
    }

    /// What no rule recognises is listed for the treasurer, with what is needed to write a rule for it.
    @Test func unrecognisedTransactionsAreListedForTheTreasurer() throws {
        let (db, _) = try Self.ingested()
        let definition = try ReportDefinition.load(name: "zwo", folder: repositoryRoot.appendingPathComponent("Reports").path)
        let definition2 = definition
        let lists = try Reporting.ownLists(definition2, comparison: Comparison(period: .season(startingIn: 2019)),
                                           in: FigureContext(store: db.store, configuration: Self.configuration))
        #expect(lists.map(\.suffix) == ["niet-herkend"])
        let path = db.folder.url.appendingPathComponent("niet-herkend.csv").path
        try OwnListWriter.write(lists[0], to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))      // a BOM, so Excel reads it as UTF-8
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self)
                == "Datum;Af/Bij;Bedrag;Naam;Tegenrekening;Omschrijving\r\n28-09-2019;Bij;40,00;M. Bakker;NL23INGB0000000009;\r\n")
    }

    @Test func rulesFileMistakesAreNamed() throws {
        let folder = try TempFolder()
        let bad = try folder.write("regels.yaml", "bankregels:\n  - naam: Kapot\n    categorie: X\n    omschrijving: \"(alo\"\n")
        let rules = try Configuration.load(path: bad).bankRules
        #expect(throws: InputError.self) { try BankClassifier(rules, file: bad) }
        do { _ = try BankClassifier(rules, file: "regels.yaml") } catch let error as InputError {
            #expect(error.description == "regels.yaml: bankregel \"Kapot\": \"(alo\" is geen geldige reguliere expressie")
        }
        let unknown = try folder.write("onbekend.yaml", "bankregels:\n  - naam: Vaag\n    categorie: X\n    bedrag: 10\n")
        do { _ = try Configuration.load(path: unknown); Issue.record("expected an error") } catch let error as InputError {
            #expect(error.message == "bankregel \"Vaag\": onbekende voorwaarde \"bedrag\"; bekend: richting, tegenpartij, rekening, omschrijving")
        }
    }

    @Test func badRowsGiveExactMessages() throws {
        let (_, outcomes) = try Self.ingested()
        let issues = outcomes.flatMap(\.firstIssues).map(\.description)
        #expect(issues == [
            "bank_2019-10.csv, regel 8, kolom Datum, waarde \"20190231\": type-error: deze datum bestaat niet",
            "collectes_2019-2020.csv, regel 8, kolom Datum, waarde \"31-09-2019\": type-error: deze datum bestaat niet",
            "collectes_2019-2020.csv, regel 9, kolom Datum, waarde \"15-08-2019\": constraint-error: valt niet in seizoen 2019-2020 (01-09-2019 t/m 31-08-2020)",
            "sponsorfietstocht_2019.csv, regel 5, kolom Afstand (km), waarde \"vijftig\": type-error: geen getal (verwacht bijvoorbeeld 50 of 37,5)",
        ])
    }

    /// The report for the council and the newsletter: no name, account number or description of any
    /// input in the text or the workbook, and the same bytes twice.
    @Test func reportHoldsNoPersonalDataAndIsRepeatable() throws {
        let (db, _) = try Self.ingested()
        let definition = try ReportDefinition.load(name: "zwo", folder: repositoryRoot.appendingPathComponent("Reports").path)
        let comparison = Comparison(period: .season(startingIn: 2019), asOf: Day(year: 2019, month: 10, day: 31)!)
        func render(_ name: String) throws -> (Data, String) {
            let model = try ReportModel.build(definition: definition, comparison: comparison, store: db.store, configuration: Self.configuration)
            let path = db.folder.url.appendingPathComponent(name).path
            try WorkbookRenderer.write(model, to: path)
            return (try Data(contentsOf: URL(fileURLWithPath: path)), try TextRenderer.render(model, templateFolder: shippedReports))
        }
        let (xlsx, text) = try render("a.xlsx")
        let (xlsxAgain, textAgain) = try render("b.xlsx")
        #expect(xlsx == xlsxAgain, "differing parts: \((try? Self.differingParts(db.folder.url, "a.xlsx", "b.xlsx")) ?? "?")")
        #expect(text == textAgain)
        #expect(text.contains("Tot en met 31-10-2019 is er voor Alo Mik! € 1.762,60 opgehaald: 3,4% van het jaarplan van € 52.245,00."))
        #expect(text.contains("Totaal             € 1.762,60  € 52.245,00  -€ 50.482,40    3,4%         € 30,00"))

        let book = try ReportTests.readBack(db.folder.url.appendingPathComponent("a.xlsx"))
        let everything = text + "\(book["cells"] ?? "")"
        let personal = ["A. de Vries", "J. Jansen", "M. Bakker", "K. Visser", "B. Smit", "H. Müller", "T. de Wit", "Jan de Boer",
                        "Fatma Yilmaz", "Gerda Postma", "NL55RABO0300000001", "NL66ABNA0400000002", "NL12INGB0001234567",
                        "NL34RABO0123456789", "o.v.v. Alo Mik!", "ALO-MIK Tirana", "Kerk in Actie Syrië", "Overmaking projectgeld"]
        for value in personal { #expect(!everything.contains(value), "\(value)") }
        let sheets = try #require(book["sheets"] as? [String])
        #expect(sheets == ["Samenvatting", "Verloop", "Begroting", "Bankmutaties", "Definities", "Bronnen"])
        let charts = try #require(book["charts"] as? [String: Int])
        #expect(charts["Verloop"] == 1)
        let cells = try #require(book["cells"] as? [String: [[Any]]])
        let plan = try #require(cells["Begroting"])
        #expect(plan.last?.prefix(2).map { "\($0)" } == ["Totaal", "52245"])
    }

    /// The committed SampleData/zwo against the generator's own count (SampleData/README.md, computed in
    /// Python from the rows it meant to be valid): two independent implementations of one definition.
    @Test func sampleDataMatchesTheGeneratorsOwnCount() throws {
        try SampleStore.use { (sample) throws in
            let db = sample.db, outcomes = sample.outcomes(in: "zwo")
            #expect(outcomes.count == 28)
            #expect(outcomes.map(\.rowsRejected).reduce(0, +) == 7)
            #expect(try db.scalar("SELECT count(*) FROM bank_mutatie") == 605)
            #expect(outcomes.map(\.rowsAlreadyKnown).reduce(0, +) == 193)
            let classifier = try BankClassifier(Self.configuration.bankRules)
            func figures(_ season: Int, asOf: Day? = nil) throws -> [FigureValue] {
                try ZwoFigures.computeByPeriod([Comparison(period: .season(startingIn: season), asOf: asOf).current], store: db.store, classifier: classifier)[0].values
            }
            let first = try figures(2018), second = try figures(2019)
            #expect(Self.value(first, ZwoFigures.raisedBySource, "Bron", "Collectes") == 10652.18)
            #expect(Self.value(first, ZwoFigures.raisedBySource, "Bron", "Bankgiften") == 40535.33)
            #expect(Self.value(first, ZwoFigures.raisedBySource) == 51187.51)
            #expect(Self.value(first, ZwoFigures.totalAgainstPlan, "Maat", "Percentage") == 98.0)
            #expect(Self.value(first, ZwoFigures.transferred, "Maat", "Overgemaakt") == 50500.00)
            #expect(Self.value(second, ZwoFigures.raisedBySource, "Bron", "Sponsorfietstocht") == 3252.50)
            #expect(Self.value(second, ZwoFigures.raisedBySource) == 44670.93)
            #expect(Self.value(second, ZwoFigures.totalAgainstPlan, "Maat", "Percentage") == 85.5)
            #expect(Self.value(second, ZwoFigures.ridePledges, "Maat", "Toegezegd") == 3463.75)
            let january = try figures(2019, asOf: Day(year: 2020, month: 1, day: 31)!)
            #expect(Self.value(january, ZwoFigures.raisedBySource) == 24041.39)
            #expect(Self.value(january, ZwoFigures.transferred, "Maat", "Overgemaakt") == 8000.00)
            let lastJanuary = try figures(2018, asOf: Day(year: 2019, month: 1, day: 31)!)
            #expect(Self.value(lastJanuary, ZwoFigures.raisedBySource) == 23641.51)
            #expect(Self.value(lastJanuary, ZwoFigures.prognosis) == 56399.68)    // 23.641,51 / 153 x 365
        }
    }
}
