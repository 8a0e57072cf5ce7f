/*
 * bitext/tm.h - translation memories in any format: TMX, TSV, CSV and JSON
 * Lines read and written one unit at a time (bitext_tm_reader/_writer),
 * whole-memory tools (stats, convert, merge, filter) and the fuzzy and
 * concordance lookup index (bitext_tm_index). Units are the TMX units of
 * bitext/tmx.h, whatever the format.
 */
#ifndef BITEXT_TM_H
#define BITEXT_TM_H

#include "common.h"
#include "tmx.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- other formats: TSV, CSV, JSON Lines -------------------------------- */

/** Formats a memory can be read from and written to. */
typedef enum {
	BITEXT_TM_TMX = 1,       /* TMX 1.1 - 1.4 in, TMX 1.4b out */
	BITEXT_TM_TSV,           /* tab-separated; first row names the languages;
	                            \t \n \r \\ escaped in cells */
	BITEXT_TM_CSV,           /* RFC 4180; first row names the languages */
	BITEXT_TM_JSONL,         /* one unit per line: {"tuid":..,"attrs":{..},
	                            "props":[{"type":..,"value":..}],"notes":[..],
	                            "tuvs":[{"lang":..,"text":..,"seg":..,
	                            "attrs":..,"props":..,"notes":..}]} */
	BITEXT_TM_XLIFF,         /* XLIFF 1.0 - 1.2 and 2.x in (either), 1.2 out:
	                            one unit per translated segment, see
	                            doc/formats.md */
	BITEXT_TM_XLIFF2,        /* XLIFF 2.x in (either), 2.0 out */
	BITEXT_TM_PO             /* gettext PO: one unit per translated entry */
} bitext_tm_format;

/** Format by file extension (.tmx .tsv .tab .txt .csv .jsonl .ndjson, .xlf
 * .xliff .mqxliff .sdlxliff, .po .pot), or 0. */
BITEXT_EXTERN(int) bitext_tm_format_guess(const char *path);
/** Format by name ("tmx", "tsv", "csv", "jsonl", "xliff", "xliff2", "po"),
 * or 0. */
BITEXT_EXTERN(int) bitext_tm_format_parse(const char *name);
typedef struct bitext_tm_reader bitext_tm_reader;

/**
 * Open a memory of any format (`format` 0: by extension, TMX when unknown).
 * TSV/CSV rows give one unit each, with one variant per non-empty cell.
 * `opts` applies to TMX (may be NULL). Units are borrowed as with the TMX
 * reader.
 */
BITEXT_EXTERN(int) bitext_tm_reader_open(bitext_tm_reader **out,
	const char *path, int format, const bitext_tmx_reader_options *opts);
BITEXT_EXTERN(int) bitext_tm_reader_next(bitext_tm_reader *r,
	const bitext_tmx_unit **unit);
/** Header (for TSV/CSV: srclang = first column). Borrowed. */
BITEXT_EXTERN(const bitext_tmx_header *) bitext_tm_reader_header(
	bitext_tm_reader *r);
/** Counters (TMX: as the TMX reader; others: units and skipped rows). */
BITEXT_EXTERN(void) bitext_tm_reader_stats_get(bitext_tm_reader *r,
	bitext_tmx_reader_stats *out);
BITEXT_EXTERN(void) bitext_tm_reader_close(bitext_tm_reader *r);

typedef struct bitext_tm_writer bitext_tm_writer;

/**
 * Write a memory in `format` (0: by extension, TMX when unknown),
 * atomically. `langs` (NULL-terminated) are the columns of TSV/CSV, in
 * order; when NULL the languages of the first unit are used. TSV/CSV cells
 * hold the plain text of segments (inline codes dropped); JSON Lines keeps
 * every unit whole, but not the header.
 */
BITEXT_EXTERN(int) bitext_tm_writer_open(bitext_tm_writer **out,
	const char *path, int format, const bitext_tmx_header *header,
	const char *const *langs, const bitext_tmx_writer_options *opts);
BITEXT_EXTERN(int) bitext_tm_writer_add(bitext_tm_writer *w,
	const bitext_tmx_unit *unit);
/**
 * Units bitext_tm_writer_add() left out: XLIFF and PO hold one language
 * pair (the first two of `langs`, else the header's srclang and the first
 * other language), and a unit that lacks either is not written.
 */
BITEXT_EXTERN(size_t) bitext_tm_writer_left_out(const bitext_tm_writer *w);
BITEXT_EXTERN(int) bitext_tm_writer_commit(bitext_tm_writer *w);
BITEXT_EXTERN(void) bitext_tm_writer_abort(bitext_tm_writer *w);

/* ---- whole-memory tools: stats, convert, merge, filter ------------------- */

/** Per-language counts of bitext_tm_stats. */
typedef struct bitext_tm_lang_stats {
	const char *lang;        /* canonical tag (as stored when not valid) */
	size_t segments;         /* variants */
	size_t words;            /* runs of letters, digits and marks */
	size_t chars;            /* code points */
} bitext_tm_lang_stats;

