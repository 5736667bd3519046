/// The quarter's figures of a register's snapshot, counted while its rows are loaded (`SnapshotTally`)
/// instead of read back from the database afterwards: for the newest snapshot (the first quarter
/// ingested, or the next one). The counting is `DromenFigures.PeriodTally`'s, row for row, so
/// the figures are the same as read back (the tests compute both).
final class DreamTally: SnapshotTally {
    /// The periods the quarter's report takes from this snapshot: the quarter and since the start.
    let periods: [Period]
    let areas: DromenFigures.Areas
    private var counts: [DromenFigures.PeriodTally]

    /// The children counted are kept, 8 bytes a dream, beside the load's own key map: on a register of
    /// three million dossiers that took the ingest's peak from 84 to 136 MiB. Past this many rows the
    /// tally stops, frees what it holds and the figures are read back as before.
    static let rowsKept = 1_500_000
    private let maximumRows: Int
    private var rows = 0
    private var stopped = false

    /// To count a repeated record straight from its bytes (`count(_:)`): the file's columns and rules.
    private let checks: (layout: Dromenregister.Layout, snapshotEnd: Day, file: String)?

    /// Started from the counts the snapshot before kept (`DreamTallyState`): the rows the file repeats
    /// unchanged are not counted again, the versions it ends are taken out.
    private let startedFromPrevious: Bool
    /// What the kept counts depend on besides the snapshot (`DreamTallyState`), and the file's end day.
    private let stamp: String
    private let snapshotEnd: Day

    /// `header`: the file's, so that repeated records can be counted without making a `Dream` of each.
    /// `fileID`: the file's, when it is being loaded: the counts the snapshot before kept are then used
    /// if they still hold, and taken from the database (the file keeps its own at `complete`).
    init?(file: ExportFile, store: Store, expectedRows: Int, maximumRows: Int = DreamTally.rowsKept, header: HeaderMap? = nil,
          fileID: Int? = nil) throws {
        guard let quarter = file.snapshot, expectedRows <= maximumRows else { return nil }
        self.maximumRows = maximumRows
        checks = header.map { (Dromenregister.Layout($0), quarter.last, file.label) }
        snapshotEnd = quarter.last
        periods = Comparison(period: quarter).all.filter { $0.snapshotDay >= quarter.snapshotDay }
        areas = try DromenFigures.Areas(store)
        stamp = "areas=\(areas.fingerprint);\(BuildIdentity.current)"
        if let fileID, let previous = try Self.previousState(store: store, fileID: fileID, quarter: quarter, stamp: stamp, areas: areas),
           previous.rows <= maximumRows, let carried = previous.carried(to: periods, areaLabels: areas.labels) {
            counts = carried
            rows = previous.rows
            startedFromPrevious = true
        } else {
            counts = periods.map { [areas] in DromenFigures.PeriodTally(period: $0, areaLabels: areas.labels, expectedRows: expectedRows) }
            startedFromPrevious = false
        }
        // Used once: this file keeps its own state, or none (then the next quarter counts every row).
        if fileID != nil { try store.forgetTallyState(source: Dromenregister.source) }
    }

    /// The state the newest snapshot before this file kept, if it still holds: it was kept with the
    /// snapshots in force now (this file aside), the same areas and build, and is older than this file.
    private static func previousState(store: Store, fileID: Int, quarter: Period, stamp: String,
                                      areas: DromenFigures.Areas) throws -> DreamTallyState? {
        guard let kept = try store.tallyState(source: Dromenregister.source) else { return nil }
        let others = try store.currentFiles(source: Dromenregister.source).filter { $0.id != fileID }
        guard let newest = others.max(by: { ($0.snapshotEnd?.number ?? 0, $0.id) < ($1.snapshotEnd?.number ?? 0, $1.id) }),
              newest.id == kept.fileID, let newestEnd = newest.snapshotEnd, newestEnd < quarter.snapshotDay,
              kept.stamp == filesStamp(others) + stamp else { return nil }
        return DreamTallyState(bytes: kept.bytes, areaLabels: areas.labels)
    }

    private static func filesStamp(_ files: [SourceFile]) -> String {
        "files=" + files.map(\.id).sorted().map(String.init).joined(separator: ",") + ";"
    }

    /// Rows the file repeats unchanged are counted, unless the count started from the snapshot before's.
    var countsRepeatedRows: Bool { !startedFromPrevious }

    /// By pointer: a dream read from the buffer into a call was copied whole first (its texts through
    /// the value witness: 1.5% of a first ingest's instructions with the writing thread's copy).
    func add(_ dreams: UnsafeBufferPointer<Dream>) {
        guard let first = dreams.baseAddress else { return }
        for index in dreams.indices { add(first + index) }
    }

    func add(_ dream: Dream) { withUnsafePointer(to: dream) { add($0) } }

    private func add(_ dream: UnsafePointer<Dream>) {
        guard !stopped else { return }
        // The row's texts are its own (`RowText`): counted from their bytes where they are.
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var fact = DreamFact(child: none, programme: dream.pointee.programme, received: dream.pointee.received.number,
                             channel: dream.pointee.channel, age: dream.pointee.age, pc4: dream.pointee.pc4,
                             category: dream.pointee.category, status: dream.pointee.status,
                             conversation: dream.pointee.conversation?.number, partner: none,
                             connected: dream.pointee.connected?.number, parentsConnected: dream.pointee.parentsConnected == true)
        dream.pointee.child.withUTF8 { child in
            fact.child = child
            guard let partner = dream.pointee.partner else { return count(fact) }
            partner.withUTF8 { partner in
                fact.partner = partner
                count(fact)
            }
        }
    }

