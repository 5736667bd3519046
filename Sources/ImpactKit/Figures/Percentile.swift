/// Excel's PERCENTILE.INC (linear interpolation between closest ranks), so a funder can recompute the
/// median and P90 in a spreadsheet and get the same number.
public enum Percentile {
    /// `fraction` in 0...1; nil for no values.
    public static func inclusive(_ values: [Int], _ fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Double(sorted.count - 1) * fraction
        let lower = Int(rank.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let weight = rank - Double(lower)
        let value = Double(sorted[lower]) + weight * Double(sorted[upper] - sorted[lower])
        return (value * 1e6).rounded() / 1e6      // drop binary noise such as 33.199999999
    }
}
