extension Grid {
    /// Each row's text, continuation cells skipped and trailing spaces trimmed: the text snapshot screens are tested with.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for cell in row(y) where cell.width != 0 {
                line += cell.text
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The positions whose cell text, width or style differ from `previous` (every position when it is nil or of another size).
    public func changedPositions(since previous: Grid?) -> [(x: Int, y: Int)] {
        var changed: [(x: Int, y: Int)] = []
        guard let previous, previous.width == width, previous.height == height else {
            changed.reserveCapacity(width * height)
            for y in 0..<height {
                for x in 0..<width { changed.append((x: x, y: y)) }
            }
            return changed
        }
        cells.withUnsafeBufferPointer { mine in
            previous.cells.withUnsafeBufferPointer { theirs in
                for index in 0..<mine.count where !mine[index].looksSame(as: theirs[index]) {
                    changed.append((x: index % width, y: index / width))
                }
            }
        }
        return changed
    }
}
