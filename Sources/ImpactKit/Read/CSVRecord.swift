/// One record of a CSV file, valid only inside the reader's callback (it points into the reader's buffers).
public struct CSVRecord {
    let storage: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
    /// Bytes between one field's end and the next one's start: 0 when the fields were copied one after
    /// the other, 1 when `storage` is the line as the file has it (a record without quotes, read in place).
    let gap: Int
    /// The physical line on which the record starts (1-based, counting every line of the file).
    public let line: Int
    public let encoding: TextEncoding
    /// The file ended inside a quoted field: this record swallowed everything after its opening quote.
    public let hasUnclosedQuote: Bool
    /// The `LineHash` of the record's bytes as the file has them (its line break left out), for a record
    /// with quotes read whole from one chunk; 0 otherwise (for one read in place, `storage` is the line).
    let lineHash: UInt64

    public var count: Int { ends.count }

    init(storage: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, gap: Int = 0, line: Int, encoding: TextEncoding,
         hasUnclosedQuote: Bool, lineHash: UInt64 = 0) {
        self.storage = storage; self.ends = ends; self.gap = gap; self.line = line; self.encoding = encoding
        self.hasUnclosedQuote = hasUnclosedQuote; self.lineHash = lineHash
    }

    /// A record of given text fields (a spreadsheet row), for the same validation path as a CSV line.
    public static func with<T>(fields: [String], line: Int, _ body: (CSVRecord) throws -> T) rethrows -> T {
        var storage: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(fields.count)
        for field in fields {
            storage.append(contentsOf: field.utf8)
            ends.append(storage.count)
        }
        return try storage.withUnsafeBufferPointer { storage in
            try ends.withUnsafeBufferPointer { ends in
                try body(CSVRecord(storage: storage, ends: ends, line: line, encoding: .utf8, hasUnclosedQuote: false))
            }
        }
    }

    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < ends.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = index == 0 ? 0 : ends[index - 1] + gap
        return UnsafeBufferPointer(rebasing: storage[start..<ends[index]])
    }

    /// The field without surrounding spaces, tabs and no-break spaces. Nearly every field starts and ends
    /// with a byte no space begins or ends with: that test is inlined where it is called (~30 times a
    /// record), the trimming itself is not (as one call it was ~3.5% of a first ingest's CPU).
    @inline(__always)
    public func trimmed(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let field = bytes(index)
        guard let first = field.first, let last = field.last else { return field }
        if first > 0x20 && first != 0xC2 && first != 0xA0 && last > 0x20 && last != 0xA0 { return field }
        return trimmingSpaces(field)
    }

    @inline(never)
    private func trimmingSpaces(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0, upper = field.count
        while lower < upper, Self.isSpace(field, at: lower, forward: true, encoding: encoding) { lower += Self.spaceWidth(field, at: lower, encoding) }
        while upper > lower, Self.isSpace(field, at: upper - 1, forward: false, encoding: encoding) { upper -= Self.trailingSpaceWidth(field, endingAt: upper, encoding) }
        return UnsafeBufferPointer(rebasing: field[lower..<upper])
    }

    /// The trimmed field as text, decoded from the file's encoding.
    public func string(_ index: Int) -> String { encoding.decode(trimmed(index)) }

    /// The raw (untrimmed) field as text, for rejected-row listings that must show what was there.
    public func rawString(_ index: Int) -> String { encoding.decode(bytes(index)) }

    /// A line with nothing but separators and spaces: Frictionless calls it a blank-row.
    public var isBlank: Bool {
        for index in 0..<count where trimmed(index).count > 0 { return false }
        return true
    }

    private static func isSpace(_ field: UnsafeBufferPointer<UInt8>, at index: Int, forward: Bool, encoding: TextEncoding) -> Bool {
        let byte = field[index]
        if byte == 0x20 || byte == 0x09 { return true }
        if encoding == .windows1252 { return byte == 0xA0 }
        // U+00A0 in UTF-8 is C2 A0.
        if forward { return byte == 0xC2 && index + 1 < field.count && field[index + 1] == 0xA0 }
        return byte == 0xA0 && index > 0 && field[index - 1] == 0xC2
    }

    private static func spaceWidth(_ field: UnsafeBufferPointer<UInt8>, at index: Int, _ encoding: TextEncoding) -> Int {
        encoding == .utf8 && field[index] == 0xC2 ? 2 : 1
    }

    private static func trailingSpaceWidth(_ field: UnsafeBufferPointer<UInt8>, endingAt upper: Int, _ encoding: TextEncoding) -> Int {
        encoding == .utf8 && field[upper - 1] == 0xA0 ? 2 : 1
    }
}
