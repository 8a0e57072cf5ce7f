/*
 * doc.c - the document model (bitext/doc.h).
 *
 * Paragraphs and segments are kept in growable arrays; their text copies
 * live in an arena owned by the document (arena.h), so freeing a document is
 * one walk over a few chunks. The offset map is a sorted array of marks
 * (text offset, source offset); a lookup is a binary search.
 */
#include "bitext/doc.h"
#include "bitext/errors.h"
#include "util/arena.h"
#include "util/vec.h"
#include "util/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

/* Offsets fit 32 bits: inputs are capped at BITEXT_MAX_INPUT_BYTES (limits.h)
 * and a document text at a small multiple of that. */
typedef struct {
	uint32_t text, src;
} map_mark;

struct bitext_doc {
	bitext_arena arena;          /* text copies */
	char *lang;                  /* language tag or NULL */
	char *name;                  /* file name or NULL */
	char *text;                  /* document text, NUL-terminated */
	size_t text_len;             /* its length in bytes */
	bitext_paragraph *paras;     /* paragraphs, in order */
	size_t npara, apara;         /* used, allocated */
	bitext_segment *segs;        /* segments, in order */
	size_t nseg, aseg;           /* used, allocated */
	map_mark *marks;             /* offset map, increasing */
	size_t nmark, amark;         /* used, allocated */
	bitext_inline *spans;        /* inline spans, by start */
	size_t nspan, aspan;         /* used, allocated */
};

/* room for one more element after `used` */
static int grow(void **p, size_t *alloc, size_t used, size_t elem)
{
	return bitext__grow(p, alloc, used + 1, elem);
}

int bitext_doc_new(bitext_doc **out, const char *lang)
{
	bitext_doc *d = calloc(1, sizeof(*d));

	*out = NULL;
	if (!d)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	bitext_arena_init(&d->arena);
	if (lang && bitext_doc_set_lang(d, lang) < 0) {
		bitext_doc_free(d);
		return BITEXT_ENOMEM;
	}
	*out = d;
	return 0;
}

void bitext_doc_free(bitext_doc *doc)
{
	if (!doc)
		return;
	bitext_arena_dispose(&doc->arena);
	free(doc->lang);
	free(doc->name);
	free(doc->text);
	free(doc->paras);
	free(doc->segs);
	free(doc->marks);
	free(doc->spans);
	free(doc);
}

static int set_str(char **dst, const char *src)
{
	char *c = NULL;

	if (src && !(c = strdup(src)))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	free(*dst);
	*dst = c;
	return 0;
}

const char *bitext_doc_lang(const bitext_doc *doc) { return doc->lang; }
int bitext_doc_set_lang(bitext_doc *doc, const char *lang) { return set_str(&doc->lang, lang); }
const char *bitext_doc_name(const bitext_doc *doc) { return doc->name; }
int bitext_doc_set_name(bitext_doc *doc, const char *name) { return set_str(&doc->name, name); }

int bitext_doc_set_text(bitext_doc *doc, const char *text, size_t len)
{
	char *c = malloc(len + 1);

	if (!c)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	memcpy(c, text, len);
	c[len] = '\0';
	free(doc->text);
	doc->text = c;
	doc->text_len = len;
	doc->npara = doc->nseg = doc->nmark = doc->nspan = 0;
	return 0;
}

const char *bitext_doc_text(const bitext_doc *doc, size_t *len)
{
	if (len)
		*len = doc->text_len;
	return doc->text ? doc->text : "";
}

int bitext_doc_map_mark(bitext_doc *doc, size_t text_off, size_t src_off)
{
	if (text_off > UINT32_MAX || src_off > UINT32_MAX)
		return bitext_error_set(BITEXT_ELIMIT, "err_too_big",
			doc->name ? doc->name : "-", NULL);
	if (doc->nmark && text_off < doc->marks[doc->nmark - 1].text)
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "map order", NULL);
	if (doc->nmark && text_off == doc->marks[doc->nmark - 1].text) {
		doc->marks[doc->nmark - 1].src = (uint32_t)src_off;
		return 0;
	}
	if (grow((void **)&doc->marks, &doc->amark, doc->nmark, sizeof(map_mark)) < 0)
		return BITEXT_ENOMEM;
	doc->marks[doc->nmark].text = (uint32_t)text_off;
	doc->marks[doc->nmark].src = (uint32_t)src_off;
	doc->nmark++;
	return 0;
}

