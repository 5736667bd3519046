import Testing
@testable import ImpactKit

/// Numbers, money, percentages and dates in each language's notation: Dutch as it always was, English
/// for funders abroad (`--taal en`).
struct NotationTests {
    @Test func englishNotation() {
        let en = Notation.english
        #expect(en.integer(1_234_567) == "1,234,567" && en.integer(-5924) == "-5,924" && en.integer(12) == "12")
        #expect(en.decimal(1234.5) == "1,234.5" && en.decimal(0.25) == "0.3" && en.decimal(-0.04) == "0.0")
        #expect(en.number(5924) == "5,924" && en.number(42.6) == "42.6" && en.number(nil) == "-")
        #expect(en.percent(0.034) == "3.4%" && en.percent(-0.129) == "-12.9%")
        #expect(en.euros(1762.6) == "€1,762.60" && en.euros(-29672.47) == "-€29,672.47" && en.euros(0) == "€0.00" && en.euros(nil) == "-")
        #expect(en.day(Day(year: 2020, month: 1, day: 15)!) == "15 January 2020")
        #expect(Day(year: 2022, month: 12, day: 1)!.english == "1 December 2022")
    }

    @Test func dutchNotationIsAsItWas() {
        #expect(DutchFormat.integer(1_234_567) == "1.234.567" && DutchFormat.decimal(1234.5) == "1.234,5" && DutchFormat.decimal(0.25) == "0,3")
        #expect(DutchFormat.percent(0.706) == "70,6%" && DutchFormat.number(20.5) == "20,5")
        #expect(DutchFormat.euros(52245) == "€ 52.245,00" && DutchFormat.euros(-1234.5) == "-€ 1.234,50")
        #expect(Notation.dutch.day(Day(year: 2020, month: 1, day: 15)!) == "15-01-2020")
    }

    @Test func languageCodes() {
        #expect(Language(code: "en") == .en && Language(code: " EN ") == .en && Language(code: "nl") == .nl)
        #expect(Language(code: "de") == nil && Language(code: "") == nil)
        #expect(Language.codes == "nl, en")
        #expect(Language.en.text(nl: "Samenvatting", en: "Summary") == "Summary" && Language.nl.text(nl: "Samenvatting", en: "Summary") == "Samenvatting")
        let sinceStart = Period.sinceStart(through: Day(year: 2022, month: 12, day: 31)!)
        #expect(sinceStart.label == Period.sinceStartLabel)
        #expect(Language.en.label(sinceStart) == "since-start" && Language.nl.label(sinceStart) == "sinds-start")
        #expect(Language.en.label(.quarter(2022, 4)) == "2022-Q4")
    }
}
