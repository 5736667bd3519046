/// Loads the four ZWO exports. One class, because they differ only in their row type and table; the
/// validation of each lives with its export in Exports/Zwo/.
final class ZwoLoader: RecordLoader {
    private let kind: ExportKind
    private let layout: ExportLayout
    private let insert: Statement
    private let fileID: Int
    private let fileName: String
    private let season: Period?
    /// Bank: how many equal transactions this file has had so far (a month's export is a few hundred rows).
    private var occurrences: [String: Int] = [:]
    private(set) var newestDate: Day?

    init(kind: ExportKind, layout: ExportLayout, database: Database, fileID: Int, fileName: String) throws {
        self.kind = kind; self.layout = layout; self.fileID = fileID; self.fileName = fileName
        season = kind.source == ZwoExports.collections.source ? ZwoExports.seasonFromName(fileName) : nil
        switch kind.source {
        case ZwoExports.collections.source:
            insert = try database.prepare("INSERT INTO collecte (bestand_id, regel, datum, dienst, doel, bedrag_cent) VALUES (?, ?, ?, ?, ?, ?)")
        case ZwoExports.bank.source:
            insert = try database.prepare("""
                INSERT OR IGNORE INTO bank_mutatie (bestand_id, regel, rekening, datum, tegenrekening, naam, bij, bedrag_cent,
                    omschrijving, sleutel, volgnummer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        case ZwoExports.sponsorRide.source:
            insert = try database.prepare("""
                INSERT INTO fietstocht (bestand_id, regel, datum, afstand_km_x100, per_km_cent, vast_cent, ontvangen_cent) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        default:
            insert = try database.prepare("INSERT INTO begroting (bestand_id, regel, post, bedrag_cent) VALUES (?, ?, ?, ?)")
        }
    }

    private func seen(_ day: Day) { if newestDate.map({ day > $0 }) ?? true { newestDate = day } }

    func load(_ record: CSVRecord, header: HeaderMap) throws -> LoadResult {
        switch kind.source {
        case ZwoExports.collections.source:
            switch Collections.validate(record, header: header, season: season, file: fileName) {
            case .failure(let rejected): return .rejected(rejected.issues)
            case .success(let row):
                insert.bind([.integer(fileID), .integer(record.line), .integer(row.date.number), row.service.map(DatabaseValue.text),
                             .text(row.purpose), .integer(row.cents)])
                seen(row.date)
            }
        case ZwoExports.bank.source:
            switch BankFile.validate(record, header: header, layout: layout, file: fileName) {
            case .failure(let rejected): return .rejected(rejected.issues)
            case .success(let row):
                let identity = row.identity
                let occurrence = occurrences[identity, default: 0] + 1
                occurrences[identity] = occurrence
                insert.bind([.integer(fileID), .integer(record.line), .text(row.account), .integer(row.date.number),
                             .text(row.counterpartyAccount), .text(row.counterpartyName), .integer(row.isCredit ? 1 : 0),
                             .integer(row.cents), .text(row.description), .text(identity), .integer(occurrence)])
                seen(row.date)
                try insert.step()      // a failure throws; INSERT OR IGNORE changes nothing for a known transaction
                return insert.database.changes == 0 ? .alreadyKnown : .loaded
            }
        case ZwoExports.sponsorRide.source:
            switch SponsorRide.validate(record, header: header, file: fileName) {
            case .failure(let rejected): return .rejected(rejected.issues)
            case .success(let row):
                insert.bind([.integer(fileID), .integer(record.line), .integer(row.date.number), .integer(row.kilometresTimes100),
                             .integer(row.perKilometreCents), .integer(row.fixedCents), .integer(row.receivedCents)])
                seen(row.date)
            }
        default:
            switch YearPlan.validate(record, header: header, file: fileName) {
            case .failure(let rejected): return .rejected(rejected.issues)
            case .success(let row):
                insert.bind([.integer(fileID), .integer(record.line), .text(row.line), .integer(row.cents)])
            }
        }
        guard try insert.step() == .done else { throw StoreError("regel \(record.line) van \(fileName) kon niet worden opgeslagen") }
        return .loaded
    }
}
