/*
 * decode.c - bytes in any encoding become UTF-8 NFC text with LF line ends
 * (bitext_text_decode), with the offset map back to the bytes.
 *
 * Choosing the encoding, in this order:
 *   1. opts->encoding (aliases: CP949/EUC-KR/UHC -> windows-949, which is
 *      a superset of EUC-KR; ISO-8859-1/latin1 -> windows-1252);
 *   2. a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE);
 *   3. valid UTF-8;
 *   4. for HTML, a <meta charset> in the first 4 KiB;
 *   5. ICU charset detection (ucsdet) on a window around the first byte
 *      that is not UTF-8; accepted at confidence >= TEXT_DETECT_MIN, or
 *      when the bytes decode cleanly as windows-949 and are mostly Hangul
 *      (ICU's EUC-KR recognizer gives up on short CP949 texts). Otherwise
 *      the load fails naming the first bad byte and suggesting --encoding.
 * Invalid sequences are errors (file, line, column, byte offset) unless
 * opts->replace_invalid, which substitutes U+FFFD and counts them. NUL
 * bytes outside UTF-16/32 mean a binary file. An empty input is an error.
 *
 * Decoding feeds code points with their source offsets to an "emitter"
 * that turns CR LF and lone CR into LF, drops a leading U+FEFF, normalizes
 * to NFC and writes UTF-8. NFC works on runs that start at a character
 * with a normalization boundary before it (unorm2_hasBoundaryBefore); a run
 * of one character that passes the NFC quick check (all of ASCII, precomposed
 * Hangul, most text) is copied without calling the normalizer. A run that
 * normalization rewrites counts its input code points in info->nfc_changed
 * (a decomposed Hangul syllable, three jamo, counts 3).
 *
 * The offset map: whenever the output offset stops advancing with the
 * source offset (BOM, CR LF, multi-byte legacy or UTF-16 characters, NFC),
 * a mark (text offset, source offset) is recorded, so pure UTF-8 NFC input
 * has no marks and CP949 Hangul has one per character. Offsets inside a
 * rewritten NFC run map to the run's first source byte plus the distance.
 */
#include "bitext/text.h"
#include "bitext/errors.h"
#include "bitext/io.h"
#include "bitext/msg.h"
#include "util/limits.h"
#include "util/utf8.h"
#include "text/text_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>

/* ucsdet confidence (0-100) from which a detected encoding is used */
#define TEXT_DETECT_MIN 50
/* bytes of input given to the detector after the first non-UTF-8 byte */
#define TEXT_DETECT_WINDOW ((size_t)1 << 20)
/* source bytes converted per ICU call */
#define TEXT_ICU_CHUNK 16384


/* ---- small helpers ---------------------------------------------------- */

static int text_nomem(void)
{
	return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
}

static void fmt_size(char *out, size_t outsz, size_t v)
{
	snprintf(out, outsz, "%zu", v);
}

/* "0xC3 0xA9" for up to four bytes */
static void fmt_bytes(char *out, size_t outsz, const unsigned char *b,
	size_t n)
{
	size_t i, k = 0;

	out[0] = '\0';
	for (i = 0; i < n && i < 4 && k + 6 < outsz; i++)
		k += (size_t)snprintf(out + k, outsz - k, "%s0x%02X",
			i ? " " : "", b[i]);
}

/* Line and column (1-based) of byte `off` of raw ASCII-compatible input. */
static void text_locate_raw(const char *name, const char *d, size_t start,
	size_t off)
{
	long line = 1, col = 1;
	size_t i;

	for (i = start; i < off; i++) {
		unsigned char b = (unsigned char)d[i];
		if (b == '\n' || (b == '\r' && (i + 1 >= off || d[i + 1] != '\n'))) {
			line++;
			col = 1;
		} else if ((b & 0xC0) != 0x80 && b != '\r') {
			col++;
		}
	}
	bitext_error_locate(name, line, col, (long long)off);
}

