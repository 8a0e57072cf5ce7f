/*
 * segment.c - sentence segmentation (bitext/segment.h).
 *
 * How ICU and SRX combine, for one paragraph:
 *  1. The paragraph (UTF-8 NFC) is converted once to UTF-16; line feeds
 *     become spaces,
 *     so a hard-wrapped line is not a break by itself. The same UTF-16 text
 *     feeds ICU's sentence BreakIterator and the ICU regexes of the rules
 *     (ICU regex is fastest on UTF-16, so one copy serves both).
 *  2. Candidates = ICU's sentence boundaries ∪ the positions where a
 *     break="yes" SRX rule matches ∪ line ends that are not hard wraps
 *     (see seg_line_cands: a line that stops although the next word
 *     would have fitted ends an item or a sentence). An ICU boundary sits after the spaces
 *     that follow a sentence; it is moved back to just after the last
 *     non-space character, which is where SRX rules expect a break
 *     ("\." before, "\s" after). Opening brackets and quotes that ICU
 *     leaves before its boundary ("。「") are moved after it.
 *  3. At each candidate the SRX rules of the language run in order; the
 *     first whose beforebreak matches the text ending there and whose
 *     afterbreak matches the text starting there decides: break="no"
 *     removes the candidate, break="yes" keeps it. When no rule matches,
 *     an ICU boundary is kept and a candidate that only came from a rule
 *     cannot exist (that rule matches).
 *  4. Pieces are trimmed of white space; a piece with no content is merged
 *     into the next one, so no segment is empty. A piece longer than
 *     BITEXT_MAX_SEGMENT_BYTES is cut at its last white space before the
 *     limit (or at a character boundary when it has none).
 * Each step is linear in the paragraph: rules look at bounded windows
 * around a candidate, never rescan the paragraph.
 *
 * bitext_segmenter_run splits every paragraph first (a list of spans), then
 * replaces the document's segments (bitext_doc_clear_segments, then
 * bitext_doc_add_segment in document order); the text, paragraphs and
 * offset map of the document are left as they are.
 *
 * Rules come from <datadir>/locales/<lang>/segment.srx (then the primary
 * language subtag's file), or the SRX file the caller names. A language
 * without a rule file, or that the file's language map does not cover, is
 * segmented by ICU alone. Steps 1-4 are for a file that asks for ICU's
 * boundaries (Okapi's <okpsrx:options useIcu4jBreakRules="yes"/>, which
 * every shipped file carries). A file that does not - OmegaT's and
 * Okapi's by default - decides alone, as those tools do: the candidates
 * are the positions where a break="yes" rule matches, the first matching
 * rule decides, and there are no ICU or line-end candidates.
 */
#include "bitext/segment.h"
#include "bitext/errors.h"
#include "bitext/msg.h"
#include "util/limits.h"
#include "util/vec.h"
#include "segment/srx.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>

typedef struct {
	int32_t pos;              /* UTF-16 offset */
	int icu;                  /* 1 when ICU proposed it */
} seg_cand;

struct bitext_segmenter {
	char lang[32];            /* language tag, "_" replaced by "-" */
	srx_rules *rules;         /* parsed SRX file, NULL = ICU only */
	srx_ruleset *rs;          /* rules compiled for lang (may be empty) */
	int rules_only;           /* rules decide alone: no ICU, no line ends */
	UBreakIterator *bi;       /* ICU sentence iterator for lang */
	UChar *u16;               /* paragraph in UTF-16 */
	size_t cap16;             /* units allocated in u16 */
	int32_t at16;             /* a UTF-16 offset of the paragraph ... */
	size_t at8;               /* ... and its UTF-8 offset (seg_byte_at) */
	seg_cand *cand;           /* candidates of the paragraph */
	size_t ncand, capcand;
	int32_t *yes;             /* break="yes" positions */
	size_t nyes, capyes;
	size_t *ends;             /* segment ends of the last paragraph split */
	size_t capends;
	int32_t *nl;              /* UTF-16 offsets of the paragraph's line feeds */
	size_t nnl, capnl;
};


/* White space for trimming: Unicode White_Space plus format spaces. */
static int seg_is_space(UChar32 c)
{
	return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x2060;
}

