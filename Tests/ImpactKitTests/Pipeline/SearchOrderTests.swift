import Foundation
import Testing
@testable import ImpactKit

/// Where impact finds settings and report definitions, and what the database records: the documented
/// order (--config/--reports, the current folder, the database's folder, impact's own), and settings that
/// travel with the database rather than with the folder impact starts in.
struct SearchOrderTests {
    /// A folder with `hier/` (the current folder), `data/` (the database's folder) and `share/` (impact's own).
    static func layout() throws -> (folder: TempFolder, here: String, database: String) {
        let folder = try TempFolder()
        for sub in ["hier", "data", "share"] {
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        return (folder, folder.url.appendingPathComponent("hier").path, folder.url.appendingPathComponent("data/impact.sqlite").path)
    }

    @Test func settingsAreFoundInTheDocumentedOrder() throws {
        let (folder, here, database) = try Self.layout()
        defer { folder.remove() }
        let builtIn = try folder.write("share/impact.yaml", "bankregels: []\n")
        func found(_ config: String? = nil) throws -> SettingsSearch.Found? {
            try SettingsSearch(config: config, database: database, currentFolder: here, builtIn: builtIn).firstFound()
        }
        #expect(try found() == SettingsSearch.Found(path: builtIn, place: .builtIn))
        #expect(try found()?.origin == "ingebouwd: \(builtIn)")
        let besideDatabase = try folder.write("data/impact.yaml", "bankregels: []\n")
        #expect(try found() == SettingsSearch.Found(path: besideDatabase, place: .databaseFolder))
        let inHere = try folder.write("hier/impact.yaml", "bankregels: []\n")
        #expect(try found() == SettingsSearch.Found(path: inHere, place: .currentFolder))
        // --config is read relative to the current folder, and wins.
        let own = try folder.write("hier/eigen.yaml", "bankregels: []\n")
        #expect(try found("eigen.yaml") == SettingsSearch.Found(path: own, place: .option))
        #expect(try found("eigen.yaml")?.origin == own)
        // A --config file that is not there is an error, never passed by for another file.
        do { _ = try found("weg.yaml"); Issue.record("expected an error") } catch let error as InputError {
            #expect(error.description == "weg.yaml: instellingenbestand (--config) bestaat niet")
        }
    }

    @Test func ownReportsOverrideTheBuiltInOnesInTheDocumentedOrder() throws {
        let (folder, here, database) = try Self.layout()
        defer { folder.remove() }
        for file in ["optie/zwo.yaml", "hier/Reports/zwo.yaml", "hier/Reports/mijn.yaml", "data/Reports/zwo.yaml", "data/Reports/beleid.yaml",
                     "share/Reports/zwo.yaml", "share/Reports/beleid.yaml", "share/Reports/alamal.yaml"] {
            try folder.write(file, "titel: \(file)\nsecties:\n  - kerncijfers: [Dromen ontvangen]\n")
        }
        let builtIn = folder.url.appendingPathComponent("share/Reports").path
        let withOption = try ReportFolders(option: "../optie", database: database, currentFolder: here, builtIn: builtIn)
        let plain = try ReportFolders(option: nil, database: database, currentFolder: here, builtIn: builtIn)
        func path(_ sub: String) -> String { folder.url.appendingPathComponent(sub).path }
        #expect(withOption.searched == [path("optie"), path("hier/Reports"), path("data/Reports"), builtIn])
        #expect(withOption.folder(of: "zwo") == path("optie"))
        #expect(plain.folder(of: "zwo") == path("hier/Reports"))
        #expect(plain.folder(of: "beleid") == path("data/Reports"))
        #expect(plain.folder(of: "alamal") == builtIn)
        #expect(try plain.load("beleid").definition.titel == "data/Reports/beleid.yaml")
        #expect(plain.known == ["alamal", "beleid", "mijn", "zwo"])
        // An unknown name lists every known one and where they were looked for; a path never leaves the folders.
        #expect(throws: InputError.self) { try plain.load("../share/Reports/zwo") }
        do { _ = try plain.load("beleidd"); Issue.record("expected an error") } catch let error as InputError {
            #expect(error.message == "geen rapportdefinitie 'beleidd'; bekend: alamal, beleid, mijn, zwo; gezocht in: "
                    + "\(path("hier/Reports")), \(path("data/Reports")), \(builtIn)")
        }
        #expect(throws: InputError.self) { try ReportFolders(option: "bestaat-niet", database: database, currentFolder: here, builtIn: builtIn) }
    }

