import Foundation

extension CSVReader {
    /// `forEachRecord`, with the file read and split into records on a thread of its own, a few batches
    /// ahead of `body`: the thread that validates and stores the rows of a large snapshot was the busiest
    /// of the ingest (reading and splitting ~0.5 s of its ~2.3 s on the 1M-dossier register), so it no
    /// longer does both. The records reach `body` in order, with their lines, and `bytesRead` is called
    /// on the caller's thread. If `body` throws, reading stops and the error is thrown here.
    public func forEachRecordReadingAhead(bytesRead: (Int) -> Void = { _ in }, _ body: (CSVRecord) throws -> Void) throws {
        try forEachRecordReadingAhead(bytesRead: bytesRead, workAhead: nil) { record, _ in try body(record) }
    }

    /// The same, with `workAhead`'s digest of each record made on the reading thread too, once it is set
    /// (nil for the records before); `willUse` is given the digests of the next `digestsAhead` records
    /// before those records, as the records before them are used. Lines the reading thread skipped
    /// (`WorkAhead.skipper`) reach `skipped` instead, in order with the records around them. The reading
    /// thread checks the text it does not skip when given `checkingText`.
    func forEachRecordReadingAhead(bytesRead: (Int) -> Void = { _ in }, workAhead: WorkAhead?, checkingText: ReadingTextCheck? = nil,
                                   willUse: (ArraySlice<RecordDigest>) -> Void = { _ in },
                                   skipped: (ArraySlice<SkippedLine>) throws -> Void = { _ in },
                                   _ body: (CSVRecord, RecordDigest?) throws -> Void) throws {
        let reader = self
        try BatchesAhead<Batch>.run { batches in
            var batch = Batch()
            var read = 0
            var skipper: LineSkipper?
            /// The lines skipped since the last record, before the next one.
            func takeSkipped() {
                guard let skipper, !skipper.skipped.isEmpty else { return }
                batch.skipped.append(contentsOf: skipper.skipped)
                skipper.clearSkipped()
                batch.runs.append((batch.records.count, batch.skipped.count))
            }
            func hand() throws {
                takeSkipped()
                if let work = workAhead?.work {
                    batch.digests.reserveCapacity(batch.records.count)
                    batch.records.forEach { batch.digests.append(work($0)) }
                }
                batch.bytesRead = read
                batch = try batches.hand(batch) ?? Batch()
            }
            try reader.forEachRecord(bytesRead: { read = $0 }, checkingText: checkingText, skipper: {
                // Before each chunk (1 MiB, a few thousand lines): a batch holds a few thousand skipped lines at
                // most, those taken among its records counted too (without them, a quarter that repeats 94% of
                // its lines handed batches of ~16,000, ~6.5 MB of them at once: the 1M next quarter's peak +8 MB).
                if let skipper, batch.skipped.count + skipper.skipped.count >= Self.recordsPerBatch { try hand() }
                skipper = workAhead?.skipper
                return skipper
            }) { record in
                takeSkipped()
                batch.records.append(record)
                if batch.records.count == Self.recordsPerBatch { try hand() }
            }
            try hand()      // the last, maybe empty: the file's size
        } use: { batch in
            let digests = batch.digests, ahead = Self.digestsAhead
            if !digests.isEmpty { willUse(digests.prefix(2 * ahead)) }
            var index = 0
            var runs = batch.runs[...], runStart = 0
            func skipRun() throws {
                try skipped(batch.skipped[runStart..<runs.first!.end])
                runStart = runs.first!.end
                runs = runs.dropFirst()
            }
            try batch.records.forEach { record in
                while let run = runs.first, run.before == index { try skipRun() }
                if index % ahead == 0, index > 0, index + ahead < digests.count {
                    willUse(digests[(index + ahead)..<min(index + 2 * ahead, digests.count)])
                }
                try body(record, index < digests.count ? digests[index] : nil)
                index += 1
            }
            while !runs.isEmpty { try skipRun() }
            bytesRead(batch.bytesRead)
            var emptied = batch
            emptied.records.removeAll()
            emptied.digests.removeAll(keepingCapacity: true)
            emptied.skipped.removeAll(keepingCapacity: true)
            emptied.runs.removeAll(keepingCapacity: true)
            return emptied
        }
    }

    /// What the reading thread hands over: records, their digests, and the lines skipped among them, in
    /// runs: those up to `end` come before the record at `before`.
    private struct Batch {
        var records = RecordCopies(reserving: CSVReader.recordsPerBatch)
        var digests: [RecordDigest] = []
        var skipped: [SkippedLine] = []
        var runs: [(before: Int, end: Int)] = []
        var bytesRead = 0
    }

