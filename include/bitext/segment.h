/*
 * bitext/segment.h - sentence segmentation: ICU's sentence BreakIterator
 * for the language, corrected by SRX 2.0 rules (locales/<lang>/segment.srx
 * or a user's file exported from OmegaT, Okapi or Trados).
 *
 * Candidate breaks are ICU's sentence boundaries (moved back over the
 * white space after a sentence) plus the positions where a break="yes"
 * rule matches. At each candidate the rules run in file order and the
 * first whose beforebreak/afterbreak match decides; a candidate no rule
 * matches is kept when ICU proposed it. A line feed inside a paragraph is
 * read as a space. Segments never are empty, and a piece longer than
 * BITEXT_MAX_SEGMENT_BYTES (src/limits.h) is cut at a space.
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
 * Create a segmenter for `lang` ("ko", "en-US", "ja" ...). `srx_path` names
 * an SRX 2.0 (or 1.0) file to use instead of
 * <datadir>/locales/<lang>/segment.srx (then the primary subtag's file), or
 * NULL. A language without rules is segmented by ICU alone. The SRX file's
 * language map picks the rules (cascade="yes": every matching map).
 * @return 0, BITEXT_ENOTFOUND (no such SRX file), BITEXT_EPARSE (bad SRX,
 *   with file and line), BITEXT_ELIMIT, BITEXT_ENOMEM. The segmenter
 *   belongs to the caller: bitext_segmenter_free(). Not thread-safe; use
 *   one segmenter per thread.
 */
BITEXT_EXTERN(int) bitext_segmenter_new(bitext_segmenter **out,
	const char *lang, const char *srx_path);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_segmenter_free(bitext_segmenter *seg);

/**
 * Split every paragraph of `doc` into segments (existing segments are
 * replaced). Segment spans exclude leading and trailing white space. When
 * segmentation fails the document is left as it was (every paragraph is
 * split before any segment is replaced).
 */
BITEXT_EXTERN(int) bitext_segmenter_run(bitext_segmenter *seg,
	bitext_doc *doc);

/**
 * Split one paragraph of UTF-8 NFC text: on success `*ends` (malloc'd, the
 * caller frees it) holds `*n` increasing end offsets of the segments; the
 * last is `len`. Segment i is [ends[i-1], ends[i]) (from 0 for the first),
 * white space included; every one holds some non-space text. Text of white
 * space only gives `*n` == 0.
 */
BITEXT_EXTERN(int) bitext_segmenter_split(bitext_segmenter *seg,
	const char *text, size_t len, size_t **ends, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
