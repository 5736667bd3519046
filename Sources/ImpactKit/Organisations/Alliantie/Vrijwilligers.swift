import Foundation

/// The alliance's volunteer list, `vrijwilligers.csv` (semicolon): a full list with no period in its
/// name, holding each volunteer's `Gestart`, `Gestopt` and `Training afgerond`. Every list ingested is
/// kept (known by its SHA-256, so the same list twice changes nothing). The newest list is the state;
/// a volunteer missing from it keeps the state of the last list that held them: coordinators delete people
/// who left, and their history must not vanish with them.
public enum Vrijwilligers {
    public enum Column {
        public static let volunteer = "Vrijwilliger", organisation = "Organisatie", started = "Gestart", stopped = "Gestopt"
        public static let trained = "Training afgerond"
    }

    static let columns = [ColumnSpec(Column.volunteer), ColumnSpec(Column.organisation), ColumnSpec(Column.started), ColumnSpec(Column.stopped),
                          ColumnSpec(Column.trained)]

    public static let export: ExportKind = {
        var kind = ExportKind(source: "vrijwilligers", title: "Vrijwilligers", fileNamePrefix: "vrijwilligers",
                              layouts: [ExportLayout(name: "Vrijwilligers", columns: columns)], personalColumns: [], succession: .adds)
        kind.keyColumn = Column.volunteer
        return kind
    }()

    /// Valid rows of `export` go to table `vrijwilliger_stand`.
    public static let loading = ExportLoading(source: export.source, table: AlliantieTables.volunteers) { header, file in
        { record in validate(record, header: header, file: file.label) }
    }

    public struct Volunteer: Sendable, Equatable, StorableRow {
        public let code: String
        public let organisation: String
        public let started: Day
        public let stopped: Day?
        public let trained: Day?

        /// In the order of `AlliantieTables.volunteers.columns`.
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.text(code), .text(organisation), .integer(started.number), stopped.map { .integer($0.number) },
                         trained.map { .integer($0.number) }], from: first)
        }
        public var key: String { code }
        public var latestDate: Day? { [started, stopped, trained].compactMap { $0 }.max() }

        /// Started on or before `day` and not stopped by then (`Gestopt` empty or after it).
        public func isActive(on day: Day) -> Bool { started <= day && (stopped.map { $0 > day } ?? true) }
    }

    static func validate(_ record: CSVRecord, header: HeaderMap, file: String) -> Result<Volunteer, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let code = check.required(header.column(Column.volunteer))
        let organisation = check.choice(header.column(Column.organisation), from: Spreekuren.organisations)
        let started = check.date(header.column(Column.started), required: true)
        let stoppedColumn = header.column(Column.stopped)
        let stopped = check.date(stoppedColumn, required: false)
        let trained = check.date(header.column(Column.trained), required: false)
        if let started, let stopped, stopped < started { check.fail(stoppedColumn, .constraintError, "ligt vóór Gestart (\(started.dutch))") }
        guard check.issues.isEmpty, let code, let organisation, let started else { return .failure(RowIssues(check.issues)) }
        return .success(Volunteer(code: code.trimmingCharacters(in: .whitespaces), organisation: organisation, started: started,
                                  stopped: stopped, trained: trained))
    }
}
