/// Computed figures kept beside the data they came from, so that a report reads a summary instead of a
/// million rows again. The store only keeps the bytes; what they mean, and when they still hold (the
/// stamp), is for the figures stage to say.
extension Store {
    func cachedFigures(organisation: String, period: String, stamp: String) throws -> [UInt8]? {
        let statement = try database.prepare("SELECT waarden FROM cijfercache WHERE organisatie = ? AND periode = ? AND stempel = ?")
        statement.bind([.text(organisation), .text(period), .text(stamp)])
        var bytes: [UInt8]?
        try statement.rows { row in bytes = Array(row.blob(0)) }
        return bytes
    }

    func cacheFigures(_ bytes: [UInt8], organisation: String, period: String, stamp: String) throws {
        let statement = try database.prepare("INSERT OR REPLACE INTO cijfercache (organisatie, periode, stempel, waarden) VALUES (?, ?, ?, ?)")
        statement.bind([.text(organisation), .text(period), .text(stamp)])
        statement.bind(4, blob: bytes)
        try statement.step()
    }
}
