import Foundation

/// A streaming CSV reader over bytes, as Excel and online forms write CSV: `;`, `,` or tab separated,
/// fields quoted with `"` holding separators, doubled quotes and line breaks, CRLF or LF, an optional
/// UTF-8 BOM and an optional `sep=;` first line.
///
/// Hand-written for speed: ../shared/PLATFORM.md measured a byte-level reader of typed fields at 0.31 s
/// for 110 MB against 3.1 s (CSV.swift) and 6.8 s (SwiftCSV). It keeps one chunk and one record in memory.
public struct CSVReader: Sendable {
    public let path: String
    public let encoding: TextEncoding
    public let delimiter: UInt8
    /// Lines before the header that are not data: the BOM is skipped, and a `sep=` line counts as one line.
    let skipsSepLine: Bool
    let hasBOM: Bool

    public init(path: String, fingerprint: FileFingerprint) throws {
        self.path = path
        self.encoding = fingerprint.encoding
        self.hasBOM = fingerprint.hasUTF8BOM
        let head = Self.firstLine(fingerprint.head, skippingBOM: fingerprint.hasUTF8BOM)
        if let declared = Self.declaredSeparator(head) {
            delimiter = declared
            skipsSepLine = true
        } else {
            delimiter = Self.likelySeparator(head)
            skipsSepLine = false
        }
    }

    /// Calls `body` for every record, blank lines included (the caller decides what a blank row means),
    /// and `bytesRead` after each chunk with the bytes of the file read so far.
    public func forEachRecord(bytesRead: (Int) -> Void = { _ in }, _ body: (CSVRecord) throws -> Void) throws {
        try forEachRecord(bytesRead: bytesRead, skipper: { nil }, body)
    }

    /// The same, the lines `skipper` (asked before each chunk) knows skipped, not handed to `body`.
    /// `checkingText`: told whether the bytes not skipped are UTF-8 without a NUL, once the whole file is read.
    func forEachRecord(bytesRead: (Int) -> Void = { _ in }, checkingText: ReadingTextCheck? = nil, skipper: () throws -> LineSkipper?,
                       _ body: (CSVRecord) throws -> Void) throws {
        var parser = Parser(delimiter: delimiter)
        checkingText?.begin()
        if checkingText != nil { parser.textCheck = TextCheck() }
        var line = 1
        var skipBytes = hasBOM ? 3 : 0
        // The `sep=` line is parsed like any other line (so CRLF, LF or a lone CR ends it), then dropped.
        var skippingSepLine = skipsSepLine
        var read = 0
        try ChunkedFile(path: path).forEachChunk { chunk in
            defer { read += chunk.count; bytesRead(read) }
            var start = 0
            if skipBytes > 0 {
                start = min(skipBytes, chunk.count)
                skipBytes -= start
            }
            // A `sep=` line is never a kept line (it is dropped), so it is never skipped either.
            parser.skipper = try skipper()
            try parser.feed(UnsafeBufferPointer(rebasing: chunk[start...]), line: &line) { record in
                if skippingSepLine { skippingSepLine = false; return }
                try body(record(encoding))
            }
        }
        try parser.finish(line: line) { record in
            if skippingSepLine { skippingSepLine = false; return }
            try body(record(encoding))
        }
        if let checkingText, let check = parser.textCheck { checkingText.finish(check) }
    }

    /// The first non-blank record's fields (the header), reading no further than it.
    public func header() throws -> [String]? {
        struct Found: Error { let cells: [String] }
        do {
            try forEachRecord { record in
                if !record.isBlank { throw Found(cells: (0..<record.count).map { record.string($0) }) }
            }
        } catch let found as Found {
            return found.cells
        }
        return nil
    }

    // MARK: - Sniffing the first line

    static func firstLine(_ bytes: [UInt8], skippingBOM: Bool) -> [UInt8] {
        var head = bytes
        if skippingBOM { head.removeFirst(min(3, head.count)) }
        if let end = head.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) { head.removeSubrange(end...) }
        return head
    }

    /// Excel's `sep=;` hint on the first line.
    static func declaredSeparator(_ line: [UInt8]) -> UInt8? {
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
        guard text.hasPrefix("sep="), text.utf8.count == 5 else { return nil }
        return text.utf8.last
    }

    /// The separator that occurs most often outside quotes on the header line; `;` when none does.
    static func likelySeparator(_ line: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x3B: 0, 0x2C: 0, 0x09: 0]
        var quoted = false
        for byte in line {
            if byte == 0x22 { quoted.toggle() } else if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { a, b in a.value == b.value ? a.key < b.key : a.value < b.value }!
        return best.value == 0 ? 0x3B : best.key
    }
}

