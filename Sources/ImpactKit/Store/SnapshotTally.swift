/// Figures counted while a snapshot's rows are written, so that they need not be read back from the
/// database afterwards: an organisation may give one for its snapshot export (`ExportLoading.makeTally`).
/// On the 1M-dossier register, reading the rows back for the quarter's figures took ~0.85 s of a 3.4 s
/// first ingest.
///
/// Only a snapshot that is all there is in force (no version of an earlier snapshot open, no later
/// snapshot) is counted this way: its stored rows are then the whole snapshot. The tally sees each row
/// handed to the writing thread, in file order, on the reading thread: counted beside the inserts, the
/// writer was the slower of the two and the ingest 12% slower (farm-bench, 1M dossiers, A/B 1.12-1.16).
/// A row handed over is stored, or the file is refused and its tally with it: once the file's
/// transaction has committed, the store keeps it by file id (`Store.takeTally`) for the figures computed
/// in the same run.
public protocol SnapshotTally: AnyObject {
    func add(_ row: any StorableRow)
}

/// The tallies of the files this run loaded, until the figures take them.
final class SnapshotTallies {
    private var committed: [Int: any SnapshotTally] = [:]
    /// The file being loaded: its tally counts for nothing until its transaction commits.
    private var pending: (fileID: Int, tally: any SnapshotTally)?

    func loaded(_ tally: any SnapshotTally, fileID: Int) { pending = (fileID, tally) }

    /// After the file's transaction: kept if it committed, dropped if it did not.
    func fileEnded(committed didCommit: Bool) {
        if didCommit, let pending { committed[pending.fileID] = pending.tally }
        pending = nil
    }

    func take(_ fileID: Int) -> (any SnapshotTally)? { committed.removeValue(forKey: fileID) }
}

extension Store {
    /// The tally made while the snapshot file `fileID` loaded in this run, if any; given once (it holds
    /// the snapshot's counts, a few megabytes at a million dossiers).
    public func takeTally(ofSnapshot fileID: Int) -> (any SnapshotTally)? { tallies.take(fileID) }
}
