import CSQLite
import Foundation

/// The one place that talks to SQLite's C API. Raw C rather than GRDB because the bulk load is the hot
/// path: ../shared/PLATFORM.md measured 1M rows x 10 columns at 1.39 s raw against 2.19 s through GRDB.
public final class Database {
    let handle: OpaquePointer
    public let path: String

    /// Before the first connection: memory statistics off (`impact_sqlite3_disable_memory_statistics`).
    private static let configured: Void = { _ = impact_sqlite3_disable_memory_statistics() }()

    public init(path: String) throws {
        Self.configured
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "onbekende fout"
            sqlite3_close(handle)
            throw StoreError("kan database \(path) niet openen: \(message)")
        }
        self.handle = handle
        self.path = path
        // Another impact on the same database (an ingest while a report is made) is waited for: a file is
        // loaded in one transaction, so the other process sees all of it or nothing.
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
        // impact_sleutel(text): the key hash of a versioned table, for schema upgrades written in SQL.
        sqlite3_create_function_v2(handle, "impact_sleutel", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, { context, _, values in
            guard let value = values?[0], let text = sqlite3_value_text(value) else { sqlite3_result_null(context); return }
            sqlite3_result_int64(context, RowHash.of(UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(value)))))
        }, nil, nil, nil)
    }

    deinit {
        sqlite3_close_v2(handle)
        if let writebackFile, writebackFile >= 0 { close(writebackFile) }
    }

    /// The database file opened once more, to start its writeback (`startWriteback`).
    private var writebackFile: Int32?

    /// Has the operating system start writing the pages written so far to disk, without waiting for it:
    /// a first ingest of the 1M-dossier register otherwise waited ~0.19 s in its commit's sync, the
    /// disk idle until then. The commit still waits for every page, so nothing is less safe.
    func startWriteback() {
        if writebackFile == nil { writebackFile = open(path, O_RDONLY | O_CLOEXEC) }
        if let file = writebackFile, file >= 0 { _ = impact_start_writeback(file) }
    }

    static let busyTimeoutMilliseconds: Int32 = 120_000

    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = sqlite3_errcode(handle) & 0xFF == SQLITE_BUSY ? lastError : error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw StoreError(message)
        }
    }

    public func prepare(_ sql: String) throws -> Statement { try Statement(database: self, sql: sql) }

    /// Runs `body` in one transaction: everything it wrote is kept, or (when it throws) nothing is.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Whether a transaction is open (what it wrote is not yet seen by other connections).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    /// Rows changed by the last statement (0 after an INSERT OR IGNORE that found the row already there).
    public var changes: Int { Int(sqlite3_changes(handle)) }
    var lastError: String {
        if sqlite3_errcode(handle) & 0xFF == SQLITE_BUSY {
            return "de database \(path) is bezet door een ander impact-proces (nog \(Self.busyTimeoutMilliseconds / 60_000) minuten gewacht); probeer het opnieuw als dat klaar is"
        }
        return String(cString: sqlite3_errmsg(handle))
    }
}

