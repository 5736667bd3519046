import Foundation
import Testing
@testable import ImpactKit

/// The settings a figure depends on travel with the database: through the binary, from several folders.
struct RecordedSettingsTests {
    static let bankGifts = "Opbrengst per bron,Bron,Bankgiften,2018-2019,"

    /// The Bankgiften line of `impact figures --period 2018-2019` run in `folder`, and its stderr.
    static func bankGifts(_ database: String, in folder: URL, _ more: [String] = []) throws -> (line: String?, csv: String, errors: String) {
        let run = try CLITests.run(["figures", "--period", "2018-2019", "--db", database] + more, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        return (run.output.split(separator: "\n").first { $0.hasPrefix(bankGifts) }.map(String.init), run.output, run.errors)
    }

    @Test func theSameDatabaseGivesTheSameFiguresFromEveryFolder() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        // The treasurer's own rules, in the folder she works in: no transaction is a gift for Alo Mik!.
        let own = try folder.write("penningmeester/impact.yaml", "bankregels:\n  - { naam: Alles, categorie: Andere ZWO-gift, richting: Bij }\n")
        let treasurer = folder.url.appendingPathComponent("penningmeester"), elsewhere = folder.url.appendingPathComponent("elders")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let database = folder.url.appendingPathComponent("data/impact.sqlite").path
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        let defaults = repositoryRoot.appendingPathComponent("impact.yaml").path

        // Ingested from a folder without settings: impact's own defaults are recorded and used.
        let ingest = try CLITests.run(["ingest", repositoryRoot.appendingPathComponent("SampleData/zwo").path, "--db", database,
                                       "--out", folder.url.appendingPathComponent("uit").path], in: elsewhere)
        #expect(ingest.status == 0, "\(ingest.errors)")
        #expect(ingest.output.hasPrefix("instellingen vastgelegd in de database: ingebouwd: \(defaults) (sha256 "))
        let fromElsewhere = try Self.bankGifts(database, in: elsewhere)
        #expect(fromElsewhere.line == Self.bankGifts + "40535.33")
        #expect(fromElsewhere.errors.isEmpty)

        // The treasurer's folder holds other rules: the figures stay the database's, and stderr says why.
        let fromTreasurer = try Self.bankGifts(database, in: treasurer)
        #expect(fromTreasurer.csv == fromElsewhere.csv)
        #expect(fromTreasurer.errors.contains("let op: \(own) verschilt van de instellingen in de database (ingebouwd: \(defaults), vastgelegd "))
        // --config tries them for one run.
        let tried = try Self.bankGifts(database, in: treasurer, ["--config", "impact.yaml"])
        #expect(tried.line == Self.bankGifts + "0")
        #expect(tried.errors.contains("let op: de cijfers gebruiken \(own) (--config), niet de instellingen in de database"))
        let status = try CLITests.run(["status", "--db", database], in: elsewhere)
        #expect(status.output.contains("\nInstellingen: ingebouwd: \(defaults), vastgelegd "))

        // Applied, they are the database's: every folder gets them.
        let apply = try CLITests.run(["settings", "apply", "--db", database], in: treasurer)
        #expect(apply.status == 0 && apply.output.hasPrefix("instellingen vastgelegd in de database: \(own) (sha256 "), "\(apply.errors)")
        #expect(try Self.bankGifts(database, in: elsewhere).line == Self.bankGifts + "0")
        let after = try CLITests.run(["status", "--db", database], in: elsewhere)
        #expect(after.output.contains("\nInstellingen: \(own), vastgelegd "))
        let shown = try CLITests.run(["settings", "--db", database], in: elsewhere)
        #expect(shown.output.hasPrefix("In gebruik: \(own), vastgelegd "))
        #expect(shown.output.contains("Eerder vastgelegd:\n  ingebouwd: \(defaults), vastgelegd "))
        #expect(shown.output.contains("  meegeleverd: \(defaults) (verschilt van de vastgelegde)"))
    }

    /// A database of schema 5 (before settings were recorded) is upgraded when opened and gives the figures
    /// it gave, from an empty folder (impact's default rules), saying the settings are not recorded yet.
    @Test func schema5DatabaseUpgradesAndKeepsItsFigures() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let fixtures = repositoryRoot.appendingPathComponent("Tests/ImpactKitTests/Fixtures/schema5")
        let path = folder.url.appendingPathComponent("impact.sqlite").path
        try Database(path: path).execute(try String(contentsOf: fixtures.appendingPathComponent("schema5.sql"), encoding: .utf8))
        let expected = try String(contentsOf: fixtures.appendingPathComponent("figures-2018-2019.csv"), encoding: .utf8)

        let before = try CLITests.run(["figures", "--period", "2018-2019", "--output", "cijfers.csv"], in: folder.url)
        #expect(before.status == 0)
        #expect(try folder.read("cijfers.csv") == expected)
        #expect(before.errors.contains("let op: in deze database zijn nog geen instellingen vastgelegd"), "\(before.errors)")
        let db = try Database(path: path)
        #expect(try db.prepare("PRAGMA user_version").scalar() == Schema.version)
        #expect(try db.prepare("SELECT count(*) FROM bronbestand WHERE instellingen_id IS NULL").scalar() == 3)
        #expect(try db.prepare("SELECT count(*) FROM instellingen").scalar() == 0)

        #expect(try CLITests.run(["settings", "apply"], in: folder.url).status == 0)
        let after = try CLITests.run(["figures", "--period", "2018-2019", "--output", "cijfers.csv"], in: folder.url)
        #expect(after.status == 0 && after.errors.isEmpty, "\(after.errors)")
        #expect(try folder.read("cijfers.csv") == expected)
    }
}
