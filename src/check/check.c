/*
 * check.c - the checker (bitext/check.h): units in, findings out.
 *
 * Each check is a rule function; per-unit rules run in the order of the
 * table below, memory-wide rules (length model, inconsistency) after all
 * units. Rules see every text exactly as stored; they compute byte offsets,
 * and chk_emit() turns them into code-point spans and formats the message
 * through the message bundles (locales/<lang>/messages/check.txt).
 *
 * Severity: every check has one severity (default table, then the default
 * profile locales/<tgt>/check.profile, then the caller's profiles). A rule
 * may report a milder variant one or two levels lower (a deprecated rather
 * than forbidden term, reordered rather than missing tags, advisory source
 * spelling), never below info.
 *
 * Invariants: units and their texts live in c->arena (NUL-terminated);
 * findings are rebuilt by each run, their strings in c->farena. ICU
 * objects (normalizers, word break iterators) and term matchers are opened
 * once per checker and reused for every unit.
 */
#include "check/check_int.h"
#include "util/limits.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/msg.h>
#include <bitext/numbers.h>
#include <bitext/stem.h>
#include <bitext/translit.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- ICU state and small helpers -------------------------------------- */

typedef struct chk_tok {
	size_t start, end;        /* byte span */
	int status;               /* ICU rule status */
} chk_tok;

typedef struct chk_icu {
	const UNormalizer2 *nfc, *nfkc;
	UBreakIterator *wbi_src, *wbi_tgt;
	UChar *u16;
	int32_t u16cap;
	chk_tok *toks[2];
	size_t ntoks[2], atoks[2];
	const char *tok_text[2];      /* text toks[] were made from */
	bitext_term_match *smatch;   /* copy of the source matches */
	size_t nsmatch, asmatch;
	bitext_number_list nsrc, ntgt;
	unsigned char *ntaken;    /* target numbers paired as changed */
	size_t ataken;
	bitext_strmap keys;       /* inconsistency */
	bitext_strmap spellfreq;  /* flagged word -> index in spellw */
	struct spellw {
		size_t units;            /* units where it was flagged */
		size_t last;             /* last such unit + 1 */
	} *spellw;
	size_t nspellw, aspellw;
} chk_icu;

#define ICU(c) ((chk_icu *)(c)->icu)
#define NONE ((size_t)-1)

typedef struct chk_side {
	const char *s;
	size_t n;
	const char *lang;
	int is_src;
} chk_side;

static int chk_lang_in(const char *lang, const char *const *list)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (bitext_lang__is(lang, list[i]))
			return 1;
	return 0;
}

static const char *const cjk_langs[] = { "ja", "zh", "yue", NULL };
static const char *const rtl_langs[] = { "ar", "he", "fa", "ur", "yi", "ps",
	"ku", "sd", "ug", "dv", NULL };
static const char *const zwnj_langs[] = { "fa", "ur", "ps", "ku", "hi", "bn",
	"ne", "mr", "ta", "te", "ml", "kn", "gu", "pa", "si", "or", "as", "sa",
	NULL };

static int is_ws(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
		c == 0x3000 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200A);
}

static int is_blank(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		int32_t c = bitext_utf8__next(s, n, &i);
		if (!is_ws(c) && c != 0x200B && c != 0xFEFF)
			return 0;
	}
	return 1;
}

static int32_t cp_at(const char *s, size_t n, size_t i)
{
	return i < n ? bitext_utf8__next(s, n, &i) : -1;
}

/* A short excerpt of s[a..b) for messages: at most 60 code points. */
/* Out of memory while making a message argument: the run fails, and the
 * argument is "" (a NULL would end the argument list of chk_emit early). */
static const char *chk_arg_nomem(bitext_checker *c)
{
	if (!c->error)
		c->error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return "";
}

static const char *chk_str(bitext_checker *c, const char *s)
{
	return s ? s : chk_arg_nomem(c);
}

static const char *excerpt(bitext_checker *c, const char *s, size_t a, size_t b)
{
	size_t i = a, k = 0;

	while (i < b && k < 60) {
		bitext_utf8__next(s, b, &i);
		k++;
	}
	if (i < b) {
		bitext_buf_clear(&c->tmp2);
		bitext_buf_put(&c->tmp2, s + a, i - a);
		if (bitext_buf_puts(&c->tmp2, "…") < 0)
			return chk_arg_nomem(c);
		return chk_str(c, bitext_arena_strndup(&c->farena, c->tmp2.ptr,
			c->tmp2.size));
	}
	return chk_str(c, bitext_arena_strndup(&c->farena, s + a, b - a));
}

/* ---- findings ---------------------------------------------------------- */

/* Stop the run: out of memory here. (A callee that fails sets its own
 * message; the rule then keeps its code in c->error, and the run returns
 * it with that message.) */
static void chk_nomem(bitext_checker *c)
{
	c->error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
}

/* The cursor of a side of unit ui, moved back to the start when `before`
 * (a byte, or with `cp` set a code point) lies before it. */
static chk_cursor *cursor_at(bitext_checker *c, size_t ui, int tgt,
	size_t byte, long cp, int by_cp)
{
	chk_cursor *k = &c->at[tgt];

	if (k->unit != ui + 1 || (by_cp ? cp < k->cp : byte < k->byte)) {
		k->unit = ui + 1;
		k->byte = 0;
		k->cp = 0;
	}
	return k;
}

/* The code point offset of byte `b` of a side of unit ui. */
static long chk_cp(bitext_checker *c, size_t ui, int tgt, size_t b)
{
	const bitext_check_unit *u = &c->units[ui];
	chk_cursor *k = cursor_at(c, ui, tgt, b, 0, 0);

	k->cp += (long)bitext_utf8__count((tgt ? u->tgt : u->src) + k->byte,
		b - k->byte);
	k->byte = b;
	return k->cp;
}

/* The byte offset of code point `cp` of a side of unit ui. */
static size_t chk_byte(bitext_checker *c, size_t ui, int tgt, long cp)
{
	const bitext_check_unit *u = &c->units[ui];
	chk_cursor *k = cursor_at(c, ui, tgt, 0, cp, 1);
	const char *s = tgt ? u->tgt : u->src;
	size_t n = tgt ? u->tgt_len : u->src_len;

	while (k->cp < cp && k->byte < n) {
		bitext_utf8__next(s, n, &k->byte);
		k->cp++;
	}
	return k->byte;
}

static void chk_emit(bitext_checker *c, size_t ui, bitext_check_id id,
	int lower, size_t s0, size_t s1, size_t t0, size_t t1,
	const char *sugg, const char *key, ...)
{
	const bitext_check_unit *u = &c->units[ui];
	va_list ap;
	int rc, sev = (int)c->sev[id];
	long cs0 = -1, cs1 = -1, ct0 = -1, ct1 = -1;

	if (c->error || sev == BITEXT_SEVERITY_OFF)
		return;
	/* an argument built in a scratch buffer that ran out of memory */
	if (c->tmp.failed || c->tmp2.failed) {
		chk_nomem(c);
		return;
	}
	sev -= lower;
	if (sev < BITEXT_SEVERITY_INFO)
		sev = BITEXT_SEVERITY_INFO;
	if (s0 != NONE) {
		cs0 = chk_cp(c, ui, 0, s0);
		cs1 = cs0 + (long)bitext_utf8__count(u->src + s0, s1 - s0);
	}
	if (t0 != NONE) {
		ct0 = chk_cp(c, ui, 1, t0);
		ct1 = ct0 + (long)bitext_utf8__count(u->tgt + t0, t1 - t0);
	}
	bitext_buf_clear(&c->msg);
	va_start(ap, key);
	rc = bitext_msg_vformat(&c->msg, key, ap);
	va_end(ap);
	if (rc == BITEXT_ENOMEM || c->msg.failed) {
		chk_nomem(c);
		return;
	}
	bitext_check__add(c, ui, id, (bitext_severity)sev, cs0, cs1, ct0, ct1,
		c->msg.ptr ? c->msg.ptr : key, sugg, NULL);
}

/* Emit on one side: spans go to the source or the target. */
#define SIDE_SPAN(sd, a, b) (sd)->is_src ? (a) : NONE, (sd)->is_src ? (b) : NONE, \
	(sd)->is_src ? NONE : (a), (sd)->is_src ? NONE : (b)
#define SIDE_NAME(sd) side_word(c, (sd)->is_src)

/* The localized name of a side ("source", "target"). */
static const char *side_word(bitext_checker *c, int src)
{
	bitext_buf_clear(&c->tmp2);
	if (bitext_msg_format(&c->tmp2, src ? "check_side_source" :
	    "check_side_target") == BITEXT_ENOMEM || c->tmp2.failed)
		return chk_arg_nomem(c);
	return chk_str(c, bitext_arena_strndup(&c->farena,
		c->tmp2.ptr ? c->tmp2.ptr : "", c->tmp2.size));
}

/* ---- tokenizing --------------------------------------------------------- */

static int chk_words(bitext_checker *c, int which, UBreakIterator *bi,
	const char *s, size_t n)
{
	chk_icu *ic = ICU(c);
	UText ut = UTEXT_INITIALIZER;
	int32_t a, b;
	int error;

	if (ic->tok_text[which] == s && s)
		return 0;    /* this side of this unit is tokenized already */
	ic->tok_text[which] = NULL;
	ic->ntoks[which] = 0;
	if ((error = bitext_lang__brk_utf8(bi, &ut, s, n)) < 0)
		return error;
	for (a = ubrk_first(bi), b = ubrk_next(bi); b != UBRK_DONE;
	     a = b, b = ubrk_next(bi)) {
		int status = ubrk_getRuleStatus(bi);
		chk_tok *t;
		if (status == UBRK_WORD_NONE)
			continue;
		if ((error = bitext__grow((void **)&ic->toks[which],
		    &ic->atoks[which], ic->ntoks[which] + 1, sizeof(*t))) < 0) {
			utext_close(&ut);
			return error;
		}
		t = &ic->toks[which][ic->ntoks[which]++];
		t->start = (size_t)a;
		t->end = (size_t)b;
		t->status = status;
	}
	utext_close(&ut);
	ic->tok_text[which] = s;
	return 0;
}

/* UTF-16 copy of s in ic->u16; returns its length or -1. */
static int32_t chk_u16(bitext_checker *c, const char *s, size_t n)
{
	chk_icu *ic = ICU(c);
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = 0;

	if ((size_t)ic->u16cap < n + 1) {
		UChar *p = realloc(ic->u16, (n + 1) * sizeof(UChar));
		if (!p)
			return -1;
		ic->u16 = p;
		ic->u16cap = (int32_t)(n + 1);
	}
	u_strFromUTF8Lenient(ic->u16, ic->u16cap, &len, s, (int32_t)n, &st);
	return U_FAILURE(st) ? -1 : len;
}

/* ---- empty -------------------------------------------------------------- */

static int rule_empty(bitext_checker *c, size_t ui)
{
	const bitext_check_unit *u = &c->units[ui];
	int sb = is_blank(u->src, u->src_len), tb = is_blank(u->tgt, u->tgt_len);
	int lower = c->sev[BITEXT_CHECK_EMPTY] > BITEXT_SEVERITY_WARNING;
	char num[24];

	/* an alignment link with no sentence on one side: something left out
	 * (or added) in translation, normal in news; a person should look */
	if (u->tgt_sentence < 0 && u->src_sentence > 0) {
		/* a target text with no sentence at all is no omission: the
		 * translation is missing, an error */
		size_t k;
		for (k = 0; k < c->nunits && c->units[k].tgt_sentence <= 0; k++)
			;
		if (k == c->nunits && !sb) {
			chk_emit(c, ui, BITEXT_CHECK_EMPTY, 0, 0, u->src_len, NONE, NONE,
				NULL, "check_empty_target");
			return 1;
		}
		snprintf(num, sizeof(num), "%ld", u->src_sentence);
		chk_emit(c, ui, BITEXT_CHECK_EMPTY, lower, 0, u->src_len, NONE, NONE,
			NULL, "check_omitted_source", num);
		return 1;
	}
	if (u->src_sentence < 0 && u->tgt_sentence > 0) {
		snprintf(num, sizeof(num), "%ld", u->tgt_sentence);
		chk_emit(c, ui, BITEXT_CHECK_EMPTY, lower, NONE, NONE, 0, u->tgt_len,
			NULL, "check_omitted_target", num);
		return 1;
	}
	if (tb && !sb)
		chk_emit(c, ui, BITEXT_CHECK_EMPTY, 0, NONE, NONE, 0, u->tgt_len,
			NULL, "check_empty_target");
	else if (sb && !tb)
		chk_emit(c, ui, BITEXT_CHECK_EMPTY, 0, 0, u->src_len, NONE, NONE,
			NULL, "check_empty_source");
	else if (sb && tb)
		chk_emit(c, ui, BITEXT_CHECK_EMPTY, 0, 0, u->src_len, 0, u->tgt_len,
			NULL, "check_empty_both");
	return sb || tb;
}

/* ---- normalization ------------------------------------------------------ */

/* Kind of compatibility character: 0 none, 1 full-width Latin/digit, 2
 * full-width punctuation, 3 half-width Katakana, 4 compatibility jamo
 * inside a word, 5 ligature. */
static int compat_kind(const char *lang, int32_t prev, int32_t c, int32_t next)
{
	int cjk;

	if (c < 0x3131 || (c > 0x318E && c < 0xFB00) || (c > 0xFB06 && c < 0xFF01) ||
	    c > 0xFF9F)
		return 0;
	cjk = chk_lang_in(lang, cjk_langs);

	if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
	    (c >= 0xFF41 && c <= 0xFF5A))
		return cjk ? 0 : 1;
	if (c >= 0xFF01 && c <= 0xFF5E)
		return cjk || bitext_lang__is(lang, "ko") ? 0 : 2;
	if (c >= 0xFF61 && c <= 0xFF9F)
		return 3;
	if (c >= 0x3131 && c <= 0x318E &&
	    ((prev >= 0xAC00 && prev <= 0xD7A3) || (next >= 0xAC00 && next <= 0xD7A3)))
		return 4;
	if (c >= 0xFB00 && c <= 0xFB06)
		return 5;
	return 0;
}

/* NFKC of s[a..b) appended to out. */
static void chk_nfkc(bitext_checker *c, const UNormalizer2 *n2, const char *s,
	size_t a, size_t b, bitext_buf *out)
{
	UChar in[64], res[128];
	char u8[512];
	int32_t il = 0, rl, ol = 0;
	UErrorCode st = U_ZERO_ERROR;

	(void)c;
	if (b - a > 60)
		return;
	u_strFromUTF8(in, 64, &il, s + a, (int32_t)(b - a), &st);
	rl = unorm2_normalize(n2, in, il, res, 128, &st);
	u_strToUTF8(u8, (int32_t)sizeof(u8), &ol, res, rl, &st);
	if (U_SUCCESS(st))
		bitext_buf_put(out, u8, (size_t)ol);
}

/* Letters or digits in u16[a, b)? Two text runs that are not NFC with
 * none between them (a decomposed sentence: spaces, punctuation) are one. */
static int nfc_gap_has_letters(const UChar *u16, int32_t a, int32_t b)
{
	while (a < b) {
		UChar32 ch;
		U16_NEXT(u16, a, b, ch);
		if (u_isalnum(ch))
			return 1;
	}
	return 0;
}

/* One finding for the run ic->u16[a, b) that is not NFC, with its NFC
 * form as the suggestion; decomposed Hangul (conjoining jamo) is named. */