static int seg_icu_error(const char *what, UErrorCode st)
{
	return bitext_error_set(BITEXT_ERROR, "segment_icu", what, u_errorName(st), NULL);
}

static int seg_file_exists(const char *path)
{
	return access(path, R_OK) == 0;
}

/* Default rule file for the language: locales/<tag>/, then the primary
 * subtag's folder. Returns 1 with `path` filled, 0 when none exists. */
static int seg_default_srx(char *path, size_t size, const char *lang)
{
	char primary[32];
	size_t n = strcspn(lang, "-");

	snprintf(path, size, "%s/locales/%s/segment.srx", bitext_datadir(), lang);
	if (seg_file_exists(path))
		return 1;
	snprintf(primary, sizeof(primary), "%.*s", (int)(n < 31 ? n : 31), lang);
	snprintf(path, size, "%s/locales/%s/segment.srx", bitext_datadir(), primary);
	return seg_file_exists(path);
}

int bitext_segmenter_new(bitext_segmenter **out, const char *lang,
	const char *srx_path)
{
	bitext_segmenter *seg;
	char path[4096], locale[40];
	UErrorCode st = U_ZERO_ERROR;
	size_t i;
	int error = 0;

	if (!out)
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "segmenter out", NULL);
	*out = NULL;
	if (!(seg = calloc(1, sizeof(*seg))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (lang && (strlen(lang) >= sizeof(seg->lang) ||
		strspn(lang, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			"0123456789-_") != strlen(lang))) {
		/* also keeps the tag from naming a path outside locales/ */
		error = bitext_error_set(BITEXT_EINVAL, "segment_bad_lang", lang, NULL);
		goto cleanup;
	}
	snprintf(seg->lang, sizeof(seg->lang), "%s", lang && *lang ? lang : "und");
	for (i = 0; seg->lang[i]; i++)
		if (seg->lang[i] == '_')
			seg->lang[i] = '-';
	if (srx_path) {
		error = bitext_srx__rules_load(&seg->rules, srx_path);
	} else if (seg_default_srx(path, sizeof(path), seg->lang)) {
		error = bitext_srx__rules_load(&seg->rules, path);
	} else {
		/* a language without rules of its own gets ICU alone; but when
		 * the data folder itself is missing, every language would be
		 * segmented worse without a word: say where we looked */
		snprintf(path, sizeof(path), "%s/locales", bitext_datadir());
		if (!seg_file_exists(path)) {
			error = bitext_error_set(BITEXT_ENOTFOUND, "segment_no_data",
				bitext_datadir(), NULL);
			goto cleanup;
		}
	}
	if (error < 0 || (error = bitext_srx__ruleset_new(&seg->rs, seg->rules, seg->lang)) < 0)
		goto cleanup;
	seg->rules_only = !bitext_srx__rules_icu(seg->rules) &&
		bitext_srx__ruleset_count(seg->rs) > 0;
	snprintf(locale, sizeof(locale), "%s", seg->lang);
	for (i = 0; locale[i]; i++)
		if (locale[i] == '-')
			locale[i] = '_';
	seg->bi = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &st);
	if (U_FAILURE(st)) {
		seg->bi = NULL;
		error = seg_icu_error("ubrk_open", st);
		goto cleanup;
	}
	*out = seg;
	seg = NULL;
cleanup:
	bitext_segmenter_free(seg);
	return error;
}

void bitext_segmenter_free(bitext_segmenter *seg)
{
	if (!seg)
		return;
	if (seg->bi)
		ubrk_close(seg->bi);
	bitext_srx__ruleset_free(seg->rs);
	bitext_srx__rules_free(seg->rules);
	free(seg->u16);
	free(seg->cand);
	free(seg->yes);
	free(seg->ends);
	free(seg->nl);
	free(seg);
}

static int seg_push_nl(bitext_segmenter *seg, int32_t pos)
{
	void *p = seg->nl;
	int error = bitext__grow(&p, &seg->capnl, seg->nnl + 1, sizeof(int32_t));

	seg->nl = p;
	if (error < 0)
		return error;
	seg->nl[seg->nnl++] = pos;
	return 0;
}

/* UTF-8 -> UTF-16; '\n' and '\r' become spaces, and the offsets of the
 * line feeds are kept in seg->nl. */
