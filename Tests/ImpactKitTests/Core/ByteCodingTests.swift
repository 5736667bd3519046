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

    /// Many integers at once are the same bytes as one at a time, and read back the same either way.
    @Test func integersAtOnceAreWrittenAndReadAsOneByOne() {
        let values: [UInt64] = [0, 1, 127, 128, 16_384, 1 << 35, UInt64.max, 5]
        var single = ByteWriter(), many = ByteWriter()
        single.unsigned(7)
        for value in values { single.unsigned(value) }
        many.unsigned(7)
        many.unsigned(count: values.count) { write in values.forEach(write) }
        #expect(many.bytes == single.bytes)
        var reader = ByteReader(many.bytes)
        var read: [UInt64] = []
        #expect(reader.unsigned() == 7)
        #expect(reader.unsigned(count: values.count) { read.append($0); return true })
        #expect(read == values && reader.atEnd && !reader.failed)
    }

    @Test func integersAtOnceThatRunOutOrAreRefusedFail() {
        var writer = ByteWriter()
        writer.unsigned(count: 3) { write in [1, 300, 2].forEach(write) }
        var short = ByteReader(writer.bytes)
        #expect(!short.unsigned(count: 4) { _ in true } && short.failed)
        #expect(short.unsigned() == nil, "nothing further is read once it failed")
        var refused = ByteReader(writer.bytes)
        var seen: [UInt64] = []
        #expect(!refused.unsigned(count: 3) { seen.append($0); return $0 < 100 } && refused.failed)
        #expect(seen == [1, 300])
        var endless = ByteReader([0x05, 0x80, 0x80])
        #expect(!endless.unsigned(count: 2) { _ in true })
    }

    /// A text passed over rather than copied: where it lies, and the reader after it.
    @Test func dataIsFoundWhereItLies() {
        var writer = ByteWriter()
        writer.data(Array("K-01877".utf8)); writer.data([]); writer.unsigned(300)
        var reader = ByteReader(writer.bytes)
        let first = reader.dataRange(), second = reader.dataRange()
        #expect(first == 1..<8 && second == 9..<9)
        #expect(reader.unsigned() == 300 && reader.atEnd)
        var cut = ByteReader([5, 1, 2])
        #expect(cut.dataRange() == nil && cut.failed)
    }
}
