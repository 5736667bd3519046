import Foundation
import Testing
@testable import ImpactKit

/// `--taal` on the command line: `impact figures` without it is exactly what it was (a published
/// interface), with `--taal en` it has English names; an English report gets its own file names; an
/// unknown code is a usage error naming the known ones.
struct LanguageCLITests {
    static func sha256(_ text: String) -> String {
        let digest = SHA256Digest()
        Array(text.utf8).withUnsafeBufferPointer { digest.update($0) }
        return digest.finish()
    }

    @Test func figuresStayDutchUnlessAskedAndNothingMoved() throws {
        try SampleStore.use { sample in
            let folder = try TempFolder()
            let database = sample.db.folder.url.appendingPathComponent("impact.sqlite").path
            let config = repositoryRoot.appendingPathComponent("impact.yaml").path
            func figures(_ extra: [String]) throws -> (status: Int32, output: String, errors: String) {
                try CLITests.run(["figures", "--db", database, "--config", config, "--period", "2022-Q4"] + extra, in: folder.url)
            }
            let plain = try figures([])
            #expect(plain.status == 0)
            // The SHA-256 of this output before --taal existed (2,257 lines): not one byte has moved.
            #expect(Self.sha256(plain.output) == "001e5147b8be01775a6bc924a5528ee7cdaec75a3e6e1c4c8012acd6315f6ab3")
            #expect(try figures(["--taal", "nl"]).output == plain.output)
            #expect(plain.output.contains("\nDromen ontvangen,Kanaal,Brievenbus,2022-Q4,"))

            let english = try figures(["--taal", "en"])
            #expect(english.status == 0)
            let lines = english.output.split(separator: "\n").map(String.init)
            #expect(lines.count == plain.output.split(separator: "\n").count)
            #expect(lines[0] == "figure,breakdown,category,period,value")
            #expect(lines[1] == "Dreams received,Total,Total,2022-Q4,372")
            #expect(lines.contains("Dreams received,Total,Total,since-start,5924"))
            #expect(lines.contains { $0.hasPrefix("Dreams received,Channel,Letterbox,2022-Q4,") })
            #expect(lines.contains { $0.hasPrefix("Caseload,Status,Conversation held,2022-Q4,") })
            #expect(lines.contains { $0.hasPrefix("Outflow,Centre × Destination,Haven (De Hoven) × Paid work,2022-Q4,") })
            #expect(lines.contains { $0.hasPrefix("Response time within 24 hours,Weekday,Monday,2022-Q4,") })
            #expect(lines.contains { $0.hasPrefix("Days to conversation P90,Total,Total,2022-Q4,42.6") })
            for dutch in ["Totaal", "sinds-start", "Dromen ontvangen", "Werkvoorraad"] { #expect(!english.output.contains(dutch), "\(dutch)") }

            let json = try figures(["--taal", "en", "--format", "json"])
            #expect(json.output.hasPrefix("[\n  {\"figure\": \"Dreams received\", \"breakdown\": \"Total\", \"category\": \"Total\", \"period\": \"2022-Q4\", \"value\": 372}"))
        }
    }

    @Test func unknownLanguageIsRefusedWithTheKnownOnes() throws {
        let folder = try TempFolder()
        for command in [["figures"], ["report", "beleid"]] {
            let result = try CLITests.run(command + ["--taal", "fr"], in: folder.url)
            #expect(result.status == 64, "\(command)")
            #expect(result.errors.contains("--taal \"fr\" is geen bekende taal; bekend: nl, en"), "\(result.errors)")
        }
    }

    @Test func englishReportHasItsOwnFilesAndSaysWhenItHasNoTemplate() throws {
        try SampleStore.use { sample in
            let folder = try TempFolder()
            try folder.write("rapporten/proef.yaml", EnglishReportTests.ownReport)
            try folder.write("rapporten/proef.txt.mustache", "{{% CONTENT_TYPE: TEXT}}\n{{titel}}\n")
            let database = sample.db.folder.url.appendingPathComponent("impact.sqlite").path
            let report = try CLITests.run(["report", "proef", "--reports", "rapporten", "--db", database, "--period", "2024-Q4", "--out", "uit", "--taal", "en"],
                                          in: folder.url)
            #expect(report.status == 0, "\(report.errors)")
            #expect(report.output == "geschreven: uit/proef-2024-Q4-en.xlsx\ngeschreven: uit/proef-2024-Q4-en.txt\n")
            // The folder the definition was found in, searched in order (--reports, ./Reports, ...), by its full path.
            #expect(report.errors.contains("let op: geen sjabloon \(folder.path)/rapporten/proef.en.txt.mustache; de Engelse tekst heeft de vaste opmaak"),
                    "\(report.errors)")
            #expect(try folder.read("uit/proef-2024-Q4-en.txt").hasPrefix("Proef zonder Engelse titel\nPeriod 2024-Q4: "))
        }
    }
}
