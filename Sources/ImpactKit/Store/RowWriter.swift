import Foundation

/// Writes a snapshot's rows on a second thread while the first reads, validates and hashes the next ones:
/// the ingest of a snapshot is the two halves side by side instead of one after the other. On the
/// 1M-dossier register (bench/benchmark.sh, 2 cores) parsing and checking took ~5 s and SQLite's inserts
/// ~3 s of a 9.2 s ingest; side by side it took 5.9 s.
///
/// While a file streams, every write to the database goes through here, in the order it was asked for
/// (the rows, and the rejections recorded between them), so the connection is used by one thread at a
/// time and the database ends the same as when written in line. Rows are handed over as values and
/// written by `insert`, a run of them at a time (so it can use a multi-row INSERT); other work as a
/// function. Handed over in batches, at most `queueDepth` waiting: a few megabytes whatever the file.
/// The same ordered hand-over serves the thread that counts a snapshot's figures (`TallyFeed`), which
/// touches no database until the file's rows are in.
final class RowWriter<Row> {
    static var batchSize: Int { 1_024 }
    static var queueDepth: Int { 4 }
    private let channel: Channel<Row>

    /// `insert` runs on the writing thread, with consecutive rows, handed over `batchSize` at a time
    /// with at most `queueDepth` batches waiting.
    init(batchSize: Int = RowWriter.batchSize, queueDepth: Int = RowWriter.queueDepth, thread name: String = "impact-writer",
         insert: @escaping (ArraySlice<Row>) throws -> Void) {
        let channel = Channel(insert: insert, batchSize: batchSize, queueDepth: queueDepth)
        self.channel = channel
        let thread = Thread { [channel] in channel.drain() }
        thread.name = name
        thread.start()
    }

    /// Queues a row; throws the writing thread's error, if it had one (the file is then refused whole).
    func add(_ row: consuming Row) throws { try channel.add(row) }

    /// Queues other database work, to run in order with the rows.
    func write(_ work: @escaping () throws -> Void) throws { try channel.add(work) }

    /// How many batches were waiting for the writing thread when the last one was handed over: whether it
    /// keeps up.
    var backlog: Int { channel.backlog }

    /// Waits until everything queued is written; throws the first error of the writing thread.
    func finish() throws { try channel.finish() }

    /// Stops the writing thread without writing what is still queued (the file's transaction is rolled
    /// back after this); safe to call more than once, and done when the writer goes.
    func abandon() { channel.abandon() }

    deinit { channel.abandon() }
}

/// The queue between the two threads. Unchecked: `pending` is the reading thread's own; every other
/// field is only touched under `condition`. What a batch holds (validated rows, functions capturing the
/// connection) is not touched by the reader once queued.
private final class Channel<Row>: @unchecked Sendable {
    /// Rows, and other work to run before the row at its place: the rows reach `insert` as slices of the
    /// batch itself (copying each into a run of its own was ~2% of a 1M-dossier ingest's CPU, in the
    /// retains and releases of what a row holds).
    struct Batch {
        var rows: [Row] = []
        var work: [(before: Int, run: () throws -> Void)] = []
        var count: Int { rows.count + work.count }
        var isEmpty: Bool { rows.isEmpty && work.isEmpty }
    }

    /// Let go on the reading thread once the writer has stopped: what it holds (prepared statements)
    /// must not be finalized on the writing thread while the reader uses the connection again.
    private var insert: ((ArraySlice<Row>) throws -> Void)?
    private let batchSize: Int, queueDepth: Int
    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var pending = Batch()
    /// Batches the writing thread is done with, handed back to be let go by the reading thread.
    private var written: [Batch] = []
    private var closed = false
    private var failure: Error?
    private var running = true
    /// The queue's length after the last hand-over: the reading thread's own (set by it under the lock).
    private(set) var backlog = 0

    init(insert: @escaping (ArraySlice<Row>) throws -> Void, batchSize: Int, queueDepth: Int) {
        self.insert = insert; self.batchSize = batchSize; self.queueDepth = queueDepth
        pending.rows.reserveCapacity(batchSize)
    }

    func add(_ row: consuming Row) throws {
        pending.rows.append(row)
        if pending.count >= batchSize { try hand(over: false) }
    }

    func add(_ work: @escaping () throws -> Void) throws {
        pending.work.append((pending.rows.count, work))
        if pending.count >= batchSize { try hand(over: false) }
    }

    func finish() throws {
        try hand(over: true)
        join()
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
    }

    func abandon() {
        condition.lock()
        queue.removeAll(); pending = Batch(); closed = true
        condition.broadcast()
        condition.unlock()
        join()
    }

    private func hand(over last: Bool) throws {
        var written: [Batch]
        do {
            condition.lock()
            defer { condition.unlock() }
            while queue.count >= queueDepth && failure == nil && running { condition.wait() }
            if let failure { throw failure }
            if !pending.isEmpty { queue.append(pending) }
            backlog = queue.count
            written = self.written
            self.written = []
            if last { closed = true }
            condition.broadcast()
        }
        // The rows written are let go on this thread, which waits for the writing one (releasing them
        // there was ~10% of its instructions on a first ingest); one batch's arrays are filled again.
        pending = written.popLast() ?? Batch()
        pending.rows.removeAll(keepingCapacity: true)
        pending.work.removeAll(keepingCapacity: true)
        pending.rows.reserveCapacity(batchSize)
    }

    private func join() {
        condition.lock()
        while running { condition.wait() }
        insert = nil
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
                try write(batch)
                condition.lock()
                written.append(batch)
                condition.unlock()
            } catch {
                condition.lock()
                failure = failure ?? error
                queue.removeAll(); closed = true
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// A batch in order: each run of rows between two pieces of other work in one call of `insert`.
    private func write(_ batch: Batch) throws {
        guard let insert else { return }
        var start = 0
        for work in batch.work {
            if work.before > start { try insert(batch.rows[start..<work.before]); start = work.before }
            try work.run()
        }
        if start < batch.rows.count { try insert(batch.rows[start...]) }
    }
}
