// libpng reports errors by longjmp, which Swift cannot catch; this file keeps the setjmp and
// every libpng call on the C side and hands back a status code. libpng writes only the container
// (signature, IHDR, IDAT, IEND); the image data is filtered and deflated here, in chunks that
// threads can compress independently (zlib only, no libpng state, no longjmp).
#include "png_encoder.h"
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

// Raw filtered bytes per chunk (at least one row). Each chunk restarts the LZ77 window: against
// one stream, 256 KiB chunks add 0.3–0.5 % to the file (64 KiB: 1.7 %, 1 MiB: 0.05 %), and a
// 1000×760 figure gets 9 chunks, which two threads share evenly (1 MiB gives it 3: a 2:1 split).
#ifndef GDVIZ_PNG_CHUNK_BYTES
#define GDVIZ_PNG_CHUNK_BYTES (256 * 1024)
#endif
// Raw bytes per batch: compressed chunks are held until their batch is written.
#define GDVIZ_PNG_BATCH_BYTES (16 * 1024 * 1024)

enum { CHUNK_PENDING = 0, CHUNK_DONE = 1, CHUNK_NO_MEMORY = -1, CHUNK_ZLIB_ERROR = -2 };

typedef struct {
    uint8_t *bytes;
    size_t size, capacity;
    uLong adler;    // of this chunk's raw (filtered) bytes
    int status;
} chunk_t;

typedef struct {
    gdviz_png_write_fn write;
    void *context;
    char *message;
    size_t message_capacity;
} sink_t;

struct gdviz_png_encoder {
    const uint8_t *data;
    int width, height, stride, filter, level;
    int opaque;
    size_t channels, row_bytes;     // row_bytes: filter byte + pixels
    int rows_per_chunk, chunk_count, batch_size;
    chunk_t *chunks;
    uLong adler;                    // of every chunk written so far
    png_structp png;
    png_infop info;
    sink_t sink;
};

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

