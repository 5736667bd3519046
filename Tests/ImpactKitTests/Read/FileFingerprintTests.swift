import Foundation
import Testing
@testable import ImpactKit

/// The file identity (SHA-256, from the system's libcrypto) against coreutils' `sha256sum`, and the
/// encoding found in the same pass.
@Suite struct FileFingerprintTests {
    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    @Test func digestsAreThoseOfSha256sum() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        // Empty, one byte, across the 1 MiB chunk boundary, a register and a workbook.
        var generator = SeededGenerator(seed: 7)
        let files = [
            try folder.write("leeg.csv", bytes: []),
            try folder.write("een.csv", bytes: [0x41]),
            try folder.write("groot.csv", bytes: (0..<(1 << 20) + 3).map { _ in UInt8.random(in: 0...255, using: &generator) }),
            repositoryRoot.appendingPathComponent("SampleData/dromen/dromen_2022-Q4.csv").path,
            repositoryRoot.appendingPathComponent("SampleData/activering/activeringscentra_2022-Q4.xlsx").path,
        ]
        for path in files {
            #expect(try FileFingerprint.of(path: path).sha256 == Self.sha256sum(path), "\(path)")
        }
        #expect(try FileFingerprint.of(path: files[0]).sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // A file of one chunk or less is guessed exactly (but for the SHA-256, left to `FileDigest`).
        for path in files where try FileFingerprint.of(path: path).byteCount <= ChunkedFile.chunkSize {
            #expect(try FileFingerprint.guess(path: path) == FileFingerprint.of(path: path, digest: false), "\(path)")
        }
    }

    /// The guess sees the first chunk only: a file whose Windows-1252 bytes all come after it is guessed
    /// UTF-8, which the whole pass contradicts; a UTF-8 character cut off at the chunk's end is no damage.
    @Test func aGuessIsCheckedAgainstTheWholeFile() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let ascii = Array(repeating: UInt8(ascii: "a"), count: ChunkedFile.chunkSize - 1)
        let late = try folder.write("laat.csv", bytes: ascii + Array("ëé;".utf8) + [0xE9, 0x3B, 0xEB])
        let guess = try FileFingerprint.guess(path: late), whole = try FileFingerprint.of(path: late)
        #expect(guess.encoding == .utf8 && !guess.hasDamagedBytes && guess.sha256.isEmpty)
        #expect(guess.byteCount == whole.byteCount && whole.encoding == .windows1252)
        #expect(!guess.agrees(with: whole) && whole.agrees(with: whole))
    }

    /// The ASCII pass (32 bytes at a time, then 8) finds a non-ASCII byte wherever it sits in a block,
    /// and the NUL scan a NUL byte anywhere.
    @Test func encodingIsFoundAtAnyOffset() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        for offset in 0..<70 {
            var ascii = Array(repeating: UInt8(ascii: "a"), count: 72)
            ascii.replaceSubrange(offset..<offset + 2, with: [0xC3, 0xAB])        // ë in UTF-8
            let utf8 = try FileFingerprint.of(path: folder.write("u\(offset).csv", bytes: ascii))
            #expect(utf8.encoding == .utf8 && !utf8.hasDamagedBytes)
            ascii[offset + 1] = 0x41                                                 // a lone lead byte
            #expect(try FileFingerprint.of(path: folder.write("w\(offset).csv", bytes: ascii)).encoding == .windows1252)
            var nul = Array(repeating: UInt8(ascii: "a"), count: 72)
            nul[offset] = 0
            #expect(try FileFingerprint.of(path: folder.write("n\(offset).csv", bytes: nul)).hasDamagedBytes)
        }
        // Many good characters and one cut off at the very end: UTF-8 with a damaged last field.
        let cut = Array(String(repeating: "Daniël;", count: 20).utf8) + [0xC3]
        let fingerprint = try FileFingerprint.of(path: folder.write("afgebroken.csv", bytes: cut))
        #expect(fingerprint.encoding == .utf8 && fingerprint.hasDamagedBytes)
    }
    /// The ASCII stretches are passed over a block at a time, straight to the next byte with its high bit
    /// set: over seeded mixtures of ASCII runs, UTF-8 characters and stray bytes, fed whole or in pieces,
    /// the validator counts what it counts fed one byte at a time (where no block applies).
    @Test func asciiPassedOverAsIfReadByteByByte() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            while bytes.count < 600 {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes += Array(repeating: UInt8(ascii: "a"), count: Int.random(in: 0..<150, using: &generator))
                case 1: bytes += Array(["ë", "é", "€", "𝄞"].randomElement(using: &generator)!.utf8)
                case 2: bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator))
                default: bytes.append(UInt8.random(in: 0...0x7F, using: &generator))
                }
            }
            var byByte = UTF8Validator(), inPieces = UTF8Validator()
            bytes.withUnsafeBufferPointer { all in
                for index in all.indices { byByte.feed(UnsafeBufferPointer(rebasing: all[index...index])) }
                var start = 0
                while start < all.count {
                    let end = min(all.count, start + Int.random(in: 1...200, using: &generator))
                    inPieces.feed(UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
            #expect(inPieces.multibyteCharacters == byByte.multibyteCharacters && inPieces.invalidSequences == byByte.invalidSequences)
            #expect(inPieces.isCompleteAndValid == byByte.isCompleteAndValid)
        }
    }
}
