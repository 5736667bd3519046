/// The "Stichting Al Amal" figures of METRICS.md, from the snapshot each period is entitled to (the export
/// of the quarter it ends in, never a later one). Response times in hours, to the minute.
public enum AlAmalFigures {
    public static let registrations = FigureDefinition("Aanmeldingen", .count,
        "Dossiers waarvan de Aanmelding in de periode valt; per traject.")
        .english("Registrations", "Cases whose Aanmelding (registration) falls in the period; per track.")
    public static let firstContacts = FigureDefinition("Eerste contacten", .count,
        "Dossiers waarvan het Eerste contact in de periode valt: de reactietijden hieronder gaan over deze dossiers; per traject, weekdag, dagdeel en uur van de aanmelding.")
        .english("First contacts", "Cases whose Eerste contact (first contact) falls in the period: the response times below are about these cases; per track, weekday, part of day and hour of registration.")
    public static let medianResponse = FigureDefinition("Reactietijd mediaan", .tenths, denominator: "Eerste contacten",
        "Uren (op de minuut) van Aanmelding tot Eerste contact, voor de eerste contacten in de periode: de mediaan (PERCENTIEL.INC met 0,5), op één decimaal; per traject, weekdag, dagdeel (nacht 0-7, ochtend 7-12, middag 12-17, avond 17-24 uur) en uur van de aanmelding.")
        .english("Response time median", "Hours (to the minute) from Aanmelding to Eerste contact, for the first contacts in the period: the median (PERCENTILE.INC with 0.5), to one decimal; per track, weekday, part of day (night 0-7, morning 7-12, afternoon 12-17, evening 17-24 h) and hour of registration.")
    public static let p90Response = FigureDefinition("Reactietijd P90", .tenths, denominator: "Eerste contacten",
        "Als hierboven: het 90e percentiel; 9 op de 10 kregen binnen zoveel uur contact.")
        .english("Response time P90", "As above: the 90th percentile; 9 in 10 had contact within so many hours.")
    public static let within24Hours = FigureDefinition("Reactietijd binnen 24 uur", .percent, numerator: "Reactietijd binnen 24 uur aantal", denominator: "Eerste contacten",
        "Van de eerste contacten in de periode: het aandeel binnen 24 uur na de aanmelding (ten hoogste 1.440 minuten).")
        .english("Response time within 24 hours", "Of the first contacts in the period: the share within 24 hours of the registration (at most 1,440 minutes).")
    public static let within4Hours = FigureDefinition("Reactietijd binnen 4 uur", .percent, numerator: "Reactietijd binnen 4 uur aantal", denominator: "Eerste contacten",
        "Als hierboven, binnen 4 uur: de belofte 'als de brandweer: als we gebeld worden, komen we meteen'.")
        .english("Response time within 4 hours", "As above, within 4 hours: the promise 'like the fire brigade: when we are called, we come at once'.")
    public static let within24HoursCount = FigureDefinition("Reactietijd binnen 24 uur aantal", .count,
        "Het aantal eerste contacten in de periode binnen 24 uur na de aanmelding: de teller van Reactietijd binnen 24 uur.")
        .english("Response time within 24 hours count", "The number of first contacts in the period within 24 hours of the registration: the numerator of Response time within 24 hours.")
    public static let within4HoursCount = FigureDefinition("Reactietijd binnen 4 uur aantal", .count,
        "Het aantal eerste contacten in de periode binnen 4 uur na de aanmelding: de teller van Reactietijd binnen 4 uur.")
        .english("Response time within 4 hours count", "The number of first contacts in the period within 4 hours of the registration: the numerator of Response time within 4 hours.")
    public static let longestWait = FigureDefinition("Reactietijd langste", .tenths, denominator: "Eerste contacten",
        "De langste tijd in uren van aanmelding tot eerste contact onder de eerste contacten in de periode.")
        .english("Response time longest", "The longest time in hours from registration to first contact among the first contacts in the period.")
    public static let running = FigureDefinition("Lopende dossiers", .count,
        "Dossiers met Aanmelding op of vóór het einde van de periode en Afgesloten op leeg of erna, in de export van die periode; per traject.")
        .english("Open cases", "Cases with Aanmelding on or before the end of the period and Afgesloten op (closed on) empty or after it, in the export of that period; per track.")
    public static let closed = FigureDefinition("Afgesloten", .count, "Dossiers met Afgesloten op in de periode; per resultaat.")
        .english("Closed", "Cases with Afgesloten op in the period; per result.")

    public static let all = [registrations, firstContacts, medianResponse, p90Response, within24Hours, within24HoursCount, within4Hours,
                             within4HoursCount, longestWait, running, closed]

    /// The breakdowns, as `impact figures` names them.
    public enum Breakdown {
        public static let track = "Traject", weekday = "Weekdag", partOfDay = "Dagdeel", hour = "Uur", result = "Resultaat"
    }
    public static let weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    /// Evenings and weekends are where a fire brigade is tested.
    public static let partsOfDay = [("nacht", 0..<7), ("ochtend", 7..<12), ("middag", 12..<17), ("avond", 17..<24)]

