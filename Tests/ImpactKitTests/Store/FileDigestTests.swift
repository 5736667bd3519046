@testable import ImpactKit
import Foundation
import Testing

/// A file of a size no stored file has gets its SHA-256 beside the load (`FileDigest`): the identity
/// recorded must be the file's own, and the same bytes must still be known again.
struct FileDigestTests {
    static let register = repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_2022-Q4.csv").path

    @Test func theDigestBesideTheLoadIsTheFilesOwn() throws {
        let digest = FileDigest(path: Self.register)
        let expected = try FileFingerprint.of(path: Self.register).sha256
        #expect(try digest.fingerprint() == FileFingerprint.of(path: Self.register))
        #expect(try digest.fingerprint().sha256 == expected)      // asked again, it does not wait forever
        #expect(try FileFingerprint.of(path: Self.register, digest: false).sha256 == "")
        #expect(throws: InputError.self) { try FileDigest(path: "/geen/bestand.csv").fingerprint() }
    }

    /// A pass that leaves the text to the reading thread (`ReadingTextCheck`) gives the whole fingerprint
    /// when that reading proved the text clean, and checks it apart when it did not (here: never read).
    @Test func aPassWithoutTheTextCheckIsCompletedByOne() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let damaged = try db.folder.write("dromen_2022-Q4.csv", bytes: Array(DreamCSV.file([DreamCSV.row()]).utf8) + [0x41, 0x00, 0x0A])
        for path in [Self.register, damaged] {
            let whole = try FileFingerprint.of(path: path)
            #expect(try FileDigest(path: path, textCheckedByReading: true).fingerprint() == whole)
            let read = FileDigest(path: path, textCheckedByReading: true)
            try CSVReader(path: path, fingerprint: whole).forEachRecordReadingAhead(workAhead: nil, checkingText: read.readingCheck) { _, _ in }
            #expect(try read.fingerprint() == whole)
        }
        #expect(try FileFingerprint.of(path: damaged).hasDamagedBytes)
        #expect(try !FileFingerprint.of(path: damaged, checksText: false).hasDamagedBytes)
    }

    @Test func aFileOfANewSizeIsRecordedByItsBytesAndKnownAgain() throws {
        let db = try TestDatabase()
        defer { db.folder.remove() }
        let text = try String(contentsOfFile: Self.register, encoding: .utf8)
        // One character changed: the same size, other bytes.
        let sameSize = text.replacingOccurrences(of: ";Nieuw;", with: ";NIEUW;")
        #expect(sameSize.utf8.count == text.utf8.count && sameSize != text)
        let first = try db.folder.write("a/dromen_2022-Q4.csv", text)
        let copy = try db.folder.write("b/dromen_2022-Q4.csv", text)
        let other = try db.folder.write("c/dromen_2022-Q4.csv", sameSize)
        #expect(db.ingest(first).map(\.result) == [.loaded])
        #expect(db.ingest(copy).map(\.result) == [.unchanged(previousName: "dromen_2022-Q4.csv")])
        #expect(db.ingest(other).map(\.result) == [.loaded])
        let stored = try db.rows("SELECT sha256 FROM bronbestand ORDER BY id", columns: 1).map { $0[0] }
        #expect(stored == [try FileFingerprint.of(path: first).sha256, try FileFingerprint.of(path: other).sha256])
    }
}