static void nfc_run_emit(bitext_checker *c, size_t ui, const chk_side *sd,
	int32_t a, int32_t b, int *regions)
{
	chk_icu *ic = ICU(c);
	UErrorCode st = U_ZERO_ERROR;
	int32_t k, bytes_a = 0, bytes_b = 0, rl, cap = (b - a) * 3 + 8, ul = 0;
	int decomposed = 0;
	UChar *res;

	for (k = a; k < b; k++)
		if (ic->u16[k] >= 0x1100 && ic->u16[k] <= 0x11FF)
			decomposed = 1;
	u_strToUTF8(NULL, 0, &bytes_a, ic->u16, a, &st);
	st = U_ZERO_ERROR;
	u_strToUTF8(NULL, 0, &bytes_b, ic->u16, b, &st);
	st = U_ZERO_ERROR;
	bitext_buf_clear(&c->tmp);
	res = malloc((size_t)cap * sizeof(*res));
	if (!res) {
		chk_nomem(c);
		return;
	}
	rl = unorm2_normalize(ic->nfc, ic->u16 + a, b - a, res, cap, &st);
	if (U_SUCCESS(st) && rl > 0 && bitext_buf_grow(&c->tmp, (size_t)rl * 3 + 1) == 0) {
		u_strToUTF8(c->tmp.ptr, (int32_t)(rl * 3 + 1), &ul, res, rl, &st);
		if (U_SUCCESS(st)) {
			c->tmp.size = (size_t)ul;
			c->tmp.ptr[ul] = '\0';
		}
	}
	free(res);
	chk_emit(c, ui, BITEXT_CHECK_NORMALIZATION, 0,
		SIDE_SPAN(sd, (size_t)bytes_a, (size_t)bytes_b),
		c->tmp.size ? c->tmp.ptr : NULL,
		decomposed ? "check_norm_hangul" : "check_norm_nfc",
		SIDE_NAME(sd), excerpt(c, sd->s, (size_t)bytes_a, (size_t)bytes_b));
	(*regions)++;
}

static void rule_normalization(bitext_checker *c, size_t ui, const chk_side *sd)
{
	chk_icu *ic = ICU(c);
	static const char *const keys[] = { NULL, "check_norm_fullwidth",
		"check_norm_fullwidth", "check_norm_halfwidth", "check_norm_jamo",
		"check_norm_ligature" };
	size_t i = 0, start = 0;
	int32_t prev = -1;
	int run = 0;
	int32_t len, pos, run_a = -1, run_b = -1;
	UErrorCode st = U_ZERO_ERROR;
	int regions = 0;

	/* compatibility characters, in runs of one kind */
	while (i <= sd->n) {
		size_t at = i;
		int32_t ch = i < sd->n ? bitext_utf8__next(sd->s, sd->n, &i) : -1;
		int k = ch < 0 ? 0 : compat_kind(sd->lang, prev, ch, cp_at(sd->s, sd->n, i));
		if (run && k != run) {
			bitext_buf_clear(&c->tmp);
			chk_nfkc(c, ic->nfkc, sd->s, start, at, &c->tmp);
			chk_emit(c, ui, BITEXT_CHECK_NORMALIZATION, 0, SIDE_SPAN(sd, start, at),
				c->tmp.ptr, keys[run], SIDE_NAME(sd),
				excerpt(c, sd->s, start, at));
			run = 0;
		}
		if (k && !run) {
			run = k;
			start = at;
		}
		prev = ch;
		if (ch < 0)
			break;
	}
	/* NFC: runs of text that is not, each one finding */
	if ((len = chk_u16(c, sd->s, sd->n)) <= 0)
		return;
	if (unorm2_isNormalized(ic->nfc, ic->u16, len, &st) || U_FAILURE(st))
		return;
	pos = 0;
	while (pos < len && regions < 8) {
		int32_t a, b;
		UChar32 ch;

		st = U_ZERO_ERROR;
		a = pos + unorm2_spanQuickCheckYes(ic->nfc, ic->u16 + pos, len - pos, &st);
		if (U_FAILURE(st) || a >= len)
			break;
		/* widen to normalization boundaries */
		while (a > 0) {
			U16_GET(ic->u16, 0, a, len, ch);
			if (unorm2_hasBoundaryBefore(ic->nfc, ch))
				break;
			U16_BACK_1(ic->u16, 0, a);
		}
		b = a;
		U16_FWD_1(ic->u16, b, len);
		while (b < len) {
			U16_GET(ic->u16, 0, b, len, ch);
			if (unorm2_hasBoundaryBefore(ic->nfc, ch))
				break;
			U16_FWD_1(ic->u16, b, len);
		}
		/* the text [a, b) may still be NFC (a "maybe" character) */
		if (unorm2_isNormalized(ic->nfc, ic->u16 + a, b - a, &st) || U_FAILURE(st)) {
			pos = b;
			continue;
		}
		if (run_b >= 0 && !nfc_gap_has_letters(ic->u16, run_b, a)) {
			run_b = b;      /* the same run: only spaces or marks between */
		} else {
			if (run_b >= 0)
				nfc_run_emit(c, ui, sd, run_a, run_b, &regions);
			run_a = a;
			run_b = b;
		}
		pos = b;
	}
	if (run_b >= 0 && regions < 8)
		nfc_run_emit(c, ui, sd, run_a, run_b, &regions);
}

/* ---- invisible ------------------------------------------------------------ */

enum { INV_NONE = 0, INV_ZW, INV_BOM, INV_CONTROL, INV_BIDI, INV_NBSP, INV_SHY };

static int has_rtl(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		int32_t ch = bitext_utf8__next(s, n, &i);
		int d = u_charDirection(ch);
		if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC)
			return 1;
	}
	return 0;
}

static int joining_script(int32_t ch)
{
	return ch >= 0x0600 && ch < 0x0E00;   /* Arabic ... Sinhala */
}

static int pictographic(int32_t ch)
{
	return ch >= 0 && (u_hasBinaryProperty(ch, UCHAR_EXTENDED_PICTOGRAPHIC) ||
		ch == 0xFE0F || (ch >= 0x1F3FB && ch <= 0x1F3FF));
}

/* The invisible-character problem of `ch` in its context, or INV_NONE. */
static int invisible_kind(const char *lang, int rtl, int32_t prev, int32_t ch,
	int32_t next)
{
	int fr = bitext_lang__is(lang, "fr");

	switch (ch) {
	case 0x200B: case 0x2060: case 0x180E: case 0x2061: case 0x2062:
	case 0x2063: case 0x2064:
		return INV_ZW;
	case 0xFEFF:
		return INV_BOM;
	case 0x00AD:
		return INV_SHY;
	case 0x200C:
		if (chk_lang_in(lang, zwnj_langs) || joining_script(prev) ||
		    joining_script(next))
			return INV_NONE;
		return INV_ZW;
	case 0x200D:
		if ((pictographic(prev) && pictographic(next)) ||
		    joining_script(prev) || joining_script(next))
			return INV_NONE;
		return INV_ZW;
	case 0x200E: case 0x200F: case 0x061C: case 0x202A: case 0x202B:
	case 0x202C: case 0x202D: case 0x202E: case 0x2066: case 0x2067:
	case 0x2068: case 0x2069:
		return rtl || chk_lang_in(lang, rtl_langs) ? INV_NONE : INV_BIDI;
	case 0xA0: case 0x202F: case 0x2007:
		if (fr && (next == ';' || next == ':' || next == '!' || next == '?' ||
		    next == 0xBB || next == '%' || prev == 0xAB ||
		    (prev >= '0' && prev <= '9')))
			return INV_NONE;
		if (prev >= '0' && prev <= '9' && next >= '0' && next <= '9' &&
		    !bitext_lang__is(lang, "en") && !bitext_lang__is(lang, "ko") &&
		    !chk_lang_in(lang, cjk_langs))
			return INV_NONE;
		return INV_NBSP;
	default:
		break;
	}
	if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7F ||
	    (ch >= 0x80 && ch <= 0x9F))
		return INV_CONTROL;
	return INV_NONE;
}

static void rule_invisible(bitext_checker *c, size_t ui, const chk_side *sd)
{
	static const char *const keys[] = { NULL, "check_inv_zw", "check_inv_bom",
		"check_inv_control", "check_inv_bidi", "check_inv_nbsp", "check_inv_shy" };
	size_t i = 0, last_end = NONE;
	int32_t prev = -1;
	int rtl = -1;

	while (i < sd->n) {
		size_t at = i;
		int32_t ch = bitext_utf8__next(sd->s, sd->n, &i);
		int k;
		char hex[16];

		if (ch < 0x20 || (ch >= 0x7F && ch <= 0xAD) || (ch >= 0x180E && ch <= 0x180E) ||
		    (ch >= 0x200B && ch <= 0x206F) || ch == 0xFEFF || ch == 0x061C) {
			if ((ch >= 0x200E && ch <= 0x206F) && rtl < 0)
				rtl = has_rtl(sd->s, sd->n);
			k = invisible_kind(sd->lang, rtl > 0, prev, ch, cp_at(sd->s, sd->n, i));
			if (k && k != INV_NBSP && ch == prev && last_end == at && c->nfindings &&
			    !c->error) {
				/* a run of one character (U+200B U+200B ...) is one
				 * finding: widen the last one */
				bitext_finding *f = &c->findings[c->nfindings - 1];
				if (sd->is_src)
					f->src_end++;
				else
					f->tgt_end++;
				last_end = i;
			} else if (k) {
				size_t before = c->nfindings;
				snprintf(hex, sizeof(hex), "%04X", (unsigned)ch);
				chk_emit(c, ui, BITEXT_CHECK_INVISIBLE, 0, SIDE_SPAN(sd, at, i),
					k == INV_NBSP ? " " : "", keys[k], SIDE_NAME(sd), hex);
				if (c->nfindings > before)
					last_end = i;
			}
		}
		prev = ch;
	}
}

/* ---- whitespace ----------------------------------------------------------- */

static size_t lead_ws(const char *s, size_t n)
{
	size_t i = 0, at = 0;

	while (i < n) {
		at = i;
		if (!is_ws(bitext_utf8__next(s, n, &i)))
			return at;
	}
	return n;
}

static size_t trail_ws(const char *s, size_t n)
{
	size_t i = n;

	while (i > 0) {
		size_t p = bitext_utf8__prev(s, i), q = p;
		if (!is_ws(bitext_utf8__next(s, n, &q)))
			break;
		i = p;
	}
	return i;
}

/* 1 when s has a run of two spaces or more between its first and last
 * characters that are not white space: a layout (columns of a --help
 * text, aligned values) that a translation mirrors. */
static int inner_double_space(const char *s, size_t n)
{
	size_t a = lead_ws(s, n), z = trail_ws(s, n), i;

	for (i = a; i + 1 < z; i++)
		if (s[i] == ' ' && s[i + 1] == ' ')
			return 1;
	return 0;
}

/* 1 when s holds a space followed by `p` ("x ." in a source whose target
 * repeats it is no typo of the target). */
static int has_space_before(const char *s, size_t n, char p)
{
	size_t i;

	for (i = 0; i + 1 < n; i++)
		if (s[i] == ' ' && s[i + 1] == p)
			return 1;
	return 0;
}

/* Double spaces in the target, when the source has none (where it has,
 * the target mirrors its layout). */
static void rule_double_space(bitext_checker *c, size_t ui, const chk_side *sd,
	const chk_side *ss)
{
	size_t a = lead_ws(sd->s, sd->n), z = trail_ws(sd->s, sd->n), i;

	if (inner_double_space(ss->s, ss->n))
		return;

	for (i = a; i + 1 < z; i++) {
		if (sd->s[i] == ' ' && sd->s[i + 1] == ' ') {
			size_t j = i;
			while (j < z && sd->s[j] == ' ')
				j++;
			size_t x0 = i > a + 12 ? i - 12 : a, x1 = j + 12 < z ? j + 12 : z;
			while (x0 > a && ((unsigned char)sd->s[x0] & 0xC0) == 0x80)
				x0--;
			while (x1 < z && ((unsigned char)sd->s[x1] & 0xC0) == 0x80)
				x1++;
			chk_emit(c, ui, BITEXT_CHECK_WHITESPACE, 0, SIDE_SPAN(sd, i, j), " ",
				"check_ws_double", SIDE_NAME(sd), excerpt(c, sd->s, x0, x1));
			i = j;
		}
	}
}

/* Is s[i] (a space after a non-space) an English space before
 * punctuation? Decimals (.5), ellipses, times (:30), smileys, domain names
 * (.com) and "()" are not. */
static int space_before_punct(const char *s, size_t n, size_t i)
{
	char p, b, nx;

	if (i == 0 || i + 1 >= n || s[i] != ' ')
		return 0;
	p = s[i + 1];
	b = s[i - 1];
	nx = i + 2 < n ? s[i + 2] : '\0';
	if (b == ' ' || b == '\n' || b == '\t')
		return 0;
	if (!(p == ',' || p == '.' || p == ';' || p == ':' || p == '!' ||
	    p == '?' || p == ')'))
		return 0;
	if ((p == '.' || p == ',' || p == ':') && ((nx >= '0' && nx <= '9') || nx == '.'))
		return 0;
	if (p == ':' && (nx == ')' || nx == '(' || nx == '-' || nx == 'D'))
		return 0;
	if (p == '.' && nx && nx != ' ' && nx != '"' && nx != '\'' && nx != ')')
		return 0;
	if (p == ')' && b == '(')
		return 0;
	return 1;
}

/* A space before punctuation in an English target, unless the source
 * has one before the same mark. */
static void rule_space_punct(bitext_checker *c, size_t ui, const chk_side *sd,
	const chk_side *ss)
{
	size_t i;

	if (!bitext_lang__is(sd->lang, "en"))
		return;
	for (i = 1; i + 1 < sd->n; i++) {
		char sug[2] = { sd->s[i + 1], '\0' };
		if (!space_before_punct(sd->s, sd->n, i) ||
		    has_space_before(ss->s, ss->n, sd->s[i + 1]))
			continue;
		chk_emit(c, ui, BITEXT_CHECK_WHITESPACE, 0, SIDE_SPAN(sd, i, i + 2),
			sug, "check_ws_before_punct", SIDE_NAME(sd), sug);
	}
}

static void rule_whitespace(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts)
{
	size_t sl = lead_ws(ss->s, ss->n), tl = lead_ws(ts->s, ts->n);
	size_t st = trail_ws(ss->s, ss->n), tt = trail_ws(ts->s, ts->n);

	if (sl != tl || memcmp(ss->s, ts->s, sl))
		chk_emit(c, ui, BITEXT_CHECK_WHITESPACE, 0, 0, sl, 0, tl,
			bitext_arena_strndup(&c->farena, ss->s, sl), "check_ws_leading");
	if (ss->n - st != ts->n - tt || memcmp(ss->s + st, ts->s + tt, ss->n - st))
		chk_emit(c, ui, BITEXT_CHECK_WHITESPACE, 0, st, ss->n, tt, ts->n,
			bitext_arena_strndup(&c->farena, ss->s + st, ss->n - st),
			"check_ws_trailing");
	/* the source's own white space is the reference: only the target's
	 * differences are findings */
	rule_double_space(c, ui, ts, ss);
	rule_space_punct(c, ui, ts, ss);
}

/* ---- URLs and e-mail addresses -------------------------------------------- */

typedef struct chk_span {
	size_t a, b;
} chk_span;

static int url_char(char ch)
{
	return ch > ' ' && ch != '"' && ch != '<' && ch != '>' && ch != '\'' &&
		(unsigned char)ch < 0x80;
}

static int mail_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		(ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '%' ||
		ch == '+' || ch == '-';
}

