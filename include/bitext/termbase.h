/*
 * bitext/termbase.h - termbases (glossaries): load TBX and TSV/CSV, look
 * terms up, and find terms in running text the way the language inflects.
 *
 * A termbase is a list of concepts; each concept holds terms in one or more
 * languages, each with a status (preferred, admitted, deprecated,
 * forbidden). Formats read:
 *   - TBX (ISO 30042): TBX-Basic / TBX-Core `conceptEntry / langSec /
 *     termSec / term`, and the older `martif / termEntry / langSet / tig`.
 *     The status comes from `administrativeStatus` (termNote or descrip),
 *     e.g. preferredTerm-admn-sts, admittedTerm-admn-sts,
 *     deprecatedTerm-admn-sts, supersededTerm-admn-sts, or a `normativeAuthorization`.
 *     Read with libxml2 without network or entity expansion.
 *   - TSV / CSV: `source<TAB>target<TAB>status<TAB>note`, one row per
 *     source-target pair; rows with the same source form one concept (a
 *     source with several accepted targets takes several rows). `#` starts a
 *     comment line. The status column is optional (empty = admitted) and
 *     names the status of the target term. The languages come from the
 *     options (src_lang, tgt_lang), or from a first comment line
 *     `# bitext-glossary ko en`.
 *
 * All text is UTF-8 NFC. Every object handed out is borrowed from the
 * termbase and lives until bitext_termbase_free().
 */
#ifndef BITEXT_TERMBASE_H
#define BITEXT_TERMBASE_H

#include "common.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bitext_termbase bitext_termbase;
typedef struct bitext_term_matcher bitext_term_matcher;

/** Usage status of a term. */
typedef enum {
	BITEXT_TERM_ADMITTED = 0,   /* usable (the default when unstated) */
	BITEXT_TERM_PREFERRED,      /* the term to use */
	BITEXT_TERM_DEPRECATED,     /* should no longer be used */
	BITEXT_TERM_FORBIDDEN       /* must not be used */
} bitext_term_status;

/** 1 for statuses a translation may use (admitted, preferred). */
#define BITEXT_TERM_STATUS_OK(s) \
	((s) == BITEXT_TERM_ADMITTED || (s) == BITEXT_TERM_PREFERRED)

typedef struct bitext_term {
	const char *text;          /* the term, UTF-8 NFC, never NULL */
	const char *lang;          /* language tag as in the file ("ko", "en-US") */
	bitext_term_status status; /* usage status */
	const char *note;          /* note / definition, or NULL */
	size_t concept;            /* index of its concept */
	long line;                 /* line of the term in the file (1-based) */
} bitext_term;

typedef struct bitext_concept {
	const char *id;            /* concept id from the file, or NULL */
	size_t first_term;         /* its terms are first_term .. +nterms-1 */
	size_t nterms;
	long line;                 /* line where the concept starts */
} bitext_concept;

/** Input format of a termbase file. */
typedef enum {
	BITEXT_TERMBASE_AUTO = 0,  /* by content: XML -> TBX, else TSV/CSV */
	BITEXT_TERMBASE_TBX,
	BITEXT_TERMBASE_TSV,
	BITEXT_TERMBASE_CSV
} bitext_termbase_format;

typedef struct bitext_termbase_options {
	unsigned version;          /* BITEXT_TERMBASE_OPTIONS_VERSION */
	bitext_termbase_format format;
	const char *src_lang;      /* TSV/CSV source language (default "und") */
	const char *tgt_lang;      /* TSV/CSV target language (default "und") */
} bitext_termbase_options;

#define BITEXT_TERMBASE_OPTIONS_VERSION 1
#define BITEXT_TERMBASE_OPTIONS_INIT { BITEXT_TERMBASE_OPTIONS_VERSION, \
	BITEXT_TERMBASE_AUTO, NULL, NULL }

