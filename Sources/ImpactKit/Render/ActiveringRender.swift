/// The activeringscentra's section of a report, in the workbook and in the text.
enum ActiveringRender {
    static let fewPeopleNote = "gebaseerd op minder dan \(ActiveringFigures.fewPeople) uitstromers: voorzichtig lezen"

    static func sheets(_ section: ActiveringSection, _ workbook: XlsxWorkbook) {
        let sheet = workbook.addSheet("Activering")
        sheet.text(0, 0, "\(section.title) \(section.period)", .heading)
        sheet.text(1, 0, "Uitstroompercentage: aandeel naar vrijwilligerswerk, re-integratie, betaald werk of opleiding. Verblijfsduur in dagen.", .note)
        let top = 3
        for (offset, centre) in section.centres.enumerated() {
            let row = top + 1 + offset
            sheet.text(row, 0, centre.name)
            sheet.number(row, 1, centre.active)
            sheet.number(row, 2, centre.inflow)
            sheet.number(row, 3, centre.outflow)
            sheet.number(row, 4, centre.rate.map { $0 / 100 }, .percent)
            sheet.text(row, 5, centre.fewPeople ? fewPeopleNote : "")
            sheet.number(row, 6, centre.medianStay, .decimal)
            sheet.number(row, 7, centre.jobs)
            sheet.number(row, 8, centre.jobHours, .decimal)
        }
        sheet.table(name: "Activering", firstRow: top, firstColumn: 0, lastRow: top + section.centres.count,
                    headers: ["Centrum", "Actief", "Instroom", "Uitstroom", "Uitstroom %", "Opmerking", "Verblijf mediaan", "Klussen", "Uren klussen"])
        for (column, width) in [28.0, 9, 10, 10, 13, 48, 16, 9, 13].enumerated() { sheet.columnWidth(column, width) }
        sheet.freeze(rows: top + 1)

        let matrix = workbook.addSheet("Uitstroom naar bestemming")
        matrix.text(0, 0, "Uitstroom naar bestemming per centrum, \(section.period)", .heading)
        let centres = section.centres.dropLast().map(\.name)
        for (row, centre) in centres.enumerated() {
            matrix.text(top + 1 + row, 0, centre)
            for (column, count) in section.outflowByDestination[row].enumerated() { matrix.number(top + 1 + row, column + 1, count) }
        }
        matrix.table(name: "Bestemmingen", firstRow: top, firstColumn: 0, lastRow: top + centres.count, headers: ["Centrum"] + section.destinations)
        matrix.columnWidth(0, 28)
        for column in section.destinations.indices { matrix.columnWidth(column + 1, 15) }
        matrix.freeze(rows: top + 1)
        let first = top + 2, last = top + 1 + centres.count
        let series = section.destinations.enumerated().map { index, name in
            let letter = WorkbookRenderer.columnLetter(index + 1)
            return (name: name, values: "='Uitstroom naar bestemming'!$\(letter)$\(first):$\(letter)$\(last)")
        }
        let chart = workbook.chart(.column, title: "Uitstroom naar bestemming per centrum", categories: "='Uitstroom naar bestemming'!$A$\(first):$A$\(last)",
                                   series: series, yAxis: "Deelnemers")
        matrix.insert(chart: chart, row: last + 2, column: 0)
    }

    /// Names for the text template, inside `{{#activering}}...{{/activering}}`.
    static func context(_ section: ActiveringSection) -> [String: Any] {
        var table = TextTable(header: ["Centrum", "actief", "in", "uit", "uitstroom %", "verblijf (dagen)", "klussen", "uren"])
        for centre in section.centres {
            let rate = centre.rate.map { DutchFormat.decimal($0) + "%" + (centre.fewPeople ? "*" : "") } ?? "-"
            table.rows.append([centre.name, DutchFormat.number(centre.active), DutchFormat.number(centre.inflow), DutchFormat.number(centre.outflow),
                               rate, DutchFormat.number(centre.medianStay), DutchFormat.number(centre.jobs), DutchFormat.number(centre.jobHours)])
        }
        var destinations = TextTable(header: ["Bestemming"] + section.centres.dropLast().map { String($0.name.prefix(while: { $0 != " " })) })
        for (column, destination) in section.destinations.enumerated() {
            destinations.rows.append([destination] + section.outflowByDestination.map { DutchFormat.number($0[column]) })
        }
        let trend = zip(section.labels, section.rateTrend).map { "\($0): \($1.map { DutchFormat.decimal($0) + "%" } ?? "-")" }.joined(separator: "; ")
        return [
            "titel": section.title,
            "tabel": table.render(),
            "voetnoot": section.centres.contains(where: \.fewPeople) ? "* \(fewPeopleNote)" : "",
            "bestemmingen": destinations.render(),
            "uitstroompercentage_trend": trend,
        ]
    }
}
