#ifndef GDVIZ_FIXED_NOTATION_H
#define GDVIZ_FIXED_NOTATION_H
#include <stddef.h>

/// Writes `value` as printf's `%.<precision>f` would in the C locale (round half to even on the
/// exact binary value, `-` for every negative value including -0) into `out`, without a NUL.
/// Returns the length, or -1 where it does not apply (NaN, infinities, |value| ≥ 2^63,
/// precision outside 0…18): the caller then asks printf. `out` needs 64 bytes.
int gdviz_format_fixed(char *out, double value, int precision);

/// For the tests: `snprintf(s, maxlen, format, precision, value)` through the snprintf this
/// target defines (the one cairo's calls bind to in the gdviz executable).
int gdviz_snprintf_probe(char *s, size_t maxlen, const char *format, int precision, double value);

#endif