/* URLs and e-mail addresses of s, at most `cap`. */
static size_t find_urls(const char *s, size_t n, chk_span *out, size_t cap)
{
	size_t i, k = 0;

	for (i = 0; i < n && k < cap; i++) {
		size_t a = i, b;
		int url = 0;
		char c0 = (char)(s[i] | 0x20);
		if (c0 != 'h' && c0 != 'w' && c0 != 'f' && s[i] != '@')
			continue;
		if ((i == 0 || !mail_char(s[i - 1])) &&
		    ((n - i > 7 && !strncasecmp(s + i, "http://", 7)) ||
		     (n - i > 8 && !strncasecmp(s + i, "https://", 8)) ||
		     (n - i > 6 && !strncasecmp(s + i, "ftp://", 6)) ||
		     (n - i > 4 && !strncasecmp(s + i, "www.", 4))))
			url = 1;
		if (url) {
			for (b = i; b < n && url_char(s[b]); b++)
				;
		} else if (s[i] == '@' && i > 0 && mail_char(s[i - 1])) {
			size_t dot = 0;
			for (a = i; a > 0 && mail_char(s[a - 1]); a--)
				;
			if (k && out[k - 1].b > a)
				continue;
			for (b = i + 1; b < n && (mail_char(s[b])); b++)
				if (s[b] == '.')
					dot = b;
			if (!dot || b == i + 1)
				continue;
		} else {
			continue;
		}
		while (b > a && strchr(".,;:!?)]}", s[b - 1]))
			b--;
		if (b - a < 5)
			continue;
		out[k].a = a;
		out[k].b = b;
		k++;
		i = b;
	}
	return k;
}

static int url_eq(const char *x, size_t xn, const char *y, size_t yn)
{
	if (xn && x[xn - 1] == '/')
		xn--;
	if (yn && y[yn - 1] == '/')
		yn--;
	return xn == yn && !strncasecmp(x, y, xn);
}

static void rule_url(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts)
{
	chk_span su[BITEXT_MAX_CHECK_CODES / 4], tu[BITEXT_MAX_CHECK_CODES / 4];
	size_t ns = find_urls(ss->s, ss->n, su, BITEXT_MAX_CHECK_CODES / 4);
	size_t nt = find_urls(ts->s, ts->n, tu, BITEXT_MAX_CHECK_CODES / 4);
	size_t i, j;

	for (i = 0; i < ns; i++) {
		for (j = 0; j < nt; j++)
			if (url_eq(ss->s + su[i].a, su[i].b - su[i].a, ts->s + tu[j].a,
			    tu[j].b - tu[j].a))
				break;
		if (j == nt)
			chk_emit(c, ui, BITEXT_CHECK_URL, 0, su[i].a, su[i].b, NONE, NONE,
				excerpt(c, ss->s, su[i].a, su[i].b), "check_url_missing",
				excerpt(c, ss->s, su[i].a, su[i].b));
	}
	for (j = 0; j < nt; j++) {
		for (i = 0; i < ns; i++)
			if (url_eq(ss->s + su[i].a, su[i].b - su[i].a, ts->s + tu[j].a,
			    tu[j].b - tu[j].a))
				break;
		if (i == ns)
			chk_emit(c, ui, BITEXT_CHECK_URL, ns ? 0 : 1, NONE, NONE, tu[j].a,
				tu[j].b, NULL, "check_url_extra",
				excerpt(c, ts->s, tu[j].a, tu[j].b));
	}
}

/* ---- spelling ------------------------------------------------------------- */

static int in_spans(const chk_span *sp, size_t n, size_t a, size_t b)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a < sp[i].b && b > sp[i].a)
			return 1;
	return 0;
}

static int ascii_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }

/* Does the source contain the word, in Latin script (case-insensitive)? */
static int source_has_word(const chk_side *ss, const char *w, size_t n)
{
	size_t i;

	if (n == 0 || n > ss->n)
		return 0;
	for (i = 0; i + n <= ss->n; i++) {
		if (tolower((unsigned char)ss->s[i]) != tolower((unsigned char)w[0]) ||
		    (i > 0 && isalpha((unsigned char)ss->s[i - 1])) ||
		    strncasecmp(ss->s + i, w, n))
			continue;
		if ((i == 0 || !isalpha((unsigned char)ss->s[i - 1])) &&
		    (i + n == ss->n || !isalpha((unsigned char)ss->s[i + n])))
			return 1;
	}
	return 0;
}

/* Levenshtein distance of word w (ASCII-folded) to the first suggestion
 * of the list "a, b, c"; large for non-ASCII. */
static size_t spell_distance(const char *w, size_t n, const char *sug)
{
	size_t m = strcspn(sug, ","), i, j, prev[64], cur[64];

	if (n >= 63 || m >= 63)
		return 99;
	for (j = 0; j <= m; j++)
		prev[j] = j;
	for (i = 1; i <= n; i++) {
		cur[0] = i;
		for (j = 1; j <= m; j++) {
			char a = (char)tolower((unsigned char)w[i - 1]);
			char b = (char)tolower((unsigned char)sug[j - 1]);
			size_t d = prev[j - 1] + (a != b);
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			cur[j] = d;
		}
		memcpy(prev, cur, (m + 1) * sizeof(size_t));
	}
	return prev[m];
}

/* Count the units where a word was flagged (for spell_prune). */
static void spell_note(bitext_checker *c, const char *w, size_t n, size_t ui)
{
	chk_icu *ic = ICU(c);
	bitext_strmap_slot *s;
	int created;

	s = bitext_map__str_put(&ic->spellfreq, w, n, ic->nspellw, &created);
	if (!s)
		return;
	if (created) {
		if (bitext__grow((void **)&ic->spellw, &ic->aspellw, ic->nspellw + 1,
		    sizeof(*ic->spellw)) < 0) {
			chk_nomem(c);
			return;
		}
		ic->spellw[ic->nspellw].units = 0;
		ic->spellw[ic->nspellw].last = 0;
		ic->nspellw++;
	}
	if (ic->spellw[s->value].last != ui + 1) {
		ic->spellw[s->value].units++;
		ic->spellw[s->value].last = ui + 1;
	}
}

#define SPELL_FREQUENT 3   /* a "misspelling" in this many units is a word */

/* Drop spelling findings of words flagged in many units: house style,
 * names and jargon the dictionary lacks. */
static void spell_prune(bitext_checker *c)
{
	chk_icu *ic = ICU(c);
	size_t i, k = 0;

	for (i = 0; i < c->nfindings; i++) {
		const bitext_finding *f = &c->findings[i];
		if (f->check == BITEXT_CHECK_SPELLING) {
			const bitext_check_unit *u = &c->units[f->unit];
			int tgt = f->tgt_start >= 0;
			const char *s = tgt ? u->tgt : u->src;
			long a = tgt ? f->tgt_start : f->src_start;
			long b = tgt ? f->tgt_end : f->src_end;
			size_t ba = chk_byte(c, f->unit, tgt, a);
			size_t bb = chk_byte(c, f->unit, tgt, b);
			bitext_strmap_slot *sl = bitext_map__str_get(&ic->spellfreq,
				s + ba, bb - ba);
			if (sl && ic->spellw[sl->value].units >= SPELL_FREQUENT)
				continue;
		}
		c->findings[k++] = *f;
	}
	c->nfindings = k;
}

/* Was the word flagged in so many units already that its findings will be
 * pruned (spell_prune)? Then costly second opinions are not needed. */
static int spell_frequent(bitext_checker *c, const char *w, size_t n)
{
	chk_icu *ic = ICU(c);
	bitext_strmap_slot *s = bitext_map__str_get(&ic->spellfreq, w, n);

	return s && ic->spellw[s->value].units >= SPELL_FREQUENT;
}

/* Similarity a rejected word needs to a source word (or to a part of one)
 * to pass as its romanization: stricter than name matching, since a typo
 * of a common word may look like some romanized word (thrugh ~ 도로 0.82). */
#define SPELL_TRANSLIT 0.85
#define SPELL_TRANSLIT_PART 0.95

/* Is the word a romanization of a word of a Hangul or Kana source (tom yum
 * goong for 똠얌꿍, hynix for 하이닉스)? Asked only for words hunspell
 * rejected. */
static double translit_best(bitext_checker *c, const chk_side *src,
	const char *w, size_t n, double at)
{
	chk_icu *ic = ICU(c);
	size_t i, lo = 0, hi;
	double best = 0;

	if (!bitext_lang__is(src->lang, "ko") && !bitext_lang__is(src->lang, "ja"))
		return 0;
	if (chk_words(c, 0, ic->wbi_src, src->s, src->n) < 0)
		return 0;
	/* a long segment: the source words near the word's place only */
	hi = ic->ntoks[0];
	if (hi > BITEXT_CHECK_TRANSLIT_WINDOW) {
		size_t mid = (size_t)(at * (double)hi);
		lo = mid > BITEXT_CHECK_TRANSLIT_WINDOW / 2 ?
			mid - BITEXT_CHECK_TRANSLIT_WINDOW / 2 : 0;
		if (lo > hi - BITEXT_CHECK_TRANSLIT_WINDOW)
			lo = hi - BITEXT_CHECK_TRANSLIT_WINDOW;
		hi = lo + BITEXT_CHECK_TRANSLIT_WINDOW;
	}
	for (i = lo; i < hi; i++) {
		const chk_tok *t = &ic->toks[0][i];
		size_t lens[BITEXT_STEM_KO_MAX];
		int na, k;
		if ((unsigned char)src->s[t->start] < 0xE3)
			continue;
		/* the word and its candidate stems (김정은씨는 -> 김정은) */
		na = bitext_stem_ko(lens, src->s + t->start, t->end - t->start);
		for (k = 0; k < na; k++) {
			size_t len = lens[k];
			double sim = bitext_translit_similarity(NULL, src->s + t->start, len, w, n);
			if (sim >= SPELL_TRANSLIT && sim > best)
				best = sim;
		}
		/* one word of a name written as one Korean word (tom yum goong
		 * for 똠얌꿍): syllable windows of the word */
		{
			size_t a, z, len = t->end - t->start;
			for (a = 0; a < len && len <= 36; a += 3)
				for (z = a + 3; z <= len && z - a <= 12; z += 3) {
					if (a == 0 && z == len)
						continue;
					double sim = bitext_translit_similarity(NULL,
						src->s + t->start + a, z - a, w, n);
					if (sim >= SPELL_TRANSLIT_PART && sim > best)
						best = sim;
				}
		}
	}
	return best;
}

/* A rejected word passes as a romanization when it matches a source word
 * better than the dictionary's own suggestion does: 하이닉스 -> hynix, but
 * not 칼럼니스트 -> colmnist, whose suggestion columnist matches better. */
static int transliterates(bitext_checker *c, const chk_side *src,
	const char *w, size_t n, const char *sug, double at)
{
	double mine = translit_best(c, src, w, n, at), theirs;
	size_t k;

	if (mine <= 0)
		return 0;
	if (!sug)
		return 1;
	k = strcspn(sug, ",");
	theirs = translit_best(c, src, sug, k, at);
	return mine > theirs + 0.02;
}

/*
 * Is the word in the other side (source_has_word), for every word of a
 * segment, in time linear in both: words of ASCII letters are looked up in
 * an index of the other side's maximal runs of ASCII letters, lowercased
 * (the same answer, as such a word matches only a whole run); other words
 * are scanned for, BITEXT_MAX_CHECK_SCANS at most, after a test that every
 * byte of the word occurs in the other side.
 */
typedef struct {
	const chk_side *side;
	int built;                  /* index and bytes are filled */
	bitext_strmap runs;         /* lowercased runs of ASCII letters */
	uint64_t bytes[4];          /* bytes that occur in the side */
	int scans;                  /* scans done */
} spell_other;

static int spell_other_build(spell_other *o)
{
	const unsigned char *s = (const unsigned char *)o->side->s;
	size_t n = o->side->n, i = 0, a;
	char low[BITEXT_MAX_CHECK_WORD];

	o->built = 1;
	bitext_map__str_init(&o->runs);
	for (i = 0; i < n; i++)
		o->bytes[s[i] / 64] |= (uint64_t)1 << (s[i] % 64);
	for (i = 0; i < n;) {
		if (!isalpha(s[i])) {
			i++;
			continue;
		}
		for (a = i; i < n && isalpha(s[i]); i++)
			if (i - a < sizeof(low))
				low[i - a] = (char)tolower(s[i]);
		if (i - a <= sizeof(low) &&
		    !bitext_map__str_put(&o->runs, low, i - a, 0, NULL))
			return BITEXT_ENOMEM;
	}
	return 0;
}

static int spell_other_has(spell_other *o, const char *w, size_t n)
{
	char low[BITEXT_MAX_CHECK_WORD];
	size_t i, alpha = 0;

	if (n == 0 || n > sizeof(low) || n > o->side->n)
		return 0;
	if (!o->built && spell_other_build(o) < 0)
		return source_has_word(o->side, w, n);   /* no memory: the scan */
	for (i = 0; i < n; i++) {
		unsigned char b = (unsigned char)w[i];
		if (!(o->bytes[b / 64] >> (b % 64) & 1))
			return 0;
		alpha += isalpha(b) != 0;
		low[i] = (char)tolower(b);
	}
	if (alpha == n)
		return bitext_map__str_get(&o->runs, low, n) != NULL;
	if (o->scans >= BITEXT_MAX_CHECK_SCANS)
		return 0;
	o->scans++;
	return source_has_word(o->side, w, n);
}

static void rule_spelling_words(bitext_checker *c, size_t ui, const chk_side *sd,
	spell_other *oth, int *ntranslit, bitext_check_speller *sp,
	UBreakIterator *bi, const bitext_term_match *terms, size_t nterms);

static void rule_spelling(bitext_checker *c, size_t ui, const chk_side *sd,
	const chk_side *other, bitext_check_speller *sp, UBreakIterator *bi,
	const bitext_term_match *terms, size_t nterms)
{
	spell_other oth = { other, 0, { { 0 }, { 0 } }, { 0 }, 0 };
	int ntranslit = 0;

	if (sp)
		rule_spelling_words(c, ui, sd, &oth, &ntranslit, sp, bi, terms, nterms);
	if (oth.built)
		bitext_map__str_dispose(&oth.runs);
}

/* Copy word s[0..n) (n <= BITEXT_MAX_CHECK_WORD) to out without its
 * default-ignorable characters (soft hyphen, zero-width characters, word
 * joiner ...): the copy's length, or 0 when the word has none. */
static size_t strip_ignorable(char *out, const char *s, size_t n)
{
	size_t i = 0, k = 0, found = 0;

	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n)
		return 0;     /* ASCII: nothing to strip */
	i = 0;
	while (i < n) {
		size_t at = i;
		int32_t ch = bitext_utf8__next(s, n, &i);
		if (u_hasBinaryProperty(ch, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
			found = 1;
			continue;
		}
		memcpy(out + k, s + at, i - at);
		k += i - at;
	}
	return found && k ? k : 0;
}

