/*
 * srx.h - SRX 2.0 segmentation rules (internal to libbitext).
 *
 * Two stages:
 *   srx_rules    a parsed SRX file: language rules and the language map.
 *                Parsing is done once; the object is immutable.
 *   srx_ruleset  the rules that apply to one language (the language map is
 *                resolved, honouring header cascade="yes"), compiled to ICU
 *                regular expressions and bound to one UTF-16 text at a time.
 *                Not shareable between threads (ICU matchers hold state).
 *
 * Evaluation works on UTF-16 offsets of the text set by bitext_srx__ruleset_set_text.
 */
#ifndef BITEXT_SRX_H
#define BITEXT_SRX_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>
#include <unicode/uregex.h>

typedef struct srx_rules srx_rules;

/* Compile a NUL-terminated UTF-8 pattern with every match bounded in time
 * and stack (BITEXT_SRX_TIME_LIMIT, BITEXT_SRX_STACK_BYTES): a costly
 * pattern fails with U_REGEX_TIME_OUT or U_REGEX_STACK_OVERFLOW instead of
 * running on. The SRX rules and the checker's checklists (user patterns
 * both) compile through it. NULL on failure, with *status and *pe. */
URegularExpression *bitext_srx__regex_open(const char *pat, UParseError *pe,
	UErrorCode *status);
typedef struct srx_ruleset srx_ruleset;

/* Parse an SRX file. Errors (BITEXT_EPARSE, BITEXT_ENOTFOUND, BITEXT_ELIMIT)
 * carry the file name and line. Free with bitext_srx__rules_free(). */
int bitext_srx__rules_load(srx_rules **out, const char *path);
/* Same from bytes in memory; `name` is used in error messages. */
int bitext_srx__rules_load_buffer(srx_rules **out, const char *name,
	const char *data, size_t len);
void bitext_srx__rules_free(srx_rules *rules);

/* Number of language rules and whether the header asks for cascading. */
size_t bitext_srx__rules_count(const srx_rules *rules);
int bitext_srx__rules_cascade(const srx_rules *rules);
/* 1 when the header asks for ICU's boundaries where the rules are silent
 * (Okapi's <okpsrx:options useIcu4jBreakRules="yes"/>); 0 when the rules
 * alone decide, as in OmegaT and Okapi's default. */
int bitext_srx__rules_icu(const srx_rules *rules);

/* Compile the rules `lang` maps to ("ko", "en-US" ...). A language that no
 * languagemap matches gets an empty ruleset (ICU decides alone). Regular
 * expression errors name the SRX file and the rule's line. */
int bitext_srx__ruleset_new(srx_ruleset **out, const srx_rules *rules,
	const char *lang);
void bitext_srx__ruleset_free(srx_ruleset *rs);
/* Number of rules that apply. */
size_t bitext_srx__ruleset_count(const srx_ruleset *rs);
/* Rules at positions given to bitext_srx__ruleset_decide that the
 * prefilter could not rule out, so ICU decided them (the costly part):
 * a measure for tests. */
size_t bitext_srx__ruleset_icu_calls(const srx_ruleset *rs);

/* Make `text` the text positions refer to (borrowed until the next call);
 * each rule's matchers are bound to it when the rule first needs ICU. */
int bitext_srx__ruleset_set_text(srx_ruleset *rs, const UChar *text, int32_t len);

/* Decide position `pos` of the bound text: returns 1 and sets *brk (1 =
 * break, 0 = no break) when a rule matches there (the first one in order
 * decides), 0 when no rule matches, or a negative error code. */
int bitext_srx__ruleset_decide(srx_ruleset *rs, int32_t pos, int *brk);

/* Positions where the "before" part of some break="yes" rule ends and its
 * "after" part matches: appended to *pos (realloc'd, *n and *cap updated).
 * These are candidates the caller adds to ICU's boundaries. */
int bitext_srx__ruleset_yes_positions(srx_ruleset *rs, int32_t **pos, size_t *n,
	size_t *cap);

#endif
