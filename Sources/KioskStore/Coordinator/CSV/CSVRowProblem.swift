/// A row that could not be imported: its line and why.
public struct CSVRowProblem: Hashable, Sendable {
    public var line: Int
    /// A short English reason for the technician, naming the column.
    public var reason: String

    /// A problem.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
