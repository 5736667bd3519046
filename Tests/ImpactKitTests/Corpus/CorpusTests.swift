import Foundation
import Testing
@testable import ImpactKit

/// The corpus of bad input (issue 11, item 2; Fixtures/corpus and its README): every file with what impact
/// must do with it. A malformed row is one located message (file, line, column, value, rule) and the good
/// rows of the same file still load; a file that is not the export is refused whole with a clear message,
/// and a refusal touches nothing already loaded (each refused file is ingested after its export's good
/// file, and every table must be as that good file left it). Messages are copied from what impact prints;
/// each case says what it shows where that is not plain from its name.
@Suite struct CorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        enum Outcome: Sendable, Equatable {
            case refused(String)
            case loaded(read: Int, loaded: Int, rejected: Int)
        }
        /// A query on the database after the ingest, and the integer it must give.
        struct Check: Sendable { let sql: String; let equals: Int }

        let file: String
        let outcome: Outcome
        /// The descriptions of `firstIssues`, in order: every issue of the file (a corpus file has fewer than 20).
        let issues: [String]
        var checks: [Check] = []
        /// What the ingest notes beside the counts (a header found under title lines, an empty sheet).
        var notes: [String] = []
        var testDescription: String { file }

        init(_ file: String, refused message: String) { self.file = file; outcome = .refused(message); issues = [] }
        init(_ file: String, read: Int, loaded: Int, rejected: Int, issues: [String]) {
            self.file = file; outcome = .loaded(read: read, loaded: loaded, rejected: rejected); self.issues = issues
        }
        func noting(_ notes: String...) -> Case { var copy = self; copy.notes = notes; return copy }
        func expect(_ sql: String, _ equals: Int) -> Case { var copy = self; copy.checks.append(Check(sql: sql, equals: equals)); return copy }
    }

    static let corpus = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("corpus")
    static func path(_ file: String) -> String { corpus.appendingPathComponent(file).path }

    /// Each export's good file in the corpus, by the name its files start with.
    static let goodFiles = [
        "dromen_": "dromen/dromen_2024-Q1_goed.csv", "postcodes_": "postcodes/postcodes_goed.csv",
        "activeringscentra_": "activering/activeringscentra_2024-Q1_goed.xlsx", "bank_": "zwo/bank_2019-09_goed.csv",
        "collectes_": "zwo/collectes_2019-2020_goed.csv", "sponsorfietstocht_": "zwo/sponsorfietstocht_2019_goed.csv",
        "begroting_": "zwo/begroting_alomik_goed.csv", "spreekuren_": "alliantie/spreekuren_2024-Q1_goed.csv",
        "vrijwilligers_": "alliantie/vrijwilligers_2024-06-28_goed.csv", "alamal_": "alamal/alamal_2024-Q1_goed.csv",
    ]
    static func goodFile(for file: String) -> String? {
        let name = (file as NSString).lastPathComponent
        return goodFiles.first { name.hasPrefix($0.key) }?.value
    }

    /// The number of rows in every table: what "nothing already loaded is touched" compares.
    static func tableCounts(_ db: TestDatabase) throws -> [String: Int] {
        let tables = try db.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", columns: 1).map { $0[0] }
        var counts: [String: Int] = [:]
        for table in tables { counts[table] = try db.scalar("SELECT count(*) FROM \"\(table)\"") }
        return counts
    }

    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func corpusFile(_ expected: Case) throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        var before: [String: Int]?
        if case .refused = expected.outcome, let good = Self.goodFile(for: expected.file) {
            let first = db.ingest(Self.path(good))
            try #require(first.count == 1 && first[0].result.isLoaded && first[0].rowsRejected == 0, "\(good) loads whole")
            before = try Self.tableCounts(db)
        }
        let outcomes = db.ingest(Self.path(expected.file))
        try #require(outcomes.count == 1)
        let outcome = outcomes[0]
        #expect(outcome.firstIssues.map(\.description) == expected.issues)
        #expect(outcome.notes == expected.notes)
        switch expected.outcome {
        case .refused(let message):
            #expect(outcome.result == .refused(message))
            #expect(outcome.rowsLoaded == 0 && outcome.rowsRejected == 0)
            if let before { #expect(try Self.tableCounts(db) == before, "the good file's rows and figures stay") }
        case .loaded(let read, let loaded, let rejected):
            #expect(outcome.result == .loaded)
            #expect(outcome.rowsRead == read)
            #expect(outcome.rowsLoaded == loaded)
            #expect(outcome.rowsRejected == rejected)
            // Every issue is also in the table afgekeurd, with its line, column, value and rule.
            let stored = try db.rows("SELECT regel, kolom, waarde, fout, melding FROM afgekeurd ORDER BY rowid", columns: 5)
            #expect(stored == outcome.firstIssues.map { [String($0.line), $0.column, $0.value, $0.kind.rawValue, $0.message] })
        }
        for check in expected.checks { #expect(try db.scalar(check.sql) == check.equals, "\(check.sql)") }
    }

    static let cases: [Case] = [
        // MARK: Dromenregister (dromen_<jjjj>-Q<n>.csv)
        .init("dromen/dromen_2024-Q1_aanhalingsteken-open.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_aanhalingsteken-open.csv, regel 4: format-error: een aanhalingsteken (\") wordt geopend maar nergens gesloten; de rest van het bestand is als één veld gelezen",
        ]),
        .init("dromen/dromen_2024-Q1_alleen-kop.csv", refused: "alleen een kop, geen regels: deze lege momentopname zou Dromenregister van 2024-Q1 leegmaken; is de export afgebroken? Er is niets ingelezen"),
        .init("dromen/dromen_2024-Q1_alleen-lege-regels.csv", refused: "het bestand is leeg"),
        .init("dromen/dromen_2024-Q1_andere-export.csv", refused: "missing-label: kolommen \"Dossiernummer\", \"Kindnummer\", \"Programma\", \"Ontvangen op\", \"Kanaal\", \"Postcode\", \"Categorie\", \"Status\", \"Gesprek op\", \"Verbonden met\", \"Verbonden op\", \"Ouders verbonden\" ontbreken in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld); de kop lijkt op die van Al Amal (alamal_...): staat het bestand onder de goede naam?"),
        .init("dromen/dromen_2024-Q1_cel-te-veel.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_cel-te-veel.csv, regel 3, waarde \"extra\": extra-cell: de regel heeft 16 velden, de kop 15 (een scheidingsteken in een veld zonder aanhalingstekens?)",
        ]),
        .init("dromen/dromen_2024-Q1_cel-te-weinig.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_cel-te-weinig.csv, regel 3: missing-cell: de regel heeft 12 velden, de kop 15",
        ]),
        .init("dromen/dromen_2024-Q1_datum-bestaat-niet.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_datum-bestaat-niet.csv, regel 3, kolom Ontvangen op, waarde \"31-02-2024\": type-error: deze datum bestaat niet",
        ]),
        .init("dromen/dromen_2024-Q1_datum-na-kwartaal.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_datum-na-kwartaal.csv, regel 3, kolom Ontvangen op, waarde \"02-04-2024\": constraint-error: ligt na de datum van de export (31-03-2024)",
        ]),
        .init("dromen/dromen_2024-Q1_dossier-dubbel.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_dossier-dubbel.csv, regel 4, kolom Dossiernummer, waarde \"AILGB-2024-0001\": primary-key: dit dossiernummer staat al op regel 2; de eerste is geladen",
        ]),
        .init("dromen/dromen_2024-Q1_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("dromen/dromen_2024-Q1_kolom-dubbel.csv", refused: "duplicate-label: kolom \"Leeftijd\" staat twee keer in de kop (kolom 6 en 16); het bestand is niet ingelezen"),
        .init("dromen/dromen_2024-Q1_kolom-ontbreekt.csv", refused: "missing-label: kolom \"Kanaal\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        // A title above the header is skipped and said; the rows load.
        .init("dromen/dromen_2024-Q1_kop-op-regel-3.csv", read: 2, loaded: 2, rejected: 0, issues: [])
            .noting("de kop staat op regel 3; wat erboven staat (2 regels tekst: een titel?) is overgeslagen"),
        .init("dromen/dromen_2024-Q1_leeftijd-geen-getal.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_leeftijd-geen-getal.csv, regel 4, kolom Leeftijd, waarde \"zeven\": type-error: geen geheel getal",
        ]),
        .init("dromen/dromen_2024-Q1_leeftijd-negatief.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_leeftijd-negatief.csv, regel 4, kolom Leeftijd, waarde \"-3\": constraint-error: ligt niet tussen 0 en 18",
        ]),
        .init("dromen/dromen_2024-Q1_leeg.csv", refused: "het bestand is leeg"),
        .init("dromen/dromen_2024-Q1_onbekende-categorie.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_onbekende-categorie.csv, regel 4, kolom Categorie, waarde \"Voetbal\": constraint-error: geen toegestane waarde; toegestaan: Fiets, Laptop, Bijles, Sport, Muziek en cultuur, Beroep en meelopen, Kleding, Overig",
        ]),
        .init("dromen/dromen_2024-Q1_onbekende-waarde.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_onbekende-waarde.csv, regel 3, kolom Kanaal, waarde \"Telefoon\": constraint-error: geen toegestane waarde; toegestaan: Brievenbus, Website, Facebook, Instagram, WhatsApp, Sms, Inloopspreekuur bibliotheek",
        ]),
        .init("dromen/dromen_2024-Q1_pdf.csv", refused: "encoding-error: dit is geen tekstbestand (CSV) maar een PDF; vraag de export op als CSV of als Excel-werkmap"),
        .init("dromen/dromen_2024-Q1_postcode-fout.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "dromen_2024-Q1_postcode-fout.csv, regel 3, kolom Postcode, waarde \"13511\": type-error: geen postcode (verwacht 1234 AB of 1234)",
        ]),
        .init("dromen/dromen_2024-Q1_regels-gebroken.csv", read: 5, loaded: 1, rejected: 4, issues: [
            "dromen_2024-Q1_regels-gebroken.csv, regel 3, kolom Verbonden op, waarde \"\": constraint-error: status Verbonden vraagt om een datum in Verbonden op",
            "dromen_2024-Q1_regels-gebroken.csv, regel 4, kolom Leeftijd, waarde \"14\": constraint-error: leeftijd 14 past niet bij \"Als ik later groot ben\" (0-12 jaar)",
            "dromen_2024-Q1_regels-gebroken.csv, regel 5, kolom Ontvangen op, waarde \"01-06-2019\": constraint-error: \"Dare to dream in 036\" bestaat pas sinds 01-01-2020",
            "dromen_2024-Q1_regels-gebroken.csv, regel 6, kolom Ouders verbonden, waarde \"Misschien\": constraint-error: geen toegestane waarde; toegestaan: Ja, Nee",
            "dromen_2024-Q1_regels-gebroken.csv, regel 6, kolom Gesprek op, waarde \"01-03-2024\": constraint-error: ligt vóór Ontvangen op (10-03-2024)",
        ]),
        .init("dromen/dromen_2024-Q1_totaal-lege-regels.csv", read: 3, loaded: 3, rejected: 0, issues: [])
            .expect("SELECT count(*) FROM dromen", 3),
        .init("dromen/dromen_2024-Q1_windows-1252.csv", read: 3, loaded: 3, rejected: 0, issues: [])
            .expect("SELECT count(*) FROM dromen", 3),
        .init("dromen/dromen_2024-Q1_zip.csv", refused: "encoding-error: dit is geen tekstbestand (CSV) maar een zip-bestand; pak het uit en lees de export zelf in"),
        .init("dromen/dromen_2024Q1_geen-kwartaal.csv", refused: "de bestandsnaam zegt niet voor welk kwartaal deze momentopname is; noem het dromen_<jjjj>-Q<n>.csv"),
        // MARK: Postcodetabel (postcodes_...csv)
        .init("postcodes/postcodes_andere-export.csv", refused: "missing-label: kolommen \"PC4\", \"Stadsdeel\" ontbreken in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld); de kop lijkt op die van Begroting Alo Mik! (begroting_...): staat het bestand onder de goede naam?"),
        .init("postcodes/postcodes_cel-te-veel.csv", read: 2, loaded: 1, rejected: 1, issues: [
            "postcodes_cel-te-veel.csv, regel 2, waarde \"Centrum\": extra-cell: de regel heeft 3 velden, de kop 2 (een scheidingsteken in een veld zonder aanhalingstekens?)",
        ]),
        .init("postcodes/postcodes_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("postcodes/postcodes_kolom-ontbreekt.csv", refused: "missing-label: kolom \"Stadsdeel\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        .init("postcodes/postcodes_leeg.csv", refused: "het bestand is leeg"),
        .init("postcodes/postcodes_pc4-dubbel.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "postcodes_pc4-dubbel.csv, regel 3, kolom PC4, waarde \"1311\": primary-key: deze PC4 staat al op regel 2; de eerste is geladen",
        ]),
        // A PC4 is checked as a PC4 (four digits, not starting with 0), as the spreekuren do.
        .init("postcodes/postcodes_pc4-fout.csv", read: 4, loaded: 2, rejected: 2, issues: [
            "postcodes_pc4-fout.csv, regel 3, kolom PC4, waarde \"13AB\": type-error: geen PC4 (verwacht vier cijfers, bijvoorbeeld 1311)",
            "postcodes_pc4-fout.csv, regel 4, kolom PC4, waarde \"999\": type-error: geen PC4 (verwacht vier cijfers, bijvoorbeeld 1311)",
        ]),
        .init("postcodes/postcodes_stadsdeel-leeg.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "postcodes_stadsdeel-leeg.csv, regel 3, kolom Stadsdeel, waarde \"\": constraint-error: verplicht veld is leeg",
        ]),
        // MARK: Activeringscentra (activeringscentra_<jjjj>-Q<n>.xlsx)
        .init("activering/activeringscentra_2024-Q1_alleen-kop.xlsx", refused: "werkblad Deelnemers: alleen een kop, geen regels: deze lege momentopname zou Deelnemers van 2024-Q1 leegmaken; is de export afgebroken? Er is niets ingelezen"),
        // A sheet of jobs with nothing in it (no jobs, not even a header) adds none; the participants load.
        .init("activering/activeringscentra_2024-Q1_blad-leeg.xlsx", read: 3, loaded: 3, rejected: 0, issues: [])
            .noting("werkblad Klussen is leeg (ook geen kop): geen klussen ingelezen").expect("SELECT count(*) FROM klus", 0),
        .init("activering/activeringscentra_2024-Q1_blad-ontbreekt.xlsx", refused: "werkblad \"Klussen\" ontbreekt; de werkmap heeft: Deelnemers"),
        .init("activering/activeringscentra_2024-Q1_cel-te-veel.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_cel-te-veel.xlsx [Deelnemers], regel 2, waarde \"los\": extra-cell: de regel heeft 7 velden, de kop 6 (een scheidingsteken in een veld zonder aanhalingstekens?)",
        ]),
        .init("activering/activeringscentra_2024-Q1_datum-bestaat-niet.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_datum-bestaat-niet.xlsx [Deelnemers], regel 4, kolom Startdatum, waarde \"31-02-2024\": type-error: deze datum bestaat niet",
        ]),
        .init("activering/activeringscentra_2024-Q1_datum-na-kwartaal.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_datum-na-kwartaal.xlsx [Klussen], regel 3, kolom Datum, waarde \"03-04-2024\": constraint-error: ligt na de datum van de export (31-03-2024)",
        ]),
        .init("activering/activeringscentra_2024-Q1_deelnemer-dubbel.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_deelnemer-dubbel.xlsx [Deelnemers], regel 4, kolom Deelnemer-ID, waarde \"AC-H-0001\": primary-key: deze deelnemer staat al op regel 2; de eerste is geladen",
        ]),
        .init("activering/activeringscentra_2024-Q1_einde-voor-start.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_einde-voor-start.xlsx [Deelnemers], regel 3, kolom Einddatum, waarde \"01-08-2023\": constraint-error: ligt vóór de Startdatum (04-09-2023)",
        ]),
        .init("activering/activeringscentra_2024-Q1_goed.xlsx", read: 5, loaded: 5, rejected: 0, issues: []),
        .init("activering/activeringscentra_2024-Q1_kolom-dubbel.xlsx", refused: "werkblad Klussen: duplicate-label: kolom \"Uren\" staat twee keer in de kop (kolom 5 en 6); het bestand is niet ingelezen"),
        .init("activering/activeringscentra_2024-Q1_kolom-ontbreekt.xlsx", refused: "werkblad Deelnemers: missing-label: kolom \"Stap\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        // The header under a title row: skipped and said; the rows, whose empty end cells Excel leaves out, load.
        .init("activering/activeringscentra_2024-Q1_kop-op-rij-3.xlsx", read: 5, loaded: 5, rejected: 0, issues: [])
            .noting("werkblad Deelnemers: de kop staat op regel 3; wat erboven staat (1 regel tekst: een titel?) is overgeslagen"),
        .init("activering/activeringscentra_2024-Q1_leeg.xlsx", refused: "het bestand is leeg of niet te lezen"),
        .init("activering/activeringscentra_2024-Q1_onbekend-centrum.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_onbekend-centrum.xlsx [Deelnemers], regel 2, kolom Centrum, waarde \"Poort (Homeruskwartier)\": constraint-error: geen toegestane waarde; toegestaan: Haven (De Hoven), Buiten (Bouwmeesterbuurt), Stad (Stedenwijk)",
        ]),
        .init("activering/activeringscentra_2024-Q1_tekst.xlsx", refused: "format-error: dit is geen Excel-werkmap (.xlsx)"),
        .init("activering/activeringscentra_2024-Q1_uitstroom-zonder-einde.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_uitstroom-zonder-einde.xlsx [Deelnemers], regel 2, kolom Uitstroom naar, waarde \"Opleiding\": constraint-error: ingevuld terwijl de deelnemer nog actief is (Einddatum is leeg)",
        ]),
        .init("activering/activeringscentra_2024-Q1_uren-geen-getal.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_uren-geen-getal.xlsx [Klussen], regel 3, kolom Uren, waarde \"twee\": type-error: geen getal (verwacht bijvoorbeeld 3 of 2,5)",
        ]),
        .init("activering/activeringscentra_2024-Q1_uren-negatief.xlsx", read: 5, loaded: 4, rejected: 1, issues: [
            "activeringscentra_2024-Q1_uren-negatief.xlsx [Klussen], regel 2, kolom Uren, waarde \"-3\": constraint-error: uren kunnen niet negatief zijn",
        ]),
        .init("activering/activeringscentra_2024-Q1_zip.xlsx", refused: "format-error: beschadigde Excel-werkmap (xl/workbook.xml ontbreekt); open en bewaar hem opnieuw in Excel"),
        // MARK: ZWO: bank_<jjjj-mm>.csv, collectes_<seizoen>.csv, sponsorfietstocht_<jjjj>.csv, begroting_alomik.csv
        .init("zwo/bank_2019-09_af-bij-onbekend.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "bank_2019-09_af-bij-onbekend.csv, regel 3, kolom Af Bij, waarde \"Bijschrijving\": constraint-error: geen toegestane waarde; toegestaan: Af, Bij",
        ]),
        // A collections file under a bank name: the three bank layouts are named, and the export it looks like.
        .init("zwo/bank_2019-09_andere-export.csv", refused: "missing-label: de kop past bij geen van de 3 indelingen die impact kent voor Bankexport ZWO-rekening (ING (puntkomma, met saldo), ING (komma) of Rabobank); het bestand is niet ingelezen; de kop lijkt op die van Collectes (collectes_...): staat het bestand onder de goede naam?"),
        .init("zwo/bank_2019-09_bedrag-geen-getal.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "bank_2019-09_bedrag-geen-getal.csv, regel 3, kolom Bedrag (EUR), waarde \"tien\": type-error: geen bedrag (verwacht bijvoorbeeld 312,45 of € 1.045,10)",
        ]),
        .init("zwo/bank_2019-09_bedrag-negatief.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "bank_2019-09_bedrag-negatief.csv, regel 4, kolom Bedrag (EUR), waarde \"-6,95\": constraint-error: ING geeft bedragen zonder teken; de richting staat in Af Bij",
        ]),
        .init("zwo/bank_2019-09_cel-te-weinig.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "bank_2019-09_cel-te-weinig.csv, regel 3: missing-cell: de regel heeft 9 velden, de kop 11",
        ]),
        .init("zwo/bank_2019-09_datum-bestaat-niet.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "bank_2019-09_datum-bestaat-niet.csv, regel 3, kolom Datum, waarde \"20190231\": type-error: deze datum bestaat niet",
        ]),
        .init("zwo/bank_2019-09_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("zwo/bank_2019-09_kolom-ontbreekt.csv", refused: "missing-label: de kop past bij geen van de 3 indelingen die impact kent voor Bankexport ZWO-rekening (ING (puntkomma, met saldo), ING (komma) of Rabobank); het dichtst bij komt ING (puntkomma, met saldo), maar daarvan kolom \"Af Bij\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        .init("zwo/bank_2019-09_leeg.csv", refused: "het bestand is leeg"),
        .init("zwo/bank_2019-09_windows-1252.csv", read: 3, loaded: 3, rejected: 0, issues: [])
            .expect("SELECT count(*) FROM bank_mutatie WHERE naam = 'H. Müller'", 1)
            .expect("SELECT count(*) FROM bank_mutatie WHERE omschrijving = 'Kosten € 6,95'", 1),
        .init("zwo/bank_2020-06_rabobank-datum-fout.csv", read: 2, loaded: 1, rejected: 1, issues: [
            "bank_2020-06_rabobank-datum-fout.csv, regel 3, kolom Datum, waarde \"2020-06-31\": type-error: deze datum bestaat niet",
        ]),
        .init("zwo/begroting_alomik_alleen-kop.csv", refused: "alleen een kop, geen regels: dit lege bestand zou Begroting Alo Mik! vervangen door niets; is de export afgebroken? Er is niets ingelezen"),
        .init("zwo/begroting_alomik_bedrag-geen-getal.csv", read: 4, loaded: 3, rejected: 1, issues: [
            "begroting_alomik_bedrag-geen-getal.csv, regel 3, kolom Bedrag, waarde \"24.500 euro\": type-error: geen bedrag (verwacht bijvoorbeeld 312,45 of € 1.045,10)",
        ]),
        .init("zwo/begroting_alomik_goed.csv", read: 4, loaded: 4, rejected: 0, issues: []),
        .init("zwo/begroting_alomik_kolom-ontbreekt.csv", refused: "missing-label: kolom \"Bedrag\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        .init("zwo/begroting_alomik_post-leeg.csv", read: 4, loaded: 3, rejected: 1, issues: [
            "begroting_alomik_post-leeg.csv, regel 3, kolom Post, waarde \"\": constraint-error: verplicht veld is leeg",
        ]),
        .init("zwo/collectes_2019-2020_bedrag-geen-getal.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "collectes_2019-2020_bedrag-geen-getal.csv, regel 3, kolom Bedrag, waarde \"€ twaalf\": type-error: geen bedrag (verwacht bijvoorbeeld 312,45 of € 1.045,10)",
        ]),
        .init("zwo/collectes_2019-2020_bedrag-negatief.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "collectes_2019-2020_bedrag-negatief.csv, regel 3, kolom Bedrag, waarde \"-25,00\": constraint-error: een collecte kan niet negatief zijn",
        ]),
        .init("zwo/collectes_2019-2020_buiten-seizoen.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "collectes_2019-2020_buiten-seizoen.csv, regel 3, kolom Datum, waarde \"15-08-2019\": constraint-error: valt niet in seizoen 2019-2020 (01-09-2019 t/m 31-08-2020)",
        ]),
        .init("zwo/collectes_2019-2020_datum-bestaat-niet.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "collectes_2019-2020_datum-bestaat-niet.csv, regel 3, kolom Datum, waarde \"31-09-2019\": type-error: deze datum bestaat niet",
        ]),
        .init("zwo/collectes_2019-2020_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("zwo/collectes_2019-2020_kolom-dubbel.csv", refused: "duplicate-label: kolom \"Datum\" staat twee keer in de kop (kolom 1 en 5); het bestand is niet ingelezen"),
        .init("zwo/collectes_2019-2020_totaal-windows-1252.csv", read: 3, loaded: 3, rejected: 0, issues: [])
            .expect("SELECT sum(bedrag_cent) FROM collecte", 160_755),
        .init("zwo/collectes_najaar_geen-seizoen.csv", refused: "de bestandsnaam zegt niet voor welk seizoen deze momentopname is; noem het collectes_<jjjj>-<jjjj>.csv"),
        .init("zwo/sponsorfietstocht_2019_afstand-negatief.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "sponsorfietstocht_2019_afstand-negatief.csv, regel 3, kolom Afstand (km), waarde \"-25\": constraint-error: een afstand kan niet negatief zijn",
        ]),
        .init("zwo/sponsorfietstocht_2019_datum-bestaat-niet.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "sponsorfietstocht_2019_datum-bestaat-niet.csv, regel 2, kolom Datum, waarde \"31-02-2019\": type-error: deze datum bestaat niet",
        ]),
        .init("zwo/sponsorfietstocht_2019_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("zwo/sponsorfietstocht_2019_kolom-ontbreekt.csv", refused: "missing-label: kolom \"Per km\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        .init("zwo/sponsorfietstocht_2019_onwaarschijnlijk.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "sponsorfietstocht_2019_onwaarschijnlijk.csv, regel 2, kolom Afstand (km), waarde \"50000\": constraint-error: onwaarschijnlijk groot (meer dan 10.000)",
        ]),
        .init("zwo/sponsorfietstocht_2019_per-km-geen-getal.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "sponsorfietstocht_2019_per-km-geen-getal.csv, regel 4, kolom Per km, waarde \"een kwartje\": type-error: geen bedrag (verwacht bijvoorbeeld 312,45 of € 1.045,10)",
        ]),
        .init("zwo/sponsorfietstocht_geen-jaar.csv", refused: "de bestandsnaam zegt niet voor welk jaar deze momentopname is; noem het sponsorfietstocht_<jjjj>.csv"),
        // MARK: Alliantie: spreekuren_<jjjj>-Q<n>.csv and vrijwilligers_<datum>.csv
        .init("alliantie/spreekuren_2024-Q1_andere-export.csv", refused: "missing-label: kolommen \"Tijdstempel\", \"Locatie\", \"Postcode\", \"Eerste bezoek\", \"Onderwerpen\", \"Bereikt via\", \"Doorverwezen naar\" ontbreken in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld); de kop lijkt op die van Vrijwilligers (vrijwilligers_...): staat het bestand onder de goede naam?"),
        .init("alliantie/spreekuren_2024-Q1_cel-te-veel.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "spreekuren_2024-Q1_cel-te-veel.csv, regel 3, waarde \"V-SHM-01\": extra-cell: de regel heeft 10 velden, de kop 9 (een scheidingsteken in een veld zonder aanhalingstekens?)",
        ]),
        .init("alliantie/spreekuren_2024-Q1_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("alliantie/spreekuren_2024-Q1_kolom-ontbreekt.csv", refused: "missing-label: kolom \"Onderwerpen\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        .init("alliantie/spreekuren_2024-Q1_locatie-onbekend.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "spreekuren_2024-Q1_locatie-onbekend.csv, regel 3, kolom Locatie, waarde \"Bibliotheek Haven\": constraint-error: geen toegestane waarde; toegestaan: Bibliotheek Stad, Financieel Huis Haven, Kerk Buiten, Moskee Stad, Inloophuis Leger des Heils",
        ]),
        .init("alliantie/spreekuren_2024-Q1_onderwerp-onbekend.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "spreekuren_2024-Q1_onderwerp-onbekend.csv, regel 4, kolom Onderwerpen, waarde \"Schulden;Huur\": constraint-error: onderwerp \"Huur\" staat niet in de lijst; toegestaan: Potjescheck, Schulden, Toeslagen, Belastingdienst, Formulieren, Budgetteren, Overig",
        ])
            .expect("SELECT count(*) FROM spreekuur_bezoek", 2),
        .init("alliantie/spreekuren_2024-Q1_postcode-fout.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "spreekuren_2024-Q1_postcode-fout.csv, regel 3, kolom Postcode, waarde \"1311 AB\": type-error: geen PC4 (verwacht vier cijfers, bijvoorbeeld 1311)",
        ]),
        .init("alliantie/spreekuren_2024-Q1_tijdstempel-fout.csv", read: 3, loaded: 1, rejected: 2, issues: [
            "spreekuren_2024-Q1_tijdstempel-fout.csv, regel 2, kolom Tijdstempel, waarde \"2024-02-30 09:41:12\": type-error: deze datum of tijd bestaat niet",
            "spreekuren_2024-Q1_tijdstempel-fout.csv, regel 4, kolom Tijdstempel, waarde \"2024-03-28 25:30:00\": type-error: deze datum of tijd bestaat niet",
        ]),
        .init("alliantie/vrijwilligers_2024-06-28_code-dubbel.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "vrijwilligers_2024-06-28_code-dubbel.csv, regel 4, kolom Vrijwilliger, waarde \"v-hum-01\": primary-key: deze vrijwilliger staat al op regel 2; de eerste is geladen",
        ]),
        .init("alliantie/vrijwilligers_2024-06-28_datum-fout.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "vrijwilligers_2024-06-28_datum-fout.csv, regel 2, kolom Gestopt, waarde \"31-02-2024\": type-error: deze datum bestaat niet",
        ]),
        .init("alliantie/vrijwilligers_2024-06-28_gestopt-voor-gestart.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "vrijwilligers_2024-06-28_gestopt-voor-gestart.csv, regel 4, kolom Gestopt, waarde \"01-02-2023\": constraint-error: ligt vóór Gestart (01-05-2023)",
        ]),
        .init("alliantie/vrijwilligers_2024-06-28_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("alliantie/vrijwilligers_2024-06-28_kolom-ontbreekt.csv", refused: "missing-label: kolom \"Gestopt\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        .init("alliantie/vrijwilligers_2024-06-28_organisatie-onbekend.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "vrijwilligers_2024-06-28_organisatie-onbekend.csv, regel 3, kolom Organisatie, waarde \"Rode Kruis\": constraint-error: geen toegestane waarde; toegestaan: Humanitas, SchuldHulpMaatje, Leger des Heils, Ocan",
        ]),
        // MARK: Al Amal (alamal_<jjjj>-Q<n>.csv)
        // A stray quote: the line where its field opens says which lines were read as one, the line where it closes says so too.
        .init("alamal/alamal_2024-Q1_aanhalingsteken-open.csv", read: 3, loaded: 1, rejected: 2, issues: [
            "alamal_2024-Q1_aanhalingsteken-open.csv, regel 3: missing-cell: de regel heeft 5 velden, de kop 8; een aanhalingsteken (\") opent een veld dat pas op regel 4 sluit, zodat regel 3 t/m 4 als één regel zijn gelezen: staat er een aanhalingsteken te veel?",
            "alamal_2024-Q1_aanhalingsteken-open.csv, regel 5: missing-cell: de regel heeft 5 velden, de kop 8; een veld bevat een los aanhalingsteken (\"): sloot het hier een veld dat op een eerdere regel openging?",
        ]),
        .init("alamal/alamal_2024-Q1_contact-voor-aanmelding.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "alamal_2024-Q1_contact-voor-aanmelding.csv, regel 2, kolom Eerste contact, waarde \"04-01-2024 11:00\": constraint-error: ligt vóór de Aanmelding (05-01-2024 09:15)",
        ]),
        .init("alamal/alamal_2024-Q1_dossier-dubbel.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "alamal_2024-Q1_dossier-dubbel.csv, regel 3, kolom Dossier, waarde \"AA-1\": primary-key: dit dossier staat al op regel 2; de eerste is geladen",
        ]),
        .init("alamal/alamal_2024-Q1_goed.csv", read: 3, loaded: 3, rejected: 0, issues: []),
        .init("alamal/alamal_2024-Q1_kolom-ontbreekt.csv", refused: "missing-label: kolom \"Traject\" ontbreekt in de kop; het bestand is niet ingelezen (een andere kolomnaam kan in impact.yaml worden gekoppeld)"),
        .init("alamal/alamal_2024-Q1_leeftijd-geen-getal.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "alamal_2024-Q1_leeftijd-geen-getal.csv, regel 2, kolom Leeftijd, waarde \"vierenveertig\": type-error: geen geheel getal",
        ]),
        .init("alamal/alamal_2024-Q1_na-kwartaal.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "alamal_2024-Q1_na-kwartaal.csv, regel 4, kolom Aanmelding, waarde \"1-4-2024 17:05\": constraint-error: ligt na de datum van de export (31-03-2024)",
        ]),
        .init("alamal/alamal_2024-Q1_resultaat-zonder-afsluiting.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "alamal_2024-Q1_resultaat-zonder-afsluiting.csv, regel 2, kolom Resultaat, waarde \"Doorverwezen\": constraint-error: ingevuld, terwijl Afgesloten op leeg is: het dossier loopt nog",
        ]),
        .init("alamal/alamal_2024-Q1_tijd-bestaat-niet.csv", read: 3, loaded: 1, rejected: 2, issues: [
            "alamal_2024-Q1_tijd-bestaat-niet.csv, regel 2, kolom Eerste contact, waarde \"05-01-2024 24:00\": type-error: deze datum of tijd bestaat niet",
            "alamal_2024-Q1_tijd-bestaat-niet.csv, regel 4, kolom Aanmelding, waarde \"31-04-2024 17:05\": type-error: deze datum of tijd bestaat niet",
        ]),
        .init("alamal/alamal_2024-Q1_we-all-leeftijd.csv", read: 3, loaded: 2, rejected: 1, issues: [
            "alamal_2024-Q1_we-all-leeftijd.csv, regel 3, kolom Traject, waarde \"We All (Leger des Heils)\": constraint-error: We All (Leger des Heils) is voor 18 tot en met 27 jaar, niet voor 40",
        ]),
        .init("alamal/alamal_2024-Q1_windows-1252.csv", read: 3, loaded: 3, rejected: 0, issues: [])
            .expect("SELECT count(*) FROM alamal_dossier WHERE traject = 'Financiën'", 1),
    ]

    /// Every file in the corpus folders is in `cases` (and nothing in `cases` is missing from them).
    @Test func everyCorpusFileIsListed() throws {
        let files = FileManager.default.enumerator(atPath: Self.corpus.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted()
        #expect(files == Self.cases.map(\.file).sorted())
        #expect(files.count >= 50)
    }

    /// A file of only a header, for an export that is a full snapshot or replaces all, would empty the
    /// quarter's dreams, the quarter's participants or the year plan: it is refused and the good file stays.
    @Test(arguments: [("dromen/dromen_2024-Q1_alleen-kop.csv", "SELECT count(*) FROM dromen"),
                      ("activering/activeringscentra_2024-Q1_alleen-kop.xlsx", "SELECT count(*) FROM deelnemer_stand"),
                      ("zwo/begroting_alomik_alleen-kop.csv", "SELECT count(*) FROM begroting")])
    func headerOnlyNeverReplacesTheGoodFile(_ file: String, _ rowsNow: String) throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let good = try #require(Self.goodFile(for: file))
        #expect(db.ingest(Self.path(good))[0].rowsLoaded > 0)
        let before = try db.scalar(rowsNow)
        #expect(before > 0)
        let outcome = db.ingest(Self.path(file))[0]
        #expect(outcome.result.refusal?.contains("alleen een kop, geen regels") == true)
        #expect(outcome.replacedFile == nil)
        #expect(try db.scalar(rowsNow) == before)
    }
}
