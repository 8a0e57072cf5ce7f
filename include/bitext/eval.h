/*
 * bitext/eval.h - link files and the scoring of predicted alignment links
 * against gold links (strict and lax precision, recall and F1).
 *
 * A link file has one link a line, `S:T`, where S and T are comma-separated
 * segment numbers counted from 0 (either side may be empty for an omission,
 * not both): `0:0`, `1,2:1`, `3:`, `:4`. Blank lines and lines starting with
 * `#` are skipped. Vecalign's form `[1, 2]:[1]:0.42` is read too (brackets,
 * spaces and a trailing score are accepted). A link may be followed by a
 * tab and the word `confirmed` (a person checked it: `3:2<TAB>confirmed`).
 * A line starting with `{` is a link in JSON, as `bitext align --format
 * jsonl` writes it: {"src":[1,2],"tgt":[1],"confidence":0.93,...}; "src"
 * and "tgt" are arrays of segment numbers, "confidence" a number from 0 to
 * 1 or null (absent: none), other members are skipped. Only such links
 * carry a confidence (Vecalign's score is a cost and is not kept).
 * A segment may appear in at most one link of a file.
 *
 * Scoring (Sennrich & Volk 2011; the Vecalign and Bertalign evaluations):
 *   strict: a predicted link is correct when a gold link is identical to it;
 *           a gold link is found when an identical predicted link exists.
 *   lax:    a predicted link with both sides non-empty is correct when some
 *           gold link shares a source segment and a target segment with it
 *           (the gold targets of its sources intersect its targets); a
 *           predicted omission is correct only when identical to a gold link.
 *           A gold link is found when some predicted link with both sides
 *           non-empty shares a source and a target segment with it.
 *   precision = correct predicted links / all predicted links (omissions
 *               included);
 *   recall    = found gold links / gold links with both sides non-empty
 *               (only predicted links with both sides non-empty can find
 *               them);
 *   F1        = 2PR / (P + R), 0 when P + R = 0.
 * Counts of several documents are pooled (summed) before dividing.
 *
 * Calibration: the predicted links that carry a confidence fall into
 * BITEXT_EVAL_BANDS bands, [0, 0.5), [0.5, 0.8), [0.8, 0.95) and
 * [0.95, 1] (bitext_eval_band()); in each, the number of links, the sum of
 * their confidences and how many are correct (strict, lax) are counted. A
 * confidence that means what it says has about as many right links in a
 * band as its mean confidence predicts.
 */
#ifndef BITEXT_EVAL_H
#define BITEXT_EVAL_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bitext_links bitext_links;

/**
 * Read a link file ("-" = stdin).
 * @param[out] out the links, owned by the caller (bitext_links_free)
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EIO, BITEXT_EPARSE (file and line)
 */
BITEXT_EXTERN(int) bitext_links_load(bitext_links **out, const char *path);

/** Same as bitext_links_load() from bytes; `name` is used in errors. */
BITEXT_EXTERN(int) bitext_links_parse(bitext_links **out, const char *name,
	const char *data, size_t len);

/** Free links. NULL is fine. */
BITEXT_EXTERN(void) bitext_links_free(bitext_links *links);

/** Number of links. */
BITEXT_EXTERN(size_t) bitext_links_count(const bitext_links *links);

/**
 * Link `i`: its source and target segment numbers (sorted, borrowed from
 * `links`). @return 0 or BITEXT_EINVAL when `i` is out of range
 */
BITEXT_EXTERN(int) bitext_links_get(const bitext_links *links, size_t i,
	const size_t **src, size_t *nsrc, const size_t **tgt, size_t *ntgt);

/** 1 when link `i` is marked `confirmed`, else 0. */
BITEXT_EXTERN(int) bitext_links_confirmed(const bitext_links *links,
	size_t i);

/** The line of the file that holds link `i` (1-based), 0 when out of
 * range. */
BITEXT_EXTERN(long) bitext_links_line(const bitext_links *links, size_t i);

/** The confidence of link `i` (0 to 1), or -1 when it has none or `i` is
 * out of range. */
BITEXT_EXTERN(double) bitext_links_confidence(const bitext_links *links,
	size_t i);

/** Number of confidence bands of the calibration. */
#define BITEXT_EVAL_BANDS 4

/** The band of a confidence (0 to BITEXT_EVAL_BANDS - 1); a confidence
 * under 0 counts as 0, over 1 as 1. */
BITEXT_EXTERN(int) bitext_eval_band(double confidence);

/** The bounds of band `band`: confidences from *lo (included) to *hi
 * (excluded, but for the last band, whose *hi is 1 and included).
 * @return 0 or BITEXT_EINVAL when there is no such band */
BITEXT_EXTERN(int) bitext_eval_band_bounds(int band, double *lo,
	double *hi);

/** Counts behind the scores; start from BITEXT_EVAL_COUNTS_INIT. */
typedef struct bitext_eval_counts {
	size_t pred;          /* predicted links, omissions included */
	size_t gold;          /* gold links with both sides non-empty */
	size_t strict_pred;   /* predicted links identical to a gold link */
	size_t strict_gold;   /* gold links identical to a predicted link */
	size_t lax_pred;      /* predicted links correct in lax mode */
	size_t lax_gold;      /* gold links found in lax mode */
	size_t documents;     /* documents added */
	size_t unscored;      /* predicted links without a confidence */
	size_t band[BITEXT_EVAL_BANDS];        /* predicted links per band */
	size_t band_strict[BITEXT_EVAL_BANDS]; /* ... correct in strict mode */
	size_t band_lax[BITEXT_EVAL_BANDS];    /* ... correct in lax mode */
	double band_conf[BITEXT_EVAL_BANDS];   /* ... sum of their confidences */
} bitext_eval_counts;

#define BITEXT_EVAL_COUNTS_INIT { 0 }

typedef struct bitext_eval_scores {
	double strict_p, strict_r, strict_f;
	double lax_p, lax_r, lax_f;
} bitext_eval_scores;

/** Add the counts of one document (gold and predicted links). */
BITEXT_EXTERN(int) bitext_eval_add(bitext_eval_counts *counts,
	const bitext_links *gold, const bitext_links *pred);

/** Precision, recall and F1 of pooled counts (0 where undefined). */
BITEXT_EXTERN(void) bitext_eval_scores_get(bitext_eval_scores *out,
	const bitext_eval_counts *counts);

#ifdef __cplusplus
}
#endif
#endif
