/// A 64-bit hash of bytes that is the same in every run and on every machine, because it is stored:
/// a dossier's key and the content of its row, so that the next snapshot can tell, without reading the
/// stored row back, whether a dossier is new, unchanged or changed. (Swift's `Hasher` is seeded per
/// process, so it cannot be stored.) Two different keys share a hash with a chance of about 1 in 10^12
/// per pair of registers of a million dossiers.
///
/// Written by hand: it runs over every field of every row (a million rows, about 150 bytes each) and
/// word-at-a-time mixing keeps it near 0.1 s there.
struct RowHash {
    private(set) var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            mix(partialWord(raw, from: index, to: count))
        }
        // The length ends the field: ("ab", "c") and ("a", "bc") differ.
        mix(UInt64(count) &+ 0xA5A5_A5A5)
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x100_0000_01B3 &+ 0x5851_F42D_4C95_7F2D
        state ^= state >> 29
    }

    /// The finished hash as SQLite stores it (a signed 64-bit integer).
    var value: Int64 {
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int64(bitPattern: z ^ (z >> 31))
    }

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64 {
        var hash = RowHash()
        hash.add(bytes)
        return hash.value
    }

    static func of(_ text: String) -> Int64 {
        var copy = text
        return copy.withUTF8 { of($0) }
    }
}
