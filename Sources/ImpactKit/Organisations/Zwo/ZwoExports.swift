/// Export 4 of EXPORTS.md: the ZWO group of church De Rank collecting for Alo Mik! (Tirana).
/// Four files: the church's collections per season, the ZWO account's bank exports, the sponsor ride, and
/// the year plan. A season runs 1 September to 31 August (`2018-2019`).
public enum ZwoExports {
    public static let collections: ExportKind = {
        var kind = ExportKind(source: "collectes", title: "Collectes", fileNamePrefix: "collectes",
                              layouts: [ExportLayout(name: "Collectes", columns: Collections.columns)], personalColumns: [],
                              succession: .snapshotPerPeriod(seasonFromName))
        kind.periodInName = ("seizoen", "<jjjj>-<jjjj>")
        return kind
    }()

    /// Valid rows of `collections` go to table `collecte`.
    public static let collectionsLoading = ExportLoading(source: collections.source, table: ZwoTables.collections) { header, file in
        { record in Collections.validate(record, header: header, season: file.snapshot, file: file.label) }
    }

    public static let bank = ExportKind(source: "bank", title: "Bankexport ZWO-rekening", fileNamePrefix: "bank",
                          layouts: BankFile.layouts, personalColumns: [], succession: .adds)

    /// Valid rows of `bank` go to table `bank_mutatie`.
    public static let bankLoading = ExportLoading(source: bank.source, table: ZwoTables.bank) { header, file in
        { record in BankFile.validate(record, header: header, layout: file.layout, file: file.label) }
    }

    public static let sponsorRide: ExportKind = {
        var kind = ExportKind(source: "fietstocht", title: "Sponsorfietstocht", fileNamePrefix: "sponsorfietstocht",
                              layouts: [ExportLayout(name: "Sponsorfietstocht", columns: SponsorRide.columns)],
                              personalColumns: [SponsorRide.Column.participant], succession: .snapshotPerPeriod(yearFromName))
        kind.periodInName = ("jaar", "<jjjj>")
        return kind
    }()

    /// Valid rows of `sponsorRide` go to table `fietstocht`.
    public static let sponsorRideLoading = ExportLoading(source: sponsorRide.source, table: ZwoTables.sponsorRide) { header, file in { record in SponsorRide.validate(record, header: header, file: file.label) } }

    public static let yearPlan = ExportKind(source: "begroting", title: "Begroting Alo Mik!", fileNamePrefix: "begroting",
                          layouts: [ExportLayout(name: "Begroting", columns: YearPlan.columns)], personalColumns: [], succession: .replacesAll)

    /// Valid rows of `yearPlan` go to table `begroting`.
    public static let yearPlanLoading = ExportLoading(source: yearPlan.source, table: ZwoTables.yearPlan) { header, file in { record in YearPlan.validate(record, header: header, file: file.label) } }

    static let all = [collections, bank, sponsorRide, yearPlan]

    /// `collectes_2018-2019.csv` holds season 2018-2019.
    @Sendable static func seasonFromName(_ name: String) -> Period? {
        guard let match = name.firstMatch(of: /(\d{4})-(\d{4})/), let first = Int(match.1), let second = Int(match.2),
              second == first + 1, (1900...2998).contains(first) else { return nil }
        return .season(startingIn: first)
    }

    /// `sponsorfietstocht_2019.csv` holds the ride of 2019.
    @Sendable static func yearFromName(_ name: String) -> Period? {
        guard let match = name.firstMatch(of: /(\d{4})/), let year = Int(match.1), (1900...2999).contains(year) else { return nil }
        return .year(year)
    }
}

/// `collectes_<season>.csv`: `Datum;Dienst;Doel;Bedrag`. Only `ZWO Alo Mik!` counts for the project.
public enum Collections {
    public enum Column { public static let date = "Datum", service = "Dienst", purpose = "Doel", amount = "Bedrag" }
    public static let columns = [ColumnSpec(Column.date), ColumnSpec(Column.service, required: false), ColumnSpec(Column.purpose), ColumnSpec(Column.amount)]
    public static let projectPurpose = "ZWO Alo Mik!"

