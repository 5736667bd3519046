import Foundation

/// Storage of a snapshot export that grows with what changed, not with the number of snapshots.
///
/// A versioned table holds one row per *version* of a key (a dossier as it stood for a while), with
/// `van`, the snapshot date it first held, and, once it has ended, `tot` in the table of ends beside it
/// (`VersionSchema`): the date of the snapshot that replaced it. A snapshot on day d is every version
/// with van <= d < tot. A new quarter that repeats a dossier unchanged stores nothing for it; a changed
/// one ends the old version and adds one.
///
/// While one file loads, this keeps, per key hash, what is known of it: the open version's content hash
/// from before, or that this file has loaded it (and on which line, for the duplicate message), or that
/// this file rejected it (then its last valid state stays in force). Packed in 40 bits per key, in a
/// `KeyStateTable` (about 14 bytes a key: 42 MB at three million dossiers): two bits of state, then 38
/// bits of the content hash, or the line (32 bits) and whether an older version was in force. A changed
/// row is taken for unchanged only if 38 bits of its hash agree by chance: once in 2.7e11 changed rows.
/// The open versions come from the key map the quarter before kept (`KeptKeyMap`), or from a scan of
/// the table when it no longer holds.
final class SnapshotVersions {
    /// Where the file sits among the export's snapshots in force: its date, and the date of the next
    /// newer snapshot (nil when it is the newest: the common case of a new quarter).
    struct Place {
        let day: Int
        let next: Int?
        /// The export (`bronbestand.bron`) whose snapshots these are.
        let source: String
    }

    let place: Place
    private var states: KeyStateTable
    private static let stateMask: UInt64 = 0b11 << 38
    private static let loadedState: UInt64 = 0b01 << 38, rejectedState: UInt64 = 0b10 << 38
    private static let hadOld: UInt64 = 1 << 32

    enum State: Equatable {
        case unknown
        /// An earlier snapshot's version is in force, with this content hash (38 bits of it).
        case open(content: UInt64)
        case loaded(line: Int)
        /// `hadOld`: an earlier snapshot's version was in force (and stays so).
        case rejected(hadOld: Bool)
    }

    /// Where the versions this file stores are added to the kept key map (`KeptKeyMap`), by the writing
    /// thread; nil for an older quarter arriving late (which forgets the kept map).
    let keptParts: KeyMapParts?

    /// `expectedRows`: about how many rows the file has (0: not known), so the map is made its size at once.
    /// `fileID`: the file being loaded.
    init(place: Place, table: TableDescription, database: Database, fileID: Int, expectedRows: Int) throws {
        self.place = place
        guard place.next == nil else {      // an older quarter arriving late: see `finish`
            states = KeyStateTable(expectedKeys: expectedRows)
            keptParts = nil
            return
        }
        // The versions in force are the previous snapshot's keys, each a row of its file: its rows read
        // size the map without counting them (a scan of the table: the next quarter of a 1M register
        // 4.97 -> 4.19 s, farm-bench 5 pairs).
        let (openVersions, keys) = try Self.expectedKeys(place: place, expectedRows: expectedRows, database: database)
        states = KeyStateTable(expectedKeys: keys)
        lastVersionBefore = try database.prepare("SELECT max(rowid) FROM \(table.name)").scalar() ?? 0
        // Rowids past 2^32 (never in practice) are neither named in the map nor kept.
        let rowidsFit = lastVersionBefore <= UInt32.max
        everyVersionNamed = keys <= Self.keysNamingVersions && rowidsFit
        // The versions in force: those that have not ended.
        let ended = try EndedVersions(table, by: nil, database: database)
        let kept = KeptKeyMap(table: table, database: database)
        // Parts holding twice the versions in force are written anew by a scan, without the ended ones.
        let usesKept = try rowidsFit && kept.entries(source: place.source, loading: fileID).map { $0 <= 2 * openVersions + KeyMapParts.entriesPerPart } ?? false
        if !usesKept { try kept.forget(source: place.source) }
        filledFromKeptParts = usesKept
        keptParts = rowidsFit ? try kept.parts(source: place.source) : nil
        if usesKept {
            var batch: [KeyStateTable.Setting] = []
            batch.reserveCapacity(Self.versionsPerParallelBatch)
            let named = everyVersionNamed
            func fillAll() { states.setAll(batch, namingVersions: named); batch.removeAll(keepingCapacity: true) }
            try kept.read(source: place.source, skipping: ended) { version in
                batch.append((version.key, Self.content(version.content), UInt32(truncatingIfNeeded: version.version)))
                if batch.count == Self.versionsPerParallelBatch { fillAll() }
            }
            fillAll()
        } else {
            try fillByScan(table: table, ended: ended, parts: keptParts, database: database)
        }
    }

