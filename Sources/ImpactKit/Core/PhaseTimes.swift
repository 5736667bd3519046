import Foundation

/// Where an ingest's time goes, without a profiler (issue 10): with `IMPACT_PHASES` in the environment,
/// each mark prints to stderr the milliseconds since the run's first mark and the phase just ended;
/// `bench/phases.sh` takes the medians of several runs. perf's sampling at 8 kHz slowed the 1M next
/// quarter from ~0.29 to ~0.36 s, and unevenly between its threads; a mark not asked for is the check of a
/// flag. The marks are made on the loading thread, between the stages of a file (`Ingestor`, `TableLoader`).
public enum PhaseTimes {
    private static let enabled = ProcessInfo.processInfo.environment["IMPACT_PHASES"] != nil
    private static let clock = Clock()

    /// `phase`: what ended here.
    public static func mark(_ phase: @autoclosure () -> String) {
        guard enabled else { return }
        let line = "phase " + String(format: "%8.1f", clock.millisecondsSinceFirst()) + " ms  " + phase() + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        /// Touched under `lock` only.
        private var first: UInt64?

        func millisecondsSinceFirst() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            lock.lock()
            defer { lock.unlock() }
            if first == nil { first = now }
            return Double(now - first!) / 1_000_000
        }
    }
}
