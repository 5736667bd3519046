import Foundation

/// Reads the fields of one record by column name and collects every rule the record breaks, so a
/// coordinator sees all problems of a row at once. Each check returns the typed value, or nil.
struct RowChecker {
    let record: CSVRecord
    let file: String
    private(set) var issues: [RowIssue] = []

    init(record: CSVRecord, file: String) {
        self.record = record; self.file = file
    }

    /// A record whose number of cells differs from the header's: its columns cannot be trusted, so this
    /// is the only issue reported for it. Trailing empty cells (Excel pads rows) are not extra.
    /// `isTextLine`: the record is a CSV line, where a misplaced quote is the likeliest cause of a wrong
    /// field count. A sheet's row is never short of cells (Excel leaves empty cells at the end of a row
    /// out of the file; they read as empty), and its cells may hold line breaks of their own.
    static func structuralIssue(_ record: CSVRecord, header: HeaderMap, file: String, isTextLine: Bool) -> RowIssue? {
        if record.hasUnclosedQuote {
            return RowIssue(file: file, line: record.line, column: "", value: "", kind: .formatError,
                            message: "een aanhalingsteken (\") wordt geopend maar nergens gesloten; de rest van het bestand is als één veld gelezen")
        }
        if isTextLine && record.count < header.fieldCount {
            return RowIssue(file: file, line: record.line, column: "", value: "", kind: .missingCell,
                            message: "de regel heeft \(record.count) velden, de kop \(header.fieldCount)" + (isTextLine ? quoteHint(record) : ""))
        }
        for index in header.fieldCount..<max(header.fieldCount, record.count) where record.trimmed(index).count > 0 {
            return RowIssue(file: file, line: record.line, column: "", value: record.rawString(index), kind: .extraCell,
                            message: "de regel heeft \(record.count) velden, de kop \(header.fieldCount)" + ((isTextLine ? quoteHint(record) : "").nonEmpty ?? " (een scheidingsteken in een veld zonder aanhalingstekens?)"))
        }
        return nil
    }

    /// Why the fields may have come out wrong: a quote that opened a field running over several lines (it
    /// swallowed the lines after it), or a quote left over inside a field (where such a field ended).
    static func quoteHint(_ record: CSVRecord) -> String {
        var lineBreaks = 0, strayQuote = false
        for index in 0..<record.count {
            for byte in record.bytes(index) {
                if byte == UInt8(ascii: "\n") { lineBreaks += 1 } else if byte == UInt8(ascii: "\"") { strayQuote = true }
            }
        }
        if lineBreaks > 0 {
            return "; een aanhalingsteken (\") opent een veld dat pas op regel \(record.line + lineBreaks) sluit, zodat regel \(record.line) t/m \(record.line + lineBreaks) als één regel zijn gelezen: staat er een aanhalingsteken te veel?"
        }
        return strayQuote ? "; een veld bevat een los aanhalingsteken (\"): sloot het hier een veld dat op een eerdere regel openging?" : ""
    }