    /// How many keys the map of the newest snapshot at `place` is made for: the previous snapshot's
    /// rows read (its versions in force) and the file's, most of them the same dossiers.
    static func expectedKeys(place: Place, expectedRows: Int, database: Database) throws -> (openVersions: Int, keys: Int) {
        let previous = try database.prepare("""
            SELECT regels_gelezen FROM bronbestand WHERE bron = ? AND vervangen_door IS NULL AND stand_op < ?
            ORDER BY stand_op DESC LIMIT 1
            """)
        previous.bind([.text(place.source), .integer(place.day)])
        let openVersions = try previous.scalar() ?? 0
        return (openVersions, max(openVersions, expectedRows) + min(openVersions, expectedRows) / 20)
    }

    /// Whether the map of a newest snapshot at `place` will name the versions in force (so lines can be
    /// skipped: `canSkipLines`), as far as can be told before it is made (the rowids are checked then).
    static func willNameVersions(place: Place, expectedRows: Int, database: Database) throws -> Bool {
        guard place.next == nil else { return false }
        return try expectedKeys(place: place, expectedRows: expectedRows, database: database).keys <= keysNamingVersions
    }

    /// Versions in force into the map, a batch's slots fetched first (one at a time, each was a cache
    /// miss: ~0.1 s of the next quarter of the 1M-dossier register; fetched first, A/B 0.96 wall).
    private func fill(_ versions: [KeptKeyMap.Entry]) {
        touched &+= states.touch(versions.lazy.map(\.key), versions: everyVersionNamed)
        for version in versions {
            states.set(version.key, Self.content(version.content), version: everyVersionNamed ? UInt32(version.version) : nil)
        }
    }

    /// The versions in force from a scan of the table, which also writes them as the kept map's first
    /// parts. SQLite's scan runs on a thread of its own, batches ahead of the map being filled here: one
    /// after the other they were ~0.35 s of the next quarter of the 1M-dossier register with the second
    /// core idle.
    private func fillByScan(table: TableDescription, ended: EndedVersions, parts: KeyMapParts?, database: Database) throws {
        let open = try database.prepare("SELECT sleutel_hash, inhoud, rowid FROM \(table.name)")
        try BatchesAhead<[KeptKeyMap.Entry]>.run { batches in
            var batch: [KeptKeyMap.Entry] = []
            batch.reserveCapacity(Self.versionsPerBatch)
            try open.rows { row in
                let version = (key: Int64(row.integer(0)), content: row.integer(1), version: row.integer(2))
                guard !ended.contains(version.version) else { return }
                try parts?.add(version)
                batch.append(version)
                if batch.count == Self.versionsPerBatch { batch = try batches.hand(batch) ?? [] }
            }
            try parts?.flush()
            _ = try batches.hand(batch)
        } use: { batch in
            fill(batch)
            var emptied = batch
            emptied.removeAll(keepingCapacity: true)
            return emptied
        }
    }

    private static let versionsPerBatch = 1_024
    /// Read from the kept parts and set on two threads (`KeyStateTable.setAll`) this many at a time
    /// (~3 MB, twice while they are put in order).
    private static let versionsPerParallelBatch = 131_072

    /// The last version stored before this file: the versions it may end are at or before it.
    private var lastVersionBefore = 0
    /// Whether the map names the version in force of every key that had one (rowids below 2^32).
    private var everyVersionNamed = false
    /// Whether the map was filled from the kept parts (`KeptKeyMap`), which then still list the versions
    /// in force before this file at its end.
    private var filledFromKeptParts = false
    /// Naming them takes 4 bytes a slot: a register of three million dossiers took the next quarter's
    /// peak from 83 to 99 MiB, so above this many keys the versions it ends are found by a pass instead.
    /// (Task-local so that a test can have a small register take the pass.)
    @TaskLocal static var keysNamingVersions = 1_500_000

    /// Whether rows the newest snapshot repeats byte for byte can keep their stored version unread:
    /// they were validated when first loaded, and a later snapshot date allows every date it did.
    var comparesWithPrevious: Bool { place.next == nil }