/// Every alpha 0xff? The AND of a row's words, without an exit per pixel, vectorises; this scan
/// runs before the chunks (it decides RGB or RGBA), on one thread.
static int is_opaque(const uint8_t *data, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
        uint32_t all = 0xffffffffu;
        for (int x = 0; x < width; x++) all &= row[x];
        if ((all >> 24) != 0xff) return 0;
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

static uint8_t paeth(int a, int b, int c) {
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return (uint8_t)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
}

/// Filters `row` (pixels) against `prior` (the row above, zeros for the first) into out[1…];
/// one loop per type so each stays simple enough to vectorise.
static void filter_row(int type, const uint8_t *row, const uint8_t *prior, uint8_t *out, size_t n, size_t bpp) {
    out[0] = (uint8_t)type;
    out++;
    switch (type) {
    case GDVIZ_PNG_FILTER_SUB:
        for (size_t i = 0; i < bpp; i++) out[i] = row[i];
        for (size_t i = bpp; i < n; i++) out[i] = (uint8_t)(row[i] - row[i - bpp]);
        break;
    case GDVIZ_PNG_FILTER_UP:
        for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(row[i] - prior[i]);
        break;
    case GDVIZ_PNG_FILTER_AVERAGE:
        for (size_t i = 0; i < bpp; i++) out[i] = (uint8_t)(row[i] - prior[i] / 2);
        for (size_t i = bpp; i < n; i++) out[i] = (uint8_t)(row[i] - (row[i - bpp] + prior[i]) / 2);
        break;
    default:
        for (size_t i = 0; i < bpp; i++) out[i] = (uint8_t)(row[i] - prior[i]);
        for (size_t i = bpp; i < n; i++) out[i] = (uint8_t)(row[i] - paeth(row[i - bpp], prior[i], prior[i - bpp]));
    }
}

static const uint8_t *row_words(const gdviz_png_encoder *e, int y) {
    return e->data + (size_t)y * e->stride;
}

/// Runs deflate until it has taken all input (or, with a flush, produced all output), growing
/// the chunk's buffer whenever it fills. Returns a CHUNK_* status (CHUNK_DONE for success).
static int deflate_into(z_stream *z, chunk_t *chunk, int flush) {
    for (;;) {
        if (chunk->capacity - chunk->size < 64) {
            size_t capacity = chunk->capacity * 2;
            uint8_t *grown = realloc(chunk->bytes, capacity);
            if (!grown) return CHUNK_NO_MEMORY;
            chunk->bytes = grown;
            chunk->capacity = capacity;
        }
        z->next_out = chunk->bytes + chunk->size;
        z->avail_out = (uInt)(chunk->capacity - chunk->size);
        int result = deflate(z, flush);
        chunk->size = chunk->capacity - z->avail_out;
        if (result == Z_STREAM_END) return CHUNK_DONE;
        if (result != Z_OK && result != Z_BUF_ERROR) return CHUNK_ZLIB_ERROR;
        if (flush == Z_NO_FLUSH ? z->avail_in == 0 : (flush == Z_SYNC_FLUSH && z->avail_out != 0))
            return CHUNK_DONE;
    }
}

static int compress_rows(gdviz_png_encoder *e, chunk_t *chunk, int y0, int y1, int last,
                         uint8_t *prior, uint8_t *current, uint8_t *filtered) {
    const size_t pixels = e->row_bytes - 1;
    // Room for the zlib header before the first chunk and the Adler-32 after the last.
    chunk->capacity = (size_t)(y1 - y0) * e->row_bytes / 4 + 256;
    chunk->bytes = malloc(chunk->capacity);
    if (!chunk->bytes) return CHUNK_NO_MEMORY;
    chunk->size = y0 == 0 ? 2 : 0;
    chunk->adler = adler32(0L, Z_NULL, 0);

    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, e->level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return CHUNK_NO_MEMORY;
    int status = CHUNK_DONE;
    if (e->filter != GDVIZ_PNG_FILTER_NONE) {
        if (y0 > 0) convert_row((const uint32_t *)row_words(e, y0 - 1), prior, e->width, e->opaque);
        else memset(prior, 0, pixels);
    }
    for (int y = y0; y < y1 && status == CHUNK_DONE; y++) {
        if (e->filter == GDVIZ_PNG_FILTER_NONE) {
            filtered[0] = 0;
            convert_row((const uint32_t *)row_words(e, y), filtered + 1, e->width, e->opaque);
        } else {
            convert_row((const uint32_t *)row_words(e, y), current, e->width, e->opaque);
            filter_row(e->filter, current, prior, filtered, pixels, e->channels);
            uint8_t *swap = prior; prior = current; current = swap;
        }
        chunk->adler = adler32(chunk->adler, filtered, (uInt)e->row_bytes);
        z.next_in = filtered;
        z.avail_in = (uInt)e->row_bytes;
        status = deflate_into(&z, chunk, Z_NO_FLUSH);
    }
    // A sync flush ends a non-final chunk on a byte boundary without a final block, so the
    // next chunk's independent stream can follow it directly.
    if (status == CHUNK_DONE) status = deflate_into(&z, chunk, last ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(&z);
    return status;
}

void gdviz_png_encoder_compress_chunk(gdviz_png_encoder *e, int index) {
    if (!e || index < 0 || index >= e->chunk_count) return;
    chunk_t *chunk = &e->chunks[index];
    const int y0 = index * e->rows_per_chunk;
    const int y1 = y0 + e->rows_per_chunk < e->height ? y0 + e->rows_per_chunk : e->height;
    uint8_t *rows = malloc(3 * e->row_bytes);
    if (!rows) {
        chunk->status = CHUNK_NO_MEMORY;
        return;
    }
    chunk->status = compress_rows(e, chunk, y0, y1, index == e->chunk_count - 1,
                                  rows, rows + e->row_bytes, rows + 2 * e->row_bytes);
    free(rows);
}

gdviz_png_encoder *gdviz_png_encoder_create(const uint8_t *data, int width, int height, int stride,
                                            int filter, int level,
                                            gdviz_png_write_fn write, void *context,
                                            char *message, size_t message_capacity, int *status) {
    *status = -2;
    if (!data || !write || width <= 0 || height <= 0 || width > (1 << 24) || stride < width * 4
        || level < 0 || level > 9 || filter < GDVIZ_PNG_FILTER_NONE || filter > GDVIZ_PNG_FILTER_PAETH)
        return NULL;
    if (message && message_capacity > 0) message[0] = 0;
    *status = -1;
    gdviz_png_encoder *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->data = data;
    e->width = width;
    e->height = height;
    e->stride = stride;
    e->filter = filter;
    e->level = level;
    e->opaque = is_opaque(data, width, height, stride);
    e->channels = e->opaque ? 3 : 4;
    e->row_bytes = 1 + (size_t)width * e->channels;
    size_t rows = (GDVIZ_PNG_CHUNK_BYTES + e->row_bytes - 1) / e->row_bytes;
    e->rows_per_chunk = rows < (size_t)height ? (int)rows : height;
    e->chunk_count = (height + e->rows_per_chunk - 1) / e->rows_per_chunk;
    size_t batch = GDVIZ_PNG_BATCH_BYTES / ((size_t)e->rows_per_chunk * e->row_bytes);
    e->batch_size = batch < 1 ? 1 : batch > (size_t)e->chunk_count ? e->chunk_count : (int)batch;
    e->adler = adler32(0L, Z_NULL, 0);
    e->sink = (sink_t){write, context, message, message_capacity};
    e->chunks = calloc((size_t)e->chunk_count, sizeof *e->chunks);
    if (!e->chunks) {
        free(e);
        return NULL;
    }
    e->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &e->sink, on_error, on_warning);
    if (e->png) e->info = png_create_info_struct(e->png);
    if (!e->png || !e->info || setjmp(png_jmpbuf(e->png))) {
        gdviz_png_encoder_destroy(e);
        return NULL;
    }
    png_set_write_fn(e->png, &e->sink, on_write, on_flush);
    png_set_IHDR(e->png, e->info, (png_uint_32)width, (png_uint_32)height, 8,
                 e->opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    *status = 0;
    return e;
}

int gdviz_png_encoder_chunk_count(const gdviz_png_encoder *e) { return e ? e->chunk_count : 0; }

int gdviz_png_encoder_batch_size(const gdviz_png_encoder *e) { return e ? e->batch_size : 0; }

/// The zlib stream header for deflate with a 32 KiB window; FLEVEL as zlib sets it for `level`.
static void zlib_header(int level, uint8_t out[2]) {
    const int flevel = level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
    const unsigned header = 0x78u << 8 | (unsigned)flevel << 6;
    out[0] = 0x78;
    out[1] = (uint8_t)((header | (31 - header % 31)) & 0xff);
}

int gdviz_png_encoder_write_batch(gdviz_png_encoder *e, int first, int count) {
    if (!e || first < 0 || count < 0 || first + count > e->chunk_count) return -2;
    if (setjmp(png_jmpbuf(e->png))) return -1;
    for (int i = first; i < first + count; i++) {
        if (e->chunks[i].status == CHUNK_NO_MEMORY) png_error(e->png, "out of memory");
        if (e->chunks[i].status != CHUNK_DONE) png_error(e->png, "zlib failed to compress the image");
    }
    if (first == 0) png_write_info(e->png, e->info);
    for (int i = first; i < first + count; i++) {
        chunk_t *chunk = &e->chunks[i];
        const size_t raw = (size_t)(i == e->chunk_count - 1 ? e->height - i * e->rows_per_chunk
                                                              : e->rows_per_chunk) * e->row_bytes;
        if (i == 0) zlib_header(e->level, chunk->bytes);
        e->adler = adler32_combine(e->adler, chunk->adler, (z_off_t)raw);
        uint8_t trailer[4] = {e->adler >> 24, e->adler >> 16, e->adler >> 8, e->adler};
        const int last = i == e->chunk_count - 1;
        png_write_chunk_start(e->png, (png_const_bytep)"IDAT", (png_uint_32)(chunk->size + (last ? 4 : 0)));
        png_write_chunk_data(e->png, chunk->bytes, chunk->size);
        if (last) png_write_chunk_data(e->png, trailer, 4);
        png_write_chunk_end(e->png);
        free(chunk->bytes);
        chunk->bytes = NULL;
    }
    // png_write_end insists on IDATs written through libpng's own compressor.
    if (first + count == e->chunk_count) png_write_chunk(e->png, (png_const_bytep)"IEND", NULL, 0);
    return 0;
}

void gdviz_png_encoder_destroy(gdviz_png_encoder *e) {
    if (!e) return;
    if (e->png) png_destroy_write_struct(&e->png, e->info ? &e->info : NULL);
    if (e->chunks)
        for (int i = 0; i < e->chunk_count; i++) free(e->chunks[i].bytes);
    free(e->chunks);
    free(e);
}