/// A prepared statement. Bind by 1-based index, then `step()` or `rows { ... }`.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    /// SQLITE_TRANSIENT is a macro Swift does not import: -1 tells SQLite to copy the value.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(database: Database, sql: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(database.handle, sql, -1, &handle, nil) == SQLITE_OK, let handle else {
            throw StoreError("\(database.lastError) in: \(sql)")
        }
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    public func bind(_ index: Int32, _ value: Int?) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    public func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    public func bind(_ index: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(handle, index); return }
        value.withUTF8 { bind(index, text: $0) }
    }

    public func bind(_ index: Int32, _ value: RowText?) {
        guard let value else { sqlite3_bind_null(handle, index); return }
        value.withUTF8 { bind(index, text: $0) }
    }

    private func bind(_ index: Int32, text bytes: UnsafeBufferPointer<UInt8>) {
        if arena != nil, let kept = arena!.keep(bytes) {
            _ = sqlite3_bind_text(handle, index, kept, Int32(bytes.count), nil)     // SQLITE_STATIC: ours until the step ends
        } else {
            _ = sqlite3_bind_text(handle, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, Int32(bytes.count), Statement.transient)
        }
    }

    /// Where text bound to this statement is copied, instead of SQLite copying each value (a malloc and
    /// a free per value; on the 1M-dossier first ingest ~8% of the writing thread). Only for a statement
    /// whose every parameter is bound again before each step: the arena is emptied when a step ends.
    var arena: TextArena?

    public func bind(_ index: Int32, blob: [UInt8]) {
        blob.withUnsafeBytes { bind(index, blob: $0) }
    }

    /// Copied by SQLite: the bytes may change once this returns.
    func bind(_ index: Int32, blob: UnsafeRawBufferPointer) {
        _ = sqlite3_bind_blob(handle, index, blob.baseAddress, Int32(blob.count), Statement.transient)
    }

    public func bind(_ values: [DatabaseValue?], from first: Int32 = 1) {
        for (offset, value) in values.enumerated() {
            let index = first + Int32(offset)
            switch value {
            case .none: sqlite3_bind_null(handle, index)
            case .integer(let v)?: bind(index, v)
            case .real(let v)?: bind(index, v)
            case .text(let v)?: bind(index, v)
            }
        }
    }

    public enum StepResult { case done, constraintViolation }

    /// Runs the statement once (for INSERT/UPDATE/DELETE) and resets it for the next use. Bindings stay:
    /// callers bind every parameter each time (clearing them cost 0.6% of a bulk load).
    @discardableResult
    public func step() throws -> StepResult {
        defer { sqlite3_reset(handle); arena?.empty() }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE || code == SQLITE_ROW { return .done }
        if code & 0xFF == SQLITE_CONSTRAINT { return .constraintViolation }
        throw StoreError(database.lastError)
    }

    /// How many columns a row of this statement has.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// Calls `body` for each result row; the row is valid only during the call.
    public func rows(_ body: (Row) throws -> Void) throws {
        defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw StoreError(database.lastError) }
            try body(Row(handle: handle))
        }
    }

    /// The first column of the first row as an integer (for COUNT and friends).
    public func scalar() throws -> Int? {
        var value: Int?
        try rows { row in if value == nil { value = row.int(0) } }
        return value
    }
}

/// Blocks of memory that bound text is copied into, emptied and reused after each step (`Statement.arena`).
/// A value kept in its statement (not copied, so its blocks are freed once): as a class, the reference
/// taken and let go around each value kept was about a third of binding a text (the writing thread 758M
/// -> 744M instructions on the 100k first quarter, callgrind).
struct TextArena: ~Copyable {
    static let blockSize = 1 << 16
    private var blocks: [UnsafeMutablePointer<CChar>] = []
    private var block = 0
    /// The current block's first free byte (nil before the first), and how many bytes are free there.
    private var next: UnsafeMutablePointer<CChar>?
    private var room = 0

    /// The bytes copied into the arena, with a terminating 0 as SQLite prefers; nil when longer than a block.
    mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<CChar>? {
        let count = bytes.count
        if count >= room {
            guard count < Self.blockSize else { return nil }
            if next != nil { block += 1 }
            if block == blocks.count { blocks.append(.allocate(capacity: Self.blockSize)) }
            next = blocks[block]
            room = Self.blockSize
        }
        guard let start = next else { return nil }
        if let base = bytes.baseAddress { UnsafeMutableRawPointer(start).copyMemory(from: base, byteCount: count) }
        start[count] = 0
        next = start + count + 1
        room -= count + 1
        return UnsafePointer(start)
    }

    mutating func empty() {
        block = 0
        next = blocks.first
        room = blocks.isEmpty ? 0 : Self.blockSize
    }

    deinit { for block in blocks { block.deallocate() } }
}

public struct Row {
    let handle: OpaquePointer
    public func int(_ column: Int32) -> Int? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
    }
    /// A column declared NOT NULL: no type check (half of reading an integer).
    public func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    public func double(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }
    /// The text of a column without making a String (valid until the next step).
    public func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        let count = Int(sqlite3_column_bytes(handle, column))
        return UnsafeBufferPointer(start: sqlite3_column_text(handle, column), count: count)
    }
    public func blob(_ column: Int32) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
    }
    public func string(_ column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: text)
    }
}

public enum DatabaseValue: Equatable, Sendable {
    case integer(Int)
    case real(Double)
    case text(String)
}

public struct StoreError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = "database: " + description }
}
