/// Counts distinct children (Kindnummer), in total and per category, in memory that does not depend on
/// how long the names are: 8 bytes per counted dream for names such as `K-01877` (16 for any other
/// name), sorted in place once. Replaced a Set<String> per breakdown, which took the report on a
/// 1,000,000-dossier register to 152 MB peak; the 8-byte keys and the sort without a buffer took the
/// figures of a 3,000,000-dossier register from 141 MB to the numbers in the issue note of #10.
struct DistinctChildren {
    /// Names of up to nine letters, digits, `-` and `_`: `ShortChildKey`.
    private var short: [UInt64] = []
    /// Other parts' short keys (a snapshot counted in parts at once, or kept from the snapshot before),
    /// each sorted and walked together with the rest rather than copied into one list, which would hold
    /// both at once.
    private var runs: [[UInt64]] = []
    /// The short keys kept from the snapshot before (`read`) as they were stored, ascending, decoded only
    /// as they are walked: `write` merges them into the keys it keeps as it decodes them. Decoded into a
    /// list at the start of the 1M-dossier register's next quarter they were ~2 million keys, 16 MB held
    /// through the load and ~30 ms of its serial start, and merged into a third list at its end.
    private var stored: Stored?
    private struct Stored {
        let bytes: ArraySlice<UInt8>
        let count: Int
    }
    /// Every other name.
    private var long: [ChildKey] = []
    /// Dreams taken back out (`remove`): each skips one equal key when the keys are walked.
    private var removedShort: [UInt64] = []
    private var removedLong: [ChildKey] = []
    let labels: [String]
    /// What the last walk over the keys counted (`write`), while none has been added or taken out since:
    /// `values` then walks them no more (a million keys: ~8 ms of the end of an ingest).
    private var counted: Counter?

    /// `expected`: about how many dreams will be counted. An eighth more is reserved: pages reserved and
    /// never written cost no memory, but an estimate short by a little doubled the array at the file's
    /// end (a 1.45M-dossier register: estimated 1,448,127 rows of 1,471,640).
    init(labels: [String], expected: Int = 0) {
        precondition(labels.count <= 16, "the category is kept in four bits of the key")
        self.labels = labels
        short.reserveCapacity(expected + expected / 8)
    }

    mutating func add(_ child: UnsafeBufferPointer<UInt8>, category: Int) {
        counted = nil
        if let key = ShortChildKey.make(child, category: category) { short.append(key) } else { long.append(ChildKey(child, category: category)) }
    }

    /// A dream counted before that is no longer there (its version ended: `DreamTally`).
    mutating func remove(_ child: UnsafeBufferPointer<UInt8>, category: Int) {
        counted = nil
        if let key = ShortChildKey.make(child, category: category) { removedShort.append(key) } else { removedLong.append(ChildKey(child, category: category)) }
    }

    /// Sorts the short keys counted so far, so that `values` only merges them: a part of a snapshot
    /// read on a thread of its own sorts there, both parts at once (1M-dossier ingest: the figures
    /// ~0.15 s of serial sorting -> half of it on each core).
    mutating func sort() { if !InPlaceSort.isSorted(short) { InPlaceSort.sort(&short) } }

    /// The children of another part of the same rows.
    mutating func merge(_ other: DistinctChildren) {
        counted = nil
        runs += [other.short] + other.runs + (other.stored.map { [Self.decode($0)] } ?? [])
        long += other.long
        removedShort += other.removedShort
        removedLong += other.removedLong
    }

    /// Total first, then per category in label order. Sorting puts one child's dreams side by side
    /// (the category sits in the lowest bits), so one pass counts both. A name is either short or long,
    /// never both, so the two kinds' counts add up. Frees the keys.
    mutating func values(figure: FigureDefinition, breakdown: String, period: String) -> [FigureValue] {
        let counter = counted ?? {
            var counter = Counter(categories: labels.count)
            forEachShortKey { counter.add($0) }
            forEachLongKey { counter.add($0) }
            return counter
        }()
        self = DistinctChildren(labels: labels)
        return [FigureValue(figure, period: period, value: Double(counter.total))]
            + labels.indices.map { FigureValue(figure, breakdown: breakdown, category: labels[$0], period: period, value: Double(counter.perCategory[$0])) }
    }

