/*
 * bitext/segment.h - sentence segmentation: ICU's sentence BreakIterator
 * for the language, corrected by SRX 2.0 rules (locales/<lang>/segment.srx
 * or a user's file exported from OmegaT, Okapi or Trados).
 */
#ifndef BITEXT_SEGMENT_H
#define BITEXT_SEGMENT_H

#include "common.h"
#include "doc.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bitext_segmenter bitext_segmenter;

/**
 * Create a segmenter for `lang` ("ko", "en", "ja" ...). `srx_path` names an
 * SRX 2.0 file to use instead of <datadir>/locales/<lang>/segment.srx, or
 * NULL. Free with bitext_segmenter_free().
 */
BITEXT_EXTERN(int) bitext_segmenter_new(bitext_segmenter **out,
	const char *lang, const char *srx_path);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_segmenter_free(bitext_segmenter *seg);

/**
 * Split every paragraph of `doc` into segments (existing segments are
 * replaced). Segment spans exclude leading and trailing white space.
 */
BITEXT_EXTERN(int) bitext_segmenter_run(bitext_segmenter *seg,
	bitext_doc *doc);

/**
 * Split one paragraph of UTF-8 NFC text: on success `*ends` (malloc'd, the
 * caller frees it) holds `*n` increasing end offsets of the segments; the
 * last is `len`.
 */
BITEXT_EXTERN(int) bitext_segmenter_split(bitext_segmenter *seg,
	const char *text, size_t len, size_t **ends, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
