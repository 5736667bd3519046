import Foundation
import Testing
@testable import ImpactKit

/// The fuzz targets: each reader, the Dutch value parsers, and every export through the Ingestor. In the
/// normal suite each runs a fixed number of inputs from seed 2026; with `IMPACT_FUZZ_TARGET` set, only that
/// target runs, for `IMPACT_FUZZ_SECONDS` (see `FuzzSettings`). Invariants, not outputs: no crash, no input
/// over the time limit, a message for every refusal, rows that add up, a consistent database.
@Suite(.serialized) struct FuzzTests {
    static let settings = FuzzSettings.current

    static let csvSeeds = [
        "Tests/ImpactKitTests/Fixtures/figures/dromen_2021-Q4.csv", "Tests/ImpactKitTests/Fixtures/alamal/alamal_2024-Q3.csv",
        "Tests/ImpactKitTests/Fixtures/alliantie/spreekuren_2024-Q1.csv", "Tests/ImpactKitTests/Fixtures/alliantie/vrijwilligers_2024-06-01.csv",
        "Tests/ImpactKitTests/Fixtures/zwo/bank_2018-09.csv", "Tests/ImpactKitTests/Fixtures/zwo/bank_2019-10.csv",
        "Tests/ImpactKitTests/Fixtures/zwo/bank_2020-06.csv", "Tests/ImpactKitTests/Fixtures/zwo/begroting_alomik.csv",
        "Tests/ImpactKitTests/Fixtures/zwo/collectes_2019-2020.csv", "Tests/ImpactKitTests/Fixtures/zwo/sponsorfietstocht_2019.csv",
        "Tests/ImpactKitTests/Fixtures/figures/postcodes_test.csv",
    ].map(FuzzSeed.init)

    /// Each export and its good files (several where the export has several layouts).
    static let exports: [String: [String]] = [
        "dromen": ["Tests/ImpactKitTests/Fixtures/figures/dromen_2021-Q4.csv", "Tests/ImpactKitTests/Fixtures/figures/dromen_2022-Q3.csv"],
        "alamal": ["Tests/ImpactKitTests/Fixtures/alamal/alamal_2024-Q3.csv", "Tests/ImpactKitTests/Fixtures/alamal/alamal_2024-Q4.csv"],
        "spreekuren": ["Tests/ImpactKitTests/Fixtures/alliantie/spreekuren_2024-Q1.csv", "Tests/ImpactKitTests/Fixtures/alliantie/spreekuren_2024-Q2.csv"],
        "vrijwilligers": ["Tests/ImpactKitTests/Fixtures/alliantie/vrijwilligers_2024-06-01.csv", "Tests/ImpactKitTests/Fixtures/alliantie/vrijwilligers_2024-12-01.csv"],
        "bank": ["Tests/ImpactKitTests/Fixtures/zwo/bank_2018-09.csv", "Tests/ImpactKitTests/Fixtures/zwo/bank_2019-09.csv",
                 "Tests/ImpactKitTests/Fixtures/zwo/bank_2019-10.csv", "Tests/ImpactKitTests/Fixtures/zwo/bank_2020-06.csv"],
        "collectes": ["Tests/ImpactKitTests/Fixtures/zwo/collectes_2019-2020.csv", "SampleData/zwo/collectes_2018-2019.csv"],
        "sponsorfietstocht": ["Tests/ImpactKitTests/Fixtures/zwo/sponsorfietstocht_2019.csv"],
        "begroting": ["Tests/ImpactKitTests/Fixtures/zwo/begroting_alomik.csv"],
        "postcodes": ["Tests/ImpactKitTests/Fixtures/figures/postcodes_test.csv", "SampleData/postcodes_almere.csv"],
    ]

    static let xlsxSeeds = ["SampleData/activering/activeringscentra_2019-Q1.xlsx", "SampleData/activering/activeringscentra_2019-Q2.xlsx",
                            "Tests/ImpactKitTests/Fixtures/xlsx/openpyxl_dates_1900.xlsx", "Tests/ImpactKitTests/Fixtures/xlsx/inline_strings.xlsx"].map(FuzzSeed.init)

    // MARK: - The CSV reader

