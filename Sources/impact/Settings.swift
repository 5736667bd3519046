import ArgumentParser
import Foundation
import ImpactKit

struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Laat zien welke instellingen (impact.yaml) de cijfers gebruiken, of legt nieuwe vast.",
        discussion: """
            De database legt de instellingen vast waarmee ze is gevuld (kolomkoppelingen, bankregels); de cijfers \
            worden daaruit berekend, in welke map impact ook start. Nieuwe instellingen gelden na impact ingest (die \
            legt een gevonden impact.yaml vast als die anders is) of na impact settings apply.

            Zoekvolgorde: het bestand van --config, impact.yaml in de huidige map, impact.yaml naast de database, \
            en de meegeleverde standaardinstellingen.
            """,
        subcommands: [Show.self, Apply.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Welke instellingen gelden, wat eerder gold en wat de zoekvolgorde vindt.")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: ArgumentHelp("Een instellingenbestand om te vergelijken.", valueName: "pad"))
        var config: String?

        func run() throws {
            let store = try database.openStore()
            let search = database.settingsSearch(config: config)
            let inForce = try database.settings(forIngest: false, config: config, store: store, printWarnings: false)
            print("In gebruik: \(inForce.description)")
            let history = try store.settingsHistory()
            if history.count > 1 {
                print("Eerder vastgelegd:")
                for old in history.dropLast().reversed() { print("  \(SettingsInForce.describe(old))") }
            }
            print("Zoekvolgorde:")
            let recorded = try store.settingsInForce()
            for (path, place) in search.places {
                let text = try? String(contentsOfFile: path, encoding: .utf8)
                let state: String
                if let text, let recorded {
                    state = SettingsInForce.digest(of: text) == recorded.sha256 ? "gelijk aan de vastgelegde" : "verschilt van de vastgelegde"
                } else {
                    state = text == nil ? "niet aanwezig" : "aanwezig"
                }
                print("  \(Self.label(place)): \(path) (\(state))")
            }
            for warning in inForce.warnings { printError(warning) }
        }

        static func label(_ place: SettingsSearch.Place) -> String {
            switch place {
            case .option: return "--config"
            case .currentFolder: return "huidige map"
            case .databaseFolder: return "naast de database"
            case .builtIn: return "meegeleverd"
            }
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Legt de eerste instellingen uit de zoekvolgorde vast in de database; de cijfers gebruiken ze vanaf dan.")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: ArgumentHelp("Het instellingenbestand om vast te leggen.", valueName: "pad"))
        var config: String?

        func run() throws {
            let store = try database.openStore()
            do { print(try SettingsInForce.apply(database.settingsSearch(config: config), store: store)) } catch let error as InputError {
                throw Failure(error.description)
            }
        }
    }
}

extension DatabaseOptions {
    func settingsSearch(config: String?) -> SettingsSearch { SettingsSearch(config: config, database: db) }

    /// The settings a command uses (see SettingsInForce); its warnings go to stderr.
    /// What `figures`, `report` and `explain` compute with: the recorded settings (or `--config` for this run).
    func figureContext(store: Store, config: String?) throws -> FigureContext {
        FigureContext(store: store, configuration: try settings(forIngest: false, config: config, store: store).configuration)
    }

    func settings(forIngest: Bool, config: String?, store: Store, printWarnings: Bool = true) throws -> SettingsInForce {
        do {
            let search = settingsSearch(config: config)
            let settings = forIngest ? try SettingsInForce.forIngest(search, store: store) : try SettingsInForce.forFigures(search, store: store)
            if printWarnings { for warning in settings.warnings { printError(warning) } }
            return settings
        } catch let error as InputError {
            throw Failure(error.description)
        }
    }
}