/**
 * Load a termbase from a file ("-" = stdin). `opts` may be NULL.
 * @param[out] out the termbase, owned by the caller (bitext_termbase_free)
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EPARSE (with file and line),
 *         BITEXT_ELIMIT, BITEXT_EIO or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_termbase_load(bitext_termbase **out,
	const char *path, const bitext_termbase_options *opts);

/**
 * 0 when every language the termbase names (a TBX langSet's xml:lang, a
 * glossary's "# bitext-glossary SRC TGT" line) is a language tag; else
 * BITEXT_EPARSE naming the first that is not, its file and line, with the
 * hint of bitext_lang_canonicalize() ("did you mean ko?"). Loading keeps
 * such tags as written, for bitext_termbase_validate() to list; a command
 * that uses the terms calls this first.
 */
BITEXT_EXTERN(int) bitext_termbase_check_langs(const bitext_termbase *tb);

/** Same as bitext_termbase_load() from bytes; `name` is used in errors. */
BITEXT_EXTERN(int) bitext_termbase_load_buffer(bitext_termbase **out,
	const char *name, const char *data, size_t len,
	const bitext_termbase_options *opts);

/**
 * Write every concept of `tb` to `f` as TBX-Basic in the TBX core
 * structure (tbx/text/body/conceptEntry/langSec/termSec/term), statuses as
 * administrativeStatus, notes as <note>; `title` (may be NULL) goes in the
 * header. bitext_termbase_load() reads it back (a forbidden term comes
 * back deprecated: TBX has no forbidden status; its note says
 * "forbidden:").
 * @return 0, BITEXT_EIO or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_termbase_write_tbx(FILE *f,
	const bitext_termbase *tb, const char *title);

/** Free a termbase and everything it handed out. NULL is fine. */
BITEXT_EXTERN(void) bitext_termbase_free(bitext_termbase *tb);

BITEXT_EXTERN(size_t) bitext_termbase_concept_count(const bitext_termbase *tb);
BITEXT_EXTERN(size_t) bitext_termbase_term_count(const bitext_termbase *tb);
/** Concept `i` or NULL when out of range. Borrowed. */
BITEXT_EXTERN(const bitext_concept *) bitext_termbase_concept(
	const bitext_termbase *tb, size_t i);
/** Term `i` or NULL when out of range. Borrowed. */
BITEXT_EXTERN(const bitext_term *) bitext_termbase_term(
	const bitext_termbase *tb, size_t i);

/**
 * 1 when language tag `term_lang` (of a term) serves text in language `lang`:
 * equal primary subtags, case-insensitive ("en-US" serves "en"; "und"
 * serves anything).
 */
BITEXT_EXTERN(int) bitext_termbase_lang_match(const char *term_lang,
	const char *lang);

/**
 * Exact lookup (case-insensitive for cased scripts) of `text` in language
 * `lang`. Writes up to `cap` term indices to `idx` and returns how many
 * terms match in all (may be more than `cap`).
 */
BITEXT_EXTERN(size_t) bitext_termbase_lookup(const bitext_termbase *tb,
	const char *lang, const char *text, size_t len, size_t *idx, size_t cap);

/** A term found in a text. */
typedef struct bitext_term_match {
	size_t term;               /* index of the term (bitext_termbase_term) */
	size_t start, end;         /* byte span in the text, half-open */
	size_t cp_start, cp_end;   /* the same span in code points */
} bitext_term_match;

/**
 * A matcher finds the terms of one language in texts. It tokenizes with
 * ICU's word break iterator and compares word stems: Korean terms match
 * with particles and endings attached (김정은은, 소니가) but never inside a
 * longer word; English (and other cased languages) match case-insensitively
 * and across inflection (hacker/hackers, release/released), each word of a
 * multi-word term too. Open once, run many times; not thread-safe.
 * @param[out] out the matcher, owned by the caller (bitext_term_matcher_free);
 *                 it borrows `tb`, which must outlive it
 */
BITEXT_EXTERN(int) bitext_term_matcher_new(bitext_term_matcher **out,
	const bitext_termbase *tb, const char *lang);

