import Foundation

/// The key map of `SnapshotVersions`: key hash -> a 40-bit state, in 256 open-addressing tables chosen
/// by the hash's top byte. Written by hand for memory: Swift's Dictionary keeps its load between 0.375
/// and 0.75 (capacities are powers of two), 22 bytes a key at three million dossiers, which kept a
/// 3M-dossier ingest above 100 MB. These tables are sized for the expected number of keys at a load of
/// 0.85 and grow by an eighth (by a quarter, a 1.45M-dossier register 1.6% larger than estimated
/// took ~2 MB more); a slot is 12 bytes (the shard byte is implicit, so the other 56 bits of
/// the key are kept whole, beside the value's top 8 bits, and the value's low 32 bits in a second
/// array): about 14 bytes a key, against 19 with a 16-byte slot (3M-dossier ingest 101 -> 88 MiB).
///
/// A key may also name a version (a rowid below 2^32), in a third array made only once one does (about
/// 5 bytes a key more): the next quarter then finds the versions it ends in the map instead of a pass
/// over the table (1M dossiers: 0.38 s; `SnapshotVersions.keysNamingVersions`).
struct KeyStateTable {
    /// The largest value a key can hold.
    static let maximumValue: UInt64 = (1 << 40) - 1
    private static let keyBits: UInt64 = (1 << 56) - 1

    private struct Shard {
        /// The key's low 56 bits << 8 | the value's top 8 bits; 0: empty (low bits 0 are stored as 1:
        /// one more collision in 2^56).
        var entries: [UInt64]
        var low: [UInt32]
        /// Empty until a key names a version; 0: none.
        var versions: [UInt32] = []
        var count = 0

        init(capacity: Int) {
            entries = Array(repeating: 0, count: capacity)
            low = Array(repeating: 0, count: capacity)
        }

        /// The slot of `key` (its low 56 bits, not 0), or of the empty slot where it would go.
        func slot(_ key: UInt64) -> Int {
            // Multiply-shift on the bits the shard byte does not use: any capacity, not only powers of two.
            var slot = Int((key << 8).multipliedFullWidth(by: UInt64(entries.count)).high)
            while entries[slot] != 0 && entries[slot] >> 8 != key {
                slot += 1
                if slot == entries.count { slot = 0 }
            }
            return slot
        }

        /// Sets `key` (its low 56 bits) to `value`, naming `version` if given.
        mutating func set(_ key: UInt64, _ value: UInt64, version: UInt32?) {
            var slot = slot(key)
            if entries[slot] == 0 {
                if Double(count + 1) > Double(entries.count) * KeyStateTable.maximumLoad {
                    grow()
                    slot = self.slot(key)
                }
                count += 1
            }
            entries[slot] = key << 8 | value >> 32
            low[slot] = UInt32(truncatingIfNeeded: value)
            if let version {
                if versions.isEmpty { versions = Array(repeating: 0, count: entries.count) }
                versions[slot] = version
            }
        }

        /// Sets a run of keys of this shard (their low 56 bits, not 0: `KeyStateTable.split`), in order:
        /// room for all of them made first, then each set through the arrays' memory. Set one by one,
        /// each write checked its array's uniqueness and each new key the load (`setAll`).
        mutating func set(_ run: UnsafeBufferPointer<Setting>, namingVersions: Bool) {
            while Double(count + run.count) > Double(entries.count) * KeyStateTable.maximumLoad { grow() }
            if namingVersions && versions.isEmpty { versions = Array(repeating: 0, count: entries.count) }
            let capacity = entries.count
            var added = 0
            entries.withUnsafeMutableBufferPointer { entries in
                low.withUnsafeMutableBufferPointer { low in
                    versions.withUnsafeMutableBufferPointer { versions in
                        for setting in run {
                            let key = KeyStateTable.split(setting.key).key
                            var slot = Int((key << 8).multipliedFullWidth(by: UInt64(capacity)).high)
                            while entries[slot] != 0 && entries[slot] >> 8 != key {
                                slot += 1
                                if slot == capacity { slot = 0 }
                            }
                            if entries[slot] == 0 { added += 1 }
                            entries[slot] = key << 8 | setting.value >> 32
                            low[slot] = UInt32(truncatingIfNeeded: setting.value)
                            if namingVersions { versions[slot] = setting.version }
                        }
                    }
                }
            }
            count += added
        }