static int seg_to_utf16(bitext_segmenter *seg, const char *text, size_t len,
	int32_t *n16)
{
	size_t i = 0;
	int32_t k = 0;

	if (len >= (size_t)INT32_MAX / 2) {
		char sz[32];

		snprintf(sz, sizeof(sz), "%zu", len);
		return bitext_error_set(BITEXT_ELIMIT, "segment_too_long", sz, NULL);
	}
	if (len + 1 > seg->cap16) {
		UChar *u = realloc(seg->u16, (len + 1) * sizeof(UChar));

		if (!u)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		seg->u16 = u;
		seg->cap16 = len + 1;
	}
	seg->nnl = 0;
	seg->at16 = 0;
	seg->at8 = 0;
	while (i < len) {
		UChar32 c;

		U8_NEXT(text, i, len, c);
		if (c < 0)
			c = 0xFFFD;
		if (c == '\n' && seg_push_nl(seg, k) < 0)
			return BITEXT_ENOMEM;
		if (c == '\n' || c == '\r')
			c = ' ';
		if (U16_LENGTH(c) == 2) {
			seg->u16[k++] = U16_LEAD(c);
			seg->u16[k++] = U16_TRAIL(c);
		} else {
			seg->u16[k++] = (UChar)c;
		}
	}
	*n16 = k;
	return 0;
}

/* UTF-8 offset of the character that holds UTF-16 offset `pos` of the
 * paragraph (`len` at its end). The pieces of a paragraph come in text
 * order, so this reads on from the offset asked for last: a table of
 * every unit's offset cost 4 bytes a unit, 100 MB for a 50 MB paragraph. */
static size_t seg_byte_at(bitext_segmenter *seg, const char *text, size_t len,
	int32_t pos)
{
	int32_t k = seg->at16;
	size_t i = seg->at8;

	if (pos < k) {                /* not in text order: start again */
		k = 0;
		i = 0;
	}
	while (k < pos && i < len) {
		size_t j = i;
		UChar32 c;

		if ((uint8_t)text[i] < 0x80) {   /* ASCII: one byte, one unit */
			k++;
			i++;
			continue;
		}
		U8_NEXT(text, j, len, c);
		if (c < 0)
			c = 0xFFFD;        /* as seg_to_utf16 */
		if (k + U16_LENGTH(c) > pos)
			break;             /* inside a surrogate pair */
		k += U16_LENGTH(c);
		i = j;
	}
	seg->at16 = k;
	seg->at8 = i;
	return i;
}

static int seg_add_cand(bitext_segmenter *seg, int32_t pos, int icu)
{
	if (bitext__grow((void **)&seg->cand, &seg->capcand, seg->ncand + 1,
	    sizeof(*seg->cand)) < 0)
		return BITEXT_ENOMEM;
	seg->cand[seg->ncand].pos = pos;
	seg->cand[seg->ncand].icu = icu;
	seg->ncand++;
	return 0;
}

static int seg_cand_cmp(const void *a, const void *b)
{
	const seg_cand *x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return y->icu - x->icu;    /* ICU first among equals */
}

/* Offset just after the last non-space unit before `pos`. */
static int32_t seg_back_over_space(const UChar *u, int32_t pos)
{
	while (pos > 0) {
		int32_t p = pos;
		UChar32 c;

		U16_PREV(u, 0, p, c);
		if (!seg_is_space(c))
			break;
		pos = p;
	}
	return pos;
}

/* ICU puts opening brackets and quotes (its class Close covers Ps and Pi)
 * before the boundary when no space separates them: "。「次" and
 * "했다.“그" break after the opening mark. Move such a boundary back
 * before the opening marks. */
static int32_t seg_back_over_open(const UChar *u, int32_t pos)
{
	int32_t p = pos;

	while (p > 0) {
		int32_t q = p;
		UChar32 c;
		int8_t t;

		U16_PREV(u, 0, q, c);
		t = (int8_t)u_charType(c);
		if (t != U_START_PUNCTUATION && t != U_INITIAL_PUNCTUATION)
			break;
		p = q;
	}
	return p > 0 ? p : pos;
}

static int32_t seg_first_content(const UChar *u, int32_t from, int32_t len);

