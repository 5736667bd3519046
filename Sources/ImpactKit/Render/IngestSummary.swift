/// What `impact ingest` prints: per file what happened, the first problems, and the totals.
public enum IngestSummary {
    static let issuesPerFile = 3

    public static func render(_ outcomes: [FileOutcome]) -> String {
        var lines: [String] = []
        for outcome in outcomes {
            let name = outcome.path
            switch outcome.result {
            case .unchanged(let previous):
                lines.append("\(name): al ingelezen\(previous == name.lastComponent ? "" : " als \(previous)"), niets veranderd")
            case .skipped(let reason):
                lines.append("\(name): overgeslagen (\(reason))")
            case .refused(let message):
                lines.append("\(name): GEWEIGERD: \(message)")
            case .loaded:
                let what = [outcome.export, outcome.snapshot, outcome.encoding].compactMap { $0 }.joined(separator: " ")
                lines.append("\(name) (\(what)): \(DutchFormat.integer(outcome.rowsRead)) regels gelezen, \(DutchFormat.integer(outcome.rowsLoaded)) geladen, \(DutchFormat.integer(outcome.rowsRejected)) afgekeurd")
                if let replaced = outcome.replacedFile { lines.append("  vervangt de eerder ingelezen export \(replaced)") }
                lines += outcome.notes.map { "  \($0)" }
                if outcome.rowsAlreadyKnown > 0 {
                    lines.append("  \(DutchFormat.integer(outcome.rowsAlreadyKnown)) regel(s) al ingelezen uit een overlappende export: één keer geteld")
                }
                if outcome.blankRows + outcome.totalRows > 0 {
                    lines.append("  overgeslagen: \(outcome.blankRows) lege regel(s), \(outcome.totalRows) Totaal-regel(s)")
                }
                if !outcome.issueCounts.isEmpty {
                    let counts = outcome.issueCounts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
                    lines.append("  meldingen per soort: \(counts)")
                    for issue in outcome.firstIssues.prefix(issuesPerFile) { lines.append("  \(issue)") }
                    let more = outcome.issueCounts.values.reduce(0, +) - min(issuesPerFile, outcome.firstIssues.count)
                    if more > 0 { lines.append("  ... en \(more) meldingen meer") }
                    if let list = outcome.rejectsFile { lines.append("  afgekeurde regels met reden: \(list)") }
                }
            }
        }
        let loaded = outcomes.filter { $0.result == .loaded }
        let unchanged = outcomes.filter { if case .unchanged = $0.result { return true } else { return false } }.count
        let refused = outcomes.filter { if case .refused = $0.result { return true } else { return false } }.count
        let read = loaded.map(\.rowsRead).reduce(0, +)
        let ok = loaded.map(\.rowsLoaded).reduce(0, +)
        let rejected = loaded.map(\.rowsRejected).reduce(0, +)
        lines.append("Totaal: \(outcomes.count) bestand(en): \(loaded.count) ingelezen, \(unchanged) al eerder ingelezen, \(refused) geweigerd; \(DutchFormat.integer(read)) regels gelezen, \(DutchFormat.integer(ok)) geladen, \(DutchFormat.integer(rejected)) afgekeurd")
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    var lastComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
