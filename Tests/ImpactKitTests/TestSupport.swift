import Foundation
@testable import ImpactKit

/// A fresh folder under the system's temporary directory, one per test, so tests can run in parallel.
/// They all lie in one folder of the test run, removed when the run ends: many tests hand a folder's path
/// on and never remove it (a few runs of the suite had left ~130 folders in /tmp).
struct TempFolder {
    let url: URL
    var path: String { url.path }

    static let runFolder: URL = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        atexit { try? FileManager.default.removeItem(at: TempFolder.runFolder) }
        return folder
    }()

    init() throws {
        url = Self.runFolder.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` inside the folder (sub-folders allowed) and returns the file's path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A temporary database with an ingestor in front of it.
struct TestDatabase {
    let folder: TempFolder
    let store: Store
    let rejects: String

    init(configuration: Configuration = Configuration()) throws {
        folder = try TempFolder()
        store = try Store(path: folder.url.appendingPathComponent("impact.sqlite").path)
        rejects = folder.url.appendingPathComponent("afgekeurd").path
        self.configuration = configuration
    }

    private let configuration: Configuration

    var ingestor: Ingestor { Ingestor(store: store, configuration: configuration, rejectsFolder: rejects) }

    func ingest(_ paths: String...) -> [FileOutcome] { ingestor.ingest(paths) }
    func ingest(_ paths: [String]) -> [FileOutcome] { ingestor.ingest(paths) }

    /// One integer from a query (`SELECT count(*) ...`).
    func scalar(_ sql: String) throws -> Int {
        try store.database.prepare(sql).scalar() ?? -1
    }

    /// Every row of a query, the first `columns` columns as text (NULL as "NULL").
    func rows(_ sql: String, columns: Int32) throws -> [[String]] {
        var result: [[String]] = []
        try store.database.prepare(sql).rows { row in
            result.append((0..<columns).map { row.string($0) ?? "NULL" })
        }
        return result
    }
}

/// The Dromenregister columns in EXPORTS.md order, and a valid row to vary per test.
enum DreamCSV {
    static let header = ["Dossiernummer", "Kindnummer", "Programma", "Ontvangen op", "Kanaal", "Leeftijd", "Postcode", "Droom",
                         "Categorie", "Coördinator", "Status", "Gesprek op", "Verbonden met", "Verbonden op", "Ouders verbonden"]

    /// A valid row for a `dromen_2022-Q4.csv` snapshot; `changes` replaces cells by column name.
    static func row(_ dossier: String = "AILGB-2022-0001", _ changes: [String: String] = [:]) -> [String: String] {
        var row: [String: String] = [
            "Dossiernummer": dossier, "Kindnummer": "K-00001", "Programma": "Als ik later groot ben", "Ontvangen op": "05-10-2022",
            "Kanaal": "Website", "Leeftijd": "9", "Postcode": "1311 AB", "Droom": "een fiets om naar school te gaan",
            "Categorie": "Fiets", "Coördinator": "Joël Bakker", "Status": "Verbonden", "Gesprek op": "10-10-2022",
            "Verbonden met": "Stichting Leergeld Almere", "Verbonden op": "20-11-2022", "Ouders verbonden": "Ja",
        ]
        for (column, value) in changes { row[column] = value }
        return row
    }

    static func line(_ row: [String: String], columns: [String] = header) -> String {
        columns.map { row[$0] ?? "" }.joined(separator: ";")
    }

    /// A whole file: the header line, then one line per row.
    static func file(_ rows: [[String: String]], columns: [String] = header) -> String {
        ([columns.joined(separator: ";")] + rows.map { line($0, columns: columns) }).joined(separator: "\n") + "\n"
    }
}

/// The repository's root folder, found from this source file (Tests/ImpactKitTests/TestSupport.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

extension FileOutcome.Result {
    var isLoaded: Bool { if case .loaded = self { return true } else { return false } }
    var refusal: String? { if case .refused(let message) = self { return message } else { return nil } }
}

/// A figure named by its typed constant (`DromenFigures.received`) or, where a test spells it out, by
/// its name as `impact figures` writes it.
protocol FigureName { var figureName: String { get } }
extension String: FigureName { var figureName: String { self } }
extension FigureDefinition: FigureName { var figureName: String { name } }

extension DromenFigures {
    /// Every Dromen figure for the periods, as `impact figures` lists them.
    static func compute(_ periods: [Period], store: Store) throws -> [FigureValue] {
        try Dromen().compute(periods, in: FigureContext(store: store, configuration: Configuration())).flatMap(\.values)
    }
}

extension ReportModel {
    /// A report model as `impact report` makes it.
    static func build(definition: ReportDefinition, comparison: Comparison, store: Store,
                      configuration: Configuration = Configuration()) throws -> ReportModel {
        try Reporting.model(definition, comparison: comparison, in: FigureContext(store: store, configuration: configuration))
    }
}

/// The report definitions and templates that ship with impact.
let shippedReports = repositoryRoot.appendingPathComponent("Reports").path

/// All of SampleData (every organisation's exports), ingested once per test run into one temporary
/// database, for the tests that check figures and reports on it. The SQLite connection must not be used
/// from two threads at once, so every use goes through `use`, which holds a lock for the whole body.
enum SampleStore {
    struct Ingested {
        let db: TestDatabase
        let outcomes: [FileOutcome]
        /// The outcomes of the files under `SampleData/<folder>/`, in ingest order.
        func outcomes(in folder: String) -> [FileOutcome] { outcomes.filter { $0.path.contains("/SampleData/\(folder)/") } }
    }

    private static let lock = NSLock()
    /// Written once, under `lock`, and read only under it.
    nonisolated(unsafe) private static var ingested: Result<Ingested, any Error>?

    static func use<T>(_ body: (Ingested) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if ingested == nil {
            ingested = Result {
                let db = try TestDatabase(configuration: try Configuration.load(path: repositoryRoot.appendingPathComponent("impact.yaml").path))
                return Ingested(db: db, outcomes: db.ingest(repositoryRoot.appendingPathComponent("SampleData").path))
            }
        }
        return try body(try ingested!.get())
    }
}
