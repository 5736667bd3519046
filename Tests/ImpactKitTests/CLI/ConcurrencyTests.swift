import Foundation
import Testing
@testable import ImpactKit

/// Two `impact` processes on one database: a report made while an ingest runs sees the data before the
/// file or all of it, never part; two ingests at once both load, one after the other.
@Suite(.serialized) struct ConcurrencyTests {
    /// A Dromenregister of `count` valid dossiers received in 2022-Q4.
    static func register(_ count: Int, prefix: String) -> String {
        let line = DreamCSV.line(DreamCSV.row("X"))
        let rest = line[line.index(after: line.firstIndex(of: ";")!)...]
        return DreamCSV.header.joined(separator: ";") + "\n" + (1...count).map { "\(prefix)-\($0);\(rest)" }.joined(separator: "\n") + "\n"
    }

    static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// "Dromen ontvangen" in total for 2022-Q4, as `impact figures` gives it (nil: no such row).
    static func received(in folder: URL) throws -> Int? {
        let run = try CLITests.run(["figures", "--period", "2022-Q4", "--output", "cijfers.csv"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOf: folder.appendingPathComponent("cijfers.csv"), encoding: .utf8)
        return text.split(separator: "\n").first { $0.hasPrefix("Dromen ontvangen,Totaal,Totaal,2022-Q4,") }
            .flatMap { Int($0.split(separator: ",").last!) }
    }

    @Test func aReportDuringAnIngestSeesAllOrNothing() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write("klein/dromen_2022-Q3.csv", Self.register(10, prefix: "AILGB-2022-K").replacingOccurrences(of: "-10-2022", with: "-09-2022")
            .replacingOccurrences(of: "-11-2022", with: "-09-2022"))
        #expect(try CLITests.run(["ingest", "klein"], in: folder.url).status == 0)
        let before = try Self.received(in: folder.url)
        try folder.write("groot/dromen_2022-Q4.csv", Self.register(60_000, prefix: "AILGB-2022"))
        let ingest = try Self.start(["ingest", "groot"], in: folder.url)
        var seen: [Int?] = []
        while ingest.isRunning { seen.append(try Self.received(in: folder.url)) }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        let after = try Self.received(in: folder.url)
        #expect(after == 60_000)
        #expect(seen.allSatisfy { $0 == before || $0 == after }, "\(seen)")
    }

    @Test func twoIngestsAtOnceBothLoad() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write("a/dromen_2022-Q4.csv", Self.register(30_000, prefix: "AILGB-2022"))
        try folder.write("b/dromen_2023-Q1.csv", Self.register(30_000, prefix: "AILGB-2022").replacingOccurrences(of: "Verbonden;", with: "Afgerond;"))
        // The same bytes as a/ under another name: loaded once, whichever process comes second says so.
        try folder.write("c/dromen_2022-Q4 (kopie).csv", Self.register(30_000, prefix: "AILGB-2022"))
        let processes = try ["a", "b", "c"].map { try Self.start(["ingest", $0], in: folder.url) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0])
        let db = try Database(path: folder.url.appendingPathComponent("impact.sqlite").path)
        #expect(try db.prepare("SELECT count(*) FROM bronbestand").scalar() == 2)
        #expect(try db.prepare("SELECT sum(regels_geladen) FROM bronbestand").scalar() == 60_000)
        #expect(try Self.received(in: folder.url) == 30_000)
        #expect(try db.prepare("SELECT count(*) FROM dromen WHERE momentopname = '2023-Q1' AND status = 'Afgerond'").scalar() == 30_000)
    }
}
