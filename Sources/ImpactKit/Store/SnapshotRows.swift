import Foundation

/// The read side of a versioned (snapshot) table, for every organisation: the rows as one snapshot had
/// them. A key that snapshot rejected (a typo in the latest export) kept its version from before, so a
/// dossier is never lost to one bad export.
extension Store {
    /// Calls `body` with `columns` of every row of the snapshot `fileID`, in `order`. A row is valid only
    /// during the call.
    public func forEachRow(ofSnapshot fileID: Int, in table: TableDescription, columns: String, order: String? = nil,
                           _ body: (Row) throws -> Void) throws {
        let snapshot = try SnapshotSelect(fileID, table, columns: columns, store: self)
        try Self.reading(database) {
            try snapshot.read(on: database, order: order, body)
        }
    }

    /// The same in parts read at once, one per core (at most two), each on its own connection: `part`
    /// makes a part's accumulator and `body` adds a row to it; the parts come back in rowid order, for
    /// the caller to merge. Counting a 1M-dossier snapshot's figures this way took its first ingest from
    /// 5.9 to 5.4 s, the next quarter's from 5.3 to 4.6 s. Each part is read in a read transaction of its
    /// own and notes the files in force; when another process changed them between the two (an ingest
    /// committing beside a report), the snapshot is read again in one part, so the parts are always one
    /// state of the database. Read in one part inside a transaction (another connection would not see
    /// what it wrote, and could wait for its locks) or when the database is not a file to open twice.
    /// `finish` runs on each part's own thread after its last row (work that can be done in parts, such as
    /// sorting, then is).
    public func forEachRow<Part>(ofSnapshot fileID: Int, in table: TableDescription, columns: String,
                                 parts makePart: () -> Part, finish: (inout Part) -> Void = { _ in },
                                 _ body: (inout Part, Row) throws -> Void) throws -> [Part] {
        let snapshot = try SnapshotSelect(fileID, table, columns: columns, store: self)
        var bounds: (first: Int, last: Int)?
        try database.prepare("SELECT min(rowid), max(rowid) FROM \(table.name)").rows { row in
            if let first = row.int(0), let last = row.int(1) { bounds = (first, last) }
        }
        func whole() throws -> [Part] {
            var part = makePart()
            try Self.reading(database) { try snapshot.read(on: database) { try body(&part, $0) } }
            finish(&part)
            return [part]
        }
        guard let bounds, bounds.last > bounds.first, ProcessInfo.processInfo.activeProcessorCount > 1, !database.isInTransaction,
              FileManager.default.fileExists(atPath: database.path), let other = try? Database(path: database.path) else {
            return try whole()
        }
        // Versions are appended, so a snapshot's rows spread over the rowids: halving them halves the work.
        let middle = bounds.first + (bounds.last - bounds.first) / 2
        // The second part's thread is waited for before returning: `body` does not outlive this call.
        let parts = try withoutActuallyEscaping(body) { body in try withoutActuallyEscaping(finish) { finish -> [(part: Part, state: String)] in
            let second = SendableBox((connection: other, part: makePart(), body: Optional(body), finish: Optional(finish),
                                      ended: Result<String, Error>.success("")))
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                // Released at the end of this scope, before the signal.
                if let body = second.value.body, let finish = second.value.finish {
                    second.value.ended = Result {
                        try Self.read(snapshot, rowids: "rowid > \(middle)", on: second.value.connection, into: &second.value.part, body)
                    }
                    finish(&second.value.part)
                }
                done.signal()
            }
            var first = makePart()
            let mine = Result { try Self.read(snapshot, rowids: "rowid <= \(middle)", on: database, into: &first, body) }
            finish(&first)
            done.wait()
            second.value.body = nil; second.value.finish = nil     // the thread may outlive its work a moment; the closures must not
            return [(first, try mine.get()), (second.value.part, try second.value.ended.get())]
        } }
        return parts[0].state == parts[1].state ? parts.map(\.part) : try whole()
    }

    /// One part in a read transaction of its own (committed before the caller waits for the other part,
    /// so neither holds a lock a writer between them waits for); returns the state of the files in force.
    private static func read<Part>(_ snapshot: SnapshotSelect, rowids: String, on connection: Database, into part: inout Part,
                                   _ body: (inout Part, Row) throws -> Void) throws -> String {
        try reading(connection) {
            var state = ""
            try connection.prepare("SELECT max(id), count(*), count(vervangen_door) FROM bronbestand").rows { row in
                state = "\(row.int(0) ?? 0) \(row.int(1) ?? 0) \(row.int(2) ?? 0)"
            }
            try snapshot.read(on: connection, rowids: rowids) { try body(&part, $0) }
            return state
        }
    }

    /// `body` in a read transaction (the ends and the rows of a snapshot are one state of the database),
    /// unless the connection is in a transaction already.
    private static func reading<T>(_ connection: Database, _ body: () throws -> T) throws -> T {
        if connection.isInTransaction { return try body() }
        try connection.execute("BEGIN")
        do {
            let result = try body()
            try connection.execute("COMMIT")
            return result
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }
}

/// The rows of one snapshot of a versioned table: the versions begun by its day, less those ended by
/// then (`EndedVersions`, read on the connection that reads the rows, in the same transaction).
private struct SnapshotSelect: Sendable {
    let table: TableDescription
    let columns: String
    let day: Int

    init(_ fileID: Int, _ table: TableDescription, columns: String, store: Store) throws {
        guard case .versioned = table.rows else { throw StoreError("\(table.name) is geen momentopname") }
        self.table = table
        self.columns = columns
        day = try store.place(ofSnapshot: fileID).day
    }

    func read(on connection: Database, rowids: String? = nil, order: String? = nil, _ body: (Row) throws -> Void) throws {
        let ended = try EndedVersions(table, by: day, database: connection)
        // The rowid comes last, after the caller's columns, which keep their places.
        let statement = try connection.prepare("SELECT \(columns), rowid FROM \(table.name) WHERE van <= \(day)"
                                               + (rowids.map { " AND \($0)" } ?? "") + (order.map { " ORDER BY \($0)" } ?? ""))
        let version = statement.columnCount - 1
        try statement.rows { row in
            if !ended.contains(row.integer(version)) { try body(row) }
        }
    }
}

/// What one thread hands another and no longer touches while the other works (the second part of a
/// snapshot read: its connection, its accumulator, the function that adds a row, and how it ended).
final class SendableBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
