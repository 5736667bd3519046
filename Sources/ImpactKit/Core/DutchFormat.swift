import Foundation

/// Numbers as Dutch readers write them: `5.512`, `20,5`, `63,4%`, `€ 52.245,00`.
public enum DutchFormat {
    public static func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Rounds half away from zero (METRICS.md) to `decimals` places, Dutch decimal comma.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero) / scale
        let whole = Int(rounded)
        if decimals == 0 { return integer(value < 0 ? -whole : whole) }
        let fraction = Int(((rounded - Double(whole)) * scale).rounded())
        let fractionText = String(fraction).leftPadded(to: decimals, with: "0")
        return (value < 0 && rounded > 0 ? "-" : "") + integer(whole) + "," + fractionText
    }

    /// A value that may be whole (`12`) or not (`20,5`): whole numbers without decimals.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value == value.rounded() ? integer(Int(value)) : decimal(value, decimals: 1)
    }

    public static func percent(_ share: Double) -> String { decimal(share * 100, decimals: 1) + "%" }

    /// `€ 52.245,00`; negative as `-€ 1.234,50`.
    public static func euros(_ value: Double?) -> String {
        guard let value else { return "-" }
        return (value < 0 ? "-" : "") + "€ " + decimal(abs(value), decimals: 2)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
