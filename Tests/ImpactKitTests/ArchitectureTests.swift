import Foundation
import Testing
@testable import ImpactKit

/// The house's rules, checked on the sources themselves: no stage names a type of a later one, and
/// nothing outside an organisation's folder names that organisation's types (the registry excepted), so
/// adding an organisation stays a change to its own folder, the registry, Reports/, SampleData/ and Tests/.
struct ArchitectureTests {
    static let sources = repositoryRoot.appendingPathComponent("Sources/ImpactKit")
    /// The stages in the order data flows through them; a folder may use its own types and earlier ones.
    static let stages = ["Core", "Read", "Exports", "Store", "Figures", "Reports", "Render", "Organisations", "Pipeline"]

    /// Every Swift file under `folder` (relative to Sources/ImpactKit), without comments and string literals.
    static func files(in folder: String) throws -> [(path: String, code: String)] {
        let root = sources.appendingPathComponent(folder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try paths.sorted().map { relative in
            let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            return ("\(folder)/\(relative)", strip(text))
        }
    }

    static func strip(_ text: String) -> String {
        var code = text.replacing(/"""[\s\S]*?"""/, with: "\"\"")
        code = code.replacing(/"(?:[^"\\\n]|\\.)*"/, with: "\"\"")
        return code.replacing(/\/\/[^\n]*/, with: "")
    }

    /// Types declared at the top level of the code (nested ones belong to their parent).
    static func declaredTypes(_ code: String) -> Set<String> {
        var names: Set<String> = []
        for line in code.split(separator: "\n") {
            if let match = line.wholeMatch(of: /(?:(?:public|internal|final|fileprivate|private|indirect)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)[\s\S]*/) {
                names.insert(String(match.1))
            }
        }
        return names
    }

    static func mentions(_ code: String, _ names: Set<String>) -> [String] {
        // Type names are letters and digits only, so they are safe inside a pattern.
        names.filter { name in code.firstMatch(of: try! Regex("\\b\(name)\\b")) != nil }.sorted()
    }

    @Test func noStageNamesALaterOne() throws {
        var declared: [String: Set<String>] = [:]
        for stage in Self.stages { declared[stage] = try Self.files(in: stage).reduce(into: Set<String>()) { $0.formUnion(Self.declaredTypes($1.code)) } }
        for (index, stage) in Self.stages.enumerated() {
            let later = Self.stages[(index + 1)...].reduce(into: Set<String>()) { $0.formUnion(declared[$1] ?? []) }
            for file in try Self.files(in: stage) {
                let used = Self.mentions(file.code, later)
                #expect(used.isEmpty, "\(file.path) names \(used) of a later stage")
            }
        }
    }

    @Test func nothingOutsideAnOrganisationsFolderNamesIt() throws {
        let organisations = try FileManager.default.contentsOfDirectory(atPath: Self.sources.appendingPathComponent("Organisations").path)
            .filter { !$0.hasSuffix(".swift") }.sorted()
        #expect(organisations.count == Registry.all.count, "one folder per registered organisation: \(organisations)")
        let everything = try Self.stages.flatMap { try Self.files(in: $0) }
        for organisation in organisations {
            let folder = "Organisations/\(organisation)/"
            let own = try Self.files(in: "Organisations/\(organisation)").reduce(into: Set<String>()) { $0.formUnion(Self.declaredTypes($1.code)) }
            #expect(!own.isEmpty)
            for file in everything where !file.path.hasPrefix(folder) && file.path != "Organisations/Registry.swift" {
                let used = Self.mentions(file.code, own)
                #expect(used.isEmpty, "\(file.path) names \(used) of \(organisation)")
            }
        }
    }
}
