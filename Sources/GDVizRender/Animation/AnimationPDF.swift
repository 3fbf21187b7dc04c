import CCairo

/// One PDF page per frame, for beamer overlays (`\includegraphics[page=n]{…}`) and the
/// `animate` package. The unchanging background and foreground are recorded once and painted
/// on every page, so cairo writes them to the file once and each page adds only what moves.
enum AnimationPDF {
    static func render(_ animation: AnimatedFigure, progress: (Int) -> Void) throws -> [UInt8] {
        let figure = animation.figure
        guard figure.width.isFinite, figure.height.isFinite, figure.width > 0, figure.height > 0 else {
            throw RenderError.invalidPageSize(width: figure.width, height: figure.height, scale: 1)
        }
        let fonts = try FontLibrary.shared()
        var extents = cairo_rectangle_t(x: 0, y: 0, width: figure.width, height: figure.height)
        func record(_ phase: DrawPhase) throws -> OpaquePointer {
            let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)!
            try checkCairo(cairo_surface_status(surface), "cairo_recording_surface_create")
            let canvas = try CairoCanvas(surface: surface, fonts: fonts)
            canvas.textFont = figure.theme.textFont
            if phase == .background { canvas.paintBackground(figure.theme.background) }
            animation.draw(on: canvas, phase: phase, frame: 0)
            try canvas.checkStatus()
            return surface
        }
        let background = try record(.background)
        defer { cairo_surface_destroy(background) }
        let foreground = try record(.foreground)
        defer { cairo_surface_destroy(foreground) }

        let sink = ByteSink()
        try sink.withWriteFunc { (write, closure) throws in
            let surface = cairo_pdf_surface_create_for_stream(write, closure, figure.width, figure.height)!
            defer { cairo_surface_destroy(surface) }
            try checkCairo(cairo_surface_status(surface), "cairo_pdf_surface_create_for_stream")
            VectorSettings.configurePDF(surface)
            for index in 0..<animation.frameCount {
                try paste(background, on: surface)
                let canvas = try CairoCanvas(surface: surface, fonts: fonts)
                canvas.textFont = figure.theme.textFont
            canvas.textFont = figure.theme.textFont
                animation.draw(on: canvas, phase: .moving, frame: index)
                try canvas.checkStatus()
                try paste(foreground, on: surface)
                cairo_surface_show_page(surface)
                try checkCairo(cairo_surface_status(surface), "cairo_surface_show_page")
                progress(index + 1)
            }
            cairo_surface_finish(surface)
            try checkCairo(cairo_surface_status(surface), "cairo_surface_finish")
        }
        return sink.bytes
    }

    private static func paste(_ recording: OpaquePointer, on surface: OpaquePointer) throws {
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_surface(cr, recording, 0, 0)
        cairo_paint(cr)
        try checkCairo(cairo_status(cr), "painting a recorded layer")
    }
}
