/*
 * bitext/check.h - translation quality checks over translation units.
 *
 * A checker takes units (source and target text exactly as stored, with
 * their inline codes), runs the enabled checks on each unit and the checks
 * that need the whole memory (length model, inconsistency), and gives back
 * findings: check id, severity, unit, spans in source and target (code
 * points of the text as stored, half-open), a message in the UI language
 * and a suggestion where one exists. Findings are data, not errors: a
 * check that finds problems returns 0.
 *
 * Checks (ids as used in profiles and reports):
 *   normalization invisible whitespace spelling terminology forbidden
 *   number untranslated empty punctuation length inconsistency tags
 *   repeated url checklist
 *
 * Checklists: the user's own rules (bitext_checker_load_checklist), each
 * an id, a severity, a message and ICU regular expressions on the source
 * and/or the target with a pairing condition; their findings have check
 * BITEXT_CHECK_CHECKLIST and the rule's id in `rule`. Format:
 *
 *   # comment                    (a line whose first non-blank is #)
 *   allow = NAME                 (before the first rule: a name that may
 *                                 stay in the source's script in targets)
 *   [rule-id]                    (letters, digits, - _ .)
 *   severity = error|warning|info|off
 *   message = TEXT
 *   source = PATTERN             (ICU regular expression, rest of line)
 *   target = PATTERN
 *   when = target | source | source-not-target | target-not-source |
 *          both | count          (default: the side given; with both
 *                                 patterns, source-not-target)
 *
 * A rule reports every match of the side it names with its span (`count`
 * once a unit), at most BITEXT_MAX_CHECKLIST_MATCHES (100) a unit. Ignore
 * lists key a checklist finding by `checklist:RULE-ID`.
 *
 * Profiles: text files of `check-id = off|error|warning|info` lines (`#`
 * comments, blank lines ignored; `*` names every check). They are applied
 * over the defaults, in order: first locales/<tgt-lang>/check.profile of
 * the data directory when it exists, then the files the caller loads.
 *
 * Ownership: the checker copies the units it is given; findings and units
 * handed out are borrowed from the checker until bitext_checker_free().
 */
#ifndef BITEXT_CHECK_H
#define BITEXT_CHECK_H

#include "common.h"
#include "termbase.h"
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The checks. */
typedef enum {
	BITEXT_CHECK_NORMALIZATION = 0,
	BITEXT_CHECK_INVISIBLE,
	BITEXT_CHECK_WHITESPACE,
	BITEXT_CHECK_SPELLING,
	BITEXT_CHECK_TERMINOLOGY,
	BITEXT_CHECK_FORBIDDEN,
	BITEXT_CHECK_NUMBER,
	BITEXT_CHECK_UNTRANSLATED,
	BITEXT_CHECK_EMPTY,
	BITEXT_CHECK_PUNCTUATION,
	BITEXT_CHECK_LENGTH,
	BITEXT_CHECK_INCONSISTENCY,
	BITEXT_CHECK_TAGS,
	BITEXT_CHECK_REPEATED,
	BITEXT_CHECK_URL,
	BITEXT_CHECK_CHECKLIST,       /* rules of the user's checklists */
	BITEXT_CHECK_COUNT_           /* number of checks */
} bitext_check_id;

/** Id of a check ("number"); static. NULL when out of range. */
BITEXT_EXTERN(const char *) bitext_check_name(bitext_check_id id);
/**
 * The check named `name` ("number").
 * @param[out] out its id (untouched when not found)
 * @return 0, or BITEXT_ENOTFOUND when no check has that name (an expected
 *         result: no error message is recorded)
 */
BITEXT_EXTERN(int) bitext_check_from_name(bitext_check_id *out,
	const char *name);
/** "error", "warning", "info" or "off"; static. */
BITEXT_EXTERN(const char *) bitext_severity_name(bitext_severity s);
/**
 * The severity named `name` ("error", "warning", "info", "off").
 * @param[out] out the severity (untouched when not found)
 * @return 0, or BITEXT_ENOTFOUND (no error message is recorded)
 */