static void rule_spelling_words(bitext_checker *c, size_t ui, const chk_side *sd,
	spell_other *oth, int *ntranslit, bitext_check_speller *sp,
	UBreakIterator *bi, const bitext_term_match *terms, size_t nterms)
{
	const chk_side *other = oth->side;
	chk_icu *ic = ICU(c);
	chk_span urls[BITEXT_MAX_CHECK_CODES / 4], tspan[BITEXT_MAX_CHECK_CODES / 2];
	size_t nu = find_urls(sd->s, sd->n, urls, BITEXT_MAX_CHECK_CODES / 4), nts = 0, i;
	int which = sd->is_src ? 0 : 1, error;

	for (i = 0; i < nterms && nts < BITEXT_MAX_CHECK_CODES / 2; i++) {
		tspan[nts].a = terms[i].start;
		tspan[nts].b = terms[i].end;
		nts++;
	}
	if ((error = chk_words(c, which, bi, sd->s, sd->n)) < 0) {
		c->error = error;
		return;
	}
	for (i = 0; i < ic->ntoks[which]; i++) {
		const chk_tok *t = &ic->toks[which][i];
		size_t a = t->start, b = t->end, j = i, k, wn;
		char wbuf[BITEXT_MAX_CHECK_WORD];
		const char *w;
		int skip = 0, ok;

		if (t->status < UBRK_WORD_LETTER || t->status >= UBRK_WORD_LETTER_LIMIT)
			continue;
		/* hyphenated compounds are one word */
		while (j + 1 < ic->ntoks[which] && ic->toks[which][j + 1].start == ic->toks[which][j].end + 1 &&
		    sd->s[ic->toks[which][j].end] == '-' &&
		    ic->toks[which][j + 1].status >= UBRK_WORD_LETTER &&
		    ic->toks[which][j + 1].status < UBRK_WORD_LETTER_LIMIT)
			j++;
		b = ic->toks[which][j].end;
		for (k = i; k <= j; k++) {
			const chk_tok *p = &ic->toks[which][k];
			size_t q;
			int upper = 0, lower = 0, digit = 0;
			for (q = p->start; q < p->end; q++) {
				char ch = sd->s[q];
				if (ascii_upper(ch))
					upper++;
				else if (ch >= 'a' && ch <= 'z')
					lower++;
				else if ((ch >= '0' && ch <= '9') || ch == '_')
					digit++;
			}
			/* names (capitalized), acronyms, mixed case, digits */
			if (upper || digit)
				skip = 1;
			if (bitext_utf8__count(sd->s + p->start, p->end - p->start) < 2 &&
			    j == i)
				skip = 1;
			/* a word or tokens that are not ASCII in an English text */
			if (!lower && !upper && bitext_lang__is(sd->lang, "en"))
				skip = 1;
		}
		i = j;
		if (skip || b - a > BITEXT_MAX_CHECK_WORD ||
		    in_spans(urls, nu, a, b) || in_spans(tspan, nts, a, b))
			continue;
		if (spell_other_has(oth, sd->s + a, b - a))
			continue;
		if (memchr(sd->s + a, '.', b - a) || memchr(sd->s + a, '\xCC', b - a) ||
		    memchr(sd->s + a, '\xCD', b - a) ||
		    bitext_utf8__count(sd->s + a, b - a) <
		    ((unsigned char)sd->s[a] < 0x80 ? 4 : 2))
			continue;   /* abbreviations (a.m.), short words */
		/* soft hyphens and other default-ignorable characters are not
		 * part of the spelling (the invisible check reports them) */
		wn = strip_ignorable(wbuf, sd->s + a, b - a);
		w = wn ? wbuf : sd->s + a;
		if (!wn)
			wn = b - a;
		ok = bitext_check__speller_ok(sp, w, wn);
		if (ok < 0) {
			c->error = ok;
			return;
		}
		if (!ok) {
			const char *sug = NULL;
			/* suggestions cost tens of milliseconds (far more with
			 * hunspell-ko): only for findings that are more than advice */
			if ((int)c->sev[BITEXT_CHECK_SPELLING] - (sd->is_src ? 1 : 0) >
			    BITEXT_SEVERITY_INFO) {
				sug = bitext_check__speller_suggest(sp, w, wn);
				/* a typo is close to a word; a word far from every
				 * suggestion is a rare word the dictionary lacks */
				if (sug && spell_distance(w, wn, sug) > 2)
					continue;
			}
			if (!sd->is_src && !spell_frequent(c, sd->s + a, b - a) &&
			    (*ntranslit)++ < BITEXT_MAX_CHECK_TRANSLIT &&
			    transliterates(c, other, w, wn, sug,
			    (double)a / (double)sd->n)) {
				/* counted like a flagged word, so that a name repeated
				 * all over the memory is looked up a few times only */
				spell_note(c, sd->s + a, b - a, ui);
				continue;
			}
			chk_emit(c, ui, BITEXT_CHECK_SPELLING, sd->is_src ? 1 : 0,
				SIDE_SPAN(sd, a, b), sug, "check_spell", SIDE_NAME(sd),
				excerpt(c, sd->s, a, b));
			if (c->nfindings && c->findings[c->nfindings - 1].check == BITEXT_CHECK_SPELLING &&
			    c->findings[c->nfindings - 1].unit == ui)
				spell_note(c, sd->s + a, b - a, ui);
		}
	}
}

/* ---- terminology and forbidden terms ------------------------------------ */

static const bitext_term *preferred_term(const bitext_termbase *tb,
	size_t concept, const char *lang)
{
	const bitext_concept *k = bitext_termbase_concept(tb, concept);
	const bitext_term *best = NULL;
	size_t i;

	for (i = 0; k && i < k->nterms; i++) {
		const bitext_term *t = bitext_termbase_term(tb, k->first_term + i);
		if (!bitext_termbase_lang_match(t->lang, lang) ||
		    !BITEXT_TERM_STATUS_OK(t->status) || !*t->text)
			continue;
		if (!best || (t->status == BITEXT_TERM_PREFERRED &&
		    best->status != BITEXT_TERM_PREFERRED))
			best = t;
	}
	return best;
}

/* Is s[0..n) the term as written, up to case and the spaces, hyphens and
 * other ASCII punctuation between its words (Kim Jong Un = Kim Jong-un),
 * rather than an inflected form the matcher also finds? */
static int term_exact(const char *s, size_t n, const char *term)
{
	size_t i = 0, j = 0, m = strlen(term);

	for (;;) {
		while (i < n && (unsigned char)s[i] < 0x80 && !isalnum((unsigned char)s[i]))
			i++;
		while (j < m && (unsigned char)term[j] < 0x80 && !isalnum((unsigned char)term[j]))
			j++;
		if (i == n || j == m)
			return i == n && j == m;
		if (tolower((unsigned char)s[i]) != tolower((unsigned char)term[j]))
			return 0;
		i++;
		j++;
	}
}

/* Does the target hold a significant word of an accepted translation
 * ("a ministry official" for "trade ministry")? Then the term was most
 * likely paraphrased, not mistranslated. */
static int term_partly_there(bitext_checker *c, const bitext_concept *k,
	const chk_side *ts)
{
	size_t q;

	for (q = 0; q < k->nterms; q++) {
		const bitext_term *t = bitext_termbase_term(c->tb, k->first_term + q);
		const char *p = t->text;
		if (!bitext_termbase_lang_match(t->lang, c->tgt_lang) ||
		    !BITEXT_TERM_STATUS_OK(t->status))
			continue;
		while (*p) {
			size_t n = strcspn(p, " -");
			if (n >= 4 && strncasecmp(p, "with", n) && strncasecmp(p, "from", n) &&
			    source_has_word(ts, p, n))
				return 1;
			p += n;
			while (*p == ' ' || *p == '-')
				p++;
		}
	}
	return 0;
}

static void rule_terms(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts, const bitext_term_match **tgt_out, size_t *ntgt_out)
{
	chk_icu *ic = ICU(c);
	const bitext_termbase *tb = c->tb;
	const bitext_term_match *sm, *tm;
	size_t ns, nt, i, j;
	int error;

	*tgt_out = NULL;
	*ntgt_out = 0;
	if ((error = bitext_term_matcher_run(c->tm_src, ss->s, ss->n, &sm, &ns)) < 0) {
		c->error = error;
		return;
	}
	if (ns > ic->asmatch) {
		bitext_term_match *p = realloc(ic->smatch, ns * sizeof(*p));
		if (!p) {
			chk_nomem(c);
			return;
		}
		ic->smatch = p;
		ic->asmatch = ns;
	}
	if (ns)
		memcpy(ic->smatch, sm, ns * sizeof(*sm));
	sm = ic->smatch;
	if ((error = bitext_term_matcher_run(c->tm_tgt, ts->s, ts->n, &tm, &nt)) < 0) {
		c->error = error;
		return;
	}
	*tgt_out = tm;
	*ntgt_out = nt;
	/* forbidden or deprecated target terms */
	if (c->sev[BITEXT_CHECK_FORBIDDEN]) {
		for (j = 0; j < nt; j++) {
			const bitext_term *t = bitext_termbase_term(tb, tm[j].term);
			const bitext_term *pref;
			size_t k;
			int shadowed = 0;
			if (BITEXT_TERM_STATUS_OK(t->status))
				continue;
			for (k = 0; k < nt && !shadowed; k++) {
				const bitext_term *o = bitext_termbase_term(tb, tm[k].term);
				if (!BITEXT_TERM_STATUS_OK(o->status) || tm[k].start > tm[j].start ||
				    tm[k].end < tm[j].end)
					continue;
				/* an accepted term around the forbidden one (Korea
				 * Exchange Bank around Korea Exchange) wins; on the same
				 * words, the forbidden one wins only when it is written
				 * as is and the accepted one only matched through
				 * inflection (Hyundai Motors, Hyundai Motor) */
				shadowed = tm[k].start < tm[j].start || tm[k].end > tm[j].end ||
					!term_exact(ts->s + tm[j].start, tm[j].end - tm[j].start, t->text) ||
					term_exact(ts->s + tm[k].start, tm[k].end - tm[k].start, o->text);
			}
			if (shadowed)
				continue;
			pref = preferred_term(tb, t->concept, c->tgt_lang);
			chk_emit(c, ui, BITEXT_CHECK_FORBIDDEN,
				t->status == BITEXT_TERM_DEPRECATED ? 1 : 0, NONE, NONE,
				tm[j].start, tm[j].end, pref ? pref->text : NULL,
				t->status == BITEXT_TERM_DEPRECATED ? "check_term_deprecated" :
				"check_term_forbidden", excerpt(c, ts->s, tm[j].start, tm[j].end));
		}
	}
	if (!c->sev[BITEXT_CHECK_TERMINOLOGY])
		return;
	for (i = 0; i < ns; i++) {
		const bitext_term *st = bitext_termbase_term(tb, sm[i].term);
		const bitext_term *pref = preferred_term(tb, st->concept, c->tgt_lang);
		const bitext_concept *k = bitext_termbase_concept(tb, st->concept);
		size_t q;
		int found = 0, dup = 0, bad = 0;

		if (!pref)
			continue;     /* no translation known */
		for (q = 0; q < i; q++)
			if (bitext_termbase_term(tb, sm[q].term)->concept == st->concept)
				dup = 1;
		if (dup)
			continue;
		for (j = 0; j < nt && !found; j++) {
			const bitext_term *t = bitext_termbase_term(tb, tm[j].term);
			if (t->concept == st->concept) {
				if (BITEXT_TERM_STATUS_OK(t->status))
					found = 1;
				else
					bad = 1;
			}
		}
		/* an accepted translation written as is (a target term with
		 * characters the tokenizer splits differently) */
		for (q = 0; q < k->nterms && !found; q++) {
			const bitext_term *t = bitext_termbase_term(tb, k->first_term + q);
			if (bitext_termbase_lang_match(t->lang, c->tgt_lang) &&
			    BITEXT_TERM_STATUS_OK(t->status) && *t->text &&
			    memmem(ts->s, ts->n, t->text, strlen(t->text)))
				found = 1;
		}
		if (found || bad)
			continue;     /* a forbidden variant was reported already */
		bitext_buf_clear(&c->tmp);
		for (q = 0; q < k->nterms; q++) {
			const bitext_term *t = bitext_termbase_term(tb, k->first_term + q);
			if (!bitext_termbase_lang_match(t->lang, c->tgt_lang) ||
			    !BITEXT_TERM_STATUS_OK(t->status) || !*t->text)
				continue;
			if (c->tmp.size)
				bitext_buf_puts(&c->tmp, " / ");
			bitext_buf_puts(&c->tmp, t->text);
		}
		chk_emit(c, ui, BITEXT_CHECK_TERMINOLOGY, term_partly_there(c, k, ts) ? 2 : 0,
			sm[i].start, sm[i].end,
			NONE, NONE, pref->text, "check_term_missing",
			excerpt(c, ss->s, sm[i].start, sm[i].end),
			c->tmp.ptr ? c->tmp.ptr : "");
	}
}

/* ---- numbers -------------------------------------------------------------- */

/* Kinds that a translation may turn into one another. */
static int num_group(bitext_number_kind k)
{
	switch (k) {
	case BITEXT_NUM_NUMBER: case BITEXT_NUM_DECIMAL: case BITEXT_NUM_COUNT:
		return 1;
	case BITEXT_NUM_YEAR: case BITEXT_NUM_DATE:
		return 2;
	default:
		return 10 + (int)k;
	}
}

/* A number worth reporting when it is only missing: large, scaled, a
 * percentage, money, a full date or a time. Ordinals, months alone and
 * small counts are often rephrased ("first", "last month", "two"). */
static int num_strong(const bitext_number *x)
{
	switch (x->kind) {
	case BITEXT_NUM_PERCENT: case BITEXT_NUM_TIME:
		return 1;
	case BITEXT_NUM_MONEY:
		return x->value >= 10;   /* not "1 dollar = 116 yen" */
	case BITEXT_NUM_DATE:
		return x->day > 0;
	case BITEXT_NUM_ORDINAL: case BITEXT_NUM_MULTIPLE:
		return 0;
	case BITEXT_NUM_COUNT:
		/* 35명, 12 countries: a count of something written in digits */
		if (x->value >= 10 && !(x->flags & BITEXT_NUM_F_SPELLED))
			return 1;
		/* fall through */
	default:
		return x->value >= 100 || (x->flags & BITEXT_NUM_F_SCALED);
	}
}

/* Does a date (or year) have part k: 0 year, 1 month, 2 day, 3 weekday? */
static int num_part(const bitext_number *x, int k)
{
	switch (k) {
	case 0: return x->year;
	case 1: return x->month;
	case 2: return x->day;
	default: return x->weekday;
	}
}

/* Is x a count with the general counter (세 개, 6개) or an age (윤재혁(68))
 * and y a plain number, as a language without counters says it (6 apples,
 * "Yoon, 68,")? */
static int num_generic_count(const bitext_number *x, const bitext_number *y)
{
	return x->kind == BITEXT_NUM_COUNT && x->unit &&
		(!strcmp(x->unit, "item") || !strcmp(x->unit, "age")) &&
		y->kind == BITEXT_NUM_NUMBER && !y->unit;
}

static int num_unit_is(const bitext_number *x, const char *unit)
{
	return x->unit && !strcmp(x->unit, unit);
}

/* Is x "first", or "one" said in a word, and y not a count of x's unit? */
static int num_one_word(const bitext_number *x, const bitext_number *y)
{
	if (!(x->flags & BITEXT_NUM_F_SPELLED) || x->value != 1)
		return 0;
	if (x->kind == BITEXT_NUM_ORDINAL)
		return 1;
	return !x->unit || !y->unit;
}

/* Could y be x written wrongly (a number that was changed rather than
 * dropped)? Same sort of number: two dates that share a part (a month and
 * a month, not a day and a weekday), a day and an ordinal, two times, two
 * percentages, amounts in the same currency (or an unknown one: another
 * known currency is a conversion), counts of the same thing. */