/* Columns a character takes in a monospaced layout: 2 for East Asian wide
 * and full-width characters, 0 for combining marks, else 1. */
static int seg_columns(UChar32 c)
{
	int w = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);

	if (u_getCombiningClass(c) || u_charType(c) == U_NON_SPACING_MARK)
		return 0;
	return w == U_EA_WIDE || w == U_EA_FULLWIDTH ? 2 : 1;
}

/* Columns of u[from, to) without its trailing spaces; with `word`, only up
 * to the first space. */
static int32_t seg_width(const UChar *u, int32_t from, int32_t to, int word)
{
	int32_t w = 0, trail = 0;

	while (from < to) {
		UChar32 c;

		U16_NEXT(u, from, to, c);
		if (seg_is_space(c)) {
			if (word)
				break;
			trail++;
			continue;
		}
		w += trail + seg_columns(c);
		trail = 0;
	}
	return w;
}

/* A script written without spaces between words: a line of it can wrap
 * anywhere, so "the next word would have fitted" says nothing. */
static int seg_no_space_script(UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;
	UScriptCode sc = uscript_getScript(c, &st);

	return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA ||
		sc == USCRIPT_THAI || sc == USCRIPT_LAO || sc == USCRIPT_KHMER ||
		sc == USCRIPT_MYANMAR || sc == USCRIPT_TIBETAN;
}

/* 1 when a sentence ends inside a line of the paragraph (". " and more
 * text before the line's end): then sentences flow across lines. */
static int seg_sentence_inside_line(const bitext_segmenter *seg, int32_t n16)
{
	int32_t k;
	size_t i = 0;

	for (k = 0; k + 2 < n16; k++) {
		while (i < seg->nnl && seg->nl[i] < k + 1)
			i++;
		if (u_strchr(u".?!\u3002\uFF1F\uFF01", seg->u16[k]) && seg->u16[k + 1] == ' ' &&
			(i == seg->nnl || seg->nl[i] != k + 1) && !seg_is_space(seg->u16[k + 2]))
			return 1;
	}
	return 0;
}

/* Line i of the paragraph: [*from, *to) */
static void seg_line(const bitext_segmenter *seg, int32_t n16, size_t i,
	int32_t *from, int32_t *to)
{
	*from = i ? seg->nl[i - 1] + 1 : 0;
	*to = i < seg->nnl ? seg->nl[i] : n16;
}

/*
 * A list laid out in lines, told by how its lines start and end:
 *  - three or more lines in a cased script, each starting with something
 *    other than a lowercase letter, none but the last ending with a
 *    sentence mark, and the lines before the last shorter on average than
 *    85% of the widest (wrapped prose starts most lines in lowercase and
 *    fills them);
 *  - or a first line ending with ":" followed by two or more lines, none
 *    but the last ending with a sentence or continuation mark.
 */
static int seg_list_lines(const bitext_segmenter *seg, int32_t n16, int32_t wmax)
{
	size_t i;
	int cased = 0, colon = 0, capitals = 1;
	int64_t sum = 0;

	if (seg->nnl < 2)
		return 0;
	for (i = 0; i <= seg->nnl; i++) {
		int32_t from, to, first, last;
		UChar32 c;

		seg_line(seg, n16, i, &from, &to);
		first = seg_first_content(seg->u16, from, to);
		last = seg_back_over_space(seg->u16, to);
		if (first >= to || last <= from)
			return 0;
		U16_GET(seg->u16, 0, first, to, c);
		if (i == 0)
			colon = seg->u16[last - 1] == ':';
		else if (u_islower(c))
			capitals = 0;
		if (i == 0 && u_islower(c))
			capitals = 0;
		cased |= u_isupper(c);
		if (i < seg->nnl) {
			sum += seg_width(seg->u16, from, to, 0);
			if (i && u_strchr(u".?!,;", seg->u16[last - 1]))
				return 0;
			if (!i && u_strchr(u".?!", seg->u16[last - 1]))
				capitals = 0;
		}
	}
	if (colon)
		return 1;
	return capitals && cased && sum * 20 <= (int64_t)wmax * 17 * (int64_t)seg->nnl;
}

