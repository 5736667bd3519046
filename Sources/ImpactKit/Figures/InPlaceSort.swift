import Dispatch

/// Sorts integers without a second buffer. The standard library's sort needs scratch space of half the
/// array (24 MB beside the 48 MB of keys for a 3,000,000-dreams "since the start"), which put a
/// 3M-dossier ingest over its memory budget; this one needs none. A radix sort in place (American flag
/// sort): a byte at a time from the highest that differs, each key swapped straight into its bucket,
/// insertion sort for short ranges. On a million child keys 0.035 s, where the introsort it replaced took
/// 0.087 s and the standard library's 0.087 s (swiftc -O, this machine); the figures of a quarter sort
/// about 1.7 million at the end of its ingest, large lists on both cores (`bothCoresFrom`).
enum InPlaceSort {
    static func isSorted(_ values: [UInt64]) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var index = 1
            while index < buffer.count { if buffer[index - 1] > buffer[index] { return false }; index += 1 }
            return true
        }
    }

    static func sort(_ values: inout [UInt64]) {
        values.withUnsafeMutableBufferPointer { a in
            guard a.count > 1 else { return }
            // Bytes every key shares (the first letters of `K-01877`) are skipped: each would cost a pass
            // that moves nothing.
            var all: UInt64 = ~0, any: UInt64 = 0
            for value in a { all &= value; any |= value }
            let differing = all ^ any
            guard differing != 0 else { return }
            let shift = UInt64(63 - differing.leadingZeroBitCount) / 8 * 8
            if a.count >= bothCoresFrom && shift > 0 {
                sortOnTwoCores(a, shift: shift)
            } else {
                withScratch { radixSort(a, 0, a.count, shift: shift, scratch: $0, level: 0) }
            }
        }
    }

    /// From this many keys the buckets of the first byte are sorted on two cores, half the keys each:
    /// the sort is serial work at the end of an ingest (the children of a 1M-dossier first quarter,
    /// ~1.7 million keys: ~0.06 s on one core, while the other had nothing to do).
    static let bothCoresFrom = 262_144

    /// A bucket's next free place and its end, per byte value, for each of the (at most 8) levels.
    private static func withScratch(_ body: (UnsafeMutableBufferPointer<Int>) -> Void) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * 512) { body($0) }
    }

    private static func sortOnTwoCores(_ a: UnsafeMutableBufferPointer<UInt64>, shift: UInt64) {
        var bucketEnds = [Int](repeating: 0, count: 256)
        withScratch { scratch in
            partition(a, 0, a.count, shift: shift, scratch: scratch, level: 0)
            for byte in 0..<256 { bucketEnds[byte] = scratch[256 + byte] }
        }
        let ends = bucketEnds
        // The buckets up to the one holding the middle key on one core, the rest on the other.
        let middle = ends.firstIndex { $0 >= a.count / 2 } ?? 255
        let parts = [0..<(middle + 1), (middle + 1)..<256]
        // Each part sorts its own buckets: no key is touched by both.
        nonisolated(unsafe) let keys = a
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            withScratch { scratch in
                for byte in parts[part] {
                    let low = byte == 0 ? 0 : ends[byte - 1]
                    if ends[byte] - low > 1 { radixSort(keys, low, ends[byte], shift: shift - 8, scratch: scratch, level: 1) }
                }
            }
        }
    }

    private static let shortRange = 48

    private static func radixSort(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int, shift: UInt64,
                                  scratch: UnsafeMutableBufferPointer<Int>, level: Int) {
        if high - low <= shortRange { insertionSort(a, low, high); return }
        partition(a, low, high, shift: shift, scratch: scratch, level: level)
        guard shift > 0 else { return }
        let ends = UnsafeMutableBufferPointer(rebasing: scratch[(level * 512 + 256)..<(level * 512 + 512)])
        var bucketStart = low
        for byte in 0..<256 {
            let bucketEnd = ends[byte]
            if bucketEnd - bucketStart > 1 { radixSort(a, bucketStart, bucketEnd, shift: shift - 8, scratch: scratch, level: level + 1) }
            bucketStart = bucketEnd
        }
    }

    /// Puts the keys of `low..<high` in buckets by the byte at `shift`; the buckets' ends are left in
    /// the level's half of `scratch` (from 256).
    private static func partition(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int, shift: UInt64,
                                  scratch: UnsafeMutableBufferPointer<Int>, level: Int) {
        let next = UnsafeMutableBufferPointer(rebasing: scratch[(level * 512)..<(level * 512 + 256)])
        let ends = UnsafeMutableBufferPointer(rebasing: scratch[(level * 512 + 256)..<(level * 512 + 512)])
        func digit(_ value: UInt64) -> Int { Int(truncatingIfNeeded: value >> shift) & 0xFF }
        for byte in 0..<256 { next[byte] = 0 }
        for index in low..<high { next[digit(a[index])] += 1 }
        var start = low
        for byte in 0..<256 {
            let count = next[byte]
            next[byte] = start; start += count; ends[byte] = start
        }
        // Each key goes straight to its bucket, the one it displaces onward, until one belongs here.
        for byte in 0..<256 {
            while next[byte] < ends[byte] {
                var value = a[next[byte]]
                var target = digit(value)
                while target != byte {
                    let place = next[target]
                    next[target] += 1
                    swap(&value, &a[place])
                    target = digit(value)
                }
                a[next[byte]] = value
                next[byte] += 1
            }
        }
    }

    private static func insertionSort(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) {
        guard high - low > 1 else { return }
        for index in (low + 1)..<high {
            let value = a[index]
            var hole = index
            while hole > low && a[hole - 1] > value { a[hole] = a[hole - 1]; hole -= 1 }
            a[hole] = value
        }
    }
}