    /// A NUL byte, or in a UTF-8 file bytes that are not UTF-8, in a field that is read: the row is
    /// damaged (a column never read, such as Droom, may hold anything).
    static func damagedField(_ record: CSVRecord, columns: [(name: String, position: Int)], file: String) -> RowIssue? {
        for column in columns where column.position < record.count {
            let field = record.bytes(column.position)
            let problem: String
            if field.contains(0) {
                problem = "bevat een NUL-teken (0x00): de regel is beschadigd"
            } else if record.encoding == .utf8 && !UTF8Validator.isValid(field) {
                problem = "bevat tekens die geen UTF-8 zijn, terwijl de rest van het bestand UTF-8 is: de regel is beschadigd"
            } else {
                continue
            }
            let shown = String(decoding: field.map { $0 == 0 ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
            return RowIssue(file: file, line: record.line, column: column.name, value: shown, kind: .encodingError, message: problem)
        }
        return nil
    }

    func field(_ column: BoundColumn) -> UnsafeBufferPointer<UInt8> {
        guard let position = column.position else { return UnsafeBufferPointer(start: nil, count: 0) }
        return record.trimmed(position)
    }

    func text(_ column: BoundColumn) -> String {
        column.position.map { record.string($0) } ?? ""
    }

    func isPresent(_ column: BoundColumn) -> Bool { field(column).count > 0 }

    mutating func fail(_ column: BoundColumn, _ kind: IssueKind, _ message: String) {
        issues.append(RowIssue(file: file, line: record.line, column: column.name, value: text(column), kind: kind, message: message))
    }

    mutating func required(_ column: BoundColumn) -> String? {
        requiredBytes(column).map { _ in text(column) }
    }

    mutating func optionalText(_ column: BoundColumn) -> String? {
        isPresent(column) ? text(column) : nil
    }

    /// `required`, as the field's bytes (the record's own: valid while it is) rather than text.
    mutating func requiredBytes(_ column: BoundColumn) -> UnsafeBufferPointer<UInt8>? {
        let bytes = field(column)
        guard bytes.count > 0 else { fail(column, .constraintError, "verplicht veld is leeg"); return nil }
        return bytes
    }

    /// `optionalText`, as the field's bytes.
    func optionalBytes(_ column: BoundColumn) -> UnsafeBufferPointer<UInt8>? {
        let bytes = field(column)
        return bytes.count > 0 ? bytes : nil
    }

    mutating func choice(_ column: BoundColumn, from vocabulary: Vocabulary) -> String? {
        choiceIndex(column, from: vocabulary).map { vocabulary.labels[$0] }
    }

    mutating func optionalChoice(_ column: BoundColumn, from vocabulary: Vocabulary) -> String? {
        optionalChoiceIndex(column, from: vocabulary).map { vocabulary.labels[$0] }
    }

    /// The value's place in `vocabulary`, for a table that stores the index rather than the text.
    mutating func choiceIndex(_ column: BoundColumn, from vocabulary: Vocabulary) -> Int? {
        let bytes = field(column)
        guard bytes.count > 0 else { fail(column, .constraintError, "verplicht veld is leeg"); return nil }
        return choiceIndex(column, bytes, from: vocabulary)
    }

    mutating func optionalChoiceIndex(_ column: BoundColumn, from vocabulary: Vocabulary) -> Int? {
        let bytes = field(column)
        return bytes.count > 0 ? choiceIndex(column, bytes, from: vocabulary) : nil
    }

    /// The place of a non-empty field's value in `vocabulary`: the field is trimmed once, not once to test and once to read.
    private mutating func choiceIndex(_ column: BoundColumn, _ bytes: UnsafeBufferPointer<UInt8>, from vocabulary: Vocabulary) -> Int? {
        // The byte path takes UTF-8; a Windows-1252 `Financiën` is decoded first (rare: only non-ASCII values).
        let isUTF8 = record.encoding == .utf8 || !bytes.contains { $0 >= 0x80 }
        guard let index = isUTF8 ? vocabulary.index(ofUTF8: bytes) : vocabulary.index(of: text(column)) else {
            fail(column, .constraintError, "geen toegestane waarde; toegestaan: \(vocabulary.listed)")
            return nil
        }
        return index
    }

    mutating func date(_ column: BoundColumn, required: Bool, notAfter limit: Day? = nil, compactAllowed: Bool = false) -> Day? {
        let bytes = field(column)
        guard bytes.count > 0 else {
            if required { fail(column, .constraintError, "verplicht veld is leeg") }
            return nil
        }
        switch compactAllowed ? DutchValues.bankDate(bytes) : DutchValues.date(bytes) {
        case .malformed:
            fail(column, .typeError, "geen datum (verwacht dd-mm-jjjj)")
            return nil
        case .nonexistent:
            fail(column, .typeError, "deze datum bestaat niet")
            return nil
        case .date(let day):
            if let limit, day > limit {
                fail(column, .constraintError, "ligt na de datum van de export (\(limit.dutch))")
                return nil
            }
            return day
        }
    }

    mutating func dateTime(_ column: BoundColumn, required: Bool) -> DateTime? {
        let bytes = field(column)
        guard bytes.count > 0 else {
            if required { fail(column, .constraintError, "verplicht veld is leeg") }
            return nil
        }
        switch DutchValues.dateTime(bytes) {
        case .malformed:
            fail(column, .typeError, "geen datum en tijd (verwacht jjjj-mm-dd uu:mm:ss of dd-mm-jjjj uu:mm)")
            return nil
        case .nonexistent:
            fail(column, .typeError, "deze datum of tijd bestaat niet")
            return nil
        case .dateTime(let moment):
            return moment
        }
    }

    mutating func integer(_ column: BoundColumn, in range: ClosedRange<Int>) -> Int? {
        let bytes = field(column)
        guard bytes.count > 0 else { fail(column, .constraintError, "verplicht veld is leeg"); return nil }
        guard let value = DutchValues.integer(bytes) else { fail(column, .typeError, "geen geheel getal"); return nil }
        guard range.contains(value) else {
            fail(column, .constraintError, "ligt niet tussen \(range.lowerBound) en \(range.upperBound)")
            return nil
        }
        return value
    }

    /// An amount in euros (`312,45`, `€ 1.045,10`, `+2.500,00`), as cents.
    mutating func money(_ column: BoundColumn, required: Bool) -> Int? {
        let bytes = field(column)
        guard bytes.count > 0 else {
            if required { fail(column, .constraintError, "verplicht veld is leeg") }
            return nil
        }
        guard let cents = DutchValues.cents(bytes) else {
            fail(column, .typeError, "geen bedrag (verwacht bijvoorbeeld 312,45 of € 1.045,10)")
            return nil
        }
        return cents
    }

    /// A non-negative quantity with at most two decimals (`2,5` hours, `37,5` km), times 100.
    mutating func quantity(_ column: BoundColumn, required: Bool, example: String, negative: String) -> Int? {
        let bytes = field(column)
        guard bytes.count > 0 else {
            if required { fail(column, .constraintError, "verplicht veld is leeg") }
            return nil
        }
        guard let value = DutchValues.cents(bytes) else { fail(column, .typeError, "geen getal (verwacht bijvoorbeeld \(example))"); return nil }
        guard value >= 0 else { fail(column, .constraintError, negative); return nil }
        return value
    }

    /// Exactly four digits, not starting with 0 (`1311`): a PC4, as the Postcode Preventie Aanpak counts.
    mutating func pc4(_ column: BoundColumn) -> Int? {
        let bytes = field(column)
        guard bytes.count > 0 else { fail(column, .constraintError, "verplicht veld is leeg"); return nil }
        guard bytes.count == 4, bytes[0] != 0x30, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            fail(column, .typeError, "geen PC4 (verwacht vier cijfers, bijvoorbeeld 1311)")
            return nil
        }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// Several values of one list in one field, joined by `;` (`Potjescheck;Schulden`): each checked
    /// against the list, trimmed and case folded; one unknown value rejects the row, named. The indexes of
    /// the values named, each once.
    mutating func choices(_ column: BoundColumn, from vocabulary: Vocabulary, each noun: String) -> Set<Int>? {
        guard isPresent(column) else { fail(column, .constraintError, "verplicht veld is leeg"); return nil }
        var found: Set<Int> = []
        for piece in text(column).split(separator: ";") {
            let value = piece.trimmingCharacters(in: .whitespaces)
            if value.isEmpty { continue }
            guard let index = vocabulary.index(of: value) else {
                fail(column, .constraintError, "\(noun) \"\(value)\" staat niet in de lijst; toegestaan: \(vocabulary.listed)")
                return nil
            }
            found.insert(index)
        }
        guard !found.isEmpty else { fail(column, .constraintError, "verplicht veld is leeg"); return nil }
        return found
    }

    /// `1311 AB`, `1311AB` or `1311`: returns the four digits (PC4). Empty is allowed (stadsdeel unknown).
    mutating func postcode(_ column: BoundColumn) -> Int? {
        let bytes = field(column)
        guard bytes.count > 0 else { return nil }
        var digits = 0, value = 0, letters = 0
        for (index, byte) in bytes.enumerated() {
            if index < 4, byte >= 0x30, byte <= 0x39, !(index == 0 && byte == 0x30) { value = value * 10 + Int(byte - 0x30); digits += 1 }
            else if index >= 4, byte == 0x20, index == 4, bytes.count == 7 { continue }
            else if index >= 4, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { letters += 1 }
            else { digits = -1; break }
        }
        guard digits == 4, letters == 0 || letters == 2 else { fail(column, .typeError, "geen postcode (verwacht 1234 AB of 1234)"); return nil }
        return value
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