/// The state machine behind `CSVReader`. State survives chunk boundaries, so records may span chunks.
struct Parser {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterCR }
    let delimiter: UInt8
    private var state = State.fieldStart
    private var storage: [UInt8] = []
    private var ends: [Int] = []
    private var recordLine = 1
    private var recordHasContent = false
    /// Lines the snapshot before held byte for byte are skipped when set (`LineSkipper`).
    var skipper: LineSkipper?
    /// When set, every byte fed and not skipped is checked as text (`ReadingTextCheck`).
    var textCheck: TextCheck?

    init(delimiter: UInt8) {
        self.delimiter = delimiter
        storage.reserveCapacity(4096)
        ends.reserveCapacity(32)
    }

    typealias Emit = ((TextEncoding) -> CSVRecord) throws -> Void

    /// Scans runs of plain bytes and copies each run at once: byte-at-a-time appends made this loop
    /// the largest single cost of ingesting (17% of a 1M-row profile).
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, line: inout Int, emit: Emit) rethrows {
        var index = 0
        let count = bytes.count
        // Where the record being read started, if in this chunk: its bytes are then hashed as read
        // (`CSVRecord.lineHash`), so that a record with quotes is kept for skipping too.
        var recordStart: Int?
        // Held by `self.skipper` throughout: used unretained, as a strong reference bound per line was
        // retained and released for each of the ~950,000 lines skipped (~2% of the 1M next quarter's CPU).
        let skipper = self.skipper.map(Unmanaged.passUnretained)
        // Bytes before this are checked as text or skipped (`textCheck`): each stretch between skipped
        // lines is checked at once, the line feed of a skipped line's CRLF passed with it.
        var checked = 0
        while index < count {
            if state == .afterCR {
                state = .fieldStart
                if bytes[index] == 0x0A {
                    if checked == index { checked += 1 }
                    index += 1
                    continue
                }
            }
            if !recordHasContent {
                if state == .fieldStart, readsInPlace, let skipper,
                   let next = skipper._withUnsafeGuaranteedRef({ skipRepeated(bytes, from: index, line: &line, $0) }) {
                    if textCheck != nil, index > checked { textCheck!.feed(UnsafeBufferPointer(rebasing: bytes[checked..<index])) }
                    checked = next
                    index = next
                    continue
                }
                if state == .fieldStart, readsInPlace, let next = try emitInPlace(bytes, from: index, line: &line, emit: emit) {
                    index = next
                    continue
                }
                recordHasContent = true; recordLine = line; recordStart = index
            }
            switch state {
            case .quoted:
                var end = index
                while end < count, bytes[end] != 0x22 {
                    if bytes[end] == 0x0A { line += 1 }
                    end += 1
                }
                storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                if end < count { state = .quoteInQuoted; index = end + 1 } else { index = end }
            case .quoteInQuoted:
                if bytes[index] == 0x22 { storage.append(0x22); state = .quoted; index += 1 }   // "" inside quotes
                else { state = .unquoted }                                                    // text after the closing quote
            case .fieldStart:
                if bytes[index] == 0x22 { state = .quoted; index += 1 } else { state = .unquoted }
            case .unquoted, .afterCR:
                var end = index
                while end < count {
                    let byte = bytes[end]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                    end += 1     // a stray quote inside an unquoted field is kept, as Excel does
                }
                if end > index { storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end])) }
                index = end
                guard end < count else { break }
                let byte = bytes[end]
                index += 1
                if byte == delimiter {
                    ends.append(storage.count)
                    state = .fieldStart
                } else {
                    let hash = recordStart.map { LineHash.of(UnsafeBufferPointer(rebasing: bytes[$0..<end])) } ?? 0
                    try endRecord(unclosed: false, lineHash: hash, emit: emit)
                    recordStart = nil
                    line += 1
                    state = byte == 0x0D ? .afterCR : .fieldStart
                }
            }
        }
        if textCheck != nil, count > checked { textCheck!.feed(UnsafeBufferPointer(rebasing: bytes[checked..<count])) }
    }

    /// A record without quotes that ends inside this chunk is handed over where it lies, its fields
    /// not copied (`CSVRecord.gap`): copying them was ~5% of the reading thread of a 1M-row ingest.
    /// Returns where the next record starts, or nil (nothing done) when the record has a quote, runs
    /// past the chunk or has more fields than `inPlaceEnds` holds: the state machine then reads it.
    ///
    /// The bytes are looked at eight at a time for the next separator, line break or quote (a field is
    /// ~12 bytes): byte by byte, and with an array append per field end, this loop was ~7.5% of the CPU
    /// of a 1M-row first ingest.
    private mutating func emitInPlace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, emit: Emit) rethrows -> Int? {
        let count = bytes.count
        let delimiter = delimiter
        let recordLine = line
        let base = UnsafeRawPointer(bytes.baseAddress!)     // not empty: the caller has a byte at `start`
        let end: Int? = try inPlaceEnds.withUnsafeMutableBufferPointer { ends in
            var fields = 0
            var index = start
            while index < count {
                if index + 8 <= count {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let found = Self.bytesEqual(word, delimiter) | Self.bytesEqual(word, 0x0A) | Self.bytesEqual(word, 0x0D)
                        | Self.bytesEqual(word, 0x22)
                    if found == 0 { index += 8; continue }
                    index += found.trailingZeroBitCount >> 3
                }
                let byte = bytes[index]
                if byte == delimiter {
                    guard fields < ends.count - 1 else { return nil }
                    ends[fields] = index - start; fields += 1
                } else if byte == 0x0A || byte == 0x0D || byte == 0x22 {
                    break
                }
                index += 1
            }
            guard index < count, bytes[index] != 0x22 else { return nil }
            ends[fields] = index - start; fields += 1
            let record = UnsafeBufferPointer(rebasing: bytes[start..<index])
            let fieldEnds = UnsafeBufferPointer(rebasing: ends[0..<fields])
            try emit { encoding in
                CSVRecord(storage: record, ends: fieldEnds, gap: 1, line: recordLine, encoding: encoding, hasUnclosedQuote: false)
            }
            return index
        }
        guard let end else { return nil }
        line += 1
        state = bytes[end] == 0x0D ? .afterCR : .fieldStart
        return end + 1
    }

    /// A record ending inside this chunk that `skipper` expects (`LineSkipper`): skipped whole, its end
    /// found and its bytes hashed but not split. Returns where the next record starts, or nil (nothing done).
    @inline(__always)
    private mutating func skipRepeated(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, _ skipper: LineSkipper) -> Int? {
        var (end, hash) = Self.lineEndAndHash(in: bytes, from: start)
        var lineFeeds = 0
        if end < bytes.count, bytes[end] == 0x22 {
            // Quotes (a dream holding a separator or a line break: 7.5% of the benchmark's lines, each
            // split, hashed and looked up when not skipped): the record's end as `feed` would find it.
            guard let found = Self.quotedRecordEnd(in: bytes, from: start, delimiter: delimiter) else { return nil }
            (end, lineFeeds) = found
            hash = LineHash.of(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        guard end < bytes.count, end > start, skipper.skips(line: line, hash: hash) else { return nil }
        line += 1 + lineFeeds
        state = bytes[end] == 0x0D ? .afterCR : .fieldStart
        return end + 1
    }

    /// The line break that ends a record starting at `from`, read as `feed` reads it (a quote opens a
    /// quoted field only at a field's start; inside one, `""` is a quote and line breaks are text), and
    /// the line feeds inside its quoted fields; nil when it may run past the chunk. The bytes between the
    /// ones that matter are passed over eight at a time: byte by byte, the 7.5% of the benchmark's lines
    /// with a quote (~160 bytes each) were ~5% of the reading thread of the 1M next quarter.
    static func quotedRecordEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8) -> (end: Int, lineFeeds: Int)? {
        let count = bytes.count
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return nil }
        /// The first byte at or after `from` that `marks` marks in its word (or `isMarked` past the last
        /// whole word); `count` when there is none.
        @inline(__always) func next(from: Int, _ marks: (UInt64) -> UInt64, _ isMarked: (UInt8) -> Bool) -> Int {
            var index = from
            while index + 8 <= count {
                let marked = marks(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                if marked != 0 { return index + marked.trailingZeroBitCount >> 3 }
                index += 8
            }
            while index < count && !isMarked(bytes[index]) { index += 1 }
            return index
        }
        var index = start, lineFeeds = 0, atFieldStart = true
        while index < count {
            let byte = bytes[index]
            if atFieldStart && byte == 0x22 {
                // To the quote that closes the field: one not followed by another.
                index += 1
                while true {
                    index = next(from: index, { bytesEqual($0, 0x22) | bytesEqual($0, 0x0A) }, { $0 == 0x22 || $0 == 0x0A })
                    guard index + 1 < count else { return nil }     // a quote at the chunk's end may be doubled
                    if bytes[index] == 0x0A { lineFeeds += 1; index += 1; continue }
                    if bytes[index + 1] != 0x22 { break }
                    index += 2
                }
                index += 1
                atFieldStart = false
                continue
            }
            if byte == delimiter {
                atFieldStart = true
                index += 1
            } else if byte == 0x0A || byte == 0x0D {
                return (index, lineFeeds)
            } else {
                // The rest of an unquoted field (a quote in it is text), to the separator or line break.
                atFieldStart = false
                index = next(from: index + 1, { bytesEqual($0, delimiter) | bytesEqual($0, 0x0A) | bytesEqual($0, 0x0D) },
                             { $0 == delimiter || $0 == 0x0A || $0 == 0x0D })
            }
        }
        return nil
    }

    /// The first line break or quote at or after `from` (`bytes.count` when there is none), eight bytes at a
    /// time. A word's candidates are its quotes and its bytes below 0x0E (both line breaks, and the rare
    /// tab or other control byte, which is looked at and passed): two tests where three exact ones took
    /// ~640 instructions a register line, a quarter of the reading thread of a next quarter (callgrind).
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var index = from
        while index + 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let candidates = bytesBelow(word, 0x0E) | bytesEqual(word, 0x22)
            if candidates == 0 { index += 8; continue }
            let found = index + candidates.trailingZeroBitCount >> 3
            let byte = bytes[found]
            if byte == 0x0A || byte == 0x0D || byte == 0x22 { return found }
            index = found + 1
        }
        while index < count, bytes[index] != 0x0A, bytes[index] != 0x0D, bytes[index] != 0x22 { index += 1 }
        return index
    }

    /// `lineEnd`, and the `LineHash` of the bytes before it, in one pass: each word looked at for a line
    /// break is mixed into the hash as it is.
    static func lineEndAndHash(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, hash: UInt64) {
        let count = bytes.count
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return (start, LineHash.of(bytes)) }
        var index = start
        var lanes = LineHash.Lanes()
        // Sixteen bytes at a time while they hold no candidate (SSE2: one compare each for the control
        // bytes and the quote, one mask), then a word at a time from the first block that does.
        let controlLimit = SIMD16<UInt8>(repeating: 0x0E), quote = SIMD16<UInt8>(repeating: 0x22)
        while index + 16 <= count {
            let block = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            if any((block .< controlLimit) .| (block .== quote)) { break }
            let words = unsafeBitCast(block, to: SIMD2<UInt64>.self)
            lanes.add(UInt64(littleEndian: words[0]))
            lanes.add(UInt64(littleEndian: words[1]))
            index += 16
        }
        while index + 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // Each candidate is one byte's high bit: a tab or another control byte is passed over.
            var candidates = bytesBelow(word, 0x0E) | bytesEqual(word, 0x22)
            while candidates != 0 {
                let offset = candidates.trailingZeroBitCount >> 3
                let byte = bytes[index + offset]
                if byte == 0x0A || byte == 0x0D || byte == 0x22 {
                    // The last bytes as `LineHash.of` takes them: the rest of the word zero.
                    if offset > 0 { lanes.add(word & (1 << UInt64(8 * offset) - 1)) }
                    return (index + offset, lanes.finish(count: index + offset - start))
                }
                candidates &= candidates - 1
            }
            lanes.add(word)
            index += 8
        }
        // The chunk's last few bytes: found byte by byte, the line hashed anew (once a chunk).
        let end = lineEnd(in: bytes, from: index)
        return (end, LineHash.of(UnsafeBufferPointer(rebasing: bytes[start..<end])))
    }

    /// The field ends of a record read in place; a record with more fields goes to the state machine.
    private var inPlaceEnds = [Int](repeating: 0, count: 256)

    /// The high bit of each byte of `word` that equals `byte`, the other bits 0 (exact: no carries cross
    /// bytes, as the low seven bits are added apart from the eighth).
    @inline(__always)
    private static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let lowSeven: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & lowSeven) &+ lowSeven) | x | lowSeven)
    }

    /// The high bit of the first byte of `word` (in memory order) below `limit` (at most 0x80), and maybe of
    /// later bytes, which a borrow from it can mark too: exact for the first only.
    @inline(__always)
    private static func bytesBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- UInt64(limit) &* 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// A separator that is a quote or a line break is read by the state machine only.
    private var readsInPlace: Bool { delimiter != 0x22 && delimiter != 0x0A && delimiter != 0x0D }

    mutating func finish(line: Int, emit: Emit) rethrows {
        if recordHasContent && state != .afterCR {
            try endRecord(unclosed: state == .quoted, emit: emit)
        }
    }

    private mutating func endRecord(unclosed: Bool, lineHash: UInt64 = 0, emit: Emit) rethrows {
        ends.append(storage.count)
        let line = recordLine
        try storage.withUnsafeBufferPointer { fields in
            try ends.withUnsafeBufferPointer { ends in
                try emit { encoding in
                    CSVRecord(storage: fields, ends: ends, line: line, encoding: encoding, hasUnclosedQuote: unclosed, lineHash: lineHash)
                }
            }
        }
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        recordHasContent = false
    }
}
