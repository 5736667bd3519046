/// A closed list of allowed values (Programma, Kanaal, Status, ...). Input is matched after trimming and
/// case folding (`whatsapp` = `WhatsApp`); an unknown value is an error, never a new category.
public struct Vocabulary: Sendable {
    public let labels: [String]
    private let folded: [[UInt8]]

    public init(_ labels: [String]) {
        self.labels = labels
        self.folded = labels.map { Array($0.lowercased().utf8) }
    }

    /// The index of the label the bytes name, or nil. Bytes must be UTF-8.
    /// Compares bytes without making a String: ASCII letters fold, other bytes must match exactly
    /// (a label with non-ASCII letters must then be written in its own case; none of ours has any).
    public func index(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        candidates: for (index, label) in folded.enumerated() where label.count == bytes.count {
            for offset in 0..<label.count {
                var byte = bytes[offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != label[offset] { continue candidates }
            }
            return index
        }
        return nil
    }

    public func index(of text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { index(ofUTF8: $0) }
    }

    /// `Brievenbus, Website, ...` for error messages.
    public var listed: String { labels.joined(separator: ", ") }
}