        /// Reads the slot where `key` would start (`KeyStateTable.touch`).
        func touch(_ key: UInt64, versions touchesVersions: Bool) -> UInt64 {
            entries.withUnsafeBufferPointer { entries in
                low.withUnsafeBufferPointer { low in
                    let slot = Int((key << 8).multipliedFullWidth(by: UInt64(entries.count)).high)
                    return entries[slot] &+ UInt64(low[slot]) &+ (touchesVersions && !versions.isEmpty ? UInt64(versions[slot]) : 0)
                }
            }
        }

        mutating func grow() {
            let old = self
            self = Shard(capacity: entries.count + max(16, entries.count / 8))
            if !old.versions.isEmpty { versions = Array(repeating: 0, count: entries.count) }
            for index in old.entries.indices where old.entries[index] != 0 {
                let slot = slot(old.entries[index] >> 8)
                entries[slot] = old.entries[index]; low[slot] = old.low[index]; count += 1
                if !versions.isEmpty { versions[slot] = old.versions[index] }
            }
        }
    }

    private var shards: [Shard]
    static let maximumLoad = 0.85

    init(expectedKeys: Int) {
        let perShard = Int(Double(max(expectedKeys, 0)) / 256 / Self.maximumLoad) + 16
        shards = (0..<256).map { _ in Shard(capacity: perShard) }
    }

    /// The shard and the bits kept in it.
    private static func split(_ key: Int64) -> (shard: Int, key: UInt64) {
        let bits = UInt64(bitPattern: key)
        return (Int(bits >> 56), max(bits & keyBits, 1))
    }

    subscript(key: Int64) -> UInt64? {
        get {
            let (shard, key) = Self.split(key)
            let slot = shards[shard].slot(key)
            let entry = shards[shard].entries[slot]
            return entry == 0 ? nil : (entry & 0xFF) << 32 | UInt64(shards[shard].low[slot])
        }
        set {
            guard let newValue else { preconditionFailure("keys are never removed while a file loads") }
            set(key, newValue)
        }
    }

    /// A key's value and the version it names (0: none), in one probe: the checking thread's lookup of
    /// a row's key, which then needed a second probe for the version.
    func entry(_ key: Int64) -> (value: UInt64, version: UInt32)? {
        let (shard, key) = Self.split(key)
        let slot = shards[shard].slot(key)
        let entry = shards[shard].entries[slot]
        guard entry != 0 else { return nil }
        return ((entry & 0xFF) << 32 | UInt64(shards[shard].low[slot]), shards[shard].versions.isEmpty ? 0 : shards[shard].versions[slot])
    }

    /// Sets a key's value; `version`, when given, is the version it names from now on.
    mutating func set(_ key: Int64, _ value: UInt64, version: UInt32? = nil) {
        precondition(value <= Self.maximumValue, "a key's state has 40 bits")
        let (shard, key) = Self.split(key)
        shards[shard].set(key, value, version: version)
    }

    typealias Setting = (key: Int64, value: UInt64, version: UInt32)

