import CCairo

/// Throws `RenderError.cairo` unless `status` is success. Cairo errors are sticky and
/// silent, so every create and finish is followed by one of these checks.
func checkCairo(_ status: cairo_status_t, _ operation: String) throws(RenderError) {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw RenderError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
}
