/// `bank_<yyyy-mm>.csv`: the ZWO account's export, in ING's older layout (comma, `MutatieSoort`), ING's
/// newer one (semicolon, adds `Saldo na mutatie` and `Tag`) or Rabobank's (`IBAN/BBAN,Munt,BIC,Volgnr,...`,
/// signed amounts). The layout is recognised from the header; each becomes one `BankTransaction`.
///
/// Names, account numbers and descriptions are personal data: they are kept in the database for the
/// treasurer's rules and the list of unrecognised transactions, never shown in a report.
public enum BankFile {
    static let ingNew = ExportLayout(name: "ING (puntkomma, met saldo)", columns: [
        ColumnSpec("Datum"), ColumnSpec("Naam / Omschrijving"), ColumnSpec("Rekening"), ColumnSpec("Tegenrekening"),
        ColumnSpec("Code", required: false), ColumnSpec("Af Bij"), ColumnSpec("Bedrag (EUR)"), ColumnSpec("Mutatiesoort", required: false),
        ColumnSpec("Mededelingen"), ColumnSpec("Saldo na mutatie"), ColumnSpec("Tag", required: false),
    ])
    static let ingOld = ExportLayout(name: "ING (komma)", columns: [
        ColumnSpec("Datum"), ColumnSpec("Naam / Omschrijving"), ColumnSpec("Rekening"), ColumnSpec("Tegenrekening"),
        ColumnSpec("Code", required: false), ColumnSpec("Af Bij"), ColumnSpec("Bedrag (EUR)"), ColumnSpec("Mutatiesoort", required: false),
        ColumnSpec("Mededelingen"),
    ])
    static let rabobank = ExportLayout(name: "Rabobank", columns: [
        ColumnSpec("IBAN/BBAN"), ColumnSpec("Volgnr"), ColumnSpec("Datum"), ColumnSpec("Bedrag"),
        ColumnSpec("Tegenrekening IBAN/BBAN"), ColumnSpec("Naam tegenpartij"), ColumnSpec("Omschrijving-1"),
        ColumnSpec("Omschrijving-2", required: false), ColumnSpec("Omschrijving-3", required: false),
    ])
    /// Most specific first: a newer ING file has every column of the older layout too.
    static let layouts = [ingNew, ingOld, rabobank]

    public struct Transaction: Sendable, Equatable, StorableRow {
        public let date: Day
        public let account: String
        public let counterpartyAccount: String
        public let counterpartyName: String
        public let isCredit: Bool
        /// Always positive; `isCredit` says which way.
        public let cents: Int
        public let description: String
        /// The bank's own number for the transaction (Rabobank's Volgnr), when it has one.
        public let bankReference: String?

        /// What makes two rows the same transaction. With a bank number, that number; without one (ING),
        /// all the transaction's fields, and the loader adds how many equal rows came before it in the
        /// same file, so two equal gifts on one day both count and an overlapping export adds nothing.
        public var identity: String {
            if let bankReference { return "ref|\(account)|\(bankReference)" }
            return ["tx", account, date.iso, isCredit ? "bij" : "af", String(cents), counterpartyAccount, counterpartyName, description]
                .joined(separator: "|")
        }

        /// In the order of `ZwoTables.bank.columns`.
        public func bind(to insert: Statement, from first: Int32) {
            insert.bind([.text(account), .integer(date.number), .text(counterpartyAccount), .text(counterpartyName), .integer(isCredit ? 1 : 0),
                         .integer(cents), .text(description)], from: first)
        }
        public var latestDate: Day? { date }
    }

    static func validate(_ record: CSVRecord, header: HeaderMap, layout: ExportLayout, file: String) -> Result<Transaction, RowIssues> {
        var check = RowChecker(record: record, file: file)
        let c = { (name: String) in header.column(name) }
        let transaction: Transaction?
        if layout.name == rabobank.name {
            let date = check.date(c("Datum"), required: true)
            let account = check.required(c("IBAN/BBAN"))
            let reference = check.required(c("Volgnr"))
            let signed = check.money(c("Bedrag"), required: true)
            let description = ["Omschrijving-1", "Omschrijving-2", "Omschrijving-3"].map { check.text(c($0)) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            transaction = date.flatMap { date in account.flatMap { account in signed.map { signed in
                Transaction(date: date, account: account, counterpartyAccount: check.text(c("Tegenrekening IBAN/BBAN")),
                            counterpartyName: check.text(c("Naam tegenpartij")), isCredit: signed >= 0, cents: abs(signed),
                            description: description, bankReference: reference)
            } } }
        } else {
            let date = check.date(c("Datum"), required: true, compactAllowed: true)
            let account = check.required(c("Rekening"))
            let direction = check.choice(c("Af Bij"), from: directions)
            let cents = check.money(c("Bedrag (EUR)"), required: true)
            if let cents, cents < 0 { check.fail(c("Bedrag (EUR)"), .constraintError, "ING geeft bedragen zonder teken; de richting staat in Af Bij") }
            transaction = date.flatMap { date in account.flatMap { account in direction.flatMap { direction in cents.map { cents in
                Transaction(date: date, account: account, counterpartyAccount: check.text(c("Tegenrekening")),
                            counterpartyName: check.text(c("Naam / Omschrijving")), isCredit: direction == "Bij", cents: abs(cents),
                            description: check.text(c("Mededelingen")), bankReference: nil)
            } } } }
        }
        guard check.issues.isEmpty, let transaction else { return .failure(RowIssues(check.issues)) }
        return .success(transaction)
    }

    static let directions = Vocabulary(["Af", "Bij"])
}
