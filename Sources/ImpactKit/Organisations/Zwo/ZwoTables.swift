/// The ZWO tables. Bank transactions are known by their identity: the first export holding one keeps it,
/// an overlapping export adds nothing (see README: bank transactions).
enum ZwoTables {
    static let collections = TableDescription(
        name: "collecte", columns: ["datum", "dienst", "doel", "bedrag_cent"], rows: .plain,
        schema: ["""
            CREATE TABLE IF NOT EXISTS collecte (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
                regel INTEGER NOT NULL,
                datum INTEGER NOT NULL,
                dienst TEXT,
                doel TEXT NOT NULL,
                bedrag_cent INTEGER NOT NULL
            )
            """])

    static let bank = TableDescription(
        name: "bank_mutatie", columns: ["rekening", "datum", "tegenrekening", "naam", "bij", "bedrag_cent", "omschrijving"],
        rows: .overlapping(firstFileKeeps: true),
        schema: ["""
            CREATE TABLE IF NOT EXISTS bank_mutatie (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the first file it was seen in
                regel INTEGER NOT NULL,
                rekening TEXT NOT NULL,
                datum INTEGER NOT NULL,
                tegenrekening TEXT NOT NULL,
                naam TEXT NOT NULL,
                bij INTEGER NOT NULL,            -- 1: credit (Bij), 0: debit (Af)
                bedrag_cent INTEGER NOT NULL,    -- always positive
                omschrijving TEXT NOT NULL,
                sleutel TEXT NOT NULL,           -- the transaction's identity (see README: bank transactions)
                volgnummer INTEGER NOT NULL,     -- the n-th equal transaction within one export
                UNIQUE (sleutel, volgnummer)
            )
            """])

    static let sponsorRide = TableDescription(
        name: "fietstocht", columns: ["datum", "afstand_km_x100", "per_km_cent", "vast_cent", "ontvangen_cent"], rows: .plain,
        schema: ["""
            CREATE TABLE IF NOT EXISTS fietstocht (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
                regel INTEGER NOT NULL,
                datum INTEGER NOT NULL,
                afstand_km_x100 INTEGER NOT NULL,
                per_km_cent INTEGER NOT NULL,
                vast_cent INTEGER NOT NULL,
                ontvangen_cent INTEGER NOT NULL
            )
            """])

    static let yearPlan = TableDescription(
        name: "begroting", columns: ["post", "bedrag_cent"], rows: .plain,
        schema: ["""
            CREATE TABLE IF NOT EXISTS begroting (
                bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
                regel INTEGER NOT NULL,
                post TEXT NOT NULL,
                bedrag_cent INTEGER NOT NULL
            )
            """])
}

/// The read side of the ZWO tables, for a date range. Volumes are small (a season is a few thousand rows),
/// so these return arrays.
extension Store {
    /// Collections from the collection files in force (a corrected file for a season replaces the earlier one).
    public func collections(from first: Day, through last: Day) throws -> [Located<Collections.Collection>] {
        let statement = try database.prepare("""
            SELECT c.datum, c.dienst, c.doel, c.bedrag_cent, c.bestand_id, c.regel FROM collecte c JOIN bronbestand b ON b.id = c.bestand_id
            WHERE b.vervangen_door IS NULL AND c.datum BETWEEN ? AND ? ORDER BY c.datum, c.rowid
            """)
        statement.bind([.integer(first.number), .integer(last.number)])
        var result: [Located<Collections.Collection>] = []
        try statement.rows { row in
            result.append(Located(Collections.Collection(date: Day(number: row.int(0)!), service: row.string(1), purpose: row.string(2)!, cents: row.int(3)!),
                                  file: row.int(4)!, line: row.int(5)!))
        }
        return result
    }

    /// Every bank transaction once, however many exports held it, as the first export held it. The bank's
    /// own number (Rabobank's Volgnr) is taken back from the identity it is stored in.
    public func bankTransactions(from first: Day, through last: Day) throws -> [Located<BankFile.Transaction>] {
        let statement = try database.prepare("""
            SELECT datum, rekening, tegenrekening, naam, bij, bedrag_cent, omschrijving, bestand_id, regel, volgnummer, sleutel FROM bank_mutatie
            WHERE datum BETWEEN ? AND ? ORDER BY datum, sleutel, volgnummer
            """)
        statement.bind([.integer(first.number), .integer(last.number)])
        var result: [Located<BankFile.Transaction>] = []
        try statement.rows { row in
            let identity = row.string(10)!
            result.append(Located(BankFile.Transaction(
                date: Day(number: row.int(0)!), account: row.string(1)!, counterpartyAccount: row.string(2)!,
                counterpartyName: row.string(3)!, isCredit: row.int(4) == 1, cents: row.int(5)!, description: row.string(6)!,
                bankReference: identity.hasPrefix("ref|") ? identity.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) : nil),
                file: row.int(7)!, line: row.int(8)!, occurrence: row.int(9)!))
        }
        return result
    }

    public func pledges(from first: Day, through last: Day) throws -> [Located<SponsorRide.Pledge>] {
        let statement = try database.prepare("""
            SELECT f.datum, f.afstand_km_x100, f.per_km_cent, f.vast_cent, f.ontvangen_cent, f.bestand_id, f.regel FROM fietstocht f
            JOIN bronbestand b ON b.id = f.bestand_id WHERE b.vervangen_door IS NULL AND f.datum BETWEEN ? AND ? ORDER BY f.datum, f.rowid
            """)
        statement.bind([.integer(first.number), .integer(last.number)])
        var result: [Located<SponsorRide.Pledge>] = []
        try statement.rows { row in
            result.append(Located(SponsorRide.Pledge(date: Day(number: row.int(0)!), kilometresTimes100: row.int(1)!, perKilometreCents: row.int(2)!,
                                                     fixedCents: row.int(3)!, receivedCents: row.int(4)!), file: row.int(5)!, line: row.int(6)!))
        }
        return result
    }

    /// The lines of the year plan in force, in file order; empty when none was ingested.
    public func yearPlan() throws -> [Located<YearPlan.Line>] {
        var result: [Located<YearPlan.Line>] = []
        try database.prepare("""
            SELECT p.post, p.bedrag_cent, p.bestand_id, p.regel FROM begroting p JOIN bronbestand b ON b.id = p.bestand_id
            WHERE b.vervangen_door IS NULL ORDER BY p.regel
            """).rows { row in result.append(Located(YearPlan.Line(line: row.string(0)!, cents: row.int(1)!), file: row.int(2)!, line: row.int(3)!)) }
        return result
    }
}
