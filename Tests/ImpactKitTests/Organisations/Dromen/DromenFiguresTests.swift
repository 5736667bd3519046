import Foundation
import Testing
@testable import ImpactKit

/// Every Dromen figure on the hand-made register in Fixtures/figures, against answers worked out by hand.
///
/// The fixture: three snapshots (dromen_2021-Q4, dromen_2022-Q3, dromen_2022-Q4) and a postcode table
/// (1311, 1312 Almere Stad; 1331 Almere Buiten; 1351 Almere Haven). The 2022-Q4 snapshot, short:
///
///     #   kind  prog  ontvangen   kanaal       age pc4   categorie   status          gesprek    met          verbonden  ouders
///     1   K-001 A     15-11-2021  Brievenbus   8   1311  Fiets       Afgerond        25-11-2021 Leergeld     20-12-2021 Ja
///     2   K-002 D     01-12-2021  Instagram    15  1331  Laptop      Verbonden       10-12-2021 Bibliotheek  10-01-2022 Nee
///     3   K-003 A     05-07-2022  Website      6   1312  Sport       Verbonden       20-07-2022 Buurtsport   15-10-2022 Ja
///     4   K-003 A     10-10-2022  WhatsApp     6   1312  Muziek      Afgerond        20-10-2022 Jeugdfonds   14-11-2022 Nee
///     5   K-005 D     03-10-2022  Facebook     13  1351  Bijles      Verbonden       14-10-2022 Leergeld     02-12-2022 Ja
///     6   K-006 D     20-10-2022  Sms          17  -     Beroep      Gesprek gevoerd 01-11-2022
///     7   K-007 A     01-11-2022  Brievenbus   3   9999  Kleding     Nieuw                                             Nee
///     8   K-008 A     15-11-2022  Inloopspr.   11  1331  Fiets       Uitgenodigd
///     9   K-009 D     01-12-2022  Website      12  1311  Laptop      Geen reactie
///     10  K-010 A     05-12-2022  Website      12  1351  Overig      Ingetrokken     10-12-2022
///     11  K-011 A     20-08-2022  Facebook     9   1311  Sport       Afgerond        01-09-2022 Buurtsport   20-09-2022 Nee
///     12  K-012 D     10-09-2022  Instagram    16  1331  Beroep      Verbonden       05-10-2022 Bibliotheek  10-12-2022 Ja
///     13  K-013 A     12-10-2022  Brievenbus   10  1312  Fiets       Afgerond        18-10-2022 Leergeld     31-12-2022 Ja
///     14  K-005 D     31-12-2022  WhatsApp     14  1351  Sport       Nieuw
///     16  K-016 A     01-08-2022  Brievenbus   5   1311  Kleding     Afgerond        05-08-2022 Leergeld     25-08-2022 Ja
///     17  K-017 D     15-07-2022  Website      14  1331  Sport       Geen reactie
///     18  K-018 A     20-09-2021  Website      4   1351  Overig      Afgerond        01-10-2021 Bibliotheek  05-10-2021 Nee
///
/// (A = Als ik later groot ben, D = Dare to dream in 036.) The 2022-Q3 snapshot holds 1, 2, 3, 11, 12, 16, 17, 18
/// with 3 `Gesprek gevoerd` (no connection yet), 12 `Uitgenodigd` (no conversation yet), 16 `Verbonden`,
/// 17 `Nieuw`. The 2021-Q4 snapshot holds 1, 2 (`Gesprek gevoerd`, not yet connected) and 18 (`Verbonden`).
@Suite struct DromenFiguresTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("figures")

    /// The fixture ingested into a fresh database, and every figure for 2022-Q4 with its comparisons.
    static func computed() throws -> (db: TestDatabase, values: [FigureValue]) {
        let db = try TestDatabase()
        let outcomes = db.ingest(fixtures.path)
        #expect(outcomes.map(\.result) == [.loaded, .loaded, .loaded, .loaded])
        #expect(outcomes.map(\.rowsRejected) == [0, 0, 0, 0])
        #expect(outcomes.map(\.rowsLoaded) == [3, 8, 17, 4])
        let values = try DromenFigures.compute(Comparison(period: .quarter(2022, 4)).all, store: db.store)
        return (db, values)
    }

    struct Figures {
        let values: [FigureValue]
        func callAsFunction(_ figure: some FigureName, _ period: String, _ breakdown: String = "Totaal", _ category: String = "Totaal") -> Double? {
            let found = values.filter { $0.figure == figure.figureName && $0.period == period && $0.breakdown == breakdown && $0.category == category }
            #expect(found.count == 1, "\(figure) / \(breakdown) / \(category) / \(period): \(found.count) rows")
            return found.first?.value
        }
        func has(_ figure: some FigureName, _ period: String) -> Bool { values.contains { $0.figure == figure.figureName && $0.period == period } }
    }

    static let Q4 = "2022-Q4", Q3 = "2022-Q3", Q4earlier = "2021-Q4", start = "sinds-start"
    static let als = "Als ik later groot ben", dare = "Dare to dream in 036"

    @Test func periodsCompared() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        #expect(Set(values.map(\.period)) == [Self.Q4, Self.Q3, Self.Q4earlier, Self.start])
        #expect(values.count == Set(values.map { "\($0.figure)|\($0.breakdown)|\($0.category)|\($0.period)" }).count)
    }

    @Test func dromenOntvangen() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        let f = Figures(values: values), name = DromenFigures.received
        // 2022-Q4 (01-10 to 31-12-2022, Q4 snapshot): received 4, 5, 6, 7, 8, 9, 10, 13, 14 (14 on the last day) = 9.
        #expect(f(name, Self.Q4) == 9)
        // A: 4, 7, 8, 10, 13 = 5; D: 5, 6, 9, 14 = 4.
        #expect(f(name, Self.Q4, "Programma", Self.als) == 5)
        #expect(f(name, Self.Q4, "Programma", Self.dare) == 4)
        // Kanaal: Brievenbus 7, 13; Website 9, 10; WhatsApp 4, 14; Facebook 5; Sms 6; Inloopspreekuur 8; Instagram none.
        #expect(f(name, Self.Q4, "Kanaal", "Brievenbus") == 2)
        #expect(f(name, Self.Q4, "Kanaal", "Website") == 2)
        #expect(f(name, Self.Q4, "Kanaal", "WhatsApp") == 2)
        #expect(f(name, Self.Q4, "Kanaal", "Facebook") == 1)
        #expect(f(name, Self.Q4, "Kanaal", "Sms") == 1)
        #expect(f(name, Self.Q4, "Kanaal", "Inloopspreekuur bibliotheek") == 1)
        #expect(f(name, Self.Q4, "Kanaal", "Instagram") == 0)
        // Categorie: Fiets 8, 13; one each for Laptop 9, Bijles 5, Sport 14, Muziek 4, Beroep 6, Kleding 7, Overig 10.
        #expect(f(name, Self.Q4, "Categorie", "Fiets") == 2)
        #expect(f(name, Self.Q4, "Categorie", "Muziek en cultuur") == 1)
        #expect(f(name, Self.Q4, "Categorie", "Overig") == 1)
        // Ages: 7:3 | 4:6 | 8:11, 9:12, 10:12, 13:10 | 5:13, 14:14 | 6:17.
        #expect(f(name, Self.Q4, "Leeftijd", "0-5") == 1)
        #expect(f(name, Self.Q4, "Leeftijd", "6-9") == 1)
        #expect(f(name, Self.Q4, "Leeftijd", "10-12") == 4)
        #expect(f(name, Self.Q4, "Leeftijd", "13-15") == 2)
        #expect(f(name, Self.Q4, "Leeftijd", "16-18") == 1)
        // Stadsdeel: Stad 4 (1312XY), 9 (1311), 13 (1312); Haven 5, 10, 14 (1351); Buiten 8 (1331);
        // Onbekend 6 (no postcode) and 7 (9999, not in the table).
        #expect(f(name, Self.Q4, "Stadsdeel", "Almere Stad") == 3)
        #expect(f(name, Self.Q4, "Stadsdeel", "Almere Haven") == 3)
        #expect(f(name, Self.Q4, "Stadsdeel", "Almere Buiten") == 1)
        #expect(f(name, Self.Q4, "Stadsdeel", "Onbekend") == 2)
        #expect(values.filter { $0.figure == name.figureName && $0.period == Self.Q4 && $0.breakdown == "Stadsdeel" }.map(\.category)
                == ["Almere Buiten", "Almere Haven", "Almere Stad", "Onbekend"])

        // 2022-Q3 (Q3 snapshot): 3, 11, 16 (A) and 12, 17 (D) = 5.
        #expect(f(name, Self.Q3) == 5)
        #expect(f(name, Self.Q3, "Programma", Self.als) == 3)
        #expect(f(name, Self.Q3, "Kanaal", "Website") == 2)                 // 3, 17
        #expect(f(name, Self.Q3, "Leeftijd", "6-9") == 2)                   // 3:6, 11:9
        #expect(f(name, Self.Q3, "Stadsdeel", "Almere Buiten") == 2)        // 12, 17 (1331)
        // 2021-Q4 (2021-Q4 snapshot): 1 (A) and 2 (D); 18 came in on 20-09-2021, in Q3.
        #expect(f(name, Self.Q4earlier) == 2)
        #expect(f(name, Self.Q4earlier, "Programma", Self.dare) == 1)
        // Since the start, through 31-12-2022: all 17 dossiers; A 1, 3, 4, 7, 8, 10, 11, 13, 16, 18 = 10; D 7.
        #expect(f(name, Self.start) == 17)
        #expect(f(name, Self.start, "Programma", Self.als) == 10)
        #expect(f(name, Self.start, "Programma", Self.dare) == 7)
    }

    @Test func kinderenBereikt() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        let f = Figures(values: values), name = DromenFigures.childrenReached
        // Q4's nine dreams come from eight children: K-005 sent 5 and 14.
        #expect(f(name, Self.Q4) == 8)
        #expect(f(name, Self.Q4, "Programma", Self.als) == 5)       // K-003, K-007, K-008, K-010, K-013
        #expect(f(name, Self.Q4, "Programma", Self.dare) == 3)      // K-005, K-006, K-009
        #expect(f(name, Self.Q3) == 5)
        #expect(f(name, Self.Q4earlier) == 2)
        // 17 dreams, 15 children: K-003 (3, 4) and K-005 (5, 14) twice.
        #expect(f(name, Self.start) == 15)
    }

    @Test func dromenEnKinderenGeholpen() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        let f = Figures(values: values)
        // Q4: Verbonden/Afgerond with Verbonden op in Q4: 3 (15-10), 4 (14-11), 5 (02-12), 12 (10-12), 13 (31-12) = 5.
        #expect(f(DromenFigures.helped, Self.Q4) == 5)
        #expect(f(DromenFigures.helped, Self.Q4, "Programma", Self.als) == 3)      // 3, 4, 13
        #expect(f(DromenFigures.helped, Self.Q4, "Programma", Self.dare) == 2)     // 5, 12
        #expect(f(DromenFigures.helped, Self.Q4, "Categorie", "Sport") == 1)       // 3
        #expect(f(DromenFigures.helped, Self.Q4, "Categorie", "Laptop") == 0)
        #expect(f(DromenFigures.helped, Self.Q4, "Stadsdeel", "Almere Stad") == 3)   // 3, 4, 13
        #expect(f(DromenFigures.helped, Self.Q4, "Stadsdeel", "Almere Haven") == 1)  // 5
        #expect(f(DromenFigures.helped, Self.Q4, "Stadsdeel", "Almere Buiten") == 1) // 12
        #expect(f(DromenFigures.helped, Self.Q4, "Stadsdeel", "Onbekend") == 0)
        // Children: K-003 (3 and 4), K-005, K-012, K-013 = 4.
        #expect(f(DromenFigures.childrenHelped, Self.Q4) == 4)
        #expect(f(DromenFigures.childrenHelped, Self.Q4, "Programma", Self.als) == 2)
        #expect(f(DromenFigures.childrenHelped, Self.Q4, "Programma", Self.dare) == 2)
        // Q3 snapshot: 11 (20-09) and 16 (25-08) = 2, both A. (3 was not yet connected in that export.)
        #expect(f(DromenFigures.helped, Self.Q3) == 2)
        #expect(f(DromenFigures.helped, Self.Q3, "Programma", Self.dare) == 0)
        #expect(f(DromenFigures.childrenHelped, Self.Q3) == 2)
        // 2021-Q4 snapshot: 1 (20-12-2021) and 18 (05-10-2021); 2 waited for its connection.
        #expect(f(DromenFigures.helped, Self.Q4earlier) == 2)
        #expect(f(DromenFigures.childrenHelped, Self.Q4earlier) == 2)
        // Since the start: 1, 2, 3, 4, 5, 11, 12, 13, 16, 18 = 10 dreams (A 7, D 3),
        // children K-001, K-002, K-003, K-005, K-011, K-012, K-013, K-016, K-018 = 9 (A 6, D 3).
        #expect(f(DromenFigures.helped, Self.start) == 10)
        #expect(f(DromenFigures.helped, Self.start, "Programma", Self.als) == 7)
        #expect(f(DromenFigures.childrenHelped, Self.start) == 9)
        #expect(f(DromenFigures.childrenHelped, Self.start, "Programma", Self.als) == 6)
        #expect(f(DromenFigures.childrenHelped, Self.start, "Programma", Self.dare) == 3)
    }

    @Test func dagenTotGesprek() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        let f = Figures(values: values)
        let median = DromenFigures.daysToConversationMedian, p90 = DromenFigures.daysToConversationP90
        // Q4 conversations: 4 (10-10 -> 20-10) 10, 5 (03-10 -> 14-10) 11, 6 (20-10 -> 01-11) 12, 10 (05-12 -> 10-12) 5,
        // 12 (10-09 -> 05-10) 25, 13 (12-10 -> 18-10) 6. Sorted [5, 6, 10, 11, 12, 25], n = 6.
        // Median: rank 0.5 x 5 = 2.5 -> 10 + 0.5 x (11 - 10) = 10.5. P90: rank 0.9 x 5 = 4.5 -> 12 + 0.5 x (25 - 12) = 18.5.
        #expect(f(median, Self.Q4) == 10.5)
        #expect(f(p90, Self.Q4) == 18.5)
        // A: 4, 10, 13 -> [5, 6, 10]: median 6; P90 rank 1.8 -> 6 + 0.8 x 4 = 9.2.
        #expect(f(median, Self.Q4, "Programma", Self.als) == 6)
        #expect(f(p90, Self.Q4, "Programma", Self.als) == 9.2)
        // D: 5, 6, 12 -> [11, 12, 25]: median 12; P90 rank 1.8 -> 12 + 0.8 x 13 = 22.4.
        #expect(f(median, Self.Q4, "Programma", Self.dare) == 12)
        #expect(f(p90, Self.Q4, "Programma", Self.dare) == 22.4)
        // Q3 snapshot: 3 (05-07 -> 20-07) 15, 11 (20-08 -> 01-09) 12, 16 (01-08 -> 05-08) 4 -> [4, 12, 15]:
        // median 12; P90 rank 1.8 -> 12 + 0.8 x 3 = 14.4. None in D: no value.
        #expect(f(median, Self.Q3) == 12)
        #expect(f(p90, Self.Q3) == 14.4)
        #expect(f(median, Self.Q3, "Programma", Self.dare) == nil)
        // 2021-Q4: 1 (15-11 -> 25-11) 10, 2 (01-12 -> 10-12) 9, 18 (20-09 -> 01-10) 11 -> [9, 10, 11]: median 10, P90 10.8.
        #expect(f(median, Self.Q4earlier) == 10)
        #expect(f(p90, Self.Q4earlier) == 10.8)
        // Since the start, all twelve: [4, 5, 6, 9, 10, 10, 11, 11, 12, 12, 15, 25], n = 12.
        // Median rank 5.5 -> 10 + 0.5 x (11 - 10) = 10.5. P90 rank 9.9 -> 12 + 0.9 x (15 - 12) = 14.7.
        #expect(f(median, Self.start) == 10.5)
        #expect(f(p90, Self.start) == 14.7)
    }

    @Test func dagenTotVerbinding() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        let f = Figures(values: values)
        let median = DromenFigures.daysToConnectionMedian, p90 = DromenFigures.daysToConnectionP90
        // Q4 connections: 3 (05-07 -> 15-10) 102, 4 (10-10 -> 14-11) 35, 5 (03-10 -> 02-12) 60, 12 (10-09 -> 10-12) 91,
        // 13 (12-10 -> 31-12) 80. Sorted [35, 60, 80, 91, 102]: median 80; P90 rank 3.6 -> 91 + 0.6 x 11 = 97.6.
        #expect(f(median, Self.Q4) == 80)
        #expect(f(p90, Self.Q4) == 97.6)
        // A: [35, 80, 102] -> median 80, P90 rank 1.8 -> 80 + 0.8 x 22 = 97.6. D: [60, 91] -> median 75.5, P90 60 + 0.9 x 31 = 87.9.
        #expect(f(median, Self.Q4, "Programma", Self.als) == 80)
        #expect(f(p90, Self.Q4, "Programma", Self.als) == 97.6)
        #expect(f(median, Self.Q4, "Programma", Self.dare) == 75.5)
        #expect(f(p90, Self.Q4, "Programma", Self.dare) == 87.9)
        // Q3: 11 (20-08 -> 20-09) 31, 16 (01-08 -> 25-08) 24 -> [24, 31]: median 27.5, P90 24 + 0.9 x 7 = 30.3.
        #expect(f(median, Self.Q3) == 27.5)
        #expect(f(p90, Self.Q3) == 30.3)
        // 2021-Q4: 1 (15-11 -> 20-12) 35, 18 (20-09 -> 05-10) 15 -> median 25, P90 15 + 0.9 x 20 = 33.
        #expect(f(median, Self.Q4earlier) == 25)
        #expect(f(p90, Self.Q4earlier) == 33)
        // Since the start: the five above plus 1 35, 2 (01-12-2021 -> 10-01-2022) 40, 11 31, 16 24, 18 15:
        // [15, 24, 31, 35, 35, 40, 60, 80, 91, 102]. Median rank 4.5 -> 35 + 0.5 x 5 = 37.5; P90 rank 8.1 -> 91 + 0.1 x 11 = 92.1.
        #expect(f(median, Self.start) == 37.5)
        #expect(f(p90, Self.start) == 92.1)
    }

    @Test func werkvoorraad() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        let f = Figures(values: values), name = DromenFigures.workload
        // Q4 snapshot, open statuses: 6 Gesprek gevoerd, 7 Nieuw, 8 Uitgenodigd, 14 Nieuw = 4.
        #expect(f(name, Self.Q4) == 4)
        #expect(f(name, Self.Q4, "Status", "Nieuw") == 2)
        #expect(f(name, Self.Q4, "Status", "Uitgenodigd") == 1)
        #expect(f(name, Self.Q4, "Status", "Gesprek gevoerd") == 1)
        #expect(f(name, Self.Q4, "Programma", Self.als) == 2)      // 7, 8
        #expect(f(name, Self.Q4, "Programma", Self.dare) == 2)     // 6, 14
        #expect(values.filter { $0.figure == name.figureName && $0.period == Self.Q4 && $0.breakdown == "Status" }.map(\.category)
                == ["Nieuw", "Uitgenodigd", "Gesprek gevoerd"])
        // Q3 snapshot: 3 Gesprek gevoerd, 12 Uitgenodigd, 17 Nieuw = 3 (in the Q4 snapshot none of them is open any more).
        #expect(f(name, Self.Q3) == 3)
        #expect(f(name, Self.Q3, "Status", "Nieuw") == 1)
        // 2021-Q4 snapshot: 2 Gesprek gevoerd.
        #expect(f(name, Self.Q4earlier) == 1)
        #expect(f(name, Self.Q4earlier, "Status", "Gesprek gevoerd") == 1)
        // Not a since-the-start figure.
        #expect(!f.has(name, Self.start))
    }

    @Test func oudersVerbonden() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        let f = Figures(values: values), name = DromenFigures.parentsConnected
        // Helped in Q4: 3 Ja, 4 Nee, 5 Ja, 12 Ja, 13 Ja = 4 (A: 3, 13; D: 5, 12).
        #expect(f(name, Self.Q4) == 4)
        #expect(f(name, Self.Q4, "Programma", Self.als) == 2)
        #expect(f(name, Self.Q4, "Programma", Self.dare) == 2)
        // Q3: 11 Nee, 16 Ja = 1. 2021-Q4: 1 Ja, 18 Nee = 1.
        #expect(f(name, Self.Q3) == 1)
        #expect(f(name, Self.Q4earlier) == 1)
        // Since the start: Ja for 1, 3, 5, 12, 13, 16 = 6 (Nee for 2, 4, 11, 18).
        #expect(f(name, Self.start) == 6)
    }

    @Test func verbondenMet() throws {
        let (db, values) = try Self.computed()
        defer { db.folder.remove() }
        func top(_ period: String) -> [String] {
            values.filter { $0.figure == DromenFigures.connectedWith.name && $0.period == period }.map { "\($0.category) \(Int($0.value ?? -1))" }
        }
        // Q4 helped: 3 Buurtsportcoach Haven, 4 Jeugdfonds, 5 and 13 Leergeld, 12 Bibliotheek; ties in name order.
        #expect(top(Self.Q4) == ["Stichting Leergeld Almere 2", "Bibliotheek Almere 1", "Buurtsportcoach Haven 1", "Jeugdfonds Sport & Cultuur 1"])
        #expect(top(Self.Q3) == ["Buurtsportcoach Haven 1", "Stichting Leergeld Almere 1"])                 // 11, 16
        #expect(top(Self.Q4earlier) == ["Bibliotheek Almere 1", "Stichting Leergeld Almere 1"])            // 18, 1
        // Since the start: Leergeld 1, 5, 13, 16; Bibliotheek 2, 12, 18; Buurtsportcoach 3, 11; Jeugdfonds 4.
        #expect(top(Self.start) == ["Stichting Leergeld Almere 4", "Bibliotheek Almere 3", "Buurtsportcoach Haven 2", "Jeugdfonds Sport & Cultuur 1"])
    }

    @Test func verbondenMetKeepsTheTopTen() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        // Twelve partners: "Partner 01" connected once, "Partner 02" twice, ... "Partner 12" twelve times.
        var rows: [[String: String]] = []
        for partner in 1...12 {
            for copy in 1...partner {
                rows.append(DreamCSV.row(String(format: "AILGB-2022-%02d%02d", partner, copy),
                                         ["Verbonden met": String(format: "Partner %02d", partner), "Kindnummer": "K-\(partner)-\(copy)"]))
            }
        }
        let path = try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file(rows))
        #expect(db.ingest(path).first?.rowsLoaded == 78)
        let values = try DromenFigures.compute([.quarter(2022, 4)], store: db.store).filter { $0.figure == DromenFigures.connectedWith.name }
        #expect(values.map(\.category) == (3...12).reversed().map { String(format: "Partner %02d", $0) })
        #expect(values.map(\.value) == (3...12).reversed().map { Double($0) })
        #expect(values.allSatisfy { $0.breakdown == DromenFigures.connectedWith.name && $0.period == "2022-Q4" })
    }

    @Test func postcodeTableMayNameAnAreaOnbekend() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let dreams = try db.folder.write("dromen_2022-Q4.csv", DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Postcode": "1311 AB"]),
            DreamCSV.row("AILGB-2022-0002", ["Postcode": "1399"]),
            DreamCSV.row("AILGB-2022-0003", ["Postcode": "1351"]),
            DreamCSV.row("AILGB-2022-0004", ["Postcode": ""]),
        ]))
        let table = try db.folder.write("postcodes_eigen.csv", "PC4;Stadsdeel\n1311;Almere Stad\n1399;Onbekend\n")
        #expect(db.ingest(dreams, table).map(\.result) == [.loaded, .loaded])
        let values = try DromenFigures.compute([.quarter(2022, 4)], store: db.store)
            .filter { $0.figure == DromenFigures.received.name && $0.breakdown == "Stadsdeel" }
        // 1311 -> Almere Stad; 1399 (named Onbekend), 1351 (not in the table) and the empty postcode -> Onbekend.
        #expect(values.map(\.category) == ["Almere Stad", "Onbekend"])
        #expect(values.map(\.value) == [1, 3])
    }

    // MARK: - Percentile, Period, Comparison

    /// Histograms of parts of the rows, merged, give the percentiles of all the rows: parts that overlap,
    /// lie apart, start below each other, or are empty.
    @Test func mergedHistogramsGiveThePercentilesOfAll() {
        let parts: [[Int]] = [[15, 3, 9], [], [1, 20, 3], [-4, 0, 60], [9]]
        var merged = DayHistogram()
        for part in parts { merged.merge(DayHistogram(part)) }
        let all = parts.flatMap { $0 }
        for fraction in [0, 0.25, 0.5, 0.9, 1] { #expect(merged.percentile(fraction) == Percentile.inclusive(all, fraction)) }
        #expect(merged.total == all.count)
    }

    @Test func percentileInclusiveByHand() {
        #expect(Percentile.inclusive([], 0.5) == nil)
        // n = 1: every percentile is the value.
        #expect(Percentile.inclusive([7], 0.5) == 7)
        #expect(Percentile.inclusive([7], 0.9) == 7)
        // n = 2, [10, 20]: rank 0.5 -> 15; rank 0.9 -> 10 + 0.9 x 10 = 19.
        #expect(Percentile.inclusive([20, 10], 0.5) == 15)
        #expect(Percentile.inclusive([20, 10], 0.9) == 19)
        // n = 5, sorted [1, 3, 9, 15, 20]: median rank 2 -> 9; P90 rank 3.6 -> 15 + 0.6 x 5 = 18; P25 rank 1 -> 3.
        #expect(Percentile.inclusive([15, 3, 9, 1, 20], 0.5) == 9)
        #expect(Percentile.inclusive([15, 3, 9, 1, 20], 0.9) == 18)
        #expect(Percentile.inclusive([15, 3, 9, 1, 20], 0.25) == 3)
        // n = 10, 1...10: median rank 4.5 -> 5.5; P90 rank 8.1 -> 9 + 0.1 x 1 = 9.1 (Excel: PERCENTILE.INC(A1:A10;0,9) = 9,1).
        let ten = [7, 2, 10, 4, 1, 9, 3, 8, 6, 5]
        #expect(Percentile.inclusive(ten, 0.5) == 5.5)
        #expect(Percentile.inclusive(ten, 0.9) == 9.1)
        #expect(Percentile.inclusive(ten, 0) == 1)
        #expect(Percentile.inclusive(ten, 1) == 10)
        // Duplicates and negatives: [-4, 0, 0, 6], P90 rank 2.7 -> 0 + 0.7 x 6 = 4.2.
        #expect(Percentile.inclusive([0, 6, -4, 0], 0.9) == 4.2)
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func periodParsing() {
        let q4 = Period(parsing: "2022-Q4")
        #expect(q4 == .quarter(2022, 4))
        #expect(q4?.first == Self.day(2022, 10, 1))
        #expect(q4?.last == Self.day(2022, 12, 31))
        #expect(Period(parsing: "2022-q1")?.label == "2022-Q1")
        #expect(Period(parsing: "2024-02")?.last == Self.day(2024, 2, 29))
        #expect(Period(parsing: "2024-02")?.kind == .month)
        #expect(Period(parsing: "2022")?.first == Self.day(2022, 1, 1))
        #expect(Period(parsing: "2022")?.last == Self.day(2022, 12, 31))
        let season = Period(parsing: "2018-2019")
        #expect(season?.kind == .season)
        #expect(season?.first == Self.day(2018, 9, 1))
        #expect(season?.last == Self.day(2019, 8, 31))
        #expect(season?.label == "2018-2019")
        for bad in ["", "2022-Q5", "2022-Q0", "2022-13", "2022-00", "2018-2020", "22-Q1", "2022-Q4-1", "Q4-2022", "sinds-start", "1899", "2022-1"] {
            #expect(Period(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func previousAndYearEarlier() {
        #expect(Period(parsing: "2022-Q1")?.previous == .quarter(2021, 4))
        #expect(Period(parsing: "2022-Q3")?.previous == .quarter(2022, 2))
        #expect(Period(parsing: "2022-01")?.previous == .month(2021, 12))
        #expect(Period(parsing: "2022-03")?.previous == .month(2022, 2))
        #expect(Period(parsing: "2022")?.previous == .year(2021))
        #expect(Period(parsing: "2018-2019")?.previous == .season(startingIn: 2017))
        #expect(Period(parsing: "2022-Q1")?.yearEarlier == .quarter(2021, 1))
        #expect(Period(parsing: "2022-01")?.yearEarlier == .month(2021, 1))
        #expect(Period(parsing: "2018-2019")?.yearEarlier?.label == "2017-2018")
        #expect(Period.sinceStart(through: Self.day(2022, 12, 31)).previous == nil)
        #expect(Period.sinceStart(through: Self.day(2022, 12, 31)).yearEarlier == nil)
    }

    @Test func comparisonOfAWholeQuarter() {
        let comparison = Comparison(period: .quarter(2022, 4))
        #expect(comparison.current == .quarter(2022, 4))
        #expect(comparison.previous == .quarter(2022, 3))
        #expect(comparison.yearEarlier == .quarter(2021, 4))
        #expect(comparison.sinceStart.last == Self.day(2022, 12, 31))
        #expect(comparison.sinceStart.label == "sinds-start")
        #expect(comparison.all.map(\.label) == ["2022-Q4", "2022-Q3", "2021-Q4", "sinds-start"])
    }

    @Test func comparisonAsOf() {
        // 15-11-2022 is day 46 of Q4 (45 days after 01-10): previous cut at 01-07 + 45 = 15-08-2022, year earlier at 15-11-2021.
        let comparison = Comparison(period: .quarter(2022, 4), asOf: Self.day(2022, 11, 15))
        #expect(comparison.current.first == Self.day(2022, 10, 1))
        #expect(comparison.current.last == Self.day(2022, 11, 15))
        #expect(comparison.current.label == "2022-Q4")
        #expect(comparison.previous?.first == Self.day(2022, 7, 1))
        #expect(comparison.previous?.last == Self.day(2022, 8, 15))
        #expect(comparison.previous?.label == "2022-Q3")
        #expect(comparison.yearEarlier?.first == Self.day(2021, 10, 1))
        #expect(comparison.yearEarlier?.last == Self.day(2021, 11, 15))
        #expect(comparison.yearEarlier?.label == "2021-Q4")
        #expect(comparison.sinceStart.last == Self.day(2022, 11, 15))
        // As of the last day is the whole period.
        #expect(Comparison(period: .quarter(2022, 4), asOf: Self.day(2022, 12, 31)).previous == .quarter(2022, 3))
        // A month as of 29-02-2024: the year earlier stops on 28-02-2023, the end of that month.
        let leap = Comparison(period: .month(2024, 2), asOf: Self.day(2024, 2, 29))
        #expect(leap.yearEarlier == .month(2023, 2))
        let leapCut = Comparison(period: .month(2024, 2), asOf: Self.day(2024, 2, 28))
        #expect(leapCut.yearEarlier?.last == Self.day(2023, 2, 28))
        #expect(leapCut.previous?.last == Self.day(2024, 1, 28))
    }
}
