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

    /// A list at once is the same bytes as its length and its integers one at a time, and reads back
    /// the same either way; fewer than announced write their own number.
    @Test(arguments: [8, 20])
    func integersAtOnceAreWrittenAndReadAsOneByOne(atMost: Int) {
        let values: [UInt64] = [0, 1, 127, 128, 16_384, 1 << 35, UInt64.max, 5]
        var single = ByteWriter(), many = ByteWriter()
        single.unsigned(7)
        single.unsigned(UInt64(values.count))
        for value in values { single.unsigned(value) }
        many.unsigned(7)
        many.unsignedList(atMost: atMost) { write in values.forEach(write) }
        #expect(many.bytes == single.bytes)
        var reader = ByteReader(many.bytes)
        var read: [UInt64] = []
        #expect(reader.unsigned() == 7 && reader.count() == values.count)
        #expect(reader.unsigned(count: values.count) { read.append($0); return true })
        #expect(read == values && reader.atEnd && !reader.failed)
    }

    /// The bytes a list was read from, to walk it again later; a reader of a part of an array counts
    /// positions as the array does.
    @Test func aListReadIsFoundWhereItLies() {
        var writer = ByteWriter()
        writer.unsigned(300)
        writer.unsignedList(atMost: 3) { write in [1, 300, 2].forEach(write) }
        writer.data(Array("K-01877".utf8))
        var reader = ByteReader(writer.bytes)
        #expect(reader.unsigned() == 300 && reader.count() == 3)
        let list = reader.unsignedBytes(count: 3) { _ in true }
        #expect(list.map(Array.init) == [1, 0xAC, 0x02, 2])
        #expect(list?.startIndex == 3)
        let text = reader.dataRange()
        #expect(text == 8..<15 && reader.atEnd)
        var again = ByteReader(list!)
        var read: [UInt64] = []
        #expect(again.unsigned(count: 3) { read.append($0); return true } && again.atEnd && read == [1, 300, 2])
        var refused = ByteReader(writer.bytes)
        _ = refused.unsigned(); _ = refused.count()
        #expect(refused.unsignedBytes(count: 3) { $0 < 100 } == nil && refused.failed)
    }

    /// Integers passed over without decoding end where decoding them ends: lists of every length of
    /// integer, from a reader of a part of an array (2,000 seeded lists), and too few bytes fail.
    @Test func integersPassedOverEndWhereDecodedOnesEnd() {
        var random = SeededGenerator(seed: 10)
        for _ in 0..<2_000 {
            let values = (0..<Int(random.next() % 40)).map { _ in random.next() >> (random.next() % 64) }
            var writer = ByteWriter()
            writer.unsigned(9)      // left out of the reader's part
            writer.data(Array(repeating: 7, count: Int(random.next() % 9)))
            for value in values { writer.unsigned(value) }
            writer.unsigned(UInt64.max)     // nine bytes with the high bit set after the list's end
            writer.unsigned(5)
            let part = writer.bytes[1...]
            var decoding = ByteReader(part), passing = ByteReader(part)
            _ = decoding.dataRange(); _ = passing.dataRange()
            let decoded = decoding.unsignedBytes(count: values.count) { _ in true }
            let passed = passing.unsignedBytes(count: values.count)
            #expect(passed != nil && passed == decoded && passed?.startIndex == decoded?.startIndex)
            #expect(passing.unsigned() == UInt64.max && passing.unsigned() == 5 && passing.atEnd)
            var short = ByteReader(part)
            _ = short.dataRange()
            #expect(short.unsignedBytes(count: values.count + 3) == nil && short.failed)
        }
    }

    @Test func integersAtOnceThatRunOutOrAreRefusedFail() {
        var writer = ByteWriter()
        for value: UInt64 in [1, 300, 2] { writer.unsigned(value) }
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
