import Foundation

/// What one pass over a file tells before it is parsed: its identity (SHA-256 of the bytes, so a file
/// ingested twice is known whatever its name) and its encoding.
public struct FileFingerprint: Sendable, Equatable {
    /// Empty when the pass left it out (`of(path:digest:)`): `FileDigest` computes it beside the load.
    public internal(set) var sha256: String
    public let byteCount: Int
    public let encoding: TextEncoding
    public let hasUTF8BOM: Bool
    /// The first bytes (up to 64 KiB), for sniffing the separator without reading the file again.
    public let head: [UInt8]
    /// A binary file (a workbook, a zip, a PDF) given where a CSV belongs: it starts like one, or its
    /// first 64 KiB are more than 1% NUL bytes. A NUL or two in a text file damage only their rows.
    public let looksBinary: Bool
    /// Some field may hold a NUL byte or, in a UTF-8 file, a byte sequence that is not UTF-8: the
    /// fields a row's figures read are then checked one by one, and such a row is rejected.
    public let hasDamagedBytes: Bool

    /// `digest`: false leaves out the SHA-256 (0.18 s of the 0.2 s pass over a 187 MB register).
    public static func of(path: String, digest: Bool = true) throws -> FileFingerprint {
        let headSize = 65536
        let hasher: SHA256Digest? = digest ? SHA256Digest() : nil
        var validator = UTF8Validator()
        var count = 0
        var head: [UInt8] = []
        var sawNUL = false
        try ChunkedFile(path: path).forEachChunk { chunk in
            if head.count < headSize { head.append(contentsOf: chunk.prefix(headSize - head.count)) }
            hasher?.update(chunk)
            validator.feed(chunk)
            // memchr (vectorised): `contains` went byte by byte.
            if !sawNUL, let base = chunk.baseAddress, memchr(base, 0, chunk.count) != nil { sawNUL = true }
            count += chunk.count
        }
        let hex = hasher?.finish() ?? ""
        let utf8 = validator.isCompleteAndValid || validator.isMostlyUTF8
        return FileFingerprint(
            sha256: hex, byteCount: count, encoding: utf8 ? .utf8 : .windows1252,
            hasUTF8BOM: head.starts(with: [0xEF, 0xBB, 0xBF]), head: head, looksBinary: Self.looksBinary(head),
            hasDamagedBytes: sawNUL || (utf8 && !validator.isCompleteAndValid))
    }

    /// Zip (a workbook), OLE2 (an old .xls), PDF and gzip signatures, or a head more than 1% NUL.
    static func looksBinary(_ head: [UInt8]) -> Bool {
        BinaryKind(head) != nil || head.lazy.filter { $0 == 0 }.count * 100 > head.count
    }

    /// What a binary file given as a CSV seems to be, for advice that fits it.
    public var binaryKind: BinaryKind? { BinaryKind(head) }

    public enum BinaryKind: Sendable {
        case workbook, zip, oldExcel, pdf, gzip

        init?(_ head: [UInt8]) {
            if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                // Every .xlsx has a part [Content_Types].xml, nearly always its first.
                let text = String(decoding: head.prefix(4096), as: UTF8.self)
                self = text.contains("[Content_Types].xml") || text.contains("xl/workbook.xml") ? .workbook : .zip
            } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                self = .oldExcel
            } else if head.starts(with: Array("%PDF".utf8)) {
                self = .pdf
            } else if head.starts(with: [0x1F, 0x8B]) {
                self = .gzip
            } else {
                return nil
            }
        }
    }
}