    /// A renamed column in the impact.yaml of one folder: ingest records those settings with the file, and
    /// an ingest from another folder (no impact.yaml there, a different default) loads with the same renames.
    @Test func ingestRecordsTheSettingsItAppliesForEveryFolder() throws {
        let (folder, here, database) = try Self.layout()
        defer { folder.remove() }
        let settings = "dromen:\n  kolommen:\n    \"Dossier nr\": Dossiernummer\n"
        let own = try folder.write("hier/impact.yaml", settings)
        let builtIn = try folder.write("share/impact.yaml", "bankregels: []\n")
        let columns = DreamCSV.header.map { $0 == "Dossiernummer" ? "Dossier nr" : $0 }
        func file(_ name: String, _ dream: String) throws -> String {
            var row = DreamCSV.row()
            row["Dossier nr"] = row["Dossiernummer"]
            row["Droom"] = dream
            return try folder.write(name, DreamCSV.file([row], columns: columns))
        }
        let store = try Store(path: database)
        func ingest(_ path: String, from current: String) throws -> (SettingsInForce, FileOutcome) {
            let search = SettingsSearch(config: nil, database: database, currentFolder: current, builtIn: builtIn)
            let settings = try SettingsInForce.forIngest(search, store: store)
            return (settings, Ingestor(store: store, configuration: settings.configuration, rejectsFolder: nil).ingest([path])[0])
        }

        let (first, loaded) = try ingest(try file("hier/dromen_2022-Q4.csv", "een fiets"), from: here)
        #expect(loaded.result == .loaded)
        let recorded = try #require(try store.settingsInForce())
        #expect(recorded.origin == own && recorded.text == settings && recorded.sha256 == SettingsInForce.digest(of: settings))
        #expect(first.notes == ["instellingen vastgelegd in de database: \(own) (sha256 \(recorded.sha256.prefix(12)))"])

        let elsewhere = folder.url.appendingPathComponent("data").path
        let (second, alsoLoaded) = try ingest(try file("data/dromen_2023-Q1.csv", "een laptop"), from: elsewhere)
        #expect(alsoLoaded.result == .loaded, "\(alsoLoaded.result)")
        #expect(second.notes.isEmpty && second.recorded == recorded)
        #expect(try store.settingsHistory().count == 1)
        let pointers = try store.database.prepare("SELECT count(*) FROM bronbestand WHERE instellingen_id = \(recorded.id)").scalar()
        #expect(pointers == 2)
    }

    /// Figures use the recorded settings; a differing file in the search order is named on stderr, `--config`
    /// is for one run, and a database with nothing recorded uses the search order and says so.
    @Test func figuresUseTheRecordedSettingsAndSayWhenAFileDiffers() throws {
        let (folder, here, database) = try Self.layout()
        defer { folder.remove() }
        let builtIn = try folder.write("share/impact.yaml", "bankregels: []\n")
        let store = try Store(path: database)
        func search(_ config: String? = nil) -> SettingsSearch {
            SettingsSearch(config: config, database: database, currentFolder: here, builtIn: builtIn)
        }
        // Nothing ingested, nothing recorded: impact's default, quietly.
        let empty = try SettingsInForce.forFigures(search(), store: store)
        #expect(empty.recorded == nil && empty.warnings.isEmpty && empty.configuration.file == builtIn)
        // An older database: files but no settings recorded.
        try store.database.execute("INSERT INTO bronbestand (bron, naam, sha256, codering, bytes) VALUES ('bank', 'bank_2019-09.csv', 'x', 'UTF-8', 1)")
        #expect(try SettingsInForce.forFigures(search(), store: store).warnings == [
            "let op: in deze database zijn nog geen instellingen vastgelegd (gemaakt met een eerdere versie van impact); "
            + "de cijfers gebruiken \(builtIn); vastleggen met: impact settings apply"])

        #expect(try SettingsInForce.apply(search(), store: store).hasPrefix("instellingen vastgelegd in de database: ingebouwd: \(builtIn) (sha256 "))
        let recorded = try #require(try store.settingsInForce())
        #expect(try SettingsInForce.apply(search(), store: store) == "ongewijzigd: de database heeft deze instellingen al (\(SettingsInForce.describe(recorded)))")
        let same = try SettingsInForce.forFigures(search(), store: store)
        #expect(same.recorded == recorded && same.warnings.isEmpty && same.description == SettingsInForce.describe(recorded))

        let rules = "bankregels:\n  - { naam: Alles, categorie: Gift Alo Mik!, richting: Bij }\n"
        let differing = try folder.write("data/impact.yaml", rules)
        let inForce = try SettingsInForce.forFigures(search(), store: store)
        #expect(inForce.recorded == recorded && inForce.configuration.text == "bankregels: []\n")
        #expect(inForce.warnings == ["let op: \(differing) verschilt van de instellingen in de database (\(SettingsInForce.describe(recorded))); "
                                     + "de cijfers gebruiken die in de database; \(differing) vastleggen met: impact settings apply (of bij de volgende impact ingest)"])

        let once = try SettingsInForce.forFigures(search("../data/impact.yaml"), store: store)
        #expect(once.recorded == nil && once.configuration.text == rules)
        #expect(once.warnings == ["let op: de cijfers gebruiken \(differing) (--config), niet de instellingen in de database "
                                  + "(\(SettingsInForce.describe(recorded))); vastleggen met: impact settings apply --config ../data/impact.yaml"])
        #expect(try store.settingsHistory() == [recorded])
    }
}
