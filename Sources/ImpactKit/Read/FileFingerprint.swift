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
    /// `checksText`: false leaves out the UTF-8 and NUL check, the text then taken for clean UTF-8 (the
    /// reading thread checks it: `ReadingTextCheck`).
    public static func of(path: String, digest: Bool = true, checksText: Bool = true) throws -> FileFingerprint {
        var pass = Pass(digest: digest, checksText: checksText)
        try ChunkedFile(path: path).forEachChunk { pass.feed($0) }
        let count = pass.count
        return pass.fingerprint(byteCount: count)
    }

    /// What the file's first chunk (1 MiB) suggests, without reading the rest: the SHA-256 left out, the
    /// encoding and damaged bytes as far as they show, the size as the file system gives it. Exact for a
    /// file no larger than a chunk; for a larger one `FileDigest` makes the whole pass beside the load,
    /// and a load made on a guess that proves wrong is done again (`Ingestor`).
    static func guess(path: String) throws -> FileFingerprint {
        var pass = Pass(digest: false)
        try ChunkedFile(path: path).forEachChunk(limit: 1) { pass.feed($0) }
        let size = max(FileStatus.of(path)?.size ?? 0, pass.count)
        return pass.fingerprint(byteCount: size, guessing: true)
    }

    /// Whether a load made with this (guessed) fingerprint read the file as the whole pass says it is.
    func agrees(with whole: FileFingerprint) -> Bool {
        byteCount == whole.byteCount && encoding == whole.encoding && hasDamagedBytes == whole.hasDamagedBytes && head == whole.head
    }

    /// One pass over a file's chunks in order.
    struct Pass: ~Copyable {
        static let headSize = 65536
        var hasher: SHA256Digest?
        var text = TextCheck()
        var count = 0
        var head: [UInt8] = []
        let checksText: Bool

        init(digest: Bool, checksText: Bool = true) {
            hasher = digest ? SHA256Digest() : nil
            self.checksText = checksText
        }

        mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
            if head.count < Self.headSize { head.append(contentsOf: chunk.prefix(Self.headSize - head.count)) }
            hasher?.update(chunk)
            if checksText { text.feed(chunk) }
            count += chunk.count
        }

        /// `guessing`: the pass saw only the start of the file, so a character cut off at its end is not
        /// a damaged one.
        mutating func fingerprint(byteCount: Int, guessing: Bool = false) -> FileFingerprint {
            let cutOff = guessing && byteCount > count
            let validator = text.validator
            let valid = cutOff ? validator.isValid : validator.isCompleteAndValid
            let utf8 = valid || validator.isMostlyUTF8
            return FileFingerprint(
                sha256: hasher.take()?.finish() ?? "", byteCount: byteCount, encoding: utf8 ? .utf8 : .windows1252,
                hasUTF8BOM: head.starts(with: [0xEF, 0xBB, 0xBF]), head: head, looksBinary: FileFingerprint.looksBinary(head),
                hasDamagedBytes: text.sawNUL || (utf8 && !valid))
        }
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
