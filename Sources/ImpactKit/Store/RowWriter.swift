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
    enum Item {
        case row(Row)
        case work(() throws -> Void)
    }

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
    func add(_ row: Row) throws { try channel.add(.row(row)) }

    /// Queues other database work, to run in order with the rows.
    func write(_ work: @escaping () throws -> Void) throws { try channel.add(.work(work)) }

    /// Waits until everything queued is written; throws the first error of the writing thread.
    func finish() throws { try channel.finish() }

    /// Stops the writing thread without writing what is still queued (the file's transaction is rolled
    /// back after this); safe to call more than once, and done when the writer goes.
    func abandon() { channel.abandon() }

    deinit { channel.abandon() }
}

/// The queue between the two threads. Unchecked: `pending` is the reading thread's own, `run` the
/// writing thread's; every other field is only touched under `condition`. What an item holds (a
/// validated row, a function capturing the connection) is not touched by the reader once queued.
private final class Channel<Row>: @unchecked Sendable {
    typealias Item = RowWriter<Row>.Item
    /// Let go on the reading thread once the writer has stopped: what it holds (prepared statements)
    /// must not be finalized on the writing thread while the reader uses the connection again.
    private var insert: ((ArraySlice<Row>) throws -> Void)?
    private let batchSize: Int, queueDepth: Int
    private let condition = NSCondition()
    private var queue: [[Item]] = []
    private var pending: [Item] = []
    private var run: [Row] = []
    private var closed = false
    private var failure: Error?
    private var running = true

    init(insert: @escaping (ArraySlice<Row>) throws -> Void, batchSize: Int, queueDepth: Int) {
        self.insert = insert; self.batchSize = batchSize; self.queueDepth = queueDepth
        pending.reserveCapacity(batchSize)
    }

    func add(_ item: Item) throws {
        pending.append(item)
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
        queue.removeAll(); pending.removeAll(); closed = true
        condition.broadcast()
        condition.unlock()
        join()
    }

    private func hand(over last: Bool) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= queueDepth && failure == nil && running { condition.wait() }
        if let failure { throw failure }
        if !pending.isEmpty { queue.append(pending) }
        pending = []
        pending.reserveCapacity(batchSize)
        if last { closed = true }
        condition.broadcast()
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
            } catch {
                condition.lock()
                failure = failure ?? error
                queue.removeAll(); closed = true
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// A batch in order: each run of rows in one call of `insert`, other work between them.
    private func write(_ batch: [Item]) throws {
        guard let insert else { return }
        run.removeAll(keepingCapacity: true)
        for item in batch {
            switch item {
            case .row(let row): run.append(row)
            case .work(let work):
                if !run.isEmpty { try insert(run[...]); run.removeAll(keepingCapacity: true) }
                try work()
            }
        }
        if !run.isEmpty { try insert(run[...]) }
        run.removeAll(keepingCapacity: true)
    }
}
