#ifndef GDVIZ_PNG_ENCODER_H
#define GDVIZ_PNG_ENCODER_H
#include <stddef.h>
#include <stdint.h>

/// Receives encoded bytes; returns 0 on success, anything else aborts the encoding.
typedef int (*gdviz_png_write_fn)(void *context, const uint8_t *bytes, size_t length);

/// Row filters, as libpng's PNG_FILTER_* bit masks (several bits: libpng picks per row).
enum {
    GDVIZ_PNG_FILTER_NONE = 0x08,
    GDVIZ_PNG_FILTER_SUB = 0x10,
    GDVIZ_PNG_FILTER_UP = 0x20,
    GDVIZ_PNG_FILTER_AVG = 0x40,
    GDVIZ_PNG_FILTER_PAETH = 0x80,
};

/// Encodes a cairo ARGB32 image (native-endian 32-bit words A R G B, colour premultiplied by
/// alpha) as an 8-bit PNG: RGB when every pixel is opaque, else RGBA with the colour divided by
/// alpha exactly as cairo's own PNG writer does, so decoding gives back the same pixels.
/// `filters` is a GDVIZ_PNG_FILTER_* mask, `level` the zlib level 0…9.
/// Returns 0 on success; a libpng error (never a longjmp into the caller) or a failed write
/// returns -1, and an invalid argument -2. `message` (may be NULL) receives libpng's error text.
int gdviz_png_encode_argb32(const uint8_t *data, int width, int height, int stride,
                            int filters, int level,
                            gdviz_png_write_fn write, void *context,
                            char *message, size_t message_capacity);
#endif
