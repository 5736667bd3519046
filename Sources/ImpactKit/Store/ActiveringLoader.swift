/// Loads the two sheets of the activeringscentra's workbook: participants as a snapshot (one row per
/// participant per workbook), jobs once each however many workbooks deliver them.
final class ActiveringLoader: RecordLoader {
    private let isParticipants: Bool
    private let insert: Statement
    private let earlierLine: Statement?
    private let knownJob: Statement?
    private let fileID: Int
    private let fileName: String
    private let snapshotEnd: Day
    /// Jobs: how many equal jobs this workbook has had so far (a quarter holds a few hundred).
    private var occurrences: [String: Int] = [:]
    private(set) var newestDate: Day?

    init(kind: ExportKind, database: Database, fileID: Int, fileName: String, snapshotEnd: Day) throws {
        isParticipants = kind.source == Activeringscentra.participants.source
        self.fileID = fileID; self.fileName = fileName; self.snapshotEnd = snapshotEnd
        if isParticipants {
            insert = try database.prepare("""
                INSERT INTO deelnemer_stand (bestand_id, deelnemer, regel, centrum, startdatum, stap, einddatum, uitstroom_naar)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            earlierLine = try database.prepare("SELECT regel FROM deelnemer_stand WHERE bestand_id = ? AND deelnemer = ?")
            knownJob = nil
        } else {
            // Each workbook keeps its own rows, so correcting one workbook never takes away a job another still
            // delivers; the figures count each job once.
            insert = try database.prepare("""
                INSERT INTO klus (bestand_id, regel, datum, centrum, klus, aanvrager, uren_x100, sleutel, volgnummer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            knownJob = try database.prepare("SELECT count(*) FROM klus WHERE sleutel = ? AND volgnummer = ? AND bestand_id <> ?")
            earlierLine = nil
        }
    }

    private func seen(_ day: Day) { if newestDate.map({ day > $0 }) ?? true { newestDate = day } }

    func load(_ record: CSVRecord, header: HeaderMap) throws -> LoadResult {
        if isParticipants {
            switch Activeringscentra.validateParticipant(record, header: header, snapshotEnd: snapshotEnd, file: fileName) {
            case .failure(let rejected): return .rejected(rejected.issues)
            case .success(let row):
                insert.bind([.integer(fileID), .text(row.id), .integer(record.line), .text(row.centre), .integer(row.start.number),
                             .text(row.step), row.end.map { .integer($0.number) }, row.destination.map(DatabaseValue.text)])
                if try insert.step() == .constraintViolation, let earlierLine {
                    earlierLine.bind([.integer(fileID), .text(row.id)])
                    return .rejected([RowIssue(file: fileName, line: record.line, column: Activeringscentra.Column.participant, value: row.id,
                                               kind: .primaryKey, message: "deze deelnemer staat al op regel \(try earlierLine.scalar() ?? 0); de eerste is geladen")])
                }
                seen(max(row.start, row.end ?? row.start))
                return .loaded
            }
        }
        switch Activeringscentra.validateJob(record, header: header, snapshotEnd: snapshotEnd, file: fileName) {
        case .failure(let rejected): return .rejected(rejected.issues)
        case .success(let row):
            let identity = row.identity
            let occurrence = occurrences[identity, default: 0] + 1
            occurrences[identity] = occurrence
            knownJob?.bind([.text(identity), .integer(occurrence), .integer(fileID)])
            let known = try knownJob?.scalar() ?? 0 > 0
            insert.bind([.integer(fileID), .integer(record.line), .integer(row.date.number), .text(row.centre), .text(row.job),
                         .text(row.requester), .integer(row.hoursTimes100), .text(identity), .integer(occurrence)])
            try insert.step()
            seen(row.date)
            return known ? .alreadyKnown : .loaded
        }
    }
}
