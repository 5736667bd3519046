import Foundation
import Testing
@testable import ImpactKit

/// How a fuzz run is set up, from the environment:
///
/// - no `IMPACT_FUZZ_TARGET`: the short run of the normal suite, every target with a fixed seed and a
///   fixed number of inputs;
/// - `IMPACT_FUZZ_TARGET=csv` (or `xlsx`, `values`, `dromen`, ...; see `FuzzTargets`): only that target, for
///   `IMPACT_FUZZ_SECONDS` (default 60) with seed `IMPACT_FUZZ_SEED` (default: the clock, printed);
/// - `IMPACT_FUZZ_LIMIT`: seconds one input may take before it counts as a hang (default 5);
/// - `IMPACT_FUZZ_FINDINGS`: where failing inputs are saved (default `.build/fuzz-findings`).
struct FuzzSettings {
    let target: String?
    let seconds: Double
    let seed: UInt64
    let limit: Double
    let findings: URL

    static let current: FuzzSettings = {
        let environment = ProcessInfo.processInfo.environment
        let target = environment["IMPACT_FUZZ_TARGET"].flatMap { $0.isEmpty ? nil : $0.lowercased() }
        return FuzzSettings(
            target: target,
            seconds: environment["IMPACT_FUZZ_SECONDS"].flatMap(Double.init) ?? 60,
            seed: environment["IMPACT_FUZZ_SEED"].flatMap(UInt64.init) ?? (target == nil ? 2026 : UInt64(Date().timeIntervalSince1970)),
            limit: environment["IMPACT_FUZZ_LIMIT"].flatMap(Double.init) ?? 5,
            findings: environment["IMPACT_FUZZ_FINDINGS"].map { URL(fileURLWithPath: $0) }
                ?? repositoryRoot.appendingPathComponent(".build/fuzz-findings"))
    }()

    var isLongRun: Bool { target != nil }

    /// Whether the test of `name` runs at all: every target in the short run, only the chosen one in a long run.
    func runs(_ name: String) -> Bool { target == nil || target == name }
}

/// One input: the bytes and the file name they are written under (the name tells an export apart).
struct FuzzInput {
    var bytes: [UInt8]
    var fileName: String
    /// How it was made, for the report (`flipBytes+truncate of dromen_2022-Q4.csv`).
    var origin: String
}

/// Runs inputs through a check, one at a time, each on its own thread with a time limit, and keeps what
/// went wrong. Before an input runs it is saved as `<target>-current-<name>`: when the process crashes
/// that file is the input that crashed it (a clean run removes it again).
final class FuzzRunner {
    let target: String
    let settings: FuzzSettings
    private(set) var tried = 0
    private(set) var refused = 0
    private(set) var findings: [String] = []
    private(set) var slowest: (seconds: Double, origin: String) = (0, "")
    let work: TempFolder

    init(target: String, settings: FuzzSettings = .current) throws {
        self.target = target
        self.settings = settings
        work = try TempFolder()
        try FileManager.default.createDirectory(at: settings.findings, withIntermediateDirectories: true)
    }

    deinit { work.remove() }

    /// Runs `check` on the input written to a file; `check` returns the broken invariants (none: fine) and
    /// whether the input was refused. False when the run must stop (a hang: the thread is still busy).
    @discardableResult
    func run(_ input: FuzzInput, _ check: @escaping @Sendable (String) throws -> (violations: [String], refused: Bool)) -> Bool {
        tried += 1
        let path: String
        let current = settings.findings.appendingPathComponent("\(target)-current-\(input.fileName)")
        do {
            path = try work.write(input.fileName, bytes: input.bytes)
            try Data(input.bytes).write(to: current)
        } catch {
            findings.append("kon invoer \(tried) niet schrijven: \(error)")
            return false
        }
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let start = Date()
        let thread = Thread {
            do { box.set(try check(path)) } catch { box.set((["onverwachte fout: \(error)"], false)) }
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        guard done.wait(timeout: .now() + settings.limit) == .success else {
            let saved = save(input, note: "hang: meer dan \(settings.limit) s (\(input.origin))")
            findings.append("hang na \(settings.limit) s: invoer \(tried) (\(input.origin)), bewaard als \(saved)")
            return false
        }
        let seconds = Date().timeIntervalSince(start)
        if seconds > slowest.seconds { slowest = (seconds, input.origin) }
        try? FileManager.default.removeItem(at: current)
        let (violations, wasRefused) = box.value ?? (["geen uitkomst"], false)
        if wasRefused { refused += 1 }
        if !violations.isEmpty {
            let saved = save(input, note: violations.joined(separator: "\n") + "\n(\(input.origin))")
            findings.append("invoer \(tried) (\(input.origin)): \(violations.joined(separator: "; ")); bewaard als \(saved)")
        }
        return true
    }

    /// Saves a failing input beside a note of what failed, to become a fixture.
    private func save(_ input: FuzzInput, note: String) -> String {
        let name = "\(target)-\(settings.seed)-\(tried)-\(input.fileName)"
        let url = settings.findings.appendingPathComponent(name)
        try? Data(input.bytes).write(to: url)
        try? Data(note.utf8).write(to: url.appendingPathExtension("txt"))
        return url.path
    }

    /// Keeps running `next` until the short run's count or the long run's time is used up, then reports.
    func loop(count: Int, next: (inout SeededGenerator) -> FuzzInput, check: @escaping @Sendable (String) throws -> (violations: [String], refused: Bool)) {
        var rng = SeededGenerator(seed: settings.seed)
        let start = Date()
        let deadline = start.addingTimeInterval(settings.seconds)
        while settings.isLongRun ? Date() < deadline : tried < count {
            if !run(next(&rng), check) { break }
        }
        report(seconds: Date().timeIntervalSince(start))
    }

    func report(seconds: Double) {
        let line = "fuzz \(target): \(tried) invoer in \(String(format: "%.1f", seconds)) s (seed \(settings.seed)), \(refused) geweigerd, "
            + "traagste \(String(format: "%.2f", slowest.seconds)) s (\(slowest.origin)), \(findings.count) bevinding(en)"
        print(line)
        for finding in findings {
            print("  \(finding)")
            Issue.record(Comment(rawValue: "fuzz \(target): \(finding)"))
        }
    }
}

/// The result of the check thread, handed to the waiting test.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (violations: [String], refused: Bool)?
    func set(_ value: (violations: [String], refused: Bool)) { lock.lock(); stored = value; lock.unlock() }
    var value: (violations: [String], refused: Bool)? { lock.lock(); defer { lock.unlock() }; return stored }
}

