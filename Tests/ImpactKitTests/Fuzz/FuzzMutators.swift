import Foundation
@testable import ImpactKit

/// Mutations of good files: each takes bytes and a random source and returns new bytes. They know nothing
/// about the format (the XLSX target applies them to one XML part inside the zip, see `FuzzZip`).
enum FuzzMutator: CaseIterable {
    case flipBytes, interestingBytes, truncate, duplicateRange, deleteRange, splice, insertToken

    /// Bytes that mean something to one of the readers: quotes, separators, line ends, the BOM, the bytes
    /// of a no-break space and a euro sign in both encodings, NUL, invalid UTF-8, digits and date separators.
    static let interesting: [UInt8] = [0x22, 0x3B, 0x2C, 0x09, 0x0D, 0x0A, 0xEF, 0xBB, 0xBF, 0xC2, 0xA0, 0x80, 0xE2, 0x82, 0xAC,
                                       0x00, 0xFF, 0xC0, 0x30, 0x39, 0x2D, 0x2F, 0x2E, 0x20, 0x3C, 0x3E, 0x26]
    /// Short runs that do the same for whole constructs: a `sep=` line, doubled quotes, a `Totaal` row, a date,
    /// an amount, XML markup the sheet parser reacts to.
    static let tokens: [String] = [
        "\"", "\"\"", "\";\"", ";;;;", "\r\n", "\r", "\n\n", "sep=;\n", "sep=,\r\n", "sep=\t\n", "\u{FEFF}", "\u{00A0}", "€ ",
        "Totaal;", "31-02-2021", "29-02-1900", "9999-99-99", "-1.000.000.000.000,00", "1.2.3,4", "99999999999999999999",
        "<row r=\"1048576\">", "<row r=\"0\">", "<c r=\"XFD1\">", "<c r=\"AAAA1\" t=\"s\"><v>99999999</v></c>", "<v>1e308</v>",
        "<![CDATA[", "&amp;", "&#0;", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "</sheetData>", "<si><t>",
    ]

    func apply(_ input: [UInt8], other: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        guard !bytes.isEmpty else { return Array(Self.tokens.randomElement(using: &rng)!.utf8) }
        switch self {
        case .flipBytes:
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let index = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            }
        case .interestingBytes:
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = Self.interesting.randomElement(using: &rng)!
            }
        case .truncate:
            bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &rng)...)
        case .duplicateRange:
            let range = Self.range(in: bytes.count, using: &rng)
            let copy = Array(bytes[range])
            bytes.insert(contentsOf: copy, at: Int.random(in: 0...bytes.count, using: &rng))
        case .deleteRange:
            bytes.removeSubrange(Self.range(in: bytes.count, using: &rng))
        case .splice:
            guard !other.isEmpty else { return bytes }
            let cut = Int.random(in: 0...bytes.count, using: &rng)
            let from = Int.random(in: 0..<other.count, using: &rng)
            bytes = Array(bytes[..<cut]) + Array(other[from...])
        case .insertToken:
            bytes.insert(contentsOf: Array(Self.tokens.randomElement(using: &rng)!.utf8), at: Int.random(in: 0...bytes.count, using: &rng))
        }
        return bytes
    }

    /// One to four mutations in a row.
    static func mutate(_ input: [UInt8], other: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            bytes = allCases.randomElement(using: &rng)!.apply(bytes, other: other, using: &rng)
        }
        return bytes
    }

    /// A range of at most a quarter of the bytes (at least one byte).
    static func range(in count: Int, using rng: inout SeededGenerator) -> Range<Int> {
        let start = Int.random(in: 0..<count, using: &rng)
        let length = Int.random(in: 1...max(1, min(count - start, count / 4 + 1)), using: &rng)
        return start..<(start + length)
    }
}

/// The same good CSV in each form the reader must take: so every encoding path is a seed, not only a
/// mutation away. Each variant of a good file is still a good file.
enum CSVVariant: CaseIterable {
    case asIs, withBOM, withoutBOM, windows1252, sepLine, crlf, allQuoted

    func apply(_ bytes: [UInt8]) -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let plain = bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes
        switch self {
        case .asIs: return bytes
        case .withBOM: return bom + plain
        case .withoutBOM: return plain
        case .windows1252:
            // Only a UTF-8 file converts; a file that is Windows-1252 already stays as it is.
            guard let text = String(validating: plain, as: UTF8.self), let data = text.data(using: .windowsCP1252) else { return bytes }
            return Array(data)
        case .sepLine:
            let separator = CSVReader.likelySeparator(CSVReader.firstLine(plain, skippingBOM: false))
            return Array("sep=\(Character(Unicode.Scalar(separator)))\r\n".utf8) + plain
        case .crlf:
            var out: [UInt8] = []
            out.reserveCapacity(plain.count + plain.count / 20)
            for (index, byte) in plain.enumerated() {
                if byte == 0x0A, index == 0 || plain[index - 1] != 0x0D { out.append(0x0D) }
                out.append(byte)
            }
            return out
        case .allQuoted:
            // Every unquoted field quoted, and its quotes doubled: still the same records.
            guard let text = String(validating: plain, as: UTF8.self), !text.contains("\""), !text.contains("\r") else { return bytes }
            let separator = Character(Unicode.Scalar(CSVReader.likelySeparator(CSVReader.firstLine(plain, skippingBOM: false))))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.split(separator: separator, omittingEmptySubsequences: false).map { "\"\($0)\"" }.joined(separator: String(separator))
            }
            return Array(lines.joined(separator: "\n").utf8)
        }
    }
}
