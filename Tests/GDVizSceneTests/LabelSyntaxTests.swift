import XCTest
@testable import GDVizScene

/// Every drawn string is checked when the scene is read: JSON escape accidents, unknown macros and
/// environments, unbalanced braces and dollars are errors at the label's JSON path.
final class LabelSyntaxTests: XCTestCase {
    private func message(_ label: String) -> String? {
        do {
            _ = try LabelSyntax.parse(label)
            return nil
        } catch {
            return error.message
        }
    }

    // MARK: Control characters (JSON escapes that were meant as macros)

    func testTabBeforeHetaNamesTheta() {
        XCTAssertEqual(message("$\theta$"), #"a tab character in "$⇥heta$": in JSON write "\\theta""#)
    }

    func testEachEscapeLetterPicksTheMacroFromTheLettersThatFollow() {
        XCTAssertEqual(message("$\tau$"), #"a tab character in "$⇥au$": in JSON write "\\tau""#)
        XCTAssertEqual(message("$\tilde{x}$"), #"a tab character in "$⇥ilde{x}$": in JSON write "\\tilde""#)
        XCTAssertEqual(message("$\times$"), #"a tab character in "$⇥imes$": in JSON write "\\times""#)
        XCTAssertEqual(message("$\text{a}$"), #"a tab character in "$⇥ext{a}$": in JSON write "\\text""#)
        XCTAssertEqual(message("$\nabla f$"), #"a newline in "$↵abla f$": in JSON write "\\nabla""#)
        XCTAssertEqual(message("$a\neq b$"), #"a newline in "$a↵eq b$": in JSON write "\\neq""#)
        XCTAssertEqual(message("$\nu$"), #"a newline in "$↵u$": in JSON write "\\nu""#)
        XCTAssertEqual(message("$\u{8}eta$"), #"a backspace character in "$⌫eta$": in JSON write "\\beta""#)
        XCTAssertEqual(message("$\u{8}ar{x}$"), #"a backspace character in "$⌫ar{x}$": in JSON write "\\bar""#)
        XCTAssertEqual(message("$\u{8}oldsymbol{x}$"),
                       #"a backspace character in "$⌫oldsymbol{x}$": in JSON write "\\boldsymbol""#)
        XCTAssertEqual(message("$\u{8}inom{n}{k}$"), #"a backspace character in "$⌫inom{n}{k}$": in JSON write "\\binom""#)
        XCTAssertEqual(message("$\u{c}rac{1}{2}$"), #"a form feed character in "$␌rac{1}{2}$": in JSON write "\\frac""#)
        XCTAssertEqual(message("$\rho$"), #"a carriage return in "$␍ho$": in JSON write "\\rho""#)
        XCTAssertEqual(message("$\right)$"), #"a carriage return in "$␍ight)$": in JSON write "\\right""#)
    }

    func testANewlineWithoutLettersSuggestsALineBreak() {
        XCTAssertEqual(message("first\n"), #"a newline in "first↵": for a line break write "\\\\"; in JSON a backslash is written "\\""#)
    }

    func testOtherControlCharactersAreNamedByCode() {
        XCTAssertEqual(message("a\u{7}b"), #"a control character U+0007 in "a␇b": remove it"#)
    }

    // MARK: Macros, environments, braces and dollars

    func testUnknownMacroHasColumnAndSuggestion() {
        XCTAssertEqual(message("loss $\\thetta$"), #"unknown macro \thetta at column 7; did you mean \theta?"#)
        XCTAssertEqual(message("$\\argmn_x$"), #"unknown macro \argmn at column 2; did you mean \argmin?"#)
    }

    func testUnknownEnvironmentSuggestsAKnownOne() {
        XCTAssertEqual(message("$\\begin{pmatrx} a \\end{pmatrx}$"),
                       "unknown environment pmatrx at column 2; did you mean pmatrix?")
        XCTAssertEqual(message("$\\begin{pmatrix} a \\end{bmatrix}$"),
                       "\\begin{pmatrix} at column 2 is closed by \\end{bmatrix} at column 20")
        XCTAssertEqual(message("$\\begin{cases} a$"), "\\begin{cases} has no \\end{cases} at column 2")
    }

    func testUnbalancedBracesAndDollars() {
        XCTAssertEqual(message("$x^{2$"), "the { is never closed at column 4")
        XCTAssertEqual(message("$x}$"), "this } closes a group that was never opened at column 3")
        XCTAssertEqual(message("cost $x"), "the $ at column 6 opens math that is never closed (write \\$ for a dollar sign)")
        XCTAssertEqual(message("$$x$"), "the $$ at column 1 opens math that is never closed (write \\$ for a dollar sign)")
        XCTAssertEqual(message("$\\left( x$"), "\\left has no matching \\right at column 2")
        XCTAssertEqual(message("$x \\right)$"), "\\right has no matching \\left at column 4")
    }

    func testMacroOutsideMathIsAnError() {
        XCTAssertEqual(message("step \\eta"), "\\eta outside $…$ at column 6; math macros go between dollar signs: write $\\eta$")
    }

    func testScriptsNeedArgumentsAndCannotDouble() {
        XCTAssertEqual(message("$x^$"), "^ needs an argument, e.g. {x} at column 3")
        XCTAssertEqual(message("$x^2^3$"), "double superscript: write x^{ab}, or {x^a}^b at column 5")
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = "$" + String(repeating: "{", count: 500) + String(repeating: "}", count: 500) + "$"
        XCTAssertEqual(message(deep), "formula nested more than 40 levels deep at column 42")
    }

    func testHugeLabelIsAnError() {
        XCTAssertEqual(message(String(repeating: "x", count: 2001)), "a label of 2001 characters; at most 2000 fit on a figure")
        XCTAssertNil(message(String(repeating: "x", count: 2000)))
    }

    func testValidLabelsParse() {
        for label in ["$\\hat{\\theta}$ and $\\mathbb{E}[x]$", "$\\sum_{i=1}^n x_i$", "a \\$5 fee",
                      "$\\left\\| \\nabla f(x) \\right\\|_2 \\le \\varepsilon$", "line one\\\\line two",
                      "$\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$", "$\\sqrt[3]{x}$",
                      "$\\underbrace{a+b}_{n}$", "$f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases}$",
                      "$a \\\\ b$", "$\\operatorname*{arg\\,min}_x$", "$f \\colon \\textbf{bold} \\sqcup \\pmb{x}$"] {
            XCTAssertNil(message(label), label)
        }
    }

    func testLineBreaksSplitLinesAndFormulas() throws {
        let lines = try LabelSyntax.parse("Title\\\\$a \\\\ b$")
        XCTAssertEqual(lines.count, 3)
    }

    // MARK: At read time, with the JSON path

    func testSceneTitleErrorHasPath() {
        let issues = sceneIssues(scene2D(#""title": "$\theta$""#))
        XCTAssertEqual(issues.lines, [#"$.title: a tab character in "$⇥heta$": in JSON write "\\theta""#])
    }

    func testEveryTextKeyIsChecked() {
        let bad = #""$\\thet$""#
        let json = scene2D(#"""
        "axes": {"x_label": \#(bad), "y_label": \#(bad)},
        "runs": [{"start": [1, 1], "label": \#(bad)}],
        "layers": [{"type": "contours"}, {"type": "annotation", "text": \#(bad), "at": [0, 0]},
                   {"type": "curve", "label": \#(bad)}]
        """#)
        let paths = sceneIssues(json).map(\.path)
        for path in ["$.axes.x_label", "$.axes.y_label", "$.runs[0].label", "$.layers[1].text", "$.layers[2].label"] {
            XCTAssertTrue(paths.contains(path), "\(path) not checked; got \(paths)")
        }
    }

    func testUnknownMacroIssueHasCaretDetail() {
        let issues = sceneIssues(scene2D(#""title": "loss $\\thetta$""#))
        XCTAssertEqual(issues.first?.detail, "loss $\\thetta$\n      ^")
    }
}