static int num_comparable(const bitext_number *x, const bitext_number *y)
{
	int xd = x->kind == BITEXT_NUM_DATE || x->kind == BITEXT_NUM_YEAR;
	int yd = y->kind == BITEXT_NUM_DATE || y->kind == BITEXT_NUM_YEAR;
	int k;

	/* PM2.5 / PM10: names and codes differ, not numbers */
	if ((x->flags | y->flags) & BITEXT_NUM_F_CODE)
		return 0;
	/* 16진수 names a base: only another base is it said wrongly */
	if (num_unit_is(x, "base") != num_unit_is(y, "base"))
		return 0;
	/* "first" is as often "top" or "for the first time" as a number, and
	 * "one" a pronoun or an article (one of them, more than one file =
	 * 두 개 이상의 파일, 하나로 합친다 = merges two): unless both count
	 * the same thing (한 사람 / two people) */
	if (num_one_word(x, y) || num_one_word(y, x))
		return 0;
	if (xd && yd) {
		for (k = 0; k < 4; k++)
			if (num_part(x, k) && num_part(y, k))
				return 1;
		return 0;
	}
	if (xd || yd) {
		const bitext_number *d = xd ? x : y, *o = xd ? y : x;
		/* 15일 / the 16th; 2014년 / 2015 */
		if (d->kind == BITEXT_NUM_DATE && d->day && !d->month && !d->year)
			return o->kind == BITEXT_NUM_ORDINAL && o->value >= 1 &&
				o->value <= 31 && !o->unit &&
				!(o->flags & BITEXT_NUM_F_SPELLED);
		return d->kind == BITEXT_NUM_YEAR && o->kind == BITEXT_NUM_NUMBER &&
			!(o->flags & BITEXT_NUM_F_SCALED) && o->value >= 1000 &&
			o->value <= 2999 && o->value == floor(o->value);
	}
	/* 두 차례 / three times */
	if ((x->kind == BITEXT_NUM_MULTIPLE && y->unit && !strcmp(y->unit, "time")) ||
	    (y->kind == BITEXT_NUM_MULTIPLE && x->unit && !strcmp(x->unit, "time")))
		return 1;
	/* 사 층 / the fifth floor: a count and an ordinal of one unit */
	if (((x->kind == BITEXT_NUM_ORDINAL && y->kind == BITEXT_NUM_COUNT) ||
	     (y->kind == BITEXT_NUM_ORDINAL && x->kind == BITEXT_NUM_COUNT)) &&
	    x->unit && y->unit)
		return !strcmp(x->unit, y->unit);
	if (num_group(x->kind) != num_group(y->kind))
		return 0;
	if (x->kind == BITEXT_NUM_MONEY && x->currency[0] && y->currency[0] &&
	    strcmp(x->currency, y->currency))
		return 0;
	/* 세 명 / four people, not 1년 / three countries */
	if (x->unit && y->unit && strcmp(x->unit, y->unit))
		return 0;
	/* a small or spelled number against digits: only when both count the
	 * same thing (3명 / four people, not 3학년 / "nine grades"); the
	 * general counter 개 has no word in English (육 개 / 7 apples) */
	if (((x->flags ^ y->flags) & BITEXT_NUM_F_WEAK) && (!x->unit || !y->unit) &&
	    !num_generic_count(x, y) && !num_generic_count(y, x) &&
	    !(x->kind == BITEXT_NUM_ORDINAL && y->kind == BITEXT_NUM_ORDINAL))
		return 0;
	return 1;
}

/* The unmatched, unpaired number of `other` that x was most likely changed
 * into: comparable, nearest in relative position. Returns its index or -1. */
static long num_partner(const bitext_number *x, size_t xi, size_t xn,
	const bitext_number_list *other, const unsigned char *taken)
{
	double px = xn > 1 ? (double)xi / (double)(xn - 1) : 0, best = 2;
	long bj = -1;
	size_t j;

	for (j = 0; j < other->count; j++) {
		const bitext_number *y = &other->items[j];
		double py, d;
		if (y->match >= 0 || taken[j] || !num_comparable(x, y))
			continue;
		py = other->count > 1 ? (double)j / (double)(other->count - 1) : 0;
		d = fabs(px - py);
		if (d < best) {
			best = d;
			bj = (long)j;
		}
	}
	return bj;
}

/* Any number of the list left unmatched (a changed number of another
 * kind: "Dec. 50" for 10일)? */
static int num_any_unmatched(const bitext_number_list *l,
	const unsigned char *taken)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		const bitext_number *y = &l->items[i];
		/* dates (datelines) and money (conversions) are often added */
		if (y->match != -1 || (taken && taken[i]) ||
		    (y->flags & BITEXT_NUM_F_WEAK) ||
		    y->kind == BITEXT_NUM_DATE || y->kind == BITEXT_NUM_YEAR ||
		    y->kind == BITEXT_NUM_MONEY)
			continue;
		return 1;
	}
	return 0;
}

/* A target amount in another currency than an amount of the source: a
 * conversion the translator added ("1조2000억 원" -> "$1.1 billion"). */
static int num_conversion(const bitext_number *x, const bitext_number_list *src,
	int same_side)
{
	size_t i;

	if (x->kind != BITEXT_NUM_MONEY)
		return 0;
	for (i = 0; i < src->count; i++) {
		const bitext_number *y = &src->items[i];
		if (y == x)
			continue;
		/* on its own side, the other amount must have been translated */
		if (same_side && y->match < 0)
			continue;
		if ((y->kind == BITEXT_NUM_MONEY || (y->flags & BITEXT_NUM_F_SCALED)) &&
		    strcmp(y->currency, x->currency))
			return 1;
	}
	return 0;
}

/* A number x of the source said as y in the target: one finding with both
 * spans. A pair of small or spelled numbers (세 명 / four people) is a
 * warning, the others an error. */
static void num_changed(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts, const bitext_number *x, const bitext_number *y)
{
	int weak = ((x->flags | y->flags) & BITEXT_NUM_F_WEAK) != 0;

	chk_emit(c, ui, BITEXT_CHECK_NUMBER, weak, x->start, x->end, y->start,
		y->end, NULL, "check_number_changed",
		excerpt(c, ss->s, x->start, x->end), excerpt(c, ts->s, y->start, y->end));
}

/* Pair the numbers left unpaired that both sides write alike: 20.127 in
 * a German "%-20.127s" and in the English one, 1.234 read as a thousand
 * and as a decimal. The same characters are the same number. */
static void num_same_text(const chk_side *ss, const chk_side *ts,
	bitext_number_list *src, bitext_number_list *tgt)
{
	size_t i, j;

	for (i = 0; i < src->count; i++) {
		bitext_number *x = &src->items[i];
		size_t n = x->end - x->start;
		if (x->match >= 0)
			continue;
		for (j = 0; j < tgt->count; j++) {
			bitext_number *y = &tgt->items[j];
			if (y->match < 0 && y->end - y->start == n &&
			    !memcmp(ss->s + x->start, ts->s + y->start, n)) {
				x->match = (long)j;
				y->match = (long)i;
				break;
			}
		}
	}
}

static void rule_number(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts)
{
	chk_icu *ic = ICU(c);
	unsigned char *taken;
	size_t i;
	int error;

	if ((error = bitext_numbers_extract(&ic->nsrc, ss->lang, ss->s, ss->n)) < 0 ||
	    (error = bitext_numbers_extract(&ic->ntgt, ts->lang, ts->s, ts->n)) < 0) {
		if (error == BITEXT_ELIMIT)
			return;
		c->error = error;
		return;
	}
	if (!ic->nsrc.count && !ic->ntgt.count)
		return;
	bitext_numbers_compare(&ic->nsrc, &ic->ntgt);
	num_same_text(ss, ts, &ic->nsrc, &ic->ntgt);
	if (bitext__grow((void **)&ic->ntaken, &ic->ataken, ic->ntgt.count + 1, 1) < 0) {
		chk_nomem(c);
		return;
	}
	taken = ic->ntaken;
	memset(taken, 0, ic->ntgt.count);
	/* a number changed: one finding for the pair */
	for (i = 0; i < ic->nsrc.count; i++) {
		const bitext_number *x = &ic->nsrc.items[i];
		long j;
		if (x->match >= 0 || num_conversion(x, &ic->nsrc, 1))
			continue;
		j = num_partner(x, i, ic->nsrc.count, &ic->ntgt, taken);
		if (j < 0)
			continue;
		taken[j] = 1;
		ic->nsrc.items[i].match = -2;
		num_changed(c, ui, ss, ts, x, &ic->ntgt.items[j]);
	}
	for (i = 0; i < ic->nsrc.count; i++) {
		const bitext_number *x = &ic->nsrc.items[i];
		int lower;
		if (x->match != -1 || (x->flags & BITEXT_NUM_F_WEAK))
			continue;
		if (num_conversion(x, &ic->nsrc, 1))
			lower = 2;   /* (약 120억 원) next to the amount translated */
		else if (num_strong(x) || (x->kind != BITEXT_NUM_DATE &&
		    num_any_unmatched(&ic->ntgt, taken)))
			lower = 1;   /* dropped */
		else
			lower = 2;
		chk_emit(c, ui, BITEXT_CHECK_NUMBER, lower, x->start, x->end, NONE, NONE,
			NULL, "check_number_missing", excerpt(c, ss->s, x->start, x->end));
	}
	for (i = 0; i < ic->ntgt.count; i++) {
		const bitext_number *x = &ic->ntgt.items[i];
		if (x->match >= 0 || taken[i] || (x->flags & BITEXT_NUM_F_WEAK))
			continue;
		/* a number only the translation has (a dateline, a currency
		 * conversion) is added context */
		chk_emit(c, ui, BITEXT_CHECK_NUMBER,
			x->kind != BITEXT_NUM_DATE && !num_conversion(x, &ic->nsrc, 0) &&
			num_any_unmatched(&ic->nsrc, NULL) ? 1 : 2,
			NONE, NONE, x->start, x->end,
			NULL, "check_number_extra", excerpt(c, ts->s, x->start, x->end));
	}
}

/* ---- untranslated ----------------------------------------------------------- */

/* The script a language is written in (its letters), or USCRIPT_LATIN. */
static UScriptCode lang_script(const char *lang)
{
	static const struct { const char *l; UScriptCode s; } t[] = {
		{ "ko", USCRIPT_HANGUL }, { "ja", USCRIPT_HIRAGANA },
		{ "zh", USCRIPT_HAN }, { "ru", USCRIPT_CYRILLIC },
		{ "uk", USCRIPT_CYRILLIC }, { "bg", USCRIPT_CYRILLIC },
		{ "sr", USCRIPT_CYRILLIC }, { "ar", USCRIPT_ARABIC },
		{ "fa", USCRIPT_ARABIC }, { "ur", USCRIPT_ARABIC },
		{ "he", USCRIPT_HEBREW }, { "el", USCRIPT_GREEK },
		{ "th", USCRIPT_THAI }, { "hi", USCRIPT_DEVANAGARI },
		{ NULL, USCRIPT_LATIN } };
	size_t i;

	for (i = 0; t[i].l; i++)
		if (bitext_lang__is(lang, t[i].l))
			return t[i].s;
	return USCRIPT_LATIN;
}

static int script_is(UScriptCode have, UScriptCode want)
{
	if (want == USCRIPT_HIRAGANA)
		return have == USCRIPT_HIRAGANA || have == USCRIPT_KATAKANA;
	return have == want;
}

/* Does the source's script include `sc` in a target of language `tl`?
 * Han counts for Korean and Japanese sources (hanja, kanji) unless the
 * target writes Han itself. */
static int source_script(UScriptCode sc, UScriptCode sscr, const char *tl)
{
	if (script_is(sc, sscr))
		return 1;
	return sc == USCRIPT_HAN && (sscr == USCRIPT_HANGUL || sscr == USCRIPT_HIRAGANA) &&
		!chk_lang_in(tl, cjk_langs) && !bitext_lang__is(tl, "ko");
}

/* Is the target's [a, b) inside an allowed name written there: a name
 * given to bitext_checker_allow(), or an accepted target term of the
 * termbase? */
static int allowed_at(const bitext_checker *c, const chk_side *ts, size_t a,
	size_t b)
{
	size_t i, k;

	for (k = 0; k < 2; k++) {
		size_t n = k ? c->ntb_allow : c->nallow;
		for (i = 0; i < n; i++) {
			const char *name = k ? c->tb_allow[i] : c->allow[i];
			size_t len = strlen(name);
			const char *p = ts->s, *end = ts->s + ts->n;
			while (len && (p = memmem(p, (size_t)(end - p), name, len)) != NULL) {
				size_t at = (size_t)(p - ts->s);
				if (at <= a && at + len >= b)
					return 1;
				p++;
			}
		}
	}
	return 0;
}

#define SCRIPT_RUNS_MAX 16   /* runs reported per target */

/* Each run of the source's script left in a target of another script
 * (Hangul of a name copied untranslated), one finding a run: letters of
 * that script with at most spaces, hyphens or middle dots between them.
 * A run in parentheses right after other text is a gloss of the
 * original: info. */
static void script_runs(bitext_checker *c, size_t ui, const chk_side *ts,
	UScriptCode sscr)
{
	size_t i = 0, ra = NONE, rb = 0, runs = 0;

	while (i <= ts->n && runs < SCRIPT_RUNS_MAX) {
		size_t at = i;
		int32_t ch = i < ts->n ? bitext_utf8__next(ts->s, ts->n, &i) : -1;
		UErrorCode st = U_ZERO_ERROR;
		int in = ch >= 0 && u_isalpha(ch) &&
			source_script(uscript_getScript(ch, &st), sscr, ts->lang);
		int joins = ch == ' ' || ch == '-' || ch == 0xB7 || ch == 0x30FB ||
			(ch >= 0 && u_getIntPropertyValue(ch, UCHAR_GENERAL_CATEGORY) ==
			U_NON_SPACING_MARK);

		if (in) {
			if (ra == NONE)
				ra = at;
			rb = i;
			continue;
		}
		if (ra != NONE && joins && ch != -1)
			continue;     /* maybe more of the run after a space */
		if (ra != NONE) {
			if (!allowed_at(c, ts, ra, rb)) {
				size_t p = ra, q = rb;
				int gloss;
				while (p > 0 && ts->s[p - 1] == ' ')
					p--;
				while (q < ts->n && ts->s[q] == ' ')
					q++;
				gloss = p > 0 && q < ts->n && (ts->s[p - 1] == '(' ||
					(p >= 3 && !memcmp(ts->s + p - 3, "\xEF\xBC\x88", 3))) &&
					(ts->s[q] == ')' || (q + 3 <= ts->n &&
					!memcmp(ts->s + q, "\xEF\xBC\x89", 3))) && p > 1;
				chk_emit(c, ui, BITEXT_CHECK_UNTRANSLATED, gloss ? 2 : 1, NONE,
					NONE, ra, rb, NULL, "check_untranslated_run",
					excerpt(c, ts->s, ra, rb));
				runs++;
			}
			ra = NONE;
		}
		if (ch < 0)
			break;
	}
}

static int rule_untranslated(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts)
{
	size_t sa = lead_ws(ss->s, ss->n), sz = trail_ws(ss->s, ss->n);
	size_t ta = lead_ws(ts->s, ts->n), tz = trail_ws(ts->s, ts->n);
	UScriptCode sscr = lang_script(ss->lang), tscr = lang_script(ts->lang);
	size_t i, letters = 0, native = 0, words = 0, left = 0;
	int inword = 0;

	if (sz - sa == tz - ta && !memcmp(ss->s + sa, ts->s + ta, sz - sa)) {
		/* same text: a problem when it has letters of the source's own
		 * script, or is a real sentence of a shared script */
		i = sa;
		while (i < sz) {
			UErrorCode st = U_ZERO_ERROR;
			int32_t ch = bitext_utf8__next(ss->s, sz, &i);
			if (u_isalpha(ch)) {
				letters++;
				if (!inword)
					words++;
				inword = 1;
				if (script_is(uscript_getScript(ch, &st), sscr))
					native++;
			} else if (ch == ' ') {
				inword = 0;
			}
		}
		if ((sscr != tscr && native > 0) || (sscr == tscr && words >= 4 && letters >= 20))
		{
			chk_emit(c, ui, BITEXT_CHECK_UNTRANSLATED, 0, sa, sz, ta, tz, NULL,
				"check_untranslated_same");
			return 1;
		}
		return 0;
	}
	if (sscr == tscr)
		return 0;
	i = ta;
	while (i < tz) {
		UErrorCode st = U_ZERO_ERROR;
		int32_t ch = bitext_utf8__next(ts->s, tz, &i);
		UScriptCode sc;
		if (!u_isalpha(ch))
			continue;
		sc = uscript_getScript(ch, &st);
		letters++;
		if (script_is(sc, sscr) || (sscr == USCRIPT_HIRAGANA && sc == USCRIPT_HAN))
			native++;
		if (source_script(sc, sscr, ts->lang))
			left++;
	}
	if (letters >= 4 && native * 2 > letters)
		chk_emit(c, ui, BITEXT_CHECK_UNTRANSLATED, 1, NONE, NONE, ta, tz, NULL,
			"check_untranslated_script");
	else if (left && sscr != USCRIPT_LATIN)
		script_runs(c, ui, ts, sscr);
	return 0;
}

