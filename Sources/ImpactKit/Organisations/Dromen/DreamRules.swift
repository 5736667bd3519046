/// Which dreams each Dromen figure takes in a period, how they break down and what `impact explain`
/// shows of them: the one definition that the figures count (`DromenFigures.PeriodTally`) and explain
/// lists, so the rows behind a figure are always the rows it counted. Plain values and switches, no
/// closures: the count runs once per dossier, a million times for a large register.
struct DreamRules {
    let first: Int, last: Int
    let sinceStart: Bool
    /// The stadsdelen of the postcode table in force, `Onbekend` last.
    let areaLabels: [String]

    /// The statuses that count as helped, and as open, one bit per place in the vocabulary: a Set's
    /// hashing was 5% of counting a million dossiers.
    private let helpedStatuses: UInt64, openStatuses: UInt64

    init(_ period: Period, areaLabels: [String]) {
        first = period.first.number; last = period.last.number; sinceStart = period.kind == .sinceStart
        self.areaLabels = areaLabels
        helpedStatuses = Self.bits(Dromenregister.helpedStatuses)
        openStatuses = Self.bits(Dromenregister.openStatuses)
    }

    private static func bits(_ statuses: Set<String>) -> UInt64 {
        statuses.reduce(0) { $0 | 1 << UInt64(Dromenregister.statuses.index(of: $1)!) }
    }

    private static func has(_ bits: UInt64, _ status: Int) -> Bool { status >= 0 && status < 64 && bits >> UInt64(status) & 1 == 1 }

    func isReceived(_ dream: DreamFact) -> Bool { dream.received >= first && dream.received <= last }

    /// Days from receipt to a conversation in the period; nil when there was none in it.
    func daysToConversation(_ dream: DreamFact) -> Int? {
        guard let day = dream.conversation, day >= first && day <= last else { return nil }
        return day - dream.received
    }

    /// Days from receipt to a connection in the period; nil when there was none in it.
    func daysToConnection(_ dream: DreamFact) -> Int? {
        guard let day = dream.connected, day >= first && day <= last else { return nil }
        return day - dream.received
    }

    /// Helped in the period: connected in it, with status Verbonden or Afgerond.
    func isHelped(_ dream: DreamFact) -> Bool { daysToConnection(dream) != nil && Self.has(helpedStatuses, dream.status) }

    /// In the work in hand at the period's end (a stock: not for sinds-start).
    func isOpen(_ dream: DreamFact) -> Bool { !sinceStart && Self.has(openStatuses, dream.status) && dream.received <= last }

    func selects(_ rule: DreamRule, _ dream: DreamFact) -> Bool {
        switch rule.selection {
        case .received: return isReceived(dream)
        case .helped: return isHelped(dream)
        case .conversation: return daysToConversation(dream) != nil
        case .connection: return daysToConnection(dream) != nil
        case .open: return isOpen(dream)
        case .parents: return isHelped(dream) && dream.parentsConnected
        case .partner: return isHelped(dream) && dream.partner.count > 0
        }
    }

    /// The days a median or P90 is computed from; nil for a dream the rule does not take.
    func days(_ rule: DreamRule, _ dream: DreamFact) -> Int? {
        switch rule.selection {
        case .conversation: return daysToConversation(dream)
        case .connection: return daysToConnection(dream)
        default: return nil
        }
    }

    // Each figure's rule: the dreams it takes, its breakdowns, and the columns explain shows.
    static let received = DreamRule(.received, [.programme, .channel, .category, .age, .area], columns: [.received, .programme, .channel, .category, .age, .area])
    static let reached = DreamRule(.received, [.programme], columns: [.child, .received, .programme], distinct: true)
    static let helped = DreamRule(.helped, [.programme, .category, .area], columns: [.status, .connected, .programme, .category, .area])
    static let childrenHelped = DreamRule(.helped, [.programme], columns: [.child, .status, .connected, .programme], distinct: true)
    static let toConversation = DreamRule(.conversation, [.programme], columns: [.received, .conversation, .programme, .days])
    static let toConnection = DreamRule(.connection, [.programme], columns: [.received, .connected, .status, .programme, .days])
    static let workload = DreamRule(.open, [.programme, .status], columns: [.received, .status, .programme])
    static let parents = DreamRule(.parents, [.programme], columns: [.status, .connected, .parents, .programme])
    static let partners = DreamRule(.partner, [.partner], columns: [.status, .connected, .partner])

    /// The rule of a figure (a median and its P90 share one), nil for one that is not a Dromen figure.
    static func rule(for figure: FigureDefinition) -> DreamRule? {
        switch figure {
        case DromenFigures.received: return received
        case DromenFigures.childrenReached: return reached
        case DromenFigures.helped: return helped
        case DromenFigures.childrenHelped: return childrenHelped
        case DromenFigures.daysToConversationMedian, DromenFigures.daysToConversationP90: return toConversation
        case DromenFigures.daysToConnectionMedian, DromenFigures.daysToConnectionP90: return toConnection
        case DromenFigures.workload: return workload
        case DromenFigures.parentsConnected: return parents
        case DromenFigures.connectedWith: return partners
        default: return nil
        }
    }

