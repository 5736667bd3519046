@testable import ImpactKit
import Testing

/// A field is quoted when it holds the separator, a quote or a line break, and only then.
struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsIt() {
        #expect(CSVWriter.line(["a;b", "a,b", "zeg \"ja\"", "twee\nregels", "cr\rhier", "gewoon", "", "ë€"])
                == "\"a;b\";a,b;\"zeg \"\"ja\"\"\";\"twee\nregels\";\"cr\rhier\";gewoon;;ë€\r\n")
        #expect(CSVWriter.line(["a;b", "a,b"], separator: ",") == "a;b,\"a,b\"\r\n")
        // A separator of more than one character is looked for as text.
        #expect(CSVWriter.line(["a||b", "a|b"], separator: "||") == "\"a||b\"||a|b\r\n")
        // Text Excel would run as a formula gets a leading quote; a plain negative number does not.
        #expect(CSVWriter.line(["=SOM(A1)", "-12,5", "@x"]) == "'=SOM(A1);-12,5;'@x\r\n")
    }
}
