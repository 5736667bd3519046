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
