import Foundation

/// A file's whole fingerprint (SHA-256, encoding, damaged bytes) computed on a thread of its own while
/// the file loads. A file whose byte count no stored file has cannot hold the same bytes as one, so its
/// identity is not needed before the load (only to be recorded with it), and the load starts on what
/// the file's first chunk suggests (`FileFingerprint.guess`): the pass, ~0.2 s of a 187 MB register,
/// then runs beside the load instead of before it (the 1M next quarter A/B 0.915 wall, 0.944 CPU, 30
/// pairs in alternating order; the first ingest, whose cores are busy throughout, 1.00).
final class FileDigest: @unchecked Sendable {
    private let path: String
    private let done = DispatchSemaphore(value: 0)
    /// Written by the digest's thread before `done` is signalled, read after it.
    private var whole: Result<FileFingerprint, Error> = .failure(InputError(file: "", message: ""))
    /// Set when the reading thread checks the text instead of this pass (`ReadingTextCheck`).
    let readingCheck: ReadingTextCheck?
    /// The text checked by a pass of its own, when the reading could not prove it clean (made once).
    private var checkedApart: FileFingerprint?

    /// `textCheckedByReading`: the pass leaves out the UTF-8 and NUL check; the load must then read the
    /// file with `readingCheck`.
    init(path: String, textCheckedByReading: Bool = false) {
        self.path = path
        readingCheck = textCheckedByReading ? ReadingTextCheck() : nil
        Thread.detachNewThread { [self] in
            // Behind the load's threads (on Linux a nice value is a thread's own; 0: this thread): the
            // pass is needed only when the file's rows are in, and taken first it left the load one core
            // for its first ~0.15 s. Nice 10, not 19: on a busy machine it still moves.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            whole = Result { try FileFingerprint.of(path: path, checksText: !textCheckedByReading) }
            done.signal()
        }
    }

    /// Waits for the whole pass. Called on one thread at a time (the ingest's).
    func fingerprint() throws -> FileFingerprint {
        done.wait()
        done.signal()   // a second call does not wait forever
        let digested = try whole.get()
        guard let readingCheck, !readingCheck.provedClean else { return digested }
        // A broken character or a NUL where the reading looked, or a read that never reached the end
        // (a refused file): the text checked whole, as the pass would have.
        if checkedApart == nil {
            checkedApart = try FileFingerprint.of(path: path, digest: false)
            checkedApart?.sha256 = digested.sha256
        }
        return checkedApart!
    }
}
