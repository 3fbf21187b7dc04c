import GDVizEngine
import XCTest
@testable import GDVizScene

final class SceneValidationTests: XCTestCase {
    func testWrongTypeForLearningRate() {
        let issues = sceneIssues(scene2D(#""runs": [{"start": [0, 1]}, {"start": [1, 1], "lr": "fast"}]"#))
        XCTAssertEqual(issues.lines, [#"$.runs[1].lr: expected a positive number or "auto", got "fast""#])
    }

    func testReportLinesNameTheFile() {
        do {
            _ = try SceneLoader.parse(scene2D(#""runs": [{"start": [0, 1]}, {"start": [1, 1], "lr": "fast"}]"#),
                                      file: "gd.json")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.description, #"gd.json: $.runs[1].lr: expected a positive number or "auto", got "fast""#)
        }
    }

    func testEveryProblemIsReported() {
        let json = #"""
        {
          "version": 2,
          "size": {"width": 50, "height": 600.5},
          "function": "x^2 + y^2",
          "domain": {"x": [4, -4], "y": [-2]},
          "axes": {"grid": "yes"},
          "resolution": 5,
          "runs": [
            {"label": "A", "optimizer": "adamw", "start": [1], "lr": -1, "max_steps": 2.5, "tolerance": 0, "color": "red"},
            {"label": "A", "start": [0, 0]}
          ],
          "layers": [
            {"type": "contours", "levels": 1, "colormap": "jet"},
            {"type": "trajectories", "runs": ["B"]}
          ]
        }
        """#
        let issues = sceneIssues(json)
        XCTAssertEqual(issues.lines, [
            "$.version: expected 1 (the only scene format version), got 2",
            "$.size.width: expected an integer between 100 and 8000, got 50",
            "$.size.height: expected an integer between 100 and 8000, got 600.5",
            "$.domain.x: expected min < max, got [4, -4]",
            "$.domain.y: expected an array of 2 numbers [min, max], got [-2]",
            #"$.axes.grid: expected true or false, got "yes""#,
            "$.resolution: expected an integer between 10 and 2000, got 5",
            #"$.runs[0].optimizer: expected one of \#(Self.quoted(OptimizerMethod.allCases)); got "adamw"; did you mean "adam"?"#,
            "$.runs[0].start: expected an array of 2 numbers [x, y], got [1]",
            "$.runs[0].lr: expected a positive number, got -1",
            "$.runs[0].max_steps: expected an integer between 0 and 1000000, got 2.5",
            "$.runs[0].tolerance: expected a positive number, got 0",
            ##"$.runs[0].color: expected a color "#rrggbb", got "red" (e.g. "#d62728")"##,
            #"$.runs[1].label: duplicate run label "A"; $.runs[0] has it too"#,
            "$.layers[0].levels: expected an integer between 2 and 200, got 1",
            #"$.layers[0].colormap: expected one of \#(Self.quoted(Colormap.allCases)); got "jet""#,
            #"$.layers[1].runs[0]: no run labelled "B"; the run labels are "A", "A""#,
        ])
        XCTAssertEqual(issues.count, 17)
    }

    func testUnknownKeySuggestsTheKnownOne() {
        let issues = sceneIssues(scene2D(#""runs": [{"start": [0, 1], "learning_rate": 0.1, "max_step": 10, "lable": "GD"}]"#))
        XCTAssertEqual(issues.lines, [
            #"$.runs[0].lable: unknown key "lable"; did you mean "label"?"#,
            #"$.runs[0].learning_rate: unknown key "learning_rate"; did you mean "lr"?"#,
            #"$.runs[0].max_step: unknown key "max_step"; did you mean "max_steps"?"#,
        ])
    }

    func testUnknownKeyWithoutSuggestionListsTheKeys() {
        let issues = sceneIssues(scene2D(#""axes": {"zoom": 2}"#))
        XCTAssertEqual(issues.lines, [
            #"$.axes.zoom: unknown key "zoom"; expected one of "x_label", "y_label", "equal_aspect", "grid""#,
        ])
    }

    func testWrongEnumValueSuggestsTheClosest() {
        let issues = sceneIssues(scene2D(#""layers": [{"type": "contour", "colormap": "gray"}, {"type": "trajectory"}], "runs": [{"start": [0, 0], "optimizer": "GD"}]"#))
        XCTAssertEqual(issues.lines, [
            #"$.runs[0].optimizer: expected one of \#(Self.quoted(OptimizerMethod.allCases)); got "GD"; did you mean "gd"?"#,
            #"$.layers[0].type: expected one of \#(LayerTable.kinds.map { "\"\($0.name)\"" }.joined(separator: ", ")); got "contour"; did you mean "contours"?"#,
            #"$.layers[1].type: expected one of \#(LayerTable.kinds.map { "\"\($0.name)\"" }.joined(separator: ", ")); got "trajectory"; did you mean "trajectories"?"#,
        ])
    }

    func testStartLengthMustMatchTheDimension() {
        let twoD = sceneIssues(scene2D(#""runs": [{"start": [1, 2, 3]}, {"start": 1}]"#))
        XCTAssertEqual(twoD.lines, [
            "$.runs[0].start: expected an array of 2 numbers [x, y], got [1, 2, 3]",
            "$.runs[1].start: expected an array of 2 numbers [x, y], got 1",
        ])
        let oneD = sceneIssues(#"{"function": "x^2", "domain": {"x": [-1, 1]}, "runs": [{"start": [1, 2]}, {}]}"#)
        XCTAssertEqual(oneD.lines, [
            "$.runs[0].start: expected a number or an array of 1 number [x], got [1, 2]",
            "$.runs[1].start: missing; expected a number or an array of 1 number [x]",
        ])
    }

    func testLayerMustReferenceExistingRuns() {
        let issues = sceneIssues(scene2D(#"""
            "runs": [{"label": "GD, $\\eta = 0.1$", "start": [1, 1]}, {"label": "slow", "start": [0, 1]}],
            "layers": [{"type": "trajectories", "runs": ["slow", "GD, $\\eta=0.1$", "fast"]}]
            """#))
        XCTAssertEqual(issues.lines, [
            #"$.layers[0].runs[1]: no run labelled "GD, $\\eta=0.1$"; the run labels are "GD, $\\eta = 0.1$", "slow"; did you mean "GD, $\\eta = 0.1$"?"#,
            #"$.layers[0].runs[2]: no run labelled "fast"; the run labels are "GD, $\\eta = 0.1$", "slow""#,
        ])
    }

    func testLayerReferencingRunsWhenThereAreNone() {
        let issues = sceneIssues(scene2D(#""layers": [{"type": "trajectories", "runs": ["GD"]}]"#))
        XCTAssertEqual(issues.lines, [#"$.layers[0].runs[0]: no run labelled "GD"; the scene has no runs"#])
    }

    func testDuplicateRunLabels() {
        let issues = sceneIssues(scene2D(#"""
            "runs": [{"label": "GD", "start": [1, 1]}, {"label": "run 3", "start": [0, 1]},
                     {"start": [0, 0]}, {"label": "GD", "start": [2, 2]}]
            """#))
        XCTAssertEqual(issues.lines, [
            #"$.runs[2]: duplicate run label "run 3"; $.runs[1] has it too"#,
            #"$.runs[3].label: duplicate run label "GD"; $.runs[0] has it too"#,
        ])
    }

    func testDomainNeedsMinBelowMax() {
        let issues = sceneIssues(#"{"function": "x*y", "domain": {"x": [1, 1], "y": [3, -3]}}"#)
        XCTAssertEqual(issues.lines, [
            "$.domain.x: expected min < max, got [1, 1]",
            "$.domain.y: expected min < max, got [3, -3]",
        ])
    }

    func testMissingRequiredKeys() {
        let issues = sceneIssues(#"{"title": "nothing yet"}"#)
        XCTAssertEqual(issues.map(\.path), ["$.function", "$.domain"])
        // Without a function, a domain without y makes the scene 1-D: no complaint about y.
        XCTAssertEqual(sceneIssues(#"{"domain": {"x": [0, 1]}}"#).map(\.path), ["$.function"])
        let twoD = sceneIssues(#"{"function": "x*y", "domain": {"x": [0, 1]}}"#)
        XCTAssertEqual(twoD.lines, [
            "$.domain.y: missing; expected an array of 2 numbers [min, max] (a 2-D scene needs a y range)",
        ])
    }

    func testInvalidJSONIsOneIssueAtTheRootWithLineAndColumn() {
        let issues = sceneIssues("{\n  \"function\": \"x^2\",\n  \"domain\": {\"x\": [0, 1],}\n}")
        XCTAssertEqual(issues.lines, [
            #"$: invalid JSON at line 3, column 26: trailing comma before "}"; JSON allows none"#,
        ])
    }

    func testJSONSyntaxMessages() {
        func message(_ text: String) -> String? { JSONSyntaxCheck.firstError(in: Array(text.utf8))?.description }
        XCTAssertNil(message(#"{"a": [1, -2.5e3, true, false, null, "\u00e9\n"], "b": {}}"#))
        XCTAssertEqual(message(""), "line 1, column 1: the file is empty; expected a JSON object {...}")
        XCTAssertEqual(message(#"{"a": 1 "b": 2}"#),
                       #"line 1, column 9: expected "," or "}" after a value, got "\""; is a comma missing?"#)
        XCTAssertEqual(message("{lr: 1}"), #"line 1, column 2: expected a key in double quotes, got "l"; write "lr""#)
        XCTAssertEqual(message("{'lr': 1}"), #"line 1, column 2: expected a key in double quotes, got "'"; strings and keys need double quotes"#)
        XCTAssertEqual(message("{\"a\": 1} // note"), #"line 1, column 10: unexpected "/" after the end of the JSON document"#)
        XCTAssertEqual(message("{\"a\": True}"), "line 1, column 7: unexpected True; write true")
        XCTAssertEqual(message("[1, 2"), #"line 1, column 6: expected "," or "]" after a value, got end of file"#)
        XCTAssertEqual(message("{\"t\": \"$\\eta$\"}"),
                       #"line 1, column 10: invalid escape \e in a string; write \\ for a backslash (in math, "$\\eta$")"#)
        XCTAssertNil(message("[1e400]"), "well-formed; its range is a value issue at its path (StrictJSONTests)")
        XCTAssertEqual(message("[01]"), "line 1, column 2: numbers cannot start with 0 followed by digits")
        XCTAssertEqual(message("\u{FEFF}[1,]"), #"line 1, column 4: trailing comma before "]"; JSON allows none"#)
    }

    func testTopLevelMustBeAnObject() {
        XCTAssertEqual(sceneIssues("[1, 2]").lines, ["$: expected an object with the scene's keys, got [1, 2]"])
    }

    func testExpressionErrorCarriesColumnAndCaret() {
        let issues = sceneIssues(#"{"function": "(x^2 + y))", "domain": {"x": [0, 1], "y": [0, 1]}}"#)
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.path, "$.function")
        XCTAssertEqual(issues.first?.message, "unmatched ')' at column 10")
        XCTAssertEqual(issues.first?.detail, "(x^2 + y))\n         ^")
    }

    func testExpressionErrorInsideAnObjectPointsAtTheExpression() {
        let issues = sceneIssues(#"{"function": {"expression": "a*x^2 + b*z", "params": {"a": 1, "b": 2}}, "domain": {"x": [0, 1]}}"#)
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.path, "$.function.expression")
        XCTAssertTrue(issues.first?.message.hasPrefix("unknown name 'z' at column 11;") ?? false,
                      issues.first?.message ?? "")
        XCTAssertEqual(issues.first?.detail, "a*x^2 + b*z\n          ^")
    }

    func testDetailLinesAreIndentedInTheReport() {
        let error = SceneValidationError(file: "f.json", issues: [
            SceneIssue(path: "$.function", message: "unmatched ')' at column 4", detail: "x+1)\n   ^"),
        ])
        XCTAssertEqual(error.description, "f.json: $.function: unmatched ')' at column 4\n    x+1)\n       ^")
    }

    func testParameterProblems() {
        let issues = sceneIssues(#"{"function": {"expression": "a*x^2", "params": {"a": "one", "x": 2, "sin": 1}}, "domain": {"x": [0, 1]}}"#)
        XCTAssertEqual(issues.lines, [
            #"$.function.params.a: expected a number, got "one""#,
            #"$.function.params.sin: "sin" is a function name and cannot be a parameter"#,
            #"$.function.params.x: "x" is a variable and cannot be a parameter"#,
        ])
    }

    func testDimensionOneWithAnExpressionInY() {
        let issues = sceneIssues(#"{"function": "x + y", "dimension": 1, "domain": {"x": [0, 1]}}"#)
        XCTAssertEqual(issues.lines, ["$.dimension: expected 2 because the function uses y, got 1"])
    }

    func testLayersMustFitTheDimension() {
        let oneD = sceneIssues(#"{"function": "x^2", "domain": {"x": [0, 1]}, "layers": [{"type": "contours"}]}"#)
        XCTAssertEqual(oneD.lines, [
            #"$.layers[0].type: "contours" layers need a 2-D scene, but this scene is 1-D; did you mean "curve"?"#,
        ])
        let twoD = sceneIssues(scene2D(#""layers": [{"type": "curve"}]"#))
        XCTAssertEqual(twoD.lines, [
            #"$.layers[0].type: "curve" layers need a 1-D scene, but this scene is 2-D; did you mean "contours"?"#,
        ])
    }

    func testExplicitLevelsMustIncreaseAndTakeNoSpacing() {
        let issues = sceneIssues(scene2D(#""layers": [{"type": "contours", "levels": [1, 5, 3, "x"], "spacing": "log"}, {"type": "contours", "levels": []}]"#))
        XCTAssertEqual(issues.lines, [
            "$.layers[0].levels[2]: expected a level greater than 5 (levels must increase), got 3",
            #"$.layers[0].levels[3]: expected a number, got "x""#,
            #"$.layers[0].spacing: "spacing" applies only when "levels" is a count; remove it or give a count"#,
            "$.layers[1].levels: expected a count or at least one level, got []",
        ])
    }

    func testLevelsOfTheWrongType() {
        let issues = sceneIssues(scene2D(#""layers": [{"type": "contours", "levels": "15"}]"#))
        XCTAssertEqual(issues.lines, [
            #"$.layers[0].levels: expected a count between 2 and 200 or an array of increasing levels, got "15""#,
        ])
    }

    func testBooleansAreNotNumbers() {
        let issues = sceneIssues(scene2D(#""resolution": true"#))
        XCTAssertEqual(issues.lines, ["$.resolution: expected an integer between 10 and 2000, got true"])
    }

    func testLayerWithoutType() {
        let issues = sceneIssues(scene2D(#""layers": [{"levels": 3}]"#))
        XCTAssertEqual(issues.lines, [
            #"$.layers[0].type: missing; expected one of \#(LayerTable.kinds.map { "\"\($0.name)\"" }.joined(separator: ", "))"#,
        ])
    }

    func testKeysThatAreNotIdentifiersAreQuotedInPaths() {
        let issues = sceneIssues(scene2D(#""axes": {"x label": "$x$"}"#))
        XCTAssertEqual(issues.first?.path, #"$.axes["x label"]"#)
        XCTAssertEqual(issues.first?.message, #"unknown key "x label"; did you mean "x_label"?"#)
    }

    /// `"a", "b", "c"`: the allowed values as the reader lists them (the sets grow with new features).
    static func quoted<T: RawRepresentable>(_ cases: [T]) -> String where T.RawValue == String {
        cases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    }
}
