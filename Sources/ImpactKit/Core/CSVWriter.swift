import Foundation

/// Writes CSV for people who open it in Excel: UTF-8 with BOM (so `ë` and `€` survive), `;` or `,`
/// separated, quoted where needed. Text that Excel would run as a formula (`=`, `+`, `-`, `@` in front)
/// is prefixed with `'` unless it is a plain number, so a cell from input text is never a formula.
public final class CSVWriter {
    private let handle: UnsafeMutablePointer<FILE>
    private let separator: String
    private let guardsFormulas: Bool
    public let path: String

    public init(path: String, separator: String = ";", withBOM: Bool = true, guardsFormulas: Bool = true) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard let handle = fopen(path, "wb") else { throw InputError(file: path, message: "kan niet schrijven: \(String(cString: strerror(errno)))") }
        self.handle = handle
        self.path = path
        self.separator = separator
        self.guardsFormulas = guardsFormulas
        if withBOM { fputs("\u{FEFF}", handle) }
    }

    deinit { fclose(handle) }

    /// The bytes of the line being written, their room kept between lines (`write`).
    private var lineBytes: [UInt8] = []

    public func write(_ fields: [String]) {
        lineBytes.removeAll(keepingCapacity: true)
        Self.append(fields, separator: separator, guardsFormulas: guardsFormulas, to: &lineBytes)
        fwrite(lineBytes, 1, lineBytes.count, handle)
    }

    /// One line as `write` writes it, with its CRLF: for CSV that goes to the terminal rather than a file.
    public static func line(_ fields: [String], separator: String = ";", guardsFormulas: Bool = true) -> String {
        var bytes: [UInt8] = []
        append(fields, separator: separator, guardsFormulas: guardsFormulas, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The fields escaped, separated and ended by CRLF, as bytes: built as Strings (each field escaped to
    /// a String, then joined) this was most of the ~6 µs a rejected row took to list on the checking
    /// thread of an ingest (1,050 rows of the 1M-dossier register's quarter: 38 of its 54 perf samples).
    private static func append(_ fields: [String], separator: String, guardsFormulas: Bool, to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(contentsOf: separator.utf8) }
            appendEscaped(field, separator: separator, guardsFormulas: guardsFormulas, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    public func close() { fflush(handle) }

    /// Text that Excel would run as a formula (`=`, `+`, `-`, `@` in front, or a tab or carriage return
    /// before one) gets a leading `'`, unless it is a plain number (`-12,5`).
    public static func neutralised(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first), Double(text.replacingOccurrences(of: ",", with: ".")) == nil else { return text }
        return "'" + text
    }

    /// A field as `append` writes it: `'` in front of a formula (`neutralised`), in quotes (doubled
    /// inside) when it holds a quote, a line break or the separator.
    private static func appendEscaped(_ field: String, separator: String, guardsFormulas: Bool, to out: inout [UInt8]) {
        // A separator of one byte is looked for with the other bytes; a longer one (rare) in the text.
        let separatorByte = separator.utf8.count == 1 ? separator.utf8.first : nil
        let holdsSeparator = separatorByte == nil && field.contains(separator)
        var field = field
        field.withUTF8 { bytes in
            // The first byte decides (a formula's sign, a tab or a carriage return); the rare one that
            // does is looked at as text, for a plain number.
            let guarded = guardsFormulas && bytes.first.map { Self.formulaStarts.contains($0) } == true
                && neutralised(String(decoding: bytes, as: UTF8.self)).utf8.count > bytes.count
            let needsQuotes = holdsSeparator || bytes.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == separatorByte }
            if needsQuotes { out.append(0x22) }
            if guarded { out.append(0x27) }
            if needsQuotes {
                for byte in bytes {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }

    /// `=`, `+`, `-`, `@`, tab and carriage return.
    private static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)
}