    private subscript(key: Int64) -> UInt64? {
        get { states[key] }
        set { states[key] = newValue }
    }

    /// The keys of the next records, fetched ahead (`KeyStateTable.touch`).
    func touch(_ keys: some Sequence<Int64>) { touched &+= states.touch(keys, versions: everyVersionNamed) }
    private var touched: UInt64 = 0

    func state(_ key: Int64) -> State { stateAndVersion(key).state }

    /// A key's state, and the version in force the map names for it (0: none; see `versionInForce`).
    func stateAndVersion(_ key: Int64) -> (state: State, version: UInt32) {
        guard let (value, version) = states.entry(key) else { return (.unknown, 0) }
        switch value & Self.stateMask {
        case 0:
            guard !skipped.isEmpty else { return (.open(content: value), version) }
            // A key whose line was skipped is loaded on that line; any other open key this file now
            // deals with cannot be skipped later (`markSkipped`).
            let index = Int(version)
            if Self.isSet(skipped, index) { return (.loaded(line: skippedLine(index)), version) }
            Self.set(&dealtWith, index)
            return (.open(content: value), version)
        case Self.loadedState: return (.loaded(line: Int(value & 0xFFFF_FFFF)), version)
        default: return (.rejected(hadOld: value & Self.hadOld != 0), version)
        }
    }

    /// While the reading thread skips repeated lines (`LineSkipper`): a bit per version in force whose
    /// line was skipped, the lines they were skipped on (in runs: consecutive versions on consecutive
    /// lines, ~12 bytes a break in the file's order, for the rare duplicate's message), and a bit per
    /// version whose key this file dealt with otherwise (stored, repeated, rejected).
    private var skipped: [UInt64] = []
    private var skippedRuns = SkippedRuns()
    private var dealtWith: [UInt64] = []

    /// Whether this file can skip lines: the map names every key's version in force, for `markSkipped`.
    var canSkipLines: Bool { comparesWithPrevious && everyVersionNamed && keptParts != nil }

    func startSkipping() {
        skipped = [UInt64](repeating: 0, count: lastVersionBefore / 64 + 1)
        dealtWith = skipped
    }

    /// Lines the reading thread skipped: their versions stay in force, held by this file on those lines.
    /// A key this file dealt with before on another line (a dossier twice, its first line changed) makes
    /// the file to be read again without skipping (`SkippedLineConflict`): its second line is then
    /// checked as any other.
    func markSkipped(_ lines: ArraySlice<SkippedLine>) throws {
        // The class's arrays moved into locals for the batch: touched in place, each line's accesses
        // were checked for exclusivity. With the lines kept a batch at once too (`LineParts.add`), the
        // skipped lines went from 7.2% to 3.1% of the CPU of the 1M-dossier register's next quarter
        // (paired A/B 0.955 wall, 30 pairs).
        var skipped: [UInt64] = [], runs = SkippedRuns()
        swap(&skipped, &self.skipped); swap(&runs, &skippedRuns)
        defer { swap(&skipped, &self.skipped); swap(&runs, &skippedRuns) }
        let dealtWith = dealtWith, lastVersionBefore = lastVersionBefore
        // The bits through their memory and the run being extended in a local: written in the arrays,
        // each line's two writes checked their uniqueness (1.9M checks on the 1M next quarter).
        var current = runs.popLast()
        try skipped.withUnsafeMutableBufferPointer { bits in
            for line in lines {
                let version = Int(line.version)
                let word = version >> 6, bit: UInt64 = 1 << UInt64(version & 63)
                guard version <= lastVersionBefore, word >= bits.count || bits[word] & bit == 0, !Self.isSet(dealtWith, version) else {
                    throw SkippedLineConflict()
                }
                if word < bits.count { bits[word] |= bit }
                if let last = current, UInt32(version) == last.version + last.count, UInt32(line.line) == last.line + last.count {
                    current!.count += 1
                } else {
                    if let last = current { runs.append(last) }
                    current = (UInt32(version), UInt32(line.line), 1)
                }
            }
        }
        if let last = current { runs.append(last) }
    }

    /// The line a skipped version was skipped on.
    private func skippedLine(_ version: Int) -> Int { skippedRuns.line(of: UInt32(version)) }

    private static func isSet(_ bits: [UInt64], _ index: Int) -> Bool { index >> 6 < bits.count && bits[index >> 6] & (1 << UInt64(index & 63)) != 0 }
    /// Sets a version's bit; one past the bits made is not kept.
    private static func set(_ bits: inout [UInt64], _ index: Int) { if index >> 6 < bits.count { bits[index >> 6] |= 1 << UInt64(index & 63) } }