/// Good files to start from, read once.
struct FuzzSeed {
    let name: String
    let bytes: [UInt8]

    init(_ relativePath: String) {
        let url = repositoryRoot.appendingPathComponent(relativePath)
        name = url.lastPathComponent
        bytes = (try? Array(Data(contentsOf: url))) ?? []
    }

    /// A mutated CSV: a seed in one of its encoding forms, mutated one to four times (or, one time in ten,
    /// the variant unmutated: a good file must load).
    static func csvInput(_ seeds: [FuzzSeed], using rng: inout SeededGenerator) -> FuzzInput {
        let seed = seeds.randomElement(using: &rng)!
        let other = seeds.randomElement(using: &rng)!
        let variant = CSVVariant.allCases.randomElement(using: &rng)!
        let base = variant.apply(seed.bytes)
        if Int.random(in: 0..<10, using: &rng) == 0 {
            return FuzzInput(bytes: base, fileName: seed.name, origin: "\(variant) van \(seed.name), ongewijzigd")
        }
        return FuzzInput(bytes: FuzzMutator.mutate(base, other: other.bytes, using: &rng), fileName: seed.name,
                         origin: "gemuteerd \(variant) van \(seed.name) (met \(other.name))")
    }
}

/// The invariants every ingest must keep, whatever the input.
enum IngestInvariants {
    /// Ingests one file into `db` and checks: a refusal or skip has a message; a loaded file's rows add up
    /// (loaded + rejected + already known = read), the `afgekeurd` table holds at least one row per rejected
    /// row, `bronbestand` says the same counts; and the database passes `PRAGMA integrity_check`.
    static func check(_ path: String, db: TestDatabase) throws -> (violations: [String], refused: Bool) {
        var violations: [String] = []
        let outcomes = db.ingest(path)
        guard outcomes.count == 1, let outcome = outcomes.first else { return (["\(outcomes.count) uitkomsten voor één bestand"], false) }
        var refused = false
        switch outcome.result {
        case .refused(let message):
            refused = true
            if message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { violations.append("geweigerd zonder melding") }
        case .skipped(let reason):
            refused = true
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { violations.append("overgeslagen zonder reden") }
        case .unchanged: break
        case .loaded:
            let sum = outcome.rowsLoaded + outcome.rowsRejected + outcome.rowsAlreadyKnown
            if sum != outcome.rowsRead {
                violations.append("geladen \(outcome.rowsLoaded) + afgekeurd \(outcome.rowsRejected) + bekend \(outcome.rowsAlreadyKnown) != gelezen \(outcome.rowsRead)")
            }
            let fingerprint = try FileFingerprint.of(path: path)
            let id = try db.scalar("SELECT id FROM bronbestand WHERE sha256 = '\(fingerprint.sha256)'")
            if id < 0 { violations.append("geladen bestand staat niet in bronbestand") }
            let rejectedRows = try db.scalar("SELECT count(*) FROM afgekeurd WHERE bestand_id = \(id)")
            if rejectedRows < outcome.rowsRejected { violations.append("afgekeurd heeft \(rejectedRows) rijen voor \(outcome.rowsRejected) afgekeurde regels") }
            let stored = try db.rows("SELECT regels_gelezen, regels_geladen, regels_afgekeurd, regels_overlap FROM bronbestand WHERE id = \(id)", columns: 4)
            let expected = [outcome.rowsRead, outcome.rowsLoaded, outcome.rowsRejected, outcome.rowsAlreadyKnown].map(String.init)
            if stored.first != expected { violations.append("bronbestand zegt \(stored.first ?? []) maar de uitkomst \(expected)") }
        }
        let integrity = try db.rows("PRAGMA integrity_check", columns: 1)
        if integrity != [["ok"]] { violations.append("integrity_check: \(integrity.prefix(3))") }
        return (violations, refused)
    }
}

/// A value shared with the check thread; the runner runs one check at a time, so access never overlaps.
final class Shared<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
