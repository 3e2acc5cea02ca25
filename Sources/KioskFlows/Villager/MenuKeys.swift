import TerminalUI

/// How keys move through a numbered menu: a number key chooses at once; arrows move, Enter chooses;
/// 0 or Esc goes back.
enum MenuKeys {
    enum Outcome: Equatable {
        case moved(Int)
        case chosen(Int)
        case back
    }

    /// What `key` does in a menu of `count` items (numbered from 1) with `selected` highlighted.
    static func choice(_ key: Key, count: Int, selected: Int) -> Outcome? {
        switch key {
        case .character(let character):
            if character == "0" { return .back }
            guard let number = character.wholeNumberValue, number >= 1, number <= count else { return nil }
            return .chosen(number - 1)
        case .up:
            return count > 0 ? .moved((selected + count - 1) % count) : nil
        case .down:
            return count > 0 ? .moved((selected + 1) % count) : nil
        case .enter:
            return count > 0 ? .chosen(min(selected, count - 1)) : nil
        case .escape:
            return .back
        default:
            return nil
        }
    }
}
