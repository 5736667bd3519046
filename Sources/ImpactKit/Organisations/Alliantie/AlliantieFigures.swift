/// The "Alliantie Vrijwillige Schuldhulp" figures of METRICS.md: the walk-in visits (each once, however
/// many downloads hold it) and the volunteers (each in the state of the newest list that holds them).
public enum AlliantieFigures {
    public static let visits = FigureDefinition("Bezoeken", .count,
        "Bezoeken aan een spreekuur met de Tijdstempel in de periode (een bezoek dat in twee downloads van het formulier staat telt één keer; twee gelijke bezoeken in één download allebei); per locatie, organisatie en hoe de bezoeker het spreekuur vond (Bereikt via).")
        .english("Visits", "Visits to a walk-in hour with the Tijdstempel (timestamp) in the period (a visit in two downloads of the form counts once; two equal visits in one download both count); per location, organisation and how the visitor found the walk-in hour (Bereikt via).")
    public static let firstVisits = FigureDefinition("Eerste bezoeken", .count,
        "Bezoeken in de periode met Eerste bezoek = Ja; per organisatie.")
        .english("First visits", "Visits in the period with Eerste bezoek (first visit) = Ja; per organisation.")
    public static let topics = FigureDefinition("Onderwerpen", .count,
        overlapNote: "Een bezoek kan meer onderwerpen noemen: de aandelen tellen op tot meer dan 100%.",
        "Per onderwerp de bezoeken in de periode die het noemen (een bezoek met drie onderwerpen telt bij elk); Totaal: alle bezoeken, waarvan elk aandeel is berekend.")
        .english("Topics", overlapNote: "A visit can name several topics: the shares add up to more than 100%.", "Per topic the visits in the period that name it (a visit with three topics counts for each); Total: all visits, of which each share is calculated.")
    public static let referred = FigureDefinition("Doorverwezen", .percent, numerator: "Doorverwezen aantal", denominator: "Bezoeken", breakdownUnit: .count,
        "Totaal: het aandeel van de bezoeken in de periode waarvan Doorverwezen naar niet 'Geen' is; per bestemming: het aantal bezoeken dat daarheen is doorverwezen.")
        .english("Referred", "Total: the share of the visits in the period whose Doorverwezen naar (referred to) is not 'Geen' (none); per destination: the number of visits referred there.")
    public static let referredCount = FigureDefinition("Doorverwezen aantal", .count,
        "Het aantal bezoeken in de periode met een doorverwijzing (Doorverwezen naar niet 'Geen'): de teller van Doorverwezen.")
        .english("Referred count", "The number of visits in the period with a referral (Doorverwezen naar not 'Geen'): the numerator of Referred.")
    public static let postcodes = FigureDefinition("Postcodes", .count,
        "Bezoeken in de periode per postcodegebied (PC4), het grootste eerst: waar de geldzorgen zitten (de Postcode Preventie Aanpak).")
        .english("Postcodes", "Visits in the period per postcode area (PC4), the largest first: where the money worries are (the Postcode Prevention Approach).")
    public static let volunteersActive = FigureDefinition("Vrijwilligers actief", .count,
        "Vrijwilligers met Gestart op of vóór het einde van de periode en Gestopt leeg of erna; per organisatie. Elke vrijwilliger in de stand van de nieuwste ingelezen lijst waarin hij staat: wie uit een latere lijst is verwijderd, houdt de stand van de laatste lijst die hem had.")
        .english("Volunteers active", "Volunteers with Gestart (started) on or before the end of the period and Gestopt (stopped) empty or after it; per organisation. Each volunteer in the state of the newest list ingested that holds them: whoever was removed from a later list keeps the state of the last list that had them.")
    public static let volunteersStarted = FigureDefinition("Vrijwilligers gestart", .count, "Vrijwilligers met Gestart in de periode; per organisatie.")
        .english("Volunteers started", "Volunteers with Gestart in the period; per organisation.")
    public static let volunteersStopped = FigureDefinition("Vrijwilligers gestopt", .count, "Vrijwilligers met Gestopt in de periode; per organisatie.")
        .english("Volunteers stopped", "Volunteers with Gestopt in the period; per organisation.")
    public static let volunteersTrained = FigureDefinition("Vrijwilligers getraind", .percent, numerator: "Vrijwilligers getraind aantal", denominator: "Vrijwilligers actief",
        "Van de actieve vrijwilligers aan het einde van de periode: het aandeel met Training afgerond op of vóór dat einde; per organisatie.")
        .english("Volunteers trained", "Of the active volunteers at the end of the period: the share with Training afgerond (training completed) on or before that end; per organisation.")
    public static let retention = FigureDefinition("Behoud na 12 maanden", .percent, numerator: "Behoud na 12 maanden aantal", denominator: "Behoud na 12 maanden cohort",
        "Van de vrijwilligers die 12 tot 24 maanden vóór het einde van de periode begonnen (Gestart na het einde min 24 maanden en op of vóór het einde min 12 maanden): het aandeel dat 12 maanden na de eigen start nog actief was (Gestopt leeg of later).")
        .english("Retention after 12 months", "Of the volunteers who started 12 to 24 months before the end of the period (Gestart after the end minus 24 months and on or before the end minus 12 months): the share still active 12 months after their own start (Gestopt empty or later).")
    public static let trainedCount = FigureDefinition("Vrijwilligers getraind aantal", .count,
        "Het aantal actieve vrijwilligers met Training afgerond op of vóór het einde van de periode: de teller van Vrijwilligers getraind; per organisatie.")
        .english("Volunteers trained count", "The number of active volunteers with Training afgerond on or before the end of the period: the numerator of Volunteers trained; per organisation.")
    public static let retainedCount = FigureDefinition("Behoud na 12 maanden aantal", .count,
        "Het aantal vrijwilligers van die groep dat 12 maanden na de eigen start nog actief was: de teller van Behoud na 12 maanden.")
        .english("Retention after 12 months count", "The number of volunteers of that group still active 12 months after their own start: the numerator of Retention after 12 months.")
    public static let retentionCohort = FigureDefinition("Behoud na 12 maanden cohort", .count,
        "Het aantal vrijwilligers in die groep: de noemer van Behoud na 12 maanden.")
        .english("Retention after 12 months cohort", "The number of volunteers in that group: the denominator of Retention after 12 months.")