/*
 * Line ends that are not hard wraps. Text wrapped to a width W fills each
 * line as far as the next word allows, so a line followed by a word that
 * would have fitted on it (width + 1 + word <= W, W the widest line) was
 * ended on purpose: a list of short items, a heading, a line-per-sentence
 * layout. Text wrapped by hand is ragged, so the line must also be short
 * (at most 3/5 of W) and at least half the lines before the last must be.
 * A list laid out in lines (seg_list_lines) breaks at every line.
 * Neither applies when a sentence ends inside a line (the sentences then
 * flow across lines), nor after a mark that announces more (, ; ( - / &).
 * Such a line end becomes a candidate like an ICU boundary (the rules may
 * still remove it); a wrapped line never does.
 */
static int seg_line_cands(bitext_segmenter *seg, int32_t n16)
{
	int32_t wmax = 0, from, to;
	size_t i, nshort = 0;
	int error, all;

	if (seg_sentence_inside_line(seg, n16))
		return 0;
	for (i = 0; i <= seg->nnl; i++) {
		int32_t w;

		seg_line(seg, n16, i, &from, &to);
		if ((w = seg_width(seg->u16, from, to, 0)) > wmax)
			wmax = w;
	}
	all = seg_list_lines(seg, n16, wmax);
	for (i = 0; i < seg->nnl; i++) {
		seg_line(seg, n16, i, &from, &to);
		if (seg_width(seg->u16, from, to, 0) * 5 <= wmax * 3)
			nshort++;
	}
	if (!all && nshort * 2 < seg->nnl)
		return 0;
	for (i = 0; i < seg->nnl; i++) {
		int32_t next, end, w;
		UChar32 c;

		seg_line(seg, n16, i, &from, &to);
		seg_line(seg, n16, i + 1, &next, &end);
		w = seg_width(seg->u16, from, to, 0);
		next = seg_first_content(seg->u16, next, end);
		if (!w || next >= end)
			continue;
		U16_GET(seg->u16, 0, next, end, c);
		if (!all && (seg_no_space_script(c) || w * 5 > wmax * 3 ||
			w + 1 + seg_width(seg->u16, next, end, 1) > wmax))
			continue;
		to = seg_back_over_space(seg->u16, to);
		if (u_strchr(u",;(-/&\u2013\u2014", seg->u16[to - 1]))
			continue;
		if ((error = seg_add_cand(seg, to, 1)) < 0)
			return error;
	}
	return 0;
}

/* ICU boundaries, rule positions and line ends, sorted, without duplicates. */
static int seg_candidates(bitext_segmenter *seg, int32_t n16)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t b;
	size_t i, j;
	int error;

	seg->ncand = seg->nyes = 0;
	ubrk_setText(seg->bi, seg->u16, n16, &st);
	if (U_FAILURE(st))
		return seg_icu_error("ubrk_setText", st);
	for (b = seg->rules_only ? UBRK_DONE : ubrk_next(seg->bi); b != UBRK_DONE && b < n16;
		b = ubrk_next(seg->bi))
		if ((error = seg_add_cand(seg, seg_back_over_space(seg->u16,
			seg_back_over_open(seg->u16, b)), 1)) < 0)
			return error;
	if ((error = bitext_srx__ruleset_set_text(seg->rs, seg->u16, n16)) < 0 ||
		(error = bitext_srx__ruleset_yes_positions(seg->rs, &seg->yes, &seg->nyes,
			&seg->capyes)) < 0)
		return error;
	for (i = 0; i < seg->nyes; i++)
		if ((error = seg_add_cand(seg, seg->yes[i], 0)) < 0)
			return error;
	if (seg->nnl && !seg->rules_only && (error = seg_line_cands(seg, n16)) < 0)
		return error;
	if ((seg->nyes || seg->nnl) && seg->ncand > 1)
		qsort(seg->cand, seg->ncand, sizeof(seg_cand), seg_cand_cmp);
	for (i = j = 0; i < seg->ncand; i++) {
		if (j && seg->cand[j - 1].pos == seg->cand[i].pos)
			continue;
		seg->cand[j++] = seg->cand[i];
	}
	seg->ncand = j;
	return 0;
}

/* Offset of the first non-space unit at or after `from`, or `len`. */
static int32_t seg_first_content(const UChar *u, int32_t from, int32_t len)
{
	while (from < len) {
		int32_t at = from;
		UChar32 c;

		U16_NEXT(u, from, len, c);
		if (!seg_is_space(c))
			return at;
	}
	return len;
}

