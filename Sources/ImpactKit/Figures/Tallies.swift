import Foundation

/// Counters for one breakdown: a fixed list of categories, counted by index (no String per row).
struct Tally {
    let breakdown: String
    let labels: [String]
    private(set) var counts: [Int]
    private(set) var samples: [DayHistogram]

    init(_ breakdown: String, _ labels: [String]) {
        self.breakdown = breakdown; self.labels = labels
        counts = Array(repeating: 0, count: labels.count)
        samples = Array(repeating: DayHistogram(), count: labels.count)
    }

    mutating func count(_ index: Int) { counts[index] += 1 }
    mutating func sample(_ index: Int, _ value: Int) { samples[index].add(value) }

    /// The same breakdown counted over another part of the rows.
    mutating func merge(_ other: Tally) {
        for index in counts.indices { counts[index] += other.counts[index]; samples[index].merge(other.samples[index]) }
    }

    func countValues(figure: FigureDefinition, period: String) -> [FigureValue] {
        labels.indices.map { FigureValue(figure, breakdown: breakdown, category: labels[$0], period: period, value: Double(counts[$0])) }
    }

    func percentileValues(median: FigureDefinition, p90: FigureDefinition, period: String) -> [FigureValue] {
        labels.indices.flatMap { index in [
            FigureValue(median, breakdown: breakdown, category: labels[index], period: period, value: samples[index].percentile(0.5)),
            FigureValue(p90, breakdown: breakdown, category: labels[index], period: period, value: samples[index].percentile(0.9)),
        ] }
    }
}

/// A total plus breakdowns that are counted together: `add(total: true, [programme, channel])`.
struct TallyGroup {
    var tallies: [Tally]

    init(_ breakdowns: [(String, [String])]) {
        tallies = [Tally(FigureValue.total, [FigureValue.total])] + breakdowns.map { Tally($0.0, $0.1) }
    }

    /// `index(i)` is the category index within breakdown i (the total needs none).
    mutating func count(_ index: (Int) -> Int) {
        tallies[0].count(0)
        for offset in 1..<tallies.count { tallies[offset].count(index(offset - 1)) }
    }

    mutating func merge(_ other: TallyGroup) {
        for index in tallies.indices { tallies[index].merge(other.tallies[index]) }
    }

    mutating func sample(_ value: Int, _ index: (Int) -> Int) {
        tallies[0].sample(0, value)
        for offset in 1..<tallies.count { tallies[offset].sample(index(offset - 1), value) }
    }
}

/// Counts per label given as UTF-8 bytes (a partner's name), found by the bytes: making a String per
/// row and hashing it into a dictionary was ~2.5% of a 1M-dossier first ingest's profile. Labels that
/// are equal as Strings but not as bytes (another Unicode normal form) are joined when read out, so the
/// counts are those a `[String: Int]` would hold.
struct TextCounts {
    private struct Entry {
        let hash: UInt64
        let bytes: [UInt8]
        var count: Int
    }

    /// Open addressing: an entry's place plus one, 0 for free; a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 64)
    private var entries: [Entry] = []

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, times: Int = 1) {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let place = Int(slots[slot]) - 1
            if entries[place].hash == hash && Self.equal(entries[place].bytes, bytes) { entries[place].count += times; return }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(hash: hash, bytes: Array(bytes), count: times))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    private static func equal(_ stored: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        stored.count == bytes.count && (bytes.isEmpty || stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 })
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (place, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(place + 1)
        }
    }

    /// The same labels counted over another part of the rows.
    mutating func merge(_ other: TextCounts) {
        for entry in other.entries { entry.bytes.withUnsafeBufferPointer { add($0, times: entry.count) } }
    }

    var counts: [String: Int] {
        entries.reduce(into: [:]) { counts, entry in counts[String(decoding: entry.bytes, as: UTF8.self), default: 0] += entry.count }
    }
}