size_t bitext_doc_map(const bitext_doc *doc, size_t text_off)
{
	size_t lo = 0, hi = doc->nmark;

	if (!doc->nmark || text_off < doc->marks[0].text)
		return text_off;
	/* last mark with .text <= text_off */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->marks[mid].text <= text_off)
			lo = mid;
		else
			hi = mid;
	}
	return doc->marks[lo].src + (text_off - doc->marks[lo].text);
}

int bitext_doc_add_paragraph(bitext_doc *doc, size_t start, size_t end,
	bitext_para_kind kind)
{
	bitext_paragraph *p;

	if (start > end || end > doc->text_len ||
		(doc->npara && start < doc->paras[doc->npara - 1].end))
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "paragraph span", NULL);
	if (grow((void **)&doc->paras, &doc->apara, doc->npara, sizeof(*p)) < 0)
		return BITEXT_ENOMEM;
	p = &doc->paras[doc->npara];
	memset(p, 0, sizeof(*p));
	p->text = bitext_arena_strndup(&doc->arena, doc->text + start, end - start);
	if (!p->text)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	p->len = end - start;
	p->kind = kind;
	p->start = start;
	p->end = end;
	p->src_start = bitext_doc_map(doc, start);
	p->src_end = bitext_doc_map(doc, end);
	p->first_segment = doc->nseg;
	doc->npara++;
	return 0;
}

/*
 * 1 for a character of a script written without spaces (Han, Kana, CJK
 * punctuation, full-width forms) ending just before `at` (before = 1) or
 * starting at `at`: a hard line break between two of them joins without a
 * space. Hangul is written with spaces and is not one of them.
 */
static int wraps_without_space(const char *s, size_t len, size_t at, int before)
{
	size_t i = at;
	int32_t c;

	if (before) {
		if (!i)
			return 0;
		i = bitext_utf8__prev(s, i);
	} else if (i >= len) {
		return 0;
	}
	c = bitext_utf8__next(s, len, &i);
	if (c >= 0x10000)
		return 1; /* supplementary ideographs */
	if (c >= 0x3130 && c <= 0x318F) /* Hangul compatibility jamo */
		return 0;
	return (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
		(c >= 0xFF00 && c <= 0xFFEF);
}

/* Length of the white space (not '\n') starting at s[i], or 0: tabs and
 * every space separator, no-break spaces included (they indent lines). */
static size_t line_space_at(const char *s, size_t n, size_t i)
{
	size_t k = i;
	int32_t c = bitext_utf8__next(s, n, &k);

	return c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
		(c >= 0 && u_charType(c) == U_SPACE_SEPARATOR) ? k - i : 0;
}

/* Length of the white space (not '\n') ending at s[i], or 0. */
static size_t line_space_before(const char *s, size_t i)
{
	size_t b;

	if (!i)
		return 0;
	b = bitext_utf8__prev(s, i);
	return line_space_at(s, i, b) == i - b ? i - b : 0;
}

/*
 * The text of a segment is a sentence: a line break inside it comes from
 * hard-wrapped input and is not part of the sentence. It becomes one space,
 * together with the spaces and tabs that end the line before it and indent
 * the line after it, or nothing between two characters of scripts written
 * without spaces. The span of the segment (start, end) is left as it is:
 * it still points at the text the sentence came from. `*len` receives the
 * length of the copy.
 */
static char *segment_copy(bitext_doc *doc, size_t start, size_t end,
	size_t *len)
{
	const char *src = doc->text + start;
	size_t n = end - start, i, k = 0;
	char *t = bitext_arena_alloc(&doc->arena, n + 1);

	if (!t)
		return NULL;
	for (i = 0; i < n; i++) {
		size_t b, a, m;

		if (src[i] != '\n') {
			t[k++] = src[i];
			continue;
		}
		for (b = i; (m = line_space_before(src, b)) > 0; b -= m)
			;
		for (a = i + 1; a < n && (src[a] == '\n' ||
			(m = line_space_at(src, n, a)) > 0); a += src[a] == '\n' ? 1 : m)
			;
		while ((m = line_space_before(t, k)) > 0)
			k -= m;
		if (!wraps_without_space(src, n, b, 1) || !wraps_without_space(src, n, a, 0))
			t[k++] = ' ';
		i = a - 1;
	}
	t[k] = '\0';
	*len = k;
	return t;
}

/*
 * Segments come in document order. A segment belongs to the paragraph that
 * holds its start: the paragraph of the previous segment or a later one, so
 * finding it is a walk forward and a whole document costs O(paragraphs).
 */
int bitext_doc_add_segment(bitext_doc *doc, size_t start, size_t end)
{
	bitext_paragraph *p;
	bitext_segment *s;
	size_t pi;

	if (!doc->npara)
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "segment without paragraph", NULL);
	pi = doc->nseg ? doc->segs[doc->nseg - 1].paragraph : 0;
	if (doc->nseg && start < doc->segs[doc->nseg - 1].end)
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "segment span", NULL);
	while (pi + 1 < doc->npara && start >= doc->paras[pi].end &&
		start >= doc->paras[pi + 1].start)
		pi++;
	p = &doc->paras[pi];
	if (start > end || start < p->start || end > p->end)
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "segment span", NULL);
	if (grow((void **)&doc->segs, &doc->aseg, doc->nseg, sizeof(*s)) < 0)
		return BITEXT_ENOMEM;
	s = &doc->segs[doc->nseg];
	s->text = segment_copy(doc, start, end, &s->len);
	if (!s->text)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	s->paragraph = pi;
	s->start = start;
	s->end = end;
	s->src_start = bitext_doc_map(doc, start);
	s->src_end = bitext_doc_map(doc, end);
	if (!p->nsegments)
		p->first_segment = doc->nseg;
	p->nsegments++;
	doc->nseg++;
	return 0;
}

