import TerminalUI

/// A receipt as a list of ESC/POS commands, ready to be turned into the printer's byte stream.
public struct EscPosDocument: Equatable, Sendable {
    /// Columns of a 58 mm roll in font A (12x24 dots, 384 dots a line); a Chinese character takes two.
    public static let columns58mm = 32
    /// Columns of an 80 mm roll in font A (576 dots a line); a Chinese character takes two.
    public static let columns80mm = 48

    /// The commands in the order they are sent.
    public var commands: [EscPosCommand]

    /// A document of the given commands.
    public init(commands: [EscPosCommand] = []) {
        self.commands = commands
    }

    /// The document's byte stream; nil when a line cannot be encoded as GB18030.
    public func bytes() -> [UInt8]? {
        var stream: [UInt8] = []
        for command in commands {
            guard let bytes = command.bytes() else { return nil }
            stream += bytes
        }
        return stream
    }

    /// The printed lines, in order.
    public var lines: [String] {
        commands.compactMap { command in
            if case .line(let text) = command { text } else { nil }
        }
    }
}

extension EscPosDocument {
    /// A receipt from its already localised lines: the first is the heading, printed bold, centred and
    /// double-size; every line is wrapped to `columns` (a Chinese character counts two); ends with a cut.
    ///
    /// Sends ESC @, then FS & so the printer reads double-byte GB codes, then the text, then GS V.
    /// A `qrCode` (the receipt's check code) is printed centred below the text.
    public static func receipt(lines: [String], columns: Int, qrCode: String? = nil, cut: EscPosCut = .partial) -> EscPosDocument {
        let width = max(columns, 2)
        var document = EscPosDocument(commands: [.initialise, .chineseMode(true)])
        if let heading = lines.first {
            document.commands += [.justification(.center), .emphasis(true), .characterSize(width: 2, height: 2)]
            document.commands += wrapped(heading, columns: width / 2).map(EscPosCommand.line)
            document.commands += [.characterSize(width: 1, height: 1), .emphasis(false), .justification(.left)]
            document.commands.append(.feed(lines: 1))
        }
        for line in lines.dropFirst() {
            document.commands += wrapped(line, columns: width).map(EscPosCommand.line)
        }
        if let qrCode {
            document.commands += [.justification(.center), .qrCode(qrCode), .feed(lines: 1), .justification(.left)]
        }
        document.commands.append(.cut(cut))
        return document
    }

    /// The printed lines of one receipt line: wrapped by display width, a blank line kept as one empty line.
    public static func wrapped(_ line: String, columns: Int) -> [String] {
        var printed: [String] = []
        for paragraph in line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let text = EscPosCommand.printable(String(paragraph))
            let wrapped = TextLayout.wrap(text, width: max(columns, 2))
            printed += wrapped.isEmpty ? [""] : wrapped
        }
        return printed
    }
}