/* Line and column from the text decoded so far (non-ASCII encodings). */
static void text_locate_out(const char *name, const bitext_buf *out,
	size_t off)
{
	long line = 1, col = 1;
	size_t i;

	for (i = 0; i < out->size; i++) {
		unsigned char b = (unsigned char)out->ptr[i];
		if (b == '\n') {
			line++;
			col = 1;
		} else if ((b & 0xC0) != 0x80) {
			col++;
		}
	}
	bitext_error_locate(name, line, col, (long long)off);
}

/* Lower-case `in` without '-', '_', ' ' and '.' (encoding label match). */
static void enc_squash(char *out, size_t outsz, const char *in)
{
	size_t k = 0;

	for (; *in && k + 1 < outsz; in++) {
		if (*in == '-' || *in == '_' || *in == ' ' || *in == '.')
			continue;
		out[k++] = (char)tolower((unsigned char)*in);
	}
	out[k] = '\0';
}

static int enc_is_utf8(const char *name)
{
	char sq[64];

	enc_squash(sq, sizeof(sq), name);
	return !strcmp(sq, "utf8");
}

/* The ICU converter name for a user's or a page's encoding label. */
static const char *enc_icu_name(const char *name)
{
	static const char *const korean[] = { "cp949", "ms949", "uhc",
		"euckr", "windows949", "xwindows949", "ksc5601", "ksc56011987",
		"ksc56011989", "ksx1001", "korean", "csksc56011987", NULL };
	static const char *const latin1[] = { "latin1", "iso88591", "l1",
		"cp819", "ibm819", "isoir100", "csisolatin1", "iso885911987",
		NULL };
	char sq[64];
	size_t i;

	enc_squash(sq, sizeof(sq), name);
	for (i = 0; korean[i]; i++)
		if (!strcmp(sq, korean[i]))
			return "windows-949";
	for (i = 0; latin1[i]; i++)
		if (!strcmp(sq, latin1[i]))
			return "windows-1252";
	return name;
}

/* 1 when ICU has a converter of that name (a page may name anything). */
static int enc_known(const char *name)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *c = ucnv_open(name, &st);

	if (c)
		ucnv_close(c);
	return U_SUCCESS(st) && c;
}

/* The name shown to users for an ICU converter name. */
static const char *enc_display(const char *icu)
{
	if (!strcmp(icu, "windows-949"))
		return "CP949";
	return icu;
}

/* ---- the emitter: code points in, UTF-8 NFC LF text out ---------------- */

typedef struct {
	bitext_buf *out;          /* decoded text */
	text_marks *marks;        /* offset map, or NULL */
	size_t mt, ms;            /* the current mark (text, source) */
	size_t base;              /* out->size when decoding began */
	const UNormalizer2 *nfc;  /* ICU's NFC instance */
	UChar32 pend[BITEXT_MAX_COMBINING_RUN]; /* run awaiting NFC */
	size_t pend_src[BITEXT_MAX_COMBINING_RUN]; /* their source offsets */
	size_t npend;             /* code points in pend */
	UChar u16[2 * BITEXT_MAX_COMBINING_RUN]; /* run as UTF-16 */
	UChar n16[6 * BITEXT_MAX_COMBINING_RUN + 16]; /* its NFC */
	int prev_cr;              /* last code point was CR */
	size_t nfc_changed;       /* code points NFC rewrote */
	size_t nul_at;            /* source offset of a NUL */
	int nul;                  /* 1 when a NUL was seen */
} emitter;

static int em_init(emitter *e, bitext_buf *out, text_marks *marks)
{
	UErrorCode st = U_ZERO_ERROR;

	memset(e, 0, sizeof(*e));
	e->out = out;
	e->base = out->size;
	e->marks = marks;
	e->mt = out->size;
	e->ms = 0;
	e->nfc = unorm2_getNFCInstance(&st);
	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_ERROR, "text_icu", "NFC",
			u_errorName(st), NULL);
	return 0;
}

/* Append bytes coming from source offset `src`, marking when needed. */
static int em_put(emitter *e, const char *b, size_t n, size_t src)
{
	size_t t = e->out->size;

	if (e->marks && t - e->mt != src - e->ms) {
		if (bitext_text__mark(e->marks, t, src) < 0)
			return BITEXT_ENOMEM;
		e->mt = t;
		e->ms = src;
	}
	if (bitext_buf_put(e->out, b, n) < 0)
		return text_nomem();
	return 0;
}

