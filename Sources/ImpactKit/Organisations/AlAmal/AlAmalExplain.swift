/// The dossiers behind an Al Amal figure (`impact explain`), selected by the rules that compute it
/// (`AlAmalRules`). The Hulpvraag is never stored, so it cannot be shown.
extension AlAmalFigures {
    typealias Dossier = AlAmalExport.Dossier

    static func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, store: Store) throws -> Explanation? {
        guard let snapshot = try store.snapshot(source: AlAmalExport.export.source, onOrBefore: period.snapshotDay) else { return nil }
        let dossiers = try store.alAmalDossiers(inFile: snapshot.id)
        let origins = try store.rowOrigins(snapshot: snapshot.id)
        let rules = AlAmalRules(period)
        let responseFigures: Set<FigureDefinition> = [firstContacts, medianResponse, p90Response, within24Hours, within4Hours, within24HoursCount,
                                                      within4HoursCount, longestWait]
        func table(_ rows: [Located<Dossier>], numerator: RowSelection<Dossier>? = nil) -> Explanation.Table {
            typealias Column = AlAmalExport.Column
            let response = responseFigures.contains(figure)
            return Explanation.Table(key: Column.dossier, columns: [Column.registered, Column.firstContact, Column.track, Column.closed, Column.result]
                                     + (response ? [minutes] : []) + (numerator == nil ? [] : [Explanation.inNumerator]), rows: rows.map { located in
                let dossier = located.row
                return Explanation.Row(origins.origin(located, key: dossier.id), key: dossier.id,
                                       [dossier.registered.description, dossier.firstContact?.description ?? "", dossier.track, dossier.closed?.dutch ?? "", dossier.result ?? ""]
                                       + (response ? [dossier.responseMinutes.map(String.init) ?? ""] : [])
                                       + (numerator.map { [$0.includes(dossier) ? "ja" : "nee"] } ?? []))
            }, snapshot: origins.name(of: snapshot.id))
        }
        let counts: [FigureDefinition: RowSelection<Dossier>] = [registrations: rules.registrations, firstContacts: rules.contacted,
                                                                 within24HoursCount: rules.contacted(within: AlAmalRules.day),
                                                                 within4HoursCount: rules.contacted(within: AlAmalRules.fourHours),
                                                                 running: rules.running, closed: rules.closed]
        if let selection = counts[figure] {
            return selection.rows(dossiers, breakdown: breakdown, category: category, \.row).map { Explanation([table($0)]) }
        }
        guard let contacted = rules.contacted.rows(dossiers, breakdown: breakdown, category: category, \.row) else { return nil }
        let waits = contacted.map { $0.row.responseMinutes! }
        let inHours = { (value: Double) in DutchFormat.decimal(value, decimals: 1) + " uur" }
        switch figure {
        case medianResponse, p90Response:
            return Explanation([table(contacted)], .percentile(figure == medianResponse ? 0.5 : 0.9, of: waits, column: minutes, transform: hours, format: inHours))
        case longestWait:
            return Explanation([table(contacted)], .largest(of: waits, column: minutes, transform: hours, format: inHours))
        case within24Hours, within4Hours:
            let numerator = rules.contacted(within: figure == within24Hours ? AlAmalRules.day : AlAmalRules.fourHours)
            return Explanation([table(contacted, numerator: numerator)],
                               .share(contacted.filter { numerator.includes($0.row) }.count, of: contacted.count, column: Explanation.inNumerator))
        default:
            return nil
        }
    }

    /// The response time's column: whole minutes from Aanmelding to Eerste contact.
    static let minutes = "Minuten"
}

extension AlAmal {
    public func explain(_ figure: FigureDefinition, breakdown: String, category: String, period: Period, in context: FigureContext) throws -> Explanation? {
        try AlAmalFigures.explain(figure, breakdown: breakdown, category: category, period: period, store: context.store)
    }
}
