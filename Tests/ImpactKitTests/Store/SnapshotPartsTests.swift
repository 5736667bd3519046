@testable import ImpactKit
import Testing

/// A snapshot read in two parts at once (the figures of a big register): together the parts hold each
/// row of the snapshot exactly once, whichever versions it is made of.
struct SnapshotPartsTests {
    @Test func thePartsTogetherAreTheSnapshot() throws {
        let database = try TestDatabase()
        defer { database.folder.remove() }
        let first = (1...3_000).map { DreamCSV.row(String(format: "AILGB-2022-%05d", $0)) }
        // The next quarter changes every third dossier and adds 500: its snapshot is old and new versions.
        let next = first.enumerated().map { index, row in index % 3 == 0 ? row.merging(["Status": "Afgerond"]) { $1 } : row }
            + (3_001...3_500).map { DreamCSV.row(String(format: "AILGB-2022-%05d", $0)) }
        let outcomes = database.ingest(try database.folder.write("dromen_2022-Q4.csv", DreamCSV.file(first)),
                                       try database.folder.write("dromen_2023-Q1.csv", DreamCSV.file(next)))
        #expect(outcomes.map(\.rowsLoaded) == [3_000, 3_500])
        for file in try database.store.currentFiles(source: "dromen") {
            var whole: [String] = []
            try database.store.forEachRow(ofSnapshot: file.id, in: DromenTables.dreams, columns: "dossiernummer") { whole.append($0.string(0)!) }
            let parts = try database.store.forEachRow(ofSnapshot: file.id, in: DromenTables.dreams, columns: "dossiernummer",
                                                      parts: { [String]() }) { part, row in part.append(row.string(0)!) }
            #expect(parts.count == 2 && parts.allSatisfy { !$0.isEmpty }, "\(file.name)")
            #expect(parts.flatMap { $0 }.sorted() == whole.sorted(), "\(file.name)")
            #expect(Set(whole).count == whole.count)
        }
    }
}
