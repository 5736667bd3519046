/// The organisations impact knows, in the order `impact status`, `impact figures` and the `Definities`
/// sheet list them. Adding an organisation adds one line here.
public enum Registry {
    public static let all: [any Organisation] = [Dromen(), Activering(), Zwo()]

    /// Every export of every organisation.
    public static var exports: [ExportKind] { all.flatMap(\.exports) }

    /// The organisation a figure belongs to, by its name as `impact figures` writes it.
    public static func organisation(of figure: String) -> (any Organisation)? {
        all.first { $0.definition(named: figure) != nil }
    }

    public static func definition(of figure: String) -> FigureDefinition? {
        all.lazy.compactMap { $0.definition(named: figure) }.first
    }

    /// Every figure name, for the message about an unknown one.
    public static var figureNames: [String] { all.flatMap { $0.figures.map(\.name) } }

    /// The organisation whose block this is (`zwo-verloop`).
    public static func block(named name: String) -> (organisation: any Organisation, builder: BlockBuilder)? {
        for organisation in all {
            if let builder = organisation.blocks.first(where: { $0.name == name }) { return (organisation, builder) }
        }
        return nil
    }

    public static var blockNames: [String] { all.flatMap { $0.blocks.map(\.name) } }
}
