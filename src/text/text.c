/*
 * text.c - documents from text (bitext/text.h): decoded text (decode.c) is
 * cut into paragraphs, or handed to the HTML reader (html.c).
 *
 * Plain-text paragraphs: blank lines (only white space) separate blocks.
 * Inside a block a line that starts a list item ("- ", "* ", "• ", "1. ",
 * "1) ", "(1) ", "a) ", "가. ", "① " ...) starts a LIST_ITEM paragraph, a
 * markdown "# " line is a HEADING of its own (the "#" marks are outside its
 * span), and the first line of a block is a HEADING when it is short (at
 * most 60 columns, Hangul and Han counting two), has no closing
 * punctuation, the next line does not start in lower case, and the text
 * below it has longer lines (over 60 columns, the first line at most 3/4
 * of the longest): see first_line_heading(). A one-line block that is
 * short and unpunctuated is a heading too. Other single newlines stay
 * inside the paragraph as '\n'.
 * Spans exclude leading and trailing white space.
 *
 * Segmented input (BITEXT_FORMAT_SEGMENTED): every non-blank line is one
 * segment (trimmed), blank lines end paragraphs.
 */
#include "bitext/text.h"
#include "util/vec.h"
#include "bitext/errors.h"
#include "bitext/io.h"
#include "bitext/msg.h"
#include "util/limits.h"
#include "text/text_int.h"
#include "text/office_int.h"

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
/* a heading line is at most this many columns wide (Hangul, Han: 2) */
#define TEXT_HEADING_MAX 60

/* ---- plain text paragraphs ---------------------------------------------- */

/* Code point at s[i] (valid UTF-8) and its length. */
static UChar32 cp_at(const char *s, size_t len, size_t i, size_t *n)
{
	int32_t k = (int32_t)i;
	UChar32 c;

	U8_NEXT(s, k, (int32_t)(len > INT32_MAX ? INT32_MAX : len), c);
	*n = (size_t)k - i;
	return c;
}

/* Horizontal white space (not '\n'). */
static int is_hspace(UChar32 c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 ||
		c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
		c == 0x205F || c == 0xFEFF;
}

/* First non-space offset of s[i..end), or end. */
static size_t skip_hspace(const char *s, size_t i, size_t end)
{
	size_t n;

	while (i < end) {
		/* the ASCII spaces of is_hspace(), as trim_end() sees them */
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\f' || s[i] == '\v') {
			i++;
			continue;
		}
		if ((unsigned char)s[i] < 0x80 || !is_hspace(cp_at(s, end, i, &n)))
			break;
		i += n;
	}
	return i;
}

/* End of s[start..end) without trailing white space. */
static size_t trim_end(const char *s, size_t start, size_t end)
{
	while (end > start) {
		size_t b = end - 1, n;

		while (b > start && ((unsigned char)s[b] & 0xC0) == 0x80)
			b--;
		if (!is_hspace(cp_at(s, end, b, &n)) && s[b] != '\n')
			break;
		end = b;
	}
	return end;
}

/* Display width in columns: wide and full-width characters (Hangul, Han,
 * Kana) take two, as they do in the editor that wrapped the text. */
static size_t line_width(const char *s, size_t start, size_t end)
{
	size_t i = start, n = 0, k;

	while (i < end) {
		UChar32 c;

		if ((unsigned char)s[i] < 0x80) {
			n++;
			i++;
			continue;
		}
		c = cp_at(s, end, i, &k);
		i += k ? k : 1;
		switch (u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH)) {
		case U_EA_WIDE:
		case U_EA_FULLWIDTH:
			n += 2;
			break;
		default:
			n++;
		}
	}
	return n;
}

/*
 * Length of a list-item marker at s[i..end) (with its space), or 0.
 * `closed` = 1 when the line before ended a sentence, was (part of) a
 * list item or a heading, or there is none: numbered and lettered markers ("2. ",
 * "다. ", "a) ") count only then, since "...밝혔\n다. 지난해" and
 * "...in\n2019. The" are wrapped sentences, not lists. Bullets and circled
 * numbers always count.
 */