    /// Sets many keys (each naming its version, if `namingVersions`), on two threads that split the
    /// shards between them by the key's top bit, so that no shard is touched by both. Filling the next
    /// quarter's map from the kept parts was ~0.18 s of the checking thread with the second core idle.
    /// The keys are first put in the order of their top 16 bits (a counting sort, stable): a key's slot
    /// is the shard its top byte names, at a place rising with the bits below, so each thread then walks
    /// its shards upwards rather than to a cache miss per key. A million keys in batches of 131,072 so
    /// ordered set in ~19 ms, in the kept parts' order ~60 ms (one thread, a test program; in batches of
    /// 32,768 the walk is too sparse to gain: ~40 ms).
    mutating func setAll(_ settings: [Setting], namingVersions: Bool) {
        precondition(settings.allSatisfy { $0.value <= Self.maximumValue }, "a key's state has 40 bits")
        var starts = [Int](repeating: 0, count: Self.orderBuckets + 1)
        for setting in settings { starts[Self.orderBucket(setting.key) + 1] += 1 }
        for bucket in 0..<Self.orderBuckets { starts[bucket + 1] += starts[bucket] }
        // The first key of the second thread's half (top bit set), before `starts` moves on.
        let half = starts[Self.orderBuckets / 2]
        let ordered = [Setting](unsafeUninitializedCapacity: settings.count) { buffer, count in
            for setting in settings {
                let bucket = Self.orderBucket(setting.key)
                (buffer.baseAddress! + starts[bucket]).initialize(to: setting)
                starts[bucket] += 1
            }
            count = settings.count
        }
        shards.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedShards(shards: buffer)
            ordered.withUnsafeBufferPointer { ordered in
                let settings = SharedSettings(settings: ordered)
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    // Each shard's keys one after the other (ordered by their top bits): a run at a time.
                    let range = part == 0 ? 0..<half : half..<settings.settings.count
                    var start = range.lowerBound
                    while start < range.upperBound {
                        let shard = Self.split(settings.settings[start].key).shard
                        var end = start + 1
                        while end < range.upperBound && Self.split(settings.settings[end].key).shard == shard { end += 1 }
                        shared.shards[shard].set(UnsafeBufferPointer(rebasing: settings.settings[start..<end]), namingVersions: namingVersions)
                        start = end
                    }
                }
            }
        }
    }

    private static let orderBuckets = 1 << 16
    private static func orderBucket(_ key: Int64) -> Int { Int(UInt64(bitPattern: key) >> 48) }

    /// The shards `setAll`'s two threads set: each thread only its own half of them.
    private struct SharedShards: @unchecked Sendable {
        let shards: UnsafeMutableBufferPointer<Shard>
    }

    /// The settings `setAll`'s two threads read.
    private struct SharedSettings: @unchecked Sendable {
        let settings: UnsafeBufferPointer<Setting>
    }

    /// Reads the slots where `keys` would start, so that their cache lines are fetched side by side
    /// rather than one lookup at a time (the map is tens of megabytes: a lookup is a cache miss). Next
    /// quarter A/B 0.93 wall, now that the checking thread is the one the others wait for (when both
    /// cores were busy with counting too, it gained nothing: 0.99). `versions`: their versions' slots
    /// too, for keys about to be set with one.
    /// Returns something of what it read, for the caller to keep so that the reads are not left out.
    func touch(_ keys: some Sequence<Int64>, versions: Bool = false) -> UInt64 {
        var seen: UInt64 = 0
        for key in keys {
            let (shard, bits) = Self.split(key)
            seen &+= shards[shard].touch(bits, versions: versions)
        }
        return seen
    }

    /// Every key, its state and the version it names (0: none), in no particular order.
    func forEach(_ body: (_ key: Int64, _ value: UInt64, _ version: UInt32) throws -> Void) rethrows {
        for (index, shard) in shards.enumerated() {
            for slot in shard.entries.indices where shard.entries[slot] != 0 {
                let entry = shard.entries[slot]
                try body(Int64(bitPattern: UInt64(index) << 56 | entry >> 8), (entry & 0xFF) << 32 | UInt64(shard.low[slot]),
                         shard.versions.isEmpty ? 0 : shard.versions[slot])
            }
        }
    }

    mutating func removeAll() { shards = [] }
}
