/// The bank transactions no rule recognised, for the treasurer alone (it holds names, accounts and
/// descriptions, so it is never part of a report): a CSV to open in Excel, then a rule to add.
public enum UnrecognisedList {
    public static let header = ["Datum", "Af/Bij", "Bedrag", "Naam", "Tegenrekening", "Omschrijving"]

    public static func write(_ transactions: [BankFile.Transaction], to path: String) throws {
        let list = try CSVWriter(path: path)
        list.write(header)
        for transaction in transactions {
            list.write([transaction.date.dutch, transaction.isCredit ? "Bij" : "Af", DutchFormat.decimal(Double(transaction.cents) / 100, decimals: 2),
                        transaction.counterpartyName, transaction.counterpartyAccount, transaction.description])
        }
        list.close()
    }
}