static size_t list_marker(const char *s, size_t i, size_t end, int closed)
{
	static const char *const bullets[] = { "-", "*", "+", "\xE2\x80\xA2",
		"\xC2\xB7", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3",
		"\xE2\x97\x8B", "\xE2\x97\x8F", "\xE2\x96\xA0", "\xE2\x96\xA1",
		"\xE2\x80\xBB", "\xE2\x96\xB6", "\xE2\x96\xBA", NULL };
	static const char ganada[] = "가나다라마바사아자차카타파하";
	size_t k, n, j = i;
	UChar32 c;

	for (k = 0; bullets[k]; k++) {
		size_t bl = strlen(bullets[k]);
		if (end - i > bl && !memcmp(s + i, bullets[k], bl) &&
			(s[i + bl] == ' ' || s[i + bl] == '\t'))
			return bl + 1;
	}
	c = cp_at(s, end, i, &n);
	if (c >= 0x2460 && c <= 0x249B) /* circled, parenthesized, dotted */
		return n + (i + n < end && s[i + n] == ' ');
	if (!closed)
		return 0;
	if (s[j] == '(')
		j++;
	if (j < end && s[j] >= '0' && s[j] <= '9') {
		/* "2.", "10)", and the numbers of nested sections: "2.3.", "1.1.4." */
		for (;;) {
			for (k = 0; k < 3 && j < end && s[j] >= '0' && s[j] <= '9'; k++)
				j++;
			if (j < end && s[j] >= '0' && s[j] <= '9')
				return 0;
			if (s[i] == '(' || j + 1 >= end || s[j] != '.' ||
				s[j + 1] < '0' || s[j + 1] > '9')
				break;
			j++;
		}
	} else if (j < end && s[j] >= 'a' && s[j] <= 'z' && s[i] != '(') {
		j++;
		if (j < end && s[j] != ')')
			return 0;
	} else if (j < end && (c = cp_at(s, end, j, &n)) >= 0xAC00) {
		char one[4];
		memcpy(one, s + j, n < 4 ? n : 3);
		one[n < 4 ? n : 3] = '\0';
		if (n != 3 || !strstr(ganada, one))
			return 0;
		j += n;
	} else {
		return 0;
	}
	if (j >= end)
		return 0;
	if (s[i] == '(' ? s[j] != ')' : (s[j] != '.' && s[j] != ')'))
		return 0;
	j++;
	if (j >= end || (s[j] != ' ' && s[j] != '\t'))
		return 0;
	return j + 1 - i;
}

/* Length of a markdown heading marker ("## ") at s[i..end), or 0. */
static size_t md_heading(const char *s, size_t i, size_t end)
{
	size_t j = i;

	while (j < end && s[j] == '#' && j - i < 6)
		j++;
	if (j == i || j >= end || (s[j] != ' ' && s[j] != '\t'))
		return 0;
	return j + 1 - i;
}

/* 1 when the line s[start..end) ends in punctuation that closes text. */
static int ends_punct(const char *s, size_t start, size_t end)
{
	static const char *const marks[] = { ".", ",", ";", ":", "!", "?",
		"\"", "'", "-", "\xE2\x80\xA6", "\xE3\x80\x82", "\xE3\x80\x81",
		"\xEF\xBC\x8C", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xEF\xBC\x9B",
		"\xEF\xBC\x9A", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x9D",
		"\xE2\x80\x99", "\xC2\xBB", "\xE3\x80\x8D", "\xE3\x80\x8F", NULL };
	size_t k;

	end = trim_end(s, start, end);
	for (k = 0; marks[k]; k++) {
		size_t ml = strlen(marks[k]);
		if (end - start >= ml && !memcmp(s + end - ml, marks[k], ml))
			return 1;
	}
	return 0;
}

typedef struct {
	bitext_doc *doc;
	const char *s;
	size_t len;
	size_t start;            /* open paragraph start, or SIZE_MAX */
	size_t end;              /* its end so far */
	bitext_para_kind kind;
} para_state;

static int para_close(para_state *p)
{
	size_t end;
	int error = 0;

	if (p->start == (size_t)-1)
		return 0;
	end = trim_end(p->s, p->start, p->end);
	if (end > p->start)
		error = bitext_doc_add_paragraph(p->doc, p->start, end, p->kind);
	p->start = (size_t)-1;
	return error;
}

static void para_open(para_state *p, size_t start, size_t end,
	bitext_para_kind kind)
{
	p->start = start;
	p->end = end;
	p->kind = kind;
}

static size_t line_end(const char *s, size_t i, size_t len)
{
	const char *nl = memchr(s + i, '\n', len - i);
	return nl ? (size_t)(nl - s) : len;
}

/*
 * Heading test for the first line [ls, le) of a block whose next line
 * starts at `next` and ends at `bend` (the block's end). A heading is
 * short, has no closing punctuation, and stands above longer text that is
 * not its continuation: the next line does not start in lower case, the
 * text below has a line over TEXT_HEADING_MAX columns, and the first line
 * is at most 3/4 of that (a wrapped paragraph's first line is near the
 * wrap width). A block of short lines only is not split: its first line is
 * as likely a wrapped phrase (한국어 문장이 / 이어집니다.) as a title.
 */