    /// A breakdown's categories; `Verbonden met` has none of its own (they are the partners).
    func labels(_ breakdown: DreamBreakdown) -> [String] {
        switch breakdown {
        case .programme: return Dromenregister.programmes.labels
        case .channel: return Dromenregister.channels.labels
        case .category: return Dromenregister.categories.labels
        case .age: return DromenFigures.ageBands.map(\.label)
        case .area: return areaLabels
        case .status: return Array(Dromenregister.statuses.labels.prefix(3))
        case .partner: return []
        }
    }

    /// The age band of each age 0-18, looked up once instead of searched for each dream.
    private static let ageBand = (0...18).map { age in DromenFigures.ageBands.firstIndex { $0.range.contains(age) } ?? 0 }

    /// A dream's category in a breakdown, as an index into its labels.
    func index(_ breakdown: DreamBreakdown, _ dream: DreamFact, area: Int) -> Int {
        switch breakdown {
        case .programme: return dream.programme
        case .channel: return dream.channel
        case .category: return dream.category
        case .age: return dream.age >= 0 && dream.age < Self.ageBand.count ? Self.ageBand[dream.age] : 0
        case .area: return area
        case .status: return dream.status
        case .partner: return 0
        }
    }

    /// A dream's category in a breakdown, as text: for `Verbonden met` the partner.
    func label(_ breakdown: DreamBreakdown, _ dream: DreamFact, area: Int) -> String {
        breakdown == .partner ? String(decoding: dream.partner, as: UTF8.self) : labels(breakdown)[index(breakdown, dream, area: area)]
    }
}

/// One figure's rule: which dreams it takes, its breakdowns, whether it counts distinct children, and
/// the columns explain shows.
struct DreamRule: Sendable {
    enum Selection: Sendable { case received, helped, conversation, connection, open, parents, partner }
    let selection: Selection
    let breakdowns: [DreamBreakdown]
    let columns: [DreamColumn]
    let distinct: Bool

    init(_ selection: Selection, _ breakdowns: [DreamBreakdown], columns: [DreamColumn], distinct: Bool = false) {
        self.selection = selection; self.breakdowns = breakdowns; self.columns = columns; self.distinct = distinct
    }

    /// A median or P90: computed from each dream's days.
    var hasDays: Bool { columns.contains(.days) }
}

/// The breakdowns of the Dromen figures, named as `impact figures` names them.
enum DreamBreakdown: Sendable {
    case programme, channel, category, age, area, status, partner

    var name: String {
        typealias Name = DromenFigures.Breakdown
        switch self {
        case .programme: return Name.programme
        case .channel: return Name.channel
        case .category: return Name.category
        case .age: return Name.age
        case .area: return Name.area
        case .status: return Name.status
        case .partner: return DromenFigures.connectedWith.name
        }
    }
}

/// A column explain shows of a dream: never the dream's text, the coordinator or the postcode beyond its
/// stadsdeel.
enum DreamColumn: Sendable {
    case child, received, programme, channel, category, age, area, status, conversation, connected, parents, partner
    /// The days a median or P90 is computed from.
    case days

    var title: String {
        typealias Column = Dromenregister.Column
        switch self {
        case .child: return Column.child
        case .received: return Column.received
        case .programme: return Column.programme
        case .channel: return Column.channel
        case .category: return Column.category
        case .age: return Column.age
        case .area: return DromenFigures.Breakdown.area
        case .status: return Column.status
        case .conversation: return Column.conversation
        case .connected: return Column.connected
        case .parents: return Column.parentsConnected
        case .partner: return Column.partner
        case .days: return "Dagen"
        }
    }

    func value(_ dream: DreamFact, area: String, days: Int?) -> String {
        let date = { (day: Int?) in day.map { Day(number: $0).dutch } ?? "" }
        switch self {
        case .child: return String(decoding: dream.child, as: UTF8.self)
        case .received: return date(dream.received)
        case .programme: return Dromenregister.programmes.labels[dream.programme]
        case .channel: return Dromenregister.channels.labels[dream.channel]
        case .category: return Dromenregister.categories.labels[dream.category]
        case .age: return String(dream.age)
        case .area: return area
        case .status: return Dromenregister.statuses.labels[dream.status]
        case .conversation: return date(dream.conversation)
        case .connected: return date(dream.connected)
        case .parents: return dream.parentsConnected ? "Ja" : "Nee"
        case .partner: return String(decoding: dream.partner, as: UTF8.self)
        case .days: return days.map(String.init) ?? ""
        }
    }
}
