import Foundation
import XCTest
@testable import GDVizEngine

/// Parsing: precedence, associativity, numbers, functions, names, structure, and every error kind
/// with the column it reports.
final class ParserTests: XCTestCase {
    private let xy = ["x", "y"]

    private func parse(_ source: String, parameters: [String: Double] = [:],
                       file: StaticString = #filePath, line: UInt = #line) -> MathExpression? {
        do {
            return try MathExpression.parse(source, variables: xy, parameters: parameters)
        } catch {
            XCTFail("'\(source)' failed to parse: \(error)", file: file, line: line)
            return nil
        }
    }

    // MARK: - Values

    /// (source, x, y, expected value).
    ///
    /// Tolerance 1e-12 relative (absolute below 1): the transcendental rows go through libm, which
    /// is accurate to about 1 ulp (~1e-16), and the `x^y`-style rows may go through exp/log; a
    /// wrong precedence or associativity would be off by O(1), so this cannot hide a parse error.
    private let valueTable: [(String, Double, Double, Double)] = [
        // precedence
        ("2+3*4", 0, 0, 14),
        ("(2+3)*4", 0, 0, 20),
        ("2*3+4", 0, 0, 10),
        ("2+3^2", 0, 0, 11),
        ("2*3^2", 0, 0, 18),
        ("-2^2", 0, 0, -4),              // unary minus binds looser than ^
        ("-x^2", 3, 0, -9),
        ("(-2)^2", 0, 0, 4),
        ("2^-1", 0, 0, 0.5),             // unary minus allowed in an exponent
        ("2^-1*4", 0, 0, 2),             // ... and the exponent stops before '*'
        ("2^3*2", 0, 0, 16),
        ("-x*y", 2, 5, -10),
        ("x - -y", 2, 5, 7),
        // associativity
        ("2^3^2", 0, 0, 512),            // right-associative: 2^(3^2)
        ("(2^3)^2", 0, 0, 64),
        ("8/4/2", 0, 0, 1),              // left-associative: (8/4)/2
        ("8/(4/2)", 0, 0, 4),
        ("2-3-4", 0, 0, -5),             // left-associative: (2-3)-4
        ("2-(3-4)", 0, 0, 3),
        ("x*y/x", 3, 7, 7),
        // unary chains
        ("--x", 3, 0, 3),
        ("---x", 3, 0, -3),
        ("-+-x", 3, 0, 3),
        ("+x", 3, 0, 3),
        ("- - 2", 0, 0, 2),
        ("2\u{2212}3", 0, 0, -1),        // Unicode minus sign
        // ** alias for ^
        ("x**2", 3, 0, 9),
        ("2**3**2", 0, 0, 512),
        ("x ** 2 + y**2", 3, 4, 25),
        // numbers
        ("1e-3", 0, 0, 0.001),
        ("2.5E+2", 0, 0, 250),
        ("2.5e2", 0, 0, 250),
        (".5", 0, 0, 0.5),
        (".5*x", 4, 0, 2),
        ("1.", 0, 0, 1),
        ("007", 0, 0, 7),
        ("3.25", 0, 0, 3.25),
        ("1E3", 0, 0, 1000),
        // functions
        ("sin(x)", 0.7, 0, sin(0.7)),
        ("cos(x)", 0.7, 0, cos(0.7)),
        ("tan(x)", 0.7, 0, tan(0.7)),
        ("exp(x)", 0.7, 0, exp(0.7)),
        ("log(x)", 0.7, 0, log(0.7)),
        ("sqrt(x)", 0.7, 0, sqrt(0.7)),
        ("tanh(x)", 0.7, 0, tanh(0.7)),
        ("abs(x)", -0.7, 0, 0.7),
        ("abs(x - y)", 1, 3, 2),
        ("sin(x)^2 + cos(x)^2", 1.3, 0, 1),
        ("exp(log(x*y))", 2, 3, 6),
        ("sqrt(x^2 + y^2)", 3, 4, 5),
        ("-sin(x)", 0.5, 0, -sin(0.5)),
        ("sin(x)*2", 0.5, 0, 2 * sin(0.5)),
        ("( x )", 2, 0, 2),
        // constants
        ("pi", 0, 0, Double.pi),
        ("e", 0, 0, M_E),
        ("2*pi*x", 0.5, 0, Double.pi),
        ("e^x", 2, 0, M_E * M_E),
        ("cos(pi)", 0, 0, -1),
        ("log(e)", 0, 0, 1),
        // whitespace
        ("  x\t+ \n y ", 1, 2, 3),
    ]

    func testValueTable() {
        for (source, x, y, expected) in valueTable {
            guard let expression = parse(source) else { continue }
            let value = expression.value(at: [x, y])
            let tolerance = 1e-12 * max(1, abs(expected))
            XCTAssertEqual(value, expected, accuracy: tolerance, "'\(source)' at (\(x), \(y))")
        }
    }