    /// Whether a version in force was skipped (so stays in force).
    private func wasSkipped(_ version: UInt32) -> Bool { Self.isSet(skipped, Int(version)) }

    static func content(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) & contentBits }
    private static let contentBits: UInt64 = (1 << 38) - 1

    /// This file holds the key on `line`. `replacesOld`: it stored a new version for it, so the one in
    /// force until now ends at this snapshot.
    func markLoaded(_ key: Int64, line: Int, replacesOld: Bool) {
        self[key] = Self.loadedState | (replacesOld ? Self.hadOld : 0) | UInt64(truncatingIfNeeded: line) & 0xFFFF_FFFF
    }

    func markRejected(_ key: Int64) {
        switch state(key) {
        case .loaded: return     // a rejected duplicate: the first row stands
        case .open: self[key] = Self.rejectedState | Self.hadOld
        case .rejected: return
        case .unknown: self[key] = Self.rejectedState
        }
    }

    /// The version in force before this file of a key in `state`, if the map names it (`named`: the
    /// version `stateAndVersion` found).
    func versionInForce(_ state: State, named version: UInt32) -> Int? {
        guard everyVersionNamed, hadVersion(state), version != 0 else { return nil }
        return Int(version)
    }

    /// Whether a key this file loads had a version in force before it (which must then be closed).
    func hadVersion(_ state: State) -> Bool {
        switch state {
        case .open: return true
        case .rejected(let hadOld): return hadOld
        case .unknown, .loaded: return false
        }
    }

    /// After the last row: the versions in force before this snapshot end here when the key changed or is
    /// gone; a key the file rejected keeps its version. An older snapshot arriving late is fitted in
    /// between its neighbours (`VersionTimeline`). Returns, for the newest snapshot, the versions its
    /// rejected keys keep (by rowid; with the rows it loaded, they are the snapshot) and the ones it ended.
    func finish(table: TableDescription, fileID: Int, database: Database) throws -> (kept: [Int], ended: [Int]) {
        try forgetRejectionsOfLoadedKeys(fileID: fileID, database: database)
        if let next = place.next {
            try database.execute("CREATE TEMP TABLE IF NOT EXISTS sleutels (h INTEGER PRIMARY KEY); DELETE FROM temp.sleutels")
            let add = try database.prepare("INSERT OR IGNORE INTO temp.sleutels (h) VALUES (?)")
            try states.forEach { key, value, _ in
                if value & Self.stateMask == Self.rejectedState { add.bind(1, Int(key)); try add.step() }
            }
            // Its own versions hold until the next snapshot.
            try database.execute("INSERT INTO \(table.ends) (versie, tot) SELECT rowid, \(next) FROM \(table.name) WHERE bestand_id = \(fileID)")
            try VersionTimeline(table: table, place: place, database: database)
                .fitInLateSnapshot(fileID: fileID, rejectedKeys: "SELECT h FROM temp.sleutels")
            try database.execute("DELETE FROM temp.sleutels")
            try KeptKeyMap(table: table, database: database).forget(source: place.source)
            states.removeAll()
            return ([], [])
        }
        try keptParts?.flush()
        let versions = try endReplaced(table: table, database: database)
        let kept = KeptKeyMap(table: table, database: database)
        if keptParts != nil { try kept.keepStamp(source: place.source) } else { try kept.forget(source: place.source) }
        states.removeAll(); skipped = []; skippedRuns = SkippedRuns(); dealtWith = []; storedAhead = []; ends = nil
        return versions
    }

    /// The versions in force until now whose key this file changed or no longer holds end on its date:
    /// a row each in the ends' table, found in the key map (the 5% changed of the 1M-dossier benchmark:
    /// 0.03 s, where a pass over the versions before took 0.38 s and an UPDATE of their rows 1.0 s); those
    /// of the keys it changed are stored already (`storeEndsAhead`). Returns the versions kept by keys the
    /// file rejected, and the ones ended.
    private func endReplaced(table: TableDescription, database: Database) throws -> (kept: [Int], ended: [Int]) {
        guard everyVersionNamed else { return try endReplacedByPass(table: table, database: database) }
        // The map gives the versions in its slots' order (each at most `lastVersionBefore`: only the fill
        // names them): marked in a bit per version and read back in order (the ~50,000 ended of the 1M
        // next quarter sorted took ~4 ms of its serial end).
        var endingBits = [UInt64](repeating: 0, count: lastVersionBefore / 64 + 1)
        var kept: [Int] = []
        states.forEach { _, value, version in
            switch Self.fate(value) {
            case .ends where version != 0 && !wasSkipped(version):
                Self.set(&endingBits, Int(version))
            case .kept where version != 0: kept.append(Int(version))
            default: break
            }
        }
        var ending: [Int] = [], toStore: [Int] = []
        for (word, bits) in endingBits.enumerated() where bits != 0 {
            var rest = bits
            while rest != 0 {
                let version = word << 6 | rest.trailingZeroBitCount
                ending.append(version)
                if !Self.isSet(storedAhead, version) { toStore.append(version) }
                rest &= rest - 1
            }
        }
        try endWriter(table: table, database: database).store(toStore)
        return (kept.sorted(), ending)
    }

    /// On the writing thread, as the rows come: the ends of versions in force that this file replaced
    /// with a new one, so that `finish` is left with those of the keys it no longer holds (storing them all
    /// there was ~20 ms of the 1M next quarter's end on one core). `versions`: ascending.
    func storeEndsAhead(_ versions: [Int], table: TableDescription, database: Database) throws {
        try endWriter(table: table, database: database).store(versions)
        if storedAhead.isEmpty { storedAhead = [UInt64](repeating: 0, count: lastVersionBefore / 64 + 1) }
        for version in versions { Self.set(&storedAhead, version) }
    }

    /// A bit per version whose end `storeEndsAhead` stored: the writing thread's until the rows are in.
    private var storedAhead: [UInt64] = []
    private var ends: VersionEndWriter?

    private func endWriter(table: TableDescription, database: Database) throws -> VersionEndWriter {
        if let ends { return ends }
        let made = try VersionEndWriter(table, day: place.day, database: database)
        ends = made
        return made
    }

    /// The same by a pass over the versions before this file, when the map does not name them all: over
    /// the kept parts the map was filled from, if it was (~17 bytes a version, read in order; the 3M-dossier
    /// next quarter's pass over the table's rows took ~1 s of its serial end), else over the table.
    private func endReplacedByPass(table: TableDescription, database: Database) throws -> (kept: [Int], ended: [Int]) {
        var kept: [Int] = [], ending: [Int] = []
        let ended = try EndedVersions(table, by: nil, database: database)
        func decide(_ version: Int, _ key: Int64) {
            guard let value = self[key] else { return }
            switch Self.fate(value) {
            case .ends: ending.append(version)
            case .kept: kept.append(version)
            case .stays: break
            }
        }
        if filledFromKeptParts {
            // In batches whose keys' slots are fetched first: one lookup at a time, each is a cache miss.
            var batch: [(version: Int, key: Int64)] = []
            batch.reserveCapacity(Self.versionsPerBatch)
            func decideAll() {
                touched &+= states.touch(batch.lazy.map(\.key))
                for entry in batch { decide(entry.version, entry.key) }
                batch.removeAll(keepingCapacity: true)
            }
            let last = lastVersionBefore
            try KeptKeyMap(table: table, database: database).read(source: place.source, skipping: ended) { entry in
                // Stored by this file. (The table's pass also asks van < the file's day: every version
                // the parts list began before it, as a file of the same day replaces the one before,
                // which forgets the parts.)
                guard entry.version <= last else { return }
                batch.append((entry.version, entry.key))
                if batch.count == Self.versionsPerBatch { decideAll() }
            }
            decideAll()
        } else {
            let versions = try database.prepare("SELECT rowid, sleutel_hash FROM \(table.name) WHERE rowid <= ? AND van < ?")
            versions.bind([.integer(lastVersionBefore), .integer(place.day)])
            try versions.rows { row in
                let version = row.integer(0)
                guard !ended.contains(version) else { return }
                decide(version, Int64(row.integer(1)))
            }
        }
        ending.sort()
        try endWriter(table: table, database: database).store(ending)
        return (kept.sorted(), ending)
    }

    private enum Fate { case ends, kept, stays }

    /// What becomes of the version in force of a key in `value`'s state: it ends when the file no longer
    /// holds the key or stored a new version of it; it is kept when the file rejected the key.
    private static func fate(_ value: UInt64) -> Fate {
        let state = value & stateMask
        if state == 0 || (state == loadedState && value & hadOld != 0) { return .ends }
        return state == rejectedState ? .kept : .stays
    }
}