static int first_line_heading(const char *s, size_t ls, size_t le,
	size_t next, size_t bend)
{
	size_t n = line_width(s, ls, trim_end(s, ls, le)), maxrest = 0, i, k;
	UChar32 c;

	if (n == 0 || n > TEXT_HEADING_MAX || ends_punct(s, ls, le))
		return 0;
	if (next >= bend)
		return 1;
	i = skip_hspace(s, next, bend);
	c = cp_at(s, bend, i, &k);
	if (u_islower(c))
		return 0;
	for (i = next; i < bend; i = k + 1) {
		size_t m;
		k = line_end(s, i, bend);
		m = line_width(s, i, k);
		if (m > maxrest)
			maxrest = m;
	}
	return maxrest > TEXT_HEADING_MAX && n * 4 <= maxrest * 3;
}

/*
 * 1 when line [ls, le) could be a heading over a numbered list ("Preface"
 * above "1. Disclaimer", "Table of Contents" above "1. Introduction"):
 * short, without closing punctuation, and not starting in lower case (a
 * wrapped sentence does, or ends with a mark).
 */
static int heading_over_list(const char *s, size_t ls, size_t le)
{
	size_t t = skip_hspace(s, ls, le), k, n = line_width(s, t, trim_end(s, t, le));

	if (n == 0 || n > TEXT_HEADING_MAX || ends_punct(s, ls, le))
		return 0;
	return !u_islower(cp_at(s, le, t, &k));
}

/* 1 when list marker s[t, t + m) numbers a first item: "1.", "2.1.",
 * "a)", "(i)" - what a list under a heading starts with. */
static int first_item(const char *s, size_t t, size_t m)
{
	size_t e = t + m - 1;

	while (e > t && (s[e - 1] == '.' || s[e - 1] == ')' || s[e - 1] == ' ' ||
		s[e - 1] == '\t'))
		e--;
	if (e > t && strchr("1aAiI", s[e - 1]) &&
		(e - 1 == t || !((s[e - 2] >= '0' && s[e - 2] <= '9') ||
		(s[e - 2] >= 'a' && s[e - 2] <= 'z') || (s[e - 2] >= 'A' && s[e - 2] <= 'Z'))))
		return 1;
	return 0;
}

/*
 * One blank-line-separated block [bs, bend) of lines. A numbered marker
 * ("2. ", "a) ") starts an item only after a line that closed (see
 * list_marker), or after a line that could be a heading and itself began
 * a new unit when the marker numbers a first item ("1.", "a)"): that line
 * then becomes a heading of its own.
 */
static int text_block(para_state *p, size_t bs, size_t bend)
{
	const char *s = p->s;
	size_t ls = bs, first = 1, pls = 0, pt = 0, ple = 0;
	int error, closed = 1, fresh = 0;

	while (ls < bend) {
		size_t le = line_end(s, ls, bend);
		size_t t = skip_hspace(s, ls, le), m;
		int item = 0, over = !closed && fresh && heading_over_list(s, pls, ple);

		if ((m = md_heading(s, t, le)) > 0) {
			if ((error = para_close(p)) < 0)
				return error;
			para_open(p, skip_hspace(s, t + m, le), le, BITEXT_PARA_HEADING);
			if ((error = para_close(p)) < 0)
				return error;
			item = 1;
		} else if ((m = list_marker(s, t, le, closed || over)) > 0 &&
			(closed || first_item(s, t, m))) {
			if (!closed && p->start != (size_t)-1) {
				/* the line above is a heading: alone, or cut from its paragraph */
				if (p->start < pt) {
					p->end = pls - 1;
					if ((error = para_close(p)) < 0)
						return error;
					para_open(p, pt, ple, BITEXT_PARA_HEADING);
				}
				p->kind = BITEXT_PARA_HEADING;
			}
			if ((error = para_close(p)) < 0)
				return error;
			para_open(p, t, le, BITEXT_PARA_LIST_ITEM);
			item = 1;
		} else if (first) {
			int h = first_line_heading(s, ls, le, le + 1, bend);
			para_open(p, t, le, h ? BITEXT_PARA_HEADING : BITEXT_PARA_TEXT);
			if (h && (error = para_close(p)) < 0)
				return error;
			item = h;
		} else if (p->start == (size_t)-1) {
			para_open(p, t, le, BITEXT_PARA_TEXT);
		} else {
			p->end = le;
		}
		fresh = closed;
		pls = ls;
		pt = t;
		ple = le;
		/* inside a list item, the next numbered marker is the next item */
		closed = item || ends_punct(s, ls, le) ||
			(p->start != (size_t)-1 && p->kind == BITEXT_PARA_LIST_ITEM);
		first = 0;
		ls = le + 1;
	}
	return para_close(p);
}

