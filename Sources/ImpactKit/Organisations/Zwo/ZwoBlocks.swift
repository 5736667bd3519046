/// The ZWO group's own report blocks: the season against the plan beside last season at the same date,
/// the months with a line chart against the plan spread evenly, the plan's lines, and how the bank
/// transactions were recognised. Sums and counts only: no donor, account or description.
enum ZwoBlocks {
    static let all = [standing, progress, plan, bank]
    typealias Figures = ZwoFigures
    typealias Measure = ZwoFigures.Measure
    typealias Breakdown = ZwoFigures.Breakdown

    static let standing = BlockBuilder(
        name: "zwo-stand",
        summary: "opgehaald per bron tegen het jaarplan, overgemaakt, prognose, naast vorig seizoen op dezelfde datum"
    ) { input in
        let builder = SectionBuilder(input)
        let now = input.comparison.current, before = input.comparison.previous
        func both(_ figure: FigureDefinition, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total,
                  as unit: FigureDefinition.Unit? = nil) -> [ReportCell] {
            [builder.cell(figure, breakdown, category, in: now, as: unit),
             before == nil ? .number(nil, .euros) : builder.cell(figure, breakdown, category, in: before, as: unit)]
        }
        let total = both(Figures.raisedBySource)
        let planCell = builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.plan, in: now)
        let percentage = both(Figures.totalAgainstPlan, Breakdown.measure, Measure.percentage, as: .percent)
        let rows: [(String, [ReportCell])] = Figures.sources.map { ($0, both(Figures.raisedBySource, Breakdown.source, $0)) } + [
            ("Totaal opgehaald", total),
            ("Plan (begroting)", [planCell, builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.plan, in: before)]),
            ("Plan naar rato t/m peildatum", [builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.planToDate, in: now), .number(nil, .euros)]),
            ("Overgemaakt aan Alo Mik!", both(Figures.transferred, Breakdown.measure, Measure.transferred)),
            ("Nog over te maken", both(Figures.transferred, Breakdown.measure, Measure.stillToTransfer)),
            ("Prognose hele seizoen", both(Figures.prognosis)),
            ("Percentage van het plan", percentage),
        ]
        let previousLabel = before.map { "Vorig seizoen t/m \($0.last.dutch)" } ?? "Vorig seizoen"
        var summary = ReportTable(title: "Samenvatting", columns: ["Cijfer", "Dit seizoen", previousLabel], rows: rows.map { [.text($0.0)] + $0.1 })
        summary.placement = .summary
        summary.inText = false
        summary.excelName = "Samenvatting"
        summary.widths = [32, 16, 26]

        let previousHead = before.map { "t/m \($0.last.dutch)" } ?? "vorig seizoen"
        let difference = builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.difference, in: now)
        var bySource = ReportTable(
            title: "Opbrengst per bron", columns: ["Bron", "Opgehaald", "Plan", "Verschil", "% plan", previousHead],
            rows: Figures.sources.map { [.text($0)] + [both(Figures.raisedBySource, Breakdown.source, $0)[0], .empty, .empty, .empty,
                                                        both(Figures.raisedBySource, Breakdown.source, $0)[1]] }
                + [[.text("Totaal"), total[0], planCell, difference, percentage[0], total[1]]])
        bySource.placement = .textOnly

        var section = ReportSection(title: "Alo Mik!", tables: [summary, bySource])
        let ride = { (measure: String) in builder.cell(Figures.ridePledges, Breakdown.measure, measure, in: now) }
        let bankCategories = input.figures.categories(Figures.bankTransactions, Breakdown.category, in: now)
        var bankRows = bankCategories.map { [ReportCell.text($0), builder.cell(Figures.bankTransactions, Breakdown.category, $0, in: now)] }
        builder.suppress(&bankRows, columns: [1])
        let unrecognised = bankRows.first { $0[0].text == Figures.unrecognised }?[1] ?? .number(0, .count)
        section.values = [
            "seizoen": .text(now.label), "peildatum": .text(now.last.dutch),
            "vorig_seizoen": .text(before?.label ?? "-"), "vorige_peildatum": .text(before?.last.dutch ?? "-"),
            "opbrengst": total[0], "plan": planCell, "percentage": percentage[0],
            "plan_naar_rato": builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.planToDate, in: now),
            "overgemaakt": both(Figures.transferred, Breakdown.measure, Measure.transferred)[0],
            "nog_over_te_maken": both(Figures.transferred, Breakdown.measure, Measure.stillToTransfer)[0],
            "prognose": both(Figures.prognosis)[0],
            "prognose_methode": .text("opgehaald tot nu toe, gedeeld door de verstreken dagen van het seizoen, maal de dagen van het hele seizoen"),
            "vorig_opbrengst": total[1], "vorig_percentage": percentage[1], "vorig_prognose": both(Figures.prognosis)[1],
            "toegezegd": ride(Measure.pledged), "ontvangen": ride(Measure.received), "openstaand": ride(Measure.outstanding),
            "bankmutaties": builder.cell(Figures.bankTransactions, in: now), "niet_herkend": unrecognised,
        ]
        section.progress["voortgangsbalk"] = ReportSection.Progress(
            actual: total[0].number, target: planCell.number,
            targetToDate: input.figures.value(Figures.totalAgainstPlan, Breakdown.measure, Measure.planToDate, in: now),
            percentage: percentage[0].number)
        return section
    }

    static let progress = BlockBuilder(
        name: "zwo-verloop",
        summary: "opgehaald per maand en cumulatief tegen het plan evenredig over het seizoen, met een lijngrafiek"
    ) { input in
        let builder = SectionBuilder(input)
        let now = input.comparison.current
        let planMonths = input.figures.categories(Figures.progress, Breakdown.planCumulative, in: now)
        let months = planMonths.isEmpty ? input.figures.categories(Figures.progress, Breakdown.perMonth, in: now) : planMonths
        let rows = months.map { month in
            [ReportCell.text(month)] + [Breakdown.perMonth, Breakdown.cumulative, Breakdown.planCumulative].map { builder.cell(Figures.progress, $0, month, in: now) }
        }
        var table = ReportTable(title: "Verloop: opgehaald per maand en cumulatief, tegen het plan",
                                columns: ["Maand", "Per maand", "Cumulatief", "Plan cumulatief"], rows: rows)
        table.sheetName = "Verloop"
        table.excelName = "Verloop"
        table.widths = [10, 16, 16, 16]
        table.chart = .init(kind: .line, title: "Cumulatief opgehaald tegen het plan", yAxis: "Euro", seriesColumns: [2, 3])
        return ReportSection(title: "Verloop", tables: [table])
    }

    static let plan = BlockBuilder(name: "zwo-begroting", summary: "de regels van het jaarplan met hun totaal") { input in
        let builder = SectionBuilder(input)
        let now = input.comparison.current
        let lines = input.figures.categories(Figures.totalAgainstPlan, Breakdown.planLine, in: now)
        var table = ReportTable(title: "Begroting Alo Mik!", columns: ["Post", "Bedrag"],
                                rows: lines.map { [.text($0), builder.cell(Figures.totalAgainstPlan, Breakdown.planLine, $0, in: now)] })
        table.totalRow = [.text("Totaal"), builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.plan, in: now)]
        table.sheetName = "Begroting"
        table.excelName = "Begroting"
        table.widths = [36, 16]
        return ReportSection(title: "Begroting", tables: [table])
    }

    static let bank = BlockBuilder(
        name: "zwo-bankmutaties",
        summary: "hoeveel bankmutaties elke bankregel herkende, en hoeveel niet (aantallen, geen namen)"
    ) { input in
        let builder = SectionBuilder(input)
        let now = input.comparison.current
        var rows = input.figures.categories(Figures.bankTransactions, Breakdown.category, in: now).map {
            [ReportCell.text($0), builder.cell(Figures.bankTransactions, Breakdown.category, $0, in: now)]
        }
        builder.suppress(&rows, columns: [1])
        let threshold = input.disclosure.threshold.map { " Aantallen onder \($0) staan er als <\($0)." } ?? ""
        var table = ReportTable(
            title: "Bankmutaties per categorie van de bankregels",
            note: "Aantallen, elke mutatie één keer. 'Niet herkend': op de lijst voor de penningmeester, niet in dit rapport." + threshold,
            columns: ["Categorie", "Aantal"], rows: rows)
        table.sheetName = "Bankmutaties"
        table.excelName = "Bankmutaties"
        table.widths = [32, 10]
        return ReportSection(title: "Bankmutaties", tables: [table])
    }
}
