import Dispatch

/// What a snapshot's count keeps in the database for the next quarter's (`DreamTally`): its periods'
/// counts in a form that can be taken apart again (per-day histograms, each counted child with its
/// dreams), so that the next snapshot starts from them, takes out the versions it ends and adds the
/// ones it stores, and counts none of the ~95% of dossiers it repeats unchanged. On the next quarter of
/// the 1M-dossier register checking and counting those was ~1 s of CPU; the state is ~3 MB there.
///
/// The counts hold for the next snapshot only as long as nothing else they depend on changed: the
/// snapshots of the register in force (a late or replaced quarter changes what rejected rows fall back
/// on), the postcode table's areas and the build of impact that counted (its rules). That is the stamp.
struct DreamTallyState {
    /// 2: sealed (`seal`).
    static let format = 2

    /// The last day the counted snapshot's dates may fall on: every dream in it is dated on or before.
    let snapshotEnd: Int
    /// The dreams counted, for the tally's memory cap (`DreamTally.rowsKept`).
    let rows: Int
    private(set) var periods: [(first: Int, last: Int, sinceStart: Bool, tally: DromenFigures.PeriodTally)] = []

    static func bytes(of counts: inout [DromenFigures.PeriodTally], snapshotEnd: Int, rows: Int) -> [UInt8] {
        var writer = ByteWriter(reserving: rows * 3)
        writer.unsigned(UInt64(format))
        writer.integer(snapshotEnd)
        writer.unsigned(UInt64(rows))
        writer.unsigned(UInt64(counts.count))
        for index in counts.indices {
            let period = counts[index].period
            writer.integer(period.first.number)
            writer.integer(period.last.number)
            writer.unsigned(period.kind == .sinceStart ? 1 : 0)
            counts[index].write(to: &writer)
        }
        var bytes = writer.bytes
        bytes += seal(bytes[...])
        return bytes
    }

    /// The state's last eight bytes: a 64-bit hash of the rest (`LineHash`'s). A state read back with its
    /// seal intact is as it was written, so its ~2 million kept children's keys (the 1M register) are
    /// not decoded to be checked; one whose seal does not hold is not used.
    private static func seal(_ payload: ArraySlice<UInt8>) -> [UInt8] {
        let hash = payload.withUnsafeBufferPointer { LineHash.of($0) }
        return (0..<8).map { UInt8(truncatingIfNeeded: hash >> (8 * UInt64($0))) }
    }

    /// The state in `bytes`, read into counts made for `areaLabels`; nil when it is of another format or
    /// shape (it is then simply not used).
    init?(bytes: [UInt8], areaLabels: [String]) {
        guard bytes.count > 8 else { return nil }
        let payload = bytes.dropLast(8)
        guard bytes.suffix(8).elementsEqual(Self.seal(payload)) else { return nil }
        var reader = ByteReader(payload)
        guard reader.unsigned() == UInt64(Self.format), let snapshotEnd = reader.integer(), let rows = reader.count(),
              let count = reader.count() else { return nil }
        self.snapshotEnd = snapshotEnd
        self.rows = rows
        for _ in 0..<count {
            guard let first = reader.integer(), let last = reader.integer(), let sinceStart = reader.unsigned() else { return nil }
            // The counts' shape does not depend on the period's days: they are read into a tally made
            // for one like it and carried to the period they serve (`carried`).
            let like: Period = sinceStart == 1 ? .sinceStart(through: Day(number: last)) : .init(kind: .quarter, first: Day(number: first), last: Day(number: last), label: "")
            var tally = DromenFigures.PeriodTally(period: like, areaLabels: areaLabels, expectedRows: 0)
            guard tally.read(from: &reader) else { return nil }
            periods.append((first, last, sinceStart == 1, tally))
        }
        guard reader.atEnd else { return nil }
    }

    /// The counts of the snapshot's dreams as each of `later` (a newer snapshot's periods) counts them:
    /// every dream is dated on or before `snapshotEnd`, so a period starting on the same day counts them
    /// as the stored one did, and one starting after it counts only its stock (the work in hand at its
    /// end, `isOpen`). Nil when a period is neither.
    func carried(to later: [Period], areaLabels: [String]) -> [DromenFigures.PeriodTally]? {
        var carried: [DromenFigures.PeriodTally] = []
        for period in later {
            let sinceStart = period.kind == .sinceStart
            guard period.last.number >= snapshotEnd else { return nil }
            var tally = DromenFigures.PeriodTally(period: period, areaLabels: areaLabels, expectedRows: 0)
            if let same = periods.first(where: { $0.first == period.first.number && $0.sinceStart == sinceStart && $0.last >= snapshotEnd }) {
                tally.takeCounts(of: same.tally)
            } else if let stock = periods.first(where: { !$0.sinceStart && $0.last >= snapshotEnd }), !sinceStart,
                      period.first.number > snapshotEnd {
                tally.workload = stock.tally.workload
            } else {
                return nil
            }
            carried.append(tally)
        }
        return carried
    }
}

extension DromenFigures.PeriodTally {
    /// Another period's counts, as they are: for dreams that both periods count alike.
    mutating func takeCounts(of other: Self) {
        received = other.received; reached = other.reached; helped = other.helped; childrenHelped = other.childrenHelped
        toConversation = other.toConversation; toConnection = other.toConnection; workload = other.workload
        parents = other.parents; partners = other.partners
    }

    mutating func write(to writer: inout ByteWriter) {
        let children = writeChildren()
        received.write(to: &writer); writer.append(children[0]); helped.write(to: &writer); writer.append(children[1])
        toConversation.write(to: &writer); toConnection.write(to: &writer); workload.write(to: &writer); parents.write(to: &writer)
        partners.write(to: &writer)
    }

    /// The children reached and helped, each into a writer of its own: on two threads at once when they
    /// are many (sinds-start of the 1M-dossier register, ~1M keys each: one after the other they were
    /// ~35 ms of the serial end of its next quarter).
    private mutating func writeChildren() -> [ByteWriter] {
        var lists = [reached, childrenHelped]
        // Taken out, so that each list's arrays have one owner and are sorted in place, not copied.
        reached = DistinctChildren(labels: reached.labels)
        childrenHelped = DistinctChildren(labels: childrenHelped.labels)
        var written = [ByteWriter(), ByteWriter()]
        if lists.reduce(0, { $0 + $1.keyCount }) >= InPlaceSort.bothCoresFrom {
            lists.withUnsafeMutableBufferPointer { lists in
                written.withUnsafeMutableBufferPointer { written in
                    // Each thread writes only its own list into its own writer.
                    nonisolated(unsafe) let lists = lists, written = written
                    DispatchQueue.concurrentPerform(iterations: 2) { index in lists[index].write(to: &written[index]) }
                }
            }
        } else {
            for index in lists.indices { lists[index].write(to: &written[index]) }
        }
        reached = lists[0]
        childrenHelped = lists[1]
        return written
    }

    /// Read from a state whose seal held (`DreamTallyState`): the children's keys are not checked one by one.
    mutating func read(from reader: inout ByteReader) -> Bool {
        guard received.read(from: &reader), reached.read(from: &reader, checked: false), helped.read(from: &reader),
              childrenHelped.read(from: &reader, checked: false), toConversation.read(from: &reader), toConnection.read(from: &reader),
              workload.read(from: &reader), parents.read(from: &reader), let partners = TextCounts(from: &reader) else { return false }
        self.partners = partners
        return true
    }
}
