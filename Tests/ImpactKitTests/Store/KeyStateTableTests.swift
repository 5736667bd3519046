@testable import ImpactKit
import Testing

/// The snapshot key map written by hand for memory: it must behave as a Dictionary does.
struct KeyStateTableTests {
    @Test(arguments: [0, 1_000, 50_000])
    func behavesAsADictionary(expectedKeys: Int) {
        var random = SeededGenerator(seed: UInt64(expectedKeys) + 7)
        var table = KeyStateTable(expectedKeys: expectedKeys)
        var reference: [Int64: UInt64] = [:]
        // Keys spread as hashes are, a few in one shard's low end, and 0, which marks an empty slot inside.
        let keys = (0..<20_000).map { _ in Int64(bitPattern: random.next()) } + [0, -1, Int64.min, Int64.max]
        // Values use all 40 bits: the top 8 are kept apart from the low 32.
        for (index, key) in keys.enumerated() {
            let value = KeyStateTable.maximumValue - UInt64(index) * 0x0101_0001
            table[key] = value
            reference[key] = value
        }
        for key in keys.prefix(5_000) {     // updates keep one entry
            table[key] = 7
            reference[key] = 7
        }
        for key in keys { #expect(table[key] == reference[key]) }
        for _ in 0..<1_000 {
            let absent = Int64(bitPattern: random.next())
            #expect(table[absent] == reference[absent])
        }
        var seen: [Int64: UInt64] = [:]
        table.forEach { key, value, _ in seen[key] = value }
        // A key hash whose low 56 bits are 0 is kept with them 1 (0 marks an empty slot); every other as it is.
        var expected = reference
        expected[1] = expected.removeValue(forKey: 0)
        expected[Int64.min + 1] = expected.removeValue(forKey: Int64.min)
        #expect(seen == expected)
    }

    /// The versions keys name survive the tables' growth and later changes of their values; a key that
    /// never named one names none.
    @Test func keysKeepTheVersionTheyName() {
        var random = SeededGenerator(seed: 11)
        var table = KeyStateTable(expectedKeys: 100)     // grows many times
        let keys = (0..<20_000).map { _ in Int64(bitPattern: random.next()) }
        for (index, key) in keys.enumerated() where index % 3 != 0 { table.set(key, 5, version: UInt32(index)) }
        for (index, key) in keys.enumerated() where index % 3 == 0 { table[key] = 6 }
        for key in keys.prefix(5_000) { table[key] = 9 }
        var versions: [Int64: UInt32] = [:]
        table.forEach { key, _, version in versions[key] = version }
        #expect(versions == Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0 % 3 == 0 ? 0 : UInt32($0)) }))
    }

    /// Set at once on two threads (the next quarter's fill from the kept parts), the table holds what
    /// one key after the other gives: in every shard, through growth, with and without versions.
    @Test(arguments: [false, true])
    func settingAllAtOnceIsSettingEachInTurn(namingVersions: Bool) {
        var random = SeededGenerator(seed: 13)
        var atOnce = KeyStateTable(expectedKeys: 1_000)      // grows many times
        var inTurn = KeyStateTable(expectedKeys: 1_000)
        var settings = (0..<30_000).map { index in
            (key: Int64(bitPattern: random.next()), value: random.next() & KeyStateTable.maximumValue, version: UInt32(index + 1))
        } + [(key: 0, value: 3, version: 1), (key: Int64.min, value: 4, version: 2), (key: -1, value: 5, version: 3)]
        settings[6_999].key = settings[100].key     // a key twice in one batch: the later one holds
        for start in stride(from: 0, to: settings.count, by: 7_000) {
            let batch = Array(settings[start..<min(start + 7_000, settings.count)])
            atOnce.setAll(batch, namingVersions: namingVersions)
            for setting in batch { inTurn.set(setting.key, setting.value, version: namingVersions ? setting.version : nil) }
        }
        var seenAtOnce: [Int64: [UInt64]] = [:], seenInTurn: [Int64: [UInt64]] = [:]
        atOnce.forEach { key, value, version in seenAtOnce[key] = [value, UInt64(version)] }
        inTurn.forEach { key, value, version in seenInTurn[key] = [value, UInt64(version)] }
        #expect(seenAtOnce.count == settings.count - 1)
        #expect(atOnce[settings[100].key] == settings[6_999].value)
        #expect(seenAtOnce == seenInTurn)
        #expect(atOnce[settings[12_345].key] == settings[12_345].value)
        #expect(atOnce.entry(settings[12_345].key)?.version == (namingVersions ? 12_346 : 0))
    }
}
