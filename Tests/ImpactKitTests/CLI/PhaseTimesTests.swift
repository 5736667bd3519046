import Foundation
import Testing

/// `IMPACT_PHASES`: an ingest says on stderr where its time went, mark by mark (`Core/PhaseTimes.swift`,
/// `bench/phases.sh`); without the variable its output is what it always was.
struct PhaseTimesTests {
    static func register(_ quarter: String) -> String { repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_\(quarter).csv").path }

    /// The marks in stderr: milliseconds since the first, and the phase that ended there.
    static func marks(_ errors: String) -> [(ms: Double, phase: String)] {
        errors.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 4, words[0] == "phase", words[2] == "ms", let ms = Double(words[1]) else { return nil }
            return (ms, words[3...].joined(separator: " "))
        }
    }

    @Test func aNextQuarterMarksItsPhasesWhenAskedAndOnlyThen() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["IMPACT_PHASES"] = nil
        for db in ["a.sqlite", "b.sqlite"] {
            #expect(try CLITests.run(["ingest", "--db", db, Self.register("2022-Q3")], in: folder.url, environment: environment).status == 0)
        }
        let plain = try CLITests.run(["ingest", "--db", "a.sqlite", Self.register("2022-Q4")], in: folder.url, environment: environment)
        environment["IMPACT_PHASES"] = "1"
        let marked = try CLITests.run(["ingest", "--db", "b.sqlite", Self.register("2022-Q4")], in: folder.url, environment: environment)
        #expect(plain.status == 0 && marked.status == 0)
        #expect(Self.marks(plain.errors).isEmpty && !plain.errors.contains("phase"))
        #expect(marked.output == plain.output, "the summary is the same")

        let marks = Self.marks(marked.errors)
        #expect(marks.map(\.phase) == [
            "impact started, its command read", "database open; start of dromen_2022-Q4.csv", "registered, the quarter before's lines read",
            "key map filled", "count and line keeping ready", "rows read", "rows written", "versions ended", "count complete and kept",
            "the file's SHA-256 ready", "committed", "figures cached",
        ])
        #expect(marks.first?.ms == 0)
        #expect(zip(marks, marks.dropFirst()).allSatisfy { $0.ms <= $1.ms })
        // The rest of stderr is what it is without the marks.
        #expect(marked.errors.split(separator: "\n").filter { !$0.hasPrefix("phase ") } == plain.errors.split(separator: "\n"))
    }
}
