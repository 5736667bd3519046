import ArgumentParser
import Foundation
import ImpactKit

@main
struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Maakt van de exports van sociale organisaties de cijfers waar mensen op handelen.",
        discussion: """
            impact leest de exports (CSV, zie EXPORTS.md) in een SQLite-database, berekent de cijfers uit METRICS.md \
            per periode en schrijft ze als Excel-werkmap en als tekstrapport.

            Gewoonlijk:
              impact ingest SampleData/               exports inlezen (map of bestanden)
              impact status                           wat er is ingelezen
              impact report beleid --period 2022-Q4   out/beleid-2022-Q4.xlsx en .txt
              impact figures --period 2022-Q4         alle cijfers in rijen (csv/json)
              impact explain "Dromen ontvangen"       de regels achter een cijfer (intern)
              impact report financier-dromen --taal en   in het Engels
              impact settings                         instellingen van de cijfers

            Exitcodes: 0 gelukt; 1 niets bruikbaars gelezen of een rapport kon niet worden gemaakt; \
            64 verkeerd gebruik (onbekende optie, ongeldige periode); \
            3 met --strict: er is een bestand geweigerd \
            of een regel afgekeurd.
            """,
        subcommands: [Ingest.self, Status.self, Report.self, Figures.self, Explain.self, Settings.self]
    )
}

/// Options every command that opens the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Het databasebestand.", valueName: "pad"))
    var db = "impact.sqlite"

    func openStore() throws -> Store {
        do { return try Store(path: db) } catch { throw Failure("\(error)") }
    }
}

/// A failure the user can act on: printed as one line, exit code 1.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `text` to the file `--output` names, or else to stdout.
func deliver(_ text: String, to output: String?) throws {
    guard let output else { return print(text, terminator: "") }
    do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
        throw Failure("kan \(output) niet schrijven: \(error.localizedDescription)")
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// `--period 2022-Q4` and `--as-of 15-11-2022` as the commands take them.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("De periode: kwartaal 2022-Q4, maand 2022-11, jaar 2022 of ZWO-seizoen 2018-2019 (1 september t/m 31 augustus). Standaard het kwartaal van de nieuwste momentopname (voor een ZWO-rapport: het seizoen van de nieuwste datum).", valueName: "periode"))
    var period: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Peildatum binnen de periode (dd-mm-jjjj of jjjj-mm-dd): de periode en de vergelijkingsperiodes lopen dan tot die datum.", valueName: "datum"))
    var asOf: String?

    func comparison(store: Store, defaultPeriod: (Store) throws -> Period) throws -> Comparison {
        let asOfDay: Day?
        if let asOf {
            var text = asOf
            guard case .date(let day) = text.withUTF8({ DutchValues.date($0) }) else {
                throw ValidationError("--as-of \"\(asOf)\" is geen datum; gebruik dd-mm-jjjj of jjjj-mm-dd")
            }
            asOfDay = day
        } else { asOfDay = nil }
        let chosen: Period
        if let period {
            guard let parsed = Period(parsing: period) else {
                throw ValidationError("--period \"\(period)\" is geen periode; gebruik bijvoorbeeld 2022-Q4, 2022-11, 2022 of seizoen 2018-2019")
            }
            chosen = parsed
        } else {
            chosen = try defaultPeriod(store)
        }
        if let asOfDay, !chosen.contains(asOfDay) {
            throw ValidationError("--as-of \(asOfDay.dutch) valt niet in \(chosen.label) (\(chosen.first.dutch) t/m \(chosen.last.dutch))")
        }
        return Comparison(period: chosen, asOf: asOfDay)
    }
}
