import Foundation
import Testing
@testable import ImpactKit

/// Lines the quarter before kept byte for byte, skipped by the reading thread (`KeptLines`,
/// `LineSkipper`): every table, rejection and kept count is what a load that checks every line gives,
/// with dossiers twice in a file in either order, and under another header nothing is skipped.
@Suite struct KeptLinesTests {
    static func quarter(_ name: String) -> String { KeptKeyMapTests.quarter(name) }
    static let quarters = ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1"]

    /// What a load leaves: the versions, their ends, the rejections, the files' counts and the kept counts.
    static func state(_ db: TestDatabase) throws -> [[String]] {
        try ["SELECT * FROM droom_stand ORDER BY versie", "SELECT * FROM droom_stand_einde ORDER BY versie",
             "SELECT bestand_id, regel, kolom, waarde, fout, melding, sleutel FROM afgekeurd ORDER BY rowid",
             "SELECT id, regels_gelezen, regels_geladen, regels_afgekeurd FROM bronbestand ORDER BY id",
             "SELECT bron, bestand_id, hex(staat) FROM telstand"].map { try db.rows($0, columns: 19).map { $0.joined(separator: "|") } }
    }

    /// Loads `files` one by one; `skipping` false forgets the kept lines before each, so every line is checked.
    static func load(_ files: [String], skipping: Bool) throws -> (db: TestDatabase, outcomes: [FileOutcome]) {
        let db = try TestDatabase()
        #expect(db.ingest(SnapshotStorageTests.postcodes).map(\.result) == [.loaded])
        var outcomes: [FileOutcome] = []
        for file in files {
            if !skipping { try db.store.database.execute("DELETE FROM regelreeks") }
            outcomes += db.ingest(file)
        }
        return (db, outcomes)
    }

    @Test func skippedQuartersLeaveWhatCheckedOnesDo() throws {
        let files = Self.quarters.map(Self.quarter)
        let (skipped, outcomes) = try Self.load(files, skipping: true)
        let (checked, checkedOutcomes) = try Self.load(files, skipping: false)
        defer { skipped.folder.remove(); checked.folder.remove() }
        #expect(outcomes.map(\.result) == Array(repeating: .loaded, count: files.count))
        #expect(outcomes[0].rowsSkipped == 0)
        for (outcome, check) in zip(outcomes.dropFirst(), checkedOutcomes.dropFirst()) {
            // Most of a quarter repeats the one before; the rest is checked as ever.
            #expect(outcome.rowsSkipped > outcome.rowsRead / 2, "\(outcome.path)")
            #expect(check.rowsSkipped == 0)
            #expect(outcome.rowsRead == check.rowsRead && outcome.rowsLoaded == check.rowsLoaded && outcome.rowsRejected == check.rowsRejected)
        }
        #expect(try Self.state(skipped) == Self.state(checked))
        #expect(try SnapshotStorageTests.figures(skipped) == SnapshotStorageTests.figures(checked))
        // The quarters that skipped kept their lines as changes on the first's, a level each, until the
        // changes came to more than half of its bytes (these quarters change a quarter of their lines:
        // the fifth); those that checked every line kept them whole. The same lines, in the same order.
        #expect(try Self.levels(skipped).count == 1)
        #expect(try Self.keptLines(skipped) == Self.keptLines(checked))
        let (four, _) = try Self.load(Array(files.prefix(4)), skipping: true)
        let (fourChecked, _) = try Self.load(Array(files.prefix(4)), skipping: false)
        defer { four.folder.remove(); fourChecked.folder.remove() }
        let sizes = try Self.levels(four)
        #expect(sizes.count == 4 && sizes[1...].allSatisfy { $0 * 3 < sizes[0] } && sizes[1...].reduce(0, +) * 2 > sizes[0])
        #expect(try Self.levels(fourChecked).count == 1)
        let lines = try Self.keptLines(fourChecked)
        #expect(lines.count == 12 * outcomes[3].rowsLoaded && lines.count > 0)
        #expect(try Self.keptLines(four) == lines)
    }

    static func levels(_ db: TestDatabase) throws -> [Int] {
        try KeptLineLevels(source: Dromenregister.source, database: db.store.database).sizes() ?? []
    }

