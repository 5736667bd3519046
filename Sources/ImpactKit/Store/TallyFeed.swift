/// Counts the figures of the next quarter's snapshot (`SnapshotTally`) on a thread of its own while the
/// file loads. Most of its rows repeat the quarter before byte for byte: the reading thread stores nothing
/// for them and does not validate them, so this thread does, to count them (or, while this thread is
/// behind, the reading thread: `addUnchanged`); the rows it does store come here validated. On a snapshot of a million dossiers the reading thread is then as busy as without the
/// count and this thread about as busy beside it, where reading the snapshot back afterwards took ~0.9 s.
///
/// The tally is this thread's alone until `finish`: then it holds every row of the file that is in force.
/// The rows a snapshot rejected keep their earlier version, which the caller adds from the database.
final class TallyFeed<Row> {
    /// Rows and repeated records handed over at a time (a generic class has no stored statics).
    static var batchSize: Int { 1_024 }
    enum Batch {
        case rows([Row])
        case unchanged(RecordCopies)
        /// The file's last row has been handed over.
        case end
    }

    private let thread: RowWriter<Batch>
    private var rows: [Row] = []
    private var unchanged = RecordCopies(reserving: TallyFeed.batchSize)
    private let counted: Counted

    /// What the counting thread leaves: the tally, and whether a repeated row failed its validation (then
    /// the count is not the snapshot's, and its figures are read back instead).
    private final class Counted: @unchecked Sendable {
        let tally: any SnapshotTally<Row>
        var failed = false
        init(_ tally: any SnapshotTally<Row>) { self.tally = tally }
    }

    /// The reading thread's own validation, for the repeated rows it checks itself while this thread
    /// is behind (`addUnchanged`).
    private let validateHere: ExportLoading.Validate<Row>
    /// Whether the tally counts the rows the file repeats unchanged (else it takes out the versions the file ends).
    let countsRepeatedRows: Bool
    /// Repeated rows the reading thread still checks itself before it looks at the backlog again.
    private var checkHere = 0
    /// A repeated row the reading thread checked failed.
    private var failedHere = false

    /// `validate`: the file's validation, made for this thread (it runs beside the reading thread's own);
    /// `validateHere`: the reading thread's.
    init(tally: any SnapshotTally<Row>, validate: @escaping ExportLoading.Validate<Row>, validateHere: @escaping ExportLoading.Validate<Row>) {
        let counted = Counted(tally)
        self.counted = counted
        countsRepeatedRows = tally.countsRepeatedRows
        self.validateHere = validateHere
        rows.reserveCapacity(Self.batchSize)
        thread = RowWriter(batchSize: 1, queueDepth: Self.queueDepth, thread: "impact-tally") { batches in
            for batch in batches {
                switch batch {
                case .rows(let rows):
                    rows.withUnsafeBufferPointer { counted.tally.add($0) }
                case .unchanged(let records):
                    records.forEach { record in
                        if let holds = counted.tally.count(record) {
                            if !holds { counted.failed = true }
                            return
                        }
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

    /// The tally, for work on its behalf on the writing thread (`SnapshotTally.willEnd`).
    var tally: any SnapshotTally<Row> { counted.tally }

    /// A row the file stores, validated.
    func add(_ row: consuming Row) throws {
        rows.append(row)
        if rows.count == Self.batchSize { try thread.add(.rows(rows)); rows.removeAll(keepingCapacity: true) }
    }

    /// A row the file repeats unchanged from the snapshot before: checked and counted on the counting
    /// thread, unless that thread is behind (half its queue waiting); then the reading thread checks the
    /// next batch of them itself and hands them over as rows, which are only counted there. On the next
    /// quarter of the 1M-dossier register the counting thread was the slower, ~90% busy against ~60%.
    /// Who checks a row does not change what is counted.
    func addUnchanged(_ record: CSVRecord) throws {
        guard countsRepeatedRows else { return }
        if checkHere > 0 {
            checkHere -= 1
            switch validateHere(record) {
            case .success(let row): try add(row)
            case .failure: failedHere = true
            }
            return
        }
        unchanged.append(record)
        if unchanged.count == Self.batchSize {
            try thread.add(.unchanged(unchanged))
            unchanged = RecordCopies(reserving: Self.batchSize)
            if thread.backlog >= Self.queueDepth / 2 { checkHere = Self.batchSize }
        }
    }

    private static var queueDepth: Int { 8 }

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
    func finish() throws -> (any SnapshotTally<Row>)? {
        try endRows()
        try thread.finish()
        return counted.failed || failedHere ? nil : counted.tally
    }

    func abandon() { thread.abandon() }
}
