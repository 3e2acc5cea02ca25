/// An occupation on the 2022 national occupation classification (中华人民共和国职业分类大典（2022年版）): a major group
/// 1-8 and, where known, a sub-group such as `6-29`.
///
/// Source: DOMAIN.md "Codes for employment records" (8 major groups, 79 sub-groups). The sub-group is kept as its code
/// ("major-minor"); only its major group is checked against the classification.
public struct OccupationCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The major group, 1 to 8.
    public let majorGroup: Int
    /// The sub-group number within the major group (e.g. 29 for `6-29`), when known.
    public let subGroup: Int?

    /// The eight major groups.
    public static let majorGroups = 1...8

    /// An occupation code, or nil outside the classification's major groups.
    public init?(majorGroup: Int, subGroup: Int? = nil) {
        guard OccupationCode.majorGroups.contains(majorGroup), subGroup.map({ (1...99).contains($0) }) ?? true else { return nil }
        self.majorGroup = majorGroup
        self.subGroup = subGroup
    }

    /// Parses `6` or `6-29`; nil otherwise.
    public init?(code: String) {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let major = Int(parts[0]) else { return nil }
        if parts.count == 2 {
            guard let minor = Int(parts[1]) else { return nil }
            self.init(majorGroup: major, subGroup: minor)
        } else {
            self.init(majorGroup: major)
        }
    }

    /// `6` or `6-29`.
    public var code: String { subGroup.map { "\(majorGroup)-\($0)" } ?? String(majorGroup) }

    public var description: String { code }

    /// The key of its major group's name in the string tables.
    public var messageKey: String { "employment.occupation.\(majorGroup)" }
}
