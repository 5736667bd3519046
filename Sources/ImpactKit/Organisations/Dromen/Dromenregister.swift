/// Export 1 of EXPORTS.md: the Dromenregister of "Als ik later groot ben" (0-12) and "Dare to dream in 036"
/// (12-18). A full snapshot per quarter, `dromen_<yyyy>-Q<n>.csv`.
///
/// This file is the one place that knows the export's columns and rules; it turns a CSV record into a
/// typed `Dream` or into the list of rules the record breaks.
public enum Dromenregister {
    public static let source = "dromen"
    public static let title = "Dromenregister"

    public enum Column {
        public static let dossier = "Dossiernummer", child = "Kindnummer", programme = "Programma"
        public static let received = "Ontvangen op", channel = "Kanaal", age = "Leeftijd", postcode = "Postcode"
        public static let dream = "Droom", category = "Categorie", coordinator = "Coördinator", status = "Status"
        public static let conversation = "Gesprek op", partner = "Verbonden met", connected = "Verbonden op"
        public static let parentsConnected = "Ouders verbonden"
    }

    /// Droom (the child's own words) and Coördinator are not needed for any figure: they are never read,
    /// so personal text cannot reach the database or a report.
    public static let columns: [ColumnSpec] = [
        ColumnSpec(Column.dossier), ColumnSpec(Column.child), ColumnSpec(Column.programme), ColumnSpec(Column.received),
        ColumnSpec(Column.channel), ColumnSpec(Column.age), ColumnSpec(Column.postcode), ColumnSpec(Column.dream, required: false),
        ColumnSpec(Column.category), ColumnSpec(Column.coordinator, required: false), ColumnSpec(Column.status),
        ColumnSpec(Column.conversation), ColumnSpec(Column.partner), ColumnSpec(Column.connected), ColumnSpec(Column.parentsConnected),
    ]
    /// Columns left out of the rejected-rows file for the coordinator: personal free text.
    public static let personalColumns: Set<String> = [Column.dream]

    public static let programmes = Vocabulary(["Als ik later groot ben", "Dare to dream in 036"])
    public static let channels = Vocabulary(["Brievenbus", "Website", "Facebook", "Instagram", "WhatsApp", "Sms", "Inloopspreekuur bibliotheek"])
    public static let categories = Vocabulary(["Fiets", "Laptop", "Bijles", "Sport", "Muziek en cultuur", "Beroep en meelopen", "Kleding", "Overig"])
    public static let statuses = Vocabulary(["Nieuw", "Uitgenodigd", "Gesprek gevoerd", "Verbonden", "Afgerond", "Geen reactie", "Ingetrokken"])
    static let yesNo = Vocabulary(["Ja", "Nee"])

    /// A dream counts as helped ("een stapje dichter bij de droom") in these states.
    public static let helpedStatuses: Set<String> = ["Verbonden", "Afgerond"]
    /// Still to be handled: the work in hand (Werkvoorraad).
    public static let openStatuses: Set<String> = ["Nieuw", "Uitgenodigd", "Gesprek gevoerd"]
    /// "Dare to dream in 036" started in 2020; the register as a whole in 2017.
    static let dareToDreamStart = Day(year: 2020, month: 1, day: 1)!
    static let registerStart = Day(year: 2017, month: 1, day: 1)!
    static let dareToDream = programmes.index(of: "Dare to dream in 036")!
    static let ageRange: [String: ClosedRange<Int>] = ["Als ik later groot ben": 0...12, "Dare to dream in 036": 12...18]
    /// The same by place in the vocabularies: a String hashed per row showed in the ingest's profile.
    static let ageRangeByProgramme = programmes.labels.map { ageRange[$0] }
    static let isHelpedStatus = statuses.labels.map { helpedStatuses.contains($0) }

    /// The export as the ingest stage sees it: a snapshot per quarter, one row per dossier.
    public static let export: ExportKind = {
        var kind = ExportKind(source: source, title: title, fileNamePrefix: "dromen",
                              layouts: [ExportLayout(name: "Dromenregister", columns: columns)],
                              personalColumns: personalColumns, succession: .snapshotPerPeriod(snapshot(fileName:)))
        kind.keyColumn = Column.dossier
        return kind
    }()

    /// Valid rows of `export` go to table `droom_stand`.
    public static let loading = ExportLoading(source: export.source, table: DromenTables.dreams) { header, file in
        let layout = Layout(header)
        let end = file.snapshot!.last
        return { record in validate(record, layout: layout, snapshotEnd: end, file: file.label) }
    } makeTally: { header, file, store, fileID, expectedRows in
        try DreamTally(file: file, store: store, expectedRows: expectedRows, header: header, fileID: fileID)
    }

    /// The snapshot a file holds, from its name: `dromen_2022-Q4.csv` is the register on 31-12-2022.
    @Sendable public static func snapshot(fileName: String) -> Period? { Period.quarter(inFileName: fileName) }

    /// The columns of one file, their positions looked up once. A class: copying thirteen names per row
    /// showed up as retain/release traffic in the ingest profile.
    public final class Layout: Sendable {
        let dossier, child, programme, received, channel, age, postcode, category, status: BoundColumn
        let conversation, partner, connected, parentsConnected: BoundColumn

        public init(_ header: HeaderMap) {
            dossier = header.column(Column.dossier); child = header.column(Column.child)
            programme = header.column(Column.programme); received = header.column(Column.received)
            channel = header.column(Column.channel); age = header.column(Column.age); postcode = header.column(Column.postcode)
            category = header.column(Column.category); status = header.column(Column.status)
            conversation = header.column(Column.conversation); partner = header.column(Column.partner)
            connected = header.column(Column.connected); parentsConnected = header.column(Column.parentsConnected)
        }
    }

