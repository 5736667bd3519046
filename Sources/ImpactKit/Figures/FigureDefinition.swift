/// One figure of METRICS.md: its name (exactly as `impact figures` writes it and report definitions name
/// it), its unit and its Dutch definition, printed on every workbook's `Definities` sheet. Each
/// organisation declares its figures as constants of this type, and code refers to them by those
/// constants, never by their names: a figure that does not exist does not compile.
public struct FigureDefinition: Sendable, Hashable {
    /// `count` is a number of people or things (small counts are hidden in public reports); `hours` a sum;
    /// `tenths` a measure always shown with one decimal (a response time of 2,0 hours).
    public enum Unit: Sendable, Hashable { case count, days, hours, tenths, euros, percent }
    public let name: String
    public let unit: Unit
    public let definition: String
    /// For a percentage of people: the count it is a share of (same breakdown and category, or the
    /// total for the breakdowns in `denominatorTotalFor`). A public report hides the percentage when that
    /// count is below its threshold.
    public let denominator: String?
    public let denominatorTotalFor: Set<String>
    /// For a percentage: the count above the line (shown beside it in a funder's report, with the denominator).
    public let numerator: String?
    /// The unit of its breakdowns when it differs from the total's (`Doorverwezen`: a percentage in total,
    /// a count per destination).
    public let breakdownUnit: Unit?
    /// For a figure whose categories overlap (a visit names several topics): each category's share is of
    /// the figure's total, the shares add up to more than 100%, and this note says so under its tables.
    public let overlapNote: String?

    public init(_ name: String, _ unit: Unit, numerator: String? = nil, denominator: String? = nil, denominatorTotalFor: Set<String> = [],
                breakdownUnit: Unit? = nil, overlapNote: String? = nil, _ definition: String) {
        self.name = name; self.unit = unit; self.definition = definition; self.numerator = numerator
        self.denominator = denominator; self.denominatorTotalFor = denominatorTotalFor
        self.breakdownUnit = breakdownUnit; self.overlapNote = overlapNote
    }

    /// The English of the name, the definition and the overlap note, for funders abroad (`--taal en`): set
    /// with `.english(...)` beside the Dutch, in the organisation's own folder.
    public struct English: Sendable, Hashable {
        public let name: String
        public let definition: String
        public let overlapNote: String?
    }
    public private(set) var english: English?

    /// The same figure with its English name and definition.
    public func english(_ name: String, overlapNote: String? = nil, _ definition: String) -> FigureDefinition {
        var copy = self
        copy.english = English(name: name, definition: definition, overlapNote: overlapNote)
        return copy
    }

    /// The name in `language`; the Dutch one where no English is given.
    public func name(in language: Language) -> String { language == .en ? english?.name ?? name : name }
    public func definition(in language: Language) -> String { language == .en ? english?.definition ?? definition : definition }
    public func overlapNote(in language: Language) -> String? { language == .en ? english?.overlapNote ?? overlapNote : overlapNote }

    /// The unit of its values in `breakdown`.
    public func unit(in breakdown: String) -> Unit { breakdown == FigureValue.total ? unit : breakdownUnit ?? unit }
}

extension FigureValue {
    public init(_ figure: FigureDefinition, breakdown: String = total, category: String = total, period: String, value: Double?) {
        self.init(figure: figure.name, breakdown: breakdown, category: category, period: period, value: value)
    }
}
