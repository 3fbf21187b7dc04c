// libpng reports errors by longjmp, which Swift cannot catch; this file keeps the setjmp and
// every libpng call on the C side and hands back a status code.
#include "png_encoder.h"
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    gdviz_png_write_fn write;
    void *context;
    char *message;
    size_t message_capacity;
} sink_t;

static void on_error(png_structp png, png_const_charp text) {
    sink_t *sink = png_get_error_ptr(png);
    if (sink->message && sink->message_capacity > 0) {
        strncpy(sink->message, text, sink->message_capacity - 1);
        sink->message[sink->message_capacity - 1] = 0;
    }
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp text) { (void)png; (void)text; }

static void on_write(png_structp png, png_bytep bytes, size_t length) {
    sink_t *sink = png_get_io_ptr(png);
    if (sink->write(sink->context, bytes, length) != 0) png_error(png, "write failed");
}

static void on_flush(png_structp png) { (void)png; }

static int is_opaque(const uint8_t *data, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
        for (int x = 0; x < width; x++)
            if ((row[x] >> 24) != 0xff) return 0;
    }
    return 1;
}

/// One row of cairo words to PNG bytes (RGB or straight-alpha RGBA, cairo's rounding).
static void convert_row(const uint32_t *words, uint8_t *out, int width, int opaque) {
    for (int x = 0; x < width; x++) {
        uint32_t w = words[x];
        uint8_t a = w >> 24, r = w >> 16, g = w >> 8, b = w;
        if (opaque) {
            out[0] = r; out[1] = g; out[2] = b;
            out += 3;
        } else {
            if (a == 0) {
                r = g = b = 0;
            } else if (a != 0xff) {
                r = (r * 255 + a / 2) / a;
                g = (g * 255 + a / 2) / a;
                b = (b * 255 + a / 2) / a;
            }
            out[0] = r; out[1] = g; out[2] = b; out[3] = a;
            out += 4;
        }
    }
}

int gdviz_png_encode_argb32(const uint8_t *data, int width, int height, int stride,
                            int filters, int level,
                            gdviz_png_write_fn write, void *context,
                            char *message, size_t message_capacity) {
    if (!data || !write || width <= 0 || height <= 0 || stride < width * 4 || level < 0 || level > 9)
        return -2;
    if (message && message_capacity > 0) message[0] = 0;
    sink_t sink = {write, context, message, message_capacity};
    const int opaque = is_opaque(data, width, height, stride);
    const size_t channels = opaque ? 3 : 4;

    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, on_error, on_warning);
    if (!png) return -1;
    png_infop info = png_create_info_struct(png);
    // volatile: assigned after setjmp and read after a longjmp back to it.
    uint8_t *volatile row = NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        free(row);
        png_destroy_write_struct(&png, info ? &info : NULL);
        return -1;
    }
    row = malloc((size_t)width * channels);
    if (!row) png_error(png, "out of memory");
    png_set_write_fn(png, &sink, on_write, on_flush);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters & PNG_ALL_FILTERS);
    png_set_compression_level(png, level);
    png_write_info(png, info);
    for (int y = 0; y < height; y++) {
        convert_row((const uint32_t *)(data + (size_t)y * stride), row, width, opaque);
        png_write_row(png, row);
    }
    png_write_end(png, info);
    free(row);
    png_destroy_write_struct(&png, &info);
    return 0;
}
