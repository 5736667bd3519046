import Foundation

extension CSVReader {
    /// `forEachRecord`, with the file read and split into records on a thread of its own, a few batches
    /// ahead of `body`: the thread that validates and stores the rows of a large snapshot was the busiest
    /// of the ingest (reading and splitting ~0.5 s of its ~2.3 s on the 1M-dossier register), so it no
    /// longer does both. The records reach `body` in order, with their lines, and `bytesRead` is called
    /// on the caller's thread. If `body` throws, reading stops and the error is thrown here.
    public func forEachRecordReadingAhead(bytesRead: (Int) -> Void = { _ in }, _ body: (CSVRecord) throws -> Void) throws {
        let batches = RecordBatches(depth: 4)
        let reader = self
        let thread = Thread { batches.fill(from: reader) }
        thread.name = "impact-read"
        thread.start()
        defer { batches.stop() }
        while let (records, read) = try batches.take() {
            try records.forEach(body)
            bytesRead(read)
            batches.giveBack(records)
        }
    }
}

/// Batches of records on their way from the reading thread to the caller's, at most `depth` waiting:
/// a megabyte or two whatever the file. Emptied batches go back to be filled again rather than each
/// being allocated anew. Unchecked: every field is only touched under `condition`, and a batch belongs
/// to one thread at a time (the reader's until queued, the caller's until given back).
private final class RecordBatches: @unchecked Sendable {
    static let recordsPerBatch = 1_024
    private let depth: Int
    private let condition = NSCondition()
    private var full: [(records: RecordCopies, bytesRead: Int)] = []
    private var empty: [RecordCopies] = []
    private var readerDone = false
    private var failure: Error?
    private var stopped = false

    private struct Stopped: Error {}

    init(depth: Int) { self.depth = depth }

    /// The reading thread: every record of the file, then a last (maybe empty) batch with the file's size.
    func fill(from reader: CSVReader) {
        var batch = RecordCopies(reserving: Self.recordsPerBatch)
        var read = 0
        do {
            try reader.forEachRecord(bytesRead: { read = $0 }) { record in
                batch.append(record)
                if batch.count == Self.recordsPerBatch { batch = try hand(batch, bytesRead: read) }
            }
            _ = try hand(batch, bytesRead: read)
            end(failure: nil)
        } catch is Stopped {
            end(failure: nil)
        } catch {
            end(failure: error)
        }
    }

    /// Queues a full batch; returns an empty one to fill next.
    private func hand(_ batch: RecordCopies, bytesRead: Int) throws -> RecordCopies {
        condition.lock()
        defer { condition.unlock() }
        while full.count >= depth && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        full.append((batch, bytesRead))
        condition.broadcast()
        return empty.popLast() ?? RecordCopies(reserving: Self.recordsPerBatch)
    }

    private func end(failure: Error?) {
        condition.lock()
        self.failure = failure
        readerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// The caller: the next batch and the bytes read when it was full; nil after the last.
    func take() throws -> (RecordCopies, Int)? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !readerDone { condition.wait() }
        if let failure { throw failure }
        guard !full.isEmpty else { return nil }
        let next = full.removeFirst()
        condition.broadcast()
        return next
    }

    func giveBack(_ batch: RecordCopies) {
        var batch = batch
        batch.removeAll()
        condition.lock()
        if empty.count < depth { empty.append(batch) }
        condition.unlock()
    }

    /// Stops the reading thread (if it is still reading) and waits for it to end: the file is closed
    /// and no batch is left in use when the caller returns.
    func stop() {
        condition.lock()
        stopped = true
        full.removeAll()
        condition.broadcast()
        while !readerDone { condition.wait() }
        condition.unlock()
    }
}
