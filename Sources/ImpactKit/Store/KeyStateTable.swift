/// The key map of `SnapshotVersions`: key hash -> packed state, in 256 open-addressing tables chosen by
/// the hash's top byte. Written by hand for memory: Swift's Dictionary keeps its load between 0.375
/// and 0.75 (capacities are powers of two), 22 bytes a key at three million dossiers, which kept a
/// 3M-dossier ingest above 100 MB; these tables are sized for the expected number of keys at a load
/// of 0.85 and grow by a quarter, about 19 bytes a key. Keys and values sit in separate arrays, so
/// linear probing reads eight keys per cache line.
struct KeyStateTable {
    private struct Shard {
        var keys: [Int64]       // 0: empty (a key hash of 0 is stored as 1: one more collision in 2^64)
        var values: [UInt64]
        var count = 0

        init(capacity: Int) {
            keys = Array(repeating: 0, count: capacity)
            values = Array(repeating: 0, count: capacity)
        }

        /// The slot of `key`, or of the empty slot where it would go.
        func slot(_ key: Int64) -> Int {
            // Multiply-shift on the bits the shard byte does not use: any capacity, not only powers of two.
            var slot = Int((UInt64(bitPattern: key) << 8).multipliedFullWidth(by: UInt64(keys.count)).high)
            while keys[slot] != 0 && keys[slot] != key {
                slot += 1
                if slot == keys.count { slot = 0 }
            }
            return slot
        }

        mutating func grow() {
            let old = (keys, values)
            self = Shard(capacity: keys.count + max(16, keys.count / 4))
            for (key, value) in zip(old.0, old.1) where key != 0 {
                let slot = slot(key)
                keys[slot] = key; values[slot] = value; count += 1
            }
        }
    }

    private var shards: [Shard]
    static let maximumLoad = 0.85

    init(expectedKeys: Int) {
        let perShard = Int(Double(max(expectedKeys, 0)) / 256 / Self.maximumLoad) + 16
        shards = (0..<256).map { _ in Shard(capacity: perShard) }
    }

    private static func stored(_ key: Int64) -> Int64 { key == 0 ? 1 : key }

    subscript(key: Int64) -> UInt64? {
        get {
            let key = Self.stored(key), shard = Int(UInt64(bitPattern: key) >> 56)
            let slot = shards[shard].slot(key)
            return shards[shard].keys[slot] == 0 ? nil : shards[shard].values[slot]
        }
        set {
            guard let newValue else { preconditionFailure("keys are never removed while a file loads") }
            let key = Self.stored(key), shard = Int(UInt64(bitPattern: key) >> 56)
            var slot = shards[shard].slot(key)
            if shards[shard].keys[slot] == 0 {
                if Double(shards[shard].count + 1) > Double(shards[shard].keys.count) * Self.maximumLoad {
                    shards[shard].grow()
                    slot = shards[shard].slot(key)
                }
                shards[shard].keys[slot] = key
                shards[shard].count += 1
            }
            shards[shard].values[slot] = newValue
        }
    }

    /// Every key and its state, in no particular order.
    func forEach(_ body: (Int64, UInt64) throws -> Void) rethrows {
        for shard in shards {
            for (key, value) in zip(shard.keys, shard.values) where key != 0 { try body(key, value) }
        }
    }

    mutating func removeAll() { shards = [] }
}
