import Foundation

/// The hash of a line's bytes as read (its line break left out), for knowing a line the snapshot before
/// held byte for byte without splitting it (`LineSkipper`). Eight bytes at a time, the last ones padded
/// with zeros, each step a 128-bit multiply folded (as wyhash does), in two lanes that take the words in
/// turn (one chain of multiplies, each waiting for the one before, was the reading thread's largest
/// cost on a next quarter), then both and the length mixed: 64 bits, so a changed line taken for the
/// one expected is about one in 10^19. The lanes start apart, so two words swapped change the hash.
enum LineHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var lanes = Lanes()
        let count = bytes.count
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return lanes.finish(count: 0) }
        var index = 0
        while index + 8 <= count {
            lanes.add(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        if index < count { lanes.add(partialWord(base, from: index, to: count)) }
        return lanes.finish(count: count)
    }

    /// The two lanes: each word goes into the one that took the word before the last (`add` swaps them).
    struct Lanes {
        private var next: UInt64 = 0x243F_6A88_85A3_08D3
        private var other: UInt64 = 0x1319_8A2E_0370_7344

        @inline(__always)
        mutating func add(_ word: UInt64) { (next, other) = (other, LineHash.mix(next, word)) }

        @inline(__always)
        func finish(count: Int) -> UInt64 { LineHash.mix(LineHash.mix(next, other), UInt64(count)) }
    }

    @inline(__always)
    static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return product.high ^ product.low
    }
}

/// A line the reading thread did not hand over, as the snapshot before held it: its line number, the
/// version (rowid) and line hash it was kept with, and its place among the lines kept (so the new
/// lines can be kept as runs of the old ones: `LineParts`).
public struct SkippedLine: Sendable {
    public let hash: UInt64
    public let version: UInt32
    /// 4 bytes each: a file of four billion lines is not read this way (`LineSkipper.skips`).
    private let lineNumber: UInt32
    let keptPosition: UInt32
    public var line: Int { Int(lineNumber) }

    init(line: Int, version: UInt32, hash: UInt64, keptPosition: Int) {
        self.hash = hash; self.version = version; lineNumber = UInt32(line); self.keptPosition = UInt32(keptPosition)
    }
}

/// The lines of the snapshot before, in its file's order (`KeptLines`), matched on the reading thread
/// against the lines of the new one as they are read: a line whose hash is the next one expected is
/// skipped, never split or checked (its version stays in force). A new file keeps the old one's order
/// with lines changed, added and removed here and there, so the next expected line is near: within the
/// next 256 kept (the 1M benchmark's quarter: ~948,000 of its 1,020,000 records skipped, 950,000 repeating
/// byte for byte; 882,604 while records with quotes were not kept). Used by the
/// reading thread only, once handed to it (`WorkAhead.skipper`).
public final class LineSkipper: @unchecked Sendable {
    /// The lines as kept, one after the other (12 bytes a line: its hash, then its version, little-endian),
    /// in memory of its own: the pages read past are given back as the file is read, so the lines take
    /// less memory the further it goes (~12 MB at the start for a million lines).
    private let base: UnsafeMutableRawPointer
    private let byteCount: Int
    let expectedLines: Int
    private var cursor = 0
    /// Bytes before this are given back already.
    private var givenBack = 0
    /// The reading thread reads a few batches ahead before it gets this: its first lines look far
    /// ahead once, for where the file has got to.
    private var firstLooks = 16
    /// Skipped since last cleared (`clearSkipped`), valid until then. Not an array: appending to one
    /// held by this class retained and released the skipper for each line skipped.
    var skipped: UnsafeBufferPointer<SkippedLine> { UnsafeBufferPointer(start: pending, count: pendingCount) }
    private var pending: UnsafeMutablePointer<SkippedLine>
    private var pendingCount = 0
    private var pendingCapacity = 8_192
    static let entryBytes = 12
    /// Given back a MiB at a time: at 64 KiB, the ~180 calls of the 1M next quarter each flushed the
    /// other core's address translations too (an interrupt to every thread of the process running there).
    private static let pageBytes = 1 << 20

    /// Room for `lineCount` lines, filled by `append` (in the order `KeptLines` keeps them). Nil when no
    /// memory could be had for them.
    init?(lineCount: Int) {
        guard lineCount < UInt32.max else { return nil }    // a place among them fits `SkippedLine.keptPosition`
        byteCount = max(lineCount * Self.entryBytes, 1)
        guard let memory = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), memory != MAP_FAILED else { return nil }
        base = memory
        expectedLines = lineCount
        pending = .allocate(capacity: pendingCapacity)
    }

    /// The next kept lines, whole (12 bytes each), before the reading thread gets this.
    func append(_ lines: UnsafeRawBufferPointer) {
        let count = min(lines.count, byteCount - filled)
        guard count > 0, let source = lines.baseAddress else { return }
        base.advanced(by: filled).copyMemory(from: source, byteCount: count)
        filled += count
    }
    private var filled = 0

    deinit { munmap(base, byteCount); pending.deallocate() }

    /// Whether the line on `line` with `hash` is the next one expected; if so it is noted as skipped.
    /// (Read through a raw pointer: kept as an array of parts, each look's exclusivity checks and
    /// retains were ~9% of the next quarter's samples.)
    @inline(__always)
    func skips(line: Int, hash: UInt64) -> Bool {
        guard line < UInt32.max else { return false }
        // Right after a line found, a miss is most likely a changed or new line, found nowhere: the
        // next 16 are looked at, the next 256 only after a miss (lines removed here and there). The 1M
        // next quarter, whose ~70,000 changed and new lines each looked 256 ahead, 9,299M -> 9,265M
        // instructions, the same lines skipped.
        var reach = missedLast ? 256 : 16
        if firstLooks > 0 { firstLooks -= 1; reach = 16_384 }
        let start = cursor
        let end = min(start + reach, expectedLines)
        let base = UnsafeRawPointer(self.base)
        var position = start
        while position < end {
            if UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position * Self.entryBytes, as: UInt64.self)) == hash {
                let version = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: position * Self.entryBytes + 8, as: UInt32.self))
                note(SkippedLine(line: line, version: version, hash: hash, keptPosition: position))
                cursor = position + 1
                firstLooks = 0
                missedLast = false
                giveBack(below: position * Self.entryBytes)
                return true
            }
            position += 1
        }
        missedLast = true
        return false
    }
    private var missedLast = false

    /// Gives back the whole pages of lines before `offset`, a MiB at a time (never looked at again: the
    /// window only goes forward).
    private func giveBack(below offset: Int) {
        let end = offset / Self.pageBytes * Self.pageBytes
        guard end - givenBack >= Self.pageBytes else { return }
        madvise(base.advanced(by: givenBack), end - givenBack, MADV_DONTNEED)
        givenBack = end
    }

    func clearSkipped() { pendingCount = 0 }

    @inline(__always)
    private func note(_ line: SkippedLine) {
        if pendingCount == pendingCapacity {
            let larger = UnsafeMutablePointer<SkippedLine>.allocate(capacity: pendingCapacity * 2)
            larger.moveInitialize(from: pending, count: pendingCount)
            pending.deallocate()
            pending = larger
            pendingCapacity *= 2
        }
        (pending + pendingCount).initialize(to: line)
        pendingCount += 1
    }
}
