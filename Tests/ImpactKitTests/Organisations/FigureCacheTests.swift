import Foundation
import Testing
@testable import ImpactKit

/// Figures kept after the first computation are read back while their snapshot and postcode table stay;
/// a corrected export makes them be computed anew.
@Suite struct FigureCacheTests {
    static let sample = repositoryRoot.appendingPathComponent("SampleData")

    static func figures(_ db: TestDatabase) throws -> [FigureValue] {
        try FigureSets.compute(Comparison(period: .quarter(2022, 4)).all, in: FigureContext(store: db.store, configuration: Configuration()),
                               organisations: [Dromen()])
    }

    @Test func keptFiguresAreReadBackUntilTheirSnapshotIsReplaced() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let files = ["postcodes_almere.csv", "dromen/dromen_2022-Q3.csv", "dromen/dromen_2022-Q4.csv"].map { Self.sample.appendingPathComponent($0).path }
        let outcomes = db.ingest(files)
        try FigureSets.prepare(after: outcomes, in: FigureContext(store: db.store, configuration: Configuration()))
        // Each quarter and since the start up to it; 2022-Q2 and 2021-Q4 have no snapshot and are computed each time.
        #expect(try db.rows("SELECT substr(periode, 1, instr(periode, '|') - 1) FROM cijfercache WHERE organisatie = 'dromen' ORDER BY rowid", columns: 1)
                == [["2022-Q3"], ["sinds-start"], ["2022-Q4"], ["sinds-start"]])
        let computed = try Self.figures(db)
        #expect(computed.contains { $0.figure == DromenFigures.received.name && $0.period == "2022-Q4" && $0.value == 372 })

        // What is kept is what is shown: emptied in the database, the figures are gone.
        try db.store.database.execute("UPDATE cijfercache SET waarden = '[]' WHERE periode LIKE '2022-Q4|%'")
        #expect(try Self.figures(db).filter { $0.period == "2022-Q4" }.isEmpty)

        // A corrected 2022-Q4 replaces the snapshot: computed anew, as in a database that never had the first.
        let corrected = try String(contentsOfFile: files[2], encoding: .utf8).replacingOccurrences(of: ";Nieuw;", with: ";Ingetrokken;")
        let path = try db.folder.write("dromen_2022-Q4.csv", corrected)
        #expect(db.ingest(path).map(\.result) == [.loaded])
        let fresh = try TestDatabase()
        defer { fresh.folder.remove() }
        _ = fresh.ingest([files[0], files[1], path])
        #expect(try Self.figures(db) == Self.figures(fresh))
        #expect(try Self.figures(db) != computed)
    }
}
