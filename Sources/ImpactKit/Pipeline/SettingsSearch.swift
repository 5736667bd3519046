import Foundation

/// Where impact looks for its settings (impact.yaml), in this order: the file `--config` names, `impact.yaml`
/// in the current folder, `impact.yaml` beside the database, and impact's own default (Installation). The
/// first three are the user's; the default only fills in when the user has none and the database has none.
public struct SettingsSearch: Sendable {
    public enum Place: Sendable, Equatable {
        case option, currentFolder, databaseFolder, builtIn
    }

    /// A settings file that exists, with its absolute path.
    public struct Found: Sendable, Equatable {
        public let path: String
        public let place: Place
        /// How the database records where it came from.
        public var origin: String { place == .builtIn ? "ingebouwd: \(path)" : path }
    }

    public let option: String?
    public let currentFolder: URL
    public let databaseFolder: URL
    public let builtIn: String?

    public init(config option: String?, database: String, currentFolder: String = FileManager.default.currentDirectoryPath,
                builtIn: String? = Installation.settings) {
        self.option = option
        self.currentFolder = URL(fileURLWithPath: currentFolder, isDirectory: true).standardizedFileURL
        self.databaseFolder = URL(fileURLWithPath: database, relativeTo: self.currentFolder).standardizedFileURL.deletingLastPathComponent()
        self.builtIn = builtIn
    }

    /// Every place in order, whether or not a file is there (for `impact settings`).
    public var places: [(path: String, place: Place)] {
        var result: [(String, Place)] = []
        if let option { result.append((absolute(option), .option)) }
        result.append((currentFolder.appendingPathComponent("impact.yaml").path, .currentFolder))
        let besideDatabase = databaseFolder.appendingPathComponent("impact.yaml").path
        if besideDatabase != result.last?.0 { result.append((besideDatabase, .databaseFolder)) }
        if let builtIn { result.append((absolute(builtIn), .builtIn)) }
        return result
    }

    /// The first of the user's own files; a `--config` file that is not there is an error, not passed by.
    public func userFile() throws -> Found? {
        for (path, place) in places where place != .builtIn {
            if FileManager.default.fileExists(atPath: path) { return Found(path: path, place: place) }
            if place == .option { throw InputError(file: option ?? path, message: "instellingenbestand (--config) bestaat niet") }
        }
        return nil
    }

    /// The user's file or else impact's default.
    public func firstFound() throws -> Found? {
        if let found = try userFile() { return found }
        return places.last.flatMap { $0.place == .builtIn && FileManager.default.fileExists(atPath: $0.path) ? Found(path: $0.path, place: .builtIn) : nil }
    }

    private func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: currentFolder).standardizedFileURL.path
    }
}

extension SettingsSearch.Found {
    /// The file read and checked with every registered organisation's exports and settings.
    public func load() throws -> Configuration { try Configuration.load(path: path) }

    /// The SHA-256 of the file's text, to compare with the recorded one (nil when it cannot be read).
    var sha256: String? {
        (try? String(contentsOfFile: path, encoding: .utf8)).map(SHA256Digest.hex(of:))
    }
}