/**
 * Find the terms in `text` (UTF-8, `len` bytes). Matches come sorted by
 * start; overlapping matches are all reported (the longest first at one
 * start). `*matches` is borrowed from the matcher until its next run.
 */
BITEXT_EXTERN(int) bitext_term_matcher_run(bitext_term_matcher *m,
	const char *text, size_t len, const bitext_term_match **matches,
	size_t *nmatches);

/** Free a matcher. NULL is fine. */
BITEXT_EXTERN(void) bitext_term_matcher_free(bitext_term_matcher *m);


/* ---- validation -------------------------------------------------------- */

/** A problem of a termbase found by bitext_termbase_validate(). */
typedef struct bitext_term_problem {
	bitext_severity severity;  /* BITEXT_SEVERITY_ERROR, _WARNING or _INFO */
	const char *msgid;         /* message key (locales/.../terms.txt) */
	const char *message;       /* formatted, in the UI language */
	long line;                 /* line in the file, 0 unknown */
	size_t term;               /* the term concerned, or (size_t)-1 */
} bitext_term_problem;

/**
 * Check a termbase: empty terms, the same term twice in a concept, a term
 * in two concepts, a term both accepted and forbidden, language tags that
 * are not BCP 47 languages ICU knows, concepts with a single language.
 * `cb` is called for each problem (valid during the call).
 * @return the number of problems at warning or above (>= 0), or a negative
 *         code
 */
BITEXT_EXTERN(int) bitext_termbase_validate(const bitext_termbase *tb,
	void (*cb)(const bitext_term_problem *p, void *payload), void *payload);

/* ---- extraction -------------------------------------------------------- */

/** A term candidate found in a memory. */
typedef struct bitext_term_candidate {
	const char *source;        /* source phrase (stem form for Korean) */
	const char *target;        /* target phrase as it occurs */
	size_t count;              /* units where both occur */
	double score;              /* Dice coefficient, or name similarity */
	int name;                  /* 1 when found as a transliterated name */
} bitext_term_candidate;

typedef struct bitext_term_extract_options {
	unsigned version;          /* BITEXT_TERM_EXTRACT_OPTIONS_VERSION */
	const char *src_lang;      /* required */
	const char *tgt_lang;      /* required */
	size_t min_count;          /* least co-occurrences of a phrase pair
	                              (default 3: on two, every phrase of the
	                              same two units ties at Dice 1.0) */
	size_t max_words;          /* longest phrase in words (default 3) */
	double min_score;          /* least Dice coefficient (default 0.5) */
	const bitext_termbase *known; /* pairs already known are left out */
} bitext_term_extract_options;

#define BITEXT_TERM_EXTRACT_OPTIONS_VERSION 1
#define BITEXT_TERM_EXTRACT_OPTIONS_INIT { \
	BITEXT_TERM_EXTRACT_OPTIONS_VERSION, NULL, NULL, 3, 3, 0.5, NULL }

typedef struct bitext_term_extractor bitext_term_extractor;

/**
 * Term extraction from aligned units, for a person to review: frequent
 * aligned phrases (Dice coefficient of the units where source and target
 * phrase occur), and names whose romanizations match (bitext/translit.h).
 * @param[out] out owned by the caller (bitext_term_extractor_free)
 */
BITEXT_EXTERN(int) bitext_term_extractor_new(bitext_term_extractor **out,
	const bitext_term_extract_options *opts);
/** Add one unit (copied). */
BITEXT_EXTERN(int) bitext_term_extractor_add(bitext_term_extractor *x,
	const char *src, size_t slen, const char *tgt, size_t tlen);
/**
 * Compute the candidates, best first. `*out` is borrowed from the
 * extractor until it is freed.
 */
BITEXT_EXTERN(int) bitext_term_extractor_run(bitext_term_extractor *x,
	const bitext_term_candidate **out, size_t *count);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_term_extractor_free(bitext_term_extractor *x);

#ifdef __cplusplus
}
#endif
#endif
