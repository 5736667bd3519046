import Foundation

/// Where impact's own report definitions (`Reports/`) and default settings (`impact.yaml`) are: files
/// beside the binary rather than SwiftPM resources, because `Bundle.module` stops the program on Linux
/// when its bundle is not next to the executable (a copied binary would crash), and because people read
/// and copy these files. The first of these folders that holds `Reports/` is used:
///
/// 1. `<bin>/../share/impact/`: what `scripts/install.sh` makes (`~/.local/bin/impact`, `~/.local/share/impact/`);
/// 2. `<bin>/`: the binary copied into a folder together with `Reports/` and `impact.yaml`;
/// 3. the checkout the binary was built in (the folder holding its `.build/`): `swift build` and run.
///
/// `<bin>` is the folder of the executable with symbolic links resolved.
public enum Installation {
    /// The folders searched, in order, for the binary at `executable`.
    public static func candidates(executable: URL) -> [URL] {
        let folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var result = [folder.deletingLastPathComponent().appendingPathComponent("share/impact", isDirectory: true), folder]
        let parts = folder.pathComponents
        if let build = parts.lastIndex(of: ".build") {
            result.append(URL(fileURLWithPath: NSString.path(withComponents: Array(parts[..<build])), isDirectory: true))
        }
        return result.map(\.standardizedFileURL)
    }

    /// The folders searched for this binary.
    public static var searched: [URL] {
        guard let executable = Bundle.main.executableURL else { return [] }
        return candidates(executable: executable)
    }

    /// The first folder holding impact's `Reports/`, or nil when none does (a binary copied on its own).
    public static func folder(among candidates: [URL]) -> URL? {
        candidates.first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Reports").path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// impact's own folder for this binary.
    public static let shared: URL? = folder(among: searched)

    /// The built-in report definitions and templates.
    public static var reports: String? { shared?.appendingPathComponent("Reports").path }

    /// The default settings (the ZWO bank rules), when they are there.
    public static var settings: String? {
        guard let path = shared?.appendingPathComponent("impact.yaml").path, FileManager.default.fileExists(atPath: path) else { return nil }
        return path
    }
}
