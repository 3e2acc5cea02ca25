import TerminalUI

/// A line of text a villager types on the keypad (phone number, bank account, search text).
public struct TextEntry: Sendable, Equatable {
    /// Which characters the entry takes.
    public enum Allowed: Sendable, Equatable {
        case digits
        /// Digits and a final X (ID numbers).
        case idNumber
        /// Anything printable (names, addresses, search text).
        case text
    }

    /// What a key did to the entry.
    public enum Outcome: Sendable, Equatable {
        case edited
        /// Enter: the person is done with this field.
        case submitted
        /// Esc, or Backspace on an empty field: the person wants to go back.
        case cancelled
        case ignored
    }

    public private(set) var text: String
    public let maxLength: Int
    public let allowed: Allowed

    /// An entry, optionally pre-filled.
    public init(_ text: String = "", maxLength: Int, allowed: Allowed) {
        self.text = String(text.prefix(maxLength))
        self.maxLength = maxLength
        self.allowed = allowed
    }

    /// Applies a key: typing, Backspace, Enter, Esc.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter:
            return .submitted
        case .escape:
            return .cancelled
        case .backspace, .delete:
            guard !text.isEmpty else { return .cancelled }
            text.removeLast()
            return .edited
        case .character(let character):
            guard text.count < maxLength, accepts(character) else { return .ignored }
            text.append(allowed == .idNumber ? Character(character.uppercased()) : character)
            return .edited
        default:
            return .ignored
        }
    }

    /// The field as drawn, with the cursor at the end.
    public func field(label: String, placeholder: String = "", masked: Bool = false) -> FormField {
        FormField(label: label, value: text, cursor: text.count, masked: masked, placeholder: placeholder)
    }

    private func accepts(_ character: Character) -> Bool {
        switch allowed {
        case .digits: character.isASCII && character.isNumber
        case .idNumber: (character.isASCII && character.isNumber) || ((character == "x" || character == "X") && text.count == 17)
        case .text: !character.isNewline && character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        }
    }
}
