extension Store {
    /// Warnings for periods whose snapshot figures come from an older export than their own quarter's
    /// (not ingested yet): their flow figures for the missing months would read as 0.
    public func staleSnapshotWarnings(_ periods: [Period], export: ExportKind) throws -> [String] {
        var warnings: [String] = []
        for period in periods where period.kind != .sinceStart {
            let used = try snapshot(source: export.source, onOrBefore: period.snapshotDay)
            guard used?.snapshotEnd != period.snapshotDay else { continue }
            let message = used.map { "de stand komt uit \($0.name) (\($0.snapshotEnd!.dutch))" } ?? "er is geen eerdere export"
            warnings.append("let op: geen \(export.title)-export voor het kwartaal tot \(period.snapshotDay.dutch) (periode \(period.label)); \(message)")
        }
        return warnings
    }
}
