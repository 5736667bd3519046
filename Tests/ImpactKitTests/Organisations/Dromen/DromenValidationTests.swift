import Foundation
import Testing
@testable import ImpactKit

/// Every bad-input rule of the Dromenregister, through the real ingest path, with its exact message.
@Suite struct DromenValidationTests {
    static let fileName = "dromen_2022-Q4.csv"

    /// Ingests `text` as `dromen_2022-Q4.csv` into a fresh database.
    static func ingest(_ text: String, name: String = fileName, configuration: Configuration = Configuration()) throws -> (TestDatabase, FileOutcome) {
        try Self.ingest(bytes: Array(text.utf8), name: name, configuration: configuration)
    }

    static func ingest(bytes: [UInt8], name: String = fileName, configuration: Configuration = Configuration()) throws -> (TestDatabase, FileOutcome) {
        let db = try TestDatabase(configuration: configuration)
        let path = try db.folder.write("in/\(name)", bytes: bytes)
        let outcomes = db.ingest(path)
        try #require(outcomes.count == 1)
        return (db, outcomes[0])
    }

    /// One good row on line 2 and `bad` on line 3: the good row loads, the bad one is rejected with `expected`.
    static func expectRejected(_ bad: [String: String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row("AILGB-2022-0001"), bad]))
        defer { db.folder.remove() }
        #expect(outcome.result == .loaded, sourceLocation: sourceLocation)
        #expect(outcome.rowsRead == 2, sourceLocation: sourceLocation)
        #expect(outcome.rowsLoaded == 1, sourceLocation: sourceLocation)
        #expect(outcome.rowsRejected == 1, sourceLocation: sourceLocation)
        #expect(outcome.firstIssues.map(\.description) == expected, sourceLocation: sourceLocation)
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") == 1, sourceLocation: sourceLocation)
        #expect(try db.scalar("SELECT count(*) FROM afgekeurd") == expected.count, sourceLocation: sourceLocation)
    }

    static let prefix = "dromen_2022-Q4.csv, regel 3"

    // MARK: - The whole file refused

    @Test func missingColumnsRefuseTheFile() throws {
        let columns = DreamCSV.header.filter { $0 != "Kindnummer" && $0 != "Status" }
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()], columns: columns))
        defer { db.folder.remove() }
        #expect(outcome.result == .refused("missing-label: kolommen \"Kindnummer\", \"Status\" ontbreken in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"))
        #expect(outcome.rowsLoaded == 0)
        #expect(try db.scalar("SELECT count(*) FROM bronbestand") == 0)
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") == 0)
    }

    @Test func oneMissingColumnIsNamedInTheSingular() throws {
        let columns = DreamCSV.header.filter { $0 != "Ontvangen op" }
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()], columns: columns))
        defer { db.folder.remove() }
        #expect(outcome.result == .refused("missing-label: kolom \"Ontvangen op\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"))
    }

    @Test func optionalColumnsMayBeMissing() throws {
        // Droom and Coördinator are never read: a file without them loads.
        let columns = DreamCSV.header.filter { $0 != "Droom" && $0 != "Coördinator" }
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()], columns: columns))
        defer { db.folder.remove() }
        #expect(outcome.result == .loaded)
        #expect(outcome.rowsLoaded == 1)
    }

    @Test func refusedFileLeavesAnEarlierDatabaseUntouched() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let good = try db.folder.write("in/dromen_2022-Q3.csv", DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Ontvangen op": "05-07-2022", "Gesprek op": "", "Verbonden op": "", "Status": "Nieuw"]),
            DreamCSV.row("AILGB-2022-0002", ["Ontvangen op": "06-07-2022", "Gesprek op": "", "Verbonden op": "", "Status": "Nieuw"]),
        ]))
        #expect(db.ingest(good).map(\.result) == [.loaded])
        let before = try db.rows("SELECT id, naam, regels_geladen FROM bronbestand", columns: 3)
        let dreamsBefore = try db.rows("SELECT bestand_id, dossiernummer, status FROM droom_stand ORDER BY dossiernummer", columns: 3)

        let bad = try db.folder.write("in/\(Self.fileName)",
                                      DreamCSV.file([DreamCSV.row(), DreamCSV.row("AILGB-2022-0002")], columns: DreamCSV.header.filter { $0 != "Status" }))
        let outcome = try #require(db.ingest(bad).first)
        #expect(outcome.result.refusal?.hasPrefix("missing-label: kolom \"Status\" ontbreekt in de kop") == true)
        #expect(try db.rows("SELECT id, naam, regels_geladen FROM bronbestand", columns: 3) == before)
        #expect(try db.rows("SELECT bestand_id, dossiernummer, status FROM droom_stand ORDER BY dossiernummer", columns: 3) == dreamsBefore)
        #expect(try db.scalar("SELECT count(*) FROM afgekeurd") == 0)
        #expect(!FileManager.default.fileExists(atPath: RejectsFile.path(folder: db.rejects, sourceName: Self.fileName)))
    }

    @Test func duplicateColumnRefusesTheFile() throws {
        let columns = DreamCSV.header + ["Status"]
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()], columns: columns))
        defer { db.folder.remove() }
        #expect(outcome.result == .refused("duplicate-label: kolom \"Status\" staat twee keer in de kop (kolom 11 en 16); het bestand is niet ingelezen"))
        #expect(try db.scalar("SELECT count(*) FROM droom_stand") == 0)
        #expect(try db.scalar("SELECT count(*) FROM bronbestand") == 0)
    }

    @Test func binaryFileIsRefused() throws {
        // The start of an .xlsx (a zip) saved under a .csv name.
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00] + Array("[Content_Types].xml".utf8)
        let (db, outcome) = try Self.ingest(bytes: bytes)
        defer { db.folder.remove() }
        #expect(outcome.result == .refused("encoding-error: dit is geen tekstbestand (CSV) maar een Excel-werkmap; geef het de naam .xlsx, of sla het in Excel op als CSV"))
        #expect(try db.scalar("SELECT count(*) FROM bronbestand") == 0)
    }

    @Test func fileNameWithoutQuarterIsRefused() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()]), name: "dromen_december.csv")
        defer { db.folder.remove() }
        #expect(outcome.result == .refused("de bestandsnaam zegt niet voor welk kwartaal deze momentopname is; noem het dromen_<jjjj>-Q<n>.csv"))
    }

    @Test func fileNameWithAnImpossibleYearIsRefusedNotACrash() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()]), name: "dromen_0022-Q4.csv")
        defer { db.folder.remove() }
        #expect(outcome.result.refusal != nil)
        #expect(try db.scalar("SELECT count(*) FROM bronbestand") == 0)
    }

    /// A snapshot without rows would empty its quarter: refused (the corpus tests check that nothing
    /// already loaded is touched).
    @Test func headerOnlyFileIsRefused() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([]))
        defer { db.folder.remove() }
        #expect(outcome.result == .refused("alleen een kop, geen regels: deze lege momentopname zou Dromenregister van 2022-Q4 leegmaken; is de export afgebroken? Er is niets ingelezen"))
        #expect(try db.scalar("SELECT count(*) FROM bronbestand") == 0)
    }

    @Test func emptyFileIsRefused() throws {
        let (db, outcome) = try Self.ingest("\n\n")
        defer { db.folder.remove() }
        #expect(outcome.result == .refused("het bestand is leeg"))
    }

    // MARK: - Structure of a row

    @Test func extraCell() throws {
        let line = DreamCSV.line(DreamCSV.row("AILGB-2022-0002")) + ";extra"
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()]) + line + "\n")
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 1)
        #expect(outcome.firstIssues.map(\.description) == [
            "\(Self.prefix), waarde \"extra\": extra-cell: de regel heeft 16 velden, de kop 15 (een scheidingsteken in een veld zonder aanhalingstekens?)",
        ])
    }

    @Test func trailingEmptyCellsAreNotExtra() throws {
        let line = DreamCSV.line(DreamCSV.row("AILGB-2022-0002")) + ";;  ;"
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()]) + line + "\n")
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 2)
        #expect(outcome.rowsRejected == 0)
    }

    @Test func missingCell() throws {
        let fields = DreamCSV.header.dropLast().map { DreamCSV.row("AILGB-2022-0002")[$0]! }
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()]) + fields.joined(separator: ";") + "\n")
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 1)
        #expect(outcome.firstIssues.map(\.description) == ["\(Self.prefix): missing-cell: de regel heeft 14 velden, de kop 15"])
    }

    @Test func unclosedQuoteIsAFormatError() throws {
        let line = DreamCSV.line(DreamCSV.row("AILGB-2022-0002", ["Droom": "\"een fiets"]))
        let (db, outcome) = try Self.ingest(DreamCSV.file([DreamCSV.row()]) + line + "\n" + DreamCSV.line(DreamCSV.row("AILGB-2022-0003")) + "\n")
        defer { db.folder.remove() }
        #expect(outcome.rowsRead == 2)     // the third data line was swallowed by the open quote
        #expect(outcome.rowsLoaded == 1)
        #expect(outcome.firstIssues.map(\.description) == [
            "\(Self.prefix): format-error: een aanhalingsteken (\") wordt geopend maar nergens gesloten; de rest van het bestand is als één veld gelezen",
        ])
    }

    // MARK: - Types

    @Test func badDate() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Ontvangen op": "5 oktober"]),
                                ["\(Self.prefix), kolom Ontvangen op, waarde \"5 oktober\": type-error: geen datum (verwacht dd-mm-jjjj)"])
    }

    @Test func nonexistentDate() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Gesprek op": "31-09-2022"]),
                                ["\(Self.prefix), kolom Gesprek op, waarde \"31-09-2022\": type-error: deze datum bestaat niet"])
    }

    @Test func nonIntegerAge() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Leeftijd": "negen"]),
                                ["\(Self.prefix), kolom Leeftijd, waarde \"negen\": type-error: geen geheel getal"])
    }

    @Test func badPostcode() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Postcode": "131 AB"]),
                                ["\(Self.prefix), kolom Postcode, waarde \"131 AB\": type-error: geen postcode (verwacht 1234 AB of 1234)"])
    }

    // MARK: - Constraints

    @Test func ageOutOfRange() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Leeftijd": "21"]),
                                ["\(Self.prefix), kolom Leeftijd, waarde \"21\": constraint-error: ligt niet tussen 0 en 18"])
    }

    @Test func unknownChannel() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Kanaal": "Telefoon"]), [
            "\(Self.prefix), kolom Kanaal, waarde \"Telefoon\": constraint-error: geen toegestane waarde; toegestaan: Brievenbus, Website, Facebook, Instagram, WhatsApp, Sms, Inloopspreekuur bibliotheek",
        ])
    }

    @Test func unknownStatus() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Status": "Klaar"]), [
            "\(Self.prefix), kolom Status, waarde \"Klaar\": constraint-error: geen toegestane waarde; toegestaan: Nieuw, Uitgenodigd, Gesprek gevoerd, Verbonden, Afgerond, Geen reactie, Ingetrokken",
        ])
    }

    @Test func emptyRequiredField() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Kindnummer": "  "]),
                                ["\(Self.prefix), kolom Kindnummer, waarde \"\": constraint-error: verplicht veld is leeg"])
    }

    @Test func dateAfterTheSnapshot() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Ontvangen op": "02-01-2023"]),
                                ["\(Self.prefix), kolom Ontvangen op, waarde \"02-01-2023\": constraint-error: ligt na de datum van de export (31-12-2022)"])
    }

    @Test func lastDayOfTheSnapshotIsAllowed() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Ontvangen op": "31-12-2022", "Gesprek op": "31-12-2022", "Verbonden op": "31-12-2022"]),
        ]))
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 1)
    }

    @Test func connectedBeforeReceived() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Verbonden op": "01-10-2022"]),
                                ["\(Self.prefix), kolom Verbonden op, waarde \"01-10-2022\": constraint-error: ligt vóór Ontvangen op (05-10-2022)"])
    }

    @Test func conversationBeforeReceived() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Gesprek op": "4-10-2022"]),
                                ["\(Self.prefix), kolom Gesprek op, waarde \"4-10-2022\": constraint-error: ligt vóór Ontvangen op (05-10-2022)"])
    }

    @Test func helpedStatusWithoutConnectionDate() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Verbonden op": ""]),
                                ["\(Self.prefix), kolom Verbonden op, waarde \"\": constraint-error: status Verbonden vraagt om een datum in Verbonden op"])
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Status": "afgerond", "Verbonden op": ""]),
                                ["\(Self.prefix), kolom Verbonden op, waarde \"\": constraint-error: status Afgerond vraagt om een datum in Verbonden op"])
    }

    @Test func dareToDreamBefore2020() throws {
        try Self.expectRejected(
            DreamCSV.row("DTD-2019-0001", ["Programma": "Dare to dream in 036", "Leeftijd": "14", "Ontvangen op": "10-10-2019"]),
            ["\(Self.prefix), kolom Ontvangen op, waarde \"10-10-2019\": constraint-error: \"Dare to dream in 036\" bestaat pas sinds 01-01-2020"])
    }

    @Test func receivedBeforeTheRegisterStarted() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2016-0001", ["Ontvangen op": "31-12-2016"]),
                                ["\(Self.prefix), kolom Ontvangen op, waarde \"31-12-2016\": constraint-error: ligt vóór de start van het register (01-01-2017)"])
    }

    @Test func ageNotFittingTheProgramme() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Leeftijd": "14"]),
                                ["\(Self.prefix), kolom Leeftijd, waarde \"14\": constraint-error: leeftijd 14 past niet bij \"Als ik later groot ben\" (0-12 jaar)"])
        try Self.expectRejected(DreamCSV.row("DTD-2022-0002", ["Programma": "Dare to dream in 036", "Leeftijd": "11"]),
                                ["\(Self.prefix), kolom Leeftijd, waarde \"11\": constraint-error: leeftijd 11 past niet bij \"Dare to dream in 036\" (12-18 jaar)"])
    }

    @Test func twelveFitsBothProgrammes() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Leeftijd": "12"]),
            DreamCSV.row("DTD-2022-0002", ["Programma": "Dare to dream in 036", "Leeftijd": "12"]),
        ]))
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 2)
    }

    @Test func everyProblemOfARowIsReported() throws {
        try Self.expectRejected(DreamCSV.row("AILGB-2022-0002", ["Kanaal": "Fax", "Categorie": "Speelgoed", "Ouders verbonden": "Misschien"]), [
            "\(Self.prefix), kolom Kanaal, waarde \"Fax\": constraint-error: geen toegestane waarde; toegestaan: Brievenbus, Website, Facebook, Instagram, WhatsApp, Sms, Inloopspreekuur bibliotheek",
            "\(Self.prefix), kolom Categorie, waarde \"Speelgoed\": constraint-error: geen toegestane waarde; toegestaan: Fiets, Laptop, Bijles, Sport, Muziek en cultuur, Beroep en meelopen, Kleding, Overig",
            "\(Self.prefix), kolom Ouders verbonden, waarde \"Misschien\": constraint-error: geen toegestane waarde; toegestaan: Ja, Nee",
        ])
    }

    // MARK: - Primary key

    @Test func secondDossierNumberIsRejectedFirstLoaded() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Kindnummer": "K-00001"]),
            DreamCSV.row("AILGB-2022-0002", ["Kindnummer": "K-00002"]),
            DreamCSV.row("AILGB-2022-0001", ["Kindnummer": "K-00099"]),
        ]))
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 2)
        #expect(outcome.rowsRejected == 1)
        #expect(outcome.firstIssues.map(\.description) == [
            "dromen_2022-Q4.csv, regel 4, kolom Dossiernummer, waarde \"AILGB-2022-0001\": primary-key: dit dossiernummer staat al op regel 2; de eerste is geladen",
        ])
        #expect(try db.rows("SELECT dossiernummer, kindnummer, regel FROM droom_stand ORDER BY dossiernummer", columns: 3) == [
            ["AILGB-2022-0001", "K-00001", "2"], ["AILGB-2022-0002", "K-00002", "3"],
        ])
    }

    // MARK: - What happens to rejected rows

    @Test func rejectedRowsAreStoredAndListedWithoutTheDream() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001"),
            DreamCSV.row("AILGB-2022-0002", ["Leeftijd": "21", "Droom": "een pony die kan vliegen"]),
            DreamCSV.row("AILGB-2022-0003"),
        ]))
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 2)
        #expect(outcome.issueCounts == [.constraintError: 1])
        #expect(try db.rows("SELECT regel, kolom, waarde, fout, melding FROM afgekeurd", columns: 5) == [
            ["3", "Leeftijd", "21", "constraint-error", "ligt niet tussen 0 en 18"],
        ])
        let rejectsPath = RejectsFile.path(folder: db.rejects, sourceName: Self.fileName)
        #expect(outcome.rejectsFile == rejectsPath)
        let data = try Data(contentsOf: URL(fileURLWithPath: rejectsPath))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        let lines = text.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first == "Regel;Fout;Melding;Dossiernummer;Kindnummer;Programma;Ontvangen op;Kanaal;Leeftijd;Postcode;Categorie;Coördinator;Status;Gesprek op;Verbonden met;Verbonden op;Ouders verbonden")
        #expect(lines.last?.hasPrefix("3;constraint-error;\"Leeftijd \"\"21\"\": ligt niet tussen 0 en 18\";AILGB-2022-0002;K-00001;") == true)
        #expect(!text.contains("pony"))
        #expect(!text.contains("een fiets om naar school"))
        #expect(!text.contains("Droom"))
    }

    @Test func cleanRerunRemovesAStaleRejectsFile() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let bad = try db.folder.write("a/\(Self.fileName)", DreamCSV.file([DreamCSV.row("AILGB-2022-0002", ["Leeftijd": "21"])]))
        _ = db.ingest(bad)
        let rejectsPath = RejectsFile.path(folder: db.rejects, sourceName: Self.fileName)
        #expect(FileManager.default.fileExists(atPath: rejectsPath))
        let fixed = try db.folder.write("b/\(Self.fileName)", DreamCSV.file([DreamCSV.row("AILGB-2022-0002")]))
        #expect(db.ingest(fixed).first?.rowsRejected == 0)
        #expect(!FileManager.default.fileExists(atPath: rejectsPath))
    }

    // MARK: - Tolerance: case, spaces, renames, order, Totaal and blank rows, encodings

    @Test func valuesCompareAfterTrimmingAndCaseFolding() throws {
        let (db, outcome) = try Self.ingest(DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Kanaal": "  whatsapp ", "Status": "VERBONDEN", "Programma": "als ik later groot ben",
                                              "Categorie": "\u{00A0}fiets", "Ouders verbonden": "ja", "Postcode": "1311ab"]),
        ]))
        defer { db.folder.remove() }
        #expect(outcome.rowsRejected == 0)
        #expect(try db.rows("SELECT kanaal, status, programma, categorie, ouders_verbonden, pc4 FROM dromen", columns: 6) == [
            ["WhatsApp", "Verbonden", "Als ik later groot ben", "Fiets", "1", "1311"],
        ])
    }

    @Test func renamedColumnLoadsThroughConfiguration() throws {
        let columns = DreamCSV.header.map { $0 == "Dossiernummer" ? "Dossier nr" : $0 }
        let row = DreamCSV.row("AILGB-2022-0001").reduce(into: [String: String]()) { result, cell in
            result[cell.key == "Dossiernummer" ? "Dossier nr" : cell.key] = cell.value
        }
        let text = DreamCSV.file([row], columns: columns)

        let (plain, refused) = try Self.ingest(text)
        defer { plain.folder.remove() }
        #expect(refused.result.refusal?.hasPrefix("missing-label: kolom \"Dossiernummer\" ontbreekt") == true)

        let (db, outcome) = try Self.ingest(text, configuration: Configuration(renames: ["dromen": ["Dossier nr": "Dossiernummer"]]))
        defer { db.folder.remove() }
        #expect(outcome.result == .loaded)
        #expect(outcome.rowsLoaded == 1)
        #expect(try db.rows("SELECT dossiernummer FROM droom_stand", columns: 1) == [["AILGB-2022-0001"]])
    }

    @Test func columnsInAnotherOrderLoad() throws {
        let columns = Array(DreamCSV.header.reversed())
        let (db, outcome) = try Self.ingest(DreamCSV.file([
            DreamCSV.row("AILGB-2022-0001", ["Kindnummer": "K-00007", "Leeftijd": "7"]),
        ], columns: columns))
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 1)
        #expect(try db.rows("SELECT dossiernummer, kindnummer, leeftijd, verbonden_met, verbonden_op FROM droom_stand", columns: 5) == [
            ["AILGB-2022-0001", "K-00007", "7", "Stichting Leergeld Almere", String(Day(year: 2022, month: 11, day: 20)!.number)],
        ])
    }

    @Test func headerNamesCompareLoosely() throws {
        // Lower case, padded, and Coördinator decomposed (o + combining diaeresis, as macOS may write it).
        let cells = DreamCSV.header.map { $0 == "Coördinator" ? "Coo\u{0308}rdinator" : " \($0.lowercased()) " }
        let map = try HeaderMap.resolve(header: cells, columns: Dromenregister.columns, renames: [:], file: Self.fileName)
        #expect(map.position("Coördinator") == 9)
        #expect(map.position("Ontvangen op") == 3)
        #expect(map.unknown.isEmpty)
        #expect(map.fieldCount == 15)
    }

    @Test func unknownColumnsAreKeptAsideNotAnError() throws {
        let map = try HeaderMap.resolve(header: DreamCSV.header + ["Opmerking", ""], columns: Dromenregister.columns, renames: [:], file: Self.fileName)
        #expect(map.unknown == ["Opmerking"])
        // The empty header cell at the end is not a column: rows need not pad for it (no missing-cell).
        #expect(map.fieldCount == 16)
    }

    @Test func totalAndBlankRowsAreSkippedNotRejected() throws {
        let text = DreamCSV.file([DreamCSV.row("AILGB-2022-0001"), DreamCSV.row("AILGB-2022-0002")])
            + "\n" + String(repeating: ";", count: 14) + "\n" + "Totaal;2" + String(repeating: ";", count: 13) + "\n" + " ; \n"
        let (db, outcome) = try Self.ingest("\n" + text)     // a blank line before the header too
        defer { db.folder.remove() }
        #expect(outcome.result == .loaded)
        #expect(outcome.rowsRead == 2)
        #expect(outcome.rowsLoaded == 2)
        #expect(outcome.rowsRejected == 0)
        #expect(outcome.blankRows == 3)
        #expect(outcome.totalRows == 1)
        #expect(try db.scalar("SELECT count(*) FROM afgekeurd") == 0)
        #expect(try db.scalar("SELECT regels_gelezen FROM bronbestand") == 2)
    }

    @Test func excelFileWithSepLineBOMAndCRLF() throws {
        let text = "sep=;\r\n" + DreamCSV.file([DreamCSV.row("AILGB-2022-0001"), DreamCSV.row("AILGB-2022-0002", ["Leeftijd": "x"])])
            .replacingOccurrences(of: "\n", with: "\r\n")
        let (db, outcome) = try Self.ingest(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        defer { db.folder.remove() }
        #expect(outcome.rowsLoaded == 1)
        // Line 1 is sep=, line 2 the header: the bad row is on line 4.
        #expect(outcome.firstIssues.map(\.description) == ["dromen_2022-Q4.csv, regel 4, kolom Leeftijd, waarde \"x\": type-error: geen geheel getal"])
    }

    @Test func windows1252ExportLoads() throws {
        // Coördinator in the header and a name with ë, written as Windows-1252 bytes.
        let text = DreamCSV.file([DreamCSV.row("AILGB-2022-0001", ["Coördinator": "Joël Bakker", "Droom": "één fiets", "Verbonden met": "Muziekschool Daniël"])])
        let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }     // ASCII and Latin-1 only
        #expect(!bytes.contains { $0 > 0x7F && $0 < 0xA0 })
        let (db, outcome) = try Self.ingest(bytes: bytes)
        defer { db.folder.remove() }
        #expect(outcome.encoding == "Windows-1252")
        #expect(outcome.rowsLoaded == 1)
        #expect(try db.rows("SELECT codering FROM bronbestand", columns: 1) == [["Windows-1252"]])
        #expect(try db.rows("SELECT verbonden_met FROM droom_stand", columns: 1) == [["Muziekschool Daniël"]])
    }
}
