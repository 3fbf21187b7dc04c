/// The catalogue. Formulas follow the usual references (Wikipedia's "Test functions for
/// optimization", the Virtual Library of Simulation Experiments); irrational stationary points
/// were computed by Newton's method at 40 digits (mpmath) and rounded to 17 significant digits.
///
///     name               f(x, y)                                              domain
///     rosenbrock         (a − x)² + b(y − x²)²,  a = 1, b = 100               [−2, 2] × [−1, 3]
///     himmelblau         (x² + y − 11)² + (x + y² − 7)²                       [−5, 5]²
///     beale              (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²   [−4.5, 4.5]²
///     booth              (x + 2y − 7)² + (2x + y − 5)²                        [−10, 10]²
///     matyas             0.26(x² + y²) − 0.48xy                               [−10, 10]²
///     three_hump_camel   2x² − 1.05x⁴ + x⁶/6 + xy + y²                        [−5, 5]²
///     six_hump_camel     (4 − 2.1x² + x⁴/3)x² + xy + (−4 + 4y²)y²             [−2.5, 2.5] × [−1.5, 1.5]
///     rastrigin          2A + Σ (x_i² − A cos 2πx_i),  A = 10                 [−5.12, 5.12]²
///     styblinski_tang    ½ Σ (x_i⁴ − 16x_i² + 5x_i)                           [−5, 5]²
///     saddle             x² − y²                                              [−2, 2]²
///     monkey_saddle      x³ − 3xy²                                            [−2, 2]²
///     3d-gradient-cos    −(cos²x + cos²y)²                                    [−4, 4]²
///
/// Six-hump camel is drawn on [−2.5, 2.5] × [−1.5, 1.5] rather than the search box [−3, 3] × [−2, 2],
/// where x⁶/3 reaches 243 at the edges and dwarfs the humps (f ≈ −1 … 2 near them); even so,
/// log-spaced contours show all six minima best.
/// 3d-gradient-cos has period π in each variable; [−4, 4]² shows its nine minima (kπ, lπ),
/// k, l ∈ {−1, 0, 1}, each with the basin around it.
extension TestFunction {
    package init(_ name: Name) {
        self.name = name
        switch name {
        case .rosenbrock:
            formula = "(a - x)^2 + b*(y - x^2)^2"
            parameters = [Parameter("a", 1), Parameter("b", 100)]
            domain = Self.box(-2, 2, -1, 3)
            knownPoints = [KnownPoint(1, 1, value: 0, .globalMinimum)]
        case .himmelblau:
            formula = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
            parameters = []
            domain = Self.square(5)
            knownPoints = [
                KnownPoint(3, 2, value: 0, .globalMinimum),
                KnownPoint(-2.8051180869527449, 3.1313125182505730, value: 0, .globalMinimum),
                KnownPoint(-3.7793102533777469, -3.2831859912861694, value: 0, .globalMinimum),
                KnownPoint(3.5844283403304917, -1.8481265269644036, value: 0, .globalMinimum),
            ]
        case .beale:
            formula = "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2"
            parameters = []
            domain = Self.square(4.5)
            knownPoints = [KnownPoint(3, 0.5, value: 0, .globalMinimum)]
        case .booth:
            formula = "(x + 2*y - 7)^2 + (2*x + y - 5)^2"
            parameters = []
            domain = Self.square(10)
            knownPoints = [KnownPoint(1, 3, value: 0, .globalMinimum)]
        case .matyas:
            formula = "0.26*(x^2 + y^2) - 0.48*x*y"
            parameters = []
            domain = Self.square(10)
            knownPoints = [KnownPoint(0, 0, value: 0, .globalMinimum)]
        case .threeHumpCamel:
            formula = "2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2"
            parameters = []
            domain = Self.square(5)
            knownPoints = [
                KnownPoint(0, 0, value: 0, .globalMinimum),
                KnownPoint(1.7475523458302889, -0.87377617291514445, value: 0.29863844223685982, .localMinimum),
                KnownPoint(-1.7475523458302889, 0.87377617291514445, value: 0.29863844223685982, .localMinimum),
                KnownPoint(1.0705422918236600, -0.53527114591182999, value: 0.87736155776314018, .saddle),
                KnownPoint(-1.0705422918236600, 0.53527114591182999, value: 0.87736155776314018, .saddle),
            ]
        case .sixHumpCamel:
            formula = "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2"
            parameters = []
            domain = Self.box(-2.5, 2.5, -1.5, 1.5)
            knownPoints = [
                KnownPoint(0.089842013100318062, -0.71265640302073963, value: -1.0316284534898774, .globalMinimum),
                KnownPoint(-0.089842013100318062, 0.71265640302073963, value: -1.0316284534898774, .globalMinimum),
                KnownPoint(1.7036067149699808, -0.79608356867262512, value: -0.21546382438371764, .localMinimum),
                KnownPoint(-1.7036067149699808, 0.79608356867262512, value: -0.21546382438371764, .localMinimum),
                KnownPoint(1.6071047529201972, 0.56865145488413137, value: 2.1042503103112583, .localMinimum),
                KnownPoint(-1.6071047529201972, -0.56865145488413137, value: 2.1042503103112583, .localMinimum),
            ]
        case .rastrigin:
            formula = "2*A + (x^2 - A*cos(2*pi*x)) + (y^2 - A*cos(2*pi*y))"
            parameters = [Parameter("A", 10)]
            domain = Self.square(5.12)
            knownPoints = [KnownPoint(0, 0, value: 0, .globalMinimum)]
        case .styblinskiTang:
            formula = "0.5*((x^4 - 16*x^2 + 5*x) + (y^4 - 16*y^2 + 5*y))"
            parameters = []
            domain = Self.square(5)
            let low = -2.9035340277711771, high = 2.7468027709908370
            knownPoints = [
                KnownPoint(low, low, value: -78.332331407542831, .globalMinimum),
                KnownPoint(low, high, value: -64.195612359055358, .localMinimum),
                KnownPoint(high, low, value: -64.195612359055358, .localMinimum),
                KnownPoint(high, high, value: -50.058893310567885, .localMinimum),
            ]
        case .saddle:
            formula = "x^2 - y^2"
            parameters = []
            domain = Self.square(2)
            knownPoints = [KnownPoint(0, 0, value: 0, .saddle)]
        case .monkeySaddle:
            formula = "x^3 - 3*x*y^2"
            parameters = []
            domain = Self.square(2)
            knownPoints = [KnownPoint(0, 0, value: 0, .saddle)]
        case .gradientCos:
            formula = "-(cos(x)^2 + cos(y)^2)^2"
            parameters = []
            domain = Self.square(4)
            knownPoints = [-Double.pi, 0, Double.pi].flatMap { x in
                [-Double.pi, 0, Double.pi].map { y in KnownPoint(x, y, value: -4, .globalMinimum) }
            }
        }
    }

    private static func box(_ xMin: Double, _ xMax: Double, _ yMin: Double, _ yMax: Double) -> Domain {
        Domain(xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax)
    }

    private static func square(_ half: Double) -> Domain { box(-half, half, -half, half) }
}
