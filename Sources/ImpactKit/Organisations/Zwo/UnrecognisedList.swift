/// The bank transactions no rule recognised, for the treasurer alone (it holds names, accounts and
/// descriptions, so it is never part of a report): a CSV to open in Excel, then a rule to add.
public enum UnrecognisedList {
    public static let header = ["Datum", "Af/Bij", "Bedrag", "Naam", "Tegenrekening", "Omschrijving"]
    public static let suffix = "niet-herkend"

    public static func list(_ transactions: [BankFile.Transaction]) -> OwnList {
        OwnList(suffix: suffix, description: "\(transactions.count) niet herkende bankmutaties, voor de penningmeester", header: header,
                rows: transactions.map { transaction in
                    [transaction.date.dutch, transaction.isCredit ? "Bij" : "Af", DutchFormat.decimal(Double(transaction.cents) / 100, decimals: 2),
                     transaction.counterpartyName, transaction.counterpartyAccount, transaction.description]
                })
    }
}
