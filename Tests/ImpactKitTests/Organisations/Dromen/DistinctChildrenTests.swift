@testable import ImpactKit
import Testing

/// Distinct children counted with 8-byte keys for short names and 16-byte keys for the rest, sorted
/// without a buffer: the same counts as a set of names would give.
struct DistinctChildrenTests {
    // 300,000: past `InPlaceSort.bothCoresFrom`, the buckets of the first byte sorted on two cores.
    @Test(arguments: [0, 1, 2, 16, 17, 48, 49, 300, 1_000, 100_000, 300_000])
    func inPlaceSortSortsLikeTheStandardLibrary(_ count: Int) {
        var random = SeededGenerator(seed: UInt64(count))
        let shapes: [[UInt64]] = [
            (0..<count).map { _ in random.next() },
            (0..<count).map { _ in random.next() % 7 },                  // long runs of equal keys
            (0..<count).map { UInt64($0) },                              // sorted already
            (0..<count).map { UInt64(count - $0) },                      // reversed
            Array(repeating: 42, count: count),
            (0..<count).map { _ in 0xABCD_0000_0000_0000 | random.next() >> 40 },   // the top bytes shared, as child keys share them
            (0..<count).map { _ in UInt64.max - random.next() % 300 },   // only the lowest bytes differ, near the top of the range
            (0..<count).map { _ in random.next() % 3 == 0 ? 0 : UInt64.max },
        ]
        for shape in shapes {
            var sorted = shape
            #expect(InPlaceSort.isSorted(shape) == (shape == shape.sorted()))
            InPlaceSort.sort(&sorted)
            #expect(sorted == shape.sorted())
            #expect(InPlaceSort.isSorted(sorted))
        }
    }

    @Test func shortKeysAreExactAndKeepTheCategoryApart() {
        func key(_ name: String, _ category: Int) -> UInt64? {
            Array(name.utf8).withUnsafeBufferPointer { ShortChildKey.make($0, category: category) }
        }
        #expect(key("K-01877", 3).map(ShortChildKey.category) == 3)
        #expect(key("K-01877", 3).map(ShortChildKey.child) == key("K-01877", 15).map(ShortChildKey.child))
        // Names that differ only by length or a trailing character differ.
        #expect(key("K-0187", 0) != key("K-01870", 0))
        #expect(key("K-1", 0) != key("K-10", 0) && key("a", 0) != key("A", 0))
        #expect(key("zzzzzzzzz", 15) != nil, "nine characters fit")
        #expect(key("K-00000001", 0) == nil, "ten characters take a long key")
        #expect(key("K.01877", 0) == nil && key("K 1", 0) == nil && key("", 0) == nil && key("Kë", 0) == nil)
    }

    /// A snapshot counted in parts: the same child in two parts (or three) counts once.
    @Test(arguments: [1, 2, 3])
    func countsEqualASetOfNames(parts: Int) {
        var random = SeededGenerator(seed: 2026)
        let names = (0..<3_000).map { index -> String in
            switch index % 4 {
            case 0: return "K-\(index)"                         // short
            case 1: return "KIND-NUMMER-\(index)"               // long
            case 2: return "K.\(index)"                         // a character outside the 64: long
            default: return "k_\(index % 500)"                  // short, and some repeat
            }
        }
        let labels = ["A", "B", "C"]
        var split = (0..<parts).map { _ in DistinctChildren(labels: labels, expected: 10) }
        var all = Set<String>(), perCategory = Array(repeating: Set<String>(), count: labels.count)
        for _ in 0..<20_000 {
            let name = names[Int(random.next() % UInt64(names.count))], category = Int(random.next() % 3)
            let part = Int(random.next() % UInt64(parts))
            Array(name.utf8).withUnsafeBufferPointer { split[part].add($0, category: category) }
            all.insert(name)
            perCategory[category].insert(name)
        }
        var children = split[0]
        for part in split.dropFirst() { children.merge(part) }
        let values = children.values(figure: DromenFigures.childrenReached, breakdown: "Programma", period: "2024-Q4").map(\.value)
        #expect(values == [Double(all.count)] + perCategory.map { Double($0.count) })
    }

    /// Dreams taken out again (their versions ended) count as if never added, kept and read back or
    /// not: a child with two dreams stays while one of them goes.
    @Test(arguments: [false, true])
    func removedDreamsCountAsNeverAdded(keptAndReadBack: Bool) {
        var random = SeededGenerator(seed: 36)
        let names = (0..<2_000).map { $0 % 3 == 0 ? "KIND-NUMMER-\($0)" : "K-\($0 % 1_200)" }
        let labels = ["A", "B"]
        var dreams: [(name: String, category: Int)] = (0..<8_000).map { _ in
            (names[Int(random.next() % UInt64(names.count))], Int(random.next() % 2))
        }
        var children = DistinctChildren(labels: labels)
        func add(_ dream: (name: String, category: Int), to children: inout DistinctChildren) {
            Array(dream.name.utf8).withUnsafeBufferPointer { children.add($0, category: dream.category) }
        }
        for dream in dreams { add(dream, to: &children) }
        if keptAndReadBack {
            var writer = ByteWriter()
            children.write(to: &writer)
            var reader = ByteReader(writer.bytes)
            children = DistinctChildren(labels: labels)
            #expect(children.read(from: &reader) && reader.atEnd)
        }
        // A third of the dreams go, and some come in anew.
        for index in stride(from: dreams.count - 1, through: 0, by: -3) {
            let dream = dreams.remove(at: index)
            Array(dream.name.utf8).withUnsafeBufferPointer { children.remove($0, category: dream.category) }
        }
        for index in 0..<500 { dreams.append(("K-NEW-\(index % 300)", index % 2)); add(dreams.last!, to: &children) }
        let values = children.values(figure: DromenFigures.childrenReached, breakdown: "Programma", period: "2024-Q4").map(\.value)
        let perCategory = labels.indices.map { category in Set(dreams.filter { $0.category == category }.map(\.name)).count }
        #expect(values == [Double(Set(dreams.map(\.name)).count)] + perCategory.map(Double.init))
    }

