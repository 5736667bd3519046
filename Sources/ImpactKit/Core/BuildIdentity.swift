import Foundation

/// The build of impact that is running. Another build may compute differently, so what one build
/// computed and kept (cached figures, a snapshot's counts) is computed anew by another.
enum BuildIdentity {
    static let current: String = {
        guard let path = Bundle.main.executablePath, let status = FileStatus.of(path) else { return "onbekend" }
        return "build=\(status.size)-\(status.modified)"
    }()
}
