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

    /// `times`: -1 takes a row back out (a version a later snapshot ended).
    mutating func count(_ index: Int, times: Int = 1) { counts[index] += times }
    mutating func sample(_ index: Int, _ value: Int, times: Int = 1) { samples[index].add(value, times: times) }

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
    mutating func count(times: Int = 1, _ index: (Int) -> Int) {
        tallies[0].count(0, times: times)
        for offset in 1..<tallies.count { tallies[offset].count(index(offset - 1), times: times) }
    }

    mutating func merge(_ other: TallyGroup) {
        for index in tallies.indices { tallies[index].merge(other.tallies[index]) }
    }

    mutating func sample(_ value: Int, times: Int = 1, _ index: (Int) -> Int) {
        tallies[0].sample(0, value, times: times)
        for offset in 1..<tallies.count { tallies[offset].sample(index(offset - 1), value, times: times) }
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

    /// A label counted and taken back out as often (`times` -1) is not among them.
    var counts: [String: Int] {
        entries.reduce(into: [:]) { counts, entry in counts[String(decoding: entry.bytes, as: UTF8.self), default: 0] += entry.count }
            .filter { $0.value != 0 }
    }
}

// A tally kept in the database between snapshots (`ByteWriter`): read back into one made for the same
// breakdowns, and refused (false) when its shape differs.
extension Tally {
    func write(to writer: inout ByteWriter) {
        writer.unsigned(UInt64(counts.count))
        for count in counts { writer.integer(count) }
        for sample in samples { sample.write(to: &writer) }
    }

    mutating func read(from reader: inout ByteReader) -> Bool {
        guard reader.count() == counts.count else { return false }
        for index in counts.indices {
            guard let count = reader.integer() else { return false }
            counts[index] = count
        }
        for index in samples.indices {
            guard let sample = DayHistogram(from: &reader) else { return false }
            samples[index] = sample
        }
        return true
    }
}

extension TallyGroup {
    func write(to writer: inout ByteWriter) {
        writer.unsigned(UInt64(tallies.count))
        for tally in tallies { tally.write(to: &writer) }
    }

    mutating func read(from reader: inout ByteReader) -> Bool {
        guard reader.count() == tallies.count else { return false }
        return tallies.indices.allSatisfy { tallies[$0].read(from: &reader) }
    }
}

extension TextCounts {
    func write(to writer: inout ByteWriter) {
        let kept = entries.filter { $0.count != 0 }
        writer.unsigned(UInt64(kept.count))
        for entry in kept { writer.data(entry.bytes); writer.integer(entry.count) }
    }

    init?(from reader: inout ByteReader) {
        self.init()
        guard let entries = reader.count() else { return nil }
        for _ in 0..<entries {
            guard let bytes = reader.data(), let count = reader.integer() else { return nil }
            bytes.withUnsafeBufferPointer { add($0, times: count) }
        }
    }
}
