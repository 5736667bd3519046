/// Figures counted while a snapshot's rows load, so that they need not be read back from the database
/// afterwards: an organisation may give one for its snapshot export (`ExportLoading.makeTally`). On the
/// 1M-dossier register, reading the rows back for the quarter's figures took ~0.85 s of a 3.4 s first
/// ingest and ~0.9 s of a 3.2 s next quarter.
///
/// Only the newest snapshot is counted this way (an older one arriving late is fitted in between its
/// neighbours). It counts on a thread of its own (`TallyFeed`): every row the file loads, the rows it
/// repeats unchanged from the quarter before included, and then the earlier versions its rejected keys
/// keep (`complete`); together they are the snapshot. Or it starts from the counts the snapshot before
/// kept (`Store.tallyState`) and counts only what the file changed (`countsRepeatedRows`). On the reading
/// thread the first ingest of the 1M-dossier register was 9% slower (farm-bench, A/B 0.92), on the
/// writing thread slower again (the writer was then the slower thread). A row handed over is stored, or the file is refused and its tally
/// with it: once the file's transaction has committed, the store keeps it by file id
/// (`Store.takeTally`) for the figures computed in the same run.
public protocol SnapshotTally<Row>: AnyObject {
    /// The export's validated row (`ExportLoading`).
    associatedtype Row
    func add(_ row: Row)
    /// Rows the file stores, a batch at a time: a tally may read them in place (`DreamTally` does, by
    /// pointer), where a call of `add` per row copies each row to make it.
    func add(_ rows: UnsafeBufferPointer<Row>)
    /// A record the file repeats unchanged, counted straight from its bytes if the tally can (making no
    /// row of it): true when it holds every rule of the export, false when not; nil when the tally leaves
    /// it to the validation and `add`.
    func count(_ record: CSVRecord) -> Bool?
    /// Whether the records the file repeats unchanged are to be counted at all: not when the tally
    /// started from the counts of the snapshot before (which hold them already).
    var countsRepeatedRows: Bool { get }
    /// After the file's last row, on the counting thread: a tally may ready its counts here (sort them),
    /// beside the rest of the file's end.
    func rowsEnded()
    /// After the count, in the file's transaction: the versions stored before the file that its rejected
    /// keys keep in force (`kept`) and the ones it ends (`ended`), by rowid. A tally of every row of the
    /// file adds the kept ones (with its rows they are the snapshot); one that started from the
    /// snapshot before takes the ended ones out. It may keep counts for the next snapshot here.
    func complete(kept: [Int], ended: [Int], fileID: Int, store: Store) throws
    /// Versions stored before the file that it ends, as the load finds them (a key it stores anew), on
    /// the writing thread, which has the connection then: a tally that takes the ended ones out at
    /// `complete` may read them here instead, beside the load. Not every ended version comes here (not
    /// a key the file no longer holds); `complete` still names them all. In ascending order.
    func willEnd(_ versions: [Int], store: Store) throws
}

extension SnapshotTally {
    public func add(_ rows: UnsafeBufferPointer<Row>) { for index in rows.indices { add(rows[index]) } }
    public func count(_ record: CSVRecord) -> Bool? { nil }
    public var countsRepeatedRows: Bool { true }
    public func rowsEnded() {}
    public func willEnd(_ versions: [Int], store: Store) throws {}
}

/// The tallies of the files this run loaded, until the figures take them.
final class SnapshotTallies {
    private var committed: [Int: any SnapshotTally] = [:]
    /// The file being loaded: its tally counts for nothing until its transaction commits.
    private var pending: (fileID: Int, tally: any SnapshotTally)?

    func loaded(_ tally: any SnapshotTally, fileID: Int) { pending = (fileID, tally) }

    /// After the file's transaction: kept if it committed, dropped if it did not.
    func fileEnded(committed didCommit: Bool) {
        if let pending, didCommit { committed[pending.fileID] = pending.tally }
        pending = nil
    }

    /// The tally of `fileID`; nil when there is none or a repeated row failed its validation (then the
    /// counts are not the snapshot's).
    func take(_ fileID: Int) -> (any SnapshotTally)? { committed.removeValue(forKey: fileID) }
}

extension Store {
    /// The tally made while the snapshot file `fileID` loaded in this run, if any; given once (it holds
    /// the snapshot's counts, a few megabytes at a million dossiers).
    public func takeTally(ofSnapshot fileID: Int) throws -> (any SnapshotTally)? { tallies.take(fileID) }
}
