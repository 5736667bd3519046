/// What a figure computation may use: the store and the user's settings.
public struct FigureContext {
    public let store: Store
    public let configuration: Configuration
    public init(store: Store, configuration: Configuration) { self.store = store; self.configuration = configuration }

}

/// The figures of one period.
public typealias PeriodFigures = (period: Period, values: [FigureValue])