    /// Counts the keys walked in order: a dream counted twice (the same key) once, a child in several
    /// categories once in the total.
    private struct Counter {
        var total = 0
        var perCategory: [Int]
        private(set) var previousShort: UInt64?
        private var previousLong: ChildKey?

        init(categories: Int) { perCategory = Array(repeating: 0, count: categories) }

        /// Where a walk over short keys outside `add` left off (`mergedAndCounted`).
        init(total: Int, perCategory: [Int], previousShort: UInt64?) {
            self.total = total
            self.perCategory = perCategory
            self.previousShort = previousShort
        }

        mutating func add(_ key: UInt64) {
            precondition(ShortChildKey.category(key) < perCategory.count, "a key of a category the labels do not have")
            perCategory.withUnsafeMutableBufferPointer { Self.count(key, after: &previousShort, total: &total, perCategory: $0) }
        }

        /// A short key walked in order, counted once for its child (`total`) and once for its category,
        /// however many dreams share it; `previous`: the key walked before. `perCategory` must have room
        /// for the key's category.
        @inline(__always)
        static func count(_ key: UInt64, after previous: inout UInt64?, total: inout Int, perCategory: UnsafeMutableBufferPointer<Int>) {
            if key == previous { return }
            if previous.map({ ShortChildKey.child($0) != ShortChildKey.child(key) }) ?? true { total += 1 }
            perCategory[ShortChildKey.category(key)] += 1
            previous = key
        }

        mutating func add(_ entry: ChildKey) {
            if entry == previousLong { return }
            if previousLong?.child != entry.child { total += 1 }
            perCategory[entry.category] += 1
            previousLong = entry
        }
    }

    /// Every short key in order, a child once per dream counted and not removed: the sorted lists are
    /// walked together. A list sorted by its part already is only checked (a millisecond a million keys).
    private mutating func forEachShortKey(_ body: (UInt64) -> Void) {
        settle()
        if runs.isEmpty {
            for key in short { body(key) }
        } else {
            Self.merge([short] + runs, removing: []) { body($0) }
        }
    }

    /// Sorts every list; with dreams removed, merges the lists into one without them, so that they are
    /// walked (to count, to keep) as one array: at most `DreamTally.rowsKept` keys, as only a tally
    /// removes. Parts read back at once are left apart: merging them would hold every key twice.
    private mutating func settle() {
        if let stored { runs.append(Self.decode(stored)); self.stored = nil }
        sort()
        for index in runs.indices where !InPlaceSort.isSorted(runs[index]) { InPlaceSort.sort(&runs[index]) }
        guard !removedShort.isEmpty else { return }
        if !InPlaceSort.isSorted(removedShort) { InPlaceSort.sort(&removedShort) }
        short = Self.merged([short] + runs, removing: removedShort)
        runs = []
        removedShort = []
    }

    /// The lists merged into one, each removed key taking out one equal key. Two lists, the usual case
    /// (the kept keys and the quarter's new ones), are merged by pointer: the general walk appending key
    /// by key was ~0.04 s of the end of the 1M-dossier register's next quarter.
    private static func merged(_ lists: [[UInt64]], removing removed: [UInt64]) -> [UInt64] {
        Array(unsafeUninitializedCapacity: lists.reduce(0) { $0 + $1.count }) { buffer, count in
            var out = 0
            if lists.count == 2 {
                lists[0].withUnsafeBufferPointer { a in
                    lists[1].withUnsafeBufferPointer { b in
                        removed.withUnsafeBufferPointer { removed in
                            var i = 0, j = 0, k = 0
                            while i < a.count || j < b.count {
                                let key: UInt64
                                if j == b.count || (i < a.count && a[i] <= b[j]) { key = a[i]; i += 1 } else { key = b[j]; j += 1 }
                                while k < removed.count && removed[k] < key { k += 1 }
                                if k < removed.count && removed[k] == key { k += 1; continue }
                                buffer[out] = key
                                out += 1
                            }
                        }
                    }
                }
            } else {
                merge(lists, removing: removed) { buffer[out] = $0; out += 1 }
            }
            count = out
        }
    }

    /// The dreams counted and taken out so far, as many keys.
    var keyCount: Int { runs.reduce(short.count + long.count + removedShort.count + removedLong.count + (stored?.count ?? 0)) { $0 + $1.count } }

    /// The short keys counted, once settled.
    private var shortKeys: Int { runs.reduce(short.count) { $0 + $1.count } }

