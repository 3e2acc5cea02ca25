/// An industry section of GB/T 4754-2017 (国民经济行业分类), the letters A to T.
///
/// Source: DOMAIN.md "Codes for employment records" (industry by GB/T 4754-2017 sections A-T); the twenty sections
/// are the standard's own (A agriculture, forestry, animal husbandry and fishery ... T international organisations).
public enum IndustrySection: String, CaseIterable, Hashable, Sendable, Codable {
    case A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T

    /// The key of its name in the string tables.
    public var messageKey: String { "employment.industry.\(rawValue)" }
}
