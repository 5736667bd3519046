import Testing
@testable import ImpactKit

/// `RowHash` is stored (a dossier's key and content, and the next quarter compares with it), so it must
/// never change: it is checked against the definition written out byte by byte, for every length and
/// alignment of a field.
@Suite struct RowHashTests {
    /// The hash as first written: 8 bytes at a time, the rest byte by byte, then the length.
    static func byteByByte(_ fields: [ArraySlice<UInt8>]) -> Int64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func mix(_ word: UInt64) {
            state = (state ^ word) &* 0x100_0000_01B3 &+ 0x5851_F42D_4C95_7F2D
            state ^= state >> 29
        }
        for field in fields {
            let bytes = Array(field)
            var index = 0
            while index + 8 <= bytes.count {
                var word: UInt64 = 0
                for offset in 0..<8 { word |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
                mix(word)
                index += 8
            }
            var tail: UInt64 = 0, shift: UInt64 = 0
            while index < bytes.count { tail |= UInt64(bytes[index]) << shift; shift += 8; index += 1 }
            mix(tail)
            mix(UInt64(bytes.count) &+ 0xA5A5_A5A5)
        }
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int64(bitPattern: z ^ (z >> 31))
    }

    @Test func everyLengthAtEveryPlaceHashesAsByteByByte() {
        var generator = SeededGenerator(seed: 10)
        let storage = (0..<48).map { _ in UInt8.random(in: 0...255, using: &generator) }
        storage.withUnsafeBufferPointer { storage in
            for start in 0...storage.count {
                for end in start...storage.count {
                    let field = UnsafeBufferPointer(rebasing: storage[start..<end])
                    let expected = Self.byteByByte([Array(storage)[start..<end]])
                    #expect(RowHash.of(field) == expected, "\(start)..<\(end)")
                }
            }
            // Fields one after another, as a record's content.
            var hash = RowHash()
            let ranges = [0..<17, 18..<26, 27..<29, 30..<30, 31..<48]
            for range in ranges { hash.add(UnsafeBufferPointer(rebasing: storage[range])) }
            #expect(hash.value == Self.byteByByte(ranges.map { Array(storage)[$0] }))
        }
        #expect(RowHash.of("AILGB-2017-000001") == Self.byteByByte([Array("AILGB-2017-000001".utf8)[...]]))
        // As databases written by earlier builds hold it for this dossier (sleutel_hash).
        #expect(RowHash.of("AILGB-2017-000001") == -6_067_359_023_750_967_384)
    }
}