/** A name and how often it occurs. */
typedef struct bitext_tm_count {
	const char *name;        /* "ko-KR en-US" for pairs, type for props */
	size_t count;
} bitext_tm_count;

/** What `bitext tmx stats` reports. */
typedef struct bitext_tm_stats {
	size_t units;
	size_t tuvs;
	const bitext_tm_lang_stats *langs; /* by number of segments */
	size_t nlangs;
	const bitext_tm_count *pairs;      /* language pairs within units */
	size_t npairs;
	const bitext_tm_count *props;      /* prop types in use (all levels) */
	size_t nprops;
	size_t notes;
	size_t codes;                      /* inline codes */
	size_t duplicate_tuids;            /* units whose tuid was seen before */
	size_t duplicate_units;            /* units equal to an earlier one */
	void *priv_;
} bitext_tm_stats;

/**
 * Read a memory of any format once and count. `opts` (flags, progress)
 * may be NULL. Free with _free.
 */
BITEXT_EXTERN(int) bitext_tm_stats_compute(bitext_tm_stats **out,
	const char *path, int format, const bitext_tmx_reader_options *opts);
BITEXT_EXTERN(void) bitext_tm_stats_free(bitext_tm_stats *stats);

/** Counters of convert, merge and filter. */
typedef struct bitext_tm_report {
	size_t read;             /* units read */
	size_t written;          /* units written */
	size_t left_out;         /* units without the output's language pair */
	size_t skipped;          /* units dropped as unreadable (recover) */
	size_t nfc_changed;      /* segments changed by NFC normalization */
	size_t duplicates;       /* merge: exact duplicates removed */
	size_t conflicts;        /* merge: sources with differing translations */
	size_t filtered;         /* filter: units left out */
	size_t prop_units;       /* filter: units having a prop of the filter's type */
} bitext_tm_report;

/** A conflict found by merge: one source, two translations. */
typedef struct bitext_tm_conflict {
	const char *source;      /* source text (NFC) */
	const char *target;      /* the translation that differs (first
	                            variant other than the source) */
	const char *file_a;      /* where the source was first seen */
	long line_a;             /* its line (0 when unknown) */
	const char *file_b;      /* where this other translation comes from */
	long line_b;
} bitext_tm_conflict;

typedef struct bitext_tm_convert_options {
	unsigned int version;
	int from, to;            /* bitext_tm_format; 0 = by extension */
	const char *const *langs;/* TSV/CSV columns; NULL: found by a first pass */
	unsigned read_flags;     /* BITEXT_TMX_READ_RECOVER ... */
	int nfc;                 /* normalize segments to NFC (default 1) */
	bitext_tmx_progress_cb progress; /* or NULL (version 2) */
	void *progress_payload;          /* passed to progress */
} bitext_tm_convert_options;

#define BITEXT_TM_CONVERT_OPTIONS_VERSION 2
#define BITEXT_TM_CONVERT_OPTIONS_INIT \
	{ BITEXT_TM_CONVERT_OPTIONS_VERSION, 0, 0, NULL, 0, 1, NULL, NULL }

/** Convert memory `in` to `out` (atomically). `report` may be NULL. */
BITEXT_EXTERN(int) bitext_tm_convert(const char *in, const char *out,
	const bitext_tm_convert_options *opts, bitext_tm_report *report);

typedef struct bitext_tm_merge_options {
	unsigned int version;
	const char *srclang;     /* source language; NULL: first input's srclang */
	unsigned read_flags;
	/** called for each conflict (may be NULL) */
	void (*on_conflict)(const bitext_tm_conflict *c, void *payload);
	void *payload;
	bitext_tmx_progress_cb progress; /* or NULL (version 2) */
	void *progress_payload;          /* passed to progress */
} bitext_tm_merge_options;

#define BITEXT_TM_MERGE_OPTIONS_VERSION 2
#define BITEXT_TM_MERGE_OPTIONS_INIT \
	{ BITEXT_TM_MERGE_OPTIONS_VERSION, NULL, 0, NULL, NULL, NULL, NULL }

/**
 * Merge memories (any formats) into one TMX (or the format of `out`):
 * segments put in NFC, exact duplicates (same languages and texts) written
 * once - the copy with the newest changedate or creationdate wins, with its
 * metadata - and sources translated differently kept and reported. Two
 * passes over the inputs; memory holds 24 bytes per distinct unit.
 */
BITEXT_EXTERN(int) bitext_tm_merge(const char *const *inputs, size_t n,
	const char *out, const bitext_tm_merge_options *opts,
	bitext_tm_report *report);

