import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX handlers for the small parts of a workbook. Element names are compared without their namespace
/// prefix (`x:sheet` and `sheet` alike), as writers differ in that.
class PartParser: NSObject, XMLParserDelegate {
    func parse(_ data: Data) -> Bool {
        // Foundation's XMLParser crashes on an element name that is not UTF-8 (`<b\u{C0}okViews>`): such a
        // part is not parsed at all. Excel writes every part in UTF-8.
        guard Self.isUTF8(data) else { return false }
        let parser = XMLParser(data: data)
        parser.delegate = self
        return parser.parse()
    }

    static func isUTF8(_ data: Data) -> Bool {
        var validator = UTF8Validator()
        data.withUnsafeBytes { validator.feed($0.bindMemory(to: UInt8.self)) }
        return validator.isCompleteAndValid
    }

    static func local(_ name: String) -> Substring { name.split(separator: ":").last ?? Substring(name) }

    // Declared here and overridden below: on Linux the protocol's witnesses are fixed at the conforming
    // class, so a subclass's own methods would never be called.
    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {}
    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {}
    func parser(_ parser: XMLParser, foundCharacters string: String) {}
}

/// xl/workbook.xml: the sheets in order, and whether dates count from 1904.
final class WorkbookPartParser: PartParser {
    private(set) var sheets: [(name: String, relationship: String)] = []
    private(set) var uses1904 = false

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch Self.local(element) {
        case "workbookPr": uses1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
        case "sheet":
            let relationship = attributes.first { Self.local($0.key) == "id" && $0.key != "sheetId" }?.value ?? ""
            sheets.append((attributes["name"] ?? "", relationship))
        default: break
        }
    }
}

/// xl/_rels/workbook.xml.rels: relationship id -> part.
final class RelationshipsParser: PartParser {
    private(set) var targets: [String: String] = [:]

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if Self.local(element) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// xl/sharedStrings.xml: each `<si>` is one string, the text of all its `<t>` runs (phonetic `<rPh>` left out).
final class SharedStringsParser: PartParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch Self.local(element) {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

    override func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.local(element) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// xl/styles.xml: which cell styles (`s` on a cell, an index into `<cellXfs>`) show a date.
final class StylesParser: PartParser {
    private var customFormats: [Int: String] = [:]
    private var cellFormats: [Int] = []        // numFmtId per cellXfs entry
    private var inCellXfs = false

    var dateStyleIndexes: Set<Int> {
        Set(cellFormats.enumerated().filter { ExcelDates.isDateFormat(id: $0.element, code: customFormats[$0.element]) }.map(\.offset))
    }

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch Self.local(element) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init) { customFormats[id] = attributes["formatCode"] }
        case "cellXfs": inCellXfs = true
        case "xf": if inCellXfs { cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0) }
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if Self.local(element) == "cellXfs" { inCellXfs = false }
    }
}

/// A worksheet, row by row: cells placed by their reference (`C7`), missing cells left empty.
final class SheetParser: NSObject, XMLParserDelegate {
    private let workbook: XLSXWorkbook
    /// The width of the first row with a value (the header): later rows are padded to it, since Excel
    /// leaves empty cells at the end of a row out of the XML.
    private var width = 0
    private let body: ([String], Int) throws -> Void
    private(set) var thrown: Error?

    private var row: [String] = []
    private var rowNumber = 0
    private var column = 0
    private var cellType: String?
    private var cellStyle: Int?
    private var value = ""
    private var inline = ""
    private var collecting: Collecting = .none
    private enum Collecting { case none, value, inline }

    init(workbook: XLSXWorkbook, body: @escaping ([String], Int) throws -> Void) {
        self.workbook = workbook; self.body = body
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch PartParser.local(element) {
        case "row":
            // Excel's rows are 1...1048576; a number outside them is not trusted (the row follows the previous
            // one), so `r="9223372036854775807"` followed by a row without `r` cannot overflow.
            rowNumber = attributes["r"].flatMap(Int.init).flatMap { (1...1_048_576).contains($0) ? $0 : nil } ?? rowNumber + 1
            row = []
            column = 0
        case "c":
            column = attributes["r"].flatMap(Self.columnIndex) ?? column
            cellType = attributes["t"]
            cellStyle = attributes["s"].flatMap(Int.init)
            value = ""; inline = ""
        case "v": collecting = .value
        case "t": if cellType == "inlineStr" { collecting = .inline }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch collecting {
        case .value: value += string
        case .inline: inline += string
        case .none: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch PartParser.local(element) {
        case "v", "t": collecting = .none
        case "c":
            // Excel's last column is XFD (16384): cells placed beyond it (by damaged references) are dropped.
            guard column < 16384 else { return }
            let text = (value.isEmpty && cellType != "inlineStr") ? "" : workbook.text(value: value, type: cellType, style: cellStyle, inline: inline)
            if row.count <= column { row.append(contentsOf: repeatElement("", count: column - row.count + 1)) }
            row[column] = text
            column += 1
        case "row":
            if width == 0, row.contains(where: { !$0.isEmpty }) { width = row.count }
            if row.count < width { row.append(contentsOf: repeatElement("", count: width - row.count)) }
            do { try body(row, rowNumber) } catch { thrown = error; parser.abortParsing() }
        default: break
        }
    }

    /// `C7` -> 2 (zero-based column), from the letters of a cell reference. Excel's last column is XFD
    /// (16384); a longer reference is not trusted (the cell is placed after the previous one).
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 || index > 16384 ? nil : index - 1
    }
}
