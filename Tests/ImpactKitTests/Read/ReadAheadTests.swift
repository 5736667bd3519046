import Foundation
import Testing
@testable import ImpactKit

/// Reading ahead on a thread of its own (`CSVReader.forEachRecordReadingAhead`) hands over exactly what
/// reading in line does, in order, and stops cleanly when the caller stops.
@Suite struct ReadAheadTests {
    /// Several batches of records, plain lines read in place, quoted ones with line breaks, a blank line,
    /// CRLF line ends and a last line without one.
    static func file(records: Int) -> String {
        var lines = ["Dossiernummer;Naam;Opmerking"]
        for index in 1...records {
            switch index % 7 {
            case 0: lines.append("D-\(index);\"Naam \(index)\";\"twee\r\nregels; met \"\"quotes\"\"\"")
            case 3: lines.append(";;")
            default: lines.append("D-\(index);Naam \(index);gewoon")
            }
        }
        return lines.joined(separator: "\r\n")
    }

    /// A reader of `text`, written to `name` in `folder`.
    static func reader(_ folder: TempFolder, _ name: String, _ text: String) throws -> CSVReader {
        let path = try folder.write(name, text)
        return try CSVReader(path: path, fingerprint: try FileFingerprint.of(path: path))
    }

    static func records(_ reader: CSVReader, ahead: Bool) throws -> (records: [CSVReaderTests.Read], bytesRead: [Int]) {
        var records: [CSVReaderTests.Read] = []
        var bytesRead: [Int] = []
        let body = { (record: CSVRecord) in
            records.append(CSVReaderTests.Read(line: record.line, fields: (0..<record.count).map { record.string($0) },
                                               raw: (0..<record.count).map { record.rawString($0) },
                                               unclosed: record.hasUnclosedQuote, blank: record.isBlank))
        }
        if ahead {
            try reader.forEachRecordReadingAhead(bytesRead: { bytesRead.append($0) }, body)
        } else {
            try reader.forEachRecord(bytesRead: { bytesRead.append($0) }, body)
        }
        return (records, bytesRead)
    }

    @Test func readingAheadHandsOverWhatReadingInLineDoes() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        // About 2.3 MB: three chunks of the file, a few hundred batches of records.
        let path = try folder.write("bestand.csv", Self.file(records: 50_000))
        let fingerprint = try FileFingerprint.of(path: path)
        let reader = try CSVReader(path: path, fingerprint: fingerprint)
        let inLine = try Self.records(reader, ahead: false)
        let ahead = try Self.records(reader, ahead: true)
        #expect(ahead.records.count == 50_001)
        #expect(ahead.records == inLine.records)
        #expect(ahead.records[7] == CSVReaderTests.Read(line: 8, fields: ["D-7", "Naam 7", "twee\r\nregels; met \"quotes\""],
                                                         raw: ["D-7", "Naam 7", "twee\r\nregels; met \"quotes\""], unclosed: false, blank: false))
        #expect(ahead.records.last?.line == 50_001 + 50_000 / 7)
        // Progress only grows, and ends at the file's size.
        #expect(ahead.bytesRead == ahead.bytesRead.sorted())
        #expect(ahead.bytesRead.last == fingerprint.byteCount)
    }

    struct Enough: Error, Equatable {}

    /// The caller's error stops the reading thread and is thrown as it was; reading again starts afresh.
    @Test func anErrorOfTheCallerStopsTheReading() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let reader = try Self.reader(folder, "bestand.csv", Self.file(records: 50_000))
        var seen = 0
        #expect(throws: Enough()) {
            try reader.forEachRecordReadingAhead { _ in
                seen += 1
                if seen == 3_000 { throw Enough() }
            }
        }
        #expect(seen == 3_000)
        var again = 0
        try reader.forEachRecordReadingAhead { _ in again += 1 }
        #expect(again == 50_001)
    }

    @Test func anEmptyFileHasNoRecords() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let reader = try Self.reader(folder, "leeg.csv", "")
        var seen = 0
        try reader.forEachRecordReadingAhead { _ in seen += 1 }
        #expect(seen == 0)
    }

    /// Work set once the header is read is done on the reading thread for every record of the batches it
    /// reads from then on: each digest is the record's own (as made in line), and `willUse` gets each
    /// digest, once, before its record. The records before come without one.
    @Test func workSetAfterTheHeaderDigestsTheRecordsOfLaterBatches() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let reader = try Self.reader(folder, "bestand.csv", Self.file(records: 20_000))
        let digest: WorkAhead.Work = { record in
            RecordDigest(key: Int64(record.line), content: Int64(record.string(0).utf8.count * 1_000 + record.count))
        }
        let ahead = WorkAhead()
        var digested = 0, without = 0, announced: [RecordDigest] = [], given: [RecordDigest] = []
        try reader.forEachRecordReadingAhead(workAhead: ahead, willUse: { announced += $0 }) { record, made in
            if record.line == 1 { ahead.work = digest }
            if let made {
                #expect(made == digest(record))
                #expect(announced.count > given.count)
                given.append(made)
                digested += 1
            } else {
                without += 1
            }
        }
        #expect(digested + without == 20_001)
        #expect(without >= 1 && without < 20_001 - 10_000, "the batches read ahead before the work was set come without")
        #expect(announced == given)
    }
}