void bitext_doc_clear_segments(bitext_doc *doc)
{
	size_t i;

	for (i = 0; i < doc->npara; i++) {
		doc->paras[i].nsegments = 0;
		doc->paras[i].first_segment = 0;
	}
	doc->nseg = 0;
}

size_t bitext_doc_paragraph_count(const bitext_doc *doc) { return doc->npara; }
size_t bitext_doc_segment_count(const bitext_doc *doc) { return doc->nseg; }

const bitext_paragraph *bitext_doc_paragraph(const bitext_doc *doc, size_t i)
{
	return i < doc->npara ? &doc->paras[i] : NULL;
}

const bitext_segment *bitext_doc_segment(const bitext_doc *doc, size_t i)
{
	return i < doc->nseg ? &doc->segs[i] : NULL;
}

/* ---- inline spans ------------------------------------------------------- */

int bitext_doc_add_inline(bitext_doc *doc, size_t start, size_t end,
	bitext_inline_kind kind, const char *target)
{
	bitext_inline *s;

	if (start > end || end > doc->text_len || (doc->nspan &&
	    start < doc->spans[doc->nspan - 1].start))
		return bitext_error_set(BITEXT_EINVAL, "err_internal",
			"inline span order", NULL);
	if (grow((void **)&doc->spans, &doc->aspan, doc->nspan,
	    sizeof(*doc->spans)) < 0)
		return BITEXT_ENOMEM;
	s = &doc->spans[doc->nspan];
	s->start = start;
	s->end = end;
	s->kind = kind;
	s->target = NULL;
	if (target && !(s->target = bitext_arena_strndup(&doc->arena, target,
	    strlen(target))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	doc->nspan++;
	return 0;
}

size_t bitext_doc_inline_count(const bitext_doc *doc)
{
	return doc->nspan;
}

const bitext_inline *bitext_doc_inline(const bitext_doc *doc, size_t i)
{
	return i < doc->nspan ? &doc->spans[i] : NULL;
}

size_t bitext_doc_inline_first(const bitext_doc *doc, size_t para)
{
	size_t lo = 0, hi = doc->nspan, at;

	if (para >= doc->npara)
		return doc->nspan;
	at = doc->paras[para].start;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->spans[mid].start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
