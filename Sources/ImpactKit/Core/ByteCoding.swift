/// A compact binary form for counts kept in the database (a snapshot's tally, `TallyState`): unsigned
/// LEB128 integers, signed ones zigzagged first. Written by hand: the state of a 1M-row snapshot holds
/// ~1.6 million sorted keys, which as deltas take ~2 bytes each; JSON or a property list would spend
/// ~10 times the bytes and time on them.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(reserving capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func integer(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func data(_ data: some Collection<UInt8>) {
        unsigned(UInt64(data.count))
        bytes.append(contentsOf: data)
    }

    mutating func text(_ text: String) { data(Array(text.utf8)) }
}

/// Reads what a `ByteWriter` wrote; nil (and nothing further) once the bytes run out or make no sense,
/// so that a damaged or foreign state is simply not used.
struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0
    private(set) var failed = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while !failed, position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        failed = true
        return nil
    }

    mutating func integer() -> Int? {
        guard let raw = unsigned() else { return nil }
        return Int(truncatingIfNeeded: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A count of things to follow, refused when more than the bytes left could hold.
    mutating func count() -> Int? {
        guard let raw = unsigned(), raw <= UInt64(bytes.count - position) else { failed = true; return nil }
        return Int(raw)
    }

    mutating func data() -> [UInt8]? {
        guard let length = count() else { return nil }
        defer { position += length }
        return Array(bytes[position..<(position + length)])
    }

    mutating func text() -> String? { data().map { String(decoding: $0, as: UTF8.self) } }
}
