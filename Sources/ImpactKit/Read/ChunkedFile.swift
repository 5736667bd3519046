import Foundation

/// Reads a file in fixed-size chunks into one reused buffer, so memory stays flat whatever the file's size.
struct ChunkedFile: ~Copyable {
    static let chunkSize = 1 << 20
    private let handle: UnsafeMutablePointer<FILE>

    init(path: String) throws(InputError) {
        guard let handle = fopen(path, "rb") else {
            throw InputError(file: path, message: "kan het bestand niet openen (\(String(cString: strerror(errno))))")
        }
        self.handle = handle
    }

    deinit { fclose(handle) }

    /// Calls `body` with each chunk in order, at most `limit` of them; the buffer is only valid during
    /// the call.
    func forEachChunk(limit: Int = .max, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        try buffer.withUnsafeMutableBufferPointer { storage in
            for _ in 0..<limit {
                let count = fread(storage.baseAddress, 1, Self.chunkSize, handle)
                if count > 0 { try body(UnsafeBufferPointer(rebasing: storage[0..<count])) }
                if count < Self.chunkSize { break }
            }
        }
    }
}