static int em_put_cp(emitter *e, UChar32 c, size_t src)
{
	char b[4];
	int32_t n = 0;
	UBool err = 0;

	U8_APPEND(b, n, 4, c, err);
	(void)err;
	return em_put(e, b, (size_t)n, src);
}

/* Precomposed Hangul syllables: NFC, with a boundary before them (a
 * following trailing jamo may still compose with an LV syllable: the
 * pending run takes care of that). Checked first, as Korean is the bulk. */
#define IS_HANGUL_SYLLABLE(c) ((c) >= 0xAC00 && (c) <= 0xD7A3)

static int nfc_yes(UChar32 c)
{
	return c < 0x300 || IS_HANGUL_SYLLABLE(c) ||
		u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

/* Normalize and write the pending run. */
static int em_flush(emitter *e)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t ul = 0, nl, i;
	size_t k;
	char b[4];
	int error;

	if (!e->npend)
		return 0;
	if (e->npend == 1 && nfc_yes(e->pend[0])) {
		e->npend = 0;
		return em_put_cp(e, e->pend[0], e->pend_src[0]);
	}
	for (k = 0; k < e->npend; k++)
		U16_APPEND_UNSAFE(e->u16, ul, e->pend[k]);
	nl = unorm2_normalize(e->nfc, e->u16, ul, e->n16,
		(int32_t)(sizeof(e->n16) / sizeof(e->n16[0])), &st);
	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_ERROR, "text_icu", "NFC",
			u_errorName(st), NULL);
	if (nl == ul && !memcmp(e->u16, e->n16, (size_t)ul * sizeof(UChar))) {
		for (k = 0; k < e->npend; k++)
			if ((error = em_put_cp(e, e->pend[k], e->pend_src[k])) < 0)
				return error;
		e->npend = 0;
		return 0;
	}
	e->nfc_changed += e->npend;
	/* the rewritten run maps to its first source byte and advances from
	 * there; the next character marks again if needed */
	for (i = 0; i < nl;) {
		UChar32 c;
		int32_t n = 0;
		UBool err = 0;

		U16_NEXT(e->n16, i, nl, c);
		U8_APPEND(b, n, 4, c, err);
		(void)err;
		if (i == U16_LENGTH(c))
			error = em_put(e, b, (size_t)n, e->pend_src[0]);
		else
			error = bitext_buf_put(e->out, b, (size_t)n) < 0 ?
				text_nomem() : 0;
		if (error < 0)
			return error;
	}
	e->npend = 0;
	return 0;
}

/* Take one code point that starts at source offset `src`. */
static int em_char(emitter *e, UChar32 c, size_t src)
{
	int error;

	if (e->prev_cr) {
		e->prev_cr = 0;
		if (c == '\n')
			return 0;
	}
	if (c == '\r') {
		e->prev_cr = 1;
		c = '\n';
	}
	if (c == 0) {
		e->nul = 1;
		e->nul_at = src;
		return BITEXT_EENCODING;
	}
	if (c == 0xFEFF && e->out->size == e->base && !e->npend)
		return 0;
	if (c < 0x300 || IS_HANGUL_SYLLABLE(c) ||
		unorm2_hasBoundaryBefore(e->nfc, c) ||
		e->npend == BITEXT_MAX_COMBINING_RUN) {
		if ((error = em_flush(e)) < 0)
			return error;
	}
	e->pend[e->npend] = c;
	e->pend_src[e->npend] = src;
	e->npend++;
	return 0;
}

/* A run of ASCII without CR and NUL: all but its last byte go out now. */
static int em_ascii(emitter *e, const char *s, size_t n, size_t src)
{
	int error;

	if (e->prev_cr && s[0] == '\n') {
		s++;
		n--;
		src++;
	}
	e->prev_cr = 0;
	if (!n)
		return 0;
	if ((error = em_flush(e)) < 0)
		return error;
	if (n > 1 && (error = em_put(e, s, n - 1, src)) < 0)
		return error;
	e->pend[0] = (unsigned char)s[n - 1];
	e->pend_src[0] = src + n - 1;
	e->npend = 1;
	return 0;
}