    public static let all = [visits, firstVisits, topics, referred, referredCount, postcodes, volunteersActive, volunteersStarted,
                             volunteersStopped, volunteersTrained, trainedCount, retention, retainedCount, retentionCohort]

    /// The breakdowns, as `impact figures` names them.
    public enum Breakdown {
        public static let location = "Locatie", organisation = "Organisatie", reachedVia = "Bereikt via", topic = "Onderwerpen"
        public static let referredTo = "Doorverwezen naar", postcode = "Postcode"
    }

    /// The English of the breakdowns, topics, routes and referrals (`--taal en`); the locations and the
    /// partner organisations are names and stay.
    public static let glossary = Glossary(
        breakdowns: [Breakdown.location: "Location", Breakdown.organisation: "Organisation", Breakdown.reachedVia: "Reached via",
                     Breakdown.topic: "Topics", Breakdown.referredTo: "Referred to", Breakdown.postcode: "Postcode"],
        categories: [
            Breakdown.topic: ["Potjescheck": "Benefits check", "Schulden": "Debts", "Toeslagen": "Allowances", "Belastingdienst": "Tax office",
                              "Formulieren": "Forms", "Budgetteren": "Budgeting", "Overig": "Other"],
            Breakdown.reachedVia: ["Ocan-ambassadeur": "Ocan ambassador", "Moskee": "Mosque", "Kerk": "Church", "Sportvereniging": "Sports club",
                                   "Bibliotheek": "Library", "Huisarts": "GP", "Mond-tot-mond": "Word of mouth", "Overig": "Other"],
            Breakdown.referredTo: ["Schuldhulpverlening gemeente": "Municipal debt counselling", "Budgetbeheer": "Budget management",
                                   "Maatje": "Buddy", "Wijkteam": "Neighbourhood team"],
        ])
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
