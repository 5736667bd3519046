import Foundation
import Testing
@testable import ImpactKit

/// `scripts/install.sh` puts the built binary and impact's own files in a prefix; the installed binary, run
/// from an empty folder, gives what the repository's binary gives in the repository.
struct InstallTests {
    /// Runs `bash scripts/install.sh` with the test build's binary (no release build in a test).
    static func install(prefix: URL, from folder: URL) throws -> (status: Int32, output: String, errors: String) {
        try CLITests.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                         ["bash", repositoryRoot.appendingPathComponent("scripts/install.sh").path, "--prefix", prefix.path, "--binary", CLITests.binary.path],
                         in: folder, environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path])
    }

    /// Every file under `folder`, relative, sorted.
    static func tree(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).sorted()
    }

    @Test func installedBinaryGivesTheRepositorysFiguresAndReportsFromAnEmptyFolder() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLITests.binary.path), "build the executable first (swift build --build-tests)")
        let folder = try TempFolder()
        defer { folder.remove() }
        let prefix = folder.url.appendingPathComponent("prefix"), empty = folder.url.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)

        let installed = try Self.install(prefix: prefix, from: folder.url)
        #expect(installed.status == 0, "\(installed.errors)")
        #expect(installed.output.hasPrefix("geïnstalleerd: \(prefix.path)/bin/impact\n"))
        #expect(installed.output.contains("    export PATH=\"\(prefix.path)/bin:$PATH\""))
        let tree = Self.tree(prefix)
        #expect(tree.contains("bin/impact") && tree.contains("share/impact/impact.yaml") && tree.contains("share/impact/Reports/beleid.yaml"))
        #expect(tree.filter { $0.hasPrefix("share/impact/Reports/") }.map { String($0.dropFirst("share/impact/Reports/".count)) }
                == Self.tree(repositoryRoot.appendingPathComponent("Reports")))
        // Again: the same files, nothing left over.
        #expect(try Self.install(prefix: prefix, from: folder.url).status == 0)
        #expect(Self.tree(prefix) == tree)

        // The same exports ingested twice: by the installed binary in an empty folder, by the build in the repository.
        let binary = prefix.appendingPathComponent("bin/impact")
        let sample = repositoryRoot.appendingPathComponent("SampleData")
        let exports = ["postcodes_almere.csv", "dromen/dromen_2022-Q3.csv", "dromen/dromen_2022-Q4.csv", "zwo"].map { sample.appendingPathComponent($0).path }
        let there = folder.url.appendingPathComponent("a.sqlite").path, here = folder.url.appendingPathComponent("b.sqlite").path
        #expect(try CLITests.run(executable: binary, ["ingest"] + exports + ["--db", there, "--out", folder.url.appendingPathComponent("uit-a").path], in: empty).status == 0)
        #expect(try CLITests.run(["ingest"] + exports + ["--db", here, "--out", folder.url.appendingPathComponent("uit-b").path], in: repositoryRoot).status == 0)

        for period in ["2018-2019", "2022-Q4"] {
            let a = try CLITests.run(executable: binary, ["figures", "--period", period, "--db", there], in: empty)
            let b = try CLITests.run(["figures", "--period", period, "--db", here], in: repositoryRoot)
            #expect(a.status == 0, "\(a.errors)")
            // The same notes (quarters without a register), none about settings or bank rules.
            #expect(a.errors == b.errors && !a.errors.contains("instellingen") && !a.errors.contains("bankregels"), "\(a.errors)")
            #expect(a.output == b.output && !a.output.isEmpty)
            if period == "2018-2019" { #expect(a.output.contains("\nOpbrengst per bron,Bron,Bankgiften,2018-2019,40535.33\n")) }
        }
        for (report, period) in [("zwo", "2018-2019"), ("beleid", "2022-Q4")] {
            let a = folder.url.appendingPathComponent("rapport-a"), b = folder.url.appendingPathComponent("rapport-b")
            let made = try CLITests.run(executable: binary, ["report", report, "--period", period, "--db", there, "--out", a.path], in: empty)
            #expect(made.status == 0, "\(made.errors)")
            #expect(try CLITests.run(["report", report, "--period", period, "--db", here, "--out", b.path], in: repositoryRoot).status == 0)
            for file in ["\(report)-\(period).txt", "\(report)-\(period).xlsx"] {
                let left = try Data(contentsOf: a.appendingPathComponent(file)), right = try Data(contentsOf: b.appendingPathComponent(file))
                #expect(left == right && !left.isEmpty, "\(file)")
            }
        }
        #expect(try String(contentsOf: folder.url.appendingPathComponent("rapport-a/zwo-2018-2019.txt"), encoding: .utf8).contains("40.535,33"))
        #expect(Self.tree(empty).isEmpty)

        // A report of the user's own, in ./Reports, replaces the built-in one of that name; the others stay.
        try folder.write("leeg/Reports/zwo.yaml", "titel: Eigen ZWO-rapport\nsecties:\n  - kerncijfers: [Opbrengst per bron]\n")
        let own = try CLITests.run(executable: binary, ["report", "zwo", "--period", "2018-2019", "--db", there, "--out", "eigen"], in: empty)
        #expect(own.status == 0, "\(own.errors)")
        #expect(try folder.read("leeg/eigen/zwo-2018-2019.txt").hasPrefix("Eigen ZWO-rapport\n"))
        #expect(try CLITests.run(executable: binary, ["report", "beleid", "--period", "2022-Q4", "--db", there, "--out", "eigen"], in: empty).status == 0)
        let unknown = try CLITests.run(executable: binary, ["report", "zwoo", "--db", there], in: empty)
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("geen rapportdefinitie 'zwoo'; bekend: alamal, alliantie, beleid, financier-activering, financier-alamal, "
                                        + "financier-alliantie, financier-dromen, financier-zwo, zwo; gezocht in: \(empty.path)/Reports, \(folder.path)/Reports, "
                                        + "\(prefix.path)/share/impact/Reports\n"), "\(unknown.errors)")
    }

    /// The binary copied on its own finds no built-in files: it says where it looked and keeps working on
    /// the settings the database recorded.
    @Test func binaryWithoutItsFilesSaysWhereItLooked() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let alone = folder.url.appendingPathComponent("alleen/impact")
        try FileManager.default.createDirectory(at: alone.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.binary, to: alone)
        let report = try CLITests.run(executable: alone, ["report", "beleid"], in: folder.url)
        #expect(report.status == 1)
        #expect(report.errors.contains("geen rapportdefinitie 'beleid'; bekend: geen; gezocht in: \(folder.path)/Reports; de meegeleverde rapporten staan "
                                       + "niet bij het programma (gezocht: \(folder.path)/share/impact, \(folder.path)/alleen); installeer met: bash scripts/install.sh"),
                "\(report.errors)")
    }
}
