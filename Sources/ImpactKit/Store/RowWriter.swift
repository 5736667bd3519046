import Foundation

/// Writes a snapshot's rows on a second thread while the first reads, validates and hashes the next ones:
/// the ingest of a snapshot is the two halves side by side instead of one after the other. Measured on
/// the 1M-dossier register (bench/benchmark.sh, 2 cores): parsing and checking ~5 s and SQLite's inserts
/// ~3 s of a 9.2 s ingest; see the issue-10 note for the result.
///
/// While a file streams, every write to the database goes through here, in the order it was asked for
/// (the rows and the rejections between them), so the connection is used by one thread at a time and the
/// database ends the same as when written in line. Work is handed over in batches, at most `queueDepth`
/// waiting, so memory stays a few megabytes whatever the size of the file.
final class RowWriter {
    /// One piece of database work, made on the reading thread and run once on the writing thread.
    /// Unchecked: what it captures (a validated row, the connection) is not touched by the reader again.
    struct Work: @unchecked Sendable {
        let run: () throws -> Void
    }

    static let batchSize = 1_024
    static let queueDepth = 4
    private let channel = Channel()

    init() {
        let thread = Thread { [channel] in channel.drain() }
        thread.name = "impact-writer"
        thread.start()
    }

    /// Queues `work`; throws the writing thread's error, if it had one (the file is then refused whole).
    func write(_ work: @escaping () throws -> Void) throws { try channel.write(work) }

    /// Waits until everything queued is written; throws the first error of the writing thread.
    func finish() throws { try channel.finish() }

    /// Stops the writing thread without writing what is still queued (the file's transaction is rolled
    /// back after this); safe to call more than once, and done when the writer goes.
    func abandon() { channel.abandon() }

    deinit { channel.abandon() }
}

/// The queue between the two threads.
/// Unchecked: `pending` is the reading thread's own; every other field is only touched under `condition`.
private final class Channel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[RowWriter.Work]] = []
    private var pending: [RowWriter.Work] = []
    private var closed = false
    private var failure: Error?
    private var running = true

    init() {
        pending.reserveCapacity(RowWriter.batchSize)
    }

    /// Queues `work`; throws the writing thread's error, if it had one (the file is then refused whole).
    func write(_ work: @escaping () throws -> Void) throws {
        pending.append(RowWriter.Work(run: work))
        if pending.count >= RowWriter.batchSize { try hand(over: false) }
    }

    /// Waits until everything queued is written; throws the first error of the writing thread.
    func finish() throws {
        try hand(over: true)
        join()
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
    }

    /// Stops the writing thread without writing what is still queued (the file's transaction is rolled
    /// back after this); safe to call more than once.
    func abandon() {
        condition.lock()
        queue.removeAll(); pending.removeAll(); closed = true
        condition.broadcast()
        condition.unlock()
        join()
    }

    private func hand(over last: Bool) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= RowWriter.queueDepth && failure == nil && running { condition.wait() }
        if let failure { throw failure }
        if !pending.isEmpty { queue.append(pending) }
        pending = []
        pending.reserveCapacity(RowWriter.batchSize)
        if last { closed = true }
        condition.broadcast()
    }

    private func join() {
        condition.lock()
        while running { condition.wait() }
        condition.unlock()
    }

    func drain() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            guard !queue.isEmpty else {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            do {
                for work in batch { try work.run() }
            } catch {
                condition.lock()
                failure = failure ?? error
                queue.removeAll(); closed = true
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
