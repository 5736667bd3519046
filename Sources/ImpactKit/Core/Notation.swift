import Foundation

/// Numbers, money, percentages and dates as a language writes them. Dutch: `5.512`, `20,5`, `63,4%`,
/// `€ 52.245,00`, `31-12-2022`. English: `5,512`, `20.5`, `63.4%`, `€52,245.00`, `31 December 2022` (day,
/// month in words, year: no reader can take it for 12/31 or 31/12).
public struct Notation: Sendable {
    let thousands: Character
    let decimalMark: Character
    /// Between the euro sign and the amount.
    let euroSpace: String
    let date: @Sendable (Day) -> String

    public static let dutch = Notation(thousands: ".", decimalMark: ",", euroSpace: " ", date: { $0.dutch })
    public static let english = Notation(thousands: ",", decimalMark: ".", euroSpace: "", date: { $0.english })

    public func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(thousands) }
            grouped.append(character)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Rounds half away from zero (METRICS.md) to `decimals` places.
    public func decimal(_ value: Double, decimals: Int = 1) -> String {
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero) / scale
        let whole = Int(rounded)
        if decimals == 0 { return integer(value < 0 ? -whole : whole) }
        let fraction = Int(((rounded - Double(whole)) * scale).rounded())
        let fractionText = String(fraction).leftPadded(to: decimals, with: "0")
        return (value < 0 && rounded > 0 ? "-" : "") + integer(whole) + String(decimalMark) + fractionText
    }

    /// A value that may be whole (`12`) or not (`20,5`): whole numbers without decimals.
    public func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value == value.rounded() ? integer(Int(value)) : decimal(value, decimals: 1)
    }

    public func percent(_ share: Double) -> String { decimal(share * 100, decimals: 1) + "%" }

    /// `€ 52.245,00` / `€52,245.00`; negative with the sign first: `-€ 1.234,50` / `-€1,234.50`.
    public func euros(_ value: Double?) -> String {
        guard let value else { return "-" }
        return (value < 0 ? "-" : "") + "€" + euroSpace + decimal(abs(value), decimals: 2)
    }

    public func day(_ day: Day) -> String { date(day) }
}

extension Day {
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]

    /// English notation, `31 December 2022`: for people reading English.
    public var english: String {
        let p = parts
        return "\(p.day) \(Day.englishMonths[p.month - 1]) \(p.year)"
    }
}
