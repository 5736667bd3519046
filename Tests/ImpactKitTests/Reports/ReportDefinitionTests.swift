import Foundation
import Testing
@testable import ImpactKit

/// A report definition is a file people write: every mistake gets a message that names it and what is
/// known instead, and the shipped definitions load.
struct ReportDefinitionTests {
    static func load(_ yaml: String) throws -> ReportDefinition {
        let folder = try TempFolder()
        try folder.write("proef.yaml", yaml)
        return try ReportDefinition.load(name: "proef", folder: folder.path)
    }

    static func message(_ yaml: String) -> String? {
        do { _ = try load(yaml); return nil } catch let error as InputError { return error.message } catch { return "\(error)" }
    }

    static let minimal = "titel: Proef\nsecties:\n  - titel: Dromen\n    kerncijfers: [Dromen ontvangen]\n"

    @Test func shippedDefinitionsLoad() throws {
        let beleid = try ReportDefinition.load(name: "beleid", folder: shippedReports)
        #expect(!beleid.isPublic && beleid.secties.map(\.titel) == ["Dromen", "Activeringscentra", "Schuldhulp"])
        #expect(beleid.secties[1].blokken == ["activering-centra", "activering-bestemmingen"])
        #expect(Registry.organisations(of: beleid).map(\.id) == ["dromen", "activering", "alliantie"])
        let zwo = try ReportDefinition.load(name: "zwo", folder: shippedReports)
        #expect(zwo.isPublic && zwo.drempel == 5)
        #expect(Registry.organisations(of: zwo).map(\.id) == ["zwo"])
    }

    @Test func defaults() throws {
        let definition = try Self.load(Self.minimal)
        #expect(definition.naam == "proef")                 // the file name
        #expect(definition.doelgroep == "publiek" && definition.isPublic && definition.drempel == 5)
        #expect(definition.sjabloon == nil && definition.ondertitel == "")
    }

    @Test func unknownFigureIsNamedWithTheKnownOnes() throws {
        let message = try #require(Self.message("titel: Proef\nsecties:\n  - kerncijfers: [Dromen ontvang]\n"))
        #expect(message.hasPrefix("onbekend cijfer \"Dromen ontvang\"; bekend: Dromen ontvangen, Kinderen bereikt, "))
        #expect(message.contains("Uitstroompercentage") && message.contains("Opbrengst per bron"))
    }

    @Test func unknownBlockIsNamedWithTheKnownOnes() {
        #expect(Self.message("titel: Proef\nsecties:\n  - blok: zwo-grafiek\n")
                == "onbekend blok \"zwo-grafiek\"; bekend: activering-centra, activering-bestemmingen, zwo-stand, zwo-verloop, zwo-begroting, zwo-bankmutaties")
    }

    @Test func mistakesInKeysAreNamed() {
        #expect(Self.message("titel: Proef\nsectie:\n  - blok: zwo-stand\n")
                == "de rapportdefinitie: onbekende sleutel 'sectie'; bekend: doelgroep, drempel, naam, ondertitel, ondertitel_en, secties, sjabloon, titel, titel_en")
        #expect(Self.message("titel: Proef\nsecties:\n  - kerncijfer: [Dromen ontvangen]\n")
                == "sectie 1: onbekende sleutel 'kerncijfer'; bekend: blok, blokken, doelen, kerncijfers, teller_en_noemer, titel, titel_en, trend, uitsplitsingen")
        #expect(Self.message("titel: Proef\nsecties:\n  - uitsplitsingen:\n      - { titel: X, figuur: Dromen ontvangen }\n")
                == "sectie 1, uitsplitsing: 'naar' ontbreekt")
        #expect(Self.message("titel: Proef\nsecties:\n  - titel: Leeg\n") == "sectie 1 is leeg: noem kerncijfers, uitsplitsingen, trend of blok")
        #expect(Self.message("titel: Proef\nsecties: []\n")
                == "'secties' ontbreekt of is leeg: noem ten minste één sectie met kerncijfers, uitsplitsingen, trend of blok")
        #expect(Self.message(Self.minimal + "drempel: 0\n") == "drempel moet een geheel getal van 1 of meer zijn")
        #expect(Self.message("secties:\n  - blok: zwo-stand\n") == "de rapportdefinitie: 'titel' ontbreekt")
    }

    @Test func theOldSoortKeyIsExplained() {
        #expect(Self.message("soort: dromen\ntitel: Proef\n")?.hasPrefix("'soort' bestaat niet meer") == true)
    }

    @Test func unknownReportNamesTheKnownOnes() {
        do { _ = try ReportDefinition.load(name: "financier", folder: shippedReports); Issue.record("expected an error") } catch let error as InputError {
            #expect(error.message == "geen rapportdefinitie 'financier'; bekend: alamal, alliantie, beleid, financier-activering, financier-alamal, financier-alliantie, financier-dromen, financier-zwo, zwo")
        } catch { Issue.record("\(error)") }
        // A name with a slash never leaves the report folder.
        #expect(throws: InputError.self) { try ReportDefinition.load(name: "../impact", folder: shippedReports) }
    }
}