    private static func merge(_ lists: [[UInt64]], removing removed: [UInt64], _ body: (UInt64) -> Void) {
        var next = Array(repeating: 0, count: lists.count)
        var removing = 0
        while true {
            var smallest = -1
            for index in lists.indices where next[index] < lists[index].count {
                if smallest < 0 || lists[index][next[index]] < lists[smallest][next[smallest]] { smallest = index }
            }
            guard smallest >= 0 else { break }
            let key = lists[smallest][next[smallest]]
            next[smallest] += 1
            while removing < removed.count && removed[removing] < key { removing += 1 }
            if removing < removed.count && removed[removing] == key { removing += 1; continue }
            body(key)
        }
    }

    private mutating func forEachLongKey(_ body: (ChildKey) -> Void) {
        long.sort()
        removedLong.sort()
        var removed = 0
        for entry in long {
            while removed < removedLong.count && removedLong[removed] < entry { removed += 1 }
            if removed < removedLong.count && removedLong[removed] == entry { removed += 1; continue }
            body(entry)
        }
    }
}

// Kept in the database between snapshots (`DreamTally`): the keys in order, as the distance from the one
// before (~2 bytes a dream in the benchmark's register, where 8 in memory).
extension DistinctChildren {
    mutating func write(to writer: inout ByteWriter) {
        var counter = Counter(categories: labels.count)
        if let stored, runs.isEmpty {
            // The kept keys decoded as they are merged with this snapshot's and written: no list of them.
            sort()
            if !InPlaceSort.isSorted(removedShort) { InPlaceSort.sort(&removedShort) }
            writer.unsignedList(Self.mergedAndCounted(short, stored, removing: removedShort, counter: &counter))
        } else {
            settle()
            writer.unsignedList(atMost: shortKeys) { write in
                var previous: UInt64 = 0
                forEachShortKey { key in write(key - previous); previous = key; counter.add(key) }
            }
        }
        var count = 0
        forEachLongKey { _ in count += 1 }
        writer.unsigned(UInt64(count))
        forEachLongKey { key in writer.unsigned(key.high); writer.unsigned(key.low); counter.add(key) }
        counted = counter
    }

    /// Adds the keys written by `write` to these (made for the same labels).
    /// The short keys are kept as they were written, checked (ascending, of a known category) unless
    /// `checked` is false: for bytes known to be as `write` wrote them (`DreamTallyState`'s seal), where
    /// decoding them to check took ~8 ms of the 1M next quarter's serial start (~2 million keys).
    mutating func read(from reader: inout ByteReader, checked: Bool = true) -> Bool {
        guard let shortCount = reader.count() else { return false }
        let categories = labels.count
        var key: UInt64 = 0
        guard let bytes = checked ? reader.unsignedBytes(count: shortCount, { delta in
            let (next, overflow) = key.addingReportingOverflow(delta)
            key = next
            return !overflow && ShortChildKey.category(next) < categories
        }) : reader.unsignedBytes(count: shortCount) else { return false }
        counted = nil
        if let earlier = stored { runs.append(Self.decode(earlier)) }
        stored = Stored(bytes: bytes, count: shortCount)
        guard let longCount = reader.count() else { return false }
        for _ in 0..<longCount {
            guard let high = reader.unsigned(), let low = reader.unsigned() else { return false }
            let entry = ChildKey(high: high, low: low)
            guard entry.category < labels.count else { return false }
            long.append(entry)
        }
        return true
    }
}

extension DistinctChildren {
    private static func decode(_ stored: Stored) -> [UInt64] {
        var reader = ByteReader(stored.bytes)
        var key: UInt64 = 0
        return [UInt64](unsafeUninitializedCapacity: stored.count) { buffer, count in
            _ = reader.unsigned(count: stored.count) { delta in key &+= delta; buffer[count] = key; count += 1; return true }
        }
    }