static int em_finish(emitter *e, size_t src_end)
{
	int error;
	size_t t;

	if ((error = em_flush(e)) < 0)
		return error;
	t = e->out->size;
	if (e->marks && t - e->mt != src_end - e->ms)
		return bitext_text__mark(e->marks, t, src_end);
	return 0;
}

/* ---- UTF-8 ------------------------------------------------------------ */

/*
 * Offset of the first invalid UTF-8 byte at or after `start`, or len;
 * *badlen = length of the invalid subpart.
 */
static size_t utf8_first_bad(const char *d, size_t len, size_t start,
	int *why, size_t *badlen)
{
	const unsigned char *s = (const unsigned char *)d;
	size_t i = start, n;
	UChar32 c;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		n = bitext_utf8__decode((const char *)s + i, len - i, &c, badlen, why);
		if (!n)
			return i;
		i += n;
	}
	return len;
}

/*
 * 1 when d[ws..we) is mostly UTF-8: more valid multi-byte characters than
 * invalid sequences. Then a few bad bytes are errors in UTF-8 text, and
 * no legacy encoding is guessed (CP949 would happily decode UTF-8's
 * two-byte sequences as Hangul).
 */
static int mostly_utf8(const char *d, size_t ws, size_t we)
{
	const unsigned char *s = (const unsigned char *)d;
	size_t i = ws, good = 0, bad = 0, n, bl;
	UChar32 c;
	int why;

	while (i < we) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		n = bitext_utf8__decode((const char *)s + i, we - i, &c, &bl, &why);
		if (n) {
			good++;
			i += n;
		} else {
			bad++;
			i += bl;
		}
	}
	return good > bad;
}

/* The reason of a UTF-8 error, in the UI language. */
static void utf8_reason(bitext_buf *out, int why, const unsigned char *b,
	size_t n)
{
	static const char *const keys[] = { "text_why_lead", "text_why_cont",
		"text_why_trunc", "text_why_overlong", "text_why_surrogate",
		"text_why_range" };
	char hex[32];

	fmt_bytes(hex, sizeof(hex), b, n);
	bitext_msg_format(out, keys[why], hex);
}

static int utf8_error(const char *name, const char *d, size_t len,
	size_t start, size_t off, int why, size_t badlen, const char *msgid,
	const char *guess, int conf)
{
	bitext_buf reason = BITEXT_BUF_INIT;
	char offs[32], confs[16];
	/* the bad bytes, and the byte that broke a sequence */
	size_t n = badlen + (why == BITEXT_UTF8_CONT || why == BITEXT_UTF8_OVERLONG ||
		why == BITEXT_UTF8_SURROGATE || why == BITEXT_UTF8_RANGE);

	if (n > len - off)
		n = len - off;

	utf8_reason(&reason, why, (const unsigned char *)d + off, n);
	fmt_size(offs, sizeof(offs), off);
	snprintf(confs, sizeof(confs), "%d", conf);
	bitext_error_set(BITEXT_EENCODING, msgid,
		reason.ptr ? reason.ptr : "", offs, guess ? guess : "", confs,
		NULL);
	text_locate_raw(name, d, start, off);
	bitext_buf_dispose(&reason);
	return BITEXT_EENCODING;
}

static int nul_error(const char *name, size_t off)
{
	char offs[32];

	fmt_size(offs, sizeof(offs), off);
	bitext_error_set(BITEXT_EENCODING, "text_binary", name, offs, NULL);
	bitext_error_locate(name, 0, 0, (long long)off);
	return BITEXT_EENCODING;
}

/*
 * UTF-16 without a BOM has its NUL bytes (the high bytes of ASCII) nearly
 * all at odd offsets (little-endian) or at even ones (big-endian); binary
 * files scatter them. Names the likely encoding in the error, or returns 0
 * when the bytes do not look like UTF-16.
 */
