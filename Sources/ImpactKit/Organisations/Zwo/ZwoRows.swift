/// The rows the ZWO figures of one period are made of, read once: the collections for the project, the
/// bank transactions with the category the treasurer's rules give each, the sponsor ride's pledges and the
/// year plan; and which of them each figure takes. The one definition from which the figures are computed
/// (`ZwoFigures.values`) and `impact explain` lists their rows.
struct ZwoRows {
    typealias Transaction = BankFile.Transaction
    let period: Period
    var collections: [Located<Collections.Collection>]
    var bank: [(transaction: Located<Transaction>, category: String?)]
    var pledges: [Located<SponsorRide.Pledge>]
    let plan: [Located<YearPlan.Line>]

    static func read(_ period: Period, plan: [Located<YearPlan.Line>], store: Store, classifier: BankClassifier) throws -> ZwoRows {
        ZwoRows(period: period, collections: try store.collections(from: period.first, through: period.last).filter(\.row.isForProject),
                bank: try store.bankTransactions(from: period.first, through: period.last).map { ($0, classifier.category(of: $0.row)) },
                pledges: try store.pledges(from: period.first, through: period.last), plan: plan)
    }

    /// Bank gifts for the project (never the lump sums of collection or ride money: the rules set those apart).
    var gifts: [Located<Transaction>] { inCategory(BankClassifier.giftCategory) }
    var transfers: [Located<Transaction>] { inCategory(BankClassifier.transferCategory) }
    /// The bank transactions in a category of the rules; nil: recognised by none.
    func inCategory(_ category: String?) -> [Located<Transaction>] { bank.filter { $0.category == category }.map(\.transaction) }
    /// The bank transactions `Bankmutaties` counts in a category, `Niet herkend` for those no rule recognised.
    func counted(as category: String) -> [(transaction: Located<Transaction>, category: String?)] {
        bank.filter { ($0.category ?? ZwoFigures.unrecognised) == category }
    }

    /// Raised per source, in cents, in the order of `ZwoFigures.sources`.
    var bySource: [Int] {
        [collections.map(\.row.cents).reduce(0, +), gifts.map(\.row.cents).reduce(0, +), pledges.map(\.row.receivedCents).reduce(0, +)]
    }
    var raised: Int { bySource.reduce(0, +) }
    var sent: Int { transfers.map(\.row.cents).reduce(0, +) }
    var planCents: Int? { plan.isEmpty ? nil : plan.map(\.row.cents).reduce(0, +) }

    /// Only the money raised on the days `keep` takes (a month of the period, or up to a month's end).
    func raised(on keep: (Day) -> Bool) -> ZwoRows {
        var copy = self
        copy.collections = collections.filter { keep($0.row.date) }
        copy.bank = bank.filter { keep($0.transaction.row.date) && $0.category == BankClassifier.giftCategory }
        copy.pledges = pledges.filter { keep($0.row.date) }
        return copy
    }

    /// The whole period's days, also when a report date cuts it short, and the days up to that date.
    var fullDays: Int { period.fullLast.number - period.first.number + 1 }
    var elapsedDays: Int { period.last.number - period.first.number + 1 }

    /// The months of the whole period, for `Verloop`.
    var months: [Period] {
        var months: [Period] = []
        var month = Period.month(period.first.parts.year, period.first.parts.month)
        while month.first <= period.fullLast {
            months.append(month)
            let next = month.last.adding(days: 1).parts
            month = Period.month(next.year, next.month)
        }
        return months
    }
    /// The days of `month` the period has run (a report date may cut it), and all up to its end.
    func inMonth(_ month: Period) -> (Day) -> Bool { { [period] in month.contains($0) && $0 <= period.last } }
    func throughMonth(_ month: Period) -> (Day) -> Bool { { [period] in $0 <= month.last && $0 <= period.last } }
    /// The plan spread evenly over the whole period, up to the end of `month`.
    func planDays(through month: Period) -> Int { min(month.last, period.fullLast).number - period.first.number + 1 }

    /// The lines of the plan as the figures name them: two lines with the same name stay two (`Zending (2)`).
    var planLineNames: [String] {
        var seen: [String: Int] = [:]
        return plan.map { line in
            seen[line.row.line, default: 0] += 1
            return seen[line.row.line]! > 1 ? "\(line.row.line) (\(seen[line.row.line]!))" : line.row.line
        }
    }
}