    @Test func csvReader() throws {
        guard Self.settings.runs("csv") else { return }
        let runner = try FuzzRunner(target: "csv")
        runner.loop(count: 800, next: { FuzzSeed.csvInput(Self.csvSeeds, using: &$0) }, check: CSVInvariants.check)
    }

    // MARK: - The Dutch value parsers

    @Test func dutchValues() throws {
        guard Self.settings.runs("values") else { return }
        let runner = try FuzzRunner(target: "values")
        runner.loop(count: 100, next: { ValueInvariants.batch(using: &$0) }, check: ValueInvariants.check)
    }

    // MARK: - The XLSX reader

    @Test func xlsxReader() throws {
        guard Self.settings.runs("xlsx") else { return }
        let runner = try FuzzRunner(target: "xlsx")
        // The crafted cases first (the zip bomb's sheet expands 16 MB in the short run, 64 MB in a long one).
        for crafted in XLSXCrafted.cases(bombSize: Self.settings.isLongRun ? 64 << 20 : 16 << 20) {
            guard runner.run(FuzzInput(bytes: crafted.bytes, fileName: "gemaakt.xlsx", origin: crafted.name), XLSXInvariants.check) else { break }
        }
        let seeds = Self.xlsxSeeds
        runner.loop(count: runner.tried + 300, next: { XLSXInvariants.input(seeds, fileName: "werkmap.xlsx", using: &$0) }, check: XLSXInvariants.check)
    }

    // MARK: - Every export through the Ingestor

    @Test(arguments: ["dromen", "alamal", "spreekuren", "vrijwilligers", "bank", "collectes", "sponsorfietstocht", "begroting", "postcodes"])
    func csvExport(_ name: String) throws {
        guard Self.settings.runs(name) else { return }
        let seeds = Self.exports[name]!.map(FuzzSeed.init)
        let db = Shared(try Self.database())
        defer { db.value.folder.remove() }
        let runner = try FuzzRunner(target: name)
        runner.loop(count: 150, next: { FuzzSeed.csvInput(seeds, using: &$0) }, check: { try IngestInvariants.check($0, db: db.value) })
    }

    @Test func activeringExport() throws {
        guard Self.settings.runs("activering") else { return }
        let seeds = Array(Self.xlsxSeeds.prefix(2))
        let db = Shared(try Self.database())
        defer { db.value.folder.remove() }
        let runner = try FuzzRunner(target: "activering")
        runner.loop(count: 100, next: { XLSXInvariants.input(seeds, fileName: "activeringscentra_2019-Q1.xlsx", using: &$0) },
                    check: { try IngestInvariants.check($0, db: db.value) })
    }

    static func database() throws -> TestDatabase {
        try TestDatabase(configuration: try Configuration.load(path: repositoryRoot.appendingPathComponent("impact.yaml").path))
    }
}

/// What the CSV reader must do with any bytes.
enum CSVInvariants {
    @Sendable static func check(_ path: String) throws -> (violations: [String], refused: Bool) {
        var violations: [String] = []
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let fingerprint = try FileFingerprint.of(path: path)
        // The streaming validator agrees with the standard library on what is UTF-8.
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        if isUTF8 != (fingerprint.encoding == .utf8) { violations.append("UTF-8-controle zegt \(fingerprint.encoding.rawValue), de standaardbibliotheek \(isUTF8 ? "UTF-8" : "geen UTF-8")") }
        let reader = try CSVReader(path: path, fingerprint: fingerprint)
        _ = try reader.header()
        var lastLine = 0, fieldBytes = 0
        var records: [Record] = []
        try reader.forEachRecord { record in
            if record.line < max(1, lastLine) { violations.append("regel \(record.line) na regel \(lastLine)") }
            lastLine = record.line
            var fields: [[UInt8]] = []
            for index in 0..<record.count {
                let field = record.bytes(index)
                fieldBytes += field.count
                if record.trimmed(index).count > field.count { violations.append("getrimd veld langer dan het veld") }
                _ = record.string(index); _ = record.rawString(index)
                fields.append(Array(field))
            }
            _ = record.isBlank; _ = Ingestor.isTotalRow(record)
            records.append(Record(fields: fields, line: record.line, unclosed: record.hasUnclosedQuote))
        }
        if fieldBytes > bytes.count { violations.append("\(fieldBytes) bytes in velden uit een bestand van \(bytes.count)") }
        let lineEnds = bytes.reduce(0) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
        if lastLine > lineEnds + 1 { violations.append("regel \(lastLine) in een bestand met \(lineEnds) regeleinden") }
        // The same records whatever the chunk boundaries: the parser's state must survive every split.
        if try records != parsedInPieces(path: path, reader: reader, bytes: bytes) { violations.append("andere records bij een andere verdeling in stukken") }
        return (violations, false)
    }