BITEXT_EXTERN(int) bitext_severity_from_name(bitext_severity *out,
	const char *name);

/** An inline code (tag, placeholder) of one side of a unit. */
typedef struct bitext_check_code {
	const char *id;           /* identity compared across sides: "bpt 1",
	                             "ph 2", "hi 3" ... */
	size_t offset;            /* byte offset in the side's text */
	int opens;                /* 1 opening, -1 closing, 0 standalone */
} bitext_check_code;

/** A unit to check. Texts need not be NUL-terminated. */
typedef struct bitext_check_unit {
	const char *id;           /* tuid, or NULL (then the 1-based number) */
	const char *src;          /* source text as stored (codes removed) */
	size_t src_len;
	const char *tgt;          /* target text as stored */
	size_t tgt_len;
	const bitext_check_code *src_codes;
	size_t src_ncodes;
	const bitext_check_code *tgt_codes;
	size_t tgt_ncodes;
	long line;                /* line in the input file, 0 unknown */
	/* units made by aligning two texts: the 1-based number of the first
	 * sentence of each side, -1 for a side without any (a 1-0 or 0-1
	 * link: an omission, reported under `empty` at most as a warning);
	 * 0, 0 for units of a memory */
	long src_sentence, tgt_sentence;
} bitext_check_unit;

/** A finding. Spans are code points of the text as stored; -1 = none. */
typedef struct bitext_finding {
	bitext_check_id check;
	bitext_severity severity;
	size_t unit;              /* index of the unit (0-based, order added) */
	long src_start, src_end;  /* span in the source, or -1, -1 */
	long tgt_start, tgt_end;  /* span in the target, or -1, -1 */
	const char *message;      /* in the UI language */
	const char *suggestion;   /* replacement or advice, or NULL */
	const char *rule;         /* id of the checklist rule, or NULL */
} bitext_finding;

typedef struct bitext_checker bitext_checker;

typedef struct bitext_checker_options {
	unsigned version;          /* BITEXT_CHECKER_OPTIONS_VERSION */
	const char *src_lang;      /* BCP 47 tag of the sources (required) */
	const char *tgt_lang;      /* BCP 47 tag of the targets (required) */
	const bitext_termbase *termbase; /* borrowed, may be NULL */
	const char *const *dicts;  /* extra hunspell dictionaries: paths
	                              without .dic/.aff, each "LANG=PATH" or
	                              PATH (then for the target language) */
	size_t ndicts;
	int spell_source;          /* 1: spell-check the source too */
	int no_default_profile;    /* 1: skip locales/<lang>/check.profile */
	/** called now and then during bitext_checker_run() with the units
	 * checked so far and the total; NULL for none */
	void (*progress)(size_t done, size_t total, void *payload);
	void *payload;
} bitext_checker_options;

#define BITEXT_CHECKER_OPTIONS_VERSION 1
#define BITEXT_CHECKER_OPTIONS_INIT { BITEXT_CHECKER_OPTIONS_VERSION, NULL, \
	NULL, NULL, NULL, 0, 0, 0, NULL, NULL }

/**
 * Create a checker. Opens the ICU objects and (lazily) the hunspell
 * dictionaries once; applies the language's default profile.
 * @param[out] out the checker, owned by the caller (bitext_checker_free)
 * @return 0, BITEXT_EINVAL (missing languages), BITEXT_EPARSE (bad default
 *         profile), BITEXT_ENOMEM or BITEXT_ERROR (ICU)
 */
BITEXT_EXTERN(int) bitext_checker_new(bitext_checker **out,
	const bitext_checker_options *opts);

/** Free a checker and everything it handed out. NULL is fine. */
BITEXT_EXTERN(void) bitext_checker_free(bitext_checker *c);

/** Enable a check with a severity, or disable it (BITEXT_SEVERITY_OFF). */
BITEXT_EXTERN(int) bitext_checker_set(bitext_checker *c, bitext_check_id id,
	bitext_severity severity);

