import Foundation

/// A settings text (impact.yaml) as the database recorded it when it was applied. The newest is in force:
/// figures are computed from it (the bank rules), whatever impact.yaml lies in the folder impact runs in,
/// and each file ingested points to the one its column renames came from (`bronbestand.instellingen_id`).
public struct RecordedSettings: Sendable, Equatable {
    public let id: Int
    /// Where the text came from: an absolute path, or `ingebouwd: <path>` for impact's own defaults.
    public let origin: String
    public let sha256: String
    public let text: String
    /// When it was recorded: ISO 8601, UTC (`2026-12-02T14:03:11Z`).
    public let recordedAt: String
}

extension Store {
    /// The settings in force: the newest recorded, or nil in a database that has none (made before
    /// settings were recorded, or never given any).
    public func settingsInForce() throws -> RecordedSettings? {
        try recordedSettings(where: "1 ORDER BY id DESC LIMIT 1").first
    }

    /// Every settings text recorded, oldest first.
    public func settingsHistory() throws -> [RecordedSettings] {
        try recordedSettings(where: "1 ORDER BY id")
    }

    /// Records `text` as the settings in force from now on; the files ingested after it point to it.
    @discardableResult
    public func recordSettings(text: String, origin: String, sha256: String, at moment: Date = Date()) throws -> RecordedSettings {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let recordedAt = formatter.string(from: moment)
        let statement = try database.prepare("INSERT INTO instellingen (bestand, sha256, tekst, vastgelegd_op) VALUES (?, ?, ?, ?)")
        statement.bind([.text(origin), .text(sha256), .text(text), .text(recordedAt)])
        try statement.step()
        return RecordedSettings(id: Int(database.lastInsertedRowID), origin: origin, sha256: sha256, text: text, recordedAt: recordedAt)
    }

    private func recordedSettings(where condition: String) throws -> [RecordedSettings] {
        let statement = try database.prepare("SELECT id, bestand, sha256, tekst, vastgelegd_op FROM instellingen WHERE \(condition)")
        var result: [RecordedSettings] = []
        try statement.rows { row in
            result.append(RecordedSettings(id: row.int(0)!, origin: row.string(1)!, sha256: row.string(2)!, text: row.string(3)!,
                                           recordedAt: row.string(4)!))
        }
        return result
    }
}
