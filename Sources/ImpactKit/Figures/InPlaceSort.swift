/// Sorts integers without a second buffer. The standard library's sort needs scratch space of half the
/// array (24 MB beside the 48 MB of keys for a 3,000,000-dreams "since the start"), which put a
/// 3M-dossier ingest over its memory budget; this one needs none. Introsort: quicksort with a
/// three-way partition (one child's many dreams make long runs of equal keys), insertion sort for short
/// ranges, heapsort when the pivots go bad.
enum InPlaceSort {
    static func isSorted(_ values: [UInt64]) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var index = 1
            while index < buffer.count { if buffer[index - 1] > buffer[index] { return false }; index += 1 }
            return true
        }
    }

    static func sort(_ values: inout [UInt64]) {
        values.withUnsafeMutableBufferPointer { buffer in
            guard buffer.count > 1 else { return }
            var depth = 0, size = buffer.count
            while size > 0 { depth += 2; size >>= 1 }
            introsort(buffer, 0, buffer.count, depthLeft: depth)
        }
    }

    private static func introsort(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int, depthLeft: Int) {
        var low = low, high = high, depthLeft = depthLeft
        while high - low > 16 {
            if depthLeft == 0 { heapsort(a, low, high); return }
            depthLeft -= 1
            let pivot = median(a[low], a[low + (high - low) / 2], a[high - 1])
            // a[low..<less] < pivot, a[less..<index] == pivot, a[greater..<high] > pivot
            var less = low, index = low, greater = high
            while index < greater {
                if a[index] < pivot { a.swapAt(less, index); less += 1; index += 1 }
                else if a[index] > pivot { greater -= 1; a.swapAt(index, greater) }
                else { index += 1 }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
            if less - low < high - greater {
                introsort(a, low, less, depthLeft: depthLeft); low = greater
            } else {
                introsort(a, greater, high, depthLeft: depthLeft); high = less
            }
        }
        insertionSort(a, low, high)
    }

    private static func median(_ x: UInt64, _ y: UInt64, _ z: UInt64) -> UInt64 {
        max(min(x, y), min(max(x, y), z))
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

    private static func heapsort(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) {
        let count = high - low
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && a[low + child] < a[low + child + 1] { child += 1 }
                guard a[low + root] < a[low + child] else { return }
                a.swapAt(low + root, low + child)
                root = child
            }
        }
        for start in stride(from: count / 2 - 1, through: 0, by: -1) { siftDown(start, count) }
        for end in stride(from: count - 1, to: 0, by: -1) {
            a.swapAt(low, low + end)
            siftDown(0, end)
        }
    }
}
