import Foundation
import Testing
@testable import ImpactKit

/// The read stage: bytes in, records with trimmed, decoded fields and the right line numbers out.
@Suite struct CSVReaderTests {
    struct Read: Equatable, CustomStringConvertible {
        var line: Int
        var fields: [String]
        var raw: [String]
        var unclosed: Bool
        var blank: Bool
        var description: String { "regel \(line): \(raw)\(unclosed ? " (open)" : "")" }
    }

    /// Writes `bytes` to a temporary file and reads every record of it.
    static func read(_ bytes: [UInt8]) throws -> (reader: CSVReader, fingerprint: FileFingerprint, records: [Read]) {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("bestand.csv", bytes: bytes)
        let fingerprint = try FileFingerprint.of(path: path)
        let reader = try CSVReader(path: path, fingerprint: fingerprint)
        var records: [Read] = []
        try reader.forEachRecord { record in
            records.append(Read(line: record.line, fields: (0..<record.count).map { record.string($0) },
                                raw: (0..<record.count).map { record.rawString($0) },
                                unclosed: record.hasUnclosedQuote, blank: record.isBlank))
        }
        return (reader, fingerprint, records)
    }

    static func read(_ text: String) throws -> (reader: CSVReader, fingerprint: FileFingerprint, records: [Read]) {
        try read(Array(text.utf8))
    }

    // MARK: - Encodings

    @Test func utf8WithoutBOM() throws {
        let (reader, fingerprint, records) = try Self.read("Naam;Rol\nNaïra;Coördinator\n")
        #expect(reader.encoding == .utf8)
        #expect(fingerprint.hasUTF8BOM == false)
        #expect(records.map(\.fields) == [["Naam", "Rol"], ["Naïra", "Coördinator"]])
    }

    @Test func utf8WithBOMDropsTheBOM() throws {
        let (reader, fingerprint, records) = try Self.read([0xEF, 0xBB, 0xBF] + Array("Naam;Bedrag\nNaïra;€ 5\n".utf8))
        #expect(reader.encoding == .utf8)
        #expect(fingerprint.hasUTF8BOM)
        #expect(records.map(\.raw) == [["Naam", "Bedrag"], ["Naïra", "€ 5"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func windows1252IsDetectedAndDecoded() throws {
        // "Coördinator;Naïra;€ 5" as Excel writes it in Windows-1252: ö = F6, ï = EF, € = 80.
        let bytes: [UInt8] = Array("Co".utf8) + [0xF6] + Array("rdinator;Na".utf8) + [0xEF] + Array("ra;".utf8) + [0x80] + Array(" 5\n".utf8)
        let (reader, fingerprint, records) = try Self.read(bytes)
        #expect(fingerprint.encoding == .windows1252)
        #expect(reader.encoding == .windows1252)
        #expect(records.map(\.fields) == [["Coördinator", "Naïra", "€ 5"]])
    }

    @Test func windows1252EuroAmountParses() {
        let bytes: [UInt8] = [0x80, 0x20] + Array("52.245,00".utf8)
        #expect(bytes.withUnsafeBufferPointer(DutchValues.cents) == 5_224_500)
    }

    @Test func invalidUTF8AtTheVeryEndMeansWindows1252() throws {
        // A lone lead byte at EOF: valid so far, but the file ends inside a character.
        let (reader, _, records) = try Self.read(Array("a;caf".utf8) + [0xC3])
        #expect(reader.encoding == .windows1252)
        #expect(records.map(\.fields) == [["a", "cafÃ"]])
    }

    // MARK: - Separators and the sep= line

