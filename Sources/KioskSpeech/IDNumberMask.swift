/// Masks ID numbers so only their first and last four characters can be shown or spoken.
public enum IDNumberMask {
    /// Digit runs this long or longer (an optional final X included) are treated as ID or account numbers.
    public static let idLikeRunLength = 15

    /// The masked form of an ID number: first four and last four characters kept, the rest `*`
    /// (`450102199001011234` becomes `4501**********1234`); nine characters or fewer become all `*`.
    public static func mask(_ idNumber: String) -> String {
        let characters = Array(idNumber)
        guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 8)
            + String(characters.suffix(4))
    }

    /// `text` with every run of at least `idLikeRunLength` ASCII digits masked; an X or x right after
    /// 17 digits counts as the run's check character, as in an 18-character ID number.
    public static func redactingIDLikeRuns(in text: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            result += run.count >= idLikeRunLength ? mask(run) : run
            run = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                run.append(character)
            } else if character == "X" || character == "x", run.count == 17 {
                run.append(character)
                flush()
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
