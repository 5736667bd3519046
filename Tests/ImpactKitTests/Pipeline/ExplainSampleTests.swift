import Foundation
import Testing
@testable import ImpactKit

/// `impact explain` over all of SampleData: for every count of every organisation, in total and in every
/// category of every breakdown, for quarters, a month, a year, a season and sinds-start, the rows it
/// lists are exactly the figure (their number, or for Kinderen bereikt and geholpen their distinct
/// kindnummers); every other figure says what it computes from its rows, and that is the figure; and no
/// output holds a personal value from the exports.
struct ExplainSampleTests {
    static let periods: [Period] = [.quarter(2022, 4), .quarter(2024, 4), .month(2023, 5), .year(2021), .season(startingIn: 2019),
                                    Comparison(period: .quarter(2024, 4)).sinceStart]
    static let distinctFigures: Set<String> = [DromenFigures.childrenReached.name, DromenFigures.childrenHelped.name]

    /// Every value of every organisation for the periods, with its explanation.
    static func everyAnswer(_ body: (FigureExplanation) throws -> Void) throws {
        try SampleStore.use { sample in
            let configuration = try Configuration.load(path: repositoryRoot.appendingPathComponent("impact.yaml").path)
            let context = FigureContext(store: sample.db.store, configuration: configuration)
            for period in periods {
                for organisation in Registry.all {
                    for value in try organisation.compute([period], in: context).flatMap(\.values) {
                        let figure = try #require(organisation.definition(named: value.figure))
                        let explanation = try #require(try organisation.explain(figure, breakdown: value.breakdown, category: value.category, period: period, in: context),
                                                       "\(value.figure) \(value.breakdown) \(value.category) \(period.label)")
                        try body(FigureExplanation(figure: figure, period: period, breakdown: value.breakdown, category: value.category,
                                                   value: value.value, explanation: explanation))
                    }
                }
            }
        }
    }

    /// One pass over every answer (explaining them all takes a while): the counts, the other figures, and
    /// every cell and line of the outputs, for the personal values after.
    @Test func everyCountIsItsRowsEveryOtherFigureIsComputedFromThemAndNothingIsPersonal() throws {
        var counts = 0, computed = 0
        var figuresSeen: Set<String> = []
        var shown: Set<String> = []
        try Self.everyAnswer { answer in
            let name = "\(answer.figure.name), \(answer.period.label), \(answer.breakdown) = \(answer.category)"
            figuresSeen.insert(answer.figure.name)
            if answer.unit == .count {
                let expected: Explanation.Result = Self.distinctFigures.contains(answer.figure.name) ? .distinct(column: "Kindnummer") : .count
                #expect(answer.explanation.result == expected, "\(name)")
                #expect(answer.rowsMatch == true, "\(name): \(answer.value ?? -1), \(answer.explanation.rowCount) regels, \(answer.explanation.distinctCount ?? -1) verschillend")
                counts += 1
            } else {
                guard case .computed(let how) = answer.explanation.result else {
                    Issue.record("\(name): a \(answer.unit) must say what is computed from its rows"); return
                }
                if answer.value != nil {
                    let value = ExplanationRenderer.value(answer)
                    #expect(how.hasSuffix(": \(value)") || how.hasSuffix("= \(value)") || how.hasSuffix(": \(value) uur"), "\(name): \(how) is not \(value)")
                }
                computed += 1
            }
            // The text is these cells and lines, aligned.
            shown.insert(ExplanationRenderer.headline(answer))
            for row in ExplanationRenderer.csvRows(answer) { shown.formUnion(row) }
        }
        // Every figure of every organisation was explained, thousands of values in all.
        #expect(figuresSeen == Set(Registry.all.flatMap(\.figures).map(\.name)))
        #expect(counts > 2000 && computed > 300, "\(counts) counts, \(computed) others")

        // A description may say no more than a plan line or a rule's category (`Gift Alo Mik!`), which are not personal.
        let configuration = try Configuration.load(path: repositoryRoot.appendingPathComponent("impact.yaml").path)
        let personal = try Self.personalValues().subtracting(configuration.bankRules.map(\.category)).subtracting(try Self.planLines())
        #expect(personal.count > 5000)      // dream texts, names, accounts, descriptions, help questions
        let everything = Array(shown.sorted().joined(separator: "\n").utf8)
        #expect(everything.count > 100_000)
        for value in Self.occurrences(of: personal, in: everything) { Issue.record("shows \"\(value)\"") }
    }

    /// The values found in `text`: each value's first eight bytes are looked up at every position, so
    /// thousands of values are searched in one pass.
    static func occurrences(of values: Set<String>, in text: [UInt8]) -> [String] {
        func prefix(_ bytes: ArraySlice<UInt8>) -> UInt64 { bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) } }
        var byPrefix: [UInt64: [[UInt8]]] = [:]
        for value in values where value.utf8.count >= 8 { byPrefix[prefix(Array(value.utf8)[...]), default: []].append(Array(value.utf8)) }
        var found: Set<String> = []
        for start in 0..<max(0, text.count - 7) {
            guard let candidates = byPrefix[prefix(text[start..<start + 8])] else { continue }
            for candidate in candidates where text[start...].starts(with: candidate) { found.insert(String(decoding: candidate, as: UTF8.self)) }
        }
        return found.sorted()
    }

    /// Known totals, so the check above cannot pass on empty lists.
    @Test func theRowsAreTheOnesTheFiguresCount() throws {
        try SampleStore.use { sample in
            let context = FigureContext(store: sample.db.store, configuration: Configuration())
            let helped = try Explaining.explain(figure: "Kinderen geholpen", period: Comparison(period: .quarter(2022, 4)).sinceStart, in: context)
            #expect(helped.value == 3735)     // SampleData/README.md: the generator's own count for 2022-Q4, since the start
            #expect(helped.explanation.distinctCount == 3735 && helped.explanation.rowCount > 5000)
            let brievenbus = try Explaining.explain(figure: "dromen ontvangen", breakdown: "kanaal=brievenbus", period: .quarter(2022, 4), in: context)
            #expect(brievenbus.breakdown == "Kanaal" && brievenbus.category == "Brievenbus")
            #expect(brievenbus.value == 67 && brievenbus.explanation.rowCount == 67)
            #expect(brievenbus.explanation.tables[0].rows.allSatisfy { $0.cells[2] == "Brievenbus" && $0.origin.file == "dromen_2022-Q4.csv" })
        }
    }

    static func planLines() throws -> [String] {
        try String(contentsOf: repositoryRoot.appendingPathComponent("SampleData/zwo/begroting_alomik.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().compactMap { $0.split(separator: ";").first.map(String.init) }
    }

    /// Every value of a personal column in SampleData's exports (of at least 8 characters, so a short
    /// word such as `Gift` is not mistaken for one), read as impact reads the files.
    static func personalValues() throws -> Set<String> {
        let columns: Set<String> = ["Droom", "Coördinator", "Hulpvraag", "Deelnemer", "Naam / Omschrijving", "Rekening", "Tegenrekening",
                                    "Mededelingen", "IBAN/BBAN", "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Omschrijving-1", "Omschrijving-2",
                                    "Omschrijving-3"]
        let sample = repositoryRoot.appendingPathComponent("SampleData")
        let files = ["dromen/dromen_2024-Q4.csv", "alamal/alamal_2024-Q4.csv", "zwo/sponsorfietstocht_2019.csv"]
            + (try FileManager.default.contentsOfDirectory(atPath: sample.appendingPathComponent("zwo").path)).filter { $0.hasPrefix("bank_") }.map { "zwo/\($0)" }
        var values: Set<String> = []
        for file in files {
            let path = sample.appendingPathComponent(file).path
            let reader = try CSVReader(path: path, fingerprint: try FileFingerprint.of(path: path))
            var personalPositions: [Int]?
            try reader.forEachRecord { record in
                let fields = (0..<record.count).map { record.string($0) }
                guard let positions = personalPositions else {
                    let found = fields.indices.filter { columns.contains(fields[$0]) }
                    if !found.isEmpty { personalPositions = found }
                    return
                }
                for position in positions where position < fields.count && fields[position].count >= 8 { values.insert(fields[position]) }
            }
        }
        return values
    }
}
