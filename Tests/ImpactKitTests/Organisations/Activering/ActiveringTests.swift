import Foundation
import Testing
@testable import ImpactKit

/// The activeringscentra on a hand-made pair of workbooks, written with the project's own libxlsxwriter
/// wrapper (one of the two independent writers the XLSX reader is tested on; openpyxl is the other).
@Suite(.serialized) struct ActiveringTests {
    typealias Row = [Cell]
    enum Cell { case text(String), date(Day), number(Double), empty }

    static func day(_ text: String) -> Day {
        let parts = text.split(separator: "-").map { Int($0)! }
        return Day(year: parts[0], month: parts[1], day: parts[2])!
    }

    static func writeWorkbook(_ path: String, participants: [Row], jobs: [Row], quarterEnd: Day) throws {
        let workbook = try XlsxWorkbook(path: path, title: "Activeringscentra", created: quarterEnd)
        for (name, header, rows) in [("Deelnemers", ["Deelnemer-ID", "Centrum", "Startdatum", "Stap", "Einddatum", "Uitstroom naar"], participants),
                                     ("Klussen", ["Datum", "Centrum", "Klus", "Aanvrager", "Uren"], jobs)] {
            let sheet = workbook.addSheet(name)
            for (column, title) in header.enumerated() { sheet.text(0, column, title, .bold) }
            for (offset, row) in rows.enumerated() {
                for (column, cell) in row.enumerated() {
                    switch cell {
                    case .text(let value): sheet.text(offset + 1, column, value)
                    case .date(let value): sheet.date(offset + 1, column, value)
                    case .number(let value): sheet.number(offset + 1, column, value, .decimal)
                    case .empty: break          // left out of the XML, as Excel does
                    }
                }
            }
        }
        try workbook.close()
    }

    static let haven = Cell.text("Haven (De Hoven)"), buiten = Cell.text("Buiten (Bouwmeesterbuurt)"), stad = Cell.text("Stad (Stedenwijk)")
    static func participant(_ id: String, _ centre: Cell, _ start: String, _ step: String, _ end: String? = nil, _ destination: String? = nil) -> Row {
        [.text(id), centre, .date(day(start)), .text(step), end.map { .date(day($0)) } ?? .empty, destination.map(Cell.text) ?? .empty]
    }
    static func job(_ date: String, _ centre: Cell, _ what: String, _ requester: String, _ hours: Double) -> Row {
        [.date(day(date)), centre, .text(what), .text(requester), .number(hours)]
    }