    public struct Collection: Sendable, Equatable, StorableRow {
        public let date: Day
        public let service: String?
        public let purpose: String
        public let cents: Int
        public var isForProject: Bool { purpose.lowercased() == Collections.projectPurpose.lowercased() }
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.integer(date.number), service.map(DatabaseValue.text), .text(purpose), .integer(cents)], from: first)
        }
        public var latestDate: Day? { date }
    }

    static func validate(_ record: CSVRecord, header: HeaderMap, season: Period?, file: String) -> Result<Collection, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let dateColumn = header.column(Column.date)
        let date = check.date(dateColumn, required: true)
        let service = check.optionalText(header.column(Column.service))
        let purpose = check.required(header.column(Column.purpose))
        let cents = check.money(header.column(Column.amount), required: true)
        if let date, let season, !season.contains(date) {
            check.fail(dateColumn, .constraintError, "valt niet in seizoen \(season.label) (\(season.first.dutch) t/m \(season.last.dutch))")
        }
        if let cents, cents < 0 { check.fail(header.column(Column.amount), .constraintError, "een collecte kan niet negatief zijn") }
        guard check.issues.isEmpty, let date, let purpose, let cents else { return .failure(RowIssues(check.issues)) }
        return .success(Collection(date: date, service: service, purpose: purpose, cents: cents))
    }
}

/// `sponsorfietstocht_<yyyy>.csv`: `Datum;Deelnemer;Afstand (km);Per km;Vast bedrag;Ontvangen`. The
/// participant's name is personal data and never read.
public enum SponsorRide {
    public enum Column {
        public static let date = "Datum", participant = "Deelnemer", distance = "Afstand (km)", perKilometre = "Per km"
        public static let fixed = "Vast bedrag", received = "Ontvangen"
    }
    public static let columns = [ColumnSpec(Column.date), ColumnSpec(Column.participant, required: false), ColumnSpec(Column.distance),
                                 ColumnSpec(Column.perKilometre), ColumnSpec(Column.fixed), ColumnSpec(Column.received)]

    public struct Pledge: Sendable, Equatable, StorableRow {
        public let date: Day
        /// Kilometres times 100 (`37,5` km is 3750), so the pledge is exact in cents.
        public let kilometresTimes100: Int
        public let perKilometreCents: Int
        public let fixedCents: Int
        public let receivedCents: Int
        /// Afstand x Per km + Vast bedrag, rounded half away from zero to the cent.
        public var pledgedCents: Int {
            let product = kilometresTimes100 * perKilometreCents
            return (product >= 0 ? (product + 50) / 100 : (product - 50) / 100) + fixedCents
        }
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.integer(date.number), .integer(kilometresTimes100), .integer(perKilometreCents), .integer(fixedCents),
                         .integer(receivedCents)], from: first)
        }
        public var latestDate: Day? { date }
    }

    static func validate(_ record: CSVRecord, header: HeaderMap, file: String) -> Result<Pledge, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let date = check.date(header.column(Column.date), required: true)
        let distanceColumn = header.column(Column.distance)
        let distance = check.isPresent(distanceColumn)
            ? check.quantity(distanceColumn, required: true, example: "50 of 37,5", negative: "een afstand kan niet negatief zijn") : 0
        let perKm = check.money(header.column(Column.perKilometre), required: false)
        let fixed = check.money(header.column(Column.fixed), required: false)
        let received = check.money(header.column(Column.received), required: false)
        // Beyond these a value is a typing error, and the pledge's product could overflow.
        for (column, value, limit) in [(Column.distance, distance, 1_000_000), (Column.perKilometre, perKm, 1_000_000),
                                       (Column.fixed, fixed, 100_000_000), (Column.received, received, 100_000_000)] {
            guard let value else { continue }
            if value < 0 { check.fail(header.column(column), .constraintError, "kan niet negatief zijn") }
            else if value > limit { check.fail(header.column(column), .constraintError, "onwaarschijnlijk groot (meer dan \(DutchFormat.integer(limit / 100)))") }
        }
        guard check.issues.isEmpty, let date, let distance else { return .failure(RowIssues(check.issues)) }
        return .success(Pledge(date: date, kilometresTimes100: distance, perKilometreCents: perKm ?? 0, fixedCents: fixed ?? 0, receivedCents: received ?? 0))
    }
}

/// `begroting_alomik.csv`: `Post;Bedrag`, the lines of the year plan (EUR 52.245,00 in all).
public enum YearPlan {
    public static let columns = [ColumnSpec("Post"), ColumnSpec("Bedrag")]

    public struct Line: Sendable, Equatable, StorableRow {
        public let line: String
        public let cents: Int
        public func bind(to insert: Statement, from first: Int32) { insert.bind([.text(line), .integer(cents)], from: first) }
    }

    static func validate(_ record: CSVRecord, header: HeaderMap, file: String) -> Result<Line, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let line = check.required(header.column("Post"))
        let cents = check.money(header.column("Bedrag"), required: true)
        guard check.issues.isEmpty, let line, let cents else { return .failure(RowIssues(check.issues)) }
        return .success(Line(line: line, cents: cents))
    }
}
