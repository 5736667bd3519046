/// A problem with a whole input file (cannot be opened, is not the expected export, ...).
public struct InputError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let message: String
    public init(file: String, message: String) { self.file = file; self.message = message }
    public var description: String { "\(file): \(message)" }
}
