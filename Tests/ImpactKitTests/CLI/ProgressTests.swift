import Foundation
import Testing

/// The progress line: on a terminal it redraws in place on stderr; in a pipe (CI, a log) and with
/// `--stil` there is none of it, and the messages stay as they were.
struct ProgressTests {
    static let redraw = "\r\u{1B}[2K"
    static let register = repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_2024-Q4.csv").path

    /// Runs impact under a pseudo-terminal (util-linux `script`), as a person at a terminal would: what
    /// the terminal shows, stdout and stderr together.
    static func onTerminal(_ arguments: [String], in folder: URL) throws -> (status: Int32, shown: String) {
        let command = ([CLITests.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let shown = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: shown, as: UTF8.self))
    }

    @Test func ingestAndReportShowProgressOnATerminalOnly() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script runs a command on a terminal")
        let folder = try TempFolder()
        let ingest = try Self.onTerminal(["ingest", "--db", "a.sqlite", Self.register], in: folder.url)
        #expect(ingest.status == 0)
        #expect(ingest.shown.contains(Self.redraw + "dromen_2024-Q4.csv  0 regels"))
        #expect(ingest.shown.contains(Self.redraw + "de cijfers van het ingelezen kwartaal berekenen (voor een snel rapport)"))
        // The line is wiped before the summary, which reads as without a terminal.
        #expect(ingest.shown.contains(Self.redraw + Self.register + " (dromen 2024-Q4 UTF-8): "))

        let reports = repositoryRoot.appendingPathComponent("Reports").path
        let report = try Self.onTerminal(["report", "beleid", "--db", "a.sqlite", "--reports", reports, "--period", "2024-Q4"], in: folder.url)
        #expect(report.status == 0)
        #expect(report.shown.contains(Self.redraw + "rapport beleid 2024-Q4: de cijfers berekenen"))
        #expect(report.shown.contains(Self.redraw + "rapport beleid 2024-Q4: out/beleid-2024-Q4.xlsx schrijven"))
        #expect(report.shown.contains("geschreven: out/beleid-2024-Q4.txt"))

        let quiet = try Self.onTerminal(["ingest", "--stil", "--db", "b.sqlite", Self.register], in: folder.url)
        #expect(quiet.status == 0)
        #expect(!quiet.shown.contains("\u{1B}"), "--stil: no progress on a terminal either")
        #expect(quiet.shown.contains("dromen_2024-Q4.csv (dromen 2024-Q4 UTF-8): "))
        let quietReport = try Self.onTerminal(["report", "beleid", "--stil", "--db", "b.sqlite", "--reports", reports, "--period", "2024-Q4"], in: folder.url)
        #expect(!quietReport.shown.contains("\u{1B}") && quietReport.shown.contains("geschreven: out/beleid-2024-Q4.xlsx"))

        // In a pipe: stdout and stderr carry exactly what they did before progress existed.
        let piped = try CLITests.run(["ingest", "--db", "c.sqlite", Self.register], in: folder.url)
        #expect(piped.status == 0 && piped.errors.isEmpty)
        #expect(!piped.output.contains("\u{1B}") && !piped.output.contains("\r"))
    }
}