static int utf16_guess_error(const char *name, const char *d, size_t len)
{
	size_t i, n = len < 8192 ? len : 8192, odd = 0, even = 0;
	const char *enc;

	for (i = 0; i < n; i++)
		if (!d[i] && (i & 1))
			odd++;
		else if (!d[i])
			even++;
	if (odd + even < 4 || (odd && even && (odd < 20 * even && even < 20 * odd)))
		return 0;
	enc = odd > even ? "UTF-16LE" : "UTF-16BE";
	bitext_error_set(BITEXT_EENCODING, "text_utf16_nobom", name, enc, NULL);
	bitext_error_locate(name, 0, 0, 0);
	return BITEXT_EENCODING;
}

static int decode_utf8(emitter *e, const char *name, const char *d,
	size_t len, size_t start, int replace, size_t *replaced)
{
	const unsigned char *s = (const unsigned char *)d;
	size_t i = start, n, bad = 0;
	UChar32 c = 0;
	int why = 0, error;

	while (i < len) {
		if (s[i] < 0x80 && s[i] != '\r' && s[i] != 0) {
			size_t j = i + 1;
			while (j < len && s[j] < 0x80 && s[j] != '\r' && s[j] != 0)
				j++;
			if ((error = em_ascii(e, d + i, j - i, i)) < 0)
				return error;
			i = j;
			continue;
		}
		n = bitext_utf8__decode((const char *)s + i, len - i, &c, &bad, &why);
		if (!n) {
			if (!replace)
				return utf8_error(name, d, len, start, i, why, bad,
					"text_bad_utf8", NULL, 0);
			(*replaced)++;
			c = 0xFFFD;
			n = bad;
		}
		if ((error = em_char(e, c, i)) < 0) {
			if (e->nul)
				return nul_error(name, e->nul_at);
			return error;
		}
		i += n;
	}
	return em_finish(e, len);
}

/* ---- legacy encodings and UTF-16/32 through ICU ------------------------ */

typedef struct {
	int replace;       /* substitute U+FFFD instead of stopping */
	size_t count;      /* substitutions made */
} cb_state;