    static let recordsPerBatch = 1_024
    /// What the records use of the digests (their keys' places in a map) is fetched this many records
    /// ahead: a whole batch ahead, the first ingest of the 1M-dossier register still spent ~0.17 s of
    /// its checking thread waiting for those places, pushed out of the cache again by the rows between.
    static let digestsAhead = 64
}

/// Work on each record that the reading thread does for the caller, once the caller knows what (after
/// the header): hashing a snapshot's keys and rows (`TableLoader`), which on the next quarter of the
/// 1M-dossier register had left the checking thread the only busy one while the reading thread idled
/// (moved here: next quarter A/B 0.93 wall, farm-bench 9 pairs).
public final class WorkAhead: @unchecked Sendable {
    public typealias Work = @Sendable (CSVRecord) -> RecordDigest
    private let lock = NSLock()
    private var current: Work?

    private var currentSkipper: LineSkipper?

    public init() {}

    /// The lines of the snapshot before, to skip those read again (`LineSkipper`); read by the reading
    /// thread once per chunk, under the lock. Set once, and from then on used by that thread only.
    var skipper: LineSkipper? {
        get { lock.lock(); defer { lock.unlock() }; return currentSkipper }
        set { lock.lock(); currentSkipper = newValue; lock.unlock() }
    }

    /// Read by the reading thread once per batch, under the lock.
    public var work: Work? {
        get { lock.lock(); defer { lock.unlock() }; return current }
        set { lock.lock(); current = newValue; lock.unlock() }
    }
}

/// What `WorkAhead` makes of a record: two 64-bit numbers (a key's and a row's hash).
public struct RecordDigest: Sendable, Equatable {
    public let key: Int64
    public let content: Int64
    /// The hash of the record's bytes as read (`RecordIdentity.lineHash`); 0: none.
    public let line: UInt64
    public init(key: Int64, content: Int64, line: UInt64 = 0) { self.key = key; self.content = content; self.line = line }
}

/// Batches made on a thread of their own and used, in order, on the caller's, at most `depth` waiting:
/// what the making thread reads ahead stays a few batches whatever the input's size. A used batch goes
/// back to be filled again rather than each being allocated anew. Unchecked: every field is only touched
/// under `condition`, and a batch belongs to one thread at a time (the maker's until handed over, the
/// user's until given back).
final class BatchesAhead<Batch>: @unchecked Sendable {
    private let depth: Int
    private let condition = NSCondition()
    private var full: [Batch] = []
    private var used: [Batch] = []
    private var makerDone = false
    private var failure: Error?
    private var stopped = false

    private struct Stopped: Error {}

    private init(depth: Int) { self.depth = depth }

    /// Runs `make` on a thread of its own, handing its batches over (`hand`), and `use` on each here, in
    /// order; `use` returns the batch emptied, to be filled again. An error of either ends both and is
    /// thrown here; the making thread has ended when this returns.
    static func run(depth: Int = 4, make: @escaping (BatchesAhead) throws -> Void, use: (Batch) throws -> Batch?) throws {
        let batches = BatchesAhead(depth: depth)
        let maker = UncheckedSendable(make)
        let thread = Thread {
            do {
                try maker.value(batches)
                batches.end(failure: nil)
            } catch is Stopped {
                batches.end(failure: nil)
            } catch {
                batches.end(failure: error)
            }
        }
        thread.name = "impact-ahead"
        thread.start()
        defer { batches.stop() }
        while let batch = try batches.take() {
            if let emptied = try use(batch) { batches.giveBack(emptied) }
        }
    }

    /// The making thread: queues a full batch (waiting while `depth` are queued); returns a used one to
    /// fill next, if there is one.
    func hand(_ batch: Batch) throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while full.count >= depth && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        full.append(batch)
        condition.broadcast()
        return used.popLast()
    }

    private func end(failure: Error?) {
        condition.lock()
        self.failure = failure
        makerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil after the last.
    private func take() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !makerDone { condition.wait() }
        if let failure { throw failure }
        guard !full.isEmpty else { return nil }
        let next = full.removeFirst()
        condition.broadcast()
        return next
    }

    private func giveBack(_ batch: Batch) {
        condition.lock()
        if used.count < depth { used.append(batch) }
        condition.unlock()
    }

    /// Stops the making thread (if it is still making batches) and waits for it to end.
    private func stop() {
        condition.lock()
        stopped = true
        full.removeAll()
        condition.broadcast()
        while !makerDone { condition.wait() }
        condition.unlock()
    }
}

/// A value handed to another thread that only that thread uses from then on.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
