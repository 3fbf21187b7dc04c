import CCairo

/// Surface settings that make SVG and PDF output independent of cairo defaults and the clock.
enum VectorSettings {
    /// SVG 1.1 with pixel units: cairo 1.16 defaults to `pt` (a 400-wide page would display
    /// 533 px wide) while 1.18 defaults to user units, so the unit is always explicit.
    /// `points`: the root's width and height in pt (a figure sized in cm shows at that size);
    /// otherwise in CSS px, one per unit, like the PNG at scale 1.
    static func configureSVG(_ surface: OpaquePointer, points: Bool = false) {
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        cairo_svg_surface_set_document_unit(surface, points ? CAIRO_SVG_UNIT_PT : CAIRO_SVG_UNIT_PX)
    }

    /// A fixed date, so PDF bytes do not change with the wall clock (cairo writes
    /// `time(NULL)` as /CreationDate and ignores SOURCE_DATE_EPOCH).
    static let pdfDate = "2000-01-01T00:00:00Z"

    static func configurePDF(_ surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pdfDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, pdfDate)
    }
}