static int seg_push_end(size_t **ends, size_t *n, size_t *cap, size_t end)
{
	if (bitext__grow((void **)ends, cap, *n + 1, sizeof(**ends)) < 0)
		return BITEXT_ENOMEM;
	(*ends)[(*n)++] = end;
	return 0;
}

/* Byte offset to cut an over-long piece [start, end): the last white space
 * before start + limit, else the last character boundary before it. */
static size_t seg_cut_point(const char *text, size_t start, size_t end)
{
	size_t lim = start + BITEXT_MAX_SEGMENT_BYTES, i;

	if (lim >= end)
		return end;
	for (i = lim; i > start + BITEXT_MAX_SEGMENT_BYTES / 2; i--)
		if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')
			return i + 1;
	i = lim;
	while (i > start && U8_IS_TRAIL((uint8_t)text[i]))
		i--;
	return i > start ? i : lim;
}

/* Append the end of piece [start, end), cutting it when too long. */
static int seg_emit(const char *text, size_t start, size_t end, size_t **ends,
	size_t *n, size_t *cap)
{
	int error;

	while (end - start > BITEXT_MAX_SEGMENT_BYTES) {
		size_t cut = seg_cut_point(text, start, end);

		if ((error = seg_push_end(ends, n, cap, cut)) < 0)
			return error;
		start = cut;
	}
	return seg_push_end(ends, n, cap, end);
}

/*
 * The end of a list marker that opens the paragraph - a number ("1.",
 * "2.3.", "10)"), possibly in parentheses, a letter ("a)", "B.") or a
 * Roman numeral ("iv.") followed by white space - or -1. A paragraph that
 * starts "1. Einleitung" is a numbered heading or item in every language,
 * so no sentence ends after its marker, whatever the rules of the
 * language say about a number and a period before a word.
 */
static int32_t seg_marker_end(const UChar *u, int32_t n16)
{
	int32_t i = seg_first_content(u, 0, n16), k;
	int open = 0;

	if (i < n16 && u[i] == '(') {
		open = 1;
		i++;
	}
	if (i < n16 && u[i] >= '0' && u[i] <= '9') {
		for (;;) {
			for (k = 0; i < n16 && u[i] >= '0' && u[i] <= '9'; k++, i++)
				;
			if (k > 3)
				return -1;
			if (i + 1 < n16 && u[i] == '.' && u[i + 1] >= '0' && u[i + 1] <= '9')
				i++;
			else
				break;
		}
	} else if (i < n16 && u_strchr(u"ivxIVX", u[i])) {
		for (k = 0; i < n16 && u_strchr(u"ivxIVX", u[i]) && u[i]; k++, i++)
			;
		if (k > 4)
			return -1;
	} else if (i < n16 && ((u[i] >= 'a' && u[i] <= 'z') || (u[i] >= 'A' && u[i] <= 'Z'))) {
		i++;
	} else {
		return -1;
	}
	if (i >= n16 || (open ? u[i] != ')' : u[i] != '.' && u[i] != ')'))
		return -1;
	i++;
	if (!open && u[i - 1] == '.' && i < n16 && u[i] == ')')
		i++;
	return i < n16 && seg_is_space(u[i]) ? i : -1;
}

/* Split one paragraph: seg->ends[0 .. *n) (see bitext_segmenter_split). */
static int seg_split(bitext_segmenter *seg, const char *text, size_t len,
	size_t *n)
{
	int32_t n16 = 0, from = 0, first, last, marker;
	size_t i;
	int error, brk;

	*n = 0;
	if ((error = seg_to_utf16(seg, text, len, &n16)) < 0 ||
		(error = seg_candidates(seg, n16)) < 0)
		return error;
	last = seg_back_over_space(seg->u16, n16);
	first = seg_first_content(seg->u16, 0, n16);   /* of the open piece */
	marker = seg->rules_only ? -1 : seg_marker_end(seg->u16, n16);
	for (i = 0; i < seg->ncand; i++) {
		int32_t p = seg->cand[i].pos;
		size_t b8, e8;
		int r;

		if (p <= from || p >= last || p <= first || p == marker)
			continue;
		if ((r = bitext_srx__ruleset_decide(seg->rs, p, &brk)) < 0)
			return r;
		if (!r)
			brk = seg->cand[i].icu && !seg->rules_only;
		if (!brk)
			continue;
		b8 = seg_byte_at(seg, text, len, from);   /* in this order */
		e8 = seg_byte_at(seg, text, len, p);
		if ((error = seg_emit(text, b8, e8, &seg->ends, n, &seg->capends)) < 0)
			return error;
		from = p;
		first = seg_first_content(seg->u16, from, n16);
	}
	if (first >= n16) {
		if (*n)
			seg->ends[*n - 1] = len;
		return 0;
	}
	return seg_emit(text, seg_byte_at(seg, text, len, from), len, &seg->ends,
		n, &seg->capends);
}

