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
        let l = input.language, day = input.language.notation.day
        func source(_ name: String) -> ReportCell { .text(Figures.glossary.category(name, of: Breakdown.source, in: l)) }
        func both(_ figure: FigureDefinition, _ breakdown: String = FigureValue.total, _ category: String = FigureValue.total,
                  as unit: FigureDefinition.Unit? = nil) -> [ReportCell] {
            [builder.cell(figure, breakdown, category, in: now, as: unit),
             before == nil ? .number(nil, .euros) : builder.cell(figure, breakdown, category, in: before, as: unit)]
        }
        let total = both(Figures.raisedBySource)
        let planCell = builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.plan, in: now)
        let percentage = both(Figures.totalAgainstPlan, Breakdown.measure, Measure.percentage, as: .percent)
        let rows: [(ReportCell, [ReportCell])] = Figures.sources.map { (source($0), both(Figures.raisedBySource, Breakdown.source, $0)) } + [
            (.text(l.text(nl: "Totaal opgehaald", en: "Total raised")), total),
            (.text(l.text(nl: "Plan (begroting)", en: "Plan (budget)")), [planCell, builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.plan, in: before)]),
            (.text(l.text(nl: "Plan naar rato t/m peildatum", en: "Plan pro rata to the report date")),
             [builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.planToDate, in: now), .number(nil, .euros)]),
            (.text(l.text(nl: "Overgemaakt aan Alo Mik!", en: "Transferred to Alo Mik!")), both(Figures.transferred, Breakdown.measure, Measure.transferred)),
            (.text(l.text(nl: "Nog over te maken", en: "Still to transfer")), both(Figures.transferred, Breakdown.measure, Measure.stillToTransfer)),
            (.text(l.text(nl: "Prognose hele seizoen", en: "Forecast for the whole season")), both(Figures.prognosis)),
            (.text(l.text(nl: "Percentage van het plan", en: "Percentage of the plan")), percentage),
        ]
        let lastSeason = l.text(nl: "Vorig seizoen", en: "Last season"), through = l.text(nl: "t/m", en: "to")
        let previousLabel = before.map { "\(lastSeason) \(through) \(day($0.last))" } ?? lastSeason
        var summary = ReportTable(title: l.text(nl: "Samenvatting", en: "Summary"),
                                  columns: [l.text(nl: "Cijfer", en: "Figure"), l.text(nl: "Dit seizoen", en: "This season"), previousLabel],
                                  rows: rows.map { [$0.0] + $0.1 })
        summary.key = "Samenvatting"
        summary.placement = .summary
        summary.inText = false
        summary.excelName = l.text(nl: "Samenvatting", en: "Summary")
        summary.widths = [32, 16, 26]

        let previousHead = before.map { "\(through) \(day($0.last))" } ?? l.text(nl: "vorig seizoen", en: "last season")
        let difference = builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.difference, in: now)
        var bySource = ReportTable(
            title: l.text(nl: "Opbrengst per bron", en: "Raised by source"),
            columns: l == .en ? ["Source", "Raised", "Plan", "Difference", "% of plan", previousHead] : ["Bron", "Opgehaald", "Plan", "Verschil", "% plan", previousHead],
            rows: Figures.sources.map { [source($0)] + [both(Figures.raisedBySource, Breakdown.source, $0)[0], .empty, .empty, .empty,
                                                        both(Figures.raisedBySource, Breakdown.source, $0)[1]] }
                + [[.text(l.text(nl: "Totaal", en: "Total")), total[0], planCell, difference, percentage[0], total[1]]])
        bySource.key = "Opbrengst per bron"
        bySource.placement = .textOnly

        var section = ReportSection(title: "Alo Mik!", tables: [summary, bySource])
        let ride = { (measure: String) in builder.cell(Figures.ridePledges, Breakdown.measure, measure, in: now) }
        let bankCategories = input.figures.categories(Figures.bankTransactions, Breakdown.category, in: now)
        var bankRows = bankCategories.map { [ReportCell.text($0), builder.cell(Figures.bankTransactions, Breakdown.category, $0, in: now)] }
        builder.suppress(&bankRows, columns: [1])
        let unrecognised = bankRows.first { $0[0].text == Figures.unrecognised }?[1] ?? .number(0, .count)
        section.values = [
            "seizoen": .text(now.label), "peildatum": .text(day(now.last)),
            "vorig_seizoen": .text(before?.label ?? "-"), "vorige_peildatum": .text(before.map { day($0.last) } ?? "-"),
            "opbrengst": total[0], "plan": planCell, "percentage": percentage[0],
            "plan_naar_rato": builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.planToDate, in: now),
            "overgemaakt": both(Figures.transferred, Breakdown.measure, Measure.transferred)[0],
            "nog_over_te_maken": both(Figures.transferred, Breakdown.measure, Measure.stillToTransfer)[0],
            "prognose": both(Figures.prognosis)[0],
            "prognose_methode": .text(l.text(nl: "opgehaald tot nu toe, gedeeld door de verstreken dagen van het seizoen, maal de dagen van het hele seizoen",
                                             en: "raised so far, divided by the elapsed days of the season, times the days of the whole season")),
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
        let now = input.comparison.current, l = input.language
        let planMonths = input.figures.categories(Figures.progress, Breakdown.planCumulative, in: now)
        let months = planMonths.isEmpty ? input.figures.categories(Figures.progress, Breakdown.perMonth, in: now) : planMonths
        let rows = months.map { month in
            [ReportCell.text(month)] + [Breakdown.perMonth, Breakdown.cumulative, Breakdown.planCumulative].map { builder.cell(Figures.progress, $0, month, in: now) }
        }
        var table = ReportTable(title: l.text(nl: "Verloop: opgehaald per maand en cumulatief, tegen het plan",
                                              en: "Progress: raised per month and cumulative, against the plan"),
                                columns: l == .en ? ["Month", "Per month", "Cumulative", "Plan cumulative"] : ["Maand", "Per maand", "Cumulatief", "Plan cumulatief"],
                                rows: rows)
        table.key = "Verloop: opgehaald per maand en cumulatief, tegen het plan"
        table.sheetName = l.text(nl: "Verloop", en: "Progress")
        table.excelName = table.sheetName!
        table.widths = [10, 16, 16, 16]
        table.chart = .init(kind: .line, title: l.text(nl: "Cumulatief opgehaald tegen het plan", en: "Cumulative raised against the plan"), yAxis: "Euro",
                            seriesColumns: [2, 3])
        return ReportSection(title: "Verloop", tables: [table])
    }

    static let plan = BlockBuilder(name: "zwo-begroting", summary: "de regels van het jaarplan met hun totaal") { input in
        let builder = SectionBuilder(input)
        let now = input.comparison.current, l = input.language
        let lines = input.figures.categories(Figures.totalAgainstPlan, Breakdown.planLine, in: now)
        var table = ReportTable(title: l.text(nl: "Begroting Alo Mik!", en: "Budget Alo Mik!"), columns: l == .en ? ["Line", "Amount"] : ["Post", "Bedrag"],
                                rows: lines.map { [.text($0), builder.cell(Figures.totalAgainstPlan, Breakdown.planLine, $0, in: now)] })
        table.key = "Begroting Alo Mik!"
        table.totalRow = [.text(l.text(nl: "Totaal", en: "Total")), builder.cell(Figures.totalAgainstPlan, Breakdown.measure, Measure.plan, in: now)]
        table.sheetName = l.text(nl: "Begroting", en: "Budget")
        table.excelName = table.sheetName!
        table.widths = [36, 16]
        return ReportSection(title: "Begroting", tables: [table])
    }

    static let bank = BlockBuilder(
        name: "zwo-bankmutaties",
        summary: "hoeveel bankmutaties elke bankregel herkende, en hoeveel niet (aantallen, geen namen)"
    ) { input in
        let builder = SectionBuilder(input)
        let now = input.comparison.current, l = input.language
        var rows = input.figures.categories(Figures.bankTransactions, Breakdown.category, in: now).map {
            [ReportCell.text(Figures.glossary.category($0, of: Breakdown.category, in: l)), builder.cell(Figures.bankTransactions, Breakdown.category, $0, in: now)]
        }
        builder.suppress(&rows, columns: [1])
        let threshold = input.disclosure.threshold.map { l.text(nl: " Aantallen onder \($0) staan er als <\($0).", en: " Counts under \($0) are shown as <\($0).") } ?? ""
        var table = ReportTable(
            title: l.text(nl: "Bankmutaties per categorie van de bankregels", en: "Bank transactions by category of the bank rules"),
            note: l.text(nl: "Aantallen, elke mutatie één keer. 'Niet herkend': op de lijst voor de penningmeester, niet in dit rapport.",
                         en: "Counts, each transaction once. 'Not recognised': on the treasurer's list, not in this report.") + threshold,
            columns: l == .en ? ["Category", "Count"] : ["Categorie", "Aantal"], rows: rows)
        table.key = "Bankmutaties per categorie van de bankregels"
        table.sheetName = l.text(nl: "Bankmutaties", en: "Bank transactions")
        table.excelName = l.text(nl: "Bankmutaties", en: "BankTransactions")
        table.widths = [32, 10]
        return ReportSection(title: "Bankmutaties", tables: [table])
    }
}
