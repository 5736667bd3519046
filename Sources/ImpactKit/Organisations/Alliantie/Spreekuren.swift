import Foundation

/// Export 3 of EXPORTS.md: the alliance's walk-in hours, `spreekuren_<yyyy>-Q<n>.csv`, an online form's
/// export (comma, UTF-8) with the NEW rows since the previous download. Downloads overlap: a visit
/// delivered again by the next file (the same content) counts once; two equal visits in one file both
/// count. The volunteer's code is never read.
public enum Spreekuren {
    public enum Column {
        public static let timestamp = "Tijdstempel", location = "Locatie", organisation = "Organisatie", postcode = "Postcode"
        public static let firstVisit = "Eerste bezoek", topics = "Onderwerpen", reachedVia = "Bereikt via"
        public static let referredTo = "Doorverwezen naar", volunteer = "Vrijwilliger"
    }

    public static let locations = Vocabulary(["Bibliotheek Stad", "Financieel Huis Haven", "Kerk Buiten", "Moskee Stad", "Inloophuis Leger des Heils"])
    public static let organisations = Vocabulary(["Humanitas", "SchuldHulpMaatje", "Leger des Heils", "Ocan"])
    public static let topics = Vocabulary(["Potjescheck", "Schulden", "Toeslagen", "Belastingdienst", "Formulieren", "Budgetteren", "Overig"])
    public static let routes = Vocabulary(["Ocan-ambassadeur", "Moskee", "Kerk", "School", "Sportvereniging", "Bibliotheek", "Huisarts",
                                           "Mond-tot-mond", "Overig"])
    public static let referrals = Vocabulary(["Geen", "Schuldhulpverlening gemeente", "Budgetbeheer", "Maatje", "Wijkteam"])
    static let yesNo = Vocabulary(["Ja", "Nee"])

    static let columns = [ColumnSpec(Column.timestamp), ColumnSpec(Column.location), ColumnSpec(Column.organisation), ColumnSpec(Column.postcode),
                          ColumnSpec(Column.firstVisit), ColumnSpec(Column.topics), ColumnSpec(Column.reachedVia), ColumnSpec(Column.referredTo),
                          ColumnSpec(Column.volunteer, required: false)]

    public static let export: ExportKind = ExportKind(
        source: "spreekuren", title: "Spreekuren", fileNamePrefix: "spreekuren",
        layouts: [ExportLayout(name: "Spreekuren", columns: columns)], personalColumns: [], succession: .adds)

    /// Valid rows of `export` go to table `spreekuur_bezoek`.
    public static let loading = ExportLoading(source: export.source, table: AlliantieTables.visits) { header, file in
        { record in validate(record, header: header, file: file.label) }
    }

    /// One visit, validated; categories as their canonical labels, topics as a set of indexes.
    public struct Visit: Sendable, Equatable, StorableRow {
        public let moment: DateTime
        public let location: String
        public let organisation: String
        public let pc4: Int
        public let firstVisit: Bool
        public let topics: Set<Int>
        public let reachedVia: String
        public let referredTo: String
        /// The volunteer's code as typed, only to tell two visits apart; never stored on its own.
        let volunteer: String

        /// Bit `i` set: topic `i` of `Spreekuren.topics` named.
        public var topicBits: Int { topics.reduce(0) { $0 | 1 << $1 } }

        /// In the order of `AlliantieTables.visits.columns`.
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.integer(moment.number), .integer(moment.day.number), .text(location), .text(organisation), .integer(pc4),
                         .integer(firstVisit ? 1 : 0), .integer(topicBits), .text(reachedVia), .text(referredTo)], from: first)
        }

        /// The same visit however the next download spells it: every field, canonical and case folded.
        public var identity: String {
            [String(moment.number), location, organisation, String(pc4), firstVisit ? "ja" : "nee", String(topicBits), reachedVia, referredTo,
             volunteer].map { $0.lowercased() }.joined(separator: "|")
        }

        public var latestDate: Day? { moment.day }
    }

    static func validate(_ record: CSVRecord, header: HeaderMap, file: String) -> Result<Visit, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let moment = check.dateTime(header.column(Column.timestamp), required: true)
        let location = check.choice(header.column(Column.location), from: locations)
        let organisation = check.choice(header.column(Column.organisation), from: organisations)
        let pc4 = check.pc4(header.column(Column.postcode))
        let first = check.choice(header.column(Column.firstVisit), from: yesNo)
        let named = check.choices(header.column(Column.topics), from: topics, each: "onderwerp")
        let route = check.choice(header.column(Column.reachedVia), from: routes)
        let referral = check.choice(header.column(Column.referredTo), from: referrals)
        let volunteer = check.text(header.column(Column.volunteer)).trimmingCharacters(in: .whitespaces)
        guard check.issues.isEmpty, let moment, let location, let organisation, let pc4, let first, let named, let route, let referral else {
            return .failure(RowIssues(check.issues))
        }
        return .success(Visit(moment: moment, location: location, organisation: organisation, pc4: pc4, firstVisit: first == "Ja", topics: named,
                              reachedVia: route, referredTo: referral, volunteer: volunteer))
    }
}