static void U_CALLCONV text_to_u_cb(const void *ctx,
	UConverterToUnicodeArgs *args, const char *bytes, int32_t len,
	UConverterCallbackReason reason, UErrorCode *err)
{
	cb_state *cb = (cb_state *)ctx;
	static const UChar fffd = 0xFFFD;

	(void)bytes;
	(void)len;
	if (reason > UCNV_IRREGULAR || !cb->replace)
		return;
	cb->count++;
	*err = U_ZERO_ERROR;
	ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

static int em_flush(emitter *e);

static int icu_error(const char *name, UConverter *cnv, emitter *e,
	const char *d, size_t consumed, UErrorCode st, const char *enc)
{
	char bad[32], hex[32], offs[32];
	int8_t bl = (int8_t)sizeof(bad);
	UErrorCode s2 = U_ZERO_ERROR;
	size_t off;

	ucnv_getInvalidChars(cnv, bad, &bl, &s2);
	if (U_FAILURE(s2))
		bl = 0;
	off = consumed >= (size_t)bl ? consumed - (size_t)bl : 0;
	fmt_bytes(hex, sizeof(hex), (const unsigned char *)bad, (size_t)bl);
	fmt_size(offs, sizeof(offs), off);
	(void)d;
	em_flush(e); /* the text before the error counts for the column */
	if (st == U_TRUNCATED_CHAR_FOUND)
		bitext_error_set(BITEXT_EENCODING, "text_truncated_enc", offs,
			enc_display(enc), NULL);
	else
		bitext_error_set(BITEXT_EENCODING, "text_bad_bytes", hex, offs,
			enc_display(enc), NULL);
	text_locate_out(name, e->out, off);
	return BITEXT_EENCODING;
}

/* Feed the UTF-16 output of one ICU call to the emitter. */
static int icu_emit(emitter *e, const UChar *u, const int32_t *offs,
	int32_t n, size_t base, size_t pend_base)
{
	int32_t i = 0;
	int error;

	while (i < n) {
		UChar32 c = u[i];
		size_t src = offs[i] >= 0 ? base + (size_t)offs[i] : pend_base;

		i++;
		if (U16_IS_LEAD(c) && i < n && U16_IS_TRAIL(u[i]))
			c = U16_GET_SUPPLEMENTARY(c, u[i++]);
		if ((error = em_char(e, c, src)) < 0)
			return error;
	}
	return 0;
}

static int decode_icu(emitter *e, const char *name, const char *d,
	size_t len, size_t start, const char *enc, int replace,
	size_t *replaced)
{
	enum { UCAP = 4 * TEXT_ICU_CHUNK + 64 };
	UChar *u = NULL;
	int32_t *offs = NULL;
	UConverter *cnv = NULL;
	UErrorCode st = U_ZERO_ERROR;
	cb_state cb = { replace, 0 };
	const char *src = d + start, *end = d + len;
	int error = 0;

	cnv = ucnv_open(enc, &st);
	if (U_FAILURE(st) || !cnv) {
		error = bitext_error_set(BITEXT_EINVAL, "text_unknown_encoding",
			enc, NULL);
		goto cleanup;
	}
	st = U_ZERO_ERROR;
	ucnv_setToUCallBack(cnv, text_to_u_cb, &cb, NULL, NULL, &st);
	u = malloc(UCAP * sizeof(*u));
	offs = malloc(UCAP * sizeof(*offs));
	if (!u || !offs) {
		error = text_nomem();
		goto cleanup;
	}
	for (;;) {
		size_t left = (size_t)(end - src);
		const char *cs = src;
		const char *ce = src + (left < TEXT_ICU_CHUNK ? left : TEXT_ICU_CHUNK);
		UBool flush = ce == end;
		UChar *t = u;
		int32_t pend;

		st = U_ZERO_ERROR;
		pend = ucnv_toUCountPending(cnv, &st);
		if (U_FAILURE(st) || pend < 0)
			pend = 0;
		st = U_ZERO_ERROR;
		ucnv_toUnicode(cnv, &t, u + UCAP, &src, ce, offs, flush, &st);
		error = icu_emit(e, u, offs, (int32_t)(t - u), (size_t)(cs - d),
			(size_t)(cs - d) - (size_t)pend);
		if (error < 0) {
			if (e->nul)
				error = nul_error(name, e->nul_at);
			goto cleanup;
		}
		if (st == U_BUFFER_OVERFLOW_ERROR)
			continue;
		if (U_FAILURE(st)) {
			error = icu_error(name, cnv, e, d, (size_t)(src - d), st, enc);
			goto cleanup;
		}
		if (flush && src == end)
			break;
	}
	*replaced += cb.count;
	error = em_finish(e, len);
cleanup:
	if (cnv)
		ucnv_close(cnv);
	free(u);
	free(offs);
	return error;
}

/* ---- detection ---------------------------------------------------------- */

/* 1 when d[0..len) decodes cleanly as windows-949 and is mostly Hangul. */
static int looks_cp949(const char *d, size_t len)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open("windows-949", &st);
	const char *s = d, *end = d + len;
	size_t hangul = 0, other = 0;
	int ok = 1;

	if (U_FAILURE(st))
		return 0;
	ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
	while (s < end && ok) {
		UChar32 c;

		st = U_ZERO_ERROR;
		c = ucnv_getNextUChar(cnv, &s, end, &st);
		if (U_FAILURE(st))
			ok = 0;
		else if (c >= 0xAC00 && c <= 0xD7A3)
			hangul++;
		else if (c >= 0x80)
			other++;
	}
	ucnv_close(cnv);
	return ok && hangul >= 2 && hangul * 10 >= (hangul + other) * 8;
}

/*
 * Detect the encoding of non-UTF-8 input whose first bad byte is `bad`.
 * Returns 1 when confident (`enc` = ICU converter name), 2 when the bytes
 * are mostly UTF-8 (so the bad ones are errors), else 0 with the best
 * guess in `enc` (possibly "").
 */
