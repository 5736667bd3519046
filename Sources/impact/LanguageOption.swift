import ArgumentParser
import ImpactKit

/// `--taal en`: the language of a report or of the names in `impact figures`; Dutch unless asked.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("taal"), help: ArgumentHelp("Taal: nl (standaard) of en (Engels, voor financiers in het buitenland).", valueName: "taal"))
    var code = Language.nl.rawValue

    var language: Language {
        get throws {
            guard let language = Language(code: code) else {
                throw ValidationError("--taal \"\(code)\" is geen bekende taal; bekend: \(Language.codes)")
            }
            return language
        }
    }

    /// Checked before anything runs, so a wrong code is a usage error (exit 64) like a wrong period.
    func validate() throws { _ = try language }
}
