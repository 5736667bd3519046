/// Which dreams each Dromen figure takes in a period, how they break down and what `impact explain`
/// shows of them: the one definition that the figures count (`DromenFigures.PeriodTally`) and explain
/// lists, so the rows behind a figure are always the rows it counted.
struct DreamRules {
    let first: Int, last: Int
    let sinceStart: Bool
    let breakdowns: DreamBreakdowns

    init(_ period: Period, areaLabels: [String]) {
        first = period.first.number; last = period.last.number; sinceStart = period.kind == .sinceStart
        breakdowns = DreamBreakdowns(areaLabels: areaLabels)
    }

    static let helpedStatuses = Set(Dromenregister.helpedStatuses.map { Dromenregister.statuses.index(of: $0)! })
    static let openStatuses = Set(Dromenregister.openStatuses.map { Dromenregister.statuses.index(of: $0)! })

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
    func isHelped(_ dream: DreamFact) -> Bool { daysToConnection(dream) != nil && Self.helpedStatuses.contains(dream.status) }

    /// In the work in hand at the period's end (a stock: not for sinds-start).
    func isOpen(_ dream: DreamFact) -> Bool { !sinceStart && Self.openStatuses.contains(dream.status) && dream.received <= last }

    // Each figure's rule: the dreams it takes, its breakdowns, and the columns explain shows.
    var received: DreamRule { DreamRule(breakdowns.received, columns: [.received, .programme, .channel, .category, .age, .area], isReceived) }
    var reached: DreamRule { DreamRule([breakdowns.programme], columns: [.child, .received, .programme], distinct: true, isReceived) }
    var helped: DreamRule { DreamRule(breakdowns.helped, columns: [.status, .connected, .programme, .category, .area], isHelped) }
    var childrenHelped: DreamRule { DreamRule([breakdowns.programme], columns: [.child, .status, .connected, .programme], distinct: true, isHelped) }
    var toConversation: DreamRule {
        DreamRule([breakdowns.programme], columns: [.received, .conversation, .programme], days: daysToConversation) { daysToConversation($0) != nil }
    }
    var toConnection: DreamRule {
        DreamRule([breakdowns.programme], columns: [.received, .connected, .status, .programme], days: daysToConnection) { daysToConnection($0) != nil }
    }
    var workload: DreamRule { DreamRule(breakdowns.workload, columns: [.received, .status, .programme], isOpen) }
    var parents: DreamRule {
        DreamRule([breakdowns.programme], columns: [.status, .connected, .parents, .programme]) { isHelped($0) && $0.parentsConnected }
    }
    var partners: DreamRule {
        DreamRule([breakdowns.partner], columns: [.status, .connected, .partner]) { isHelped($0) && $0.partner.count > 0 }
    }

    /// The rule of a figure (a median and its P90 share one), nil for one that is not a Dromen figure.
    func rule(for figure: FigureDefinition) -> DreamRule? {
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
}

/// One figure's rule: which dreams it takes, its breakdowns, for a median or P90 the days of each dream,
/// whether it counts distinct children, and the columns explain shows.
struct DreamRule {
    let breakdowns: [DreamBreakdown]
    let columns: [DreamColumn]
    let distinct: Bool
    let days: ((DreamFact) -> Int?)?
    let selects: (DreamFact) -> Bool

    init(_ breakdowns: [DreamBreakdown], columns: [DreamColumn], distinct: Bool = false, days: ((DreamFact) -> Int?)? = nil,
         _ selects: @escaping (DreamFact) -> Bool) {
        self.breakdowns = breakdowns; self.distinct = distinct; self.days = days; self.selects = selects
        self.columns = columns + (days == nil ? [] : [.days])
    }
}

/// A breakdown of the Dromen figures: its categories, and a dream's category among them.
struct DreamBreakdown {
    let name: String
    let labels: [String]
    let index: (DreamFact, _ area: Int) -> Int
    /// The category as text; for `Verbonden met` (its categories are the partners themselves) the partner.
    let label: (DreamFact, _ area: Int) -> String

    init(_ name: String, _ labels: [String], _ index: @escaping (DreamFact, Int) -> Int) {
        self.name = name; self.labels = labels; self.index = index
        label = { labels[index($0, $1)] }
    }

    init(_ name: String, label: @escaping (DreamFact, Int) -> String) {
        self.name = name; labels = []; index = { _, _ in 0 }; self.label = label
    }
}

/// The breakdowns, with the stadsdelen of the postcode table in force (`Onbekend` last).
struct DreamBreakdowns {
    let programme, channel, category, age, area, status, partner: DreamBreakdown

    init(areaLabels: [String]) {
        typealias Name = DromenFigures.Breakdown
        programme = DreamBreakdown(Name.programme, Dromenregister.programmes.labels) { dream, _ in dream.programme }
        channel = DreamBreakdown(Name.channel, Dromenregister.channels.labels) { dream, _ in dream.channel }
        category = DreamBreakdown(Name.category, Dromenregister.categories.labels) { dream, _ in dream.category }
        age = DreamBreakdown(Name.age, DromenFigures.ageBands.map(\.label)) { dream, _ in DromenFigures.ageBands.firstIndex { $0.range.contains(dream.age) } ?? 0 }
        area = DreamBreakdown(Name.area, areaLabels) { _, area in area }
        status = DreamBreakdown(Name.status, Array(Dromenregister.statuses.labels.prefix(3))) { dream, _ in dream.status }
        partner = DreamBreakdown(DromenFigures.connectedWith.name) { dream, _ in String(decoding: dream.partner, as: UTF8.self) }
    }

    var received: [DreamBreakdown] { [programme, channel, category, age, area] }
    var helped: [DreamBreakdown] { [programme, category, area] }
    var workload: [DreamBreakdown] { [programme, status] }
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
