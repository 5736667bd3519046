/// Export 5 of EXPORTS.md: Stichting Al Amal Utrecht's register, `alamal_<yyyy>-Q<n>.csv`, a full snapshot
/// per quarter (semicolon; UTF-8 with BOM or Windows-1252). `Aanmelding` and `Eerste contact` are Dutch
/// date-times; the hours between them are the response time ("like the fire brigade"). `Hulpvraag` is the
/// person's own words: never read, so it cannot reach the database or a report.
public enum AlAmalExport {
    public enum Column {
        public static let dossier = "Dossier", registered = "Aanmelding", firstContact = "Eerste contact", question = "Hulpvraag"
        public static let age = "Leeftijd", track = "Traject", closed = "Afgesloten op", result = "Resultaat"
    }

    public static let tracks = Vocabulary(["We All (Leger des Heils)", "Gezinsondersteuning", "Opvoedondersteuning", "Financiën", "Overig"])
    public static let results = Vocabulary(["Zelfstandig verder", "Doorverwezen", "Gestopt"])
    /// We All, with the Leger des Heils, is for young adults.
    static let weAll = "We All (Leger des Heils)", weAllAges = 18...27

    static let columns = [ColumnSpec(Column.dossier), ColumnSpec(Column.registered), ColumnSpec(Column.firstContact),
                          ColumnSpec(Column.question, required: false), ColumnSpec(Column.age), ColumnSpec(Column.track),
                          ColumnSpec(Column.closed), ColumnSpec(Column.result)]

    public static let export: ExportKind = {
        var kind = ExportKind(source: "alamal", title: "Al Amal", fileNamePrefix: "alamal",
                              layouts: [ExportLayout(name: "Al Amal", columns: columns)], personalColumns: [Column.question],
                              succession: .snapshotPerPeriod { Period.quarter(inFileName: $0) })
        kind.keyColumn = Column.dossier
        return kind
    }()

    /// Valid rows of `export` go to table `alamal_dossier`.
    public static let loading = ExportLoading(source: export.source, table: AlAmalTables.dossiers) { header, file in
        let end = file.snapshot!.last
        return { record in validate(record, header: header, snapshotEnd: end, file: file.label) }
    }

    public struct Dossier: Sendable, Equatable, StorableRow {
        public let id: String
        public let registered: DateTime
        public let firstContact: DateTime?
        public let age: Int
        public let track: String
        public let closed: Day?
        public let result: String?

        /// In the order of `AlAmalTables.dossiers.columns`.
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.text(id), .integer(registered.number), firstContact.map { .integer($0.number) }, .integer(age), .text(track),
                         closed.map { .integer($0.number) }, result.map(DatabaseValue.text)], from: first)
        }
        public var key: String { id }
        public var latestDate: Day? { [registered.day, firstContact?.day, closed].compactMap { $0 }.max() }
        /// Whole minutes from registration to first contact.
        public var responseMinutes: Int? { firstContact.map { registered.minutes(until: $0) } }
    }

    static func validate(_ record: CSVRecord, header: HeaderMap, snapshotEnd: Day, file: String) -> Result<Dossier, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let c = { (name: String) in header.column(name) }
        let id = check.required(c(Column.dossier))
        let registered = check.dateTime(c(Column.registered), required: true)
        let firstContact = check.dateTime(c(Column.firstContact), required: false)
        let age = check.integer(c(Column.age), in: 0...120)
        let track = check.choice(c(Column.track), from: tracks)
        let closed = check.date(c(Column.closed), required: false, notAfter: snapshotEnd)
        let result = check.optionalChoice(c(Column.result), from: results)
        for (column, moment) in [(Column.registered, registered), (Column.firstContact, firstContact)] {
            if let moment, moment.day > snapshotEnd { check.fail(c(column), .constraintError, "ligt na de datum van de export (\(snapshotEnd.dutch))") }
        }
        if let registered {
            if let firstContact, firstContact < registered { check.fail(c(Column.firstContact), .constraintError, "ligt vóór de Aanmelding (\(registered))") }
            if let closed, closed < registered.day { check.fail(c(Column.closed), .constraintError, "ligt vóór de Aanmelding (\(registered.day.dutch))") }
        }
        if result != nil, !check.isPresent(c(Column.closed)) {
            check.fail(c(Column.result), .constraintError, "ingevuld, terwijl Afgesloten op leeg is: het dossier loopt nog")
        }
        if closed != nil, !check.isPresent(c(Column.result)) {
            check.fail(c(Column.result), .constraintError, "leeg, terwijl het dossier is afgesloten: wat was het resultaat?")
        }
        if let track, let age, track == weAll, !weAllAges.contains(age) {
            check.fail(c(Column.track), .constraintError, "\(weAll) is voor \(weAllAges.lowerBound) tot en met \(weAllAges.upperBound) jaar, niet voor \(age)")
        }
        guard check.issues.isEmpty, let id, let registered, let age, let track else { return .failure(RowIssues(check.issues)) }
        return .success(Dossier(id: id, registered: registered, firstContact: firstContact, age: age, track: track, closed: closed, result: result))
    }
}
