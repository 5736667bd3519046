import Foundation
import Testing
@testable import ImpactKit

/// `impact explain` as a user runs it: a CSV that opens (BOM, `;`, one header) with formula-like text
/// neutralised, the refusal of a public report's context, and the default period.
struct ExplainCLITests {
    @Test func writesACSVForExcelAndRefusesAPublicReport() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLITests.binary.path), "build the executable first (swift build --build-tests)")
        let (db, _) = try ExplainTests.register()
        let database = db.folder.url.appendingPathComponent("impact.sqlite").path
        let csv = try CLITests.run(["explain", "Verbonden met", "--db", database, "--period", "2022-Q3", "--uitsplitsing", "Verbonden met==1+1",
                                    "--format", "csv", "--output", "uit.csv"], in: db.folder.url)
        #expect(csv.status == 0 && csv.output == "geschreven: uit.csv\n", "\(csv.errors)")
        let path = db.folder.url.appendingPathComponent("uit.csv").path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        var records: [[String]] = []
        try CSVReader(path: path, fingerprint: try FileFingerprint.of(path: path)).forEachRecord { record in
            records.append((0..<record.count).map { record.rawString($0) })
        }
        #expect(records.first == ["Cijfer", "Verbonden met"])
        #expect(records.contains(["Waarde", "1"]) && records.contains(["Regels", "1"]))
        let header = try #require(records.firstIndex { $0.first == "Bestand" })
        #expect(records[header] == ["Bestand", "Regel", "Dossiernummer", "Status", "Verbonden op", "Verbonden met", "In dromen_2022-Q3.csv"])
        #expect(Array(records[(header + 1)...]) == [["dromen_2022-Q3.csv", "4", "AILGB-2022-0003", "Verbonden", "15-09-2022", "'=1+1", "regel 4"]])
        // Formula-safe: no cell starts as a formula would.
        for cell in records.joined() { #expect(!(cell.first.map { "=+@".contains($0) } ?? false), "\(cell)") }

        let refused = try CLITests.run(["explain", "Dromen ontvangen", "--db", database, "--rapport", "financier-dromen", "--reports", shippedReports],
                                       in: db.folder.url)
        #expect(refused.status == 1 && refused.output.isEmpty)
        #expect(refused.errors.contains("impact explain is alleen voor intern gebruik en weigert rapport 'financier-dromen': dat is openbaar"))

        // An internal report's context is fine; without --period the quarter of the newest register.
        let inside = try CLITests.run(["explain", "Dromen ontvangen", "--db", database, "--rapport", "beleid", "--reports", shippedReports],
                                        in: db.folder.url)
        #expect(inside.status == 0 && inside.output.hasPrefix("Dromen ontvangen, 2022-Q4, Totaal: 1 (1 regel)\n"), "\(inside.errors)")

        let unknown = try CLITests.run(["explain", "Dromen", "--db", database], in: db.folder.url)
        #expect(unknown.status == 1 && unknown.errors.contains("onbekend cijfer \"Dromen\"; bekend: Dromen ontvangen, "))
    }
}