    @Test func sepLineIsSkippedAndLinesStillCount() throws {
        let (reader, _, records) = try Self.read("sep=;\nA;B\n1;2\n3;4\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(records.map(\.fields) == [["A", "B"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [2, 3, 4])
    }

    @Test func sepLineWithBOMAndCRLF() throws {
        let (reader, _, records) = try Self.read([0xEF, 0xBB, 0xBF] + Array("sep=;\r\nA;B\r\n1;2\r\n".utf8))
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(records.map(\.fields) == [["A", "B"], ["1", "2"]])
        #expect(records.map(\.line) == [2, 3])
    }

    @Test func sepLineWithLoneCR() throws {
        let (reader, _, records) = try Self.read("sep=;\rA;B\r1;2\r")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(records.map(\.fields) == [["A", "B"], ["1", "2"]])
        #expect(records.map(\.line) == [2, 3])
    }

    @Test func sepLineOverridesWhatTheHeaderSuggests() throws {
        // The header has more semicolons than commas, but the file says it is comma-separated.
        let (reader, _, records) = try Self.read("sep=,\nA;B;C,D\n1;2;3,4\n")
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(records.map(\.fields) == [["A;B;C", "D"], ["1;2;3", "4"]])
    }

    @Test(arguments: [
        ("Tijdstempel,Locatie,Organisatie\n2024-03-07 09:41:12,Bibliotheek Stad,Humanitas\n", UInt8(ascii: ",")),
        ("Dossiernummer;Kindnummer;Programma\nA;K;P\n", UInt8(ascii: ";")),
        ("a\tb\tc\n1\t2\t3\n", UInt8(ascii: "\t")),
        // Commas inside a quoted header cell do not count.
        ("\"Naam, voornaam\";\"Bedrag, euro\";Datum\n", UInt8(ascii: ";")),
        ("\"a;b\",c,d\n", UInt8(ascii: ",")),
        // One column: no separator at all means semicolon.
        ("Dossiernummer\nA\n", UInt8(ascii: ";")),
    ])
    func separatorIsDetectedFromTheHeader(text: String, expected: UInt8) throws {
        let (reader, _, _) = try Self.read(text)
        #expect(reader.delimiter == expected)
    }

    @Test func commaSeparatedFileReadsItsFields() throws {
        let (_, _, records) = try Self.read("Tijdstempel,Onderwerpen,Postcode\n2024-03-07 09:41:12,\"Schulden;Toeslagen\",1311\n")
        #expect(records.map(\.fields) == [["Tijdstempel", "Onderwerpen", "Postcode"], ["2024-03-07 09:41:12", "Schulden;Toeslagen", "1311"]])
    }

    // MARK: - Quoting and line numbers

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "a;b;c\n\"x;y\";\"hij zei \"\"hoi\"\"\";\"regel 1\nregel 2\"\nvolgende;r;s\n"
        let (_, _, records) = try Self.read(text)
        #expect(records.count == 3)
        #expect(records[1].raw == ["x;y", "hij zei \"hoi\"", "regel 1\nregel 2"])
        // The record's line is where it starts; the next one counts the embedded line break.
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[2].fields == ["volgende", "r", "s"])
    }

    @Test func embeddedCRLFCountsOnce() throws {
        let (_, _, records) = try Self.read("a;b\r\n1;\"twee\r\nregels\"\r\n2;x\r\n")
        #expect(records[1].raw == ["1", "twee\r\nregels"])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func severalEmbeddedBreaksShiftTheNextLine() throws {
        let (_, _, records) = try Self.read("a;b\n\"1\n2\n3\";x\nnext;y\n")
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].raw == ["1\n2\n3", "x"])
    }

    @Test func emptyQuotedFieldAndQuoteOnlyField() throws {
        let (_, _, records) = try Self.read("\"\";\"\"\"\";x\n")
        #expect(records.map(\.raw) == [["", "\"", "x"]])
    }

    @Test func strayQuoteInUnquotedFieldIsKept() throws {
        let (_, _, records) = try Self.read("12\" scherm;b\n")
        #expect(records.map(\.raw) == [["12\" scherm", "b"]])
        #expect(records.allSatisfy { !$0.unclosed })
    }

    // MARK: - Line endings, blank lines, end of file

    @Test(arguments: ["\r\n", "\n", "\r"])
    func lineEndings(ending: String) throws {
        let text = ["a;b", "c;d", "e;f"].joined(separator: ending) + ending
        let (_, _, records) = try Self.read(text)
        #expect(records.map(\.raw) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func mixedLineEndings() throws {
        let (_, _, records) = try Self.read("a;b\r\nc;d\ne;f\rg;h")
        #expect(records.map(\.raw) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func blankLinesAreRecordsMarkedBlank() throws {
        let (_, _, records) = try Self.read("a;b\n\n;\n  ;\u{00A0}\nc;d\n\r\n")
        #expect(records.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(records.map(\.blank) == [false, true, true, true, false, true])
        #expect(records[4].fields == ["c", "d"])
    }

    @Test func lastLineWithoutNewline() throws {
        let (_, _, records) = try Self.read("a;b\nc;d")
        #expect(records.map(\.raw) == [["a", "b"], ["c", "d"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func trailingNewlineMakesNoExtraRecord() throws {
        #expect(try Self.read("a;b\n").records.count == 1)
        #expect(try Self.read("a;b\r\n").records.count == 1)
        #expect(try Self.read("a;b\r").records.count == 1)
        #expect(try Self.read("").records.isEmpty)
    }

    @Test func lastFieldClosedByQuoteAtEOF() throws {
        let (_, _, records) = try Self.read("a;\"b\"")
        #expect(records == [Read(line: 1, fields: ["a", "b"], raw: ["a", "b"], unclosed: false, blank: false)])
    }

    @Test func unclosedQuoteAtEOFSwallowsTheRest() throws {
        let (_, _, records) = try Self.read("a;b\n1;\"open\n2;3\n")
        #expect(records.count == 2)
        #expect(records[0].unclosed == false)
        #expect(records[1].unclosed)
        #expect(records[1].line == 2)
        #expect(records[1].raw == ["1", "open\n2;3\n"])
    }

    // MARK: - Trimming

    @Test func fieldsAreTrimmedOfSpacesTabsAndNoBreakSpaces() throws {
        let (_, _, records) = try Self.read("  a  ;\u{00A0}b\u{00A0};\t c \t;\u{00A0} 1\u{00A0}000 \u{00A0};voilà;àla\n")
        #expect(records[0].fields == ["a", "b", "c", "1\u{00A0}000", "voilà", "àla"])
        #expect(records[0].raw[0] == "  a  ")
        #expect(records[0].raw[1] == "\u{00A0}b\u{00A0}")
    }

    @Test func windows1252NoBreakSpaceIsTrimmed() throws {
        // 0xA0 is a no-break space in Windows-1252; 0xE9 (é) makes the file invalid UTF-8.
        let bytes: [UInt8] = [0xA0] + Array("x".utf8) + [0xA0, 0x3B] + Array(" caf".utf8) + [0xE9, 0x20, 0x0A]
        let (reader, _, records) = try Self.read(bytes)
        #expect(reader.encoding == .windows1252)
        #expect(records.map(\.fields) == [["x", "café"]])
    }

    // MARK: - Chunk boundaries (the reader reads 1 MiB at a time)

    /// A file whose record `tail` starts `offset` bytes before the 1 MiB chunk boundary.
    static func fileStraddlingChunk(tail: [UInt8], offset: Int) -> (bytes: [UInt8], lines: Int) {
        var bytes = Array("id;tekst;n\n".utf8)
        var lines = 1
        let target = ChunkedFile.chunkSize - offset
        let filler = Array(("f;" + String(repeating: "x", count: 60) + ";1\n").utf8)
        while target - bytes.count > 100 { bytes += filler; lines += 1 }
        bytes += Array("f;".utf8) + [UInt8](repeating: UInt8(ascii: "y"), count: target - bytes.count - 5) + Array(";1\n".utf8)
        lines += 1
        precondition(bytes.count == target)
        return (bytes + tail, lines)
    }

    @Test func recordSpanningTheChunkBoundary() throws {
        #expect(ChunkedFile.chunkSize == 1 << 20)
        // A quoted field with a CRLF line break, a doubled quote and a two-byte ë; then an ordinary record.
        let tail = Array("groot;\"aaë\r\nbb\"\"b\";z\r\nlaatste;ok;3\n".utf8)
        let recordLength = tail.firstIndex(of: UInt8(ascii: "l"))!
        for offset in 0...recordLength {
            let (bytes, lines) = Self.fileStraddlingChunk(tail: tail, offset: offset)
            #expect(bytes.count > 1 << 20)
            let (reader, _, records) = try Self.read(bytes)
            #expect(reader.encoding == .utf8, "offset \(offset)")
            #expect(records.count == lines + 2, "offset \(offset)")
            let big = try #require(records.dropLast().last)
            #expect(big.raw == ["groot", "aaë\r\nbb\"b", "z"], "offset \(offset)")
            #expect(big.line == lines + 1, "offset \(offset)")
            #expect(records.last?.raw == ["laatste", "ok", "3"], "offset \(offset)")
            #expect(records.last?.line == lines + 3, "offset \(offset)")
            #expect(records.allSatisfy { !$0.unclosed })
        }
    }

    @Test func recordsWithoutQuotesAreReadInPlaceAndCopyAsTheyRead() throws {
        let bytes = Array("a;;b ;\r\n\"q;1\";x;\n;;;\nlaatste;z".utf8)
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("bestand.csv", bytes: bytes)
        let reader = try CSVReader(path: path, fingerprint: try FileFingerprint.of(path: path))
        var gaps: [Int] = [], fields: [[String]] = [], copies = RecordCopies()
        try reader.forEachRecord { record in
            gaps.append(record.gap)
            fields.append((0..<record.count).map { record.rawString($0) })
            copies.append(record)
        }
        let expected = [["a", "", "b ", ""], ["q;1", "x", ""], ["", "", "", ""], ["laatste", "z"]]
        #expect(fields == expected)
        // In place: a line without quotes inside the chunk; the quoted line and the unended last one are copied.
        #expect(gaps == [1, 0, 1, 0])
        var copied: [[String]] = [], lines: [Int] = []
        copies.forEach { record in copied.append((0..<record.count).map { record.rawString($0) }); lines.append(record.line) }
        #expect(copied == expected)
        #expect(lines == [1, 2, 3, 4])
    }

    /// The in-place reader looks at eight bytes at a time: separators, line breaks and quotes at every
    /// place in such a word, fields of every length up to two words, a record of more fields than it
    /// holds, and a quote after plain fields must all read as the state machine reads them byte by byte.
    @Test func inPlaceReadingFindsEveryBreakAtEveryPlaceInAWord() throws {
        var text = ""
        for line in 0..<120 {
            let fields = (0..<(line % 9 + 1)).map { field in String(repeating: "x", count: (line * 7 + field * 5) % 18) }
            text += fields.joined(separator: ";") + ["\n", "\r\n"][line % 2]
            if line % 17 == 0 { text += "a;b\"c;d\n" }                       // a quote after plain fields
        }
        text += (0..<300).map { "v\($0)" }.joined(separator: ";") + "\n"     // more fields than read in place
        text += "laatste;regel"
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("bestand.csv", text)
        let reader = try CSVReader(path: path, fingerprint: try FileFingerprint.of(path: path))
        var whole: [CSVInvariants.Record] = [], inPlace = 0
        try reader.forEachRecord { record in
            whole.append(CSVInvariants.Record(fields: (0..<record.count).map { Array(record.bytes($0)) }, line: record.line,
                                              unclosed: record.hasUnclosedQuote))
            inPlace += record.gap
        }
        let pieces = try CSVInvariants.parsedInPieces(path: path, reader: reader, bytes: Array(text.utf8))
        #expect(whole == pieces)
        #expect(whole.count == 120 + 8 + 2)
        #expect(whole[whole.count - 2].fields.count == 300)
        #expect(inPlace == 120)       // every line without a quote, but the long one and the unended last one
    }

    // MARK: - Dutch values

    static func date(_ text: String) -> DutchValues.DateResult {
        var copy = text
        return copy.withUTF8 { DutchValues.date($0) }
    }

    @Test func dates() {
        #expect(Self.date("14-09-2019") == .date(Day(year: 2019, month: 9, day: 14)!))
        #expect(Self.date("4-3-2024") == .date(Day(year: 2024, month: 3, day: 4)!))
        #expect(Self.date("2024-03-04") == .date(Day(year: 2024, month: 3, day: 4)!))
        #expect(Self.date("14/09/2019") == .date(Day(year: 2019, month: 9, day: 14)!))
        #expect(Self.date("14.09.2019") == .date(Day(year: 2019, month: 9, day: 14)!))
        #expect(Self.date("29-02-2024") == .date(Day(year: 2024, month: 2, day: 29)!))
    }

    /// `dd-mm-yyyy` is read by a shortcut; `dd/mm/yyyy` by the general walk: both read the same.
    @Test func theShortcutReadsAsTheGeneralWalk() {
        for year in ["1899", "1900", "2023", "2024", "2999", "3000", "0000"] {
            for month in 0...13 {
                for day in 0...32 {
                    let (d, m) = (day < 10 ? "0\(day)" : "\(day)", month < 10 ? "0\(month)" : "\(month)")
                    #expect(Self.date("\(d)-\(m)-\(year)") == Self.date("\(d)/\(m)/\(year)"), "\(d)-\(m)-\(year)")
                }
            }
        }
        for text in ["1a-09-2019", "14-0 -2019", "14-09-20-9", "14-09-2O19", "+4-09-2019"] {
            #expect(Self.date(text) == .malformed, "\(text)")
        }
    }

    @Test(arguments: ["31-02-2021", "2021-13-05", "29-02-2023", "00-01-2020", "31-04-2022", "01-01-1899"])
    func nonexistentDates(text: String) {
        #expect(Self.date(text) == .nonexistent)
    }

    @Test(arguments: ["abc", "", "14-09-19", "14-09", "14-09/2019", "2019-09-14-01", "14 09 2019", "123-1-2020", "1-123-2020",
                      "12345678901234567890-01-2020", "01-01-99999999999999999999", "2020-01-123"])
    func malformedDates(text: String) {
        #expect(Self.date(text) == .malformed)
    }

    static func integer(_ text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { DutchValues.integer($0) }
    }

    @Test func integers() {
        #expect(Self.integer("9") == 9)
        #expect(Self.integer("0") == 0)
        #expect(Self.integer("007") == 7)
        #expect(Self.integer("-3") == -3)
        #expect(Self.integer("123456789012345678") == 123_456_789_012_345_678)
        for bad in ["", "-", "9,5", "9.5", "negen", "+3", "1 2", "1234567890123456789"] {
            #expect(Self.integer(bad) == nil, "\(bad)")
        }
    }

    static func cents(_ text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { DutchValues.cents($0) }
    }

    @Test func amounts() {
        #expect(Self.cents("1.045,10") == 104_510)
        #expect(Self.cents("312,45") == 31_245)
        #expect(Self.cents("€ 52.245,00") == 5_224_500)
        #expect(Self.cents("€52.245,00") == 5_224_500)
        #expect(Self.cents("-25,00") == -2_500)
        #expect(Self.cents("€ -25,00") == -2_500)
        #expect(Self.cents("+2.500,00") == 250_000)
        #expect(Self.cents("312") == 31_200)
        #expect(Self.cents("12,5") == 1_250)
        #expect(Self.cents("0,05") == 5)
        #expect(Self.cents("1.234.567,89") == 123_456_789)
    }

    @Test(arguments: ["1.04,5", "", "abc", "1,234", "12,", ",50", "1..000", "1.0000,00", "€", "25,00 EUR", "1.04", "--5"])
    func badAmounts(text: String) {
        #expect(Self.cents(text) == nil)
    }

    // MARK: - Day

    @Test func dayKnownNumbers() {
        #expect(Day(year: 1970, month: 1, day: 1)?.number == 0)
        #expect(Day(year: 1900, month: 1, day: 1)?.number == -25_567)
        #expect(Day(year: 1900, month: 3, day: 1)?.number == -25_508)
        #expect(Day(year: 2000, month: 3, day: 1)?.number == 11_017)
        #expect(Day(year: 2022, month: 12, day: 31)?.number == 19_357)
    }

    @Test func leapYears() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)     // divisible by 400
        #expect(Day(year: 1900, month: 2, day: 29) == nil)     // divisible by 100, not by 400
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 1900, month: 3, day: 1)!.number - Day(year: 1900, month: 2, day: 28)!.number == 1)
        #expect(Day(year: 2000, month: 3, day: 1)!.number - Day(year: 2000, month: 2, day: 28)!.number == 2)
        #expect(Day(year: 2024, month: 3, day: 1)!.number - Day(year: 2023, month: 3, day: 1)!.number == 366)
    }

    @Test func dayOutOfRangeOrNonexistent() {
        #expect(Day(year: 1899, month: 12, day: 31) == nil)
        #expect(Day(year: 3000, month: 1, day: 1) == nil)
        #expect(Day(year: 2022, month: 0, day: 1) == nil)
        #expect(Day(year: 2022, month: 13, day: 1) == nil)
        #expect(Day(year: 2022, month: 4, day: 31) == nil)
        #expect(Day(year: 2022, month: 1, day: 0) == nil)
    }

    @Test func everyDayRoundTrips() {
        // 1900-01-01 through 2999-12-31: consecutive numbers, and parts give back the date.
        var expected = Day(year: 1900, month: 1, day: 1)!.number
        var failures = 0
        for year in 1900...2999 {
            for month in 1...12 {
                for dayOfMonth in 1...Day.daysIn(month: month, year: year) {
                    let day = Day(year: year, month: month, day: dayOfMonth)!
                    let parts = day.parts
                    if day.number != expected || parts.year != year || parts.month != month || parts.day != dayOfMonth { failures += 1 }
                    expected += 1
                }
            }
        }
        #expect(failures == 0)
        #expect(expected - 1 == Day(year: 2999, month: 12, day: 31)!.number)
    }

    @Test func dayFormats() {
        let day = Day(year: 2019, month: 3, day: 7)!
        #expect(day.iso == "2019-03-07")
        #expect(day.dutch == "07-03-2019")
        #expect(day.description == "2019-03-07")
        #expect(day.adding(days: 366).iso == "2020-03-07")     // 2020 is a leap year: 29 February lies between
        #expect(Day(year: 1900, month: 3, day: 1)!.adding(days: -1).iso == "1900-02-28")
    }
}