static int detect(const char *d, size_t len, size_t bad, char *enc,
	size_t encsz, int *conf)
{
	UErrorCode st = U_ZERO_ERROR;
	UCharsetDetector *det;
	const UCharsetMatch *m;
	size_t ws = bad > 16384 ? bad - 16384 : 0;
	size_t we = len - bad > TEXT_DETECT_WINDOW ? bad + TEXT_DETECT_WINDOW : len;
	const char *name = "";
	int ok = 0, utf8ish;

	*conf = 0;
	enc[0] = '\0';
	while (ws < bad && (unsigned char)d[ws] >= 0x80)
		ws++;
	det = ucsdet_open(&st);
	if (U_SUCCESS(st))
		ucsdet_setText(det, d + ws, (int32_t)(we - ws), &st);
	m = U_SUCCESS(st) ? ucsdet_detect(det, &st) : NULL;
	if (m && U_SUCCESS(st)) {
		name = ucsdet_getName(m, &st);
		*conf = ucsdet_getConfidence(m, &st);
		if (U_FAILURE(st) || !name)
			name = "";
	}
	/* the input is not UTF-8 and has no NUL: UTF-8/16/32 guesses are noise */
	utf8ish = mostly_utf8(d, ws, we);
	if (strstr(name, "UTF-") == name || utf8ish)
		name = "", *conf = 0;
	if (!strcmp(name, "EUC-KR"))
		name = "windows-949";
	else if (!strcmp(name, "ISO-8859-1"))
		name = "windows-1252";
	snprintf(enc, encsz, "%s", name);
	if (*name && *conf >= TEXT_DETECT_MIN)
		ok = 1;
	else if (!utf8ish && looks_cp949(d + ws, we - ws)) {
		snprintf(enc, encsz, "windows-949");
		*conf = *conf > TEXT_DETECT_MIN ? *conf : TEXT_DETECT_MIN;
		ok = 1;
	}
	if (det)
		ucsdet_close(det);
	return ok ? 1 : utf8ish ? 2 : 0;
}

/* The charset of a <meta> in the first 4 KiB of HTML, or 0. */
static int meta_charset(const char *d, size_t len, char *out, size_t outsz)
{
	size_t n = len < 4096 ? len : 4096, i, k;

	for (i = 0; i + 5 < n; i++) {
		size_t end;

		if (d[i] != '<' || strncasecmp(d + i + 1, "meta", 4))
			continue;
		for (end = i; end < n && d[end] != '>'; end++)
			;
		for (k = i; k + 7 < end; k++) {
			size_t j = k + 7, m = 0;

			if (strncasecmp(d + k, "charset", 7))
				continue;
			while (j < end && d[j] == ' ')
				j++;
			if (j >= end || d[j] != '=')
				continue;
			j++;
			while (j < end && (d[j] == ' ' || d[j] == '"' || d[j] == '\''))
				j++;
			while (j < end && m + 1 < outsz &&
				(isalnum((unsigned char)d[j]) || strchr("-_.:", d[j])))
				out[m++] = d[j++];
			out[m] = '\0';
			if (m)
				return 1;
		}
	}
	return 0;
}

/* ---- decode: choose the encoding and run ---------------------------- */

typedef struct {
	const char *enc;   /* ICU name, "UTF-8" for the own decoder */
	size_t start;      /* bytes to skip (BOM) */
	int detected;      /* 1 when from detection */
	int conf;          /* detection confidence */
} enc_choice;

/* Byte order marks. Returns 1 when one was found. */
static int sniff_bom(const unsigned char *s, size_t len, enc_choice *c)
{
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		c->enc = "UTF-8", c->start = 3;
	} else if (len >= 4 && s[0] == 0xFF && s[1] == 0xFE && !s[2] && !s[3]) {
		c->enc = "UTF-32LE", c->start = 4;
	} else if (len >= 4 && !s[0] && !s[1] && s[2] == 0xFE && s[3] == 0xFF) {
		c->enc = "UTF-32BE", c->start = 4;
	} else if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
		c->enc = "UTF-16LE", c->start = 2;
	} else if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		c->enc = "UTF-16BE", c->start = 2;
	} else {
		return 0;
	}
	return 1;
}