/** The severity a check reports with (OFF when disabled). */
BITEXT_EXTERN(bitext_severity) bitext_checker_get(const bitext_checker *c,
	bitext_check_id id);

/**
 * Apply a profile file (format at the top of this file).
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EPARSE (with file and line)
 */
BITEXT_EXTERN(int) bitext_checker_load_profile(bitext_checker *c,
	const char *path);
/** Same from bytes; `name` is used in errors. */
BITEXT_EXTERN(int) bitext_checker_load_profile_buffer(bitext_checker *c,
	const char *name, const char *data, size_t len);

/**
 * Load a checklist file (format at the top of this file); its rules run
 * after those of checklists loaded before. `checklist = off` in a profile
 * turns every rule off; otherwise each rule has its own severity.
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EPARSE (with file, line and column:
 *         a bad pattern, severity, condition, a missing field),
 *         BITEXT_ELIMIT (too many rules)
 */
BITEXT_EXTERN(int) bitext_checker_load_checklist(bitext_checker *c,
	const char *path);
/** Same from bytes; `name` is used in errors. */
BITEXT_EXTERN(int) bitext_checker_load_checklist_buffer(bitext_checker *c,
	const char *name, const char *data, size_t len);

/**
 * Allow `name` (copied) to stay in the source's script in targets: a run
 * of source-script letters inside it is not reported as untranslated.
 * Termbase terms of the target language are allowed already.
 * @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_checker_allow(bitext_checker *c, const char *name);

/** Add a unit (copied). @return 0 or BITEXT_ENOMEM */
BITEXT_EXTERN(int) bitext_checker_add(bitext_checker *c,
	const bitext_check_unit *unit);

/**
 * Run every enabled check over the units added. Findings are sorted by
 * unit, then check, then position. May be called again after more units.
 * @return 0, or a negative code when a dictionary or ICU fails
 */
BITEXT_EXTERN(int) bitext_checker_run(bitext_checker *c);

/** Findings of the last run. Borrowed. */
BITEXT_EXTERN(const bitext_finding *) bitext_checker_findings(
	const bitext_checker *c, size_t *count);

BITEXT_EXTERN(size_t) bitext_checker_unit_count(const bitext_checker *c);
/** Unit `i` as stored (NUL-terminated texts). Borrowed. */
BITEXT_EXTERN(const bitext_check_unit *) bitext_checker_unit(
	const bitext_checker *c, size_t i);

/** A check that was on but could not run in the last run, and why. */
typedef struct bitext_check_skip {
	bitext_check_id check;    /* spelling, terminology, forbidden */
	const char *reason;       /* in the UI language: "no hunspell
	                             dictionary for it" */
	const char *package;      /* the Debian package that has what is
	                             missing (hunspell-it), or NULL */
} bitext_check_skip;

/**
 * The checks of the last run that were on but could not run: spelling
 * without a hunspell dictionary for a language, terminology and forbidden
 * terms when the termbase has no term in a language of the units.
 * Borrowed, valid until the next run.
 */
BITEXT_EXTERN(const bitext_check_skip *) bitext_checker_not_run(
	const bitext_checker *c, size_t *count);

/** Findings of the last run at or above `min`. */
BITEXT_EXTERN(size_t) bitext_checker_count(const bitext_checker *c,
	bitext_severity min);

/**
 * Read an ignore list: findings a person marked "not a problem", one a line
 * as `CHECK<TAB>SOURCE<TAB>TEXT` (`#` comments and blank lines skipped):
 * the check id, the source text of the finding's unit and the text the
 * finding points at (its target span, else its source span, else empty),
 * with the backslash escapes of bitext/rows.h. The unit is known by its
 * source text, so a mark survives a rebuilt memory whose units are
 * numbered anew. Matching findings are left out of the next runs and
 * counted (bitext_checker_ignored()). Lists loaded one after another add
 * up. The HTML report's marks are saved in this format.
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EIO, BITEXT_EPARSE (file, line and
 *         column: a line without exactly three fields, an unknown check)
 */