    /// 2022-Q3 and 2022-Q4. Worked by hand for 2022-Q4 (31-12-2022):
    /// active at the end: H1, H4, B2, S1, S2 = 5 (B3 left on 31-12: not active); Haven 2, Buiten 1, Stad 2;
    ///   steps 1 Onderzoek 3 (H4, B2, S2), 2 Training 1 (S1), 3 Aan de slag 1 (H1).
    /// in: H4 05-10, B2 11-11, S2 31-12 = 3. out: H2, H3, B1, B3, B4, B5, B6 = 7 (Haven 2, Buiten 5).
    /// positive: H2 Betaald werk, B1 Opleiding, B3 Vrijwilligerswerk, B5 Re-integratietraject, B6 Betaald werk = 5 of 7 = 71,4%;
    ///   Haven 1 of 2 = 50,0% (fewer than 5 leavers: marked), Buiten 4 of 5 = 80,0%, Stad none.
    /// stays (days): H2 228, H3 182, B1 598, B3 332, B4 180, B5 180, B6 147 -> sorted 147 180 180 182 228 332 598:
    ///   median the 4th = 182; P90 rank 6 x 0,9 = 5,4 -> 332 + 0,4 x (598 - 332) = 438,4.
    ///   Haven 182, 228: median 205, P90 182 + 0,9 x 46 = 223,4. Buiten 147 180 180 332 598: median 180, P90 rank 3,6 -> 332 + 0,6 x 266 = 491,6.
    /// jobs in Q4: 3 (the 29-09 job is in both workbooks, once, and in Q3), hours 3 + 2,5 + 1,5 = 7.
    static func workbooks(in folder: TempFolder) throws -> [String] {
        let q3 = folder.url.appendingPathComponent("activeringscentra_2022-Q3.xlsx").path
        try writeWorkbook(q3, participants: [
            participant("AC-H-0001", haven, "2022-01-10", "2 Training"),
            participant("AC-H-0002", haven, "2022-03-01", "3 Aan de slag"),
        ], jobs: [
            job("2022-09-29", haven, "Opruimen speeltuin", "Winkeliersoverleg", 4),
            job("2022-08-01", stad, "Fietsen repareren", "Woningcorporatie", 2),
        ], quarterEnd: day("2022-09-30"))
        let q4 = folder.url.appendingPathComponent("activeringscentra_2022-Q4.xlsx").path
        try writeWorkbook(q4, participants: [
            participant("AC-H-0001", haven, "2022-01-10", "3 Aan de slag"),
            participant("AC-H-0002", haven, "2022-03-01", "4 Uitstroom", "2022-10-15", "Betaald werk"),
            participant("AC-H-0003", haven, "2022-06-01", "4 Uitstroom", "2022-11-30", "Uitval"),
            participant("AC-H-0004", haven, "2022-10-05", "1 Onderzoek"),
            participant("AC-B-0001", buiten, "2021-05-01", "4 Uitstroom", "2022-12-20", "Opleiding"),
            participant("AC-B-0002", buiten, "2022-11-11", "1 Onderzoek"),
            participant("AC-B-0003", buiten, "2022-02-02", "4 Uitstroom", "2022-12-31", "Vrijwilligerswerk"),
            participant("AC-B-0004", buiten, "2022-04-04", "4 Uitstroom", "2022-10-01", "Verhuisd"),
            participant("AC-B-0005", buiten, "2022-05-05", "4 Uitstroom", "2022-11-01", "Re-integratietraject"),
            participant("AC-B-0006", buiten, "2022-07-07", "4 Uitstroom", "2022-12-01", "Betaald werk"),
            participant("AC-S-0001", stad, "2020-01-01", "2 Training"),
            participant("AC-S-0002", stad, "2022-12-31", "1 Onderzoek"),
            participant("AC-X-0001", .text("Centrum Poort"), "2022-03-03", "1 Onderzoek"),
            participant("AC-S-0003", stad, "2022-05-01", "4 Uitstroom", "2022-04-01", "Uitval"),
            participant("AC-S-0004", stad, "2022-06-01", "2 Training", nil, "Opleiding"),
        ], jobs: [
            job("2022-10-03", haven, "Snoeien plantsoen", "Integrale wijkaanpak", 3),
            job("2022-11-15", buiten, "Koffieochtend buurthuis", "Buurthuis", 2.5),
            job("2022-12-30", stad, "Boodschappen voor buurtbewoners", "Bewonersgroep Stedenwijk", 1.5),
            job("2022-09-29", haven, "Opruimen speeltuin", "Winkeliersoverleg", 4),
            job("2022-12-01", stad, "Snoeien plantsoen", "Integrale wijkaanpak", -2),
        ], quarterEnd: day("2022-12-31"))
        return [q3, q4]
    }

    static func value(_ values: [FigureValue], _ figure: some FigureName, _ breakdown: String = "Totaal", _ category: String = "Totaal") -> Double? {
        values.first { $0.figure == figure.figureName && $0.breakdown == breakdown && $0.category == category }?.value ?? nil
    }