    /// The sorted `keys` and the stored ones in one ascending walk, each removed key taking out one equal
    /// key (as `merged` does), written as deltas (`ByteWriter.unsignedList`) and counted. One loop over
    /// pointers: walked key by key through closures (decode, write, count, each checking its array's
    /// uniqueness) it was ~4.6% of the CPU of the 1M next quarter, at its serial end.
    private static func mergedAndCounted(_ keys: [UInt64], _ stored: Stored, removing removed: [UInt64],
                                         counter: inout Counter) -> (bytes: [UInt8], count: Int) {
        var written = 0, total = counter.total, previousKey = counter.previousShort
        // A count for each of the 16 categories four bits can name (the labels are fewer).
        var perCategory = counter.perCategory + Array(repeating: 0, count: 16 - counter.perCategory.count)
        let encoded = [UInt8](unsafeUninitializedCapacity: (keys.count + stored.count) * ByteWriter.maximumUnsignedBytes) { out, outCount in
            var at = 0
            keys.withUnsafeBufferPointer { keys in
                removed.withUnsafeBufferPointer { removed in
                    stored.bytes.withUnsafeBufferPointer { input in
                        perCategory.withUnsafeMutableBufferPointer { perCategory in
                            var next = 0, nextRemoved = 0, position = 0
                            var previous: UInt64 = 0, last = previousKey
                            @inline(__always) func emit(_ key: UInt64) {
                                while nextRemoved < removed.count && removed[nextRemoved] < key { nextRemoved += 1 }
                                if nextRemoved < removed.count && removed[nextRemoved] == key { nextRemoved += 1; return }
                                ByteWriter.encode(key &- previous) { out[at] = $0; at += 1 }
                                previous = key
                                written += 1
                                Counter.count(key, after: &last, total: &total, perCategory: perCategory)
                            }
                            // The stored bytes hold `stored.count` integers (`read`: counted or checked).
                            var key: UInt64 = 0
                            for _ in 0..<stored.count {
                                key &+= ByteReader.unsigned(in: input, at: &position) ?? 0
                                while next < keys.count && keys[next] <= key { emit(keys[next]); next += 1 }
                                emit(key)
                            }
                            while next < keys.count { emit(keys[next]); next += 1 }
                            previousKey = last
                        }
                    }
                }
            }
            outCount = at
        }
        counter = Counter(total: total, perCategory: Array(perCategory.prefix(counter.perCategory.count)), previousShort: previousKey)
        return (encoded, written)
    }
}

/// A Kindnummer of up to nine characters from 64 symbols (digits, letters, `-`, `_`) and a category in
/// one integer: six bits a character, first character highest, then the length (four bits) and the
/// category (four bits). Exact: two names share a key only if they are the same name.
enum ShortChildKey {
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, category: Int) -> UInt64? {
        guard bytes.count >= 1 && bytes.count <= 9 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            guard let symbol = symbol(byte) else { return nil }
            key = key << 6 | symbol
        }
        key <<= 6 * UInt64(9 - bytes.count)
        return key << 8 | UInt64(bytes.count) << 4 | UInt64(category)
    }

    private static func symbol(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt64(byte - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt64(byte - UInt8(ascii: "a")) + 36
        case UInt8(ascii: "-"): return 62
        case UInt8(ascii: "_"): return 63
        default: return nil
        }
    }

    static func child(_ key: UInt64) -> UInt64 { key >> 4 }
    static func category(_ key: UInt64) -> Int { Int(key & 0x0F) }
}

/// A Kindnummer and a category in two integers. Exact for names up to 14 bytes (`K-01877`): the bytes,
/// then a byte holding the length (low four bits) and the category (high four bits). Longer names are
/// two independent 64-bit FNV-1a hashes, length nibble 15 (a collision is about 1 in 2^120).
struct ChildKey: Comparable, Hashable {
    let high: UInt64
    let low: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>, category: Int) {
        var high: UInt64 = 0, low: UInt64 = 0
        if bytes.count <= 14 {
            for (index, byte) in bytes.enumerated() {
                if index < 8 { high |= UInt64(byte) << (56 - 8 * index) } else { low |= UInt64(byte) << (56 - 8 * (index - 8)) }
            }
            low |= UInt64(bytes.count)
        } else {
            high = 0xcbf29ce484222325; low = 0x84222325cbf29ce4
            for byte in bytes {
                high = (high ^ UInt64(byte)) &* 0x100000001b3
                low = (low ^ UInt64(byte)) &* 0x100000001b3
            }
            low = (low & ~0xFF) | 0x0F
        }
        self.high = high
        self.low = low | UInt64(category) << 4
    }

    var category: Int { Int((low >> 4) & 0x0F) }
    /// The key without its category: equal for the same child in any category.
    var child: ChildKey { ChildKey(high: high, low: low & ~0xF0) }

    init(high: UInt64, low: UInt64) { self.high = high; self.low = low }

    static func < (a: ChildKey, b: ChildKey) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
}
