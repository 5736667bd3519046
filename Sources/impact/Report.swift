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

            Rapporten: beleid (kwartaalrapportage van de beleidsadviseur armoede); zwo (stand van het jaarproject \
            Alo Mik! voor kerkenraad en nieuwsbrief; --period is een seizoen, 2019-2020, met --as-of voor een \
            peildatum erin). Het zwo-rapport schrijft daarnaast <rapport>-<periode>-niet-herkend.csv: de \
            bankmutaties die bij geen bankregel passen, met naam en omschrijving, alleen voor de penningmeester.
            """)

    @Argument(help: ArgumentHelp("Welk rapport (een bestand Reports/<naam>.yaml).", valueName: "rapport"))
    var name: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var periods: PeriodOptions

    @Option(name: .long, help: ArgumentHelp("Map voor de rapporten.", valueName: "map"))
    var out = "out"

    @Option(name: .long, help: ArgumentHelp("Map met rapportdefinities en sjablonen.", valueName: "map"))
    var reports = "Reports"

    @Option(name: .long, help: ArgumentHelp("Instellingen (bankregels); standaard impact.yaml als dat bestaat.", valueName: "pad"))
    var config: String?

    func run() throws {
        let store = try database.openStore()
        do {
            let definition = try ReportDefinition.load(name: name, folder: reports)
            if definition.soort == "zwo" { return try runZwo(definition, store: store) }
            let comparison = try periods.comparison(store: store)
            let model = try ReportModel.build(definition: definition, comparison: comparison, store: store)
            for warning in try FigureSets.staleSnapshotWarnings(comparison.all, store: store) { printError(warning) }
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

    func runZwo(_ definition: ReportDefinition, store: Store) throws {
        let configuration = try loadConfiguration(config)
        let comparison = try periods.comparison(store: store) { store in
            // Default: the season of the newest date in the ZWO exports.
            let newest = try store.allFiles().filter { FigureSets.zwoSources.contains($0.source) }.compactMap(\.newestDate).max()
            guard let newest else { throw Failure("er is nog geen ZWO-export ingelezen; begin met: impact ingest SampleData/zwo/") }
            let (year, month, _) = newest.parts
            return .season(startingIn: month >= 9 ? year : year - 1)
        }
        let classifier = try BankClassifier(configuration.bankRules, file: configuration.file)
        if configuration.bankRules.isEmpty { printError("let op: geen bankregels gevonden (impact.yaml); geen enkele bankgift wordt herkend") }
        let report = try ZwoReport.build(definition: definition, comparison: comparison, store: store, classifier: classifier)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let current = comparison.current
        let suffix = current.last < current.fullLast ? "-tm-\(current.last.iso)" : ""
        let stem = (out as NSString).appendingPathComponent("\(name)-\(current.label)\(suffix)")
        try ZwoWorkbook.write(report, to: stem + ".xlsx")
        try ZwoText.render(report, templateFolder: reports).write(toFile: stem + ".txt", atomically: true, encoding: .utf8)
        try UnrecognisedList.write(report.unrecognised, to: stem + "-niet-herkend.csv")
        print("geschreven: \(stem).xlsx")
        print("geschreven: \(stem).txt")
        print("geschreven: \(stem)-niet-herkend.csv (\(report.unrecognised.count) niet herkende bankmutaties, voor de penningmeester)")
    }
}