    /// Rows with only small-integer arithmetic (+, −, ·, and divisions with exact quotients) are
    /// exact in binary floating point, so here a bit-exact result is the point.
    func testIntegerArithmeticIsExact() {
        let table: [(String, Double)] = [
            ("2+3*4", 14), ("(2+3)*4", 20), ("8/4/2", 1), ("2-3-4", -5), ("-2^2", -4),
            ("2^3^2", 512), ("2^-1", 0.5), ("x^2", 9), ("x^3", -27), ("(x-1)^2", 16),
        ]
        for (source, expected) in table {
            guard let expression = parse(source) else { continue }
            XCTAssertEqual(expression.value(at: [-3, 0]), expected, "'\(source)'")
        }
    }

    /// An exponent that is a constant *expression* (not just a literal) must still be treated as a
    /// constant exponent, so a negative base works: (−2)^(1+1) = 4, x^2^2 at x = −2 is 16.
    func testConstantExpressionExponentWithNegativeBase() {
        let table: [(String, Double, Double)] = [
            ("x^(1+1)", -2, 4),
            ("x^2^2", -2, 16),
            ("x^(2*1)", -3, 9),
            ("x^(6/2)", -2, -8),
            ("x^(k+1)", -2, 4),
        ]
        for (source, x, expected) in table {
            guard let expression = parse(source, parameters: ["k": 1]) else { continue }
            XCTAssertEqual(expression.value(at: [x, 0]), expected, accuracy: 1e-12, "'\(source)' at x = \(x)")
        }
    }

    func testParameters() throws {
        let expression = try MathExpression.parse("a*x^2 + b*y + c", variables: xy,
                                                  parameters: ["a": 2, "b": -3, "c": 0.5])
        XCTAssertEqual(expression.value(at: [2, 1]), 2 * 4 - 3 + 0.5, accuracy: 1e-15)
        XCTAssertEqual(expression.value(at: [0, 0]), 0.5, accuracy: 1e-15)
        // Parameters are constants: the variables the expression uses are still x and y only.
        XCTAssertEqual(expression.usedVariables, ["x", "y"])
        // A parameter may be used in an exponent and inside functions.
        let e2 = try MathExpression.parse("x^n + sin(w*x)", variables: ["x"], parameters: ["n": 3, "w": 2])
        XCTAssertEqual(e2.value(at: [1.5]), 3.375 + sin(3.0), accuracy: 1e-12)
    }

    func testVariablesBeyondXY() throws {
        let expression = try MathExpression.parse("u - 2*v", variables: ["u", "v"])
        XCTAssertEqual(expression.value(at: [5, 1]), 3, accuracy: 1e-15)
        let single = try MathExpression.parse("t_1^2", variables: ["t_1"])
        XCTAssertEqual(single.value(at: [4]), 16, accuracy: 1e-15)
    }

    // MARK: - Structure

    func testStructure() throws {
        func tree(_ source: String, _ parameters: [String: Double] = [:]) throws -> String {
            try MathExpression.parse(source, variables: xy, parameters: parameters).tree.description
        }
        XCTAssertEqual(try tree("2+3*4"), "(+ 2 (* 3 4))")
        XCTAssertEqual(try tree("(2+3)*4"), "(* (+ 2 3) 4)")
        XCTAssertEqual(try tree("2^3^2"), "(^ 2 (^ 3 2))")
        XCTAssertEqual(try tree("8/4/2"), "(/ (/ 8 4) 2)")
        XCTAssertEqual(try tree("x-y-1"), "(- (- x0 x1) 1)")
        XCTAssertEqual(try tree("-x^2"), "(neg (^ x0 2))")
        XCTAssertEqual(try tree("2^-y"), "(^ 2 (neg x1))")
        XCTAssertEqual(try tree("--x"), "(neg (neg x0))")
        XCTAssertEqual(try tree("+x"), "x0")
        XCTAssertEqual(try tree("x**2"), try tree("x^2"))
        XCTAssertEqual(try tree("sin(x*y)"), "(sin (* x0 x1))")
        XCTAssertEqual(try tree("pi*a", ["a": 3]), "(* pi a)")
        XCTAssertEqual(try tree("e"), "e")
        XCTAssertEqual(try tree("((x))"), "x0")
        // Post-order: operands before their node, the left subtree before the right one.
        XCTAssertEqual(try MathExpression.parse("x*2 + y", variables: xy).tree.nodes,
                       [.variable(0), .number(2), .binary(.multiply, 0, 1), .variable(1), .binary(.add, 2, 3)])
    }

    // MARK: - Errors