    struct Record: Equatable { let fields: [[UInt8]]; let line: Int; let unclosed: Bool }

    /// The file fed to the parser in pieces of 1 to 7 bytes, with the reader's own BOM and `sep=` handling.
    static func parsedInPieces(path: String, reader: CSVReader, bytes: [UInt8]) throws -> [Record] {
        var parser = Parser(delimiter: reader.delimiter)
        var records: [Record] = []
        var line = 1
        let body = Array(reader.hasBOM ? bytes.dropFirst(3) : bytes[...])
        let emit: Parser.Emit = { make in
            let record = make(reader.encoding)
            records.append(Record(fields: (0..<record.count).map { Array(record.bytes($0)) }, line: record.line, unclosed: record.hasUnclosedQuote))
        }
        try body.withUnsafeBufferPointer { all in
            var start = 0, size = 1
            while start < all.count {
                let end = min(all.count, start + size)
                try parser.feed(UnsafeBufferPointer(rebasing: all[start..<end]), line: &line, emit: emit)
                start = end
                size = size % 7 + 1
            }
        }
        try parser.finish(line: line, emit: emit)
        if reader.skipsSepLine, !records.isEmpty { records.removeFirst() }
        return records
    }
}

/// What the Dutch value parsers must do with any bytes: never trap, and every value they accept reads
/// back the same from its own written form.
enum ValueInvariants {
    static let good = ["14-09-2019", "4-3-2024", "2024-03-07", "31/12/2022", "1.1.2020", "2024-03-07 09:41:12", "15-03-2019 10:05", "5-3-2023 9:07",
                       "20190914", "1.045,10", "€ 52.245,00", "-25,00", "+2.500,00", "312", "€\u{00A0}5", "9", "-3", "0", "999999999999999999"]
    static let alphabet = Array("0123456789-/.,: +€\u{00A0}ae".utf8) + [0x80, 0xA0, 0xC2, 0xE2, 0x82, 0xAC, 0x00, 0xFF]

