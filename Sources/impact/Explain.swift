import ArgumentParser
import Foundation
import ImpactKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toont de regels achter een cijfer: bestand, regel en sleutel van elke regel die meetelt (alleen intern).",
        discussion: """
            Voor een telling zijn het precies de regels die geteld zijn; bij Kinderen bereikt en Kinderen geholpen \
            staat erbij hoeveel verschillende kindnummers ze hebben. Bij een mediaan, percentiel, bedrag of percentage: \
            de regels waaruit het cijfer berekend is, en hoe. Nooit een persoonlijke kolom (droomtekst, naam, \
            rekeningnummer, omschrijving). Alleen voor intern gebruik: met --rapport van een openbaar rapport weigert \
            explain, want de regels zouden de bescherming van kleine aantallen ongedaan maken.

            Voorbeelden:
              impact explain "Dromen ontvangen" --uitsplitsing Kanaal=Brievenbus
              impact explain "Kinderen geholpen" --period 2022-Q4 --sinds-start
              impact explain "Dagen tot gesprek mediaan" --format csv --output d.csv
            """)

    @Argument(help: ArgumentHelp("Het cijfer, zoals impact figures het noemt (\"Dromen ontvangen\").", valueName: "cijfer"))
    var figure: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var periods: PeriodOptions

    @Option(name: .customLong("uitsplitsing"), help: ArgumentHelp("Eén categorie: NAAR=WAARDE, zoals Kanaal=Brievenbus of Stadsdeel=Poort. Standaard het totaal.", valueName: "naar=waarde"))
    var breakdown: String?

    @Flag(name: .customLong("sinds-start"), help: "Het cijfer sinds de start, tot het einde van de periode.")
    var sinceStart = false

    @Option(name: .customLong("rapport"), help: ArgumentHelp("Het rapport waarin het cijfer staat; een openbaar rapport wordt geweigerd.", valueName: "rapport"))
    var report: String?

    @Option(name: .long, help: ArgumentHelp("Map met eigen rapportdefinities; gezocht wordt daarna zoals bij impact report.", valueName: "map"))
    var reports: String?

    @Option(name: .long, help: ArgumentHelp("Instellingen (bankregels) voor alleen deze keer; standaard die in de database zijn vastgelegd (zie impact settings).", valueName: "pad"))
    var config: String?

    @Option(name: .long, help: "Uitvoerformaat: tekst of csv (voor Excel).")
    var format: ExplanationRenderer.Format = .tekst

    @Option(name: .long, help: ArgumentHelp("Schrijf naar dit bestand in plaats van naar de terminal.", valueName: "pad"))
    var output: String?

    func run() throws {
        do {
            if let report, let refusal = Explaining.refusal(for: try ReportFolders(option: reports, database: database.db).load(report).definition) {
                throw Failure(refusal)
            }
            let store = try database.openStore()
            let context = try database.figureContext(store: store, config: config)
            let comparison = try periods.comparison(store: store) { _ in
                guard let period = try Explaining.defaultPeriod(figure: figure, in: context) else {
                    throw Failure("er is nog niets ingelezen voor \(figure); begin met: impact ingest SampleData/, of geef --period")
                }
                return period
            }
            let period = sinceStart ? comparison.sinceStart : comparison.current
            let answer = try Explaining.explain(figure: figure, breakdown: breakdown, period: period, in: context)
            for warning in try Explaining.warnings(figure: figure, period: period, in: context) { printError(warning) }
            try write(answer)
        } catch let error as InputError {
            throw Failure(error.description)
        } catch let error as Explaining.Refusal {
            throw Failure(error.description)
        }
    }

    func write(_ answer: FigureExplanation) throws {
        switch (format, output) {
        case (.tekst, _):
            try deliver(ExplanationRenderer.text(answer), to: output)
        case (.csv, nil):
            print(ExplanationRenderer.csvRows(answer).map { CSVWriter.line($0) }.joined(), terminator: "")
        case (.csv, let path?):
            let writer = try CSVWriter(path: URL(fileURLWithPath: path).path)
            for row in ExplanationRenderer.csvRows(answer) { writer.write(row) }
            writer.close()
            print("geschreven: \(path)")
        }
    }
}

extension ExplanationRenderer.Format: ExpressibleByArgument {}
