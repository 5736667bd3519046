import Foundation
import Testing
@testable import ImpactKit

/// `impact explain` on a register of four dossiers over two quarters, where each way a row can stand in
/// the period's snapshot occurs once:
///
///     AILGB-2022-0001  K-00001  Q3 Website,    Q4 the same bytes: unchanged, no line of its own kept in Q4
///     AILGB-2022-0002  K-00002  Q3 Brievenbus, Q4 changed (Uitgenodigd): Q4's own line
///     AILGB-2022-0003  K-00001  Q3 Brievenbus, connected to "=1+1" (a partner Excel would run as a formula);
///                               Q4 rejects its row (Kanaal Telefoon): it counts in its Q3 state
///     AILGB-2022-0004  K-00003  Q4 new, no postcode (stadsdeel Onbekend)
struct ExplainTests {
    static func register() throws -> (db: TestDatabase, context: FigureContext) {
        let db = try TestDatabase()
        let first = DreamCSV.row("AILGB-2022-0001", ["Ontvangen op": "05-07-2022", "Status": "Nieuw", "Gesprek op": "", "Verbonden met": "",
                                                     "Verbonden op": "", "Ouders verbonden": ""])
        let second = DreamCSV.row("AILGB-2022-0002", ["Kindnummer": "K-00002", "Ontvangen op": "10-08-2022", "Kanaal": "Brievenbus", "Leeftijd": "7",
                                                      "Categorie": "Laptop", "Status": "Nieuw", "Gesprek op": "", "Verbonden met": "", "Verbonden op": "",
                                                      "Ouders verbonden": ""])
        let third = DreamCSV.row("AILGB-2022-0003", ["Ontvangen op": "20-08-2022", "Kanaal": "Brievenbus", "Leeftijd": "10", "Categorie": "Sport",
                                                     "Gesprek op": "25-08-2022", "Verbonden met": "=1+1", "Verbonden op": "15-09-2022"])
        let fourth = DreamCSV.row("AILGB-2022-0004", ["Kindnummer": "K-00003", "Ontvangen op": "05-10-2022", "Kanaal": "Brievenbus", "Leeftijd": "11",
                                                      "Postcode": "", "Status": "Nieuw", "Gesprek op": "", "Verbonden met": "", "Verbonden op": "",
                                                      "Ouders verbonden": ""])
        var changed = second, rejected = third
        changed["Status"] = "Uitgenodigd"
        rejected["Kanaal"] = "Telefoon"
        let q3 = try db.folder.write("dromen_2022-Q3.csv", DreamCSV.file([first, second, third]))
        let q4 = try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file([first, changed, rejected, fourth]))
        let postcodes = try db.folder.write("postcodes_almere.csv", "PC4;Stadsdeel\n1311;Almere Stad\n1315;Almere Poort\n")
        let outcomes = db.ingest(postcodes, q3, q4)
        #expect(outcomes.allSatisfy { $0.result.isLoaded })
        return (db, FigureContext(store: db.store, configuration: Configuration()))
    }

    @Test func listsEachRowWithItsFileLineAndHowItStandsInTheSnapshot() throws {
        let (_, context) = try Self.register()
        let answer = try Explaining.explain(figure: "Dromen ontvangen", period: .year(2022), in: context)
        #expect(ExplanationRenderer.text(answer) == """
            Dromen ontvangen, 2022, Totaal: 4 (4 regels)
            Momentopname: dromen_2022-Q4.csv. Bestand en Regel: waar deze stand van de rij voor het eerst stond. In dromen_2022-Q4.csv: op welke regel, ongewijzigd (het regelnummer daar wordt niet bewaard) of afgekeurd (dan telt de laatste geldige stand).
            Alleen voor intern gebruik: niet doorsturen.

            Bestand             Regel  Dossiernummer    Ontvangen op  Programma               Kanaal      Categorie  Leeftijd  Stadsdeel    In dromen_2022-Q4.csv
            dromen_2022-Q3.csv      2  AILGB-2022-0001    05-07-2022  Als ik later groot ben  Website     Fiets             9  Almere Stad  ongewijzigd
            dromen_2022-Q4.csv      3  AILGB-2022-0002    10-08-2022  Als ik later groot ben  Brievenbus  Laptop            7  Almere Stad  regel 3
            dromen_2022-Q3.csv      4  AILGB-2022-0003    20-08-2022  Als ik later groot ben  Brievenbus  Sport            10  Almere Stad  afgekeurd op regel 4
            dromen_2022-Q4.csv      5  AILGB-2022-0004    05-10-2022  Als ik later groot ben  Brievenbus  Fiets            11  Onbekend     regel 5

            """)
    }

    @Test func aDistinctCountSaysHowManyDistinctKeysItsRowsHold() throws {
        let (_, context) = try Self.register()
        let reached = try Explaining.explain(figure: "Kinderen bereikt", period: .year(2022), in: context)
        #expect(ExplanationRenderer.headline(reached) == "Kinderen bereikt, 2022, Totaal: 3 (4 regels, 3 verschillende kindnummers)")
        #expect(reached.rowsMatch == true)
        let helped = try Explaining.explain(figure: "Kinderen geholpen", breakdown: "Programma=Als ik later groot ben", period: .quarter(2022, 3), in: context)
        #expect(ExplanationRenderer.headline(helped) == "Kinderen geholpen, 2022-Q3, Programma = Als ik later groot ben: 1 (1 regel, 1 kindnummer)")
        let days = try Explaining.explain(figure: "Dagen tot verbinding mediaan", period: .quarter(2022, 3), in: context)
        #expect(ExplanationRenderer.notes(days).first == "Berekend: de mediaan (PERCENTIEL.INC met 0,5) van Dagen in deze 1 regels: 26.")
    }

    @Test func aCategoryIsChosenByItsBreakdownAndAnUnknownOneNamesTheKnownOnes() throws {
        let (_, context) = try Self.register()
        func refusal(_ figure: String, _ breakdown: String?, _ period: Period = .year(2022)) -> String {
            do { _ = try Explaining.explain(figure: figure, breakdown: breakdown, period: period, in: context); return "" } catch { return "\(error)" }
        }
        let unknownArea = try Explaining.explain(figure: "Dromen ontvangen", breakdown: "stadsdeel=onbekend", period: .year(2022), in: context)
        #expect(unknownArea.category == "Onbekend" && unknownArea.explanation.tables[0].rows.map(\.key) == ["AILGB-2022-0004"])
        let stad = try Explaining.explain(figure: "Dromen ontvangen", breakdown: "Stadsdeel=Stad", period: .year(2022), in: context)
        #expect(stad.category == "Almere Stad" && stad.explanation.rowCount == 3)
        let poortOnly = try Explaining.explain(figure: "Dromen ontvangen", breakdown: "Stadsdeel=Poort", period: .year(2022), in: context)
        #expect(poortOnly.category == "Almere Poort" && poortOnly.value == 0 && poortOnly.explanation.rowCount == 0)
        #expect(refusal("Dromen ontvangen", "Stadsdeel=Haven") == "Dromen ontvangen heeft bij Stadsdeel geen categorie \"Haven\"; bekend: Almere Poort, Almere Stad, Onbekend")
        #expect(refusal("Dromen ontvangen", "Stadsdeel=Almere") == "Dromen ontvangen heeft bij Stadsdeel geen categorie \"Almere\"; bekend: Almere Poort, Almere Stad, Onbekend")
        #expect(refusal("Dromen ontvangen", "Wijk=Poort") == "Dromen ontvangen heeft geen uitsplitsing \"Wijk\"; bekend: Programma, Kanaal, Categorie, Leeftijd, Stadsdeel")
        #expect(refusal("Dromen ontvangen", "Kanaal") == "--uitsplitsing \"Kanaal\": schrijf NAAR=WAARDE, bijvoorbeeld Kanaal=Brievenbus; bekend: Programma, Kanaal, Categorie, Leeftijd, Stadsdeel")
        #expect(refusal("Verbonden met", nil) == "Verbonden met heeft geen totaal; kies een categorie met --uitsplitsing NAAR=WAARDE; bekend: Verbonden met")
        #expect(refusal("Werkvoorraad", nil, Comparison(period: .year(2022)).sinceStart)
                == "Werkvoorraad heeft voor sinds-start geen waarde: een stand aan het einde van een periode heeft geen cijfer sinds de start")
        #expect(refusal("Dromen ontvangen", nil, .quarter(2021, 4))
                == "Dromen ontvangen heeft voor 2021-Q4 geen waarde: er is geen export van Als ik later groot ben & Dare to dream in 036 tot 31-12-2021")
        #expect(refusal("Dagen tot gesprek mediaan", "Kanaal=Website") == "Dagen tot gesprek mediaan heeft geen uitsplitsing \"Kanaal\"; bekend: Programma")
        let unknown = refusal("Dromen", nil)
        #expect(unknown.hasPrefix("onbekend cijfer \"Dromen\"; bekend: Dromen ontvangen, Kinderen bereikt, Dromen geholpen,"))
        #expect(unknown.contains("Actieve deelnemers") && unknown.contains("Reactietijd mediaan") && unknown.contains("Bezoeken"))
        #expect(refusal("Bezoeken", nil) == "Bezoeken: er is nog niets ingelezen van Alliantie Vrijwillige Schuldhulp Almere")
    }

    @Test func aPublicReportIsRefusedAndSaysWhy() throws {
        let financier = try ReportDefinition.load(name: "financier-dromen", folder: shippedReports)
        #expect(Explaining.refusal(for: financier) == "impact explain is alleen voor intern gebruik en weigert rapport 'financier-dromen': dat is openbaar (doelgroep: publiek) en toont aantallen onder 5 als <5, zodat niemand te herkennen is. De regels achter een cijfer (dossiernummers, data, categorieën) zouden die bescherming ongedaan maken. Vraag het zonder --rapport, voor intern gebruik.")
        let beleid = try ReportDefinition.load(name: "beleid", folder: shippedReports)
        #expect(Explaining.refusal(for: beleid) == nil)
        for name in ["zwo", "alliantie", "alamal", "financier-activering", "financier-zwo", "financier-alliantie", "financier-alamal"] {
            let report = try ReportDefinition.load(name: name, folder: shippedReports)
            #expect(Explaining.refusal(for: report) != nil, "\(name)")
        }
    }
}
