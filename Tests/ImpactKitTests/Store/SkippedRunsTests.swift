import Testing
@testable import ImpactKit

/// The line a skipped version was skipped on (`SkippedRuns`, for a dossier twice in a file), eight runs
/// at a time and one by one at the end: the same as a look through the runs one after the other.
@Suite struct SkippedRunsTests {
    @Test(arguments: [0, 1, 7, 8, 9, 64, 301])
    func aVersionsLineIsFoundInEveryRun(runCount: Int) {
        var random = SeededGenerator(seed: UInt64(runCount) + 3)
        var runs = SkippedRuns()
        var all: [(version: UInt32, line: UInt32, count: UInt32)] = []
        var line: UInt32 = 2
        for _ in 0..<runCount {
            let run = (version: UInt32(random.next() % 1_000_000), line: line, count: UInt32(random.next() % 5 + 1))
            runs.append(run)
            all.append(run)
            line += run.count + UInt32(random.next() % 3)
        }
        func expected(_ version: UInt32) -> Int {
            all.first { version >= $0.version && version < $0.version + $0.count }.map { Int($0.line + version - $0.version) } ?? 0
        }
        for run in all {
            for version in [run.version, run.version + run.count - 1, run.version &- 1, run.version + run.count] {
                #expect(runs.line(of: version) == expected(version), "version \(version)")
            }
        }
        #expect(runs.line(of: 2_000_000) == 0)
    }
}