/* ---- punctuation -------------------------------------------------------- */

static int closing_mark(int32_t ch)
{
	return ch == '"' || ch == '\'' || ch == 0x201D || ch == 0x2019 || ch == 0xBB ||
		ch == ')' || ch == ']' || ch == 0x300D || ch == 0x300F || ch == 0x300B ||
		ch == 0x3009 || ch == 0xFF09 || ch == '*';
}

/* Class of a final mark: '?', '!', '.', or 0. */
static int mark_class(int32_t ch)
{
	switch (ch) {
	case '?': case 0xFF1F: case 0x061F: case 0x037E: case 0x2047: case 0x2048:
	case 0x2049: case 0x203D: case 0x1367:
		return '?';
	case '!': case 0xFF01: case 0x203C: case 0x01C3:
		return '!';
	case '.': case 0x3002: case 0x2026: case 0xFF0E: case 0xFF61: case 0x06D4:
	case 0x0964: case 0x0965: case 0x104B: case 0x1362: case 0x0589:
		return '.';
	default:
		return 0;
	}
}

/* Class of the end of a text: '?', '!', '.', or 0, after closing quotes
 * and brackets; *at = its byte offset, *last = the character (-1 for an
 * empty text), *ellipsis = 1 when it is … or "..." */
static int end_class(const char *s, size_t n, size_t *at, int32_t *last,
	int *ellipsis)
{
	size_t i = trail_ws(s, n);

	*last = -1;
	*ellipsis = 0;
	while (i > 0) {
		size_t p = bitext_utf8__prev(s, i), q = p;
		int32_t ch = bitext_utf8__next(s, n, &q);
		if (closing_mark(ch) || is_ws(ch)) {
			i = p;
			continue;
		}
		*at = p;
		*last = ch;
		*ellipsis = ch == 0x2026 || ch == 0x22EF ||
			(ch == '.' && p >= 2 && s[p - 1] == '.' && s[p - 2] == '.');
		return mark_class(ch);
	}
	*at = 0;
	return 0;
}

/* Languages whose sentences end without a mark (Thai, Lao, Khmer). */
static const char *const unmarked_langs[] = { "th", "lo", "km", NULL };

enum { PK_PAREN, PK_SQUARE, PK_CURLY, PK_DQUOTE, PK_CORNER, PK_ANGLE, PK_SQUOTE,
	PK_COUNT };

/* Balance of each kind of pair in s: 0 balanced, else the byte offset + 1
 * of the first offending mark. Single quotes: ’ is also the apostrophe
 * (don’t, the students’ union), so only an opening ‘ left without any
 * closing ’ after it is unbalanced. */
static void balance(const char *s, size_t n, size_t bad[PK_COUNT])
{
	static const int32_t open[PK_COUNT][2] = { { '(', 0xFF08 }, { '[', 0 },
		{ '{', 0 }, { 0x201C, 0 }, { 0x300C, 0x300E }, { 0x300A, 0x3008 },
		{ 0x2018, 0 } };
	static const int32_t close[PK_COUNT][2] = { { ')', 0xFF09 }, { ']', 0 },
		{ '}', 0 }, { 0x201D, 0 }, { 0x300D, 0x300F }, { 0x300B, 0x3009 },
		{ 0x2019, 0 } };
	long depth[PK_COUNT] = { 0 };
	size_t first_open[PK_COUNT] = { 0 }, i = 0, straight = 0, straight_at = 0;
	size_t lead = lead_ws(s, n);
	int k;

	for (k = 0; k < PK_COUNT; k++)
		bad[k] = 0;
	while (i < n) {
		size_t at = i;
		int32_t ch = bitext_utf8__next(s, n, &i);
		if (ch == '"') {
			if (!straight)
				straight_at = at + 1;
			straight++;
			continue;
		}
		for (k = 0; k < PK_COUNT; k++) {
			if (ch == open[k][0] || (open[k][1] && ch == open[k][1])) {
				if (!depth[k])
					first_open[k] = at + 1;
				depth[k]++;
			} else if (ch == close[k][0] || (close[k][1] && ch == close[k][1])) {
				/* "1)" or "a)" at the start: an enumerator */
				if (k == PK_PAREN && !depth[k] && at - lead <= 2)
					continue;
				if (k == PK_DQUOTE || k == PK_SQUOTE)
					depth[k]--;
				else if (depth[k] == 0 && !bad[k])
					bad[k] = at + 1;
				else
					depth[k]--;
			}
		}
	}
	for (k = 0; k < PK_COUNT; k++) {
		if (k == PK_DQUOTE)
			continue;
		/* ’ may be an apostrophe: only openers left over count */
		if (k == PK_SQUOTE && depth[k] <= 0)
			continue;
		if (depth[k] > 0 && !bad[k])
			bad[k] = first_open[k];
	}
	/* double quotes: curly and straight ones together */
	{
		long curly_open = 0, curly_close = 0;
		i = 0;
		while (i < n) {
			int32_t ch = bitext_utf8__next(s, n, &i);
			if (ch == 0x201C)
				curly_open++;
			else if (ch == 0x201D)
				curly_close++;
		}
		if ((curly_open + curly_close + (long)straight) % 2)
			bad[PK_DQUOTE] = first_open[PK_DQUOTE] ? first_open[PK_DQUOTE] :
				(straight_at ? straight_at : 1);
	}
}

static void rule_punctuation(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts)
{
	static const char *const marks[PK_COUNT] = { "( )", "[ ]", "{ }", "\" \"",
		"「 」", "《 》", "‘ ’" };
	size_t sat, tat, sbad[PK_COUNT], tbad[PK_COUNT];
	int32_t slast, tlast;
	int sell, tell;
	int se = end_class(ss->s, ss->n, &sat, &slast, &sell);
	int te = end_class(ts->s, ts->n, &tat, &tlast, &tell);
	int k;

	/* a question turned into a statement; the reverse only from
	 * languages whose questions always take a question mark (a Korean
	 * question may end in 까. or 냐.) */
	if ((se == '?' && te != '?' && te) ||
	    (te == '?' && (se == '.' || se == '!') &&
	     !bitext_lang__is(ss->lang, "ko") && !chk_lang_in(ss->lang, cjk_langs))) {
		char a[2] = { (char)se, 0 }, b[2] = { (char)te, 0 };
		chk_emit(c, ui, BITEXT_CHECK_PUNCTUATION, 0, sat, sat + 1, tat, tat + 1,
			se == '?' ? "?" : NULL, "check_punct_end", a, b);
	} else if (se && !te && !sell && u_isalnum(tlast) &&
	    !chk_lang_in(ts->lang, unmarked_langs)) {
		/* the source's final mark lost: the target ends in a letter or
		 * digit (a colon, a dash or a symbol ending it is another
		 * construction; headlines and list items without a mark on
		 * both sides, and Korean sentences ending in 다 without a
		 * period, have no mark in the source; a trailing-off … may be
		 * settled in translation) */
		char a[2] = { (char)se, 0 }, u8[4];
		size_t sl = bitext_utf8__encode(u8, slast), tl = bitext_utf8__encode(u8, tlast);
		chk_emit(c, ui, BITEXT_CHECK_PUNCTUATION, 0, sat, sat + sl, tat, tat + tl,
			a, se == '?' ? "check_punct_end_no_question" : se == '!' ?
			"check_punct_end_no_exclamation" : "check_punct_end_no_period");
	}
	/* balance inside each side only: how many quotations each side has
	 * is no measure (Korean quotes indirect speech, “…”고 했다, that
	 * English renders without quotes, and the other way round) */
	balance(ss->s, ss->n, sbad);
	balance(ts->s, ts->n, tbad);
	for (k = 0; k < PK_COUNT; k++) {
		if (tbad[k] && !sbad[k])
			chk_emit(c, ui, BITEXT_CHECK_PUNCTUATION, 0, NONE, NONE, tbad[k] - 1,
				tbad[k] - 1 + (size_t)(((unsigned char)ts->s[tbad[k] - 1] < 0x80) ? 1 : 3),
				NULL, "check_punct_unbalanced", side_word(c, 0), marks[k]);
		else if (sbad[k] && !tbad[k])
			chk_emit(c, ui, BITEXT_CHECK_PUNCTUATION, 1, sbad[k] - 1,
				sbad[k] - 1 + (size_t)(((unsigned char)ss->s[sbad[k] - 1] < 0x80) ? 1 : 3),
				NONE, NONE, NULL, "check_punct_unbalanced", side_word(c, 1), marks[k]);
	}
}

/* ---- tags and placeholders ------------------------------------------------ */

/* Placeholders of plain text: {0} {name} %s %1$s <b> </b> <br/>. */
static size_t find_placeholders(const char *s, size_t n, chk_span *out,
	size_t cap)
{
	size_t i, k = 0;

	for (i = 0; i < n && k < cap; i++) {
		size_t j;
		if (s[i] == '{') {
			for (j = i + 1; j < n && j - i < 40 && (isalnum((unsigned char)s[j]) ||
			    s[j] == '_' || s[j] == '{' || s[j] == '}'); j++)
				if (s[j] == '}' && (j + 1 >= n || s[j + 1] != '}'))
					break;
			if (j < n && s[j] == '}' && j > i + 1) {
				out[k].a = i;
				out[k].b = j + 1;
				k++;
				i = j;
			}
		} else if (s[i] == '%' && i + 1 < n) {
			j = i + 1;
			while (j < n && isdigit((unsigned char)s[j]))
				j++;
			if (j < n && s[j] == '$')
				j++;
			if (j < n && (s[j] == 's' || s[j] == 'd' || s[j] == '@') &&
			    (j + 1 >= n || !isalpha((unsigned char)s[j + 1])) &&
			    (i == 0 || !isdigit((unsigned char)s[i - 1]))) {
				out[k].a = i;
				out[k].b = j + 1;
				k++;
				i = j;
			}
		} else if (s[i] == '<' && i + 1 < n && (isalpha((unsigned char)s[i + 1]) ||
		    (s[i + 1] == '/' && i + 2 < n && isalpha((unsigned char)s[i + 2])))) {
			for (j = i + 1; j < n && j - i < 200 && s[j] != '>' && s[j] != '<'; j++)
				;
			if (j < n && s[j] == '>') {
				out[k].a = i;
				out[k].b = j + 1;
				k++;
				i = j;
			}
		}
	}
	return k;
}

static void rule_tags(bitext_checker *c, size_t ui, const chk_side *ss,
	const chk_side *ts)
{
	const bitext_check_unit *u = &c->units[ui];
	chk_span sp[BITEXT_MAX_CHECK_CODES / 2], tp[BITEXT_MAX_CHECK_CODES / 2];
	size_t ns = find_placeholders(ss->s, ss->n, sp, BITEXT_MAX_CHECK_CODES / 2);
	size_t nt = find_placeholders(ts->s, ts->n, tp, BITEXT_MAX_CHECK_CODES / 2);
	int used[BITEXT_MAX_CHECK_CODES] = { 0 };
	size_t i, j, tn = u->tgt_ncodes < BITEXT_MAX_CHECK_CODES ?
		u->tgt_ncodes : BITEXT_MAX_CHECK_CODES;
	int order_ok = 1;
	size_t last = 0;

	/* inline codes of the memory */
	for (i = 0; i < u->src_ncodes; i++) {
		const bitext_check_code *sc = &u->src_codes[i];
		for (j = 0; j < tn; j++)
			if (!used[j] && !strcmp(sc->id, u->tgt_codes[j].id))
				break;
		if (j == tn) {
			chk_emit(c, ui, BITEXT_CHECK_TAGS, 0, sc->offset, sc->offset, NONE, NONE,
				NULL, "check_tags_missing", sc->id);
			order_ok = 0;
			continue;
		}
		used[j] = 1;
		if (j < last)
			order_ok = 0;
		last = j;
	}
	for (j = 0; j < tn; j++)
		if (!used[j]) {
			chk_emit(c, ui, BITEXT_CHECK_TAGS, 0, NONE, NONE, u->tgt_codes[j].offset,
				u->tgt_codes[j].offset, NULL, "check_tags_extra", u->tgt_codes[j].id);
			order_ok = 1;   /* reported already */
		}
	if (!order_ok && u->src_ncodes == u->tgt_ncodes) {
		/* same codes, other order: broken when a closing code now comes
		 * before its opening one */
		int broken = 0;
		for (j = 0; j < tn; j++) {
			const char *id = u->tgt_codes[j].id, *sp1 = strchr(id, ' ');
			size_t q;
			if (u->tgt_codes[j].opens >= 0 || !sp1)
				continue;
			for (q = j + 1; q < tn; q++) {
				const char *o = u->tgt_codes[q].id, *sp2 = strchr(o, ' ');
				if (u->tgt_codes[q].opens > 0 && sp2 && !strcmp(sp1, sp2))
					broken = 1;
			}
		}
		chk_emit(c, ui, BITEXT_CHECK_TAGS, broken ? 0 : 2, NONE, NONE, NONE, NONE,
			NULL, broken ? "check_tags_nesting" : "check_tags_order");
	}
	/* placeholders written in the text */
	memset(used, 0, sizeof(used));
	for (i = 0; i < ns; i++) {
		for (j = 0; j < nt; j++)
			if (!used[j] && sp[i].b - sp[i].a == tp[j].b - tp[j].a &&
			    !memcmp(ss->s + sp[i].a, ts->s + tp[j].a, sp[i].b - sp[i].a))
				break;
		if (j == nt)
			chk_emit(c, ui, BITEXT_CHECK_TAGS, 0, sp[i].a, sp[i].b, NONE, NONE,
				excerpt(c, ss->s, sp[i].a, sp[i].b), "check_tags_missing",
				excerpt(c, ss->s, sp[i].a, sp[i].b));
		else
			used[j] = 1;
	}
	for (j = 0; j < nt; j++)
		if (!used[j])
			chk_emit(c, ui, BITEXT_CHECK_TAGS, 0, NONE, NONE, tp[j].a, tp[j].b,
				NULL, "check_tags_extra", excerpt(c, ts->s, tp[j].a, tp[j].b));
}

/* ---- repeated words ------------------------------------------------------ */

static int legit_repeat_en(const char *w, size_t n)
{
	static const char *const ok[] = { "had", "that", "very", "no", "yes", "ha",
		"so", "bye", "knock", "now", "well", "many", "far", "more", "again",
		"over", "round", "really", "on", "bang", "boom", "tick", "go", "chop",
		"is", "blah", "la", "na", "hip", "tut", "ho", "woof", "quack", "run",
		"tsk", "wait", "please", "come", "cha", "dum", "bla", NULL };
	size_t i;

	for (i = 0; ok[i]; i++)
		if (strlen(ok[i]) == n && !strncasecmp(ok[i], w, n))
			return 1;
	return 0;
}

/* Is the word at s[at] the first of its sentence (the text's start, or
 * after . ! ? : or a line break, opening quotes and brackets between)? */
static int sentence_initial(const char *s, size_t at)
{
	while (at > 0) {
		size_t p = bitext_utf8__prev(s, at), q = p;
		int32_t ch = bitext_utf8__next(s, at, &q);
		if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '\n')
			return 1;
		if (!is_ws(ch) && !u_hasBinaryProperty(ch, UCHAR_QUOTATION_MARK) &&
		    u_charType(ch) != U_START_PUNCTUATION)
			return 0;
		at = p;
	}
	return 1;
}

