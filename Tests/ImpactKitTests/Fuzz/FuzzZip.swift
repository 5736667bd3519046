import Foundation
import ZIPFoundation

/// Zips in and out of memory for the XLSX target: a workbook is taken apart into its parts, one part is
/// mutated (or dropped, or joined by an extra one) and the parts are zipped again, so a mutation reaches
/// the XML instead of only breaking the zip's checksums.
enum FuzzZip {
    typealias Parts = [(path: String, bytes: [UInt8])]

    static func parts(of bytes: [UInt8]) -> Parts? {
        guard let folder = try? TempFolder() else { return nil }
        defer { folder.remove() }
        guard let path = try? folder.write("in.zip", bytes: bytes),
              let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else { return nil }
        var parts: Parts = []
        for entry in archive where entry.type == .file {
            var data = Data()
            guard (try? archive.extract(entry, skipCRC32: true) { data.append($0) }) != nil else { return nil }
            parts.append((entry.path, Array(data)))
        }
        return parts
    }

    /// The parts zipped, deflated or stored.
    static func zip(_ parts: Parts, deflate: Bool = true) -> [UInt8] {
        guard let folder = try? TempFolder() else { return [] }
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("out.zip")
        guard let archive = try? Archive(url: url, accessMode: .create, pathEncoding: nil) else { return [] }
        add(parts, to: archive, deflate: deflate)
        return (try? Array(Data(contentsOf: url))) ?? []
    }

    static func add(_ parts: Parts, to archive: Archive, deflate: Bool = true) {
        for part in parts {
            let data = Data(part.bytes)
            try? archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                  compressionMethod: deflate ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// A zip with one part that expands to `size` bytes: the XML head, then `size` spaces inside
    /// `<sheetData>` (valid XML, so the reader has to read it all), made chunk by chunk.
    static func bomb(size: Int) -> [UInt8] {
        var parts = XLSXCrafted.parts(sheets: ["Deelnemers": XLSXCrafted.sheet(rows: [["Naam"]])])
        parts.removeAll { $0.path == "xl/worksheets/sheet1.xml" }
        guard let folder = try? TempFolder() else { return [] }
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("bomb.zip")
        guard let archive = try? Archive(url: url, accessMode: .create, pathEncoding: nil) else { return [] }
        add(parts, to: archive)
        let head = Array("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".utf8)
        let tail = Array("</sheetData></worksheet>".utf8)
        let total = head.count + size + tail.count
        let spaces = [UInt8](repeating: 0x20, count: 1 << 16)
        try? archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(total), compressionMethod: .deflate,
                              bufferSize: 1 << 16) { position, count in
            var chunk = [UInt8]()
            chunk.reserveCapacity(count)
            var at = Int(position)
            while chunk.count < count {
                if at < head.count { chunk.append(head[at]); at += 1; continue }
                if at >= head.count + size { chunk.append(tail[at - head.count - size]); at += 1; continue }
                let run = min(count - chunk.count, head.count + size - at, spaces.count)
                chunk.append(contentsOf: spaces[0..<run]); at += run
            }
            return Data(chunk)
        }
        return (try? Array(Data(contentsOf: url))) ?? []
    }
}

/// Hand-made workbooks, each breaking one thing the XLSX reader relies on.
enum XLSXCrafted {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A sheet of inline strings, rows numbered from 1.
    static func sheet(rows: [[String]]) -> String {
        let body = rows.enumerated().map { index, cells in
            "<row r=\"\(index + 1)\">" + cells.map { "<c t=\"inlineStr\"><is><t>\(escape($0))</t></is></c>" }.joined() + "</row>"
        }.joined()
        return sheet(body: body)
    }

    static func sheet(body: String) -> String { "<?xml version=\"1.0\"?><worksheet xmlns=\"\(main)\"><sheetData>\(body)</sheetData></worksheet>" }

