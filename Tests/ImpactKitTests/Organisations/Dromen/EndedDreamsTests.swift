@testable import ImpactKit
import Testing

/// The dreams of versions a quarter ends, kept while the file loads, come back as they went in: every
/// value, the optional ones there or not, the texts (empty, accented) where they were.
struct EndedDreamsTests {
    @Test func dreamsComeBackAsKept() {
        struct Dream: Equatable {
            let version: Int, child: String, partner: String
            let values: [Int?]
            let parentsConnected: Bool
        }
        let dreams = [
            Dream(version: 7, child: "K-01877", partner: "Stichting Leergeld Almere", values: [1, 19_800, 2, 11, 1_312, 3, 4, 19_850, 19_900], parentsConnected: true),
            Dream(version: 1 << 40, child: "KIND-NUMMER-LANG-0001", partner: "", values: [0, 0, 0, 0, nil, 0, 0, nil, nil], parentsConnected: false),
            Dream(version: 3, child: "", partner: "Muziekschool Almere – ëé", values: [1, -5, 6, 17, 1_360, 7, 6, nil, 20_001], parentsConnected: false),
        ]
        var ended = EndedDreams()
        for dream in dreams {
            Array(dream.child.utf8).withUnsafeBufferPointer { child in
                Array(dream.partner.utf8).withUnsafeBufferPointer { partner in
                    let v = dream.values
                    ended.append(DreamFact(child: child, programme: v[0]!, received: v[1]!, channel: v[2]!, age: v[3]!, pc4: v[4],
                                           category: v[5]!, status: v[6]!, conversation: v[7], partner: partner, connected: v[8],
                                           parentsConnected: dream.parentsConnected), version: dream.version)
                }
            }
        }
        var read: [Dream] = []
        ended.forEach { version, fact in
            read.append(Dream(version: version, child: String(decoding: fact.child, as: UTF8.self), partner: String(decoding: fact.partner, as: UTF8.self),
                              values: [fact.programme, fact.received, fact.channel, fact.age, fact.pc4, fact.category, fact.status,
                                       fact.conversation, fact.connected],
                              parentsConnected: fact.parentsConnected))
        }
        #expect(read == dreams)
    }
}
