/// The fixed words of every report in its language, so the renderers only format: the workbook's
/// `Samenvatting` and `Definities` sheets, the text's sources heading, the progress bar's words.
public struct ReportLabels: Sendable {
    public let summarySheet: String
    public let definitionsSheet: String
    /// The Excel table on the definitions sheet and its two column heads.
    public let definitionsTable: String
    public let definitionsColumns: [String]
    public let generalRules: String
    /// The text's closing block: its heading and where the definitions are.
    public let sourcesHeading: String
    public let definitionsPointer: String
    /// `[███|░░] 58,3% van € 52.245,00   (| = plan naar rato vandaag)`.
    public let progressOf: String
    public let progressMarker: String

    public init(_ language: Language) {
        let l = language
        summarySheet = l.text(nl: "Samenvatting", en: "Summary")
        definitionsSheet = l.text(nl: "Definities", en: "Definitions")
        definitionsTable = definitionsSheet
        definitionsColumns = [l.text(nl: "Cijfer", en: "Figure"), l.text(nl: "Definitie", en: "Definition")]
        generalRules = l.text(nl: "Algemene regels", en: "General rules")
        sourcesHeading = l.text(nl: "BRONNEN", en: "SOURCES")
        definitionsPointer = l.text(nl: "Definities van elk cijfer: zie het tabblad Definities in de bijbehorende werkmap.",
                                    en: "Definitions of every figure: see the Definitions sheet in the accompanying workbook.")
        progressOf = l.text(nl: "van", en: "of")
        progressMarker = l.text(nl: "(| = plan naar rato vandaag)", en: "(| = plan pro rata today)")
    }
}

extension FigureRules {
    /// `common` in English, one for one.
    public static let english: [String] = [
        "A period is a quarter (2024-Q1), a month (2024-03), a calendar year (2024), a season (2018-2019: 1 September to 31 August) or 'since-start' (everything up to and including the end of the period). 'In the period' means: the date falls on or between its first and last day.",
        "Every figure stands beside the previous period and the same period a year earlier.",
        "Median and P90 are Excel's PERCENTILE.INC (linear interpolation), so a funder can recompute them.",
        "Percentages: one decimal, rounded half away from zero.",
        "Rejected rows (see the Sources sheet) count nowhere; they are listed with the reason in the rejects file of each source.",
    ]

    public static func common(in language: Language) -> [String] { language == .en ? english : common }
}