    @Test func figuresWorkedByHand() throws {
        let db = try TestDatabase()
        let outcomes = db.ingestor.ingest(try Self.workbooks(in: db.folder))
        #expect(outcomes.map(\.result) == [.loaded, .loaded])
        let results = try ActiveringFigures.computeByPeriod(Comparison(period: .quarter(2022, 4)).all, store: db.store)
        let q4 = results[0].values
        #expect(Self.value(q4, ActiveringFigures.active) == 5)
        #expect(Self.value(q4, ActiveringFigures.active, "Centrum", "Haven (De Hoven)") == 2)
        #expect(Self.value(q4, ActiveringFigures.active, "Centrum", "Buiten (Bouwmeesterbuurt)") == 1)
        #expect(Self.value(q4, ActiveringFigures.active, "Stap", "1 Onderzoek") == 3)
        #expect(Self.value(q4, ActiveringFigures.active, "Stap", "4 Uitstroom") == 0)
        #expect(Self.value(q4, ActiveringFigures.inflow) == 3)
        #expect(Self.value(q4, ActiveringFigures.outflow) == 7)
        #expect(Self.value(q4, ActiveringFigures.outflow, "Uitstroom naar", "Betaald werk") == 2)
        #expect(Self.value(q4, ActiveringFigures.outflowRate) == 71.4)
        #expect(Self.value(q4, ActiveringFigures.outflowRate, "Centrum", "Haven (De Hoven)") == 50.0)
        #expect(Self.value(q4, ActiveringFigures.outflowRate, "Centrum", "Buiten (Bouwmeesterbuurt)") == 80.0)
        #expect(Self.value(q4, ActiveringFigures.outflowRate, "Centrum", "Stad (Stedenwijk)") == nil)
        #expect(Self.value(q4, ActiveringFigures.outflowRate, "Uitstroom naar", "Betaald werk") == 28.6)
        #expect(Self.value(q4, ActiveringFigures.outflow, ActiveringFigures.Breakdown.centreAndDestination, "Buiten (Bouwmeesterbuurt) × Betaald werk") == 1)
        #expect(Self.value(q4, "Verblijfsduur mediaan") == 182)
        #expect(Self.value(q4, "Verblijfsduur P90") == 438.4)
        #expect(Self.value(q4, "Verblijfsduur mediaan", "Centrum", "Haven (De Hoven)") == 205)
        #expect(Self.value(q4, "Verblijfsduur P90", "Centrum", "Haven (De Hoven)") == 223.4)
        #expect(Self.value(q4, "Verblijfsduur P90", "Centrum", "Buiten (Bouwmeesterbuurt)") == 491.6)
        #expect(Self.value(q4, ActiveringFigures.jobs) == 3)
        #expect(Self.value(q4, ActiveringFigures.jobHours) == 7)
        #expect(Self.value(q4, ActiveringFigures.jobHours, "Aanvrager", "Buurthuis") == 2.5)
        // 2022-Q3 from its own workbook: H1 and H2 active on 30-09; the two Q3 jobs, 6 hours.
        let q3 = try #require(results.first { $0.period.label == "2022-Q3" }?.values)
        #expect(Self.value(q3, ActiveringFigures.active) == 2)
        #expect(Self.value(q3, ActiveringFigures.jobs) == 2)
        #expect(Self.value(q3, ActiveringFigures.jobHours) == 6)
    }

