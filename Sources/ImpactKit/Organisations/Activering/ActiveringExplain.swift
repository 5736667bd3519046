/// The participants and jobs behind an Activeringscentra figure (`impact explain`), selected by the
/// rules that compute it (`ActiveringRules`).
extension ActiveringFigures {
    typealias Participant = Activeringscentra.Participant
    typealias Column = Activeringscentra.Column

    static func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, store: Store) throws -> Explanation? {
        let jobs = try store.jobs(from: period.first, through: period.last)
        let rules = ActiveringRules(period, jobs: jobs.map(\.row))
        if figure == self.jobs || figure == jobHours {
            guard let selected = rules.jobs.rows(jobs, breakdown: breakdown, category: category, \.row) else { return nil }
            let origins = try store.rowOrigins(sheet: Activeringscentra.jobs.title)
            let table = Explanation.Table(key: Column.job, columns: [Column.date, Column.centre, Column.requester, Column.hours], rows: selected.map {
                Explanation.Row(origins.origin($0), key: $0.row.job, [$0.row.date.dutch, $0.row.centre, $0.row.requester, hoursText($0.row.hoursTimes100)])
            })
            if figure == self.jobs { return Explanation([table]) }
            let sum = selected.map(\.row.hoursTimes100).reduce(0, +)
            return Explanation([table], .computed("de som van \(Column.hours) in deze \(DutchFormat.integer(selected.count)) regels: \(DutchFormat.number(Double(sum) / 100))"))
        }
        guard let snapshot = try store.snapshot(source: Activeringscentra.workbook.source, onOrBefore: period.snapshotDay) else {
            return Explanation([], notes: ["Er is geen werkmap van de activeringscentra tot \(period.snapshotDay.dutch): geen deelnemers."])
        }
        let participants = try store.participants(inFile: snapshot.id)
        let origins = try store.rowOrigins(snapshot: snapshot.id, sheet: Activeringscentra.participants.title)
        func table(_ rows: [Located<Participant>], _ extraColumn: String? = nil, _ extra: (Participant) -> String = { _ in "" }) -> Explanation.Table {
            Explanation.Table(key: Column.participant, columns: [Column.centre, Column.step, Column.start, Column.end, Column.destination] + [extraColumn].compactMap { $0 },
                              rows: rows.map { located in
                                  let p = located.row
                                  return Explanation.Row(origins.origin(located, key: p.id), key: p.id,
                                                         [p.centre, p.step, p.start.dutch, p.end?.dutch ?? "", p.destination ?? ""] + (extraColumn == nil ? [] : [extra(p)]))
                              }, snapshot: origins.name(of: snapshot.id))
        }
        let counted: [FigureDefinition: RowSelection<Participant>] = [active: rules.active, inflow: rules.inflow, outflow: rules.outflow,
                                                                      positiveOutflow: rules.positiveOutflow]
        if let selection = counted[figure] {
            return selection.rows(participants, breakdown: breakdown, category: category, \.row).map { Explanation([table($0)]) }
        }
        if figure == outflowRate {
            guard let parts = rules.rate(participants, breakdown: breakdown, category: category, \.row) else { return nil }
            let numerator = Set(parts.numerator.map(\.row.id))
            return Explanation([table(parts.denominator, Explanation.inNumerator) { numerator.contains($0.id) ? "ja" : "nee" }],
                               .share(parts.numerator.count, of: parts.denominator.count, column: Explanation.inNumerator))
        }
        if figure == stayMedian || figure == stayP90 {
            guard let leavers = rules.outflow.rows(participants, breakdown: breakdown, category: category, \.row) else { return nil }
            return Explanation([table(leavers, days) { String(ActiveringRules.stayDays($0)) }],
                               .percentile(figure == stayMedian ? 0.5 : 0.9, of: leavers.map { ActiveringRules.stayDays($0.row) }, column: days))
        }
        return nil
    }

    static let days = "Dagen"

    /// Hours as the workbook has them: `3`, `2,5`, `1,25`.
    static func hoursText(_ hundredths: Int) -> String {
        hundredths % 100 == 0 ? DutchFormat.integer(hundredths / 100) : DutchFormat.decimal(Double(hundredths) / 100, decimals: hundredths % 10 == 0 ? 1 : 2)
    }
}

extension Activering {
    public func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, in context: FigureContext) throws -> Explanation? {
        try ActiveringFigures.explain(figure, breakdown: breakdown, category: category, period: period, store: context.store)
    }
}