/** Comparison of a prop filter. */
typedef enum {
	BITEXT_TM_OP_EXISTS, BITEXT_TM_OP_EQ, BITEXT_TM_OP_NE, BITEXT_TM_OP_LT,
	BITEXT_TM_OP_LE, BITEXT_TM_OP_GT, BITEXT_TM_OP_GE
} bitext_tm_op;

typedef struct bitext_tm_filter_options {
	unsigned int version;
	const char *source;      /* source language (default: header srclang) */
	const char *target;      /* target language (default: any other) */
	int keep_pair_only;      /* drop variants of other languages */
	const char *prop_type;   /* prop filter: unit-level prop of this type */
	bitext_tm_op prop_op;
	const char *prop_value;  /* compared as numbers when both are numbers */
	size_t min_len, max_len; /* source length in code points (0 = none) */
	const char *source_re;   /* ICU regular expressions, or NULL */
	const char *target_re;
	int invert;              /* keep the units that do NOT match */
	unsigned read_flags;
	bitext_tmx_progress_cb progress; /* or NULL (version 2) */
	void *progress_payload;          /* passed to progress */
} bitext_tm_filter_options;

#define BITEXT_TM_FILTER_OPTIONS_VERSION 2
#define BITEXT_TM_FILTER_OPTIONS_INIT { BITEXT_TM_FILTER_OPTIONS_VERSION, \
	NULL, NULL, 0, NULL, BITEXT_TM_OP_EXISTS, NULL, 0, 0, NULL, NULL, 0, 0, \
	NULL, NULL }

/**
 * Parse "x-score<0.5", "x-document=a.txt", "x-note" (exists) into the
 * prop fields of `opts` (pointing into `expr`, which must outlive them).
 */
BITEXT_EXTERN(int) bitext_tm_filter_parse_prop(bitext_tm_filter_options *opts,
	char *expr);

/** Copy the units of `in` that pass every filter to `out`, unchanged. */
BITEXT_EXTERN(int) bitext_tm_filter(const char *in, const char *out,
	const bitext_tm_filter_options *opts, bitext_tm_report *report);

/* ---- fuzzy lookup -------------------------------------------------------- */

typedef struct bitext_tm_index bitext_tm_index;

/** A match of a lookup. */
typedef struct bitext_tm_match {
	double score;            /* 0..100, see bitext_tm_index_lookup() */
	const char *source;      /* source text of the unit */
	const char *target;      /* target text */
	const char *tuid;        /* tuid or NULL */
	size_t unit;             /* position of the unit in the memory (0-based) */
} bitext_tm_match;

typedef struct bitext_tm_lookup_options {
	unsigned int version;
	double min_score;        /* lowest percentage returned (default 70) */
	size_t max_results;      /* at most this many (default 5) */
	int concordance;         /* 1: substring search instead of fuzzy */
} bitext_tm_lookup_options;

#define BITEXT_TM_LOOKUP_OPTIONS_VERSION 1
#define BITEXT_TM_LOOKUP_OPTIONS_INIT \
	{ BITEXT_TM_LOOKUP_OPTIONS_VERSION, 70.0, 5, 0 }

/**
 * Read memory `path` and index the segments of language `srclang` paired
 * with `tgtlang` (either may be NULL: the header's srclang, and the first
 * other language). `opts` (flags, progress) may be NULL. Owned by the
 * caller; free with bitext_tm_index_free().
 */
BITEXT_EXTERN(int) bitext_tm_index_build(bitext_tm_index **out,
	const char *path, const char *srclang, const char *tgtlang,
	const bitext_tmx_reader_options *opts);

/**
 * Keep an index in a file, to skip building it next time. `memory` is the
 * memory it was built from: its size and modification time are recorded.
 */
BITEXT_EXTERN(int) bitext_tm_index_save(const bitext_tm_index *idx,
	const char *path, const char *memory);

/**
 * Load an index saved by bitext_tm_index_save().
 * @return 0, or BITEXT_ENOTFOUND when the file is missing, damaged or
 *         stale (the memory changed since) - then build it again
 */
BITEXT_EXTERN(int) bitext_tm_index_load(bitext_tm_index **out,
	const char *path, const char *memory);

/** Number of units indexed. */
BITEXT_EXTERN(size_t) bitext_tm_index_size(const bitext_tm_index *idx);

/**
 * The best matches of `query`, best first. Fuzzy score: character-level
 * Levenshtein distance on normalized text (NFC, case-folded, whitespace
 * collapsed), 100 * (1 - dist / max(len)) in code points; 100 only for equal
 * normalized texts. `*matches` points into the index (valid until the next
 * lookup or _free); `*count` receives how many.
 */
BITEXT_EXTERN(int) bitext_tm_index_lookup(bitext_tm_index *idx,
	const char *query, const bitext_tm_lookup_options *opts,
	const bitext_tm_match **matches, size_t *count);

/** Free an index. NULL is fine. */
BITEXT_EXTERN(void) bitext_tm_index_free(bitext_tm_index *idx);

#ifdef __cplusplus
}
#endif

#endif
