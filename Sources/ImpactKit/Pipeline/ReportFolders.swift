import Foundation

/// Where `impact report NAME` looks for `NAME.yaml`, in this order: the folder `--reports` names,
/// `Reports/` in the current folder, `Reports/` beside the database, and impact's own (Installation). The
/// first folder that holds the name wins, so a user's own `beleid.yaml` replaces the built-in one while the
/// other built-in reports stay available. A report's template and targets are read beside its YAML.
public struct ReportFolders {
    /// Every folder searched, in order, whether or not it exists (for messages).
    public let searched: [String]
    /// Whether impact's own reports were found beside the binary.
    public let hasBuiltIn: Bool

    /// A `--reports` folder that does not exist is an error; the others are simply passed by.
    public init(option: String?, database: String, currentFolder: String = FileManager.default.currentDirectoryPath,
                builtIn: String? = Installation.reports) throws {
        let here = URL(fileURLWithPath: currentFolder, isDirectory: true).standardizedFileURL
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path, relativeTo: here).standardizedFileURL.path }
        if let option, !Self.isFolder(absolute(option)) {
            throw InputError(file: option, message: "map met rapportdefinities (--reports) bestaat niet")
        }
        let databaseFolder = URL(fileURLWithPath: database, relativeTo: here).standardizedFileURL.deletingLastPathComponent()
        let candidates: [String?] = [option.map(absolute), here.appendingPathComponent("Reports").path,
                                     databaseFolder.appendingPathComponent("Reports").path, builtIn.map(absolute)]
        var folders: [String] = []
        for candidate in candidates.compactMap({ $0 }) where !folders.contains(candidate) { folders.append(candidate) }
        searched = folders
        hasBuiltIn = builtIn != nil
    }

    /// The folders that exist, in order.
    public var folders: [String] { searched.filter(Self.isFolder) }

    /// Every report name any folder holds, sorted, each once.
    public var known: [String] { Array(Set(folders.flatMap(ReportDefinition.known(in:)))).sorted() }

    /// The folder whose `NAME.yaml` is used, or nil.
    public func folder(of name: String) -> String? {
        guard !name.contains("/"), !name.contains("\\") else { return nil }
        return folders.first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("\(name).yaml")) }
    }

    /// The definition, checked, and the folder it came from (its template is beside it). An unknown name
    /// is an error listing the known ones and where they were looked for.
    public func load(_ name: String) throws -> (definition: ReportDefinition, folder: String) {
        guard let folder = folder(of: name) else {
            let known = self.known
            throw InputError(file: "\(name).yaml", message: "geen rapportdefinitie '\(name)'; bekend: "
                             + (known.isEmpty ? "geen" : known.joined(separator: ", ")) + "; gezocht in: \(searched.joined(separator: ", "))"
                             + (hasBuiltIn ? "" : "; de meegeleverde rapporten staan niet bij het programma (gezocht: "
                                + Installation.searched.map(\.path).joined(separator: ", ") + "); installeer met: bash scripts/install.sh"))
        }
        return (try ReportDefinition.load(name: name, folder: folder), folder)
    }

    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