/// The reading thread finds a line's end and hashes its bytes in one pass (`Parser.lineEndAndHash`):
/// the same end as `lineEnd` and the same hash as `LineHash.of`, whatever the line's length, its tabs
/// and control bytes, where it starts in the chunk and whether the chunk ends before it does.
@Suite struct LineEndAndHashTests {
    @Test func oneKindOfPassGivesWhatTheTwoGave() {
        var random = SeededGenerator(seed: 1036)
        let alphabet: [UInt8] = Array("Almere;2024-03-01;K-01877;Fiets ëé".utf8) + [0x09, 0x0B, 0x01, 0x0E, 0x0D, 0x0A, 0x22, 0x80, 0xFF, 0x8D]
        for _ in 0..<20_000 {
            let count = Int(random.next() % 80)
            let bytes = (0..<count).map { _ in
                // Mostly plain text, so lines run long between the bytes that end them.
                random.next() % 12 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : UInt8(0x41 + random.next() % 26)
            }
            let start = count == 0 ? 0 : Int(random.next() % UInt64(count))
            bytes.withUnsafeBufferPointer { buffer in
                let (end, hash) = Parser.lineEndAndHash(in: buffer, from: start)
                #expect(end == Parser.lineEnd(in: buffer, from: start), "\(bytes) from \(start)")
                #expect(hash == LineHash.of(UnsafeBufferPointer(rebasing: buffer[start..<end])), "\(bytes) from \(start)")
            }
        }
    }

