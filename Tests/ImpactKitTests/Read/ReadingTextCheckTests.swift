import Foundation
import Testing
@testable import ImpactKit

/// The reading thread's text check (`ReadingTextCheck`) looks only at the bytes it does not skip, and a
/// skipped line repeats a clean one: so over a quarter whose kept lines were clean, its verdict must be
/// the whole file's, wherever the chunks are cut, CRLF, quotes and broken characters included.
@Suite struct ReadingTextCheckTests {
    /// Whether a read of `bytes` cut at `cuts`, skipping what `skipper` expects, finds them clean text.
    static func checkedClean(_ bytes: [UInt8], cuts: [Int], skipper: LineSkipper?) -> (clean: Bool, skipped: Int) {
        var parser = Parser(delimiter: 0x3B)
        parser.skipper = skipper
        parser.textCheck = TextCheck()
        var line = 1, skipped = 0
        let bounds = Set([0, bytes.count] + cuts.filter { $0 > 0 && $0 < bytes.count }).sorted()
        bytes.withUnsafeBufferPointer { buffer in
            for (start, end) in zip(bounds, bounds.dropFirst()) {
                parser.feed(UnsafeBufferPointer(rebasing: buffer[start..<end]), line: &line) { _ in }
                skipped += skipper?.skipped.count ?? 0
                skipper?.clearSkipped()
            }
        }
        parser.finish(line: line) { _ in }
        return (parser.textCheck!.isClean, skipped)
    }

    static func wholeIsClean(_ bytes: [UInt8]) -> Bool {
        var check = TextCheck()
        bytes.withUnsafeBufferPointer { check.feed($0) }
        return check.isClean
    }

    /// The lines a read of `bytes` keeps for the next quarter (as `KeptLines` keeps them).
    static func skipper(keeping bytes: [UInt8]) -> LineSkipper? {
        var parser = Parser(delimiter: 0x3B)
        var line = 1, entries: [UInt8] = []
        func keep(_ record: CSVRecord) {
            let hash = record.gap == 1 ? LineHash.of(record.storage) : record.lineHash
            guard hash != 0 else { return }
            withUnsafeBytes(of: hash.littleEndian) { entries += $0 }
            withUnsafeBytes(of: UInt32(entries.count / LineSkipper.entryBytes + 1).littleEndian) { entries += $0 }
        }
        bytes.withUnsafeBufferPointer { parser.feed($0, line: &line) { keep($0(.utf8)) } }
        guard !entries.isEmpty, let skipper = LineSkipper(lineCount: entries.count / LineSkipper.entryBytes) else { return nil }
        entries.withUnsafeBytes { skipper.append($0) }
        return skipper
    }

    @Test func aSkippingReadJudgesTheTextAsAWholeCheckDoes() {
        var random = SeededGenerator(seed: 11)
        func below(_ limit: Int) -> Int { Int(random.next() % UInt64(max(limit, 1))) }
        // Clean pieces for the quarter before; its successor changes a few, maybe with broken bytes.
        let clean: [[UInt8]] = ["a", "b", ";", "\"", "\n", "\r\n", "\r", " ", "é", "ë", "€", "😀"].map { Array($0.utf8) }
        let damage: [[UInt8]] = [[0x00], [0xE9], [0xC3], [0xA9], [0xF0, 0x9F], [0xED, 0xA0, 0x80]]
        var dirty = 0, skippedTotal = 0
        for _ in 0..<20_000 {
            var before: [UInt8] = []
            for _ in 0..<below(40) { before += clean[below(clean.count)] }
            if below(2) == 0 { before.append(0x0A) }
            guard let skipper = Self.skipper(keeping: before) else { continue }
            var after = before
            for _ in 0..<below(3) {
                let piece = below(4) == 0 ? damage[below(damage.count)] : clean[below(clean.count)]
                let at = below(after.count + 1)
                if below(2) == 0 || after.isEmpty { after.insert(contentsOf: piece, at: at) } else { after.remove(at: min(at, after.count - 1)) }
            }
            let cuts = (0..<below(4)).map { _ in below(after.count) }
            let (verdict, skipped) = Self.checkedClean(after, cuts: cuts, skipper: skipper)
            let expected = Self.wholeIsClean(after)
            skippedTotal += skipped
            if !expected { dirty += 1 }
            guard verdict == expected else {
                Issue.record("\(after) cut at \(cuts): read \(verdict), whole \(expected)")
                return
            }
        }
        // Both verdicts were met often, and lines were skipped.
        #expect(dirty > 2_000 && dirty < 18_000)
        #expect(skippedTotal > 10_000)
    }

    /// What is skipped is not looked at (it was clean a quarter ago): only the bytes read are.
    @Test func onlyTheBytesNotSkippedAreLookedAt() throws {
        let before = Array("a;b\r\nc\u{0};d\r\ne;f\r\n".utf8)
        let skipper = try #require(Self.skipper(keeping: before))
        // The kept line with a NUL is skipped, so its NUL is not seen (it cannot be kept that way: the
        // layout of a damaged file's lines differs); the last line, cut by a chunk's end, is read.
        #expect(Self.checkedClean(before, cuts: [13], skipper: skipper) == (true, 2))
        // A new line's broken byte is seen.
        let skipperAgain = try #require(Self.skipper(keeping: before))
        #expect(Self.checkedClean(before + [0x67, 0xE9, 0x0A], cuts: [], skipper: skipperAgain) == (false, 3))
        #expect(Self.checkedClean(before, cuts: [], skipper: nil) == (false, 0))
    }
}
