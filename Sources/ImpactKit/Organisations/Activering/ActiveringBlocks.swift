/// The activeringscentra's own report blocks: the centres side by side, and outflow by destination per
/// centre with a native column chart.
enum ActiveringBlocks {
    static let all = [centres, destinations]
    static let fewPeopleNote = "gebaseerd op minder dan \(ActiveringFigures.fewPeople) uitstromers: voorzichtig lezen"
    static let fewPeopleNoteEnglish = "based on fewer than \(ActiveringFigures.fewPeople) leavers: read with care"
    typealias Figures = ActiveringFigures

    static let centres = BlockBuilder(
        name: "activering-centra",
        summary: "per centrum actief, in- en uitstroom, uitstroompercentage (gemarkeerd bij weinig uitstromers), verblijfsduur en klussen"
    ) { input in
        let builder = SectionBuilder(input)
        let period = input.comparison.current, l = input.language
        let note = l.text(nl: fewPeopleNote, en: fewPeopleNoteEnglish)
        let rows = Activeringscentra.centres.labels.map { (Figures.Breakdown.centre, $0) } + [(FigureValue.total, FigureValue.total)]
        var cells = rows.map { breakdown, category -> [ReportCell] in
            let outflow = input.figures.value(Figures.outflow, breakdown, category, in: period) ?? 0
            var rate = builder.cell(Figures.outflowRate, breakdown, category, in: period)
            let few = outflow > 0 && outflow < Double(Figures.fewPeople) && !rate.hidden && rate.number != nil
            if few { rate.mark = "*" }
            return [.text(Figures.glossary.category(category, of: breakdown, in: l)), builder.cell(Figures.active, breakdown, category, in: period),
                    builder.cell(Figures.inflow, breakdown, category, in: period),
                    builder.cell(Figures.outflow, breakdown, category, in: period), rate, .text(few ? note : ""),
                    builder.cell(Figures.stayMedian, breakdown, category, in: period), builder.cell(Figures.jobs, breakdown, category, in: period),
                    builder.cell(Figures.jobHours, breakdown, category, in: period)]
        }
        var centreRows = Array(cells.dropLast())
        builder.suppress(&centreRows, columns: [1, 2, 3, 7])
        cells = centreRows + [cells.last!]
        var table = ReportTable(
            title: l.text(nl: "Activeringscentra", en: "Activation centres") + " \(period.label)",
            note: l.text(nl: "Uitstroompercentage: aandeel naar vrijwilligerswerk, re-integratie, betaald werk of opleiding. Verblijfsduur in dagen.",
                         en: "Outflow rate: share to volunteer work, re-integration, paid work or education. Length of stay in days."),
            columns: l == .en ? ["Centre", "Active", "Inflow", "Outflow", "Outflow %", "Remark", "Stay median", "Jobs", "Job hours"]
                : ["Centrum", "Actief", "Instroom", "Uitstroom", "Uitstroom %", "Opmerking", "Verblijf mediaan", "Klussen", "Uren klussen"],
            rows: cells)
        table.key = "Activeringscentra \(period.label)"
        table.textColumns = l == .en ? ["Centre", "active", "in", "out", "outflow %", "", "stay (days)", "jobs", "hours"]
            : ["Centrum", "actief", "in", "uit", "uitstroom %", "", "verblijf (dagen)", "klussen", "uren"]
        table.workbookOnlyColumns = [5]
        table.sheetName = l.text(nl: "Activering", en: "Activation")
        table.excelName = table.sheetName!
        table.widths = [28, 9, 10, 10, 13, 48, 16, 9, 13]
        if cells.contains(where: { $0[4].mark == "*" }) { table.footnotes.append("* \(note)") }
        let trend = [input.comparison.current, input.comparison.previous, input.comparison.yearEarlier].compactMap { $0 }.map { period in
            let rate = builder.cell(Figures.outflowRate, in: period)
            let shown = rate.hidden ? rate.text : rate.number.map { l.notation.percent($0) } ?? "-"
            return "\(period.label): \(shown)"
        }
        table.footnotes.append("\(builder.label(Figures.outflowRate)): \(trend.joined(separator: "; ")).")
        return ReportSection(title: "Activeringscentra", tables: [table])
    }

    static let destinations = BlockBuilder(
        name: "activering-bestemmingen",
        summary: "uitstroom per centrum naar bestemming, met een kolomgrafiek"
    ) { input in
        let builder = SectionBuilder(input)
        let period = input.comparison.current, l = input.language
        let destinations = Activeringscentra.destinations.labels
        var rows = Activeringscentra.centres.labels.map { centre in
            [ReportCell.text(centre)] + destinations.map { destination in
                var cell = builder.cell(Figures.outflow, Figures.Breakdown.centreAndDestination, "\(centre) × \(destination)", in: period)
                if cell.number == nil { cell.number = 0 }
                return cell
            }
        }
        builder.suppress(&rows, columns: Array(1...destinations.count))
        let title = l.text(nl: "Uitstroom naar bestemming per centrum", en: "Outflow by destination per centre")
        let heads = destinations.map { Figures.glossary.category($0, of: Figures.Breakdown.destination, in: l) }
        var table = ReportTable(title: "\(title), \(period.label)", columns: [l.text(nl: "Centrum", en: "Centre")] + heads, rows: rows)
        table.key = "Uitstroom naar bestemming per centrum, \(period.label)"
        table.sheetName = l.text(nl: "Uitstroom naar bestemming", en: "Outflow by destination")
        table.excelName = l.text(nl: "Bestemmingen", en: "Destinations")
        table.chart = .init(kind: .column, title: title, yAxis: l.text(nl: "Deelnemers", en: "Participants"),
                            seriesColumns: Array(1...destinations.count))
        table.widths = [28] + Array(repeating: 15, count: destinations.count)
        return ReportSection(title: "Uitstroom naar bestemming", tables: [table])
    }
}
