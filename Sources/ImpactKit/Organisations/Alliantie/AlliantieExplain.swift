/// The visits and volunteers behind an Alliantie figure (`impact explain`), selected by the rules that
/// compute it (`AlliantieRules`). The visitor is not named in the form; the volunteer's code of a visit is
/// never stored.
extension AlliantieFigures {
    typealias Visit = Spreekuren.Visit
    typealias Volunteer = Vrijwilligers.Volunteer

    static func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, store: Store) throws -> Explanation? {
        let visits = try store.visits(from: period.first, through: period.last)
        let rules = AlliantieRules(period, visits: visits.map(\.row))
        let origins = try store.rowOrigins()
        func visitTable(_ rows: [Located<Visit>], inNumerator: Set<Int>? = nil) -> Explanation.Table {
            typealias Column = Spreekuren.Column
            return Explanation.Table(key: Column.timestamp, columns: [Column.location, Column.organisation, Column.postcode, Column.firstVisit,
                                                                      Column.topics, Column.reachedVia, Column.referredTo] + (inNumerator == nil ? [] : [Explanation.inNumerator]),
                                     rows: rows.enumerated().map { index, located in
                let visit = located.row
                let topics = Spreekuren.topics.labels.indices.filter(visit.topics.contains).map { Spreekuren.topics.labels[$0] }.joined(separator: "; ")
                return Explanation.Row(origins.origin(located), key: timestamp(visit.moment) + (located.occurrence > 1 ? " (\(located.occurrence)e gelijke)" : ""),
                                       [visit.location, visit.organisation, String(visit.pc4), visit.firstVisit ? "Ja" : "Nee", topics, visit.reachedVia, visit.referredTo]
                                       + (inNumerator.map { [$0.contains(index) ? "ja" : "nee"] } ?? []))
            })
        }
        let visitCounts: [FigureDefinition: RowSelection<Visit>] = [self.visits: rules.visits, firstVisits: rules.firstVisits, topics: rules.topics,
                                                                    referredCount: rules.referred, postcodes: rules.perPostcode]
        if let selection = visitCounts[figure] {
            return selection.rows(visits, breakdown: breakdown, category: category, \.row).map { Explanation([visitTable($0)]) }
        }
        if figure == referred {
            if breakdown != FigureValue.total {
                return rules.referred.rows(visits, breakdown: breakdown, category: category, \.row).map { Explanation([visitTable($0)]) }
            }
            let numerator = Set(visits.indices.filter { rules.referred.includes(visits[$0].row) })
            return Explanation([visitTable(visits, inNumerator: numerator)], .share(numerator.count, of: visits.count, column: Explanation.inNumerator))
        }
        return try explainVolunteers(figure, breakdown: breakdown, category: category, rules: rules, store: store, origins: origins)
    }

    private static func explainVolunteers(_ figure: FigureDefinition, breakdown: String, category: String, rules: AlliantieRules, store: Store,
                                          origins: RowOrigins) throws -> Explanation? {
        let people = try store.volunteers()
        func table(_ rows: [Located<Volunteer>], numerator: RowSelection<Volunteer>? = nil) -> Explanation.Table {
            typealias Column = Vrijwilligers.Column
            return Explanation.Table(key: Column.volunteer, columns: [Column.organisation, Column.started, Column.stopped, Column.trained]
                                     + (numerator == nil ? [] : [Explanation.inNumerator]), rows: rows.map { located in
                let volunteer = located.row
                return Explanation.Row(origins.origin(located), key: volunteer.code,
                                       [volunteer.organisation, volunteer.started.dutch, volunteer.stopped?.dutch ?? "", volunteer.trained?.dutch ?? ""]
                                       + (numerator.map { [$0.includes(volunteer) ? "ja" : "nee"] } ?? []))
            })
        }
        let counts: [FigureDefinition: RowSelection<Volunteer>?] = [volunteersActive: rules.active, volunteersStarted: rules.started,
                                                                    volunteersStopped: rules.stopped, trainedCount: rules.trained,
                                                                    retentionCohort: rules.cohort, retainedCount: rules.retained]
        if let selection = counts[figure] {
            return selection?.rows(people, breakdown: breakdown, category: category, \.row).map { Explanation([table($0)]) }
        }
        let shares: [FigureDefinition: (numerator: RowSelection<Volunteer>?, denominator: RowSelection<Volunteer>?)] =
            [volunteersTrained: (rules.trained, rules.active), retention: (rules.retained, rules.cohort)]
        guard let share = shares[figure], let numerator = share.numerator, let denominator = share.denominator,
              let whole = denominator.rows(people, breakdown: breakdown, category: category, \.row),
              let part = numerator.rows(people, breakdown: breakdown, category: category, \.row) else { return nil }
        return Explanation([table(whole, numerator: numerator)], .share(part.count, of: whole.count, column: Explanation.inNumerator))
    }

    /// `2024-03-07 09:41:12`, as the form writes it.
    static func timestamp(_ moment: DateTime) -> String {
        let seconds = moment.secondOfDay
        return "\(moment.day.iso) \(Day.pad2(seconds / 3600)):\(Day.pad2(seconds / 60 % 60)):\(Day.pad2(seconds % 60))"
    }
}

extension Alliantie {
    public func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, in context: FigureContext) throws -> Explanation? {
        try AlliantieFigures.explain(figure, breakdown: breakdown, category: category, period: period, store: context.store)
    }
}