    /// Two lanes take the words in turn: lines that differ only in which word comes first still differ.
    @Test func wordsSwappedOrMovedChangeTheHash() {
        func hash(_ text: String) -> UInt64 { Array(text.utf8).withUnsafeBufferPointer { LineHash.of($0) } }
        #expect(hash("K-000001;Fiets;;") != hash(";Fiets;;K-000001"))
        #expect(hash("AAAAAAAABBBBBBBB") != hash("BBBBBBBBAAAAAAAA"))
        #expect(hash("AAAAAAAABBBBBBBBCCCCCCCC") != hash("CCCCCCCCBBBBBBBBAAAAAAAA"))
        #expect(hash("a") != hash("a\u{0}"), "the length counts")
    }

    @Test func aLineOfWholeWordsAndOneCutOffByTheChunk() {
        let line = Array("0123456789ABCDEF\n".utf8)          // sixteen bytes: two whole words, no tail
        line.withUnsafeBufferPointer { buffer in
            let (end, hash) = Parser.lineEndAndHash(in: buffer, from: 0)
            #expect(end == 16 && hash == LineHash.of(UnsafeBufferPointer(rebasing: buffer[0..<16])))
            let cut = Parser.lineEndAndHash(in: UnsafeBufferPointer(rebasing: buffer[0..<12]), from: 0)
            #expect(cut.end == 12, "no line break in the chunk: its end")
        }
    }
}