static int is_blank_line(const char *s, size_t ls, size_t le)
{
	return skip_hspace(s, ls, le) == le;
}

static int text_paragraphs(bitext_doc *doc)
{
	para_state p;
	size_t i = 0, len;
	const char *s = bitext_doc_text(doc, &len);
	int error;

	p.doc = doc;
	p.s = s;
	p.len = len;
	p.start = (size_t)-1;
	while (i < len) {
		size_t le = line_end(s, i, len), bend;

		if (is_blank_line(s, i, le)) {
			i = le + 1;
			continue;
		}
		bend = le;
		while (bend < len) {
			size_t ne = line_end(s, bend + 1, len);
			if (is_blank_line(s, bend + 1, ne))
				break;
			bend = ne;
		}
		if ((error = text_block(&p, i, bend)) < 0)
			return error;
		i = bend + 1;
	}
	return 0;
}

/* ---- segmented input ------------------------------------------------ */

typedef struct {
	size_t *v;      /* start, end pairs */
	size_t n, a;    /* used (values), allocated */
} span_list;

static int spans_push(span_list *l, size_t a, size_t b)
{
	if (bitext__grow((void **)&l->v, &l->a, l->n + 2, sizeof(*l->v)) < 0)
		return BITEXT_ENOMEM;
	l->v[l->n++] = a;
	l->v[l->n++] = b;
	return 0;
}

static int spans_flush(bitext_doc *doc, span_list *l)
{
	size_t k;
	int error;

	if (!l->n)
		return 0;
	if ((error = bitext_doc_add_paragraph(doc, l->v[0], l->v[l->n - 1],
			BITEXT_PARA_TEXT)) < 0)
		return error;
	for (k = 0; k < l->n; k += 2)
		if ((error = bitext_doc_add_segment(doc, l->v[k], l->v[k + 1])) < 0)
			return error;
	l->n = 0;
	return 0;
}

static int segmented_paragraphs(bitext_doc *doc)
{
	span_list l = { NULL, 0, 0 };
	size_t i = 0, len;
	const char *s = bitext_doc_text(doc, &len);
	int error = 0;

	while (i < len) {
		size_t le = line_end(s, i, len);
		size_t t = skip_hspace(s, i, le), e = trim_end(s, t, le);

		if (t == le)
			error = spans_flush(doc, &l);
		else
			error = spans_push(&l, t, e);
		if (error < 0)
			goto cleanup;
		i = le + 1;
	}
	error = spans_flush(doc, &l);
cleanup:
	free(l.v);
	return error;
}

/* ---- documents ---------------------------------------------------------- */

int bitext_text__looks_html(const char *s, size_t len)
{
	static const char *const starts[] = { "<!doctype html", "<html",
		"<head", "<body", "<p>", "<p ", "<div", "<article", "<h1", "<meta",
		"<title", NULL };
	size_t n = len < 1024 ? len : 1024, i = 0, k;

	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	for (k = 0; starts[k]; k++)
		if (n - i >= strlen(starts[k]) &&
			!strncasecmp(s + i, starts[k], strlen(starts[k])))
			return 1;
	if (i < n && s[i] == '<')
		for (k = i; k + 5 <= n; k++)
			if (!strncasecmp(s + k, "<html", 5) ||
				!strncasecmp(s + k, "<body", 5))
				return 1;
	return 0;
}

/* Load from bytes; `raw`, when given, holds them and is freed as soon as
 * they are decoded, to keep the peak memory of big files down. */
