/// A text of a validated row (a dossier number, a partner's name), held in the row itself when it is
/// short, as nearly all are (a String holds at most 15 bytes so). A row handed from the reading thread to
/// the writing and the counting one is then copied without a reference to count or a string to allocate:
/// with the Dromenregister's texts as Strings, their retains and releases were ~5% of a first ingest's
/// CPU (perf, 1M dossiers; issue 10). Longer text is a String.
public struct RowText: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Bytes in the row itself, the last one their count.
    static let capacity = 39
    private typealias Words = (UInt64, UInt64, UInt64, UInt64, UInt64)
    private enum Storage {
        case short(Words)
        case long(String)
    }
    private let storage: Storage

    public init(_ string: String) {
        var string = string
        self.init(storage: string.withUTF8 { Self.short($0) } ?? .long(string))
    }

    private init(storage: Storage) { self.storage = storage }

    public init(stringLiteral value: String) { self.init(value) }

    /// A field's bytes: kept as they are when ASCII (the same in every encoding this tool reads),
    /// otherwise as `decode` makes them a String.
    public init(bytes: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String) {
        if bytes.allSatisfy({ $0 < 0x80 }), let short = Self.short(bytes) { self.init(storage: short) } else { self.init(decode(bytes)) }
    }

    private static func short(_ bytes: UnsafeBufferPointer<UInt8>) -> Storage? {
        guard bytes.count <= capacity else { return nil }
        var words: Words = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            raw.copyMemory(from: UnsafeRawBufferPointer(bytes))
            raw[capacity] = UInt8(bytes.count)
        }
        return .short(words)
    }

    /// Calls `body` with the text's UTF-8 bytes, valid during the call.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch storage {
        case .short(var words):
            return try withUnsafeBytes(of: &words) { raw in
                try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(raw[Self.capacity])))
            }
        case .long(var string):
            return try string.withUTF8(body)
        }
    }

    public var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
    public var description: String { string }
    public var isEmpty: Bool { withUTF8 { $0.isEmpty } }

    public static func == (a: RowText, b: RowText) -> Bool { a.withUTF8 { a in b.withUTF8 { a.elementsEqual($0) } } }
}