    /// The parts of a workbook with these sheets (XML by name) and, when given, a shared-string part.
    static func parts(sheets: KeyValuePairs<String, String>, sharedStrings: String? = nil) -> FuzzZip.Parts {
        var parts: FuzzZip.Parts = []
        let sheetList = sheets.enumerated().map { "<sheet name=\"\($0.element.key)\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", Array("<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>\(sheetList)</sheets></workbook>".utf8)))
        let rels = sheets.enumerated().map { "<Relationship Id=\"rId\($0.offset + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0.offset + 1).xml\"/>" }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", Array("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)))
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", Array(sheet.value.utf8))) }
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", Array(sharedStrings.utf8))) }
        return parts
    }

    /// A shared-string table of `count` strings.
    static func sharedStrings(count: Int) -> String {
        var xml = "<?xml version=\"1.0\"?><sst xmlns=\"\(main)\" count=\"\(count)\" uniqueCount=\"\(count)\">"
        xml.reserveCapacity(count * 24)
        for index in 0..<count { xml += "<si><t>s\(index)</t></si>" }
        return xml + "</sst>"
    }

    /// Every crafted case: name and zip bytes. `bombSize` is how far the zip bomb's sheet expands.
    static func cases(bombSize: Int) -> [(name: String, bytes: [UInt8])] {
        let good = sheet(rows: [["Naam", "Datum"], ["a", "1-1-2024"]])
        var cases: [(String, [UInt8])] = []
        func add(_ name: String, _ parts: FuzzZip.Parts) { cases.append((name, FuzzZip.zip(parts))) }
        add("goed", parts(sheets: ["Deelnemers": good]))
        add("zonder workbook.xml", parts(sheets: ["Deelnemers": good]).filter { $0.path != "xl/workbook.xml" })
        add("zonder relaties", parts(sheets: ["Deelnemers": good]).filter { $0.path != "xl/_rels/workbook.xml.rels" })
        add("zonder werkblad", parts(sheets: ["Deelnemers": good]).filter { $0.path != "xl/worksheets/sheet1.xml" })
        add("extra onderdelen", parts(sheets: ["Deelnemers": good]) + [("xl/extra.xml", Array("<x/>".utf8)), ("../../buiten.xml", Array("<y/>".utf8)),
                                                                        ("xl/worksheets/sheet1.xml", Array(good.utf8))])
        add("twee bladen met één naam", parts(sheets: ["Deelnemers": good, "Deelnemers ": good]))
        add("werkblad verwijst naar niets", parts(sheets: ["Deelnemers": good]).map { part in
            part.path == "xl/_rels/workbook.xml.rels" ? (part.path, Array(String(decoding: part.bytes, as: UTF8.self)
                .replacingOccurrences(of: "worksheets/sheet1.xml", with: "../../../../etc/passwd").utf8)) : part
        })
        add("lege XML-onderdelen", parts(sheets: ["Deelnemers": ""], sharedStrings: ""))
        add("grote gedeelde-tekstentabel", parts(sheets: ["Deelnemers": sheet(body: "<row r=\"1\"><c t=\"s\"><v>199999</v></c><c t=\"s\"><v>200000</v></c><c t=\"s\"><v>-1</v></c></row>")],
                                                 sharedStrings: sharedStrings(count: 200_000)))
        add("cellen buiten volgorde", parts(sheets: ["Deelnemers": sheet(body:
            "<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>c</t></is></c><c r=\"A3\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
            + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>dubbel</t></is></c><c r=\"A1\"><v>1</v></c></row>")]))
        add("rij 1048576", parts(sheets: ["Deelnemers": sheet(body: "<row r=\"1\"><c t=\"inlineStr\"><is><t>Naam</t></is></c></row>"
            + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>laatste cel</t></is></c></row>")]))
        for number in ["1048577", "0", "-5", "9223372036854775807", "99999999999999999999"] {
            add("rij \(number) en een rij zonder nummer", parts(sheets: ["Deelnemers": sheet(body: "<row r=\"1\"><c t=\"inlineStr\"><is><t>Naam</t></is></c></row>"
                + "<row r=\"\(number)\"><c><v>1</v></c></row><row><c><v>2</v></c></row>")]))
        }
        add("kolom voorbij XFD", parts(sheets: ["Deelnemers": sheet(body: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c><c r=\"ZZZZ1\"><v>2</v></c><c r=\"A\"><v>3</v></c></row>")]))
        let edges = ["1e308", "-1e308", "nan", "inf", "1e-320", "9223372036854775808", "2958465.9"]
            .map { "<c s=\"0\"><v>\($0)</v></c><c t=\"s\"><v>\($0)</v></c><c t=\"b\"><v>\($0)</v></c>" }.joined()
        add("getallen aan de randen", parts(sheets: ["Deelnemers": sheet(body: "<row r=\"1\">" + edges + "</row>")]))
        add("diep geneste XML", parts(sheets: ["Deelnemers": sheet(body: String(repeating: "<row>", count: 5000) + String(repeating: "</row>", count: 5000))]))
        let entities = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
            + "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&f;</t></is></c></row></sheetData></worksheet>"
        add("entiteiten", parts(sheets: ["Deelnemers": entities]))
        add("opgeslagen zonder compressie", parts(sheets: ["Deelnemers": good]))
        cases[cases.count - 1].1 = FuzzZip.zip(parts(sheets: ["Deelnemers": good]), deflate: false)
        cases.append(("zipbom van \(bombSize) bytes", FuzzZip.bomb(size: bombSize)))
        return cases
    }
}
