/// The ZWO rows as explain shows them: each with its file and line, and only what is not personal.
struct ZwoTablesExplained {
    let origins: RowOrigins
    typealias Transaction = BankFile.Transaction

    static let amount = "Bedrag"
    static func euro(_ cents: Int) -> String { DutchFormat.euros(Double(cents) / 100) }

    /// The three sources of the money raised, in the order of `ZwoFigures.sources`.
    func raised(_ rows: ZwoRows) -> [Explanation.Table] {
        [collections(rows.collections), bank(rows.gifts, title: "\(ZwoFigures.sources[1]) (herkend als \(BankClassifier.giftCategory))"),
         pledges(rows.pledges, title: "\(ZwoFigures.sources[2]) (ontvangen)")]
    }

    func collections(_ rows: [Located<Collections.Collection>]) -> Explanation.Table {
        typealias Column = Collections.Column
        return Explanation.Table("\(ZwoFigures.sources[0]) (doel \(Collections.projectPurpose))", key: "Collecte",
                                 columns: [Column.purpose, Self.amount], rows: rows.map { located in
            let row = located.row
            return Explanation.Row(origins.origin(located), key: "\(row.date.dutch) \(row.service ?? "")".trimmingTrailingSpaces(),
                                   [row.purpose, Self.euro(row.cents)])
        })
    }

    func transfers(_ rows: ZwoRows) -> Explanation.Table { bank(rows.transfers, title: "Overmakingen (herkend als \(BankClassifier.transferCategory))") }

    /// Bank transactions by date, direction and amount, or the bank's own number; `categories` (one per row)
    /// adds the category the rules gave each.
    func bank(_ rows: [Located<Transaction>], title: String?, categories: [String]? = nil) -> Explanation.Table {
        Explanation.Table(title, key: "Bankmutatie", columns: ["Datum", "Af/Bij", Self.amount] + (categories == nil ? [] : ["Categorie"]),
                          rows: rows.enumerated().map { index, located in
            let row = located.row
            let direction = row.isCredit ? "Bij" : "Af"
            let key = row.bankReference.map { "Volgnr \($0)" }
                ?? "\(row.date.iso) \(direction) \(DutchFormat.decimal(Double(row.cents) / 100, decimals: 2))" + (located.occurrence > 1 ? " (\(located.occurrence)e gelijke)" : "")
            return Explanation.Row(origins.origin(located), key: key, [row.date.dutch, direction, Self.euro(row.cents)] + (categories.map { [$0[index]] } ?? []))
        })
    }

    /// The ride's pledges, without the participant (never read).
    func pledges(_ rows: [Located<SponsorRide.Pledge>], title: String? = nil) -> Explanation.Table {
        typealias Column = SponsorRide.Column
        return Explanation.Table(title ?? ZwoFigures.sources[2], key: "Fietstocht", columns: [Column.distance, Column.perKilometre, Column.fixed, "Toegezegd", Column.received],
                                 rows: rows.map { located in
            let row = located.row
            return Explanation.Row(origins.origin(located), key: row.date.dutch,
                                   [DutchFormat.decimal(Double(row.kilometresTimes100) / 100, decimals: row.kilometresTimes100 % 100 == 0 ? 0 : 2),
                                    Self.euro(row.perKilometreCents), Self.euro(row.fixedCents), Self.euro(row.pledgedCents), Self.euro(row.receivedCents)])
        })
    }

    func plan(_ rows: [Located<YearPlan.Line>]) -> Explanation.Table {
        Explanation.Table("Begroting", key: "Post", columns: [Self.amount], rows: rows.map { Explanation.Row(origins.origin($0), key: $0.row.line, [Self.euro($0.row.cents)]) })
    }
}
