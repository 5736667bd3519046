import Foundation

/// The UTF-8 and NUL check of a file's text made by its reading thread instead of by the whole pass
/// beside it (`FileDigest`), over the bytes that thread does not skip: a line it skips repeats byte for
/// byte one of the quarter before's, kept from a file read as UTF-8 without damaged bytes (the kept
/// lines' layout says so: `Ingestor.lineLayout`), so only the other ~7% of the 1M next quarter's bytes
/// are looked at. The whole pass's check was ~21 ms of its CPU there (perf; its upper bound, the check
/// left out: paired 1.044 wall, 1.047 CPU over 24 rounds).
///
/// It can only prove a file clean: anything else (a broken character, a NUL, or a read that stopped
/// before the file's end) leaves the whole check to a pass of its own (`FileDigest.fingerprint`).
final class ReadingTextCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var clean = false

    /// Whether the last read of the file reached its end and found only UTF-8 without a NUL.
    var provedClean: Bool { lock.lock(); defer { lock.unlock() }; return clean }

    /// Called by the reading thread as it starts (a file may be read twice: `SkippedLineConflict`).
    func begin() { lock.lock(); clean = false; lock.unlock() }

    /// Called by the reading thread once it has read the whole file.
    func finish(_ check: TextCheck) { lock.lock(); clean = check.isClean; lock.unlock() }
}

/// UTF-8 and NULs over bytes fed in file order: the whole pass's (`FileFingerprint.Pass`) and the reading
/// thread's, which feeds every byte it does not skip (skipped lines lie between line breaks, so the bytes
/// around them still meet at a character's boundary).
struct TextCheck {
    private(set) var validator = UTF8Validator()
    private(set) var sawNUL = false

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        validator.feed(bytes)
        // memchr (vectorised): `contains` went byte by byte.
        if !sawNUL, memchr(base, 0, bytes.count) != nil { sawNUL = true }
    }

    var isClean: Bool { validator.isCompleteAndValid && !sawNUL }
}
