import Foundation

/// Numbers as Dutch readers write them: `5.512`, `20,5`, `63,4%`, `€ 52.245,00` (see `Notation`).
public enum DutchFormat {
    public static func integer(_ value: Int) -> String { Notation.dutch.integer(value) }

    /// Rounds half away from zero (METRICS.md) to `decimals` places, Dutch decimal comma.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String { Notation.dutch.decimal(value, decimals: decimals) }

    /// A value that may be whole (`12`) or not (`20,5`): whole numbers without decimals.
    public static func number(_ value: Double?) -> String { Notation.dutch.number(value) }

    public static func percent(_ share: Double) -> String { Notation.dutch.percent(share) }

    /// `€ 52.245,00`; negative as `-€ 1.234,50`.
    public static func euros(_ value: Double?) -> String { Notation.dutch.euros(value) }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
