/// Percentages as METRICS.md wants them: one decimal, rounded half away from zero. In whole numbers,
/// so 201 of 400 is exactly 50,3% (in floating point 50,25 can come out as 50,2).
public enum Percentage {
    public static func oneDecimal(_ part: Int, of whole: Int) -> Double? {
        guard whole != 0 else { return nil }
        let negative = (part < 0) != (whole < 0)
        let (p, w) = (abs(part), abs(whole))
        let tenths = (2000 * p + w) / (2 * w)        // round(1000 p / w), halves away from zero
        return Double(negative ? -tenths : tenths) / 10
    }
}
