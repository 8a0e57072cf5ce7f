/*
 * gzip.c - gzip-compressed input (RFC 1952), read as the bytes it holds:
 * the .txt.gz files of /usr/share/doc, a text someone compressed. Members
 * that follow one another (cat a.gz b.gz) are one text, as gunzip reads
 * them. The inflated bytes are bounded twice: by BITEXT_MAX_INPUT_BYTES,
 * as a file read plainly, and, past BITEXT_GZIP_RATIO_FLOOR, by
 * BITEXT_MAX_GZIP_RATIO times the compressed bytes read so far, so that a
 * bomb of repeated bytes stops before it fills memory. Offsets of the
 * document are then offsets in the inflated text.
 */
#include "text/text_int.h"
#include "bitext/errors.h"
#include "util/limits.h"

#include <stdio.h>
#include <string.h>
#include <zlib.h>

int bitext_text__is_gzip(const char *data, size_t len)
{
	return len >= 3 && (unsigned char)data[0] == 0x1F &&
		(unsigned char)data[1] == 0x8B && data[2] == 8;
}

/* The error of a damaged or refused file, at compressed byte `at`. */
static int gz_error(const char *name, const char *msgid, const char *a1,
	size_t at)
{
	char n[32];

	snprintf(n, sizeof(n), "%zu", at);
	bitext_error_set(BITEXT_EPARSE, msgid, a1, n, NULL);
	bitext_error_locate(name, 0, 0, (long long)at);
	return BITEXT_EPARSE;
}

int bitext_text__gunzip(bitext_buf *out, const char *name, const char *data,
	size_t len)
{
	z_stream z;
	size_t at = 0;
	int zr = Z_OK, error = 0;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 16) != Z_OK)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	while (at < len && !error) {
		/* a member starts here: trailing zeros after the last one are padding */
		if (zr == Z_STREAM_END) {
			size_t k = at;

			while (k < len && !data[k])
				k++;
			if (k == len)
				break;
			if (!bitext_text__is_gzip(data + at, len - at)) {
				error = gz_error(name, "text_gzip_damaged", "trailing data", at);
				break;
			}
			inflateReset(&z);
		}
		z.next_in = (Bytef *)(data + at);
		z.avail_in = (uInt)(len - at > (1u << 30) ? (1u << 30) : len - at);
		do {
			size_t before;

			if (out->size >= BITEXT_MAX_INPUT_BYTES) {
				char cap[32];

				snprintf(cap, sizeof(cap), "%zu", (size_t)BITEXT_MAX_INPUT_BYTES);
				error = gz_error(name, "text_gzip_big", cap, at);
				break;
			}
			if (out->size > BITEXT_GZIP_RATIO_FLOOR &&
				out->size / BITEXT_MAX_GZIP_RATIO > at + (size_t)(z.next_in -
					(Bytef *)(data + at))) {
				char r[16];

				snprintf(r, sizeof(r), "%d", BITEXT_MAX_GZIP_RATIO);
				error = gz_error(name, "text_gzip_bomb", r, at);
				break;
			}
			if ((error = bitext_buf_grow(out, 65536)) < 0)
				break;
			before = out->size;
			z.next_out = (Bytef *)(out->ptr + out->size);
			z.avail_out = (uInt)(out->asize - out->size - 1 > (1u << 30) ?
				(1u << 30) : out->asize - out->size - 1);
			zr = inflate(&z, Z_NO_FLUSH);
			out->size = before + (size_t)((char *)z.next_out - (out->ptr + before));
			out->ptr[out->size] = '\0';
			if (zr == Z_NEED_DICT || zr == Z_DATA_ERROR || zr == Z_MEM_ERROR ||
				zr == Z_STREAM_ERROR) {
				error = gz_error(name, "text_gzip_damaged", z.msg ? z.msg :
					"bad data", at + (size_t)(z.next_in - (Bytef *)(data + at)));
				break;
			}
			if (zr == Z_BUF_ERROR && !z.avail_in)
				break;
		} while (zr != Z_STREAM_END && (z.avail_in || !z.avail_out));
		at += (size_t)(z.next_in - (Bytef *)(data + at));
		if (!error && zr != Z_STREAM_END && at >= len)
			error = gz_error(name, "text_gzip_damaged", "the file ends early", at);
	}
	inflateEnd(&z);
	return error;
}
