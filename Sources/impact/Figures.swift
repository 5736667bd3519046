import ArgumentParser
import Foundation
import ImpactKit

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Schrijft alle cijfers als nette rijen (CSV of JSON) voor analisten.",
        discussion: """
            Eén rij per cijfer, uitsplitsing, categorie en periode, met de kolommen figure, breakdown, category, \
            period, value. Voor de gevraagde periode, de periode ervoor, dezelfde periode een jaar eerder en \
            sinds-start tot het einde van de periode; elke rij draagt het label van haar periode (2022-Q4, 2022-Q3, \
            2021-Q4, sinds-start). Cijfernamen zoals in METRICS.md; decimalen met een punt; een leeg veld (CSV) of \
            null (JSON) als er niets te berekenen viel. Met --taal en staan de namen van cijfers, uitsplitsingen en vaste \
            categorieën in het Engels (en sinds-start als since-start); zonder --taal blijft alles zoals het was.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var periods: PeriodOptions
    @OptionGroup var taal: LanguageOption

    @Option(name: .long, help: ArgumentHelp("Instellingen (bankregels) voor alleen deze keer; standaard die in de database zijn vastgelegd (zie impact settings).", valueName: "pad"))
    var config: String?

    @Option(name: .long, help: "Uitvoerformaat: csv of json.")
    var format: TidyFigures.Format = .csv

    @Option(name: .long, help: ArgumentHelp("Schrijf naar dit bestand in plaats van naar de terminal.", valueName: "pad"))
    var output: String?

    func run() throws {
        let store = try database.openStore()
        let context = try database.figureContext(store: store, config: config)
        let comparison = try periods.comparison(store: store) { _ in
            guard let period = try Reporting.defaultPeriod(for: Registry.all, in: context) else {
                throw Failure("er is nog niets ingelezen; begin met: impact ingest SampleData/, of geef --period")
            }
            return period
        }
        let values: [FigureValue]
        do { values = try FigureSets.compute(comparison.all, in: context) } catch let error as InputError {
            throw Failure(error.description)
        }
        for warning in try FigureSets.warnings(comparison.all, in: context) { printError(warning) }
        try deliver(TidyFigures.render(Registry.catalog.translated(values, to: try taal.language), as: format), to: output)
    }
}

extension TidyFigures.Format: ExpressibleByArgument {}
