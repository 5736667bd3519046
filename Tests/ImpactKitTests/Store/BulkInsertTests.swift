@testable import ImpactKit
import Testing

/// No constraint of a table's multi-row INSERT aborts the statement (SQLite's default, `OE_Abort` = 2 in
/// a Halt's P2): one that may abort halfway makes SQLite keep a statement journal beside the load, which
/// took the first ingest of the 1M-dossier register 686 MB of writes to a temporary file
/// (`TableDescription.insertSQL`).
struct BulkInsertTests {
    @Test(arguments: Registry.loading.map(\.table.name))
    func noConstraintAbortsTheStatement(table name: String) throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let table = try #require(Registry.loading.map(\.table).first { $0.name == name })
        var aborting: [String] = []
        try db.store.database.prepare("EXPLAIN " + table.insertSQL(rowsAtOnce: 2)).rows { row in
            if row.string(1)!.hasPrefix("Halt"), row.int(3) == 2 { aborting.append(row.string(5) ?? row.string(1)!) }
        }
        #expect(aborting.isEmpty, "\(aborting)")
    }
}
