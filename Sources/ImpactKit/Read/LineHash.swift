/// The hash of a line's bytes as read (its line break left out), for knowing a line the snapshot before
/// held byte for byte without splitting it (`LineSkipper`). Eight bytes at a time, the last ones padded
/// with zeros and the length added, each step a 128-bit multiply folded (as wyhash does): 64 bits, so a
/// changed line taken for the one expected is about one in 10^19.
enum LineHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        let count = bytes.count
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return mix(hash, 0) }
        var index = 0
        while index + 8 <= count {
            hash = mix(hash, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        if index < count {
            var last: UInt64 = 0
            for offset in 0..<(count - index) { last |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
            hash = mix(hash, last)
        }
        return mix(hash, UInt64(count))
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return product.high ^ product.low
    }
}

/// A line the reading thread did not hand over, as the snapshot before held it: its line number, and
/// the version (rowid) and line hash it was kept with.
public struct SkippedLine: Sendable {
    public let line: Int
    public let version: UInt32
    public let hash: UInt64
}

/// The lines of the snapshot before, in its file's order (`KeptLines`), matched on the reading thread
/// against the lines of the new one as they are read: a line whose hash is the next one expected is
/// skipped, never split or checked (its version stays in force). A new file keeps the old one's order
/// with lines changed, added and removed here and there, so the next expected line is near: within the
/// next 8, else the next 256 (the 1M benchmark's quarter: 892,540 of its 893,851 repeated unquoted
/// lines found). Used by the reading thread only, once handed to it (`WorkAhead.skipper`).
public final class LineSkipper: @unchecked Sendable {
    private let hashes: [UInt64]
    private let versions: [UInt32]
    private var cursor = 0
    /// The reading thread reads a few batches ahead before it gets this: its first lines look far
    /// ahead once, for where the file has got to.
    private var firstLooks = 16
    /// Skipped since last cleared (`clearSkipped`).
    private(set) var skipped: [SkippedLine] = []

    init(hashes: [UInt64], versions: [UInt32]) {
        self.hashes = hashes; self.versions = versions
        skipped.reserveCapacity(8_192)
    }

    var expectedLines: Int { hashes.count }

    /// Whether the line on `line` with `hash` is the next one expected; if so it is noted as skipped.
    @inline(__always)
    func skips(line: Int, hash: UInt64) -> Bool {
        var reach = 256
        if firstLooks > 0 { firstLooks -= 1; reach = 16_384 }
        let end = min(cursor + reach, hashes.count)
        var position = cursor
        while position < end {
            if hashes[position] == hash {
                skipped.append(SkippedLine(line: line, version: versions[position], hash: hash))
                cursor = position + 1
                firstLooks = 0
                return true
            }
            position += 1
        }
        return false
    }

    func clearSkipped() { skipped.removeAll(keepingCapacity: true) }
}