BITEXT_EXTERN(int) bitext_checker_load_ignore(bitext_checker *c,
	const char *path);
/** Same from bytes; `name` is used in errors. */
BITEXT_EXTERN(int) bitext_checker_load_ignore_buffer(bitext_checker *c,
	const char *name, const char *data, size_t len);
/** Findings of the last run that the ignore lists left out. */
BITEXT_EXTERN(size_t) bitext_checker_ignored(const bitext_checker *c);
/** 1 when an ignore list was loaded (even an empty one), else 0. */
BITEXT_EXTERN(int) bitext_checker_ignoring(const bitext_checker *c);

/** Report formats. */
typedef enum {
	BITEXT_REPORT_TEXT = 0,  /* FILE:TUID: or FILE:unit N: severity:
	                            [check] message */
	BITEXT_REPORT_JSONL,     /* one JSON object a line */
	BITEXT_REPORT_HTML,      /* a self-contained page with filters */
	BITEXT_REPORT_IGNORE     /* every finding as a line of an ignore list
	                            (bitext_checker_load_ignore()): marks them
	                            all "not a problem" */
} bitext_report_format;

/**
 * Parse a report format name ("text", "jsonl", "html", "ignore") into
 * `out`.
 * @return 0, or BITEXT_EINVAL (with a message naming the formats); `out` is
 * left as it was then
 */
BITEXT_EXTERN(int) bitext_check_format_parse(bitext_report_format *out,
	const char *name);

/**
 * Write the findings of the last run to `f`. `name` is the input's name
 * (for the text format and the page title).
 * @return 0 or BITEXT_EIO
 */
BITEXT_EXTERN(int) bitext_checker_report(const bitext_checker *c, FILE *f,
	bitext_report_format format, const char *name);

/** What bitext_check_fix() repairs. */
enum {
	BITEXT_FIX_NORMALIZATION = 1 << 0, /* NFC; full-width Latin/digits and
	                                      half-width Katakana to normal */
	BITEXT_FIX_INVISIBLE = 1 << 1,     /* drop stray zero-width characters,
	                                      BOMs, controls, bidi controls;
	                                      NBSP to space where not used */
	BITEXT_FIX_WHITESPACE = 1 << 2,    /* leading and trailing white space
	                                      like `other`'s; double spaces and
	                                      English spaces before punctuation
	                                      removed unless `other` has them */
	BITEXT_FIX_NOT_FIRST = 1 << 3,     /* `s` is a run after an inline code:
	                                      its leading white space is inner */
	BITEXT_FIX_NOT_LAST = 1 << 4       /* `s` is followed by an inline code:
	                                      its trailing white space is inner */
};

/**
 * Repair text `s` of language `lang`, appending the result to `out`. When
 * `other` is not NULL (the source of the unit: the reference), leading and
 * trailing white space are made equal to its and the white space it has
 * inside (a layout of double spaces) is kept; without it, double spaces
 * are collapsed and the outer white space is left. Fix a source with
 * BITEXT_FIX_WHITESPACE left out: its white space is what targets follow. Returns 1 when the text changed, 0
 * when not, or a negative code.
 */
BITEXT_EXTERN(int) bitext_check_fix(bitext_buf *out, unsigned what,
	const char *lang, const char *s, size_t len, const char *other,
	size_t other_len);

/**
 * Copy XLIFF file `in` (UTF-8, already read without error) to `out`
 * (atomically), repairing with bitext_check_fix() the text of targets in
 * language `lang`; every other byte - markup, extension namespaces,
 * alt-trans, units with translate="no", native codes - is copied as it
 * is. `*fixed` (may be NULL) receives the number of text runs changed.
 * @return 0, BITEXT_EENCODING (UTF-16 input), BITEXT_EIO, BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_check_fix_xliff(const char *in, const char *out,
	unsigned what, const char *lang, size_t *fixed);

#ifdef __cplusplus
}
#endif
#endif
