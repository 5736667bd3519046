/// Export 2 of EXPORTS.md: the three activeringscentra's workbook, `activeringscentra_<yyyy>-Q<n>.xlsx`,
/// with a sheet `Deelnemers` (a full snapshot of the participants) and a sheet `Klussen` (the jobs done for
/// the neighbourhood: new rows; a job delivered in two workbooks counts once).
public enum Activeringscentra {
    public static let centres = Vocabulary(["Haven (De Hoven)", "Buiten (Bouwmeesterbuurt)", "Stad (Stedenwijk)"])
    public static let steps = Vocabulary(["1 Onderzoek", "2 Training", "3 Aan de slag", "4 Uitstroom"])
    public static let destinations = Vocabulary(["Vrijwilligerswerk", "Re-integratietraject", "Betaald werk", "Opleiding", "Uitval", "Verhuisd", "Overig"])
    /// Outflow that counts as positive for the outflow rate (METRICS.md).
    public static let positiveDestinations: Set<String> = ["Vrijwilligerswerk", "Re-integratietraject", "Betaald werk", "Opleiding"]

    public enum Column {
        public static let participant = "Deelnemer-ID", centre = "Centrum", start = "Startdatum", step = "Stap"
        public static let end = "Einddatum", destination = "Uitstroom naar"
        public static let date = "Datum", job = "Klus", requester = "Aanvrager", hours = "Uren"
    }

    public static let participants: ExportKind = {
        var kind = ExportKind(
            source: "deelnemers", title: "Deelnemers", fileNamePrefix: "activeringscentra",
            layouts: [ExportLayout(name: "Deelnemers", columns: [ColumnSpec(Column.participant), ColumnSpec(Column.centre), ColumnSpec(Column.start),
                                                                  ColumnSpec(Column.step), ColumnSpec(Column.end), ColumnSpec(Column.destination)])],
            personalColumns: [], succession: .snapshotPerPeriod(quarter(fileName:)))
        kind.keyColumn = Column.participant
        return kind
    }()

    /// Valid rows of `participants` go to table `deelnemer_stand`.
    public static let participantsLoading = ExportLoading(source: participants.source, table: ActiveringTables.participants) { header, file in
        let end = file.snapshot!.last
        return { record in validateParticipant(record, header: header, snapshotEnd: end, file: file.label) }
    }

    public static let jobs = ExportKind(
        source: "klussen", title: "Klussen", fileNamePrefix: "activeringscentra",
        layouts: [ExportLayout(name: "Klussen", columns: [ColumnSpec(Column.date), ColumnSpec(Column.centre), ColumnSpec(Column.job),
                                                           ColumnSpec(Column.requester), ColumnSpec(Column.hours)])],
        personalColumns: [], succession: .adds)

    /// Valid rows of `jobs` go to table `klus`.
    public static let jobsLoading = ExportLoading(source: jobs.source, table: ActiveringTables.jobs) { header, file in
        let end = file.snapshot!.last
        return { record in validateJob(record, header: header, snapshotEnd: end, file: file.label) }
    }

    public static let workbook: ExportKind = {
        var kind = ExportKind(
            source: "activering", title: "Activeringscentra", fileNamePrefix: "activeringscentra", layouts: [], personalColumns: [],
            succession: .snapshotPerPeriod(quarter(fileName:)))
        kind.sheets = [WorkbookSheet(name: "Deelnemers", kind: participants), WorkbookSheet(name: "Klussen", kind: jobs)]
        return kind
    }()

    /// The quarter a workbook holds, from its name: `activeringscentra_2022-Q4.xlsx`.
    @Sendable static func quarter(fileName: String) -> Period? { Period.quarter(inFileName: fileName) }

    public struct Participant: Sendable, Equatable, StorableRow {
        public let id: String
        public let centre: String
        public let start: Day
        public let step: String
        public let end: Day?
        public let destination: String?

        /// In the order of `ActiveringTables.participants.columns`.
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.text(id), .text(centre), .integer(start.number), .text(step), end.map { .integer($0.number) },
                         destination.map(DatabaseValue.text)], from: first)
        }
        public var key: String { id }
        public var latestDate: Day? { max(start, end ?? start) }
    }

    public struct Job: Sendable, Equatable, StorableRow {
        public let date: Day
        public let centre: String
        public let job: String
        public let requester: String
        /// Hours times 100 (`2,5` is 250).
        public let hoursTimes100: Int
        /// The same job however it was capitalised or spaced when typed again in the next workbook.
        public var identity: String {
            [date.iso, centre, job, requester, String(hoursTimes100)].map { $0.lowercased() }.joined(separator: "|")
        }

        /// In the order of `ActiveringTables.jobs.columns`.
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.integer(date.number), .text(centre), .text(job), .text(requester), .integer(hoursTimes100)], from: first)
        }
        public var latestDate: Day? { date }
    }

    static func validateParticipant(_ record: CSVRecord, header: HeaderMap, snapshotEnd: Day, file: String) -> Result<Participant, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let id = check.required(header.column(Column.participant))
        let centre = check.choice(header.column(Column.centre), from: centres)
        let start = check.date(header.column(Column.start), required: true, notAfter: snapshotEnd)
        let step = check.choice(header.column(Column.step), from: steps)
        let endColumn = header.column(Column.end), destinationColumn = header.column(Column.destination)
        let end = check.date(endColumn, required: false, notAfter: snapshotEnd)
        let destination = check.optionalChoice(destinationColumn, from: destinations)
        if let start, let end, end < start { check.fail(endColumn, .constraintError, "ligt vóór de Startdatum (\(start.dutch))") }
        if destination != nil, !check.isPresent(endColumn) {
            check.fail(destinationColumn, .constraintError, "ingevuld terwijl de deelnemer nog actief is (Einddatum is leeg)")
        }
        if end != nil, !check.isPresent(destinationColumn) {
            check.fail(destinationColumn, .constraintError, "leeg, terwijl er een Einddatum is: waarheen is de deelnemer uitgestroomd?")
        }
        guard check.issues.isEmpty, let id, let centre, let start, let step else { return .failure(RowIssues(check.issues)) }
        return .success(Participant(id: id, centre: centre, start: start, step: step, end: end, destination: destination))
    }

    static func validateJob(_ record: CSVRecord, header: HeaderMap, snapshotEnd: Day, file: String) -> Result<Job, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let date = check.date(header.column(Column.date), required: true, notAfter: snapshotEnd)
        let centre = check.choice(header.column(Column.centre), from: centres)
        let job = check.required(header.column(Column.job))
        let requester = check.required(header.column(Column.requester))
        let hours = check.quantity(header.column(Column.hours), required: true, example: "3 of 2,5", negative: "uren kunnen niet negatief zijn")
        guard check.issues.isEmpty, let date, let centre, let job, let requester, let hours else { return .failure(RowIssues(check.issues)) }
        return .success(Job(date: date, centre: centre, job: job, requester: requester, hoursTimes100: hours))
    }
}
