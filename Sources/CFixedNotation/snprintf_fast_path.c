// cairo writes every coordinate of an SVG or PDF page through snprintf ("%f", "%.18f", "%.*f");
// glibc formats those with multi-precision arithmetic, about a third of the time of an SVG
// render. The gdviz executable defines snprintf and __snprintf_chk, which the dynamic linker
// then binds cairo's calls to (an executable's symbols come first): a format that is one
// fixed-notation conversion and nothing else, in a locale with "." as decimal point, is written
// by gdviz_format_fixed — the same bytes, tested against the C library on millions of values —
// and every other call goes to the C library's own vsnprintf unchanged.
#include <langinfo.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "fixed_notation.h"

#if defined(__linux__) && defined(__GLIBC__)  // ELF interposition; elsewhere only the probe

int vsnprintf(char *s, size_t maxlen, const char *format, va_list ap);
int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, va_list ap);

/// 1 if `format` is exactly "%f", "%.Nf" (N of one or two digits) or "%.*f"; sets *precision
/// (-1 for '*': read from the arguments).
static int parse_fixed_conversion(const char *format, int *precision) {
    if (format[0] != '%') return 0;
    if (format[1] == 'f' && format[2] == 0) { *precision = 6; return 1; }
    if (format[1] != '.') return 0;
    if (format[2] == '*' && format[3] == 'f' && format[4] == 0) { *precision = -1; return 1; }
    int value = 0, k = 2;
    while (k < 4 && format[k] >= '0' && format[k] <= '9') { value = value * 10 + (format[k] - '0'); k++; }
    if (k == 2 || format[k] != 'f' || format[k + 1] != 0) return 0;
    *precision = value;
    return 1;
}

/// The length written (as snprintf returns it), or -1 to leave the call to the C library.
/// `ap` is a copy: the caller's arguments stay unread for the fallback.
static int try_fixed(char *s, size_t maxlen, const char *format, va_list ap) {
    int precision;
    if (!parse_fixed_conversion(format, &precision)) return -1;
    const char *point = nl_langinfo(RADIXCHAR);  // the locale's decimal point, as printf uses it
    if (point[0] != '.' || point[1] != 0) return -1;
    if (precision < 0) precision = va_arg(ap, int);
    double value = va_arg(ap, double);
    char text[64];
    int length = gdviz_format_fixed(text, value, precision);
    if (length < 0) return -1;
    if (maxlen > 0) {
        size_t kept = (size_t)length < maxlen - 1 ? (size_t)length : maxlen - 1;
        memcpy(s, text, kept);
        s[kept] = 0;
    }
    return length;
}

int snprintf(char *s, size_t maxlen, const char *format, ...) {
    va_list ap, copy;
    va_start(ap, format);
    va_copy(copy, ap);
    int length = try_fixed(s, maxlen, format, copy);
    va_end(copy);
    if (length < 0) length = vsnprintf(s, maxlen, format, ap);
    va_end(ap);
    return length;
}

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, ...) {
    va_list ap, copy;
    va_start(ap, format);
    va_copy(copy, ap);
    // A buffer smaller than claimed is the C library's to report (it aborts).
    int length = slen >= maxlen ? try_fixed(s, maxlen, format, copy) : -1;
    va_end(copy);
    if (length < 0) length = __vsnprintf_chk(s, maxlen, flag, slen, format, ap);
    va_end(ap);
    return length;
}

#else
#include <stdio.h>
#endif

int gdviz_snprintf_probe(char *s, size_t maxlen, const char *format, int precision, double value) {
    if (strchr(format, '*')) return snprintf(s, maxlen, format, precision, value);
    return snprintf(s, maxlen, format, value);
}
