import Foundation
import Testing

/// The `impact` binary as a user runs it: exit codes and messages.
struct CLITests {
    /// The executable sits in the build folder, beside the tests' resource bundle (Linux) or beside the
    /// .xctest bundle that holds it (macOS).
    static var binary: URL {
        var url = Bundle.module.bundleURL.deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("impact").path) && url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("impact")
    }

    /// Runs `executable` (impact unless said) in `folder`, and returns its exit status, stdout and stderr.
    static func run(executable: URL = binary, _ arguments: [String], in folder: URL,
                    environment: [String: String]? = nil) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func exitCodesMeanSomething() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the executable first (swift build --build-tests)")
        let folder = try TempFolder()
        let help = try Self.run(["--help"], in: folder.url)
        #expect(help.status == 0 && help.output.contains("impact ingest SampleData/"))

        let wrongPeriod = try Self.run(["figures", "--period", "2022-Q5"], in: folder.url)
        #expect(wrongPeriod.status == 64)
        #expect(wrongPeriod.errors.contains("--period \"2022-Q5\" is geen periode"))

        let nothing = try Self.run(["ingest", "bestaat-niet.csv"], in: folder.url)
        #expect(nothing.status == 1)
        #expect(nothing.errors.contains("fout: bestaat-niet.csv: bestand of map bestaat niet"))

        // A file with missing columns: refused, named, exit 1 since nothing usable was read.
        try folder.write("dromen_2022-Q4.csv", "Dossiernummer;Kindnummer\nAILGB-2022-0001;K-00001\n")
        let refused = try Self.run(["ingest", "dromen_2022-Q4.csv"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("missing-label: kolommen \"Programma\", \"Ontvangen op\""))

        // A good file with one bad row: loaded, exit 0; with --strict, exit 3.
        let header = "Dossiernummer;Kindnummer;Programma;Ontvangen op;Kanaal;Leeftijd;Postcode;Categorie;Status;Gesprek op;Verbonden met;Verbonden op;Ouders verbonden"
        try folder.write("dromen_2022-Q3.csv", header + "\nAILGB-2022-0001;K-1;Als ik later groot ben;05-07-2022;Website;9;1311;Fiets;Nieuw;;;;\n"
                         + "AILGB-2022-0002;K-2;Als ik later groot ben;05-07-2022;Website;21;1311;Fiets;Nieuw;;;;\n")
        let loaded = try Self.run(["ingest", "dromen_2022-Q3.csv", "--db", "a.sqlite"], in: folder.url)
        #expect(loaded.status == 0 && loaded.output.contains("2 regels gelezen, 1 geladen, 1 afgekeurd"))
        let strict = try Self.run(["ingest", "dromen_2022-Q3.csv", "--db", "b.sqlite", "--strict"], in: folder.url)
        #expect(strict.status == 3)
        let figures = try Self.run(["figures", "--db", "a.sqlite", "--period", "2022-Q3", "--format", "json"], in: folder.url)
        #expect(figures.status == 0 && figures.output.hasPrefix("[\n  {\"figure\": \"Dromen ontvangen\""))
    }
}
