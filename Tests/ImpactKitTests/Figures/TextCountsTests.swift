import Foundation
import Testing
@testable import ImpactKit

/// Counting labels by their bytes (`TextCounts`) gives what a `[String: Int]` of the same labels gives.
@Suite struct TextCountsTests {
    static func add(_ label: String, to counts: inout TextCounts) {
        Array(label.utf8).withUnsafeBufferPointer { counts.add($0) }
    }

    @Test func countsAsADictionaryOfTheLabelsWould() {
        var counts = TextCounts()
        var expected: [String: Int] = [:]
        // Enough labels to grow the table several times, each a different number of times.
        for round in 0..<200 {
            for partner in 0..<(round % 150 + 1) {
                let label = "Partner \(partner)"
                Self.add(label, to: &counts)
                expected[label, default: 0] += 1
            }
        }
        #expect(counts.counts == expected)
        #expect(counts.counts["Partner 0"] == 200)
    }

    /// "Café" written with é as one code point and as e plus an accent are one label to Swift: counted
    /// apart by bytes, they are joined when read out.
    @Test func labelsEqualAsTextAreJoined() {
        var counts = TextCounts()
        Self.add("Caf\u{E9} Zuid", to: &counts)
        Self.add("Cafe\u{301} Zuid", to: &counts)
        Self.add("Cafe\u{301} Zuid", to: &counts)
        Self.add("Bibliotheek", to: &counts)
        #expect(counts.counts == ["Caf\u{E9} Zuid": 3, "Bibliotheek": 1])
    }

    @Test func countsOfPartsAddUp() {
        var first = TextCounts(), second = TextCounts()
        for _ in 0..<3 { Self.add("Leergeld", to: &first) }
        Self.add("Jeugdfonds", to: &first)
        for _ in 0..<2 { Self.add("Leergeld", to: &second) }
        Self.add("Kinderhulp", to: &second)
        first.merge(second)
        #expect(first.counts == ["Leergeld": 5, "Jeugdfonds": 1, "Kinderhulp": 1])
    }
}