int bitext_segmenter_split(bitext_segmenter *seg, const char *text,
	size_t len, size_t **ends, size_t *n)
{
	int error;

	if (!seg || !ends || !n || (!text && len))
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "segmenter_split", NULL);
	*ends = NULL;
	if ((error = seg_split(seg, text ? text : "", len, n)) < 0) {
		*n = 0;
		return error;
	}
	if (*n && !(*ends = malloc(*n * sizeof(size_t)))) {
		*n = 0;
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	if (*n)
		memcpy(*ends, seg->ends, *n * sizeof(size_t));
	return 0;
}

/* ---- whole documents -------------------------------------------------- */

/* Shrink [*s, *e) of `text` to exclude white space at both ends. */
static void seg_trim(const char *text, size_t *s, size_t *e)
{
	while (*s < *e) {
		size_t i = *s;
		UChar32 c;

		U8_NEXT(text, i, *e, c);
		if (c >= 0 && !seg_is_space(c))
			break;
		*s = i;
	}
	while (*e > *s) {
		int32_t i = (int32_t)(*e - *s);
		UChar32 c;

		U8_PREV(text + *s, 0, i, c);
		if (c >= 0 && !seg_is_space(c))
			break;
		*e = *s + (size_t)i;
	}
}

/* Split paragraph [start, end) of the document text and append the trimmed,
 * non-empty segment spans to *spans (start, end pairs). */
static int seg_plan_para(bitext_segmenter *seg, const char *text, size_t start,
	size_t end, size_t **spans, size_t *nspan, size_t *cap)
{
	size_t n = 0, i, from = start;
	int error;

	if ((error = seg_split(seg, text + start, end - start, &n)) < 0)
		return error;
	for (i = 0; i < n; i++) {
		size_t s = from, e = start + seg->ends[i];

		from = e;
		seg_trim(text, &s, &e);
		if (s >= e)
			continue;
		if (bitext__grow((void **)spans, cap, *nspan + 2,
		    sizeof(**spans)) < 0)
			return BITEXT_ENOMEM;
		(*spans)[(*nspan)++] = s;
		(*spans)[(*nspan)++] = e;
	}
	return 0;
}

/*
 * Every paragraph is split first, into a list of spans (16 bytes a
 * segment), so a failure leaves the document as it was. Then the old
 * segments are cleared and the new ones added in document order, each to
 * the paragraph that holds it (bitext_doc_add_segment); the text,
 * paragraphs and offset map are not touched.
 */
int bitext_segmenter_run(bitext_segmenter *seg, bitext_doc *doc)
{
	size_t *spans = NULL, nspan = 0, cap = 0, np, len, i;
	const char *text;
	int error = 0;

	if (!seg || !doc)
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "segmenter_run", NULL);
	text = bitext_doc_text(doc, &len);
	np = bitext_doc_paragraph_count(doc);
	for (i = 0; i < np; i++) {
		const bitext_paragraph *p = bitext_doc_paragraph(doc, i);

		if ((error = seg_plan_para(seg, text, p->start, p->end, &spans,
			&nspan, &cap)) < 0)
			goto cleanup;
	}
	bitext_doc_clear_segments(doc);
	for (i = 0; i < nspan; i += 2)
		if ((error = bitext_doc_add_segment(doc, spans[i], spans[i + 1])) < 0)
			goto cleanup;
cleanup:
	free(spans);
	return error;
}
