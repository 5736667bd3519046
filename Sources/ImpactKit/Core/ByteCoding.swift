/// A compact binary form for counts kept in the database (a snapshot's tally, `TallyState`): unsigned
/// LEB128 integers, signed ones zigzagged first. Written by hand: the state of a 1M-row snapshot holds
/// ~1.6 million sorted keys, which as deltas take ~2 bytes each; JSON or a property list would spend
/// ~10 times the bytes and time on them.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(reserving capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func unsigned(_ value: UInt64) { Self.encode(value) { bytes.append($0) } }

    /// Seven bits a byte, lowest first, the high bit set on every byte but the last.
    @inline(__always)
    static func encode(_ value: UInt64, _ put: (UInt8) -> Void) {
        var value = value
        while value >= 0x80 {
            put(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        put(UInt8(value))
    }

    /// The number of integers `each` writes (at most `atMost`), then them, as `unsigned` writes each (a
    /// list's length may be known only once it is walked: `DistinctChildren.write`). They are encoded
    /// straight into memory of their own and appended at once: appended byte by byte, each byte checked
    /// the array's capacity and uniqueness, and the kept children of the 1M-dossier register (~1M keys)
    /// took ~18 ms of the end of an ingest.
    mutating func unsignedList(atMost: Int, _ each: (_ write: (UInt64) -> Void) -> Void) {
        var written = 0
        let encoded = [UInt8](unsafeUninitializedCapacity: atMost * Self.maximumUnsignedBytes) { buffer, count in
            guard let base = buffer.baseAddress else { count = 0; return }
            var out = 0
            each { value in
                precondition(out + Self.maximumUnsignedBytes <= buffer.count, "more integers than announced")
                Self.encode(value) { base[out] = $0; out += 1 }
                written += 1
            }
            count = out
        }
        unsignedList((encoded, written))
    }

    /// A list encoded elsewhere (`encode` each integer, one after the other), written as `unsignedList` does.
    mutating func unsignedList(_ encoded: (bytes: [UInt8], count: Int)) {
        unsigned(UInt64(encoded.count))
        bytes.append(contentsOf: encoded.bytes)
    }

    /// 64 bits, seven to a byte.
    static let maximumUnsignedBytes = 10

    mutating func integer(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func data(_ data: some Collection<UInt8>) {
        unsigned(UInt64(data.count))
        bytes.append(contentsOf: data)
    }

    mutating func text(_ text: String) { data(Array(text.utf8)) }

    /// Bytes as they are: their length the reader knows otherwise.
    mutating func raw(_ data: UnsafeRawBufferPointer) { bytes.append(contentsOf: data) }

    /// What another writer wrote, as if written here.
    mutating func append(_ other: ByteWriter) { bytes.append(contentsOf: other.bytes) }
}

/// Reads what a `ByteWriter` wrote; nil (and nothing further) once the bytes run out or make no sense,
/// so that a damaged or foreign state is simply not used.
struct ByteReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int
    private(set) var failed = false

    init(_ bytes: [UInt8]) { self.init(bytes[...]) }

    /// Positions (`dataRange`) are the slice's own indices, those of the array it is a part of.
    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var atEnd: Bool { position == bytes.endIndex }

    mutating func unsigned() -> UInt64? {
        var read: UInt64?
        _ = unsigned(count: 1) { read = $0; return true }
        return read
    }

    /// `count` unsigned integers, each given to `body` in turn; false (and `failed`) when the bytes run
    /// out or make no sense first, or `body` refuses one. Read through a pointer, as `unsignedList`
    /// writes them: one `unsigned()` at a time, the kept children of the 1M-dossier register took ~18 ms
    /// of the start of its next quarter.
    mutating func unsigned(count: Int, _ body: (UInt64) -> Bool) -> Bool {
        guard !failed else { return false }
        var position = self.position - bytes.startIndex, ok = true
        bytes.withUnsafeBufferPointer { bytes in
            var remaining = count
            while remaining > 0 {
                guard let value = Self.unsigned(in: bytes, at: &position), body(value) else { ok = false; return }
                remaining -= 1
            }
        }
        self.position = bytes.startIndex + position
        if !ok { failed = true }
        return ok
    }

    /// The integer at `position` of `bytes`, which moves past it; nil when the bytes run out first or it
    /// holds more than 64 bits.
    @inline(__always)
    static func unsigned(in bytes: UnsafeBufferPointer<UInt8>, at position: inout Int) -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { return nil }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// `count` unsigned integers as `unsigned(count:)` reads them, and the bytes they were read from
    /// (sharing the reader's storage, not copied): for a list that is walked again later.
    mutating func unsignedBytes(count: Int, _ body: (UInt64) -> Bool) -> ArraySlice<UInt8>? {
        let start = position
        guard unsigned(count: count, body) else { return nil }
        return bytes[start..<position]
    }

    /// The bytes of the next `count` unsigned integers, passed over without decoding them (an integer's
    /// last byte is the one without the high bit, counted eight bytes at a time): for bytes known to be
    /// as they were written. Nil (and `failed`) when the bytes run out first.
    mutating func unsignedBytes(count: Int) -> ArraySlice<UInt8>? {
        guard !failed else { return nil }
        var remaining = count, at = position - bytes.startIndex
        bytes.withUnsafeBytes { raw in
            while remaining > 0, at + 8 <= raw.count {
                let lastBytes = (~raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) & 0x8080_8080_8080_8080).nonzeroBitCount
                if lastBytes >= remaining { break }
                remaining -= lastBytes
                at += 8
            }
            while remaining > 0, at < raw.count {
                if raw[at] < 0x80 { remaining -= 1 }
                at += 1
            }
        }
        guard remaining == 0 else { failed = true; return nil }
        let start = position
        position = bytes.startIndex + at
        return bytes[start..<position]
    }

    mutating func integer() -> Int? {
        guard let raw = unsigned() else { return nil }
        return Int(truncatingIfNeeded: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A count of things to follow, refused when more than the bytes left could hold.
    mutating func count() -> Int? {
        guard let raw = unsigned(), raw <= UInt64(bytes.endIndex - position) else { failed = true; return nil }
        return Int(raw)
    }

    mutating func data() -> [UInt8]? {
        guard let length = count() else { return nil }
        defer { position += length }
        return Array(bytes[position..<(position + length)])
    }

    /// Where the next `data()` lies among the bytes, passed over rather than copied out: for a reader of
    /// bytes the caller holds too.
    mutating func dataRange() -> Range<Int>? {
        guard let length = count() else { return nil }
        defer { position += length }
        return position..<(position + length)
    }

    mutating func text() -> String? { data().map { String(decoding: $0, as: UTF8.self) } }
}

/// The last 0 to 7 bytes of a buffer as one little-endian word, the rest zero: how `RowHash` and
/// `LineHash` take a field's or a line's tail. Read 4, 2 and 1 at a time: most fields are short, and
/// byte by byte the rows' hash cost 21M more instructions (callgrind, 100k first ingest: 2,614.6M).
@inline(__always)
func partialWord(_ raw: UnsafeRawPointer, from start: Int, to end: Int) -> UInt64 {
    var index = start, tail: UInt64 = 0, shift: UInt64 = 0
    if end - index >= 4 {
        tail = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)))
        shift = 32; index += 4
    }
    if end - index >= 2 {
        tail |= UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt16.self))) << shift
        shift += 16; index += 2
    }
    if index < end { tail |= UInt64(raw.load(fromByteOffset: index, as: UInt8.self)) << shift }
    return tail
}