/// A record with quotes is skipped, when the quarter before held it, by finding its end without the
/// state machine (`Parser.quotedRecordEnd`): the end must be the one `feed` finds, the bytes before it
/// the ones `feed` hashed for the record (`CSVRecord.lineHash`), and its line feeds the lines `feed`
/// counted, whatever its quotes, doubled quotes, separators and line breaks.
@Suite struct QuotedRecordEndTests {
    struct Seen { let line: Int; let hash: UInt64 }

    static func records(_ bytes: [UInt8]) -> [Seen] {
        var parser = Parser(delimiter: 0x3B)
        var line = 1, seen: [Seen] = []
        bytes.withUnsafeBufferPointer { buffer in
            parser.feed(buffer, line: &line) { make in
                let record = make(.utf8)
                seen.append(Seen(line: record.line, hash: record.gap == 1 ? LineHash.of(record.storage) : record.lineHash))
            }
        }
        return seen
    }

    @Test func theEndAndLinesFeedFinds() {
        var random = SeededGenerator(seed: 36)
        let alphabet = Array("ab;\"\"\n\r ".utf8)
        var ended = 0
        for _ in 0..<20_000 {
            // Long enough to be passed over eight bytes at a time, with runs of plain text between the rest.
            let pieces: [[UInt8]] = (0..<Int(random.next() % 40)).map { _ in
                random.next() % 4 == 0 ? Array(repeating: UInt8(ascii: "x"), count: Int(random.next() % 12))
                    : [alphabet[Int(random.next() % UInt64(alphabet.count))]]
            }
            let bytes: [UInt8] = [0x22] + pieces.joined()
            let records = Self.records(bytes)
            bytes.withUnsafeBufferPointer { buffer in
                guard let (end, lineFeeds) = Parser.quotedRecordEnd(in: buffer, from: 0, delimiter: 0x3B) else {
                    // Not known to end in the chunk: `feed` has not ended it either.
                    #expect(records.isEmpty, "\(bytes)")
                    return
                }
                ended += 1
                #expect(records.first?.hash == LineHash.of(UnsafeBufferPointer(rebasing: buffer[0..<end])), "\(bytes)")
                if records.count > 1 { #expect(records[1].line == 2 + lineFeeds, "\(bytes)") }
            }
        }
        #expect(ended > 5_000)
    }

    @Test func knownRecords() {
        func end(_ text: String) -> [Int]? {
            Array(text.utf8).withUnsafeBufferPointer { Parser.quotedRecordEnd(in: $0, from: 0, delimiter: 0x3B).map { [$0.end, $0.lineFeeds] } }
        }
        #expect(end("a;\"b;\"\"c\"\"\nd\";e\nf") == [15, 1])
        #expect(end("a;b\"c;d\n") == [7, 0], "a quote inside an unquoted field is text")
        #expect(end("\"x\"y\n;z\r\n") == [4, 0], "text after the closing quote belongs to the field")
        #expect(end("\"x\r\ny\"\r\n") == [6, 1])
        #expect(end("\"x\n") == nil, "still quoted at the chunk's end")
        #expect(end("\"x\"") == nil, "a last quote may be doubled by the next chunk")
        let tabbed = Array("a\t\"b;\n\"\tc\nd".utf8).withUnsafeBufferPointer { Parser.quotedRecordEnd(in: $0, from: 0, delimiter: 0x09) }
        #expect(tabbed.map { [$0.end, $0.lineFeeds] } == [9, 1], "tab separated: the quote opens a field after a tab")
    }
}
