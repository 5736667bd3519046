/// Excel stores a date as a serial number of days. In the 1900 system day 1 is 1900-01-01 and, copying
/// Lotus 1-2-3, day 60 is 29 February 1900, which never existed; from day 61 (1900-03-01) on the count is
/// one ahead. In the 1904 system (old Mac workbooks, `date1904="1"`) day 0 is 1904-01-01.
public enum ExcelDates {
    public enum Result: Equatable {
        case date(Day)
        /// Serial 60 in the 1900 system: Excel's 29-02-1900.
        case phantomLeapDay
        case outOfRange
    }

    public static func day(serial: Double, uses1904: Bool) -> Result {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return .outOfRange }
        let whole = Int(serial.rounded(.down))      // the time of day is dropped
        if uses1904 { return .date(Day(year: 1904, month: 1, day: 1)!.adding(days: whole)) }
        if whole == 60 { return .phantomLeapDay }
        if whole == 0 { return .outOfRange }       // Excel shows 00-01-1900
        let base = Day(year: 1900, month: 1, day: 1)!.adding(days: -1)      // day 1 is 1900-01-01
        return .date(base.adding(days: whole < 60 ? whole : whole - 1))
    }

    /// Whether a number format shows a date: Excel's built-in date formats, or a custom code with a day or
    /// year letter outside quotes, brackets and escapes (`dd-mm-yyyy`, `d-m-yyyy h:mm`, Dutch `dd-mm-jjjj`).
    /// `m` alone is not enough: `mm:ss` is a duration.
    public static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code else { return false }
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[": if !inQuotes { inBrackets = true }
            case "]": if !inQuotes { inBrackets = false }
            case "d", "y", "j":
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }
}