/// A key of a skipped line was also dealt with on another line: the file is read again, without skipping.
struct SkippedLineConflict: Error {}

extension SnapshotVersions {
    /// A key this file rejected on one line and loaded from another (a duplicate dossier, one of its rows
    /// valid) is held by the file: its rejection then keeps no key, so it never counts as "rejected".
    private func forgetRejectionsOfLoadedKeys(fileID: Int, database: Database) throws {
        let rejected = try database.prepare("SELECT rowid, sleutel FROM afgekeurd WHERE bestand_id = ? AND sleutel IS NOT NULL")
        rejected.bind(1, fileID)
        var loaded: [Int] = []
        try rejected.rows { row in
            if case .loaded = state(RowHash.of(row.string(1)!)) { loaded.append(row.int(0)!) }
        }
        let forget = try database.prepare("UPDATE afgekeurd SET sleutel = NULL WHERE rowid = ?")
        for rowid in loaded { forget.bind(1, rowid); try forget.step() }
    }
}

extension Store {
    /// Where a snapshot file sits among the other snapshots in force of the same export.
    func place(ofSnapshot fileID: Int) throws -> SnapshotVersions.Place {
        let statement = try database.prepare("""
            SELECT f.stand_op, (SELECT min(o.stand_op) FROM bronbestand o WHERE o.bron = f.bron AND o.vervangen_door IS NULL
                                AND o.id <> f.id AND o.stand_op > f.stand_op), f.bron
            FROM bronbestand f WHERE f.id = ?
            """)
        statement.bind(1, fileID)
        var place: SnapshotVersions.Place?
        try statement.rows { row in place = SnapshotVersions.Place(day: row.int(0) ?? 0, next: row.int(1), source: row.string(2)!) }
        guard let place else { throw StoreError("bestand \(fileID) is niet geregistreerd") }
        return place
    }

