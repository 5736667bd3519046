import ArgumentParser
import ImpactKit

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Laat per bron zien wat er is ingelezen.",
        discussion: "Per export: aantal bestanden, momentopnamen (eerste t/m laatste), regels geladen en afgekeurd, en de nieuwste datum in de gegevens; en welke instellingen (impact.yaml) de cijfers gebruiken.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Een instellingenbestand om met de vastgelegde te vergelijken.", valueName: "pad"))
    var config: String?

    func run() throws {
        let store = try database.openStore()
        let files = try store.allFiles()
        guard !files.isEmpty else {
            print("Nog niets ingelezen in \(database.db). Begin met: impact ingest SampleData/")
            return
        }
        print("Database: \(database.db)")
        let settings = try database.settings(forIngest: false, config: config, store: store, printWarnings: false)
        print("Instellingen: \(settings.description)")
        for warning in settings.warnings { print("  \(warning)") }
        for kind in Registry.exports {
            let all = files.filter { $0.source == kind.source }
            guard !all.isEmpty else { print("\(kind.title): niets ingelezen"); continue }
            let current = all.filter { $0.replacedBy == nil }
            let snapshots = current.compactMap(\.snapshot)
            var line = "\(kind.title): \(all.count) bestand(en)"
            if all.count != current.count { line += " (\(all.count - current.count) vervangen door een nieuwere export)" }
            if let first = snapshots.first, let last = snapshots.last {
                line += "; \(snapshots.count) momentopname(n) \(first) t/m \(last)"
            }
            print(line)
            let loaded = current.map(\.rowsLoaded).reduce(0, +), rejected = current.map(\.rowsRejected).reduce(0, +)
            let overlap = current.map(\.rowsAlreadyKnown).reduce(0, +)
            print("  regels geladen \(DutchFormat.integer(loaded)), afgekeurd \(DutchFormat.integer(rejected))"
                  + (overlap > 0 ? ", \(DutchFormat.integer(overlap)) al bekend uit een overlappende export (één keer geteld)" : ""))
            if let newest = current.compactMap(\.newestDate).max() { print("  nieuwste datum in de gegevens: \(newest.dutch)") }
        }
    }
}
