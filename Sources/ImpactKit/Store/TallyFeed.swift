/// Counts the figures of the next quarter's snapshot (`SnapshotTally`) on a thread of its own while the
/// file loads. Most of its rows repeat the quarter before byte for byte: the reading thread stores nothing
/// for them and does not validate them, so this thread does, to count them; the rows it does store come
/// here validated. On a snapshot of a million dossiers the reading thread is then as busy as without the
/// count and this thread about as busy beside it, where reading the snapshot back afterwards took ~0.9 s.
///
/// The tally is this thread's alone until `finish`: then it holds every row of the file that is in force.
/// The rows a snapshot rejected keep their earlier version, which the caller adds from the database.
final class TallyFeed {
    enum Batch {
        case rows([any StorableRow])
        case unchanged(RecordCopies)
        /// The file's last row has been handed over.
        case end
    }

    static let batchSize = 1_024
    private let thread: RowWriter<Batch>
    private var rows: [any StorableRow] = []
    private var unchanged = RecordCopies(reserving: TallyFeed.batchSize)
    private let counted: Counted

    /// What the counting thread leaves: the tally, and whether a repeated row failed its validation (then
    /// the count is not the snapshot's, and its figures are read back instead).
    private final class Counted: @unchecked Sendable {
        let tally: any SnapshotTally
        var failed = false
        init(_ tally: any SnapshotTally) { self.tally = tally }
    }

    /// `validate`: the file's validation, made for this thread (it runs beside the reading thread's own).
    init(tally: any SnapshotTally, validate: @escaping ExportLoading.Validate) {
        let counted = Counted(tally)
        self.counted = counted
        rows.reserveCapacity(Self.batchSize)
        thread = RowWriter(batchSize: 1, queueDepth: 8, thread: "impact-tally") { batches in
            for batch in batches {
                switch batch {
                case .rows(let rows):
                    for row in rows { counted.tally.add(row) }
                case .unchanged(let records):
                    records.forEach { record in
                        switch validate(record) {
                        case .success(let row): counted.tally.add(row)
                        case .failure: counted.failed = true
                        }
                    }
                case .end:
                    counted.tally.rowsEnded()
                }
            }
        }
    }

    /// A row the file stores, validated.
    func add(_ row: any StorableRow) throws {
        rows.append(row)
        if rows.count == Self.batchSize { try thread.add(.rows(rows)); rows.removeAll(keepingCapacity: true) }
    }

    /// A row the file repeats unchanged from the snapshot before.
    func addUnchanged(_ record: CSVRecord) throws {
        unchanged.append(record)
        if unchanged.count == Self.batchSize { try thread.add(.unchanged(unchanged)); unchanged = RecordCopies(reserving: Self.batchSize) }
    }

    private var ended = false

    /// Hands over the rows still waiting and the end of the file, without waiting for the count.
    func endRows() throws {
        guard !ended else { return }
        ended = true
        if !rows.isEmpty { try thread.add(.rows(rows)) }
        if !unchanged.isEmpty { try thread.add(.unchanged(unchanged)) }
        rows = []; unchanged = RecordCopies()
        try thread.add(.end)
    }

    /// Waits for the count; the tally, unless a repeated row failed its validation.
    func finish() throws -> (any SnapshotTally)? {
        try endRows()
        try thread.finish()
        return counted.failed ? nil : counted.tally
    }

    func abandon() { thread.abandon() }
}
