import Foundation

/// Figures computed once and read back: an organisation that can say what a period's figures depend on
/// (`figureStamp`: the Dromenregister's snapshot and the postcode table) has them kept in the database
/// after the first computation, and `impact ingest` computes them for the quarter it just loaded. A
/// report on a register of a million dossiers then reads a few kilobytes instead of the register.
enum FigureCache {
    static func compute(_ organisation: any Organisation, _ periods: [Period], in context: FigureContext) throws -> [PeriodFigures] {
        var found: [PeriodFigures?] = Array(repeating: nil, count: periods.count)
        var missing: [(index: Int, stamp: String?)] = []
        for (index, period) in periods.enumerated() {
            let stamp = try organisation.figureStamp(for: period, in: context).map { $0 + ";" + BuildIdentity.current }
            if let stamp, let bytes = try context.store.cachedFigures(organisation: organisation.id, period: key(period), stamp: stamp),
               let values = try? JSONDecoder().decode([FigureValue].self, from: Data(bytes)) {
                found[index] = (period, values)
            } else {
                missing.append((index, stamp))
            }
        }
        if !missing.isEmpty {
            let computed = try organisation.compute(missing.map { periods[$0.index] }, in: context)
            guard computed.count == missing.count else { return try organisation.compute(periods, in: context) }
            for ((index, _), figures) in zip(missing, computed) { found[index] = figures }
            // In one transaction. A report beside a running ingest may find the database locked: the
            // cache then waits, and is left for the next run when it cannot be written.
            try? context.store.database.transaction {
                for ((_, stamp), figures) in zip(missing, computed) {
                    if let stamp, let bytes = try? encoder.encode(figures.values) {
                        try context.store.cacheFigures(Array(bytes), organisation: organisation.id, period: key(figures.period), stamp: stamp)
                    }
                }
            }
        }
        return found.compactMap { $0 }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// A period with everything that makes it differ from another of the same label (a quarter up to
    /// 15-11 is not the whole quarter).
    static func key(_ period: Period) -> String {
        "\(period.label)|\(period.kind)|\(period.first.number)|\(period.last.number)|\(period.fullLast.number)|\(period.snapshotDay.number)"
    }
}
