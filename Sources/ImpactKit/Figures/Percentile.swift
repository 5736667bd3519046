/// Excel's PERCENTILE.INC (linear interpolation between closest ranks), so a funder can recompute the
/// median and P90 in a spreadsheet and get the same number.
public enum Percentile {
    /// `fraction` in 0...1; nil for no values.
    public static func inclusive(_ values: [Int], _ fraction: Double) -> Double? { DayHistogram(values).percentile(fraction) }

    static func interpolate(count: Int, fraction: Double, valueAt: (Int) -> Int) -> Double? {
        guard count > 0 else { return nil }
        let rank = Double(count - 1) * fraction
        let lower = Int(rank.rounded(.down))
        let weight = rank - Double(lower)
        let low = valueAt(lower)
        let value = weight == 0 ? Double(low) : Double(low) + weight * Double(valueAt(min(lower + 1, count - 1)) - low)
        return (value * 1e6).rounded() / 1e6      // drop binary noise such as 33.199999999
    }
}

/// Counts per whole number of days: percentiles exactly, in memory that grows with the longest wait,
/// not with the number of dossiers (a million conversations need no million-element array).
struct DayHistogram {
    private var counts: [Int] = []       // counts[d - offset]
    private var offset = 0
    private(set) var total = 0

    init() {}

    /// The histogram of `values`, smallest first: the buffer then never has to grow at its front.
    init(_ values: [Int]) {
        for value in values.sorted() { add(value) }
    }

    mutating func add(_ value: Int) { add(value, times: 1) }

    /// Another histogram's counts added to these (the parts of one snapshot, counted at once).
    mutating func merge(_ other: DayHistogram) {
        for (index, count) in other.counts.enumerated() where count > 0 { add(index + other.offset, times: count) }
    }

    /// `times` -1 takes a value back out (`Tally.sample`).
    mutating func add(_ value: Int, times: Int) {
        if counts.isEmpty { offset = value }
        if value < offset {
            counts.insert(contentsOf: repeatElement(0, count: offset - value), at: 0)
            offset = value
        }
        let index = value - offset
        if index >= counts.count { counts.append(contentsOf: repeatElement(0, count: index - counts.count + 1)) }
        counts[index] += times
        total += times
    }

    func percentile(_ fraction: Double) -> Double? {
        Percentile.interpolate(count: total, fraction: fraction) { rank in
            var seen = 0
            for (index, count) in counts.enumerated() {
                seen += count
                if seen > rank { return index + offset }
            }
            return counts.count - 1 + offset
        }
    }
}

extension DayHistogram {
    func write(to writer: inout ByteWriter) {
        writer.integer(offset)
        writer.unsigned(UInt64(counts.count))
        for count in counts { writer.integer(count) }
    }

    init?(from reader: inout ByteReader) {
        guard let offset = reader.integer(), let buckets = reader.count() else { return nil }
        self.init()
        for index in 0..<buckets {
            guard let count = reader.integer() else { return nil }
            if count != 0 { add(offset + index, times: count) }
        }
    }
}
