import Foundation

/// What the ingest stage works out beside the load itself: how big a file's key map should be, giving
/// memory back between steps, and what a header that fits another export says.
extension Ingestor {
    /// glibc keeps the memory of a load's key map after it is freed (its mmap threshold rises with each
    /// large block freed), so the figures computed next came on top of it: 189 MB peak for a
    /// 3,000,000-dossier ingest. Handing it back first (RSS 115 -> 41 MB) keeps the peak at the larger
    /// of the two steps.
    static func returnFreedMemory() {
        // malloc_trim is glibc's own (malloc.h is not in Swift's Glibc module): looked up, so that
        // another C library simply has none.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        }
    }

    /// The rows of a CSV file by its size and the line length of its first 64 KB: what a snapshot's key
    /// map is sized for (a wrong guess only means the map grows, or has room to spare).
    static func estimatedRows(_ fingerprint: FileFingerprint) -> Int {
        let lineEnds = fingerprint.head.lazy.filter { $0 == 0x0A }.count
        guard lineEnds > 1, fingerprint.head.count < fingerprint.byteCount else { return lineEnds }
        return Int(Double(fingerprint.byteCount) * Double(lineEnds) / Double(fingerprint.head.count))
    }

    /// A header that fits another export better (a collections file saved under a bank file's name) says so.
    func otherExportHint(_ problem: (error: InputError, cells: [String]), kind: ExportKind) -> InputError {
        guard let other = ExportKind.recognise(fileName: "", header: problem.cells, renames: configuration.renames, among: exports),
              other.source != kind.source else { return problem.error }
        return InputError(file: problem.error.file, message: problem.error.message + "; de kop lijkt op die van \(other.title) (\(other.fileNamePrefix)_...): staat het bestand onder de goede naam?")
    }
}
