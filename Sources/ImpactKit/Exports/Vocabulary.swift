import Foundation

/// A closed list of allowed values (Programma, Kanaal, Status, ...). Input is matched after trimming and
/// case folding (`whatsapp` = `WhatsApp`); an unknown value is an error, never a new category.
public struct Vocabulary: Sendable {
    public let labels: [String]
    private let exact: [[UInt8]]
    private let folded: [[UInt8]]
    private let unicodeFolded: [String]

    public init(_ labels: [String]) {
        self.labels = labels
        self.exact = labels.map { Array($0.utf8) }
        self.folded = labels.map { Array($0.lowercased().utf8) }
        self.unicodeFolded = labels.map { $0.precomposedStringWithCanonicalMapping.lowercased() }
    }

    /// The index of the label the bytes name, or nil. Bytes must be UTF-8.
    /// Compares bytes without making a String, folding ASCII letters: the hot path of a million-row
    /// snapshot. Only when that finds nothing and the value holds other letters (`FINANCIËN`, a
    /// decomposed `ë`) is a String made and folded in full.
    public func index(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // Exports nearly always write a label as the list does: compared whole first (memcmp), the
        // letter-by-letter folding below is only for the rest.
        if let base = bytes.baseAddress, bytes.count > 0 {
            for index in exact.indices where exact[index].count == bytes.count {
                if exact[index].withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, bytes.count) == 0 }) { return index }
            }
        }
        // Indices rather than enumerated(): a debug build (the tests) spent a fifth of explaining every
        // figure over SampleData making EnumeratedSequence's generic metadata here.
        candidates: for index in folded.indices where folded[index].count == bytes.count {
            let found = folded[index].withUnsafeBufferPointer { label in
                for offset in 0..<label.count {
                    var byte = bytes[offset]
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    if byte != label[offset] { return false }
                }
                return true
            }
            if found { return index } else { continue candidates }
        }
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.lowercased()
        return unicodeFolded.firstIndex(of: text)
    }

    public func index(of text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { index(ofUTF8: $0) }
    }

    /// `Brievenbus, Website, ...` for error messages.
    public var listed: String { labels.joined(separator: ", ") }
}