static int choose_encoding(enc_choice *c, char *buf, size_t bufsz,
	const char *name, const char *d, size_t len,
	const bitext_load_options *opts, int html)
{
	const unsigned char *s = (const unsigned char *)d;
	const void *nul;
	size_t bad, badlen = 1;
	int why = 0, det;

	memset(c, 0, sizeof(*c));
	if (opts->encoding && *opts->encoding) {
		if (enc_is_utf8(opts->encoding)) {
			c->enc = "UTF-8";
			if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
				c->start = 3;
		} else {
			c->enc = enc_icu_name(opts->encoding);
		}
		return 0;
	}
	if (sniff_bom(s, len, c))
		return 0;
	nul = memchr(d, 0, len);
	if (nul) {
		if (utf16_guess_error(name, d, len) < 0)
			return BITEXT_EENCODING;
		nul_error(name, (size_t)((const char *)nul - d));
		text_locate_raw(name, d, 0, (size_t)((const char *)nul - d));
		return BITEXT_EENCODING;
	}
	c->enc = "UTF-8";
	bad = utf8_first_bad(d, len, 0, &why, &badlen);
	if (bad == len)
		return 0;
	if (html && meta_charset(d, len, buf, bufsz) && !enc_is_utf8(buf) &&
		enc_known(enc_icu_name(buf))) {
		c->enc = enc_icu_name(buf);
		return 0;
	}
	det = why == BITEXT_UTF8_TRUNC ? 2 : detect(d, len, bad, buf, bufsz, &c->conf);
	if (det == 1) {
		c->enc = buf;
		c->detected = 1;
		return 0;
	}
	if (opts->replace_invalid)
		return 0;
	if (det == 2)
		return utf8_error(name, d, len, 0, bad, why, badlen,
			"text_bad_utf8", NULL, 0);
	if (*buf)
		return utf8_error(name, d, len, 0, bad, why, badlen,
			"text_undetected_guess", enc_display(buf), c->conf);
	return utf8_error(name, d, len, 0, bad, why, badlen,
		"text_undetected", NULL, 0);
}

int bitext_text__decode(bitext_buf *out, text_marks *marks,
	bitext_load_info *info, const char *name, const char *data, size_t len,
	const bitext_load_options *opts, int html)
{
	static const bitext_load_options dflt = BITEXT_LOAD_OPTIONS_INIT;
	bitext_load_info local;
	emitter *e = NULL;
	enc_choice c;
	char buf[64];
	int error;

	if (!opts)
		opts = &dflt;
	if (opts->version != BITEXT_LOAD_OPTIONS_VERSION)
		return bitext_error_set(BITEXT_EINVAL, "err_internal",
			"bitext_load_options.version", NULL);
	if (!info)
		info = &local;
	if (!name)
		name = "-";
	memset(info, 0, sizeof(*info));
	if (len > BITEXT_MAX_INPUT_BYTES) {
		bitext_error_set(BITEXT_ELIMIT, "err_too_big", name, NULL);
		bitext_error_locate(name, 0, 0, -1);
		return BITEXT_ELIMIT;
	}
	if ((error = choose_encoding(&c, buf, sizeof(buf), name, data, len,
			opts, html)) < 0)
		return error;
	snprintf(info->encoding, sizeof(info->encoding), "%s",
		enc_display(c.enc));
	info->detected = c.detected;
	info->confidence = c.conf;
	if (!(e = malloc(sizeof(*e))))
		return text_nomem();
	if ((error = em_init(e, out, marks)) < 0)
		goto cleanup;
	if (!strcmp(c.enc, "UTF-8"))
		error = decode_utf8(e, name, data, len, c.start,
			opts->replace_invalid, &info->replaced);
	else
		error = decode_icu(e, name, data, len, c.start, c.enc,
			opts->replace_invalid, &info->replaced);
	if (error < 0)
		goto cleanup;
	info->nfc_changed = e->nfc_changed;
	if (!out->ptr && bitext_buf_put(out, "", 0) < 0)
		error = text_nomem();
cleanup:
	free(e);
	return error;
}

int bitext_text_decode(bitext_buf *out, bitext_load_info *info,
	const char *name, const char *data, size_t len,
	const bitext_load_options *opts)
{
	return bitext_text__decode(out, NULL, info, name, data, len, opts, 0);
}

