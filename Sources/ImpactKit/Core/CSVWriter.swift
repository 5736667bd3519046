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

    public func write(_ fields: [String]) {
        fputs(Self.line(fields, separator: separator, guardsFormulas: guardsFormulas), handle)
    }

    /// One line as `write` writes it, with its CRLF: for CSV that goes to the terminal rather than a file.
    public static func line(_ fields: [String], separator: String = ";", guardsFormulas: Bool = true) -> String {
        fields.map { escape($0, separator: separator, guardsFormulas: guardsFormulas) }.joined(separator: separator) + "\r\n"
    }

    public func close() { fflush(handle) }

    /// Text that Excel would run as a formula (`=`, `+`, `-`, `@` in front, or a tab or carriage return
    /// before one) gets a leading `'`, unless it is a plain number (`-12,5`).
    public static func neutralised(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first), Double(text.replacingOccurrences(of: ",", with: ".")) == nil else { return text }
        return "'" + text
    }

    static func escape(_ field: String, separator: String, guardsFormulas: Bool) -> String {
        let text = guardsFormulas ? Self.neutralised(field) : field
        // Byte by byte: Foundation's `contains` of a String was ~3% of the checking thread of an ingest
        // that lists a few thousand rejected rows.
        let separatorByte = separator.utf8.count == 1 ? separator.utf8.first : nil
        let needsQuotes = text.utf8.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == separatorByte }
            || (separatorByte == nil && text.contains(separator))
        guard needsQuotes else { return text }
        // Quotes doubled byte by byte: Foundation's replacingOccurrences was ~2% of the checking thread
        // of a next quarter that lists 1,050 rejected rows.
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            quoted.append(byte)
            if byte == 0x22 { quoted.append(0x22) }
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }
}