    /// A batch of 500 values, one per line: mutated good values and random strings of the bytes that matter.
    static func batch(using rng: inout SeededGenerator) -> FuzzInput {
        var lines: [[UInt8]] = []
        for _ in 0..<500 {
            if Bool.random(using: &rng) {
                let value = Array(good.randomElement(using: &rng)!.utf8)
                let other = Array(good.randomElement(using: &rng)!.utf8)
                lines.append(FuzzMutator.mutate(value, other: other, using: &rng).filter { $0 != 0x0A })
            } else {
                lines.append((0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            }
        }
        return FuzzInput(bytes: Array(lines.joined(separator: [0x0A])), fileName: "waarden.txt", origin: "500 waarden")
    }

    @Sendable static func check(_ path: String) throws -> (violations: [String], refused: Bool) {
        var violations: [String] = []
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        for value in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let text = String(decoding: value, as: UTF8.self)
            Array(value).withUnsafeBufferPointer { value in
                for (name, result) in [("datum", DutchValues.date(value)), ("bankdatum", DutchValues.bankDate(value))] {
                    if case .date(let day) = result, Self.date(day.dutch) != .date(day) || Self.date(day.iso) != .date(day) {
                        violations.append("\(name) \"\(text)\" gaf \(day), dat niet terug te lezen is")
                    }
                }
                if case .dateTime(let moment) = DutchValues.dateTime(value), !(0..<86_400).contains(moment.secondOfDay) {
                    violations.append("tijdstip \"\(text)\" gaf seconde \(moment.secondOfDay)")
                }
                if let number = DutchValues.integer(value), Self.integer(String(number)) != number {
                    violations.append("getal \"\(text)\" gaf \(number), dat niet terug te lezen is")
                }
                if let cents = DutchValues.cents(value) {
                    let written = (cents < 0 ? "-" : "") + "\(abs(cents) / 100)," + String(format: "%02d", abs(cents) % 100)
                    if Self.cents(written) != cents { violations.append("bedrag \"\(text)\" gaf \(cents) cent, dat als \"\(written)\" niet terug te lezen is") }
                }
            }
        }
        return (violations, false)
    }

    static func date(_ text: String) -> DutchValues.DateResult { Array(text.utf8).withUnsafeBufferPointer(DutchValues.date) }
    static func integer(_ text: String) -> Int? { Array(text.utf8).withUnsafeBufferPointer(DutchValues.integer) }
    static func cents(_ text: String) -> Int? { Array(text.utf8).withUnsafeBufferPointer(DutchValues.cents) }
}

/// What the XLSX reader must do with any file named .xlsx: open it or refuse it with a message, and then
/// read every sheet or refuse that with a message.
enum XLSXInvariants {
    /// One time in three the zip's bytes mutated (mostly a damaged zip); otherwise one part of a seed mutated,
    /// dropped, replaced by another seed's part or joined by an extra one, and the parts zipped again.
    static func input(_ seeds: [FuzzSeed], fileName: String, using rng: inout SeededGenerator) -> FuzzInput {
        let seed = seeds.randomElement(using: &rng)!
        let other = seeds.randomElement(using: &rng)!
        if Int.random(in: 0..<3, using: &rng) == 0 {
            return FuzzInput(bytes: FuzzMutator.mutate(seed.bytes, other: other.bytes, using: &rng), fileName: fileName, origin: "zip-bytes van \(seed.name) gemuteerd")
        }
        guard var parts = partsCache.parts(seed), let otherParts = partsCache.parts(other), !parts.isEmpty else {
            return FuzzInput(bytes: seed.bytes, fileName: fileName, origin: seed.name)
        }
        let index = Int.random(in: 0..<parts.count, using: &rng)
        let path = parts[index].path
        let how: String
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: parts.remove(at: index); how = "\(path) weggelaten"
        case 1: parts.append(("xl/extra\(index).xml", otherParts.randomElement(using: &rng)!.bytes)); how = "extra onderdeel"
        case 2:
            let donor = otherParts.randomElement(using: &rng)!
            parts[index].bytes = donor.bytes; how = "\(path) vervangen door \(donor.path) van \(other.name)"
        default:
            let donor = otherParts.randomElement(using: &rng)!.bytes
            parts[index].bytes = FuzzMutator.mutate(parts[index].bytes, other: donor, using: &rng); how = "\(path) gemuteerd"
        }
        let deflate = Int.random(in: 0..<4, using: &rng) != 0
        return FuzzInput(bytes: FuzzZip.zip(parts, deflate: deflate), fileName: fileName, origin: "\(seed.name): \(how)")
    }

    /// Seeds taken apart once.
    final class PartsCache: @unchecked Sendable {
        private var cache: [String: FuzzZip.Parts] = [:]
        private let lock = NSLock()
        func parts(_ seed: FuzzSeed) -> FuzzZip.Parts? {
            lock.lock(); defer { lock.unlock() }
            if let found = cache[seed.name] { return found }
            let parts = FuzzZip.parts(of: seed.bytes)
            cache[seed.name] = parts
            return parts
        }
    }
    static let partsCache = PartsCache()

    @Sendable static func check(_ path: String) throws -> (violations: [String], refused: Bool) {
        var violations: [String] = []
        let workbook: XLSXWorkbook
        do { workbook = try XLSXWorkbook(path: path) } catch {
            if error.message.trimmingCharacters(in: .whitespaces).isEmpty { violations.append("geweigerd zonder melding") }
            return (violations, true)
        }
        var refused = false
        for sheet in workbook.sheetNames {
            do {
                try workbook.forEachRow(sheet: sheet) { fields, _ in
                    if fields.count > 16_384 { violations.append("rij van \(fields.count) cellen (Excel heeft er 16384)") }
                }
            } catch let error as InputError {
                refused = true
                if error.message.trimmingCharacters(in: .whitespaces).isEmpty { violations.append("werkblad geweigerd zonder melding") }
            } catch {
                violations.append("werkblad \"\(sheet)\": een fout die geen melding is: \(error)")
            }
        }
        return (violations, refused)
    }
}
