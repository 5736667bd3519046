/// What one pass over a file tells before it is parsed: its identity (SHA-256 of the bytes, so a file
/// ingested twice is known whatever its name) and its encoding.
public struct FileFingerprint: Sendable, Equatable {
    public let sha256: String
    public let byteCount: Int
    public let encoding: TextEncoding
    public let hasUTF8BOM: Bool
    /// The first bytes (up to 64 KiB), for sniffing the separator without reading the file again.
    public let head: [UInt8]
    /// True when the file holds a NUL byte: a binary file (a workbook, a zip) given where a CSV belongs.
    public let looksBinary: Bool

    public static func of(path: String) throws -> FileFingerprint {
        let headSize = 65536
        let hasher = SHA256Digest()
        var validator = UTF8Validator()
        var count = 0
        var head: [UInt8] = []
        var sawNUL = false
        try ChunkedFile(path: path).forEachChunk { chunk in
            if head.count < headSize { head.append(contentsOf: chunk.prefix(headSize - head.count)) }
            hasher.update(chunk)
            validator.feed(chunk)
            if !sawNUL, chunk.contains(0) { sawNUL = true }
            count += chunk.count
        }
        let hex = hasher.finish()
        return FileFingerprint(
            sha256: hex, byteCount: count,
            encoding: validator.isCompleteAndValid ? .utf8 : .windows1252,
            hasUTF8BOM: head.starts(with: [0xEF, 0xBB, 0xBF]), head: head, looksBinary: sawNUL)
    }
}