    /// Writing the keys counts them on the way (`values` then walks them no more); a dream added or
    /// taken out after the write counts as with no write at all.
    @Test(arguments: ["written", "written, then one added", "written, then one taken out", "written, then read into another"])
    func valuesAfterAWriteCountWhatIsThereThen(change: String) {
        let labels = ["A", "B"]
        var dreams: [(name: String, category: Int)] = (0..<3_000).map { ($0 % 5 == 0 ? "KIND-NUMMER-\($0 % 700)" : "K-\($0 % 900)", $0 % 2) }
        dreams.append(("K-ALLEEN", 0))     // a child with one dream: taken out, the counts change
        var children = DistinctChildren(labels: labels)
        func add(_ dream: (name: String, category: Int)) { Array(dream.name.utf8).withUnsafeBufferPointer { children.add($0, category: dream.category) } }
        for dream in dreams { add(dream) }
        var writer = ByteWriter()
        children.write(to: &writer)
        switch change {
        case "written, then one added":
            dreams.append(("K-NIEUW", 1)); add(dreams.last!)
            dreams.append(("KIND-NUMMER-NIEUW", 0)); add(dreams.last!)
        case "written, then one taken out":
            let gone = dreams.removeLast()
            Array(gone.name.utf8).withUnsafeBufferPointer { children.remove($0, category: gone.category) }
        case "written, then read into another":
            var reader = ByteReader(writer.bytes)
            children = DistinctChildren(labels: labels)
            #expect(children.read(from: &reader) && reader.atEnd)
        default: break
        }
        let values = children.values(figure: DromenFigures.childrenReached, breakdown: "Programma", period: "2024-Q4").map(\.value)
        let perCategory = labels.indices.map { category in Set(dreams.filter { $0.category == category }.map(\.name)).count }
        #expect(values == [Double(Set(dreams.map(\.name)).count)] + perCategory.map(Double.init))
    }

    /// Kept keys read back stay as they were stored and are merged with the new ones as they are written
    /// again: the same bytes, and the same counts, as the dreams there then counted from scratch.
    @Test(arguments: [false, true])
    func keptKeysWrittenAgainAreTheBytesOfTheDreamsCountedAnew(removeSome: Bool) {
        var random = SeededGenerator(seed: 10)
        let labels = ["A", "B", "C"]
        let names = (0..<4_000).map { $0 % 7 == 0 ? "KIND-NUMMER-\($0)" : "K-\($0 % 2_500)" }
        var dreams: [(name: String, category: Int)] = (0..<12_000).map { _ in
            (names[Int(random.next() % UInt64(names.count))], Int(random.next() % 3))
        }
        func add(_ dream: (name: String, category: Int), to children: inout DistinctChildren) {
            Array(dream.name.utf8).withUnsafeBufferPointer { children.add($0, category: dream.category) }
        }
        var before = DistinctChildren(labels: labels)
        for dream in dreams { add(dream, to: &before) }
        var kept = ByteWriter()
        before.write(to: &kept)
        var reader = ByteReader(kept.bytes)
        var children = DistinctChildren(labels: labels)
        #expect(children.read(from: &reader) && reader.atEnd)
        if removeSome {
            for index in stride(from: dreams.count - 1, through: 0, by: -4) {
                let dream = dreams.remove(at: index)
                Array(dream.name.utf8).withUnsafeBufferPointer { children.remove($0, category: dream.category) }
            }
        }
        // New dreams: children kept before among them, and their lowest and highest keys.
        for index in 0..<900 {
            let dream = index % 3 == 0 ? (names[index], index % 3) : (index % 2 == 0 ? "0" : "zzzzzzzzz", index % 3)
            dreams.append(dream)
            add(dream, to: &children)
        }
        var written = ByteWriter()
        children.write(to: &written)
        var anew = DistinctChildren(labels: labels)
        for dream in dreams.shuffled(using: &random) { add(dream, to: &anew) }
        var expected = ByteWriter()
        anew.write(to: &expected)
        #expect(written.bytes == expected.bytes)
        let values = children.values(figure: DromenFigures.childrenReached, breakdown: "Programma", period: "2024-Q4").map(\.value)
        let perCategory = labels.indices.map { category in Set(dreams.filter { $0.category == category }.map(\.name)).count }
        #expect(values == [Double(Set(dreams.map(\.name)).count)] + perCategory.map(Double.init))
    }

    /// Kept keys that do not ascend (a distance past the largest key) or name a category the labels do
    /// not have are refused: such a state is not used.
    @Test func keptKeysThatDoNotAscendOrFitAreRefused() {
        func read(_ distances: [UInt64]) -> Bool {
            var writer = ByteWriter()
            writer.unsignedList(atMost: distances.count) { write in distances.forEach(write) }
            writer.unsigned(0)      // no long keys
            var reader = ByteReader(writer.bytes)
            var children = DistinctChildren(labels: ["A", "B"])
            return children.read(from: &reader) && reader.atEnd
        }
        let highest = UInt64.max & ~0xF     // category 0
        #expect(read([0x10, highest - 0x10]))
        #expect(!read([highest, 0x10]), "past the largest key")
        #expect(!read([0x10, 0x12]), "category 2 of two")
    }
}