    /// The record checked by the register's rules and counted from its own bytes: making a `Dream` of
    /// each repeated record (its texts, its box, the cast back here) was ~20% of the counting thread on the
    /// next quarter of the 1M-dossier register. A file not in UTF-8 goes the way of `add`: the counts hold
    /// texts as UTF-8.
    func count(_ record: CSVRecord) -> Bool? {
        guard let checks, record.encoding == .utf8 else { return nil }
        switch Dromenregister.check(record, layout: checks.layout, snapshotEnd: checks.snapshotEnd, file: checks.file) {
        case .failure: return false
        case .success(let dream):
            count(DreamFact(child: dream.child, programme: dream.programme, received: dream.received.number, channel: dream.channel,
                            age: dream.age, pc4: dream.pc4, category: dream.category, status: dream.status,
                            conversation: dream.conversation?.number, partner: dream.partner ?? UnsafeBufferPointer(start: nil, count: 0),
                            connected: dream.connected?.number, parentsConnected: dream.parentsConnected == true))
            return true
        }
    }

    /// The children sorted on the counting thread, beside the commit, rather than serially after it
    /// (~0.07 s on a 1M-dossier first ingest). It only gains while the commit waits for the disk: with
    /// the writeback started during the load that wait is short here, and farm-bench saw no difference.
    func rowsEnded() {
        guard !stopped else { return }
        for index in counts.indices { counts[index].sortChildren() }
    }

    /// A count of every row adds the versions the file's rejected keys keep; one started from the
    /// snapshot before takes out the versions the file ends. Then the counts are kept for the next
    /// quarter, in the file's transaction.
    func complete(kept: [Int], ended: [Int], fileID: Int, store: Store) throws {
        guard !stopped else { return }
        if startedFromPrevious {
            // The ones read during the load, then the rest (the dossiers the file no longer holds).
            // A bit per version still to take out (a Set of the 50,000 of the benchmark's quarter took ~10 ms).
            var unread = [UInt64](repeating: 0, count: (ended.max() ?? 0) / 64 + 1)
            func isUnread(_ version: Int) -> Bool { version >= 0 && version / 64 < unread.count && unread[version / 64] & 1 << (version % 64) != 0 }
            for version in ended { unread[version / 64] |= 1 << (version % 64) }
            endedReadAhead = 0
            endedAhead.forEach { version, fact in
                guard isUnread(version) else { return }
                unread[version / 64] &= ~(1 << (version % 64))
                endedReadAhead += 1
                remove(fact)
            }
            endedAhead = EndedDreams()
            try store.forEachDream(versions: ended.filter(isUnread)) { remove($1) }
        } else {
            try store.forEachDream(versions: kept) { count($1) }
        }
        guard !stopped else { return }
        let files = try store.currentFiles(source: Dromenregister.source)
        let bytes = DreamTallyState.bytes(of: &counts, snapshotEnd: snapshotEnd.number, rows: rows)
        try store.keepTallyState(bytes, source: Dromenregister.source, fileID: fileID, stamp: Self.filesStamp(files) + stamp)
    }

    /// The dreams of versions the file ends, read on the writing thread while it loads: on the next
    /// quarter of the 1M-dossier register, reading the ~50,000 it ends one by one was ~0.1 s of its
    /// end on one core. Only that thread touches them until `complete`.
    private var endedAhead = EndedDreams()
    /// How many of the versions the file ended were read during the load.
    private(set) var endedReadAhead = 0

    /// Made on the writing thread at its first batch, used there only.
    private var endedReader: DreamsByVersion?

    func willEnd(_ versions: [Int], store: Store) throws {
        guard startedFromPrevious else { return }
        if endedReader == nil { endedReader = try DreamsByVersion(store) }
        try endedReader?.forEach(versions) { endedAhead.append($1, version: $0) }
    }

    private func remove(_ fact: DreamFact) {
        rows -= 1
        let area = areas.index(fact)
        for index in counts.indices { counts[index].add(fact, area: area, times: -1) }
    }

    private func count(_ fact: DreamFact) {
        guard !stopped else { return }
        rows += 1
        if rows > maximumRows { stopped = true; counts = []; return }
        let area = areas.index(fact)
        for index in counts.indices { counts[index].add(fact, area: area) }
    }

    /// The counts of `wanted`, if this tally holds every one of them and still describes their
    /// snapshot: the postcode table is the one it counted with, and no other snapshot of the register
    /// on or before their day has come in since (a late earlier quarter, or one replaced, would change
    /// what this one's rejected rows fall back on).
    func counts(for wanted: [Period], snapshot: Int, areas current: DromenFigures.Areas, store: Store) throws -> [DromenFigures.PeriodTally]? {
        guard !stopped, current == areas else { return nil }
        let files = try store.currentFiles(source: Dromenregister.source)
        var found: [DromenFigures.PeriodTally] = []
        for period in wanted {
            let onOrBefore = files.filter { ($0.snapshotEnd ?? period.snapshotDay) <= period.snapshotDay }
            guard let index = periods.firstIndex(of: period), onOrBefore.map(\.id).max() == snapshot,
                  onOrBefore.max(by: { ($0.snapshotEnd ?? period.snapshotDay) < ($1.snapshotEnd ?? period.snapshotDay) })?.id == snapshot
            else { return nil }
            found.append(counts[index])
        }
        return found
    }
}
