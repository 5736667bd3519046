import CInflate
import Foundation

/// The parts of a zip file (a workbook), read by hand with zlib, the one place that calls it. Written by
/// hand instead of with ZIPFoundation 0.9.20, which loops forever on a deflate stream that does not end
/// before the file does (found by fuzzing: a workbook with a few bytes changed hung `ingest`); here such
/// a part is an error, and so is a part that would unpack to more than `maximumPartSize` (a zip bomb).
/// Enough of the format for what Excel, LibreOffice and openpyxl write: stored and deflated parts, no
/// zip64, no encryption.
final class ZipFile {
    struct Entry {
        let path: String
        let method: UInt16
        let compressedSize: Int
        let uncompressedSize: Int
        let crc32: UInt32
        let localHeaderOffset: Int
    }

    struct Damaged: Error { let reason: String }

    static let maximumPartSize = 2 << 30
    let entries: [String: Entry]
    private let handle: FileHandle
    private let size: Int

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Damaged(reason: "niet te openen") }
        self.handle = handle
        size = Int(try handle.seekToEnd())
        // The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KiB.
        let tailLength = min(size, 22 + 65_535)
        let tail = try Self.read(handle, at: size - tailLength, count: tailLength)
        guard let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { Self.uint32(tail, $0) == 0x0605_4B50 }) else {
            throw Damaged(reason: "geen inhoudsopgave van het zip-bestand")
        }
        let count = Int(Self.uint16(tail, end + 10)), directorySize = Int(Self.uint32(tail, end + 12))
        let directoryOffset = Int(Self.uint32(tail, end + 16))
        guard directoryOffset + directorySize <= size else { throw Damaged(reason: "inhoudsopgave buiten het bestand") }
        let directory = try Self.read(handle, at: directoryOffset, count: directorySize)
        var entries: [String: Entry] = [:]
        var position = 0
        for _ in 0..<count {
            guard position + 46 <= directory.count, Self.uint32(directory, position) == 0x0201_4B50 else {
                throw Damaged(reason: "inhoudsopgave onleesbaar")
            }
            let nameLength = Int(Self.uint16(directory, position + 28)), extraLength = Int(Self.uint16(directory, position + 30))
            let commentLength = Int(Self.uint16(directory, position + 32))
            guard position + 46 + nameLength <= directory.count else { throw Damaged(reason: "inhoudsopgave onleesbaar") }
            let path = String(decoding: directory[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entries[path] = Entry(path: path, method: Self.uint16(directory, position + 10), compressedSize: Int(Self.uint32(directory, position + 20)),
                                  uncompressedSize: Int(Self.uint32(directory, position + 24)), crc32: Self.uint32(directory, position + 16),
                                  localHeaderOffset: Int(Self.uint32(directory, position + 42)))
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    deinit { try? handle.close() }

    /// Unpacks one part, handing the bytes to `consumer` in pieces; checks its length and CRC-32.
    func extract(_ entry: Entry, _ consumer: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let header = try Self.read(handle, at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, Self.uint32(header, 0) == 0x0403_4B50 else { throw Damaged(reason: "\(entry.path): kop ontbreekt") }
        let dataOffset = entry.localHeaderOffset + 30 + Int(Self.uint16(header, 26)) + Int(Self.uint16(header, 28))
        guard dataOffset + entry.compressedSize <= size else { throw Damaged(reason: "\(entry.path) loopt voorbij het einde van het bestand") }
        try handle.seek(toOffset: UInt64(dataOffset))
        var crc = crc32(0, nil, 0)
        var produced = 0
        func emit(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            produced += bytes.count
            guard produced <= Self.maximumPartSize else { throw Damaged(reason: "\(entry.path) pakt uit tot meer dan 2 GB") }
            crc = crc32(crc, bytes.baseAddress, uInt(bytes.count))
            try consumer(bytes)
        }
        switch entry.method {
        case 0:
            var left = entry.compressedSize
            while left > 0 {
                let chunk = try handle.read(upToCount: min(left, 1 << 20)) ?? Data()
                guard !chunk.isEmpty else { throw Damaged(reason: "\(entry.path) is afgebroken") }
                left -= chunk.count
                try chunk.withUnsafeBytes { try emit($0.bindMemory(to: UInt8.self)) }
            }
        case 8:
            try inflate(entry, emit)
        default:
            throw Damaged(reason: "\(entry.path) is op een onbekende manier ingepakt (methode \(entry.method))")
        }
        guard produced == entry.uncompressedSize, UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw Damaged(reason: "\(entry.path) is beschadigd (controlegetal klopt niet)") }
    }

    private func inflate(_ entry: Entry, _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Damaged(reason: "zlib") }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 1 << 18)
        var left = entry.compressedSize
        var result = Z_OK
        while result != Z_STREAM_END {
            // The part's own bytes and no more: a stream that has not ended when they run out is damaged.
            guard left > 0 else { throw Damaged(reason: "\(entry.path) is afgebroken") }
            var input = [UInt8](try handle.read(upToCount: min(left, 1 << 18)) ?? Data())
            guard !input.isEmpty else { throw Damaged(reason: "\(entry.path) is afgebroken") }
            left -= input.count
            try input.withUnsafeMutableBufferPointer { input in
                stream.next_in = input.baseAddress
                stream.avail_in = uInt(input.count)
                repeat {
                    try output.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(out.count)
                        result = CInflate.inflate(&stream, Z_NO_FLUSH)
                        guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else {
                            throw Damaged(reason: "\(entry.path) is beschadigd")
                        }
                        try emit(UnsafeBufferPointer(rebasing: out[..<(out.count - Int(stream.avail_out))]))
                    }
                } while stream.avail_out == 0 && result != Z_STREAM_END
            }
        }
    }

    private static func read(_ handle: FileHandle, at offset: Int, count: Int) throws -> [UInt8] {
        guard offset >= 0 else { return [] }
        try handle.seek(toOffset: UInt64(offset))
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        at + 2 <= bytes.count ? UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 : 0
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        at + 4 <= bytes.count ? UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16 : 0
    }
}
