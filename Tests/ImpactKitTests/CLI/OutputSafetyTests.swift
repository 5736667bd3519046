import Foundation
import Testing
@testable import ImpactKit

/// Text from the inputs never becomes a formula in any list or workbook impact writes, and names from
/// the inputs or the command line never make impact write outside its output folder.
@Suite struct OutputSafetyTests {
    /// A register where a partner's name and a rejected row's Kindnummer look like formulas.
    static func folder() throws -> TempFolder {
        let folder = try TempFolder()
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("SampleData/postcodes_almere.csv").path,
                                         toPath: folder.url.appendingPathComponent("postcodes_almere.csv").path)
        let rows = (1...6).map { DreamCSV.row(String(format: "AILGB-2022-%04d", $0), ["Verbonden met": "=1+1"]) }
            + [DreamCSV.row("AILGB-2022-0099", ["Kindnummer": "@SUM(1)", "Leeftijd": "40"])]
        try folder.write("dromen_2022-Q4.csv", DreamCSV.file(rows))
        #expect(try CLITests.run(["ingest", "dromen_2022-Q4.csv", "postcodes_almere.csv"], in: folder.url).status == 0)
        return folder
    }

    @Test func cellsThatLookLikeFormulasStayText() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        // The rejected rows for the coordinator.
        let rejects = try folder.read("out/afgekeurd/dromen_2022-Q4-afgekeurd.csv")
        #expect(rejects.contains(";'@SUM(1);"), "\(rejects)")
        // The tidy figures.
        #expect(try CLITests.run(["figures", "--period", "2022-Q4", "--output", "cijfers.csv"], in: folder.url).status == 0)
        #expect(try folder.read("cijfers.csv").contains("Verbonden met,Verbonden met,'=1+1,2022-Q4,6\n"))
        // The workbook: the partner's name is a text cell, and no cell anywhere is a formula.
        #expect(try CLITests.run(["report", "beleid", "--period", "2022-Q4", "--reports", shippedReports], in: folder.url).status == 0)
        let book = try ReportTests.readBack(folder.url.appendingPathComponent("out/beleid-2022-Q4.xlsx"))
        let cells = try #require(book["cells"] as? [String: [[Any]]]), types = try #require(book["types"] as? [String: [[String]]])
        var found = 0
        for (sheet, rows) in cells {
            for (r, row) in rows.enumerated() {
                for (c, value) in row.enumerated() where "\(value)" == "=1+1" {
                    #expect(types[sheet]?[r][c] == "s")
                    found += 1
                }
            }
        }
        #expect(found > 0)
        #expect(!types.values.joined().joined().contains("f"))
        // An organisation's own list (the treasurer's unrecognised transactions).
        let list = OwnList(suffix: "niet-herkend", description: "", header: ["Omschrijving", "Bedrag"],
                           rows: [["=HYPERLINK(\"x\")", "-12,50"], ["+31 6 1234", "@A1"]])
        try OwnListWriter.write(list, to: folder.url.appendingPathComponent("lijst.csv").path)
        let bytes = try Data(contentsOf: folder.url.appendingPathComponent("lijst.csv"))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "Omschrijving;Bedrag\r\n\"'=HYPERLINK(\"\"x\"\")\";-12,50\r\n'+31 6 1234;'@A1\r\n")
    }

    @Test func namesNeverLeadOutsideTheOutputFolder() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let inside = folder.url.appendingPathComponent("werk")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.url.appendingPathComponent("impact.sqlite"), to: inside.appendingPathComponent("impact.sqlite"))
        try FileManager.default.copyItem(atPath: shippedReports + "/beleid.yaml", toPath: folder.url.appendingPathComponent("beleid.yaml").path)
        // A report name with a path is refused, even when the file it names exists.
        let climbing = try CLITests.run(["report", "../beleid", "--period", "2022-Q4", "--reports", shippedReports], in: inside)
        #expect(climbing.status == 1)
        #expect(climbing.errors.contains("geen rapportdefinitie '../beleid'; bekend: "), "\(climbing.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("beleid-2022-Q4.xlsx").path))
        // A symlinked output folder is followed: the user chose it.
        let target = folder.url.appendingPathComponent("echte-uitvoer")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: inside.appendingPathComponent("uit"), withDestinationURL: target)
        #expect(try CLITests.run(["report", "beleid", "--period", "2022-Q4", "--reports", shippedReports, "--out", "uit"], in: inside).status == 0)
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("beleid-2022-Q4.xlsx").path))
        // An input file's name reaches the rejects list only as its last component.
        try folder.write("werk/sub/dromen_2023-Q1.csv", DreamCSV.file([DreamCSV.row("AILGB-2022-0001", ["Leeftijd": "40"])]))
        #expect(try CLITests.run(["ingest", "sub/../sub/dromen_2023-Q1.csv"], in: inside).status == 0)
        #expect(FileManager.default.fileExists(atPath: inside.appendingPathComponent("out/afgekeurd/dromen_2023-Q1-afgekeurd.csv").path))
    }
}
