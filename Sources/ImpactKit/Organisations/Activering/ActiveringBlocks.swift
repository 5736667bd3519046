/// The activeringscentra's own report blocks: the centres side by side, and outflow by destination per
/// centre with a native column chart.
enum ActiveringBlocks {
    static let all = [centres, destinations]
    static let fewPeopleNote = "gebaseerd op minder dan \(ActiveringFigures.fewPeople) uitstromers: voorzichtig lezen"
    typealias Figures = ActiveringFigures

    static let centres = BlockBuilder(
        name: "activering-centra",
        summary: "per centrum actief, in- en uitstroom, uitstroompercentage (gemarkeerd bij weinig uitstromers), verblijfsduur en klussen"
    ) { input in
        let builder = SectionBuilder(input)
        let period = input.comparison.current
        let rows = Activeringscentra.centres.labels.map { (Figures.Breakdown.centre, $0) } + [(FigureValue.total, FigureValue.total)]
        var cells = rows.map { breakdown, category -> [ReportCell] in
            let outflow = input.figures.value(Figures.outflow, breakdown, category, in: period) ?? 0
            var rate = builder.cell(Figures.outflowRate, breakdown, category, in: period)
            let few = outflow > 0 && outflow < Double(Figures.fewPeople) && !rate.hidden && rate.number != nil
            if few { rate.mark = "*" }
            return [.text(category), builder.cell(Figures.active, breakdown, category, in: period), builder.cell(Figures.inflow, breakdown, category, in: period),
                    builder.cell(Figures.outflow, breakdown, category, in: period), rate, .text(few ? fewPeopleNote : ""),
                    builder.cell(Figures.stayMedian, breakdown, category, in: period), builder.cell(Figures.jobs, breakdown, category, in: period),
                    builder.cell(Figures.jobHours, breakdown, category, in: period)]
        }
        var centreRows = Array(cells.dropLast())
        builder.suppress(&centreRows, columns: [1, 2, 3, 7])
        cells = centreRows + [cells.last!]
        var table = ReportTable(
            title: "Activeringscentra \(period.label)",
            note: "Uitstroompercentage: aandeel naar vrijwilligerswerk, re-integratie, betaald werk of opleiding. Verblijfsduur in dagen.",
            columns: ["Centrum", "Actief", "Instroom", "Uitstroom", "Uitstroom %", "Opmerking", "Verblijf mediaan", "Klussen", "Uren klussen"],
            rows: cells)
        table.textColumns = ["Centrum", "actief", "in", "uit", "uitstroom %", "", "verblijf (dagen)", "klussen", "uren"]
        table.workbookOnlyColumns = [5]
        table.sheetName = "Activering"
        table.excelName = "Activering"
        table.widths = [28, 9, 10, 10, 13, 48, 16, 9, 13]
        if cells.contains(where: { $0[4].mark == "*" }) { table.footnotes.append("* \(fewPeopleNote)") }
        let trend = [input.comparison.current, input.comparison.previous, input.comparison.yearEarlier].compactMap { $0 }.map { period in
            let rate = builder.cell(Figures.outflowRate, in: period)
            let shown = rate.hidden ? rate.text : rate.number.map { DutchFormat.percent($0) } ?? "-"
            return "\(period.label): \(shown)"
        }
        table.footnotes.append("Uitstroompercentage: \(trend.joined(separator: "; ")).")
        return ReportSection(title: "Activeringscentra", tables: [table])
    }

    static let destinations = BlockBuilder(
        name: "activering-bestemmingen",
        summary: "uitstroom per centrum naar bestemming, met een kolomgrafiek"
    ) { input in
        let builder = SectionBuilder(input)
        let period = input.comparison.current
        let destinations = Activeringscentra.destinations.labels
        var rows = Activeringscentra.centres.labels.map { centre in
            [ReportCell.text(centre)] + destinations.map { destination in
                var cell = builder.cell(Figures.outflow, Figures.Breakdown.centreAndDestination, "\(centre) × \(destination)", in: period)
                if cell.number == nil { cell.number = 0 }
                return cell
            }
        }
        builder.suppress(&rows, columns: Array(1...destinations.count))
        var table = ReportTable(title: "Uitstroom naar bestemming per centrum, \(period.label)", columns: ["Centrum"] + destinations, rows: rows)
        table.sheetName = "Uitstroom naar bestemming"
        table.excelName = "Bestemmingen"
        table.chart = .init(kind: .column, title: "Uitstroom naar bestemming per centrum", yAxis: "Deelnemers",
                            seriesColumns: Array(1...destinations.count))
        table.widths = [28] + Array(repeating: 15, count: destinations.count)
        return ReportSection(title: "Uitstroom naar bestemming", tables: [table])
    }
}
