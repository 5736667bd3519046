/// Parsers for the values Dutch exports hold: dates such as `14-09-2019` and `4-3-2024`, whole numbers,
/// and amounts such as `1.045,10`, `€ 52.245,00`, `-25,00`. They work on raw bytes, so no String is made
/// for the millions of values a large export holds.
public enum DutchValues {
    public enum DateResult: Equatable {
        case date(Day)
        /// Shaped like a date, but no such day exists (`31-02-2021`).
        case nonexistent
        /// Not shaped like a date at all.
        case malformed
    }

    /// `d-m-yyyy` (with `-`, `/` or `.`), or ISO `yyyy-mm-dd`.
    public static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> DateResult {
        // The exports' own shape, `dd-mm-yyyy`, read at once: the walk below took ~340 instructions a
        // date, a register row has three, and they were a quarter of checking the row (callgrind).
        if bytes.count == 10, bytes[2] == 0x2D, bytes[5] == 0x2D,
           let day = digits(bytes, 0, 2), let month = digits(bytes, 3, 2), let year = digits(bytes, 6, 4) {
            return Day(year: year, month: month, day: day).map(DateResult.date) ?? .nonexistent
        }
        var numbers = (0, 0, 0)
        var digits = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                let value = Int(byte - 0x30)
                // No part of a date has more than four digits; stopping here also keeps the sums from overflowing.
                guard (part == 0 ? digits.0 : part == 1 ? digits.1 : digits.2) < 4 else { return .malformed }
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + value; digits.0 += 1
                case 1: numbers.1 = numbers.1 * 10 + value; digits.1 += 1
                default: numbers.2 = numbers.2 * 10 + value; digits.2 += 1
                }
            } else if byte == 0x2D || byte == 0x2F || byte == 0x2E {
                if separator == 0 { separator = byte } else if byte != separator { return .malformed }
                part += 1
                if part > 2 { return .malformed }
            } else {
                return .malformed
            }
        }
        guard part == 2, digits.1 >= 1, digits.1 <= 2 else { return .malformed }
        let day: Day?
        if digits.0 == 4, digits.2 >= 1, digits.2 <= 2 {
            day = Day(year: numbers.0, month: numbers.1, day: numbers.2)
        } else if digits.0 >= 1, digits.0 <= 2, digits.2 == 4 {
            day = Day(year: numbers.2, month: numbers.1, day: numbers.0)
        } else {
            return .malformed
        }
        return day.map(DateResult.date) ?? .nonexistent
    }

    /// The number the `count` digits from `start` make; nil when one is not a digit.
    @inline(__always)
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    public enum DateTimeResult: Equatable {
        case dateTime(DateTime)
        /// Shaped like a date and a time, but no such moment exists (`2024-02-30 10:00:00`, `25:10`).
        case nonexistent
        case malformed
    }

    /// A date as `date(_:)` reads it, one or more spaces, then `h:mm` or `hh:mm:ss`: `2024-03-07 09:41:12`,
    /// `15-03-2019 10:05`, `5-3-2023 9:07`. Learned once here, for every export that has date-times.
    public static func dateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> DateTimeResult {
        guard let space = bytes.firstIndex(of: 0x20) else { return .malformed }
        var timeStart = space
        while timeStart < bytes.count, bytes[timeStart] == 0x20 { timeStart += 1 }
        let datePart = UnsafeBufferPointer(rebasing: bytes[..<space])
        var parts: [Int] = [], widths: [Int] = [], digits = 0, value = 0
        for byte in bytes[timeStart...] {
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 2 else { return .malformed }
                value = value * 10 + Int(byte - 0x30); digits += 1
            } else if byte == 0x3A, digits > 0 {
                parts.append(value); widths.append(digits); value = 0; digits = 0
            } else { return .malformed }
        }
        guard digits > 0 else { return .malformed }
        parts.append(value); widths.append(digits)
        // Hours may have one digit (`9:07`), minutes and seconds always two.
        guard parts.count == 2 || parts.count == 3, widths.dropFirst().allSatisfy({ $0 == 2 }) else { return .malformed }
        let day: Day
        switch date(datePart) {
        case .malformed: return .malformed
        case .nonexistent: return .nonexistent
        case .date(let found): day = found
        }
        let (hours, minutes, seconds) = (parts[0], parts[1], parts.count == 3 ? parts[2] : 0)
        guard hours < 24, minutes < 60, seconds < 60 else { return .nonexistent }
        return .dateTime(DateTime(day: day, secondOfDay: hours * 3600 + minutes * 60 + seconds))
    }

    /// A bank's compact date, `20190914`; falls back to `date(_:)` for the other forms.
    public static func bankDate(_ bytes: UnsafeBufferPointer<UInt8>) -> DateResult {
        guard bytes.count == 8, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return date(bytes) }
        let digits = bytes.map { Int($0 - 0x30) }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        guard let day = Day(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7]) else { return .nonexistent }
        return .date(day)
    }

    /// A whole number, optionally negative; nil for anything else (`9,5`, `negen`, empty).
    public static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        var negative = false
        for (index, byte) in bytes.enumerated() {
            if index == 0 && byte == 0x2D && bytes.count > 1 { negative = true; continue }
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return negative ? -value : value
    }

    /// An amount in cents: `1.045,10`, `€ 52.245,00`, `+2.500,00`, `-25,00`, `312`. Dots group thousands,
    /// the comma is the decimal sign (at most two decimals). Nil when it is not such an amount.
    public static func cents(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        func skipSpaces() { while index < count, bytes[index] == 0x20 || bytes[index] == 0xA0 || bytes[index] == 0xC2 { index += 1 } }
        skipSpaces()
        var negative = false
        if index < count, bytes[index] == 0x2D || bytes[index] == 0x2B { negative = bytes[index] == 0x2D; index += 1; skipSpaces() }
        // The euro sign: E2 82 AC in UTF-8, 80 in Windows-1252.
        if index + 2 < count, bytes[index] == 0xE2, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC { index += 3 }
        else if index < count, bytes[index] == 0x80 { index += 1 }
        skipSpaces()
        if !negative, index < count, bytes[index] == 0x2D { negative = true; index += 1 }
        var whole = 0, wholeDigits = 0, groupDigits = -1
        while index < count, bytes[index] != 0x2C {
            let byte = bytes[index]
            if byte == 0x2E {
                guard wholeDigits > 0, groupDigits == -1 || groupDigits == 3 else { return nil }
                groupDigits = 0
            } else if byte >= 0x30 && byte <= 0x39 {
                whole = whole * 10 + Int(byte - 0x30); wholeDigits += 1
                if groupDigits >= 0 { groupDigits += 1 }
                guard wholeDigits <= 13 else { return nil }
            } else { return nil }
            index += 1
        }
        guard wholeDigits > 0, groupDigits == -1 || groupDigits == 3 else { return nil }
        var fraction = 0, fractionDigits = 0
        if index < count {                      // the comma
            index += 1
            while index < count {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39, fractionDigits < 2 else { return nil }
                fraction = fraction * 10 + Int(byte - 0x30); fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
            if fractionDigits == 1 { fraction *= 10 }
        }
        let total = whole * 100 + fraction
        return negative ? -total : total
    }
}
