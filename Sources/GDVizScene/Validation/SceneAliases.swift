/// Words people write for scene keys and values, from other tools and from lecture notation.
/// A synonym is only suggested where its target is allowed, so one word may point to several
/// targets (`expr` is `function` at the top level and `expression` inside it).
enum SceneAliases {
    /// Normalized word (lowercase, no `_`, `-` or spaces) → what to suggest, first allowed wins.
    static let targets: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (target, words) in synonyms {
            for word in words { table[Suggestion.normalized(word), default: []].append(target) }
        }
        return table
    }()

    private static let synonyms: [(String, [String])] = [
        // Top level.
        ("function", ["f", "fn", "func", "objective", "expr", "expression", "formula", "loss"]),
        ("domain", ["bounds", "range", "limits", "xlim", "window", "region", "box"]),
        ("size", ["width", "height", "figsize", "figure_size", "canvas", "dimensions_px"]),
        ("dimension", ["dim", "dims", "ndim", "n_dim"]),
        ("resolution", ["samples", "grid_size", "res", "n_samples", "npoints", "n_points"]),
        ("runs", ["optimizers", "trajectories", "experiments", "paths"]),
        ("layers", ["plots", "draw", "elements"]),
        ("axes", ["axis", "labels"]),
        // Inside "function".
        ("expression", ["expr", "formula", "source", "text", "f"]),
        ("params", ["parameters", "constants", "consts", "values", "vars", "variables"]),
        ("quadratic", ["quadratic_form", "quad", "quadform"]),
        ("builtin", ["built_in", "test_function", "testfunction", "named", "name", "preset", "library"]),
        ("least_squares", ["lstsq", "leastsquares", "regression", "linear_regression", "data", "dataset", "mse"]),
        // Inside "least_squares".
        ("parameters", ["params", "theta", "thetas", "weights", "unknowns"]),
        ("model", ["hypothesis", "fit", "predictor"]),
        ("x", ["inputs", "features", "xs", "x_data"]),
        ("y", ["targets", "outputs", "labels", "ys", "y_data"]),
        // Inside a run.
        ("lr", ["learning_rate", "learningrate", "step_size", "stepsize", "eta", "alpha", "rate", "lrate"]),
        ("max_steps", ["steps", "max", "max_iter", "maxiter", "max_iters", "iterations", "iters", "niter",
                       "n_iter", "n_steps", "num_steps", "max_iterations", "epochs"]),
        ("tolerance", ["tol", "eps", "epsilon", "gtol", "threshold"]),
        ("start", ["x0", "x_0", "init", "initial", "initial_point", "start_point", "starting_point", "from"]),
        ("label", ["name", "legend", "title"]),
        ("optimizer", ["method", "algorithm", "algo", "solver", "type", "kind"]),
        ("color", ["colour", "c", "stroke"]),
        ("seed", ["random_seed", "rng_seed", "rng", "random_state"]),
        ("batch_size", ["batch", "batchsize", "minibatch_size", "mini_batch_size", "bs"]),
        // Inside "axes".
        ("equal_aspect", ["equal", "aspect", "axis_equal", "equal_axes", "square", "aspect_equal"]),
        ("grid", ["grid_lines", "gridlines", "show_grid"]),
        // Inside a layer.
        ("type", ["kind", "layer", "what"]),
        ("line_width", ["lw", "linewidth", "width", "thickness", "stroke_width"]),
        ("colormap", ["cmap", "colors", "colours", "palette", "colour_map"]),
        ("levels", ["n_levels", "nlevels", "num_levels", "contours", "count", "n"]),
        ("spacing", ["scale", "level_spacing", "distribution"]),
        ("markers", ["marker", "show_markers", "points", "dots"]),
        ("step_numbers", ["numbers", "numbering", "show_numbers", "show_steps", "annotate"]),
        ("runs", ["labels", "run_labels", "run", "which"]),
        ("labels", ["clabel", "clabels", "inline", "inline_labels", "level_labels", "show_labels", "label"]),
        ("label_size", ["fontsize", "font_size", "label_fontsize", "labelsize", "text_size"]),
        // Values.
        ("gd", ["gradient_descent", "gradientdescent", "steepest_descent", "grad", "batch_gd", "full_batch"]),
        ("sgd", ["stochastic", "stochastic_gradient_descent", "online"]),
        ("minibatch", ["mini_batch_gd", "minibatch_gd", "mbgd", "minibatch_sgd"]),
        ("rosenbrock", ["banana"]),
        ("contours", ["contour_lines", "level_sets", "levelsets", "isolines"]),
        ("filled_contours", ["contourf", "filled", "filled_contour", "bands", "heatmap", "contour_fill"]),
        ("gradient_field", ["quiver", "gradients", "gradient", "arrows", "vector_field", "field"]),
        ("streamlines", ["streamplot", "streamline", "flow", "flow_lines", "gradient_flow"]),
        ("center", ["centre", "vcenter", "midpoint", "mid", "zero"]),
        ("colorbar", ["colourbar", "cbar", "color_bar", "legend_bar"]),
        ("separation", ["density", "spacing_between", "dsep", "distance"]),
        ("descent", ["downhill", "negative", "minus"]),
        ("ascent", ["uphill", "positive", "plus"]),
        ("normalized", ["normalised", "normalize", "normalise", "unit", "equal_length", "direction"]),
        ("proportional", ["magnitude", "scaled", "norm", "true_length"]),
        ("trajectories", ["trajectory", "path", "paths", "iterates", "runs"]),
        ("curve", ["graph", "plot", "line", "function"]),
        ("greys", ["gray", "grey", "grays", "greyscale", "grayscale", "black"]),
        ("linear", ["lin", "uniform", "equal", "even"]),
        ("log", ["logarithmic", "geometric", "exponential"]),
    ]
}