    /// Validates one record against every rule; returns the dream, or every rule it breaks.
    public static func validate(_ record: CSVRecord, layout: Layout, snapshotEnd: Day, file: String) -> Result<Dream, RowIssues> {
        let text = { (bytes: UnsafeBufferPointer<UInt8>) in RowText(bytes: bytes, decode: record.encoding.decode) }
        return check(record, layout: layout, snapshotEnd: snapshotEnd, file: file).map { dream in
            Dream(line: record.line, dossier: text(dream.dossier), child: text(dream.child), programme: dream.programme,
                  received: dream.received, channel: dream.channel, age: dream.age, pc4: dream.pc4, category: dream.category,
                  status: dream.status, conversation: dream.conversation, partner: dream.partner.map(text),
                  connected: dream.connected, parentsConnected: dream.parentsConnected)
        }
    }

    /// A record that holds every rule, its texts as the record's own bytes (valid while the record is):
    /// what `validate` makes a `Dream` of, and what a tally counts without making one.
    struct CheckedDream {
        let dossier: UnsafeBufferPointer<UInt8>, child: UnsafeBufferPointer<UInt8>
        let programme: Int, received: Day, channel: Int, age: Int, pc4: Int?, category: Int, status: Int
        let conversation: Day?, partner: UnsafeBufferPointer<UInt8>?, connected: Day?, parentsConnected: Bool?
    }

    /// Every rule of the register, checked on one record.
    static func check(_ record: CSVRecord, layout: Layout, snapshotEnd: Day, file: String) -> Result<CheckedDream, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let columns = layout
        let dossier = check.requiredBytes(columns.dossier)
        let child = check.requiredBytes(columns.child)
        let programme = check.choiceIndex(columns.programme, from: programmes)
        let received = check.date(columns.received, required: true, notAfter: snapshotEnd)
        let channel = check.choiceIndex(columns.channel, from: channels)
        let age = check.integer(columns.age, in: 0...18)
        let pc4 = check.postcode(columns.postcode)
        let category = check.choiceIndex(columns.category, from: categories)
        let status = check.choiceIndex(columns.status, from: statuses)
        let conversation = check.date(columns.conversation, required: false, notAfter: snapshotEnd)
        let partner = check.optionalBytes(columns.partner)
        let connected = check.date(columns.connected, required: false, notAfter: snapshotEnd)
        let parents = check.optionalChoice(columns.parentsConnected, from: yesNo)

        if let received {
            if received < registerStart { check.fail(columns.received, .constraintError, "ligt vóór de start van het register (01-01-2017)") }
            if programme == dareToDream, received < dareToDreamStart {
                check.fail(columns.received, .constraintError, "\"Dare to dream in 036\" bestaat pas sinds 01-01-2020")
            }
            if let conversation, conversation < received {
                check.fail(columns.conversation, .constraintError, "ligt vóór Ontvangen op (\(received.dutch))")
            }
            if let connected, connected < received {
                check.fail(columns.connected, .constraintError, "ligt vóór Ontvangen op (\(received.dutch))")
            }
        }
        if let programme, let age, let range = ageRangeByProgramme[programme], !range.contains(age) {
            check.fail(columns.age, .constraintError, "leeftijd \(age) past niet bij \"\(programmes.labels[programme])\" (\(range.lowerBound)-\(range.upperBound) jaar)")
        }
        if let status, isHelpedStatus[status], connected == nil, check.isPresent(columns.connected) == false {
            check.fail(columns.connected, .constraintError, "status \(statuses.labels[status]) vraagt om een datum in Verbonden op")
        }

        guard check.issues.isEmpty, let dossier, let child, let programme, let received, let channel, let age,
              let category, let status else { return .failure(RowIssues(check.issues)) }
        return .success(CheckedDream(
            dossier: dossier, child: child, programme: programme, received: received, channel: channel, age: age, pc4: pc4,
            category: category, status: status, conversation: conversation, partner: partner, connected: connected,
            parentsConnected: parents.map { $0 == "Ja" }))
    }
}

/// One dossier as the register stood in one snapshot, validated and typed. Programme, channel, category
/// and status are places in the export's vocabularies (`Dromenregister.programmes`, ...), and so stored:
/// an integer instead of the text took the 1M-dossier database from 151 to 104 MB and its first ingest
/// from 5.6 to 4.4-5.1 s (the thread writing the rows had kept the reading one waiting ~0.9 s; issue 10).
public struct Dream: Sendable, Equatable, StorableRow {
    public var line: Int
    public var dossier: RowText
    public var child: RowText
    public var programme: Int
    public var received: Day
    public var channel: Int
    public var age: Int
    /// The four digits of the postcode; nil when the postcode was empty.
    public var pc4: Int?
    public var category: Int
    public var status: Int
    public var conversation: Day?
    public var partner: RowText?
    public var connected: Day?
    public var parentsConnected: Bool?

    /// In the order of `DromenTables.dreams.columns`.
    public func bind(to insert: Statement, from first: Int32) {
        insert.bind(first, dossier); insert.bind(first + 1, child); insert.bind(first + 2, programme)
        insert.bind(first + 3, received.number); insert.bind(first + 4, channel); insert.bind(first + 5, age); insert.bind(first + 6, pc4)
        insert.bind(first + 7, category); insert.bind(first + 8, status); insert.bind(first + 9, conversation?.number)
        insert.bind(first + 10, partner); insert.bind(first + 11, connected?.number); insert.bind(first + 12, parentsConnected.map { $0 ? 1 : 0 })
    }
    public var key: String { dossier.string }
    public var latestDate: Day? { max(received, conversation ?? received, connected ?? received) }
}