    /// A replaced snapshot's versions go (`VersionTimeline.retire`).
    func retireVersions(ofSnapshot fileID: Int, in table: TableDescription) throws {
        let place = try place(ofSnapshot: fileID)
        try VersionTimeline(table: table, place: place, database: database).retire()
        try KeptKeyMap(table: table, database: database).forget(source: place.source)
    }
}

/// The lines skipped versions were skipped on, in runs (consecutive versions on consecutive lines), in
/// the file's order. A column each: the look for a version's run (a dossier twice, its first line
/// skipped) goes through the ~70,000 runs of the 1M next quarter in one compare each, where a closure
/// over an array of tuples took ~235,000 instructions a look.
struct SkippedRuns {
    private var versions: [UInt32] = []
    private var lines: [UInt32] = []
    private var counts: [UInt32] = []

    mutating func popLast() -> (version: UInt32, line: UInt32, count: UInt32)? {
        guard let count = counts.popLast() else { return nil }
        return (versions.removeLast(), lines.removeLast(), count)
    }

    mutating func append(_ run: (version: UInt32, line: UInt32, count: UInt32)) {
        versions.append(run.version); lines.append(run.line); counts.append(run.count)
    }

    /// The line `version` was skipped on; 0 if it was not.
    func line(of version: UInt32) -> Int {
        let index: Int? = versions.withUnsafeBufferPointer { versions in
            counts.withUnsafeBufferPointer { counts in
                guard let starts = versions.baseAddress, let lengths = counts.baseAddress else { return nil }
                // One unsigned compare a run (below its start wraps around to a large distance), eight
                // runs at a time; the lanes' mask tested in four words (`any()` was a call a block).
                var index = 0
                let target = SIMD8<UInt32>(repeating: version)
                while index + 8 <= versions.count {
                    let inside = (target &- UnsafeRawPointer(starts + index).loadUnaligned(as: SIMD8<UInt32>.self))
                        .< UnsafeRawPointer(lengths + index).loadUnaligned(as: SIMD8<UInt32>.self)
                    let words = unsafeBitCast(inside, to: SIMD4<UInt64>.self)
                    if words[0] | words[1] | words[2] | words[3] != 0 { break }
                    index += 8
                }
                while index < versions.count {
                    if version &- versions[index] < counts[index] { return index }
                    index += 1
                }
                return nil
            }
        }
        return index.map { Int(lines[$0]) + Int(version - versions[$0]) } ?? 0
    }
}
