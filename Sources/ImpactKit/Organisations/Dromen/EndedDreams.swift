/// The dreams of versions a snapshot ends, read while the file loads (`DreamTally.willEnd`) and taken out
/// of the counts at its end. Copied out of SQLite's rows into one array of numbers and one of texts
/// (~70 bytes a dream: the 50,000 a 1M-dossier benchmark quarter ends take ~3.5 MB).
struct EndedDreams {
    private struct Entry {
        var version: Int
        var child: Range<Int32>, partner: Range<Int32>
        var programme: Int32, received: Int32, channel: Int32, age: Int32, pc4: Int32, category: Int32, status: Int32
        var conversation: Int32, connected: Int32
        var parentsConnected: Bool
    }

    private var entries: [Entry] = []
    private var texts: [UInt8] = []
    private static let none = Int32.min

    var isEmpty: Bool { entries.isEmpty }

    /// Keeps the dream of `version`; one with a number too large to keep this way is not kept (the caller
    /// reads it again at the end).
    mutating func append(_ fact: DreamFact, version: Int) {
        func small(_ value: Int) -> Int32? { value == Int(Self.none) ? nil : Int32(exactly: value) }
        func optional(_ value: Int?) -> Int32?? { value.map { small($0) } ?? .some(Self.none) }
        guard let programme = small(fact.programme), let received = small(fact.received), let channel = small(fact.channel),
              let age = small(fact.age), let category = small(fact.category), let status = small(fact.status),
              case .some(.some(let pc4)) = optional(fact.pc4), case .some(.some(let conversation)) = optional(fact.conversation),
              case .some(.some(let connected)) = optional(fact.connected),
              texts.count + fact.child.count + fact.partner.count <= Int32.max else { return }
        let child = Int32(texts.count)..<Int32(texts.count + fact.child.count)
        texts.append(contentsOf: fact.child)
        let partner = Int32(texts.count)..<Int32(texts.count + fact.partner.count)
        texts.append(contentsOf: fact.partner)
        entries.append(Entry(version: version, child: child, partner: partner, programme: programme, received: received,
                             channel: channel, age: age, pc4: pc4, category: category, status: status, conversation: conversation,
                             connected: connected, parentsConnected: fact.parentsConnected))
    }

    /// The versions kept.
    var versions: [Int] { entries.map(\.version) }

    /// Each dream kept, as it was read.
    func forEach(_ body: (_ version: Int, DreamFact) throws -> Void) rethrows {
        func optional(_ value: Int32) -> Int? { value == Self.none ? nil : Int(value) }
        try texts.withUnsafeBufferPointer { texts in
            for entry in entries {
                let child = UnsafeBufferPointer(rebasing: texts[Int(entry.child.lowerBound)..<Int(entry.child.upperBound)])
                let partner = UnsafeBufferPointer(rebasing: texts[Int(entry.partner.lowerBound)..<Int(entry.partner.upperBound)])
                try body(entry.version, DreamFact(
                    child: child, programme: Int(entry.programme), received: Int(entry.received), channel: Int(entry.channel),
                    age: Int(entry.age), pc4: optional(entry.pc4), category: Int(entry.category), status: Int(entry.status),
                    conversation: optional(entry.conversation), partner: partner, connected: optional(entry.connected),
                    parentsConnected: entry.parentsConnected))
            }
        }
    }
}
