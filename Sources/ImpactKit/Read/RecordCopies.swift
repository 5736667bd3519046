/// Records copied out of the reader's buffers, to be read again later or on another thread: their
/// bytes one after the other in one array, so a thousand records cost a few allocations, not two each.
struct RecordCopies {
    private var bytes: [UInt8] = []
    /// Each field's end, counted from the start of its record (as `CSVRecord.ends` are).
    private var ends: [Int] = []
    private var records: [(bytesEnd: Int, endsEnd: Int, gap: Int, line: Int, hasUnclosedQuote: Bool, lineHash: UInt64)] = []
    private var encoding = TextEncoding.utf8

    init(reserving count: Int = 0) {
        records.reserveCapacity(count)
        bytes.reserveCapacity(count * 192)
        ends.reserveCapacity(count * 16)
    }

    var count: Int { records.count }
    var isEmpty: Bool { records.isEmpty }

    mutating func append(_ record: CSVRecord) {
        bytes.append(contentsOf: record.storage)
        ends.append(contentsOf: record.ends)
        encoding = record.encoding
        records.append((bytes.count, ends.count, record.gap, record.line, record.hasUnclosedQuote, record.lineHash))
    }

    /// Empty again, keeping the room it had (to be filled with the next batch).
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true); ends.removeAll(keepingCapacity: true); records.removeAll(keepingCapacity: true)
    }

    /// Each record as it was appended, valid only during its call.
    func forEach(_ body: (CSVRecord) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                var bytesStart = 0, endsStart = 0
                for record in records {
                    try body(CSVRecord(storage: UnsafeBufferPointer(rebasing: bytes[bytesStart..<record.bytesEnd]),
                                       ends: UnsafeBufferPointer(rebasing: ends[endsStart..<record.endsEnd]), gap: record.gap,
                                       line: record.line, encoding: encoding, hasUnclosedQuote: record.hasUnclosedQuote,
                                       lineHash: record.lineHash))
                    bytesStart = record.bytesEnd; endsStart = record.endsEnd
                }
            }
        }
    }
}
