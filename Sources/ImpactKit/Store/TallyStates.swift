/// What the newest snapshot's count keeps for the next snapshot of the same export
/// (`SnapshotTally.complete`): one row per export, replaced by each newer snapshot. The store keeps the
/// bytes; what they mean, and when they still hold (the stamp), is for the organisation to say.
extension Store {
    public func tallyState(source: String) throws -> (fileID: Int, stamp: String, bytes: [UInt8])? {
        let statement = try database.prepare("SELECT bestand_id, stempel, staat FROM telstand WHERE bron = ?")
        statement.bind(1, source)
        var state: (Int, String, [UInt8])?
        try statement.rows { row in state = (row.int(0)!, row.string(1)!, Array(row.blob(2))) }
        return state
    }

    public func keepTallyState(_ bytes: [UInt8], source: String, fileID: Int, stamp: String) throws {
        let statement = try database.prepare("INSERT OR REPLACE INTO telstand (bron, bestand_id, stempel, staat) VALUES (?, ?, ?, ?)")
        statement.bind([.text(source), .integer(fileID), .text(stamp)])
        statement.bind(4, blob: bytes)
        try statement.step()
    }

    public func forgetTallyState(source: String) throws {
        let statement = try database.prepare("DELETE FROM telstand WHERE bron = ?")
        statement.bind(1, source)
        try statement.step()
    }
}
