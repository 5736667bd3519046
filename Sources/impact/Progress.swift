import ArgumentParser
import Foundation
import ImpactKit

/// `--stil`, for the commands that show progress.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .customLong("stil"), help: "Geen voortgangsregel, ook niet op een terminal (meldingen en fouten blijven).")
    var quiet = false

    func statusLine() -> StatusLine { StatusLine(enabled: !quiet && isatty(STDERR_FILENO) == 1) }
}

/// One line on the terminal that redraws in place, on stderr so that what goes to stdout stays clean.
/// Nothing at all when stderr is not a terminal (a pipe, a log file, CI) or with `--stil`.
final class StatusLine {
    let enabled: Bool
    private var shown = false
    private var lastDrawn = 0.0

    init(enabled: Bool) { self.enabled = enabled }

    /// Shows `text`, at most ten times a second unless `now` (a new step should be seen at once).
    func show(_ text: String, now: Bool = true) {
        guard enabled else { return }
        let time = ProcessInfo.processInfo.systemUptime
        if !now && time - lastDrawn < 0.1 { return }
        lastDrawn = time
        // Cut to the terminal's width: a line that wraps can no longer be redrawn with \r.
        let fitted = String(text.prefix(max(20, Self.terminalWidth() - 1)))
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + fitted).utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

/// `dromen_2025-Q1.csv  38%  71 van 187 MB  380.000 regels  412.000/s  nog 4 s`, redrawn as the ingest goes.
final class IngestMeter {
    private let line: StatusLine
    private var current: (file: String, since: Double)?

    init(_ line: StatusLine) { self.line = line }

    func update(_ progress: IngestProgress) {
        guard line.enabled else { return }
        if progress.finished { line.clear(); current = nil; return }
        let now = ProcessInfo.processInfo.systemUptime
        if current?.file != progress.file { current = (progress.file, now) }
        let elapsed = now - current!.since
        var parts = [progress.file]
        if let read = progress.bytesRead, progress.bytes > 0 {
            parts.append("\(read * 100 / progress.bytes)%  \(Self.megabytes(read)) van \(Self.megabytes(progress.bytes)) MB")
        }
        parts.append("\(DutchFormat.integer(progress.rows)) regels")
        if elapsed >= 0.5 { parts.append("\(DutchFormat.integer(Int(Double(progress.rows) / elapsed)))/s") }
        if let read = progress.bytesRead, read > 0, elapsed >= 1 {
            parts.append("nog \(Self.duration(elapsed * Double(progress.bytes - read) / Double(read)))")
        }
        line.show(parts.joined(separator: "  "), now: false)
    }

    static func megabytes(_ bytes: Int) -> String { DutchFormat.integer((bytes + 500_000) / 1_000_000) }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }
}