    private func assertError(_ source: String, _ kind: ExpressionError.Kind, column: Int,
                             variables: [String] = ["x", "y"],
                             file: StaticString = #filePath, line: UInt = #line) {
        do {
            let expression = try MathExpression.parse(source, variables: variables)
            XCTFail("'\(source)' parsed as \(expression.tree), expected \(kind)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.kind, kind, "'\(source)': \(error.message)", file: file, line: line)
            XCTAssertEqual(error.column, column, "'\(source)': \(error.message)", file: file, line: line)
            XCTAssertEqual(error.source, source, file: file, line: line)
            XCTAssertFalse(error.message.isEmpty, file: file, line: line)
        }
    }

    func testUnexpectedCharacter() {
        assertError("x $ y", .unexpectedCharacter, column: 3)
        assertError("x + y]", .unexpectedCharacter, column: 6)
        assertError("x . y", .unexpectedCharacter, column: 3)     // a lone '.' is not a number
        assertError("x\u{2212}$", .unexpectedCharacter, column: 3) // columns count Unicode scalars
        assertError("π*x", .unexpectedCharacter, column: 1)
    }

    func testMalformedNumber() {
        assertError("1.2.3", .malformedNumber, column: 4)          // the second '.'
        assertError("2e", .malformedNumber, column: 2)             // exponent without digits, at the 'e'
        assertError("x + 2E+", .malformedNumber, column: 6)
        assertError("3e-x", .malformedNumber, column: 2)
        assertError("1..2", .malformedNumber, column: 3)
    }

    func testUnexpectedToken() {
        assertError("2x", .unexpectedToken, column: 2)             // implicit multiplication is refused
        assertError("x + * y", .unexpectedToken, column: 5)
        assertError("x y", .unexpectedToken, column: 3)
        assertError("(x)(y)", .unexpectedToken, column: 4)
        assertError("* x", .unexpectedToken, column: 1)
        assertError("x ^ ^ 2", .unexpectedToken, column: 5)
        assertError("sin x", .unexpectedToken, column: 5)          // function without '('
        assertError("sin(x, y)", .unexpectedToken, column: 6)      // one argument only
        assertError("(x, y)", .unexpectedToken, column: 3)
        assertError("x,", .unexpectedToken, column: 2)
    }

    func testUnexpectedEnd() {
        assertError("x +", .unexpectedEnd, column: 4)
        assertError("x ^", .unexpectedEnd, column: 4)
        assertError("-", .unexpectedEnd, column: 2)
        assertError("sin(x) * ", .unexpectedEnd, column: 10)
    }

    func testUnbalancedParenthesis() {
        assertError("(x + 1", .unbalancedParenthesis, column: 1)   // where '(' opened
        assertError("x * ((y + 1)", .unbalancedParenthesis, column: 5)
        assertError("x)", .unbalancedParenthesis, column: 2)
        assertError("(x))", .unbalancedParenthesis, column: 4)
        assertError("sin(x", .unbalancedParenthesis, column: 4)    // the call's '('
    }

    func testUnknownIdentifier() {
        assertError("z", .unknownIdentifier, column: 1)
        assertError("x + zeta", .unknownIdentifier, column: 5)
        assertError("y", .unknownIdentifier, column: 1, variables: ["x"])
        do {
            _ = try MathExpression.parse("q", variables: ["x"], parameters: ["a": 1])
            XCTFail("'q' parsed")
        } catch {
            // The message lists what would have been accepted.
            for name in ["'x'", "'a'", "'pi'", "'e'"] {
                XCTAssertTrue(error.message.contains(name), error.message)
            }
        }
    }

    func testUnknownFunction() {
        assertError("foo(x)", .unknownFunction, column: 1)
        assertError("x + ln(y)", .unknownFunction, column: 5)
        assertError("x(2)", .unknownFunction, column: 1)           // a variable is not callable
    }

    func testMissingArgument() {
        assertError("sin()", .missingArgument, column: 5)
        assertError("1 + exp( )", .missingArgument, column: 10)
    }

    func testEmptyExpression() {
        assertError("", .emptyExpression, column: 1)
        assertError("   ", .emptyExpression, column: 4)             // end of input, after the blanks
    }

    func testCaretDiagram() {
        let cases: [(String, String)] = [
            ("x $ y", "x $ y\n  ^"),
            ("(x + 1", "(x + 1\n^"),
            ("2x", "2x\n ^"),
            ("x\t$", "x $\n  ^"),                                   // a tab becomes one space
        ]
        for (source, diagram) in cases {
            do {
                _ = try MathExpression.parse(source, variables: xy)
                XCTFail("'\(source)' parsed")
            } catch {
                XCTAssertEqual(error.caretDiagram, diagram, "'\(source)'")
                // The caret sits under the reported column.
                let caretLine = error.caretDiagram.split(separator: "\n", omittingEmptySubsequences: false).last!
                XCTAssertEqual(caretLine.count, error.column)
                XCTAssertEqual(caretLine.last, "^")
            }
        }
        let error = ExpressionError(.unexpectedToken, "unexpected 'x'", column: 2, source: "2x")
        XCTAssertEqual(error.description, "unexpected 'x' at column 2")
    }

    func testUsedVariables() throws {
        func used(_ source: String, _ variables: [String]) throws -> [String] {
            try MathExpression.parse(source, variables: variables).usedVariables
        }
        XCTAssertEqual(try used("x^2 + y", ["x", "y"]), ["x", "y"])
        XCTAssertEqual(try used("y + 1", ["x", "y"]), ["y"])
        XCTAssertEqual(try used("z*x", ["x", "y", "z"]), ["x", "z"])   // in the order given, not of use
        XCTAssertEqual(try used("x - x", ["x", "y"]), ["x"])
        XCTAssertEqual(try used("pi + e", ["x", "y"]), [])
        XCTAssertEqual(try used("sin(y)^2", ["x", "y"]), ["y"])
    }
}
