/// The dreams of versions a snapshot ends, read while the file loads (`DreamTally.willEnd`) and taken out
/// of the counts at its end. Copied out of SQLite's rows as compact bytes (`ByteWriter`, ~30 bytes a
/// dream: ~1.5 MB for the 50,000 of the 1M-dossier benchmark's quarter, where 64-byte entries and an
/// array of texts took ~3 MB more).
struct EndedDreams {
    private var writer = ByteWriter()

    mutating func append(_ fact: DreamFact, version: Int) {
        writer.integer(version)
        writer.integer(fact.programme); writer.integer(fact.received); writer.integer(fact.channel)
        writer.integer(fact.age); writer.integer(fact.category); writer.integer(fact.status)
        // Which of the optional ones follow, and the one flag.
        let present = (fact.pc4 == nil ? 0 : 1) | (fact.conversation == nil ? 0 : 2) | (fact.connected == nil ? 0 : 4)
        writer.unsigned(UInt64(present | (fact.parentsConnected ? 8 : 0)))
        for value in [fact.pc4, fact.conversation, fact.connected] { if let value { writer.integer(value) } }
        writer.data(fact.child)
        writer.data(fact.partner)
    }

    /// Each dream kept, as it was read.
    func forEach(_ body: (_ version: Int, DreamFact) throws -> Void) rethrows {
        var reader = ByteReader(writer.bytes)
        while !reader.atEnd {
            guard let version = reader.integer(), let programme = reader.integer(), let received = reader.integer(),
                  let channel = reader.integer(), let age = reader.integer(), let category = reader.integer(),
                  let status = reader.integer(), let present = reader.unsigned() else { preconditionFailure("EndedDreams reads what it wrote") }
            let optional = (0..<3).map { present & (1 << UInt64($0)) == 0 ? nil : reader.integer() }
            guard let child = reader.data(), let partner = reader.data() else { preconditionFailure("EndedDreams reads what it wrote") }
            try child.withUnsafeBufferPointer { child in
                try partner.withUnsafeBufferPointer { partner in
                    try body(version, DreamFact(child: child, programme: programme, received: received, channel: channel, age: age,
                                                pc4: optional[0], category: category, status: status, conversation: optional[1],
                                                partner: partner, connected: optional[2], parentsConnected: present & 8 != 0))
                }
            }
        }
    }
}