static int doc_load(bitext_doc **out, bitext_load_info *info,
	const char *name, const char *data, size_t len,
	const bitext_load_options *opts, bitext_buf *raw)
{
	static const bitext_load_options dflt = BITEXT_LOAD_OPTIONS_INIT;
	bitext_load_info local;
	bitext_buf text = BITEXT_BUF_INIT;
	text_marks marks = { NULL, 0, 0 };
	bitext_doc *doc = NULL;
	bitext_format fmt;
	int error;

	*out = NULL;
	if (!opts)
		opts = &dflt;
	if (!info)
		info = &local;
	if (!name)
		name = "-";
	fmt = opts->format;
	if (bitext_text__is_gzip(data, len)) {
		bitext_buf inflated = BITEXT_BUF_INIT;

		error = bitext_text__gunzip(&inflated, name, data, len);
		if (raw)
			bitext_buf_dispose(raw);
		if (error >= 0)
			error = doc_load(out, info, name, inflated.ptr ? inflated.ptr : "",
				inflated.size, opts, &inflated);
		bitext_buf_dispose(&inflated);
		return error;
	}
	if (fmt != BITEXT_FORMAT_SEGMENTED &&
	    (error = bitext_office__load(out, info, name, data, len, opts)) != 1)
		goto cleanup;
	if (len == 0) {
		error = bitext_error_set(BITEXT_EPARSE, "text_empty", name, NULL);
		bitext_error_locate(name, 0, 0, -1);
		goto cleanup;
	}
	error = bitext_text__decode(&text, &marks, info, name, data, len, opts,
		fmt == BITEXT_FORMAT_HTML ||
		(fmt == BITEXT_FORMAT_AUTO && bitext_text__looks_html(data, len)));
	if (raw)
		bitext_buf_dispose(raw);
	if (error < 0)
		goto cleanup;
	if (fmt == BITEXT_FORMAT_AUTO)
		fmt = bitext_text__looks_html(text.ptr, text.size) ?
			BITEXT_FORMAT_HTML : BITEXT_FORMAT_TEXT;
	info->format = fmt;
	if (text.size == 0) {
		error = bitext_error_set(BITEXT_EPARSE, "text_empty", name, NULL);
		bitext_error_locate(name, 0, 0, -1);
		goto cleanup;
	}
	if ((error = bitext_doc_new(&doc, opts->lang)) < 0 ||
		(error = bitext_doc_set_name(doc, name)) < 0)
		goto cleanup;
	if (fmt == BITEXT_FORMAT_HTML) {
		error = bitext_html__load(doc, name, text.ptr, text.size, &marks);
	} else {
		error = bitext_text__install(doc, text.ptr, text.size, &marks);
		bitext_text__marks_free(&marks);
		bitext_buf_dispose(&text);
		if (error >= 0)
			error = fmt == BITEXT_FORMAT_SEGMENTED ?
				segmented_paragraphs(doc) : text_paragraphs(doc);
	}
	if (error < 0)
		goto cleanup;
	*out = doc;
	doc = NULL;
cleanup:
	bitext_doc_free(doc);
	bitext_buf_dispose(&text);
	bitext_text__marks_free(&marks);
	return error;
}

int bitext_doc_load_buffer(bitext_doc **out, bitext_load_info *info,
	const char *name, const char *data, size_t len,
	const bitext_load_options *opts)
{
	return doc_load(out, info, name, data, len, opts, NULL);
}

int bitext_doc_load(bitext_doc **out, bitext_load_info *info,
	const char *path, const bitext_load_options *opts)
{
	bitext_buf raw = BITEXT_BUF_INIT;
	int error;

	*out = NULL;
	if ((error = bitext_file_read(&raw, path)) < 0)
		goto cleanup;
	error = doc_load(out, info, path, raw.ptr ? raw.ptr : "", raw.size,
		opts, &raw);
cleanup:
	bitext_buf_dispose(&raw);
	return error;
}

/* ---- language by script ------------------------------------------------- */

/*
 * "ko" when Hangul is more than half of the letters, "ja" when there is
 * Kana and Kana plus Han are more than half; Hangul and Han weigh double.
 * Only the first MiB is looked at.
 */
const char *bitext_text_guess_lang(const char *s, size_t len)
{
	size_t hangul = 0, kana = 0, han = 0, letters = 0;
	int32_t i = 0, n = (int32_t)(len > ((size_t)1 << 20) ? (1 << 20) : len);

	while (i < n) {
		UChar32 c;
		UErrorCode st = U_ZERO_ERROR;
		UScriptCode sc;

		U8_NEXT(s, i, n, c);
		if (c < 0 || !u_isalpha(c))
			continue;
		sc = uscript_getScript(c, &st);
		if (U_FAILURE(st) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED)
			continue;
		/* a Hangul syllable or a Han character writes what takes two or
		 * three Latin letters: count them double */
		if (sc == USCRIPT_HANGUL)
			hangul += 2, letters += 2;
		else if (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA)
			kana++, letters++;
		else if (sc == USCRIPT_HAN)
			han += 2, letters += 2;
		else
			letters++;
	}
	if (!letters)
		return NULL;
	if (hangul * 2 > letters)
		return "ko";
	if (kana > 0 && (kana + han) * 2 > letters)
		return "ja";
	return NULL;
}
