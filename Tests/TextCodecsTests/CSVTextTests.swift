import Testing
import TextCodecs

struct CSVTextTests {
    @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws {
        let records = try CSVText.records("id,text\n1,\"with, comma\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\n")
        #expect(records.map(\.fields) == [["id", "text"], ["1", "with, comma"], ["2", "say \"hi\""], ["3", "two\nlines"], ["4", ""]])
        #expect(records.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test func aByteOrderMarkIsSkippedAndCRLFOrCREndLines() throws {
        #expect(try CSVText.records("\u{FEFF}a,b\r\n1,2\r\n").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(try CSVText.records("a,b\r1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let records = try CSVText.records("a\n\n\nb\r\n\r\nc")
        #expect(records.map(\.fields) == [["a"], ["b"], ["c"]])
        #expect(records.map(\.line) == [1, 4, 6])
        #expect(try CSVText.records("").isEmpty)
    }

    @Test func anUnterminatedQuoteNamesTheLineItOpensOn() {
        #expect(throws: CSVSyntaxError.unterminatedQuote(line: 2)) { try CSVText.records("a,b\n1,\"open\n3,4\n") }
        #expect(throws: CSVSyntaxError.unterminatedQuote(line: 3)) { try CSVText.records("a,b\n\"x\ny\",\"open") }
    }

    @Test func writingQuotesOnlyWhereNeededAndEndsEveryLineInCRLF() {
        let text = CSVText.text(rows: [["name", "note"], ["韦秀英", "says \"hi\", twice"], ["a\nb", "plain"]])
        #expect(text == "name,note\r\n韦秀英,\"says \"\"hi\"\", twice\"\r\n\"a\nb\",plain\r\n")
        #expect(CSVText.text(rows: []) == "")
    }

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let rows = [["id", "text"], ["1", "with, comma"], ["2", "with \"quotes\""], ["3", "two\r\nlines"], ["4", ""]]
        let records = try CSVText.records(CSVText.text(rows: rows))
        #expect(records.map(\.fields) == rows)
        #expect(records.map(\.line) == [1, 2, 3, 4, 6])
    }
}
