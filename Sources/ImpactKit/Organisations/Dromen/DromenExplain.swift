/// The dossiers behind a Dromen figure (`impact explain`): one pass over the period's snapshot with the
/// rule that computes the figure (`DreamRules`).
extension DromenFigures {
    static func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, store: Store) throws -> Explanation? {
        let areas = try Areas(store)
        let rules = DreamRules(period, areaLabels: areas.labels)
        guard let rule = DreamRules.rule(for: figure) else { return nil }
        let chosen = rule.breakdowns.first { $0.name == breakdown }
        guard breakdown == FigureValue.total || chosen != nil,
              let snapshot = try store.snapshot(source: Dromenregister.export.source, onOrBefore: period.snapshotDay) else { return nil }
        let origins = try store.rowOrigins(snapshot: snapshot.id)
        var rows: [Explanation.Row] = []
        var days: [Int] = []
        try store.forEachDream(inFile: snapshot.id) { dream, dossier, file, line in
            let area = areas.index(dream)
            guard rules.selects(rule, dream), chosen.map({ rules.label($0, dream, area: area) == category }) ?? true else { return }
            let dreamDays = rules.days(rule, dream)
            if let dreamDays { days.append(dreamDays) }
            rows.append(Explanation.Row(origins.origin(file: file, line: line, key: dossier), key: dossier,
                                        rule.columns.map { $0.value(dream, area: areas.labels[area], days: dreamDays) }))
        }
        let table = Explanation.Table(key: Dromenregister.Column.dossier, columns: rule.columns.map(\.title), rows: rows, snapshot: snapshot.name)
        if rule.distinct { return Explanation([table], .distinct(column: DreamColumn.child.title)) }
        if rule.hasDays {
            let median = figure == daysToConversationMedian || figure == daysToConnectionMedian
            return Explanation([table], .percentile(median ? 0.5 : 0.9, of: days, column: DreamColumn.days.title))
        }
        return Explanation([table])
    }
}

extension Dromen {
    public func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, in context: FigureContext) throws -> Explanation? {
        try DromenFigures.explain(figure, breakdown: breakdown, category: category, period: period, store: context.store)
    }
}
