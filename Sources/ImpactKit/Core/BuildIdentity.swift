import Foundation

/// The build of impact that is running. Another build may compute differently, so what one build
/// computed and kept (cached figures, a snapshot's counts) is computed anew by another.
enum BuildIdentity {
    static let current: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "onbekend" }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "build=\(size)-\(Int(modified))"
    }()
}
