import CXlsxWriter
import Foundation

/// The one place that talks to libxlsxwriter. Cells from input text are written with
/// `worksheet_write_string`, so they are always text, never a formula.
final class XlsxWorkbook {
    private let handle: UnsafeMutablePointer<lxw_workbook>
    /// C strings handed to libxlsxwriter must live until `workbook_close`.
    private var cStrings: [UnsafeMutablePointer<CChar>] = []
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var closed = false
    let path: String

    /// `created` fixes the document date, so the same inputs give the same bytes (PLATFORM.md).
    init(path: String, title: String, created: Day) throws {
        guard let handle = workbook_new(path) else { throw InputError(file: path, message: "kan de werkmap niet aanmaken") }
        self.handle = handle
        self.path = path
        var properties = lxw_doc_properties()
        properties.title = cString(title)
        properties.author = cString("impact")
        properties.created = time_t(created.number * 86400)
        workbook_set_properties(handle, &properties)
    }

    deinit {
        if !closed { workbook_close(handle) }
        cStrings.forEach { free($0) }
    }

    func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
        let copy = strdup(text)!
        cStrings.append(copy)
        return copy
    }

    private var sheetNames: Set<String> = []

    /// A sheet named `name`, made valid for Excel (at most 31 characters, none of []:*?/\, not starting or
    /// ending with ') and unique (`Trend (2)`), so no report definition can make libxlsxwriter refuse it.
    func addSheet(_ name: String) -> XlsxSheet {
        let allowed = name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) && $0.value >= 0x20 }
        let base = Self.sheetName(String(String.UnicodeScalarView(allowed)), fitting: 31)
        var unique = base
        var number = 2
        while sheetNames.contains(unique.lowercased()) {
            let suffix = " (\(number))"
            unique = Self.sheetName(base, fitting: 31 - suffix.count) + suffix
            number += 1
        }
        sheetNames.insert(unique.lowercased())
        // Every rule libxlsxwriter checks is met above; should it still refuse, a plain name does.
        let sheet = workbook_add_worksheet(handle, unique) ?? workbook_add_worksheet(handle, "Blad \(sheetNames.count)")!
        return XlsxSheet(workbook: self, handle: sheet)
    }

    /// At most `limit` Unicode scalars (libxlsxwriter counts those, not characters), cut first and then
    /// trimmed of the apostrophes Excel does not allow at either end.
    static func sheetName(_ name: String, fitting limit: Int) -> String {
        let cut = String(String.UnicodeScalarView(name.unicodeScalars.prefix(limit)))
        let trimmed = cut.trimmingCharacters(in: CharacterSet(charactersIn: "'").union(.whitespaces))
        return trimmed.isEmpty ? "Blad" : trimmed
    }

    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format> {
        if let existing = formats[style] { return existing }
        let format = workbook_add_format(handle)!
        if style.bold { format_set_bold(format) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.wrap { format_set_text_wrap(format); format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if style.size != 11 { format_set_font_size(format, Double(style.size)) }
        if style.italic { format_set_italic(format) }
        if style.alignRight { format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
        formats[style] = format
        return format
    }

    enum ChartKind { case column, line }

    func chart(_ kind: ChartKind, title: String, categories: String, series: [(name: String, values: String)], yAxis: String) -> OpaquePointer {
        let type = kind == .column ? LXW_CHART_COLUMN : LXW_CHART_LINE
        let chart = workbook_add_chart(handle, UInt8(type.rawValue))!
        for item in series {
            let added = chart_add_series(chart, categories, item.values)
            chart_series_set_name(added, item.name)
        }
        chart_title_set_name(chart, title)
        chart_axis_set_name(chart.pointee.y_axis, yAxis)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        return OpaquePointer(chart)
    }

    func close() throws {
        closed = true
        let result = workbook_close(handle)
        guard result == LXW_NO_ERROR else {
            throw InputError(file: path, message: "werkmap schrijven mislukt: \(String(cString: lxw_strerror(result)))")
        }
    }
}

struct CellStyle: Hashable {
    var bold = false
    var italic = false
    var wrap = false
    var size = 11
    var numberFormat: String?
    var alignRight = false

    static let plain = CellStyle()
    static let heading = CellStyle(bold: true, size: 14)
    static let bold = CellStyle(bold: true)
    static let note = CellStyle(italic: true)
    static let wrapped = CellStyle(wrap: true)
    static let count = CellStyle(numberFormat: "#,##0")
    static let decimal = CellStyle(numberFormat: "#,##0.0")
    static let percent = CellStyle(numberFormat: "0.0%")
    static let euro = CellStyle(numberFormat: "[$€-413] #,##0.00")
    /// English (Ireland), the euro sign before the amount: `€52,245.00` where Excel reads English.
    static let euroEnglish = CellStyle(numberFormat: "[$€-1809]#,##0.00")
    static let date = CellStyle(numberFormat: "dd-mm-yyyy")
    /// Text where a number would stand (`<5`), aligned as the numbers around it.
    static let alignedRight = CellStyle(alignRight: true)
}

final class XlsxSheet {
    private unowned let workbook: XlsxWorkbook
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String

    init(workbook: XlsxWorkbook, handle: UnsafeMutablePointer<lxw_worksheet>) {
        self.workbook = workbook
        self.handle = handle
        self.name = String(cString: handle.pointee.name)
        // Printed (or turned into PDF) a sheet is one page wide, landscape.
        worksheet_set_landscape(handle)
        worksheet_fit_to_pages(handle, 1, 0)
        worksheet_set_paper(handle, 9)      // A4
    }

    func text(_ row: Int, _ column: Int, _ value: String, _ style: CellStyle = .plain) {
        worksheet_write_string(handle, UInt32(row), UInt16(column), value, workbook.format(style))
    }

    func number(_ row: Int, _ column: Int, _ value: Double?, _ style: CellStyle = .count) {
        guard let value else { worksheet_write_blank(handle, UInt32(row), UInt16(column), workbook.format(style)); return }
        worksheet_write_number(handle, UInt32(row), UInt16(column), value, workbook.format(style))
    }

    /// A real Excel date (libxlsxwriter computes the serial number), shown as `dd-mm-jjjj`.
    func date(_ row: Int, _ column: Int, _ day: Day, _ style: CellStyle = .date) {
        let (year, month, dayOfMonth) = day.parts
        var value = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(dayOfMonth), hour: 0, min: 0, sec: 0)
        worksheet_write_datetime(handle, UInt32(row), UInt16(column), &value, workbook.format(style))
    }

    func boolean(_ row: Int, _ column: Int, _ value: Bool) {
        worksheet_write_boolean(handle, UInt32(row), UInt16(column), value ? 1 : 0, workbook.format(.plain))
    }

    func columnWidth(_ column: Int, _ width: Double, _ style: CellStyle? = nil) {
        worksheet_set_column(handle, UInt16(column), UInt16(column), width, style.map(workbook.format))
    }

    func freeze(rows: Int, columns: Int = 0) { worksheet_freeze_panes(handle, UInt32(rows), UInt16(columns)) }

    /// An Excel table (autofilter, banded rows) over a header row at `firstRow` and the data below it.
    func table(name: String, firstRow: Int, firstColumn: Int, lastRow: Int, headers given: [String]) {
        // Excel refuses (repair prompt) a table with two equal column names: `2021` and `2021 (2)`.
        var seen: Set<String> = []
        let headers = given.map { header -> String in
            var unique = header.isEmpty ? " " : header
            var number = 2
            while seen.contains(unique.lowercased()) { unique = "\(header) (\(number))"; number += 1 }
            seen.insert(unique.lowercased())
            return unique
        }
        let columns = UnsafeMutablePointer<UnsafeMutablePointer<lxw_table_column>?>.allocate(capacity: headers.count + 1)
        var storage: [UnsafeMutablePointer<lxw_table_column>] = []
        for (index, header) in headers.enumerated() {
            let column = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: 1)
            column.initialize(to: lxw_table_column())
            column.pointee.header = workbook.cString(header)
            columns[index] = column
            storage.append(column)
        }
        columns[headers.count] = nil      // NULL-terminated, as libxlsxwriter expects
        var options = lxw_table_options()
        options.name = workbook.cString(name)
        options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
        options.style_type_number = 2
        options.columns = columns
        worksheet_add_table(handle, UInt32(firstRow), UInt16(firstColumn), UInt32(max(lastRow, firstRow + 1)),
                            UInt16(firstColumn + headers.count - 1), &options)
        storage.forEach { $0.deallocate() }
        columns.deallocate()
    }

    /// Charts at 1.6 x 1.4 of libxlsxwriter's default size (480 x 288 px): readable labels with seven series.
    func insert(chart: OpaquePointer, row: Int, column: Int) {
        var options = lxw_chart_options()
        options.x_scale = 1.6
        options.y_scale = 1.4
        worksheet_insert_chart_opt(handle, UInt32(row), UInt16(column), UnsafeMutablePointer<lxw_chart>(chart), &options)
    }
}
