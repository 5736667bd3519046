import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An Excel workbook (.xlsx: a zip of XML parts), read with `ZipFile` and Foundation's SAX parser.
/// The small parts (workbook, relationships, styles, shared strings) are read whole; a sheet is streamed
/// from a temporary file, one row at a time, so memory does not grow with its number of rows.
public final class XLSXWorkbook {
    public let path: String
    public let sheetNames: [String]
    let uses1904: Bool
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    private let sheetParts: [String: String]     // sheet name -> part path in the zip
    private let archive: ZipFile

    public init(path: String) throws(InputError) {
        self.path = path
        let name = (path as NSString).lastPathComponent
        func damaged(_ why: String) -> InputError {
            InputError(file: name, message: "\(IssueKind.formatError.rawValue): beschadigde Excel-werkmap (\(why)); open en bewaar hem opnieuw in Excel")
        }
        let handle = try? FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        let head = (try? handle?.read(upToCount: 8)) ?? nil
        try? handle?.close()
        guard let head, !head.isEmpty else { throw InputError(file: name, message: "het bestand is leeg of niet te lezen") }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw InputError(file: name, message: "\(IssueKind.formatError.rawValue): dit is een met een wachtwoord beveiligde werkmap of een oud .xls-bestand; bewaar hem in Excel als .xlsx zonder wachtwoord")
        }
        guard head.starts(with: [0x50, 0x4B]) else {
            throw InputError(file: name, message: "\(IssueKind.formatError.rawValue): dit is geen Excel-werkmap (.xlsx)")
        }
        let archive: ZipFile
        do { archive = try ZipFile(path: path) } catch { throw damaged("geen leesbaar zip-bestand") }
        self.archive = archive

        func part(_ path: String) throws(InputError) -> Data? {
            guard let entry = archive.entries[path] else { return nil }
            var data = Data()
            do { try archive.extract(entry) { data.append($0) } } catch { throw damaged("\(path) is niet uit te pakken") }
            return data
        }
        guard let workbookXML = try part("xl/workbook.xml") else { throw damaged("xl/workbook.xml ontbreekt") }
        let workbook = WorkbookPartParser()
        guard workbook.parse(workbookXML) else { throw damaged("xl/workbook.xml is geen geldige XML") }
        uses1904 = workbook.uses1904
        let relationships = RelationshipsParser()
        if let rels = try part("xl/_rels/workbook.xml.rels") { _ = relationships.parse(rels) }
        var parts: [String: String] = [:]
        for sheet in workbook.sheets {
            guard let target = relationships.targets[sheet.relationship] else { continue }
            parts[sheet.name] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        sheetParts = parts
        sheetNames = workbook.sheets.map(\.name)
        let strings = SharedStringsParser()
        if let data = try part("xl/sharedStrings.xml"), !strings.parse(data) { throw damaged("xl/sharedStrings.xml is geen geldige XML") }
        sharedStrings = strings.strings
        let styles = StylesParser()
        if let data = try part("xl/styles.xml") { _ = styles.parse(data) }
        dateStyles = styles.dateStyleIndexes
    }

    /// Calls `body` with each row of the sheet and its row number: text fields like a CSV line, at least as
    /// many as the first row with a value has. Rows Excel left out of the XML are not visited.
    public func forEachRow(sheet name: String, _ body: ([String], Int) throws -> Void) throws {
        let file = (path as NSString).lastPathComponent
        // Found as the export names it, or else ignoring case and surrounding spaces (`deelnemers `).
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        let partPath = sheetParts[name] ?? sheetParts.first { $0.key.trimmingCharacters(in: .whitespaces).lowercased() == wanted }?.value
        guard let partPath, let entry = archive.entries[partPath] else {
            throw InputError(file: file, message: "werkblad \"\(name)\" ontbreekt; de werkmap heeft: \(sheetNames.joined(separator: ", "))")
        }
        // Streamed through a temporary file: Foundation's XMLParser reads an InputStream in chunks.
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("impact-sheet-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil), let output = FileHandle(forWritingAtPath: temporary.path) else {
                throw ZipFile.Damaged(reason: "tijdelijk bestand")
            }
            defer { try? output.close() }
            try archive.extract(entry) { try output.write(contentsOf: Data(buffer: $0)) }
        } catch {
            throw InputError(file: file, message: "\(IssueKind.formatError.rawValue): werkblad \"\(name)\" is niet uit te pakken; de werkmap is beschadigd")
        }
        var validator = UTF8Validator()
        try ChunkedFile(path: temporary.path).forEachChunk { validator.feed($0) }
        guard validator.isCompleteAndValid else {       // see PartParser.parse: XMLParser crashes on some bytes that are not UTF-8
            throw InputError(file: file, message: "\(IssueKind.formatError.rawValue): werkblad \"\(name)\" is geen geldige UTF-8-tekst; de werkmap is beschadigd")
        }
        guard let stream = InputStream(url: temporary) else { throw InputError(file: file, message: "werkblad \"\(name)\" is niet te lezen") }
        let (ok, thrown, line) = withoutActuallyEscaping(body) { body in
            let sheet = SheetParser(workbook: self, body: body)
            let parser = XMLParser(stream: stream)
            parser.delegate = sheet
            let ok = parser.parse()
            return (ok, sheet.thrown, parser.lineNumber)
        }
        if let thrown { throw thrown }
        if !ok {
            throw InputError(file: file, message: "\(IssueKind.formatError.rawValue): werkblad \"\(name)\" is geen geldige XML (rond regel \(line)); de werkmap is beschadigd")
        }
    }

    /// A cell's value as the text the rest of the pipeline reads: dates as Excel shows them in Dutch,
    /// `04-03-2024` (so a message names the value the person sees), numbers with
    /// a decimal comma (`2,5`), booleans `WAAR`/`ONWAAR`, errors as Excel shows them (`#DEEL/0!` stays `#DIV/0!`).
    func text(value: String, type: String?, style: Int?, inline: String?) -> String {
        switch type {
        case "s": return Int(value).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr": return inline ?? ""
        case "str", "e": return value
        case "b": return value == "1" ? "WAAR" : "ONWAAR"
        default:
            guard let number = Double(value) else { return value }
            if let style, dateStyles.contains(style) {
                switch ExcelDates.day(serial: number, uses1904: uses1904) {
                case .date(let day): return day.dutch
                case .phantomLeapDay: return "29-02-1900"          // reported as a date that does not exist
                case .outOfRange: return value
                }
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            // Never an exponent (`1e-07`): the Dutch number parser downstream reads plain decimals only.
            var plain = String(number)
            if plain.contains("e") {
                plain = String(format: "%.15f", number)
                while plain.hasSuffix("0") { plain.removeLast() }
            }
            return plain.replacingOccurrences(of: ".", with: ",")
        }
    }
}