    @Test func jobsInTwoWorkbooksCountOnceAndBadRowsAreNamed() throws {
        let db = try TestDatabase()
        let outcomes = db.ingestor.ingest(try Self.workbooks(in: db.folder))
        let q4 = outcomes[1]
        #expect(q4.rowsAlreadyKnown == 1)
        #expect(try db.scalar("SELECT count(*) FROM (SELECT DISTINCT sleutel, volgnummer FROM klus)") == 5)
        #expect(q4.firstIssues.map(\.description) == [
            "activeringscentra_2022-Q4.xlsx [Deelnemers], regel 14, kolom Centrum, waarde \"Centrum Poort\": constraint-error: geen toegestane waarde; toegestaan: Haven (De Hoven), Buiten (Bouwmeesterbuurt), Stad (Stedenwijk)",
            "activeringscentra_2022-Q4.xlsx [Deelnemers], regel 15, kolom Einddatum, waarde \"01-04-2022\": constraint-error: ligt vóór de Startdatum (01-05-2022)",
            "activeringscentra_2022-Q4.xlsx [Deelnemers], regel 16, kolom Uitstroom naar, waarde \"Opleiding\": constraint-error: ingevuld terwijl de deelnemer nog actief is (Einddatum is leeg)",
            "activeringscentra_2022-Q4.xlsx [Klussen], regel 6, kolom Uren, waarde \"-2\": constraint-error: uren kunnen niet negatief zijn",
        ])
        #expect(q4.rowsRejected == 4)
        let rejects = try #require(q4.rejectsFile)
        #expect(rejects.contains("activeringscentra_2022-Q4-Deelnemers-afgekeurd.csv"))
    }

    /// Correcting the Q3 workbook (without the job of 29-09) keeps that job: the Q4 workbook still delivers it.
    @Test func correctingAWorkbookKeepsJobsAnotherStillDelivers() throws {
        let db = try TestDatabase()
        _ = db.ingestor.ingest(try Self.workbooks(in: db.folder))
        let corrected = db.folder.url.appendingPathComponent("correctie/activeringscentra_2022-Q3.xlsx")
        try FileManager.default.createDirectory(at: corrected.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.writeWorkbook(corrected.path, participants: [Self.participant("AC-H-0001", Self.haven, "2022-01-10", "2 Training")],
                               jobs: [Self.job("2022-08-01", Self.stad, "Fietsen repareren", "Woningcorporatie", 2)], quarterEnd: Self.day("2022-09-30"))
        let outcome = try #require(db.ingest(corrected.path).first)
        #expect(outcome.replacedFile == "activeringscentra_2022-Q3.xlsx")
        let q3 = try ActiveringFigures.computeByPeriod([.quarter(2022, 3)], store: db.store)[0].values
        #expect(Self.value(q3, ActiveringFigures.jobs) == 2)          // 01-08 from the correction, 29-09 from Q4
        #expect(Self.value(q3, ActiveringFigures.jobHours) == 6)
        #expect(Self.value(q3, ActiveringFigures.active) == 1)        // participants: the corrected snapshot
    }

    /// The beleid report gets the section: the workbook read back has the two sheets and the chart, the
    /// text marks the rate over fewer than five leavers.
    @Test func beleidReportHasTheSection() throws {
        let db = try TestDatabase()
        _ = db.ingestor.ingest(try Self.workbooks(in: db.folder))
        let definition = try ReportDefinition.load(name: "beleid", folder: repositoryRoot.appendingPathComponent("Reports").path)
        let model = try ReportModel.build(definition: definition, comparison: Comparison(period: .quarter(2022, 4)), store: db.store)
        let xlsx = db.folder.url.appendingPathComponent("beleid.xlsx")
        try WorkbookRenderer.write(model, to: xlsx.path)
        let book = try ReportTests.readBack(xlsx)
        let sheets = try #require(book["sheets"] as? [String])
        #expect(sheets.contains("Activering") && sheets.contains("Uitstroom naar bestemming"))
        #expect((book["charts"] as? [String: Int])?["Uitstroom naar bestemming"] == 1)
        let cells = try #require(book["cells"] as? [String: [[Any]]])
        let haven = try #require(cells["Activering"]?.first { ($0.first as? String) == "Haven (De Hoven)" })
        #expect((haven[4] as? Double) == 0.5)
        #expect((haven[5] as? String) == "gebaseerd op minder dan 5 uitstromers: voorzichtig lezen")
        let text = try TextRenderer.render(model, templateFolder: repositoryRoot.appendingPathComponent("Reports").path)
        #expect(text.contains("Haven (De Hoven)                2   1    2       50,0%*               205        1     3"))
        #expect(text.contains("* gebaseerd op minder dan 5 uitstromers: voorzichtig lezen"))
    }

    /// The committed SampleData/activering against the generator's own count (SampleData/README.md,
    /// computed in Python with openpyxl from the rows it meant to be valid).
    @Test func sampleDataMatchesTheGeneratorsOwnCount() throws {
        try SampleStore.use { (sample) throws in
            let db = sample.db, outcomes = sample.outcomes(in: "activering")
            #expect(outcomes.count == 24 && outcomes.allSatisfy { $0.result == .loaded })
            let q4 = try ActiveringFigures.computeByPeriod([.quarter(2022, 4)], store: db.store)[0].values
            // The generator leaves out AC-B-0137, rejected in the 2022-Q4 workbook ("Uitstroom naar" while still
            // active); impact keeps its last valid state (2022-Q2: active, step 3): one more.
            #expect(Self.value(q4, ActiveringFigures.active) == 74)
            #expect(Self.value(q4, ActiveringFigures.active, "Stap", "3 Aan de slag") == 41)
            #expect(Self.value(q4, ActiveringFigures.inflow) == 27)
            #expect(Self.value(q4, ActiveringFigures.outflow) == 21)
            #expect(Self.value(q4, ActiveringFigures.outflowRate) == 47.6)
            #expect(Self.value(q4, ActiveringFigures.outflowRate, "Centrum", "Haven (De Hoven)") == 0.0)
            #expect(Self.value(q4, ActiveringFigures.outflowRate, "Centrum", "Stad (Stedenwijk)") == 66.7)
            #expect(Self.value(q4, "Verblijfsduur mediaan") == 326)
            #expect(Self.value(q4, "Verblijfsduur P90") == 550)
            #expect(Self.value(q4, ActiveringFigures.jobs) == 76)
            #expect(Self.value(q4, ActiveringFigures.jobHours) == 247.5)
            let year = try ActiveringFigures.computeByPeriod([.year(2022)], store: db.store)[0].values
            #expect(Self.value(year, ActiveringFigures.jobs) == 274)
            #expect(Self.value(year, ActiveringFigures.jobHours) == 830)
            let last = try ActiveringFigures.computeByPeriod([.quarter(2024, 4)], store: db.store)[0].values
            #expect(Self.value(last, ActiveringFigures.outflowRate, "Centrum", "Buiten (Bouwmeesterbuurt)") == 25.0)
            #expect(Self.value(last, ActiveringFigures.outflow, "Centrum", "Buiten (Bouwmeesterbuurt)") == 4)    // fewer than 5: marked
        }
    }
}
