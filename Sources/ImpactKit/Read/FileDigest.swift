import Foundation

/// The SHA-256 of a file computed on a thread of its own while the file loads. A file whose byte count
/// no stored file has cannot hold the same bytes as one, so its identity is not needed before the load
/// (only to be recorded with it): the digest, 0.18 s of a 187 MB register, then runs beside the load
/// instead of before it.
final class FileDigest: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the digest's thread before `done` is signalled, read after it.
    private var digest: Result<String, Error> = .success("")

    init(path: String) {
        Thread.detachNewThread { [self] in
            digest = Result {
                let hasher = SHA256Digest()
                try ChunkedFile(path: path).forEachChunk { hasher.update($0) }
                return hasher.finish()
            }
            done.signal()
        }
    }

    /// Waits for the digest: 64 lowercase hexadecimal digits.
    func value() throws -> String {
        done.wait()
        done.signal()   // a second call does not wait forever
        return try digest.get()
    }
}
