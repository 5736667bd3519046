import ArgumentParser
import Foundation
import ImpactKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Leest exports in de database.",
        discussion: """
            Geef bestanden of mappen (mappen worden doorzocht op .csv, in naamvolgorde). Welke export een bestand is, \
            blijkt uit de naam (dromen_2022-Q4.csv) of anders uit de kolomkoppen.

            Elke regel wordt gecontroleerd. Goede regels worden geladen; afgekeurde regels worden genoemd met \
            bestand, regel, kolom, waarde en regel die is overtreden, en per bestand weggeschreven naar \
            <uitvoer>/afgekeurd/<bestand>-afgekeurd.csv om in Excel te openen en bij de bron te herstellen. \
            Een bestand dat al eens is ingelezen (zelfde inhoud, SHA-256) verandert niets. Een nieuwere export \
            voor hetzelfde kwartaal vervangt de oudere. Een bestand met ontbrekende kolommen wordt helemaal geweigerd.
            """)

    @Argument(help: ArgumentHelp("Bestanden of mappen met exports.", valueName: "pad"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Instellingen (kolomkoppelingen, bankregels); standaard impact.yaml in de huidige map of naast de database. Worden vastgelegd in de database als ze verschillen van de vastgelegde.", valueName: "pad"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Map voor de afgekeurde regels (submap afgekeurd/).", valueName: "map"))
    var out = "out"

    @OptionGroup var progress: ProgressOptions

    @Flag(name: .long, help: "Eindig met exitcode 3 als er een bestand is geweigerd of een regel is afgekeurd.")
    var strict = false

    func run() throws {
        PhaseTimes.mark("impact started, its command read")
        let store = try database.openStore()
        let settings = try database.settings(forIngest: true, config: config, store: store)
        let configuration = settings.configuration
        for note in settings.notes { print(note) }
        var ingestor = Ingestor(store: store, configuration: configuration, rejectsFolder: (out as NSString).appendingPathComponent("afgekeurd"))
        let status = progress.statusLine()
        let meter = IngestMeter(status)
        ingestor.progress = meter.update
        let outcomes = ingestor.ingest(paths)
        status.show("de cijfers van het ingelezen kwartaal berekenen (voor een snel rapport)")
        try FigureSets.prepare(after: outcomes, in: FigureContext(store: store, configuration: configuration))
        PhaseTimes.mark("figures cached")
        status.clear()
        print(IngestSummary.render(outcomes), terminator: "")
        let usable = outcomes.contains { outcome in
            switch outcome.result { case .loaded, .unchanged: return true; default: return false }
        }
        for outcome in outcomes { if case .refused(let message) = outcome.result { printError("fout: \(outcome.path): \(message)") } }
        if !usable { throw ExitCode(1) }
        let troubled = outcomes.contains { outcome in
            if case .refused = outcome.result { return true }
            return outcome.rowsRejected > 0
        }
        if strict && troubled { throw ExitCode(3) }
    }
}
