import Foundation
import Testing
@testable import ImpactKit

/// Targets (`doelen`) beside a report, as a funder reads them: realised, target, difference and the share
/// of the target reached, in the workbook and the text; and every funder's report loads.
struct TargetsTests {
    @Test func everyOrganisationHasAFundersReport() throws {
        for organisation in Registry.all {
            let definition = try ReportDefinition.load(name: "financier-\(organisation.id)", folder: shippedReports)
            #expect(definition.isPublic, "\(organisation.id)")
            #expect(Registry.organisations(of: definition).map(\.id) == [organisation.id])
            #expect(!definition.secties.flatMap(\.doelen).isEmpty, "\(organisation.id) has targets")
        }
    }

    @Test func targetsAreReadBackFromTheWorkbook() throws {
        try SampleStore.use { (sample) throws in
            let definition = try ReportDefinition.load(name: "financier-alamal", folder: shippedReports)
            let model = try ReportModel.build(definition: definition, comparison: Comparison(period: .quarter(2024, 4)), store: sample.db.store)
            let xlsx = try TempFolder().url.appendingPathComponent("financier-alamal.xlsx")
            try WorkbookRenderer.write(model, to: xlsx.path)
            let cells = try #require(try ReportTests.readBack(xlsx)["cells"] as? [String: [[Any]]])
            let targets = try #require(cells["Doelen"])
            func row(_ figure: String) -> [String] { targets.first { ($0.first as? String) == figure }.map { $0.map { "\($0)" } } ?? [] }
            // 2024-Q4 (SampleData/README.md): 85,2% within 24 hours against 80%: +5,2 points, 106,5% of the target;
            // 81 registrations against 75 a quarter: +6, 108,0%. The yearly target (300) is not for a quarter.
            #expect(row("Reactietijd binnen 24 uur") == ["Reactietijd binnen 24 uur", "0.852", "0.8", "5.2", "1.065"])
            #expect(row("Aanmeldingen") == ["Aanmeldingen", "81", "75", "6", "1.08"])
            #expect(targets.filter { ($0.first as? String) == "Aanmeldingen" }.count == 1)
            // Each percentage with its numerator and denominator (teller_en_noemer: ja): 69 of 81 is 85,2%.
            let summary = try #require(cells["Samenvatting"])
            func summaryRow(_ label: String) -> [String] { summary.first { ($0.first as? String) == label }.map { $0.prefix(2).map { "\($0)" } } ?? [] }
            #expect(summaryRow("  teller: Reactietijd binnen 24 uur aantal") == ["  teller: Reactietijd binnen 24 uur aantal", "69"])
            #expect(summaryRow("  noemer: Eerste contacten") == ["  noemer: Eerste contacten", "81"])
            let text = try TextRenderer.render(model, templateFolder: shippedReports)
            #expect(text.contains("Reactietijd binnen 24 uur         85,2%  80,0%       5,2      106,5%"))
            // The yearly target applies to the year.
            let year = try ReportModel.build(definition: definition, comparison: Comparison(period: .year(2024)), store: sample.db.store)
            let yearly = try #require(year.sections.first?.tables.first { $0.role == .targets })
            #expect(yearly.rows.map { $0[0].text } == ["Aanmeldingen"] && yearly.rows[0][2].number == 300 && yearly.rows[0][1].number == 330)
        }
    }

    @Test func targetMistakesAreNamed() throws {
        let folder = try TempFolder()
        func message(_ targets: String) -> String? {
            do {
                try folder.write("doelen/proef.yaml", targets)
                try folder.write("proef.yaml", "titel: Proef\nsecties:\n  - doelen: doelen/proef.yaml\n")
                _ = try ReportDefinition.load(name: "proef", folder: folder.path)
                return nil
            } catch let error as InputError { return error.message } catch { return "\(error)" }
        }
        #expect(message("doelen:\n  - { cijfer: Aanmelding, periode: jaar, doel: 300 }\n")?.hasPrefix("onbekend cijfer \"Aanmelding\"; bekend: ") == true)
        #expect(message("doelen:\n  - { cijfer: Aanmeldingen, periode: week, doel: 300 }\n")
                == "doelen/proef.yaml, doel 1: periode \"week\" is geen kwartaal, maand, jaar, seizoen of periode als 2024-Q4")
        #expect(message("doelen:\n  - { cijfer: Aanmeldingen, periode: jaar, doel: veel }\n") == "doelen/proef.yaml, doel 1: 'doel' moet een getal zijn")
        try folder.write("slecht.yaml", "titel: Proef\nsecties:\n  - doelen: ../elders.yaml\n")
        #expect(throws: InputError.self) { try ReportDefinition.load(name: "slecht", folder: folder.path) }
    }
}
