/*
 * check_int.h - what the files of the checker share privately: the
 * checker's state, the speller (check_spell.c) and the report writers'
 * view of findings.
 */
#ifndef BITEXT_CHECK_INT_H
#define BITEXT_CHECK_INT_H

#include <stddef.h>
#include <stdint.h>
#include "util/arena.h"
#include "util/hashmap.h"
#include "util/utf8.h"
#include "util/vec.h"
#include "lang/lang_int.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* ---- the checker (check.c, check_spell.c, check_report.c) -------------- */

#include <bitext/check.h>
#include <bitext/common.h>

typedef struct bitext_check_speller bitext_check_speller;
typedef struct bitext_check_list bitext_check_list;

/*
 * Open the hunspell dictionary of `lang`: an entry "LANG=PATH" or "PATH" of
 * `dicts` first, else LANG_REGION / LANG in /usr/share/hunspell and
 * /usr/share/myspell/dicts. *out is NULL (and 0 returned) when the language
 * has no dictionary.
 */
int bitext_check__speller_open(bitext_check_speller **out, const char *lang,
	const char *const *dicts, size_t ndicts, int dicts_for_lang);
void bitext_check__speller_free(bitext_check_speller *sp);
/* 1 when `word` is spelled right, 0 when not, negative on error. Cached. */
int bitext_check__speller_ok(bitext_check_speller *sp, const char *w,
	size_t n);
/* Suggestions for a word, "a, b, c" (at most 3), or NULL; cached, borrowed
 * from the speller until its next call. */
const char *bitext_check__speller_suggest(bitext_check_speller *sp,
	const char *w, size_t n);
/* Words held in the speller's caches (answers and suggestions). */
size_t bitext_check__speller_cached(const bitext_check_speller *sp);

/* Checks that could not run in one run: spelling of each side, terminology
 * and forbidden of each side. */
#define CHECK_MAX_SKIPS 6

/* Record in c->skips the checks that are on but cannot run (check_skip.c);
 * after the spellers were opened. */
int bitext_check__not_run_scan(bitext_checker *c);

/* A place in one side of one unit in bytes and in code points, so that
 * positions met in order are converted in time linear in the text. */
typedef struct {
	size_t unit;                   /* the unit, + 1 (0: none yet) */
	size_t byte;
	long cp;
} chk_cursor;

struct bitext_checker {
	char src_lang[36], tgt_lang[36];
	const bitext_termbase *tb;
	bitext_severity sev[BITEXT_CHECK_COUNT_];
	int spell_source;
	char **dicts;
	size_t ndicts;
	bitext_arena arena;            /* unit texts and codes */
	bitext_check_unit *units;
	size_t nunits, aunits;
	bitext_finding *findings;
	size_t nfindings, afindings;
	bitext_arena farena;           /* finding messages, per run */
	int error;                     /* first error of a run */
	void *icu;                     /* ICU objects (check.c) */
	bitext_check_speller *sp_src, *sp_tgt;
	int sp_src_tried, sp_tgt_tried;
	bitext_term_matcher *tm_src, *tm_tgt;
	bitext_check_skip skips[CHECK_MAX_SKIPS]; /* checks not run (last run) */
	size_t nskips;
	bitext_buf tmp, msg, tmp2;
	chk_cursor at[2];              /* source, target: last position converted */
	void (*progress)(size_t done, size_t total, void *payload);
	void *payload;
	bitext_strmap ignore;          /* ignore lists: canonical lines */
	int ignoring;                  /* an ignore list was loaded */
	size_t nignored;               /* findings of the last run left out */
	bitext_check_list *list;       /* checklist rules (check_list.c) */
	char **allow;                  /* names allowed in the source's script */
	size_t nallow, aallow;
	const char **tb_allow;         /* accepted target terms with letters
	                                  outside Latin (borrowed from tb) */
	size_t ntb_allow;
};

/* The severity check `id` reports with unless a profile says otherwise
 * (check_names.c). */
bitext_severity bitext_check__default_severity(bitext_check_id id);

/* ---- ignore lists (check_ignore.c) ------------------------------------ */

/* The text finding x points at: its target span when not empty, else its
 * source span, else "" (borrowed from the unit; not NUL-terminated). */
void bitext_check__finding_text(const bitext_checker *c,
	const bitext_finding *x, const char **text, size_t *len);
/* The ignore-list line of finding x into b (cleared first; no line end). */
int bitext_check__ignore_line(bitext_buf *b, const bitext_checker *c,
	const bitext_finding *x);
/* Drop the findings the ignore lists name; count them in c->nignored. */
int bitext_check__ignore_apply(bitext_checker *c);

/*
 * Append a finding of unit `ui` (check_finding.c): code-point spans
 * [s0, s1) of the source and [t0, t1) of the target (-1, -1 for none);
 * `message` and `suggestion` (may be NULL) are copied, `rule` is borrowed
 * (it lives as long as the checker). Sets c->error on failure.
 */
void bitext_check__add(bitext_checker *c, size_t ui, bitext_check_id id,
	bitext_severity sev, long s0, long s1, long t0, long t1,
	const char *message, const char *suggestion, const char *rule);

/* ---- checklists (check_list.c) ----------------------------------------- */

/* Run every checklist rule on unit `ui`; errors (a pattern out of time or
 * stack) go to c->error. */
void bitext_check__list_run(bitext_checker *c, size_t ui);
/* 1 when `ch` may be in a rule id: letters, digits, - _ and . (ASCII). */
int bitext_check__list_id_char(char ch);
void bitext_check__list_free(bitext_check_list *l);

#endif
