import Foundation
import Testing
@testable import ImpactKit

/// The reading thread skips a record the quarter before held byte for byte (`LineSkipper`), quotes,
/// line breaks inside quotes and records cut by a chunk's end included: whatever it skips and whatever
/// it hands over, the records, their fields and their lines are what reading the file without skipping
/// gives. Seeded files of separators, quotes and line breaks, read in chunks cut at random places, then
/// changed a byte or two and read again, cut elsewhere, with the first read's records kept for skipping.
@Suite struct LineSkippingTests {
    struct Read: Equatable { var line: Int; var hash: UInt64; var fields: [String] }
    enum Item { case record(Read), skipped(SkippedLine) }

    static func read(_ bytes: [UInt8], cuts: [Int], skipper: LineSkipper?) -> [Item] {
        var parser = Parser(delimiter: 0x3B)
        parser.skipper = skipper
        var line = 1, items: [Item] = []
        func takeSkipped() {
            guard let skipper else { return }
            items += skipper.skipped.map { .skipped($0) }
            skipper.clearSkipped()
        }
        func take(_ record: CSVRecord, hash: UInt64) {
            items.append(.record(Read(line: record.line, hash: hash, fields: (0..<record.count).map { record.string($0) })))
        }
        let bounds = Set([0, bytes.count] + cuts.filter { $0 > 0 && $0 < bytes.count }).sorted()
        bytes.withUnsafeBufferPointer { buffer in
            for (start, end) in zip(bounds, bounds.dropFirst()) {
                parser.feed(UnsafeBufferPointer(rebasing: buffer[start..<end]), line: &line) { make in
                    takeSkipped()
                    let record = make(.utf8)
                    take(record, hash: record.gap == 1 ? LineHash.of(record.storage) : record.lineHash)
                }
                takeSkipped()
            }
        }
        parser.finish(line: line) { make in takeSkipped(); take(make(.utf8), hash: 0) }
        takeSkipped()
        return items
    }

    static func records(_ items: [Item]) -> [Read] { items.compactMap { if case .record(let read) = $0 { read } else { nil } } }

    @Test func skippingReadsWhatReadingEveryRecordReads() {
        var random = SeededGenerator(seed: 7)
        func below(_ limit: Int) -> Int { Int(random.next() % UInt64(max(limit, 1))) }
        let alphabet = Array("ab;\"\"\"\n\r\r\n  x".utf8)
        var skippedCount = 0
        for _ in 0..<20_000 {
            var before = (0..<below(60)).map { _ in alphabet[below(alphabet.count)] }
            if below(2) == 0 { before.append(0x0A) }
            let firstCuts = (0..<below(4)).map { _ in below(before.count) }, secondCuts = (0..<below(4)).map { _ in below(before.count) }
            let kept = Self.records(Self.read(before, cuts: firstCuts, skipper: nil))
            // Kept as `KeptLines` keeps them: the records with a hash, each with its version (here its place + 1).
            var entries: [UInt8] = []
            for (index, record) in kept.enumerated() where record.hash != 0 {
                withUnsafeBytes(of: record.hash.littleEndian) { entries += $0 }
                withUnsafeBytes(of: UInt32(index + 1).littleEndian) { entries += $0 }
            }
            guard !entries.isEmpty, let skipper = LineSkipper(lineCount: entries.count / LineSkipper.entryBytes) else { continue }
            entries.withUnsafeBytes { skipper.append($0) }
            var after = before
            for _ in 0..<below(3) where !after.isEmpty {
                let at = below(after.count)
                switch below(3) {
                case 0: after[at] = alphabet[below(alphabet.count)]
                case 1: after.insert(alphabet[below(alphabet.count)], at: at)
                default: after.remove(at: at)
                }
            }
            let expected = Self.records(Self.read(after, cuts: firstCuts, skipper: nil))
            let items = Self.read(after, cuts: secondCuts, skipper: skipper)
            let text = String(decoding: after, as: UTF8.self).debugDescription
            guard items.count == expected.count else {
                Issue.record("\(text): \(items.count) records and skipped lines, \(expected.count) records")
                return
            }
            for (item, wanted) in zip(items, expected) {
                switch item {
                case .record(let read):
                    #expect(read.line == wanted.line && read.fields == wanted.fields, "\(text)")
                case .skipped(let line):
                    skippedCount += 1
                    let was = kept[Int(line.version) - 1]
                    #expect(line.line == wanted.line && was.fields == wanted.fields && line.hash == was.hash, "\(text)")
                    #expect(wanted.hash == 0 || wanted.hash == line.hash, "\(text)")
                }
            }
        }
        #expect(skippedCount > 1_000)
    }
}