/* 1 when `other` holds s[0..n) too, whatever the case. */
static int holds_nocase(const chk_side *other, const char *s, size_t n)
{
	size_t i;

	for (i = 0; other && i + n <= other->n; i++)
		if (!strncasecmp(other->s + i, s, n))
			return 1;
	return 0;
}

/* A word written twice by mistake. A repeat in another case is one only
 * when the capital comes from the start of a sentence ("The the"): a
 * capital inside a sentence marks another word (German formal "Sie sie",
 * a name); in a target, a repeat that the source has too is kept on
 * purpose (`other` is the source, NULL when checking the source). */
/* German repeats an article as the relative pronoun that opens a clause
 * after a comma, then the article: "Dateien, die die Muster enthalten",
 * "der Wert, der der Grenze entspricht". `at` is the first word's start. */
static int legit_repeat_de(const char *s, size_t at, size_t n)
{
	static const char *const ok[] = { "die", "der", "das", "den", "dem",
		"des", NULL };
	size_t i, b = at;

	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (b == 0 || s[b - 1] != ',')
		return 0;
	for (i = 0; ok[i]; i++)
		if (strlen(ok[i]) == n && !strncasecmp(ok[i], s + at, n))
			return 1;
	return 0;
}

static void rule_repeated(bitext_checker *c, size_t ui, const chk_side *sd,
	const chk_side *other, UBreakIterator *bi)
{
	chk_icu *ic = ICU(c);
	int which = sd->is_src ? 0 : 1, error;
	size_t i;

	if (chk_lang_in(sd->lang, cjk_langs) || bitext_lang__is(sd->lang, "th"))
		return;
	if ((error = chk_words(c, which, bi, sd->s, sd->n)) < 0) {
		c->error = error;
		return;
	}
	for (i = 1; i < ic->ntoks[which]; i++) {
		const chk_tok *p = &ic->toks[which][i - 1], *t = &ic->toks[which][i];
		size_t q, len = t->end - t->start;
		int only_spaces = 1;
		if (t->status < UBRK_WORD_LETTER || p->end - p->start != len)
			continue;
		if (strncasecmp(sd->s + p->start, sd->s + t->start, len))
			continue;
		for (q = p->end; q < t->start; q++)
			if (sd->s[q] != ' ')
				only_spaces = 0;
		/* one space: a typo; more is a layout (columns of a help text) */
		if (!only_spaces || t->start != p->end + 1)
			continue;
		if (bitext_lang__is(sd->lang, "en") && legit_repeat_en(sd->s + t->start, len))
			continue;
		if (bitext_lang__is(sd->lang, "de") && legit_repeat_de(sd->s, p->start, len))
			continue;
		if (memcmp(sd->s + p->start, sd->s + t->start, len) &&
		    !sentence_initial(sd->s, p->start))
			continue;
		if (holds_nocase(other, sd->s + p->start, t->end - p->start))
			continue;
		chk_emit(c, ui, BITEXT_CHECK_REPEATED, sd->is_src ? 1 : 0,
			SIDE_SPAN(sd, p->start, t->end),
			bitext_arena_strndup(&c->farena, sd->s + t->start, len),
			"check_repeated", SIDE_NAME(sd), excerpt(c, sd->s, p->start, t->end));
	}
}

/* ---- memory-wide: length ------------------------------------------------- */

static double lang_expansion(const char *lang)
{
	/* characters of a sentence relative to English */
	if (bitext_lang__is(lang, "ko")) return 0.42;
	if (bitext_lang__is(lang, "ja")) return 0.36;
	if (bitext_lang__is(lang, "zh")) return 0.30;
	if (bitext_lang__is(lang, "de") || bitext_lang__is(lang, "fr") ||
	    bitext_lang__is(lang, "es") || bitext_lang__is(lang, "it") ||
	    bitext_lang__is(lang, "pt")) return 1.15;
	return 1.0;
}

static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

#define LENGTH_MIN_UNITS 30     /* fewer: use the prior of the pair */
#define LENGTH_Z 3.5            /* robust z-score reported */
#define LENGTH_FACTOR 0.78      /* and at least e^0.78 = 2.2 times off */

static void rule_length(bitext_checker *c, const unsigned char *skip)
{
	double *r = NULL, mu, sd;
	size_t i, n = 0;

	if (!c->sev[BITEXT_CHECK_LENGTH])
		return;
	r = malloc((c->nunits + 1) * sizeof(*r));
	if (!r) {
		chk_nomem(c);
		return;
	}
	for (i = 0; i < c->nunits; i++) {
		const bitext_check_unit *u = &c->units[i];
		size_t sl = bitext_utf8__count(u->src, u->src_len);
		size_t tl = bitext_utf8__count(u->tgt, u->tgt_len);
		if (skip[i] || sl < 8)
			continue;
		r[n++] = log((double)(tl + 1) / (double)(sl + 1));
	}
	mu = log(lang_expansion(c->tgt_lang) / lang_expansion(c->src_lang));
	sd = 0.35;
	if (n >= LENGTH_MIN_UNITS) {
		qsort(r, n, sizeof(*r), dbl_cmp);
		mu = n % 2 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
		for (i = 0; i < n; i++)
			r[i] = fabs(r[i] - mu);
		qsort(r, n, sizeof(*r), dbl_cmp);
		sd = 1.4826 * (n % 2 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2);
		if (sd < 0.18)
			sd = 0.18;
	}
	free(r);
	for (i = 0; i < c->nunits; i++) {
		const bitext_check_unit *u = &c->units[i];
		size_t sl = bitext_utf8__count(u->src, u->src_len);
		size_t tl = bitext_utf8__count(u->tgt, u->tgt_len);
		double x, z;
		char ratio[32];
		if (skip[i] || (sl < 20 && tl < 20) || sl < 4)
			continue;
		x = log((double)(tl + 1) / (double)(sl + 1));
		z = (x - mu) / sd;
		if (fabs(z) < LENGTH_Z || (x - mu > -LENGTH_FACTOR && x - mu < LENGTH_FACTOR))
			continue;
		snprintf(ratio, sizeof(ratio), "%.2f", exp(x - mu));
		chk_emit(c, i, BITEXT_CHECK_LENGTH, 0, NONE, NONE, 0, u->tgt_len, NULL,
			z < 0 ? "check_length_short" : "check_length_long", ratio);
	}
}

/* ---- memory-wide: inconsistency ------------------------------------------ */

/* Key of a text: white space collapsed (mode 0), or letters and digits
 * only, case-folded for ASCII (mode 1). */
static void text_key(bitext_buf *out, const char *s, size_t n, int mode)
{
	size_t i = 0;
	int space = 0;

	bitext_buf_clear(out);
	while (i < n) {
		size_t at = i;
		int32_t ch = bitext_utf8__next(s, n, &i);
		if (is_ws(ch)) {
			space = 1;
			continue;
		}
		if (mode == 1) {
			if (!u_isalnum(ch))
				continue;
			if (ch >= 'A' && ch <= 'Z')
				ch += 32;
			bitext_utf8__put(out, ch);
			continue;
		}
		if (space && out->size)
			bitext_buf_putc(out, ' ');
		space = 0;
		bitext_buf_put(out, s + at, i - at);
	}
	if (!out->ptr)
		bitext_buf_puts(out, "");
}

static const char *unit_label(bitext_checker *c, size_t i)
{
	char b[32];

	if (c->units[i].id)
		return c->units[i].id;
	snprintf(b, sizeof(b), "%zu", i + 1);
	return bitext_arena_strndup(&c->farena, b, strlen(b));
}

static void rule_inconsistency(bitext_checker *c, const unsigned char *skip)
{
	bitext_strmap by_src, by_tgt;
	bitext_buf k1 = BITEXT_BUF_INIT, k2 = BITEXT_BUF_INIT;
	size_t i;

	if (!c->sev[BITEXT_CHECK_INCONSISTENCY])
		return;
	bitext_map__str_init(&by_src);
	bitext_map__str_init(&by_tgt);
	for (i = 0; i < c->nunits && !c->error; i++) {
		const bitext_check_unit *u = &c->units[i];
		bitext_strmap_slot *s;
		int created;
		if (skip[i])
			continue;
		text_key(&k1, u->src, u->src_len, 0);
		s = bitext_map__str_put(&by_src, k1.ptr, k1.size, i, &created);
		if (!s) {
			chk_nomem(c);
			break;
		}
		if (!created) {
			const bitext_check_unit *o = &c->units[s->value];
			text_key(&k1, u->tgt, u->tgt_len, 1);
			text_key(&k2, o->tgt, o->tgt_len, 1);
			if (k1.size != k2.size || memcmp(k1.ptr, k2.ptr, k1.size))
				chk_emit(c, i, BITEXT_CHECK_INCONSISTENCY, 0, NONE, NONE, 0,
					u->tgt_len, excerpt(c, o->tgt, 0, o->tgt_len),
					"check_incons_target", unit_label(c, s->value));
		}
		text_key(&k1, u->tgt, u->tgt_len, 0);
		if (bitext_utf8__count(k1.ptr, k1.size) < 12)
			continue;   /* short targets ("Yes.") serve many sources */
		s = bitext_map__str_put(&by_tgt, k1.ptr, k1.size, i, &created);
		if (!s) {
			chk_nomem(c);
			break;
		}
		if (!created) {
			const bitext_check_unit *o = &c->units[s->value];
			text_key(&k1, u->src, u->src_len, 1);
			text_key(&k2, o->src, o->src_len, 1);
			if (k1.size != k2.size || memcmp(k1.ptr, k2.ptr, k1.size))
				chk_emit(c, i, BITEXT_CHECK_INCONSISTENCY, 1, 0, u->src_len,
					NONE, NONE, NULL, "check_incons_source",
					unit_label(c, s->value));
		}
	}
	bitext_buf_dispose(&k1);
	bitext_buf_dispose(&k2);
	bitext_map__str_dispose(&by_src);
	bitext_map__str_dispose(&by_tgt);
}

/* ---- the checker ------------------------------------------------------------ */

static int profile_apply(bitext_checker *c, const char *name, const char *data,
	size_t len)
{
	size_t pos = 0;
	long line = 0;

	while (pos < len) {
		const char *l = data + pos, *nl = memchr(l, '\n', len - pos);
		size_t ll = nl ? (size_t)(nl - l) : len - pos;
		char buf[256], key[128], val[64];
		bitext_check_id id;
		bitext_severity sev;
		int i;

		pos += ll + (nl ? 1 : 0);
		line++;
		if (ll >= sizeof(buf))
			ll = sizeof(buf) - 1;
		memcpy(buf, l, ll);
		buf[ll] = '\0';
		{
			char *h = strchr(buf, '#');
			if (h)
				*h = '\0';
		}
		if (sscanf(buf, " %127[^= \t] = %63s", key, val) != 2) {
			size_t k = 0;
			while (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r')
				k++;
			if (!buf[k])
				continue;
			i = bitext_error_set(BITEXT_EPARSE, "check_err_profile_line", NULL);
			bitext_error_locate(name, line, 1, -1);
			return i;
		}
		if (bitext_severity_from_name(&sev, val) < 0) {
			i = bitext_error_set(BITEXT_EPARSE, "check_err_profile_severity", val, NULL);
			bitext_error_locate(name, line, 1, -1);
			return i;
		}
		if (!strcmp(key, "*")) {
			for (i = 0; i < BITEXT_CHECK_COUNT_; i++)
				c->sev[i] = sev;
			continue;
		}
		if (bitext_check_from_name(&id, key) < 0) {
			i = bitext_error_set(BITEXT_EPARSE, "check_err_profile_check", key, NULL);
			bitext_error_locate(name, line, 1, -1);
			return i;
		}
		c->sev[id] = sev;
	}
	return 0;
}

int bitext_checker_load_profile_buffer(bitext_checker *c, const char *name,
	const char *data, size_t len)
{
	return profile_apply(c, name ? name : "-", data, len);
}

int bitext_checker_load_profile(bitext_checker *c, const char *path)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error = bitext_file_read(&b, path);

	if (error >= 0)
		error = profile_apply(c, path, b.ptr ? b.ptr : "", b.size);
	bitext_buf_dispose(&b);
	return error;
}

/* The accepted target terms written with letters of a script other than
 * Latin: names that may stay in the source's script (script_runs). */
static int tb_allow_collect(bitext_checker *c)
{
	size_t i, n = 0, cap = 0;

	for (i = 0; ; i++) {
		const bitext_term *t = bitext_termbase_term(c->tb, i);
		size_t k = 0, len;
		int other = 0;
		if (!t)
			break;
		if (!bitext_termbase_lang_match(t->lang, c->tgt_lang) ||
		    !BITEXT_TERM_STATUS_OK(t->status))
			continue;
		len = strlen(t->text);
		while (k < len && !other) {
			UErrorCode st = U_ZERO_ERROR;
			int32_t ch = bitext_utf8__next(t->text, len, &k);
			other = u_isalpha(ch) && uscript_getScript(ch, &st) != USCRIPT_LATIN;
		}
		if (!other)
			continue;
		if (bitext__grow((void **)&c->tb_allow, &cap, n + 1, sizeof(*c->tb_allow)) < 0)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		c->tb_allow[n++] = t->text;
	}
	c->ntb_allow = n;
	return 0;
}

int bitext_checker_new(bitext_checker **out, const bitext_checker_options *opts)
{
	bitext_checker *c;
	chk_icu *ic;
	UErrorCode st = U_ZERO_ERROR;
	char loc[40];
	size_t i;
	int error = 0;

	*out = NULL;
	if (!opts || !opts->src_lang || !opts->tgt_lang || !*opts->src_lang ||
	    !*opts->tgt_lang)
		return bitext_error_set(BITEXT_EINVAL, "check_err_langs", NULL);
	c = calloc(1, sizeof(*c));
	ic = calloc(1, sizeof(*ic));
	if (!c || !ic) {
		free(c);
		free(ic);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	c->icu = ic;
	bitext_arena_init(&c->arena);
	bitext_arena_init(&c->farena);
	bitext_map__str_init(&ic->keys);
	bitext_map__str_init(&c->ignore);
	snprintf(c->src_lang, sizeof(c->src_lang), "%s", opts->src_lang);
	snprintf(c->tgt_lang, sizeof(c->tgt_lang), "%s", opts->tgt_lang);
	c->tb = opts->termbase;
	c->spell_source = opts->spell_source;
	c->progress = opts->progress;
	c->payload = opts->payload;
	for (i = 0; i < BITEXT_CHECK_COUNT_; i++)
		c->sev[i] = bitext_check__default_severity((bitext_check_id)i);
	if (opts->ndicts) {
		c->dicts = calloc(opts->ndicts, sizeof(char *));
		if (!c->dicts) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		for (i = 0; i < opts->ndicts; i++) {
			c->dicts[i] = strdup(opts->dicts[i]);
			if (!c->dicts[i]) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				goto cleanup;
			}
			c->ndicts++;
		}
	}
	ic->nfc = unorm2_getNFCInstance(&st);
	ic->nfkc = unorm2_getNFKCInstance(&st);
	snprintf(loc, sizeof(loc), "%s", c->src_lang);
	ic->wbi_src = ubrk_open(UBRK_WORD, loc, NULL, 0, &st);
	snprintf(loc, sizeof(loc), "%s", c->tgt_lang);
	ic->wbi_tgt = ubrk_open(UBRK_WORD, loc, NULL, 0, &st);
	if (U_FAILURE(st)) {
		error = bitext_error_set(BITEXT_ERROR, "err_internal", u_errorName(st), NULL);
		goto cleanup;
	}
	if (c->tb) {
		if ((error = bitext_term_matcher_new(&c->tm_src, c->tb, c->src_lang)) < 0 ||
		    (error = bitext_term_matcher_new(&c->tm_tgt, c->tb, c->tgt_lang)) < 0 ||
		    (error = tb_allow_collect(c)) < 0)
			goto cleanup;
	}
	if (!opts->no_default_profile) {
		char path[1024], prim[16];
		size_t n = 0;
		while (c->tgt_lang[n] && c->tgt_lang[n] != '-' && c->tgt_lang[n] != '_' &&
		    n < sizeof(prim) - 1) {
			prim[n] = c->tgt_lang[n];
			n++;
		}
		prim[n] = '\0';
		snprintf(path, sizeof(path), "%s/locales/%s/check.profile",
			bitext_datadir(), prim);
		if (!access(path, R_OK) &&
		    (error = bitext_checker_load_profile(c, path)) < 0)
			goto cleanup;
	}
cleanup:
	if (error < 0) {
		bitext_checker_free(c);
		return error;
	}
	*out = c;
	return 0;
}

