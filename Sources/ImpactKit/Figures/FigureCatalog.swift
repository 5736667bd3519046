/// One definition per figure (METRICS.md), in Dutch, printed on every workbook's `Definities` sheet.
public struct FigureDefinition: Sendable {
    public enum Unit: Sendable { case count, days, euros, percent }
    public let name: String
    public let unit: Unit
    public let definition: String
}

public enum FigureCatalog {
    public static let dromen: [FigureDefinition] = [
        FigureDefinition(name: DromenFigures.received, unit: .count, definition:
            "Dossiers waarvan 'Ontvangen op' in de periode valt; uitgesplitst naar programma, kanaal, categorie, leeftijdsgroep (0-5, 6-9, 10-12, 13-15, 16-18) en stadsdeel (via de postcodetabel; 'Onbekend' als de postcode ontbreekt of niet in de tabel staat)."),
        FigureDefinition(name: DromenFigures.childrenReached, unit: .count, definition:
            "Aantal verschillende kindnummers onder de dromen ontvangen in de periode."),
        FigureDefinition(name: DromenFigures.helped, unit: .count, definition:
            "Dossiers met status 'Verbonden' of 'Afgerond' waarvan 'Verbonden op' in de periode valt: een stapje dichter bij de droom."),
        FigureDefinition(name: DromenFigures.childrenHelped, unit: .count, definition:
            "Aantal verschillende kindnummers onder de geholpen dromen; 'sinds-start' geeft het gepubliceerde 'ruim 3.500 kinderen geholpen'."),
        FigureDefinition(name: DromenFigures.daysToConversation + " mediaan", unit: .days, definition:
            "'Gesprek op' min 'Ontvangen op' in dagen, voor gesprekken in de periode: de mediaan (PERCENTIEL.INC met 0,5 in Excel)."),
        FigureDefinition(name: DromenFigures.daysToConversation + " P90", unit: .days, definition:
            "Als hierboven: het 90e percentiel (PERCENTIEL.INC met 0,9); 9 op de 10 gesprekken vonden binnen zoveel dagen plaats."),
        FigureDefinition(name: DromenFigures.daysToConnection + " mediaan", unit: .days, definition:
            "'Verbonden op' min 'Ontvangen op' in dagen, voor verbindingen in de periode: de mediaan."),
        FigureDefinition(name: DromenFigures.daysToConnection + " P90", unit: .days, definition:
            "Als hierboven: het 90e percentiel."),
        FigureDefinition(name: DromenFigures.workload, unit: .count, definition:
            "Dossiers met status 'Nieuw', 'Uitgenodigd' of 'Gesprek gevoerd' in de momentopname van de periode (de stand aan het eind ervan)."),
        FigureDefinition(name: DromenFigures.parentsConnected, unit: .count, definition:
            "Geholpen dromen in de periode waarbij 'Ouders verbonden' = Ja (warme overdracht naar hulp voor de ouders)."),
        FigureDefinition(name: DromenFigures.connectedWith, unit: .count, definition:
            "De tien aanbieders of partners waarmee in de periode het vaakst een droom is verbonden, met aantallen."),
    ]

    public static let zwo: [FigureDefinition] = [
        FigureDefinition(name: ZwoFigures.raisedBySource, unit: .euros, definition:
            "In de periode tot en met de peildatum: collectes met doel 'ZWO Alo Mik!'; bankgiften (Bij) die de bankregels als 'Gift Alo Mik!' herkennen, elke mutatie één keer hoe vaak die ook in overlappende exports staat, zonder de afdrachten van collecte- en fietstochtgeld (die zijn al geteld); en het ontvangen sponsorgeld van de fietstocht, op de datum van de tocht."),
        FigureDefinition(name: ZwoFigures.totalAgainstPlan, unit: .euros, definition:
            "De drie bronnen samen tegenover het jaarplan van Alo Mik! (de som van de begroting, EUR 52.245,00): in euro's (verschil) en als percentage. 'Plan naar rato' is het plan evenredig verdeeld over de dagen van het seizoen, tot en met de peildatum."),
        FigureDefinition(name: ZwoFigures.transferred, unit: .euros, definition:
            "Overmakingen (Af) aan Alo Mik! in de periode volgens de bankregels; nog over te maken = opgehaald min overgemaakt."),
        FigureDefinition(name: ZwoFigures.progress, unit: .euros, definition:
            "Opbrengst per maand en cumulatief, naast het plan evenredig verdeeld over het seizoen (cumulatief per maandeinde)."),
        FigureDefinition(name: ZwoFigures.prognosis, unit: .euros, definition:
            "Opgehaald tot nu toe, gedeeld door het aantal verstreken dagen van het seizoen, maal het aantal dagen van het seizoen; naast hetzelfde cijfer voor het vorige seizoen op dezelfde datum."),
        FigureDefinition(name: ZwoFigures.ridePledges, unit: .euros, definition:
            "Sponsorfietstocht: toegezegd (Afstand (km) x Per km + Vast bedrag) tegenover ontvangen; openstaand is het verschil."),
        FigureDefinition(name: ZwoFigures.bankTransactions, unit: .count, definition:
            "Aantal bankmutaties in de periode (elke mutatie één keer), per categorie van de bankregels; 'Niet herkend' past bij geen regel en staat op de lijst voor de penningmeester. Er wordt niets geraden."),
    ]

