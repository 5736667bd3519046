@testable import ImpactKit
import Testing

/// The binary form of kept counts: every integer comes back as written, and bytes that run out or make
/// no sense are refused rather than read as something else.
struct ByteCodingTests {
    @Test func integersComeBackAsWritten() {
        let unsigned: [UInt64] = [0, 1, 127, 128, 255, 16_383, 16_384, 1 << 35, UInt64.max - 1, UInt64.max]
        let signed = [0, 1, -1, 63, -64, 64, -65, 1_000_000, -1_000_000, Int.max, Int.min]
        var writer = ByteWriter()
        for value in unsigned { writer.unsigned(value) }
        for value in signed { writer.integer(value) }
        writer.text("Stichting Leergeld Almere – ëé")
        writer.data([])
        #expect(writer.bytes.prefix(5) == [0, 1, 127, 0x80, 0x01])
        var reader = ByteReader(writer.bytes)
        #expect(unsigned.map { _ in reader.unsigned() } == unsigned)
        #expect(signed.map { _ in reader.integer() } == signed)
        #expect(reader.text() == "Stichting Leergeld Almere – ëé")
        #expect(reader.data() == [])
        #expect(reader.atEnd && !reader.failed)
    }

    @Test func bytesThatRunOutOrMakeNoSenseAreRefused() {
        var cut = ByteReader([0x80, 0x80])            // a number that never ends
        #expect(cut.unsigned() == nil && cut.failed)
        #expect(cut.unsigned() == nil, "nothing further is read once it failed")
        var tooLong = ByteReader(Array(repeating: 0xFF, count: 11) + [0x01])
        #expect(tooLong.unsigned() == nil)
        var count = ByteReader([5, 1, 2])              // five things announced, two bytes left
        #expect(count.count() == nil && count.failed)
        var text = ByteReader([3, 0x41])
        #expect(text.text() == nil)
    }
}