void bitext_checker_free(bitext_checker *c)
{
	chk_icu *ic;
	size_t i;

	if (!c)
		return;
	ic = ICU(c);
	if (ic) {
		if (ic->wbi_src)
			ubrk_close(ic->wbi_src);
		if (ic->wbi_tgt)
			ubrk_close(ic->wbi_tgt);
		free(ic->u16);
		free(ic->toks[0]);
		free(ic->toks[1]);
		free(ic->smatch);
		bitext_number_list_dispose(&ic->nsrc);
		bitext_number_list_dispose(&ic->ntgt);
		free(ic->ntaken);
		bitext_map__str_dispose(&ic->keys);
		bitext_map__str_dispose(&ic->spellfreq);
		free(ic->spellw);
		free(ic);
	}
	bitext_map__str_dispose(&c->ignore);
	bitext_term_matcher_free(c->tm_src);
	bitext_term_matcher_free(c->tm_tgt);
	bitext_check__speller_free(c->sp_src);
	bitext_check__speller_free(c->sp_tgt);
	bitext_check__list_free(c->list);
	free(c->tb_allow);
	for (i = 0; i < c->nallow; i++)
		free(c->allow[i]);
	free(c->allow);
	for (i = 0; i < c->ndicts; i++)
		free(c->dicts[i]);
	free(c->dicts);
	free(c->units);
	free(c->findings);
	bitext_arena_dispose(&c->arena);
	bitext_arena_dispose(&c->farena);
	bitext_buf_dispose(&c->tmp);
	bitext_buf_dispose(&c->tmp2);
	bitext_buf_dispose(&c->msg);
	free(c);
}

int bitext_checker_set(bitext_checker *c, bitext_check_id id,
	bitext_severity severity)
{
	if ((unsigned)id >= BITEXT_CHECK_COUNT_ || (unsigned)severity > BITEXT_SEVERITY_ERROR)
		return bitext_error_set(BITEXT_EINVAL, "check_err_profile_check",
			"?", NULL);
	c->sev[id] = severity;
	return 0;
}

bitext_severity bitext_checker_get(const bitext_checker *c, bitext_check_id id)
{
	return (unsigned)id < BITEXT_CHECK_COUNT_ ? c->sev[id] : BITEXT_SEVERITY_OFF;
}

int bitext_checker_add(bitext_checker *c, const bitext_check_unit *unit)
{
	bitext_check_unit *u;
	size_t i;

	if (bitext__grow((void **)&c->units, &c->aunits, c->nunits + 1,
	    sizeof(*c->units)) < 0)
		return BITEXT_ENOMEM;
	u = &c->units[c->nunits];
	memset(u, 0, sizeof(*u));
	u->id = unit->id ? bitext_arena_strndup(&c->arena, unit->id, strlen(unit->id)) : NULL;
	u->src = bitext_arena_strndup(&c->arena, unit->src ? unit->src : "", unit->src_len);
	u->tgt = bitext_arena_strndup(&c->arena, unit->tgt ? unit->tgt : "", unit->tgt_len);
	u->src_len = unit->src_len;
	u->tgt_len = unit->tgt_len;
	u->line = unit->line;
	u->src_sentence = unit->src_sentence;
	u->tgt_sentence = unit->tgt_sentence;
	if (!u->src || !u->tgt || (unit->id && !u->id))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = 0; i < 2; i++) {
		const bitext_check_code *in = i ? unit->tgt_codes : unit->src_codes;
		size_t n = i ? unit->tgt_ncodes : unit->src_ncodes, k;
		bitext_check_code *cp = NULL;
		if (n) {
			cp = bitext_arena_alloc(&c->arena, n * sizeof(*cp));
			if (!cp)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			for (k = 0; k < n; k++) {
				cp[k] = in[k];
				cp[k].id = bitext_arena_strndup(&c->arena, in[k].id, strlen(in[k].id));
				if (!cp[k].id)
					return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			}
		}
		if (i) {
			u->tgt_codes = cp;
			u->tgt_ncodes = n;
		} else {
			u->src_codes = cp;
			u->src_ncodes = n;
		}
	}
	c->nunits++;
	return 0;
}

static int finding_cmp(const void *a, const void *b)
{
	const bitext_finding *x = a, *y = b;

	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	if (x->check != y->check)
		return x->check < y->check ? -1 : 1;
	if (x->tgt_start != y->tgt_start)
		return x->tgt_start < y->tgt_start ? -1 : 1;
	if (x->src_start != y->src_start)
		return x->src_start < y->src_start ? -1 : 1;
	return 0;
}

int bitext_checker_run(bitext_checker *c)
{
	unsigned char *skip = NULL;
	size_t i, step;
	int error;

	c->nfindings = 0;
	c->error = 0;
	memset(c->at, 0, sizeof(c->at));   /* units may have changed */
	bitext_arena_dispose(&c->farena);
	bitext_arena_init(&c->farena);
	if (c->sev[BITEXT_CHECK_SPELLING]) {
		if (!c->sp_tgt_tried) {
			c->sp_tgt_tried = 1;
			if ((error = bitext_check__speller_open(&c->sp_tgt, c->tgt_lang,
			    (const char *const *)c->dicts, c->ndicts, 1)) < 0)
				return error;
		}
		if (c->spell_source && !c->sp_src_tried) {
			c->sp_src_tried = 1;
			if ((error = bitext_check__speller_open(&c->sp_src, c->src_lang,
			    (const char *const *)c->dicts, c->ndicts, 0)) < 0)
				return error;
		}
	}
	if ((error = bitext_check__not_run_scan(c)) < 0)
		return error;
	bitext_map__str_dispose(&ICU(c)->spellfreq);
	ICU(c)->nspellw = 0;
	ICU(c)->tok_text[0] = ICU(c)->tok_text[1] = NULL;
	skip = calloc(c->nunits + 1, 1);
	if (!skip)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	/* progress at every hundredth of the units, from a thousand units on:
	 * spelling makes a unit cost milliseconds, so a few thousand take
	 * seconds */
	step = c->progress && c->nunits >= 1000 ? c->nunits / 100 : 0;
	for (i = 0; i < c->nunits && !c->error; i++) {
		const bitext_check_unit *u = &c->units[i];
		chk_side ss = { u->src, u->src_len, c->src_lang, 1 };
		chk_side ts = { u->tgt, u->tgt_len, c->tgt_lang, 0 };
		const bitext_term_match *tm = NULL;
		size_t ntm = 0;

		if (step && i % step == 0 && i)
			c->progress(i, c->nunits, c->payload);

		if (c->sev[BITEXT_CHECK_NORMALIZATION]) {
			rule_normalization(c, i, &ss);
			rule_normalization(c, i, &ts);
		}
		if (c->sev[BITEXT_CHECK_INVISIBLE]) {
			rule_invisible(c, i, &ss);
			rule_invisible(c, i, &ts);
		}
		if (rule_empty(c, i)) {
			skip[i] = 1;
			continue;
		}
		if (c->sev[BITEXT_CHECK_WHITESPACE])
			rule_whitespace(c, i, &ss, &ts);
		if (c->sev[BITEXT_CHECK_UNTRANSLATED] && rule_untranslated(c, i, &ss, &ts)) {
			/* the target is the source: other checks would only echo it */
			continue;
		}
		if (c->tb && (c->sev[BITEXT_CHECK_TERMINOLOGY] || c->sev[BITEXT_CHECK_FORBIDDEN] ||
		    c->sev[BITEXT_CHECK_SPELLING]))
			rule_terms(c, i, &ss, &ts, &tm, &ntm);
		if (c->sev[BITEXT_CHECK_SPELLING]) {
			rule_spelling(c, i, &ts, &ss, c->sp_tgt, ICU(c)->wbi_tgt, tm, ntm);
			if (c->spell_source)
				rule_spelling(c, i, &ss, &ts, c->sp_src, ICU(c)->wbi_src, NULL, 0);
		}
		if (c->sev[BITEXT_CHECK_NUMBER])
			rule_number(c, i, &ss, &ts);
		if (c->sev[BITEXT_CHECK_PUNCTUATION])
			rule_punctuation(c, i, &ss, &ts);
		if (c->sev[BITEXT_CHECK_TAGS])
			rule_tags(c, i, &ss, &ts);
		if (c->sev[BITEXT_CHECK_REPEATED]) {
			rule_repeated(c, i, &ss, NULL, ICU(c)->wbi_src);
			rule_repeated(c, i, &ts, &ss, ICU(c)->wbi_tgt);
		}
		if (c->sev[BITEXT_CHECK_URL])
			rule_url(c, i, &ss, &ts);
		if (c->sev[BITEXT_CHECK_CHECKLIST] && c->list)
			bitext_check__list_run(c, i);
	}
	if (!c->error)
		spell_prune(c);
	if (!c->error)
		rule_length(c, skip);
	if (!c->error)
		rule_inconsistency(c, skip);
	free(skip);
	if (c->error)
		return c->error;   /* with the message of what failed */
	if (c->nfindings > 1)
		qsort(c->findings, c->nfindings, sizeof(*c->findings), finding_cmp);
	if ((error = bitext_check__ignore_apply(c)) < 0)
		return error;
	if (step)
		c->progress(c->nunits, c->nunits, c->payload);
	return 0;
}

const bitext_finding *bitext_checker_findings(const bitext_checker *c,
	size_t *count)
{
	*count = c->nfindings;
	return c->findings;
}

size_t bitext_checker_unit_count(const bitext_checker *c)
{
	return c->nunits;
}

const bitext_check_unit *bitext_checker_unit(const bitext_checker *c, size_t i)
{
	return i < c->nunits ? &c->units[i] : NULL;
}

size_t bitext_checker_count(const bitext_checker *c, bitext_severity min)
{
	size_t i, n = 0;

	for (i = 0; i < c->nfindings; i++)
		if (c->findings[i].severity >= min)
			n++;
	return n;
}

/* ---- fixing ----------------------------------------------------------------- */

int bitext_check_fix(bitext_buf *out, unsigned what, const char *lang,
	const char *s, size_t len, const char *other, size_t other_len)
{
	bitext_buf a = BITEXT_BUF_INIT;
	size_t i = 0, lo, hi;
	int32_t prev = -1;
	int rtl = has_rtl(s, len), error = 0, changed = 0;
	const UNormalizer2 *nfc, *nfkc;
	UErrorCode st = U_ZERO_ERROR;

	nfc = unorm2_getNFCInstance(&st);
	nfkc = unorm2_getNFKCInstance(&st);
	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_ERROR, "err_internal", u_errorName(st), NULL);
	/* character by character: invisible and compatibility characters */
	while (i < len) {
		size_t at = i;
		int32_t ch = bitext_utf8__next(s, len, &i);
		int32_t next = cp_at(s, len, i);
		if (what & BITEXT_FIX_INVISIBLE) {
			int k = invisible_kind(lang, rtl, prev, ch, next);
			if (k == INV_NBSP) {
				bitext_buf_putc(&a, ' ');
				prev = ' ';
				continue;
			}
			if (k && !(k == INV_CONTROL && (ch == 0x85)))
				continue;
		}
		if ((what & BITEXT_FIX_NORMALIZATION) && compat_kind(lang, prev, ch, next)) {
			UChar in[4], res[16];
			char u8[64];
			int32_t il = 0, rl, ol = 0;
			st = U_ZERO_ERROR;
			u_strFromUTF8(in, 4, &il, s + at, (int32_t)(i - at), &st);
			rl = unorm2_normalize(nfkc, in, il, res, 16, &st);
			u_strToUTF8(u8, (int32_t)sizeof(u8), &ol, res, rl, &st);
			if (U_SUCCESS(st)) {
				bitext_buf_put(&a, u8, (size_t)ol);
				prev = ch;
				continue;
			}
		}
		bitext_buf_put(&a, s + at, i - at);
		prev = ch;
	}
	if (!a.ptr)
		bitext_buf_puts(&a, "");
	/* white space */
	if (what & BITEXT_FIX_WHITESPACE) {
		bitext_buf b = BITEXT_BUF_INIT;
		size_t k, olo = 0, ohi = 0;
		/* what the other side has is kept: its layout of double spaces,
		 * its spaces before punctuation, its outer white space (a text
		 * all of white space is all leading) */
		int doubles = !other || !inner_double_space(other, other_len);
		int outer_lead = other && !(what & BITEXT_FIX_NOT_FIRST);
		int outer_trail = other && !(what & BITEXT_FIX_NOT_LAST);
		lo = lead_ws(a.ptr, a.size);
		hi = trail_ws(a.ptr, a.size);
		if (hi < lo)
			hi = lo;
		if (other) {
			olo = lead_ws(other, other_len);
			ohi = trail_ws(other, other_len);
			if (ohi < olo)
				ohi = olo;
		}
		if (outer_lead) {
			bitext_buf_put(&b, other, olo);
		} else {
			bitext_buf_put(&b, a.ptr, lo);
		}
		for (k = lo; k < hi; k++) {
			if (doubles && a.ptr[k] == ' ' && k + 1 < hi && a.ptr[k + 1] == ' ')
				continue;
			if (a.ptr[k] == ' ' && k > lo && bitext_lang__is(lang, "en") &&
			    space_before_punct(a.ptr, hi, k) &&
			    !(other && has_space_before(other, other_len, a.ptr[k + 1])))
				continue;
			bitext_buf_putc(&b, a.ptr[k]);
		}
		if (outer_trail) {
			bitext_buf_put(&b, other + ohi, other_len - ohi);
		} else {
			bitext_buf_put(&b, a.ptr + hi, a.size - hi);
		}
		if (!b.ptr)
			bitext_buf_puts(&b, "");
		bitext_buf_dispose(&a);
		a = b;
	}
	/* NFC last */
	if (what & BITEXT_FIX_NORMALIZATION) {
		UChar *u = malloc((a.size + 1) * sizeof(UChar)), *v = NULL;
		int32_t ul = 0, vl, ol = 0;
		st = U_ZERO_ERROR;
		if (!u) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		u_strFromUTF8Lenient(u, (int32_t)a.size + 1, &ul, a.ptr, (int32_t)a.size, &st);
		if (U_SUCCESS(st) && !unorm2_isNormalized(nfc, u, ul, &st)) {
			v = malloc(((size_t)ul * 3 + 8) * sizeof(UChar));
			if (v) {
				vl = unorm2_normalize(nfc, u, ul, v, ul * 3 + 8, &st);
				bitext_buf_clear(&a);
				if (U_SUCCESS(st) && bitext_buf_grow(&a, (size_t)vl * 3 + 1) == 0) {
					u_strToUTF8(a.ptr, (int32_t)(vl * 3 + 1), &ol, v, vl, &st);
					a.size = (size_t)ol;
					a.ptr[ol] = '\0';
				}
			}
		}
		free(u);
		free(v);
	}
	changed = a.size != len || memcmp(a.ptr, s, len);
	if (bitext_buf_put(out, a.ptr, a.size) < 0)
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
cleanup:
	bitext_buf_dispose(&a);
	return error < 0 ? error : changed;
}