    /// The common rules every figure follows (METRICS.md).
    public static let commonRules: [String] = [
        "Een periode is een kwartaal (2024-Q1), maand (2024-03), kalenderjaar (2024) of 'sinds-start' (alles tot en met het einde van de periode). 'In de periode' betekent: de datum valt op of tussen de eerste en de laatste dag.",
        "Elk cijfer staat naast de vorige periode en dezelfde periode een jaar eerder.",
        "Het Dromenregister is een momentopname per kwartaal. Een cijfer voor een periode gebruikt de export van het kwartaal waarin de periode eindigt (voor een maand: die van haar kwartaal), nooit een latere; ontbreekt die nog, dan de nieuwste eerdere, met een waarschuwing. Een eerder gerapporteerd kwartaal verandert dus niet.",
        "Mediaan en P90 zijn PERCENTIEL.INC van Excel (lineaire interpolatie), zodat een financier ze kan narekenen.",
        "Percentages: één decimaal, afgerond weg van nul.",
        "Afgekeurde regels (zie tabblad Bronnen) tellen nergens mee; ze staan met de reden in het afgekeurd-bestand per bron.",
    ]

    public static let activering: [FigureDefinition] = [
        FigureDefinition(name: ActiveringFigures.active, unit: .count, definition:
            "Deelnemers met Startdatum op of vóór het einde van de periode en Einddatum leeg of erna, in de werkmap van die periode; per centrum en per stap."),
        FigureDefinition(name: ActiveringFigures.inflow, unit: .count, definition: "Deelnemers met Startdatum in de periode; per centrum."),
        FigureDefinition(name: ActiveringFigures.outflow, unit: .count, definition: "Deelnemers met Einddatum in de periode; per centrum en per bestemming (Uitstroom naar)."),
        FigureDefinition(name: ActiveringFigures.outflowRate, unit: .percent, definition:
            "Van de deelnemers met Einddatum in de periode: het aandeel met Uitstroom naar Vrijwilligerswerk, Re-integratietraject, Betaald werk of Opleiding; per centrum, en per bestemming het aandeel van alle uitstromers. Een percentage over minder dan 5 uitstromers staat er wel, maar gemarkeerd: gebaseerd op weinig mensen."),
        FigureDefinition(name: ActiveringFigures.stay + " mediaan", unit: .days, definition:
            "Dagen van Startdatum tot Einddatum voor wie in de periode uitstroomde: de mediaan (PERCENTIEL.INC met 0,5)."),
        FigureDefinition(name: ActiveringFigures.stay + " P90", unit: .days, definition: "Als hierboven: het 90e percentiel."),
        FigureDefinition(name: ActiveringFigures.jobs, unit: .count, definition:
            "Aantal klussen in de periode (een klus die in twee werkmappen staat telt één keer); per centrum en per aanvrager."),
        FigureDefinition(name: ActiveringFigures.jobHours, unit: .count, definition: "De som van Uren van die klussen; per centrum en per aanvrager."),
    ]

    /// The common rules of the ZWO figures.
    public static let zwoRules: [String] = [
        "Een seizoen loopt van 1 september tot en met 31 augustus (2018-2019). Met een peildatum lopen het seizoen en het vorige seizoen tot dezelfde dag.",
        "Elke bankmutatie telt één keer, hoe vaak die ook in overlappende exports staat; twee gelijke giften op één dag van één gever tellen allebei.",
        "Bedragen in euro's en centen; percentages met één decimaal, afgerond weg van nul.",
        "Afgekeurde regels (zie tabblad Bronnen) tellen nergens mee; ze staan met de reden in het afgekeurd-bestand per bron.",
    ]

    public static func definition(of name: String) -> FigureDefinition? { (dromen + zwo + activering).first { $0.name == name } }
}
