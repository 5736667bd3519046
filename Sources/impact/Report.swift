import ArgumentParser
import Foundation
import ImpactKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maakt een rapport als Excel-werkmap en als tekst.",
        discussion: """
            Schrijft <uitvoer>/<rapport>-<periode>.xlsx en .txt. Wat een rapport bevat staat in \
            Reports/<rapport>.yaml; de tekst komt uit het sjabloon dat daar genoemd wordt (Mustache), \
            aan te passen zonder te compileren. Dezelfde gegevens geven byte voor byte dezelfde bestanden.

            Rapporten: beleid (kwartaalrapportage van de beleidsadviseur armoede).
            """)

    @Argument(help: ArgumentHelp("Welk rapport (een bestand Reports/<naam>.yaml).", valueName: "rapport"))
    var name: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var periods: PeriodOptions

    @Option(name: .long, help: ArgumentHelp("Map voor de rapporten.", valueName: "map"))
    var out = "out"

    @Option(name: .long, help: ArgumentHelp("Map met rapportdefinities en sjablonen.", valueName: "map"))
    var reports = "Reports"

    func run() throws {
        let store = try database.openStore()
        let comparison = try periods.comparison(store: store)
        do {
            let definition = try ReportDefinition.load(name: name, folder: reports)
            let model = try ReportModel.build(definition: definition, comparison: comparison, store: store)
            if model.snapshotUsed == nil {
                printError("let op: er is geen export van op of vóór \(comparison.current.last.dutch); de cijfers zijn leeg")
            } else if let used = model.snapshotUsed, used.snapshot != comparison.current.label, comparison.current.kind == .quarter {
                printError("let op: geen export voor \(comparison.current.label); de stand komt uit \(used.name)")
            }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let stem = (out as NSString).appendingPathComponent("\(name)-\(comparison.current.label)")
            try WorkbookRenderer.write(model, to: stem + ".xlsx")
            let text = try TextRenderer.render(model, templateFolder: reports)
            try text.write(toFile: stem + ".txt", atomically: true, encoding: .utf8)
            print("geschreven: \(stem).xlsx")
            print("geschreven: \(stem).txt")
        } catch let error as InputError {
            throw Failure(error.description)
        }
    }
}
