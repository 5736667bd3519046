/// The two encodings the exports arrive in (EXPORTS.md, general rules).
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"

    /// Bytes 0x80...0x9F of Windows-1252; the rest of the upper half equals Latin-1 (U+00A0...U+00FF).
    /// Undefined code points (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to U+FFFD.
    static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Decodes bytes of this encoding to a String.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                let value: UInt32 = (0x80...0x9F).contains(byte) ? Self.windows1252High[Int(byte) - 0x80] : UInt32(byte)
                scalars.append(Unicode.Scalar(value)!)
            }
            return String(scalars)
        }
    }
}

/// Streaming UTF-8 validator: counts, over every byte of a file, the well-formed multi-byte characters
/// and the byte sequences that are not UTF-8. A file with none of the latter is UTF-8; a file whose few
/// bad sequences sit among many good characters is UTF-8 with a damaged field or two (those rows are
/// rejected, not the file); anything else is read as Windows-1252, which accepts any byte.
struct UTF8Validator {
    private var pending = 0          // continuation bytes still expected
    private var minimumNext: UInt8 = 0x80
    private var maximumNext: UInt8 = 0xBF
    private(set) var invalidSequences = 0
    private(set) var multibyteCharacters = 0

    var isValid: Bool { invalidSequences == 0 }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count {
            // ASCII 64 bytes at a time, then 8, then straight to the first byte with its high bit set: a
            // register is nearly all ASCII (byte by byte this pass took 0.3 s of a 1M-row ingest; 32 at a
            // time in words and memchr for the NUL, 0.20 s with the SHA-256). 64 at a time in 16-byte
            // vectors (SSE2: one byte mask for the 64) and two-byte characters (a name's accented letter,
            // ~860,000 in the 1M-dossier register) taken whole: 148M -> 127M instructions for the 1M
            // register's pass without its SHA-256 (callgrind).
            if pending == 0 {
                // The high bits tested in two words of the vectors' OR: `any(_:)` on a compare was a call
                // (the SIMD mask's `min()`) per block here, not inlined.
                while index + 64 <= bytes.count {
                    let raw = UnsafeRawPointer(base + index)
                    let ored = raw.loadUnaligned(as: SIMD2<UInt64>.self) | raw.loadUnaligned(fromByteOffset: 16, as: SIMD2<UInt64>.self)
                        | raw.loadUnaligned(fromByteOffset: 32, as: SIMD2<UInt64>.self) | raw.loadUnaligned(fromByteOffset: 48, as: SIMD2<UInt64>.self)
                    if (ored[0] | ored[1]) & 0x8080_8080_8080_8080 != 0 { break }
                    index += 64
                }
                while index + 8 <= bytes.count {
                    let high = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
                    if high != 0 { index += high.trailingZeroBitCount >> 3; break }
                    index += 8
                }
                while index < bytes.count && base[index] < 0x80 { index += 1 }
                // A two-byte character whole (its lead byte C2-DF, then a continuation byte); then ASCII again.
                if index + 1 < bytes.count, base[index] >= 0xC2, base[index] <= 0xDF, base[index + 1] & 0xC0 == 0x80 {
                    multibyteCharacters += 1
                    index += 2
                    continue
                }
                if index >= bytes.count { break }
            }
            let byte = base[index]
            index += 1
            if pending > 0 {
                if byte >= minimumNext && byte <= maximumNext {
                    pending -= 1
                    minimumNext = 0x80; maximumNext = 0xBF
                    if pending == 0 { multibyteCharacters += 1 }
                    continue
                }
                // A character broken off: count it, and read this byte afresh.
                invalidSequences += 1
                pending = 0; minimumNext = 0x80; maximumNext = 0xBF
            }
            if byte < 0x80 { continue }
            switch byte {
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; minimumNext = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: pending = 2; maximumNext = 0x9F
            case 0xF0: pending = 3; minimumNext = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; maximumNext = 0x8F
            default: invalidSequences += 1
            }
        }
    }

    /// A file that ends in the middle of a character is not valid.
    var isCompleteAndValid: Bool { isValid && pending == 0 }

    /// UTF-8, perhaps with a few damaged fields: at least ten good characters for every bad sequence (a
    /// character cut off at the very end counts as one).
    var isMostlyUTF8: Bool { (invalidSequences + (pending > 0 ? 1 : 0)) * 10 <= multibyteCharacters }

    /// Whether one field (of a file that is mostly UTF-8) is well-formed.
    static func isValid(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var validator = UTF8Validator()
        validator.feed(field)
        return validator.isCompleteAndValid
    }
}