    /// The English of the breakdowns, tracks, weekdays, parts of day and results (`--taal en`); We All
    /// (Leger des Heils) is a name and stays.
    public static let glossary = Glossary(
        breakdowns: [Breakdown.track: "Track", Breakdown.weekday: "Weekday", Breakdown.partOfDay: "Part of day", Breakdown.hour: "Hour",
                     Breakdown.result: "Result"],
        categories: [
            Breakdown.track: ["Gezinsondersteuning": "Family support", "Opvoedondersteuning": "Parenting support", "Financiën": "Finances", "Overig": "Other"],
            Breakdown.weekday: Dictionary(uniqueKeysWithValues: zip(weekdays, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])),
            Breakdown.partOfDay: ["nacht": "night", "ochtend": "morning", "middag": "afternoon", "avond": "evening"],
            Breakdown.result: ["Zelfstandig verder": "Continuing independently", "Doorverwezen": "Referred", "Gestopt": "Stopped"],
        ])

    public static func computeByPeriod(_ periods: [Period], store: Store) throws -> [PeriodFigures] {
        var snapshots: [Int: [AlAmalExport.Dossier]] = [:]
        return try periods.compactMap { period in
            guard let snapshot = try store.snapshot(source: AlAmalExport.export.source, onOrBefore: period.snapshotDay) else { return nil }
            if snapshots[snapshot.id] == nil { snapshots[snapshot.id] = try store.alAmalDossiers(inFile: snapshot.id).map(\.row) }
            return (period, values(period, dossiers: snapshots[snapshot.id]!))
        }
    }

    static func weekday(_ day: Day) -> String { weekdays[((day.number % 7) + 10) % 7] }      // 1970-01-01 was a Thursday
    static func partOfDay(_ moment: DateTime) -> String { partsOfDay.first { $0.1.contains(moment.secondOfDay / 3600) }!.0 }
    /// The hour of registration, `00` .. `23`.
    public static let hours = (0..<24).map { $0 < 10 ? "0\($0)" : "\($0)" }
    static func hourLabel(_ moment: DateTime) -> String { hours[moment.secondOfDay / 3600] }

    /// Every figure of one period, by the rules of `AlAmalRules`.
    static func values(_ period: Period, dossiers: [AlAmalExport.Dossier]) -> [FigureValue] {
        let label = period.label
        let rules = AlAmalRules(period)
        func row(_ figure: FigureDefinition, _ breakdown: String, _ category: String, _ value: Double?) -> FigureValue {
            FigureValue(figure, breakdown: breakdown, category: category, period: label, value: value)
        }
        var values = rules.registrations.values(registrations, dossiers, period: label)

        // Response times, per group of first contacts in the period.
        let (withinDay, withinFour) = (rules.contacted(within: AlAmalRules.day), rules.contacted(within: AlAmalRules.fourHours))
        // Each selection takes only first contacts: selecting from them gives what selecting from all gives.
        let contacted = rules.contacted.rows(dossiers)!
        for (breakdown, category) in rules.contactGroups {
            let group = rules.contacted.rows(contacted, breakdown: breakdown, category: category)!
            let waits = group.map { $0.responseMinutes! }
            let day = withinDay.rows(group, breakdown: breakdown, category: category)!.count
            let four = withinFour.rows(group, breakdown: breakdown, category: category)!.count
            let minutes = DayHistogram(waits)
            values.append(row(firstContacts, breakdown, category, Double(waits.count)))
            values.append(row(medianResponse, breakdown, category, minutes.percentile(0.5).map(hours)))
            values.append(row(p90Response, breakdown, category, minutes.percentile(0.9).map(hours)))
            values.append(row(within24Hours, breakdown, category, Percentage.oneDecimal(day, of: waits.count)))
            values.append(row(within4Hours, breakdown, category, Percentage.oneDecimal(four, of: waits.count)))
            values.append(row(within24HoursCount, breakdown, category, Double(day)))
            values.append(row(within4HoursCount, breakdown, category, Double(four)))
            if breakdown == FigureValue.total { values.append(row(longestWait, breakdown, category, waits.max().map { hours(Double($0)) })) }
        }
        if period.kind != .sinceStart { values += rules.running.values(running, dossiers, period: label) }
        values += rules.closed.values(closed, dossiers, period: label)
        return values
    }

    /// Minutes as hours with one decimal, rounded half away from zero, in whole numbers: 9 minutes is
    /// exactly 0,15 hour and must give 0,2 (in floating point 9 / 60 * 10 is 1,4999...).
    static func hours(_ minutes: Double) -> Double {
        let micro = Int((minutes * 1_000_000).rounded())           // percentiles are exact to 1e-6 (Percentile.interpolate)
        let tenths = (micro + (micro >= 0 ? 3_000_000 : -3_000_000)) / 6_000_000
        return Double(tenths) / 10
    }
}
