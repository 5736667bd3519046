/// Figures counted while a snapshot's rows load, so that they need not be read back from the database
/// afterwards: an organisation may give one for its snapshot export (`ExportLoading.makeTally`). On the
/// 1M-dossier register, reading the rows back for the quarter's figures took ~0.85 s of a 3.4 s first
/// ingest and ~0.9 s of a 3.2 s next quarter.
///
/// Only the newest snapshot is counted this way (an older one arriving late is fitted in between its
/// neighbours). It counts on a thread of its own (`TallyFeed`): every row the file loads, the rows it
/// repeats unchanged from the quarter before included, and then the earlier versions its rejected keys
/// keep (`addStored`); together they are the snapshot. On the reading thread the first ingest of the
/// 1M-dossier register was 9% slower (farm-bench, A/B 0.92), on the writing thread slower again (the
/// writer was then the slower thread). A row handed over is stored, or the file is refused and its tally
/// with it: once the file's transaction has committed, the store keeps it by file id
/// (`Store.takeTally`) for the figures computed in the same run.
public protocol SnapshotTally: AnyObject {
    func add(_ row: any StorableRow)
    /// A record the file repeats unchanged, counted straight from its bytes if the tally can (making no
    /// row of it): true when it holds every rule of the export, false when not; nil when the tally leaves
    /// it to the validation and `add`.
    func count(_ record: CSVRecord) -> Bool?
    /// After the file's last row, on the counting thread: a tally may ready its counts here (sort them),
    /// beside the file's commit rather than after it.
    func rowsEnded()
    /// Versions stored before the file that stay in force in its snapshot, by rowid: the keys it
    /// rejected keep their last valid state.
    func addStored(versions: [Int], store: Store) throws
}

extension SnapshotTally {
    public func count(_ record: CSVRecord) -> Bool? { nil }
    public func rowsEnded() {}
}

/// The tallies of the files this run loaded, until the figures take them. A tally may still be counting
/// when its file commits: it is waited for when taken (so its last work runs beside the commit).
final class SnapshotTallies {
    /// A file's count: its thread, and the earlier versions its rejected keys keep (`addStored`).
    struct Counting {
        let feed: TallyFeed
        let keptVersions: [Int]
    }

    private var committed: [Int: Counting] = [:]
    /// The file being loaded: its tally counts for nothing until its transaction commits.
    private var pending: (fileID: Int, counting: Counting)?

    func loaded(_ counting: Counting, fileID: Int) { pending = (fileID, counting) }

    /// After the file's transaction: kept if it committed, dropped if it did not.
    func fileEnded(committed didCommit: Bool) {
        if let pending {
            if didCommit { committed[pending.fileID] = pending.counting } else { pending.counting.feed.abandon() }
        }
        pending = nil
    }

    /// The tally of `fileID`, its counting finished; nil when there is none or a repeated row failed
    /// its validation (then the counts are not the snapshot's).
    func take(_ fileID: Int, store: Store) throws -> (any SnapshotTally)? {
        guard let counting = committed.removeValue(forKey: fileID), let tally = try counting.feed.finish() else { return nil }
        try tally.addStored(versions: counting.keptVersions, store: store)
        return tally
    }

    /// Counting threads not taken are stopped: nothing runs on after the store.
    deinit {
        pending?.counting.feed.abandon()
        for counting in committed.values { counting.feed.abandon() }
    }
}

extension Store {
    /// The tally made while the snapshot file `fileID` loaded in this run, if any; given once (it holds
    /// the snapshot's counts, a few megabytes at a million dossiers).
    public func takeTally(ofSnapshot fileID: Int) throws -> (any SnapshotTally)? { try tallies.take(fileID, store: self) }
}
