/// How far the ingest of one file has come, for a progress line. The ingest stage only reports it; the
/// command line decides whether and how to show it.
public struct IngestProgress: Sendable {
    /// The file's name (a workbook's sheet: `activeringscentra_2022-Q4.xlsx [Klussen]`).
    public let file: String
    /// Bytes of the file read so far; nil when not known (a sheet is read from its unpacked XML).
    public let bytesRead: Int?
    public let bytes: Int
    public let rows: Int
    /// The file is done (loaded, refused or skipped): the line can go.
    public let finished: Bool
}

/// Counts one file's rows and bytes and passes them on now and then: every 4,096 rows (a chunk of a
/// CSV file is about 5,000 rows) and after every chunk of a CSV file.
final class ProgressTracker {
    private let report: ((IngestProgress) -> Void)?
    var file: String
    let bytes: Int
    var bytesRead: Int?
    private var rows = 0

    init(file: String, bytes: Int, report: ((IngestProgress) -> Void)?) {
        self.file = file; self.bytes = bytes; self.report = report
        send()
    }

    func row() { addRows(1) }

    func addRows(_ count: Int) {
        let before = rows
        rows += count
        if rows >> 12 != before >> 12 { send() }
    }

    func read(_ byteCount: Int) {
        bytesRead = byteCount
        send()
    }

    func send(finished: Bool = false) {
        report?(IngestProgress(file: file, bytesRead: bytesRead, bytes: bytes, rows: rows, finished: finished))
    }
}