    /// The kept lines as the next quarter reads them, 12 bytes each.
    static func keptLines(_ db: TestDatabase) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let levels = KeptLineLevels(source: Dromenregister.source, database: db.store.database)
        let count = try levels.sizes()?.count ?? 0
        #expect(try levels.read(levels: count) { bytes += $0 } * 12 == bytes.count)
        #expect(try levels.lineCount(levels: count) == bytes.count / 12)
        return bytes
    }

    /// Another level while there are fewer than six and the changes are at most half of level 0's bytes.
    @Test func levelsAreAddedWhileFewAndSmall() {
        #expect(KeptLineLevels.takesAnother([1_000]))
        #expect(KeptLineLevels.takesAnother([1_000, 200, 300]))
        #expect(KeptLineLevels.takesAnother([1_000, 100, 100, 100, 100, 100]) == false)
        #expect(KeptLineLevels.takesAnother([1_000, 400, 101]) == false)
    }

    /// A level that names more lines than the level below holds (never written so) is not used: the
    /// quarter is read as any other, and its lines are kept whole again.
    @Test func brokenLevelsAreNotUsed() throws {
        let (db, _) = try Self.load(Self.quarters.prefix(3).map(Self.quarter), skipping: true)
        let (checked, _) = try Self.load(Self.quarters.prefix(4).map(Self.quarter), skipping: false)
        defer { db.folder.remove(); checked.folder.remove() }
        #expect(try Self.levels(db).count == 3)
        try db.store.database.execute("UPDATE regelreeksdeel SET regels = substr(regels, 1, 120) WHERE deel = 0")
        #expect(throws: KeptLineLevels.Broken.self) { _ = try KeptLineLevels(source: Dromenregister.source, database: db.store.database).read(levels: 3) { _ in } }
        let outcome = db.ingest(Self.quarter("2021-Q4"))
        #expect(outcome.map(\.result) == [.loaded] && outcome.first?.rowsSkipped == 0)
        #expect(try Self.levels(db).count == 1)
        #expect(try Self.state(db) == Self.state(checked))
        #expect(try Self.keptLines(db) == Self.keptLines(checked))
    }

    /// A quarter that keeps no line at all (every record rejected: each dossier keeps its last valid
    /// state) after one that skipped: the lines before it are not taken for its own, and the quarter after
    /// reads every line.
    @Test func aQuarterWithoutLinesLeavesNoneToSkip() throws {
        let (db, _) = try Self.load(Self.quarters.prefix(2).map(Self.quarter), skipping: true)
        let (checked, _) = try Self.load(Self.quarters.prefix(2).map(Self.quarter), skipping: false)
        defer { db.folder.remove(); checked.folder.remove() }
        // The `sep=;` line and the header, then each record with a Kanaal the register does not allow.
        let lines = try String(contentsOfFile: Self.quarter("2021-Q3"), encoding: .utf8).components(separatedBy: "\r\n")
        let rejected = lines.prefix(2) + lines.dropFirst(2).filter { !$0.isEmpty }.map { line in
            var fields = line.components(separatedBy: ";")
            fields[4] = "Telefoon"
            return fields.joined(separator: ";")
        }
        let path = try db.folder.write("afgekeurd/dromen_2021-Q3.csv", rejected.joined(separator: "\r\n") + "\r\n")
        let outcome = db.ingest(path)
        #expect(outcome.map(\.result) == [.loaded] && outcome.first?.rowsLoaded == 0 && checked.ingest(path).map(\.result) == [.loaded])
        #expect(try Self.levels(db).isEmpty)
        let next = db.ingest(Self.quarter("2021-Q4"))
        _ = checked.ingest(Self.quarter("2021-Q4"))
        #expect(next.map(\.result) == [.loaded] && next.first?.rowsSkipped == 0)
        #expect(try Self.state(db) == Self.state(checked))
        #expect(try SnapshotStorageTests.figures(db) == SnapshotStorageTests.figures(checked))
    }

    /// The next quarter's lines with one dossier twice: its unchanged line first and a changed copy
    /// after it, or the changed copy first.
    static func withDuplicate(_ db: TestDatabase, changedCopyFirst: Bool) throws -> (path: String, line: Int) {
        var lines = try String(contentsOfFile: quarter("2021-Q3"), encoding: .utf8).components(separatedBy: "\r\n")
        let at = lines.firstIndex { $0.hasPrefix("AILGB-2017-0002;") }!
        let copy = lines[at].replacingOccurrences(of: ";Nee", with: ";Ja")
        #expect(copy != lines[at])
        lines.insert(copy, at: changedCopyFirst ? at : at + 1)
        let folder = changedCopyFirst ? "eerst" : "daarna"
        return (try db.folder.write("\(folder)/dromen_2021-Q3.csv", lines.joined(separator: "\r\n")), at + 1)
    }

    @Test(arguments: [false, true]) func aDossierTwiceIsCheckedAsEver(changedCopyFirst: Bool) throws {
        let first = Self.quarters.prefix(2).map(Self.quarter)
        let (skipped, _) = try Self.load(first, skipping: true)
        let (checked, _) = try Self.load(first, skipping: false)
        defer { skipped.folder.remove(); checked.folder.remove() }
        let (path, line) = try Self.withDuplicate(skipped, changedCopyFirst: changedCopyFirst)
        try checked.store.database.execute("DELETE FROM regelreeks")
        let outcome = skipped.ingest(path), checkedOutcome = checked.ingest(path)
        #expect(outcome.map(\.result) == [.loaded] && checkedOutcome.map(\.result) == [.loaded])
        // The unchanged line first: it is skipped, and the copy after it rejected naming its line. The
        // copy first: the file is read again without skipping, and the unchanged line after it rejected.
        #expect(changedCopyFirst ? outcome[0].rowsSkipped == 0 : outcome[0].rowsSkipped > 0)
        let duplicate = try skipped.rows("SELECT regel, melding FROM afgekeurd WHERE fout = 'primary-key' AND regel = \(line + 1)", columns: 2)
        #expect(duplicate == [["\(line + 1)", "dit dossiernummer staat al op regel \(line); de eerste is geladen"]])
        #expect(try Self.state(skipped) == Self.state(checked))
        #expect(try SnapshotStorageTests.figures(skipped) == SnapshotStorageTests.figures(checked))
    }

    @Test func aLateQuarterSkipsNothingAndTheNextStillSkips() throws {
        let files = ["2021-Q1", "2021-Q3", "2021-Q2", "2021-Q4"].map(Self.quarter)
        let (skipped, outcomes) = try Self.load(files, skipping: true)
        let (checked, _) = try Self.load(files, skipping: false)
        defer { skipped.folder.remove(); checked.folder.remove() }
        #expect(outcomes.map(\.result) == Array(repeating: .loaded, count: files.count))
        // 2021-Q2 arrives after 2021-Q3: fitted in between, nothing skipped; 2021-Q4 is read after a late
        // quarter changed the versions in force, so it has no lines to skip either, and keeps its own.
        #expect(outcomes.map(\.rowsSkipped).map { $0 > 0 } == [false, true, false, false])
        #expect(try Self.state(skipped) == Self.state(checked))
        #expect(try SnapshotStorageTests.figures(skipped) == SnapshotStorageTests.figures(checked))
        #expect(skipped.ingest(Self.quarter("2022-Q1")).first?.rowsSkipped ?? 0 > 0)
    }

    /// The first two quarters rewritten by `rewrite` (both alike) and loaded skipping: every record the
    /// plain quarters skip is skipped, and the load leaves what one that checks every line does (the
    /// rejections after a rewritten line named by the same lines).
    static func expectSkippedAsPlain(_ folderName: String, _ rewrite: (String) throws -> String) throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let files = try Self.quarters.prefix(2).map { name in
            try folder.write("\(folderName)/dromen_\(name).csv", rewrite(try String(contentsOfFile: Self.quarter(name), encoding: .utf8)))
        }
        let (skipped, outcomes) = try Self.load(files, skipping: true)
        let (checked, _) = try Self.load(files, skipping: false)
        let (plain, plainOutcomes) = try Self.load(Self.quarters.prefix(2).map(Self.quarter), skipping: true)
        defer { skipped.folder.remove(); checked.folder.remove(); plain.folder.remove() }
        #expect(outcomes.map(\.result) == [.loaded, .loaded])
        #expect(outcomes[1].rowsSkipped == plainOutcomes[1].rowsSkipped)
        #expect(outcomes[1].rowsSkipped > outcomes[1].rowsRead / 2)
        #expect(try skipped.rows("SELECT count(*) FROM afgekeurd WHERE bestand_id = (SELECT max(id) FROM bronbestand)", columns: 1) != [["0"]])
        #expect(try Self.state(skipped) == Self.state(checked))
    }

    /// A line's end is looked for among its quotes and its bytes below 0x0E: a tab in a dream is one,
    /// looked at and passed, and the lines that hold one are skipped like any other.
    @Test func linesWithTabsAreSkippedToo() throws {
        try Self.expectSkippedAsPlain("tab") { text in
            let tabbed = text.replacingOccurrences(of: ";Ik wil graag ", with: ";Ik wil\tgraag\t")
            #expect(tabbed.components(separatedBy: "\t").count > 200)
            return tabbed
        }
    }

    /// A record with quotes (a separator, a doubled quote and a line break in a dream) is skipped like any
    /// other line when it repeats, and the lines after one that spans two keep their numbers.
    @Test func recordsWithQuotesAreSkippedToo() throws {
        let dream = try Regex(";Ik wil graag ([^;]*);")
        try Self.expectSkippedAsPlain("quotes") { text in
            let quoted = text.replacing(dream) { match in ";\"Ik wil; \"\"graag\"\"\r\n\(match.output[1].substring ?? "")\";" }
            #expect(quoted.components(separatedBy: "\"\"graag\"\"\r\n").count > 150)
            return quoted
        }
    }

    @Test func anotherHeaderSkipsNothing() throws {
        let (db, _) = try Self.load(Self.quarters.prefix(2).map(Self.quarter), skipping: true)
        defer { db.folder.remove() }
        // The same bytes under another header (two dates' columns swapped) mean other rows: none is skipped.
        let text = try String(contentsOfFile: Self.quarter("2021-Q3"), encoding: .utf8)
        let renamed = text.replacingOccurrences(of: "Gesprek op;Verbonden met;Verbonden op", with: "Verbonden op;Verbonden met;Gesprek op")
        #expect(renamed != text)
        let outcome = db.ingest(try db.folder.write("kop/dromen_2021-Q3.csv", renamed))
        #expect(outcome.map(\.result) == [.loaded])
        #expect(outcome[0].rowsSkipped == 0)
        #expect(outcome[0].rowsRead > 3_000)
    }
}
