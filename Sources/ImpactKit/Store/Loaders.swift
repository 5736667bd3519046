/// What became of one record.
enum LoadResult: Equatable {
    case loaded
    /// The same transaction was loaded before from an overlapping export: counted once, not again.
    case alreadyKnown
    case rejected([RowIssue])
}

/// Validates and stores the records of one file of one export.
protocol RecordLoader: AnyObject {
    func load(_ record: CSVRecord, header: HeaderMap) throws -> LoadResult
    /// The latest date seen in the loaded rows (shown by `impact status`).
    var newestDate: Day? { get }
}

extension Store {
    func makeLoader(for kind: ExportKind, layout: ExportLayout, fileID: Int, fileName: String, snapshotEnd: Day?) throws -> RecordLoader {
        switch kind.source {
        case Dromenregister.source: return try DreamLoader(database: database, fileID: fileID, fileName: fileName, snapshotEnd: snapshotEnd!)
        case PostcodeTable.source: return try PostcodeLoader(database: database, fileName: fileName)
        case Activeringscentra.participants.source, Activeringscentra.jobs.source:
            return try ActiveringLoader(kind: kind, database: database, fileID: fileID, fileName: fileName, snapshotEnd: snapshotEnd!)
        case ZwoExports.collections.source, ZwoExports.bank.source, ZwoExports.sponsorRide.source, ZwoExports.yearPlan.source:
            return try ZwoLoader(kind: kind, layout: layout, database: database, fileID: fileID, fileName: fileName)
        default: throw StoreError("geen tabel voor export \(kind.source)")
        }
    }
}

final class DreamLoader: RecordLoader {
    private let insert: Statement
    private let earlierLine: Statement
    private let fileID: Int
    private let fileName: String
    private let snapshotEnd: Day
    private var layout: Dromenregister.Layout?
    private(set) var newestDate: Day?

    init(database: Database, fileID: Int, fileName: String, snapshotEnd: Day) throws {
        insert = try database.prepare("""
            INSERT INTO droom_stand (bestand_id, dossiernummer, kindnummer, programma, ontvangen_op, kanaal, leeftijd, pc4,
                categorie, status, gesprek_op, verbonden_met, verbonden_op, ouders_verbonden, regel)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        earlierLine = try database.prepare("SELECT regel FROM droom_stand WHERE bestand_id = ? AND dossiernummer = ?")
        self.fileID = fileID; self.fileName = fileName; self.snapshotEnd = snapshotEnd
    }

    func load(_ record: CSVRecord, header: HeaderMap) throws -> LoadResult {
        let dream: Dream
        let layout = self.layout ?? Dromenregister.Layout(header)
        self.layout = layout
        switch Dromenregister.validate(record, layout: layout, snapshotEnd: snapshotEnd, file: fileName) {
        case .failure(let rejected): return .rejected(rejected.issues)
        case .success(let valid): dream = valid
        }
        insert.bind(1, fileID); insert.bind(2, dream.dossier); insert.bind(3, dream.child); insert.bind(4, dream.programme)
        insert.bind(5, dream.received.number); insert.bind(6, dream.channel); insert.bind(7, dream.age); insert.bind(8, dream.pc4)
        insert.bind(9, dream.category); insert.bind(10, dream.status); insert.bind(11, dream.conversation?.number)
        insert.bind(12, dream.partner); insert.bind(13, dream.connected?.number); insert.bind(14, dream.parentsConnected.map { $0 ? 1 : 0 })
        insert.bind(15, dream.line)
        if try insert.step() == .constraintViolation {
            earlierLine.bind(1, fileID); earlierLine.bind(2, dream.dossier)
            let first = try earlierLine.scalar() ?? 0
            return .rejected([RowIssue(file: fileName, line: dream.line, column: Dromenregister.Column.dossier, value: dream.dossier,
                                       kind: .primaryKey, message: "dit dossiernummer staat al op regel \(first); de eerste is geladen")])
        }
        let latest = max(dream.received, dream.conversation ?? dream.received, dream.connected ?? dream.received)
        if newestDate.map({ latest > $0 }) ?? true { newestDate = latest }
        return .loaded
    }
}

final class PostcodeLoader: RecordLoader {
    private let insert: Statement
    private let fileName: String
    private var lines: [Int: Int] = [:]      // a few hundred PC4s at most
    let newestDate: Day? = nil

    init(database: Database, fileName: String) throws {
        // A postcode table is a whole replacement: the newest one ingested is the one in force.
        try database.execute("DELETE FROM postcode_stadsdeel")
        insert = try database.prepare("INSERT INTO postcode_stadsdeel (pc4, stadsdeel) VALUES (?, ?)")
        self.fileName = fileName
    }

    func load(_ record: CSVRecord, header: HeaderMap) throws -> LoadResult {
        switch PostcodeTable.validate(record, header: header, file: fileName) {
        case .failure(let rejected): return .rejected(rejected.issues)
        case .success(let row):
            insert.bind(1, row.pc4); insert.bind(2, row.area)
            if try insert.step() == .constraintViolation {
                return .rejected([RowIssue(file: fileName, line: record.line, column: "PC4", value: String(row.pc4), kind: .primaryKey,
                                           message: "deze PC4 staat al op regel \(lines[row.pc4] ?? 0); de eerste is geladen")])
            }
            lines[row.pc4] = record.line
            return .loaded
        }
    }
}
