import ArgumentParser
import Foundation
import ImpactKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maakt een rapport als Excel-werkmap en als tekst.",
        discussion: """
            Schrijft <uitvoer>/<rapport>-<periode>.xlsx en .txt (met --as-of: <rapport>-<periode>-tm-<datum>). Wat een \
            rapport bevat staat in <rapport>.yaml, gezocht in: de map van --reports, Reports/ in de huidige map, Reports/ \
            naast de database en de meegeleverde rapporten (de eerste map met dat bestand telt): secties met kerncijfers, uitsplitsingen, een trend of een \
            blok van een organisatie, met elk cijfer van elke organisatie. De tekst komt uit het sjabloon dat daar \
            genoemd wordt (Mustache), of anders uit een vaste opmaak. Dezelfde gegevens geven byte voor byte dezelfde \
            bestanden.

            Met --taal en is het rapport in het Engels (titels, labels, definities, tekst; getallen als 1,234.5 en \
            €1,762.60) en heet het <rapport>-<periode>-en.xlsx en .txt; de tekst komt dan uit <sjabloon>.en.txt.mustache \
            naast het Nederlandse sjabloon, of, als dat er niet is, uit de vaste opmaak.

            Meegeleverd: beleid (kwartaalrapportage van de beleidsadviseur armoede); zwo (stand van het jaarproject \
            Alo Mik!; --period is een seizoen, 2019-2020, met --as-of voor een peildatum erin). Lijsten voor de eigen \
            mensen van een organisatie (zwo: <rapport>-<periode>-niet-herkend.csv, de bankmutaties die bij geen \
            bankregel passen, met naam en omschrijving, alleen voor de penningmeester) komen ernaast.
            """)

    @Argument(help: ArgumentHelp("Welk rapport (een bestand <naam>.yaml in een van de rapportmappen).", valueName: "rapport"))
    var name: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var periods: PeriodOptions
    @OptionGroup var taal: LanguageOption

    @Option(name: .long, help: ArgumentHelp("Map voor de rapporten.", valueName: "map"))
    var out = "out"

    @Option(name: .long, help: ArgumentHelp("Map met eigen rapportdefinities en sjablonen; gezocht wordt daarna in Reports/ in de huidige map, Reports/ naast de database en de meegeleverde rapporten.", valueName: "map"))
    var reports: String?

    @Option(name: .long, help: ArgumentHelp("Instellingen (bankregels) voor alleen deze keer; standaard die in de database zijn vastgelegd (zie impact settings).", valueName: "pad"))
    var config: String?

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let store = try database.openStore()
        let status = progress.statusLine()
        defer { status.clear() }
        do {
            let (definition, folder) = try ReportFolders(option: reports, database: database.db).load(name)
            let context = try database.figureContext(store: store, config: config)
            let comparison = try periods.comparison(store: store) { _ in
                guard let period = try Reporting.defaultPeriod(for: Registry.organisations(of: definition), in: context) else {
                    throw Failure("er is nog niets ingelezen waar rapport '\(name)' uit putt; begin met: impact ingest SampleData/, of geef --period")
                }
                return period
            }
            let language = try taal.language
            status.show("rapport \(name) \(comparison.current.label): de cijfers berekenen")
            let model = try Reporting.model(definition, comparison: comparison, in: context, language: language)
            var warnings = try Reporting.warnings(definition, comparison: comparison, in: context)
            if let missing = TextRenderer.missingTemplate(for: model, in: folder) {
                warnings.append("let op: geen sjabloon \(missing); de Engelse tekst heeft de vaste opmaak")
            }
            if !warnings.isEmpty { status.clear() }
            for warning in warnings { printError(warning) }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let stem = (out as NSString).appendingPathComponent(Reporting.fileStem(report: name, comparison: comparison, language: language))
            status.show("rapport \(name) \(comparison.current.label): \(stem).xlsx schrijven")
            try WorkbookRenderer.write(model, to: stem + ".xlsx")
            status.show("rapport \(name) \(comparison.current.label): \(stem).txt schrijven")
            try TextRenderer.render(model, templateFolder: folder).write(toFile: stem + ".txt", atomically: true, encoding: .utf8)
            status.clear()
            print("geschreven: \(stem).xlsx")
            print("geschreven: \(stem).txt")
            // The lists for the organisation's own people stay Dutch, under the Dutch report's name.
            let ownStem = (out as NSString).appendingPathComponent(Reporting.fileStem(report: name, comparison: comparison))
            for list in try Reporting.ownLists(definition, comparison: comparison, in: context) {
                let path = "\(ownStem)-\(list.suffix).csv"
                try OwnListWriter.write(list, to: path)
                print("geschreven: \(path) (\(list.description))")
            }
        } catch let error as InputError {
            throw Failure(error.description)
        }
    }
}
