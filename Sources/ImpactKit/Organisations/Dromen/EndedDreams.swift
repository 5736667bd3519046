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

    /// Each dream kept, as it was read. Its texts are handed over where they lie in the bytes: copied out
    /// with the optional values in an array, three allocations a dream took ~8 ms of the end of the 1M
    /// next quarter, on one core.
    func forEach(_ body: (_ version: Int, DreamFact) throws -> Void) rethrows {
        var reader = ByteReader(writer.bytes)
        try writer.bytes.withUnsafeBufferPointer { bytes in
            while !reader.atEnd {
                guard let version = reader.integer(), let programme = reader.integer(), let received = reader.integer(),
                      let channel = reader.integer(), let age = reader.integer(), let category = reader.integer(),
                      let status = reader.integer(), let present = reader.unsigned() else { preconditionFailure("EndedDreams reads what it wrote") }
                let pc4 = present & 1 == 0 ? nil : reader.integer()
                let conversation = present & 2 == 0 ? nil : reader.integer()
                let connected = present & 4 == 0 ? nil : reader.integer()
                guard let child = reader.dataRange(), let partner = reader.dataRange() else { preconditionFailure("EndedDreams reads what it wrote") }
                try body(version, DreamFact(child: UnsafeBufferPointer(rebasing: bytes[child]), programme: programme, received: received,
                                            channel: channel, age: age, pc4: pc4, category: category, status: status,
                                            conversation: conversation, partner: UnsafeBufferPointer(rebasing: bytes[partner]),
                                            connected: connected, parentsConnected: present & 8 != 0))
            }
        }
    }
}
