/// The "Alliantie Vrijwillige Schuldhulp" figures of METRICS.md: the walk-in visits (each once, however
/// many downloads hold it) and the volunteers (each in the state of the newest list that holds them).
public enum AlliantieFigures {
    public static let visits = FigureDefinition("Bezoeken", .count,
        "Bezoeken aan een spreekuur met de Tijdstempel in de periode (een bezoek dat in twee downloads van het formulier staat telt één keer; twee gelijke bezoeken in één download allebei); per locatie, organisatie en hoe de bezoeker het spreekuur vond (Bereikt via).")
    public static let firstVisits = FigureDefinition("Eerste bezoeken", .count,
        "Bezoeken in de periode met Eerste bezoek = Ja; per organisatie.")
    public static let topics = FigureDefinition("Onderwerpen", .count,
        overlapNote: "Een bezoek kan meer onderwerpen noemen: de aandelen tellen op tot meer dan 100%.",
        "Per onderwerp de bezoeken in de periode die het noemen (een bezoek met drie onderwerpen telt bij elk); Totaal: alle bezoeken, waarvan elk aandeel is berekend.")
    public static let referred = FigureDefinition("Doorverwezen", .percent, numerator: "Doorverwezen aantal", denominator: "Bezoeken", breakdownUnit: .count,
        "Totaal: het aandeel van de bezoeken in de periode waarvan Doorverwezen naar niet 'Geen' is; per bestemming: het aantal bezoeken dat daarheen is doorverwezen.")
    public static let referredCount = FigureDefinition("Doorverwezen aantal", .count,
        "Het aantal bezoeken in de periode met een doorverwijzing (Doorverwezen naar niet 'Geen'): de teller van Doorverwezen.")
    public static let postcodes = FigureDefinition("Postcodes", .count,
        "Bezoeken in de periode per postcodegebied (PC4), het grootste eerst: waar de geldzorgen zitten (de Postcode Preventie Aanpak).")
    public static let volunteersActive = FigureDefinition("Vrijwilligers actief", .count,
        "Vrijwilligers met Gestart op of vóór het einde van de periode en Gestopt leeg of erna; per organisatie. Elke vrijwilliger in de stand van de nieuwste ingelezen lijst waarin hij staat: wie uit een latere lijst is verwijderd, houdt de stand van de laatste lijst die hem had.")
    public static let volunteersStarted = FigureDefinition("Vrijwilligers gestart", .count, "Vrijwilligers met Gestart in de periode; per organisatie.")
    public static let volunteersStopped = FigureDefinition("Vrijwilligers gestopt", .count, "Vrijwilligers met Gestopt in de periode; per organisatie.")
    public static let volunteersTrained = FigureDefinition("Vrijwilligers getraind", .percent, numerator: "Vrijwilligers getraind aantal", denominator: "Vrijwilligers actief",
        "Van de actieve vrijwilligers aan het einde van de periode: het aandeel met Training afgerond op of vóór dat einde; per organisatie.")
    public static let retention = FigureDefinition("Behoud na 12 maanden", .percent, numerator: "Behoud na 12 maanden aantal", denominator: "Behoud na 12 maanden cohort",
        "Van de vrijwilligers die 12 tot 24 maanden vóór het einde van de periode begonnen (Gestart na het einde min 24 maanden en op of vóór het einde min 12 maanden): het aandeel dat 12 maanden na de eigen start nog actief was (Gestopt leeg of later).")
    public static let trainedCount = FigureDefinition("Vrijwilligers getraind aantal", .count,
        "Het aantal actieve vrijwilligers met Training afgerond op of vóór het einde van de periode: de teller van Vrijwilligers getraind; per organisatie.")
    public static let retainedCount = FigureDefinition("Behoud na 12 maanden aantal", .count,
        "Het aantal vrijwilligers van die groep dat 12 maanden na de eigen start nog actief was: de teller van Behoud na 12 maanden.")
    public static let retentionCohort = FigureDefinition("Behoud na 12 maanden cohort", .count,
        "Het aantal vrijwilligers in die groep: de noemer van Behoud na 12 maanden.")

    public static let all = [visits, firstVisits, topics, referred, referredCount, postcodes, volunteersActive, volunteersStarted,
                             volunteersStopped, volunteersTrained, trainedCount, retention, retainedCount, retentionCohort]

    /// The breakdowns, as `impact figures` names them.
    public enum Breakdown {
        public static let location = "Locatie", organisation = "Organisatie", reachedVia = "Bereikt via", topic = "Onderwerpen"
        public static let referredTo = "Doorverwezen naar", postcode = "Postcode"
    }
    static let notReferred = "Geen"

    public static func computeByPeriod(_ periods: [Period], store: Store) throws -> [PeriodFigures] {
        let volunteers = try store.volunteers().map(\.row)
        return try periods.map { period in (period, values(period, visits: try store.visits(from: period.first, through: period.last).map(\.row), volunteers: volunteers)) }
    }

    /// Every figure of one period, by the rules of `AlliantieRules`.
    static func values(_ period: Period, visits seen: [Spreekuren.Visit], volunteers people: [Vrijwilligers.Volunteer]) -> [FigureValue] {
        let label = period.label
        let rules = AlliantieRules(period, visits: seen)
        func row(_ figure: FigureDefinition, _ breakdown: String, _ category: String, _ value: Double?) -> FigureValue {
            FigureValue(figure, breakdown: breakdown, category: category, period: label, value: value)
        }
        func row(_ figure: FigureDefinition, _ value: Double?) -> FigureValue { row(figure, FigureValue.total, FigureValue.total, value) }
        var values = rules.visits.values(visits, seen, period: label)
        values += rules.firstVisits.values(firstVisits, seen, period: label)
        values += rules.topics.values(topics, seen, period: label)
        let referredVisits = rules.referred.rows(seen)!
        values.append(row(referred, Percentage.oneDecimal(referredVisits.count, of: seen.count)))
        values.append(row(referredCount, Double(referredVisits.count)))
        // Per destination a count, not a share.
        values += AlliantieRules.destinations.map { destination in
            row(referred, Breakdown.referredTo, destination, Double(rules.referred.rows(seen, breakdown: Breakdown.referredTo, category: destination)!.count))
        }
        values += rules.perPostcode.values(postcodes, seen, period: label)
        values += rules.started.values(volunteersStarted, people, period: label)
        values += rules.stopped.values(volunteersStopped, people, period: label)
        // Stocks at the period's end: not for sinds-start, which has no end of its own.
        guard period.kind != .sinceStart else { return values }
        values += rules.active.values(volunteersActive, people, period: label)
        let trainedShare = { (breakdown: String, category: String) in
            Percentage.oneDecimal(rules.trained.rows(people, breakdown: breakdown, category: category)!.count,
                                  of: rules.active.rows(people, breakdown: breakdown, category: category)!.count)
        }
        values.append(row(volunteersTrained, trainedShare(FigureValue.total, FigureValue.total)))
        values += rules.trained.values(trainedCount, people, period: label)
        values += Spreekuren.organisations.labels.map { row(volunteersTrained, Breakdown.organisation, $0, trainedShare(Breakdown.organisation, $0)) }
        if let cohort = rules.cohort?.rows(people), let retained = rules.retained?.rows(people) {
            values.append(row(retention, Percentage.oneDecimal(retained.count, of: cohort.count)))
            values.append(row(retentionCohort, Double(cohort.count)))
            values.append(row(retainedCount, Double(retained.count)))
        }
        return values
    }
}
