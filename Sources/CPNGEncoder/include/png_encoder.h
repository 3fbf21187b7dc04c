#ifndef GDVIZ_PNG_ENCODER_H
#define GDVIZ_PNG_ENCODER_H
#include <stddef.h>
#include <stdint.h>

/// Receives encoded bytes; returns 0 on success, anything else aborts the encoding.
typedef int (*gdviz_png_write_fn)(void *context, const uint8_t *bytes, size_t length);

/// PNG row filter types, as written in the first byte of each row (one type for every row).
enum {
    GDVIZ_PNG_FILTER_NONE = 0,
    GDVIZ_PNG_FILTER_SUB = 1,
    GDVIZ_PNG_FILTER_UP = 2,
    GDVIZ_PNG_FILTER_AVERAGE = 3,
    GDVIZ_PNG_FILTER_PAETH = 4,
};

/// Encodes a cairo ARGB32 image (native-endian 32-bit words A R G B, colour premultiplied by
/// alpha) as an 8-bit PNG: RGB when every pixel is opaque, else RGBA with the colour divided by
/// alpha exactly as cairo's own PNG writer does, so decoding gives back the same pixels.
///
/// The filtered rows are cut into a number of chunks that depends only on the image size; each
/// chunk is filtered and deflated on its own (raw deflate ended by a sync flush, so the pieces
/// concatenate into one zlib stream), which lets the chunks run on several threads while the
/// bytes stay the same whatever the thread count or order. Use:
///   create → for each batch: compress_chunk(i) for its chunks (any threads, any order) →
///   write_batch → destroy.
typedef struct gdviz_png_encoder gdviz_png_encoder;

/// Plans the chunks and writes nothing yet. `filter` is a GDVIZ_PNG_FILTER_* type, `level` the
/// zlib level 0…9. Returns NULL and sets *status to -2 for an invalid argument, -1 when out of
/// memory (libpng's error text, if any, in `message`, which may be NULL).
gdviz_png_encoder *gdviz_png_encoder_create(const uint8_t *data, int width, int height, int stride,
                                            int filter, int level,
                                            gdviz_png_write_fn write, void *context,
                                            char *message, size_t message_capacity, int *status);
int gdviz_png_encoder_chunk_count(const gdviz_png_encoder *encoder);
/// How many chunks to compress before writing them out (bounds the buffered output).
int gdviz_png_encoder_batch_size(const gdviz_png_encoder *encoder);
/// Filters and deflates chunk `index` into its own buffer. Safe to call from several threads
/// at once for different indexes; touches no libpng state. Failures are kept for write_batch.
void gdviz_png_encoder_compress_chunk(gdviz_png_encoder *encoder, int index);
/// Writes chunks first…first+count-1 (all compressed) as IDAT, the signature and IHDR before
/// chunk 0 and IEND after the last one, then frees their buffers. Call with consecutive batches.
/// Returns 0, or -1 for a failed write, libpng error or failed chunk (text in `message`).
int gdviz_png_encoder_write_batch(gdviz_png_encoder *encoder, int first, int count);
void gdviz_png_encoder_destroy(gdviz_png_encoder *encoder);
#endif
