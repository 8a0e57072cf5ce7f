/*
 * html.c - HTML articles: the paragraphs of a web page, without its menus,
 * scripts and boilerplate.
 *
 * Input is text that intake (text.c) already decoded to UTF-8 NFC, so the
 * page's own encoding hints are ignored here (HTML_PARSE_IGNORE_ENC; intake
 * honoured BOM and <meta charset> before). libxml2's HTML parser runs with
 * HTML_PARSE_NONET|NOERROR|NOWARNING|RECOVER through SAX callbacks: no tree
 * is built, so memory stays proportional to the text kept. HTML has no
 * external entities; the parser only decodes the predefined ones.
 *
 * Kept: text of block elements becomes paragraphs. Every start or end of a
 * block element (p, div, h1-h6, li, dt, dd, blockquote, pre, td, th,
 * figcaption, section, article, table rows ...) closes the paragraph being
 * collected, so a div's own text is a paragraph and so is each cell. The
 * kind is HEADING inside h1-h6, LIST_ITEM inside li/dt/dd, QUOTE inside a
 * blockquote, else TEXT. <br> is a line break ('\n'); inside <pre> white
 * space is kept, elsewhere runs of it become one space; paragraphs are
 * trimmed. Dropped with all their content: head, script, style, noscript,
 * template, nav, aside, form and its controls, iframe, object, svg, math,
 * canvas, media, dialog, menu, and elements with the `hidden` attribute or
 * aria-hidden="true"; header and footer are dropped unless they lie inside
 * an <article> or <main> (there they hold the article's title or byline).
 * When the page has an <article> element, only text inside <article>
 * elements is kept: datelines, share bars and boxes around it are the
 * site's, not the article's.
 *
 * Document text: the paragraphs joined by "\n\n". Map back: for each piece
 * of text the parser reports, its position in the decoded input is where
 * the parser stands after it minus its length, when the input bytes there
 * equal the text (plain text: exact, byte for byte); when they do not (an
 * entity such as &amp;) the piece maps to where it starts. This map is
 * composed with intake's map to reach the original bytes.
 */
#include "text/text_int.h"
#include "util/vec.h"
#include "bitext/errors.h"
#include "util/limits.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

enum {
	EL_INLINE = 0,  /* a, span, em ...: no effect on paragraphs */
	EL_BLOCK,       /* ends and starts paragraphs */
	EL_HEADING,     /* h1-h6 */
	EL_ITEM,        /* li, dt, dd */
	EL_QUOTE,       /* blockquote */
	EL_PRE,         /* pre: white space kept */
	EL_ARTICLE,     /* article, main: header/footer inside are kept */
	EL_FRAME,       /* header, footer */
	EL_DROP,        /* dropped with its content */
	EL_BR           /* line break */
};

typedef struct {
	const char *name;
	unsigned char cls;
} el_class;

static const el_class el_table[] = {
	{ "a", EL_INLINE }, { "address", EL_BLOCK }, { "article", EL_ARTICLE },
	{ "aside", EL_DROP }, { "audio", EL_DROP }, { "blockquote", EL_QUOTE },
	{ "body", EL_BLOCK }, { "br", EL_BR }, { "button", EL_DROP },
	{ "canvas", EL_DROP }, { "caption", EL_BLOCK }, { "center", EL_BLOCK },
	{ "datalist", EL_DROP }, { "dd", EL_ITEM }, { "details", EL_BLOCK },
	{ "dialog", EL_DROP }, { "div", EL_BLOCK }, { "dl", EL_BLOCK },
	{ "dt", EL_ITEM }, { "embed", EL_DROP }, { "fieldset", EL_BLOCK },
	{ "figcaption", EL_BLOCK }, { "figure", EL_BLOCK },
	{ "footer", EL_FRAME }, { "form", EL_DROP }, { "h1", EL_HEADING },
	{ "h2", EL_HEADING }, { "h3", EL_HEADING }, { "h4", EL_HEADING },
	{ "h5", EL_HEADING }, { "h6", EL_HEADING }, { "head", EL_DROP },
	{ "header", EL_FRAME }, { "hgroup", EL_BLOCK }, { "hr", EL_BLOCK },
	{ "html", EL_BLOCK }, { "iframe", EL_DROP }, { "input", EL_DROP },
	{ "legend", EL_BLOCK }, { "li", EL_ITEM }, { "main", EL_ARTICLE },
	{ "map", EL_DROP }, { "math", EL_DROP }, { "menu", EL_DROP },
	{ "nav", EL_DROP }, { "noscript", EL_DROP }, { "object", EL_DROP },
	{ "ol", EL_BLOCK }, { "option", EL_DROP }, { "p", EL_BLOCK },
	{ "pre", EL_PRE }, { "script", EL_DROP }, { "section", EL_BLOCK },
	{ "select", EL_DROP }, { "style", EL_DROP }, { "summary", EL_BLOCK },
	{ "svg", EL_DROP }, { "table", EL_BLOCK }, { "tbody", EL_BLOCK },
	{ "td", EL_BLOCK }, { "template", EL_DROP }, { "textarea", EL_DROP },
	{ "tfoot", EL_BLOCK }, { "th", EL_BLOCK }, { "thead", EL_BLOCK },
	{ "title", EL_DROP }, { "tr", EL_BLOCK }, { "ul", EL_BLOCK },
	{ "video", EL_DROP },
};

static int el_cmp(const void *a, const void *b)
{
	return strcmp((const char *)a, ((const el_class *)b)->name);
}

static int el_classify(const char *name)
{
	const el_class *c = bsearch(name, el_table,
		sizeof(el_table) / sizeof(el_table[0]), sizeof(el_table[0]), el_cmp);
	return c ? c->cls : EL_INLINE;
}

typedef struct {
	size_t start, end;       /* span in the document text */
	bitext_para_kind kind;
} para_rec;

typedef struct {
	htmlParserCtxtPtr ctxt;  /* the parser, for positions */
	const char *html;        /* decoded input */
	size_t len;              /* its length */
	bitext_buf out;          /* document text */
	text_marks marks;        /* document text -> decoded input */
	size_t mt, ms;           /* current mark */
	para_rec *paras;         /* paragraphs found */
	size_t npara, apara;     /* used, allocated */
	unsigned char stack[BITEXT_MAX_XML_DEPTH]; /* classes of open elements */
	unsigned char dropped[BITEXT_MAX_XML_DEPTH]; /* 1: opened a drop */
	size_t depth;            /* open elements (may exceed the stack) */
	size_t drop;             /* open dropped elements */
	size_t article;          /* open article/main elements */
	int has_article;         /* the page has an <article> element */
	size_t in_article;       /* open <article> elements */
	unsigned char art[BITEXT_MAX_XML_DEPTH]; /* 1: an <article> */
	size_t pre;              /* open pre elements */
	size_t prev;             /* parser position after the last event */
	int open;                /* a paragraph is being collected */
	size_t pstart;           /* its start in out */
	int space, nl;           /* pending space / line break */
	size_t last_end;         /* input offset after the last text kept */
	int nfc_risk;            /* an entity gave non-ASCII text */
	int error;               /* first error, stops the parser */
} html_state;

static void h_fail(html_state *h, int error)
{
	if (!h->error)
		h->error = error;
	xmlStopParser(h->ctxt);
}

static size_t h_pos(html_state *h)
{
	long n = xmlByteConsumed(h->ctxt);

	if (n < 0)
		return h->prev;
	return (size_t)n > h->len ? h->len : (size_t)n;
}

static int h_put(html_state *h, const char *b, size_t n, size_t src)
{
	size_t t = h->out.size;

	if (t - h->mt != src - h->ms) {
		if (bitext_text__mark(&h->marks, t, src) < 0)
			return BITEXT_ENOMEM;
		h->mt = t;
		h->ms = src;
	}
	if (bitext_buf_put(&h->out, b, n) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

static bitext_para_kind h_kind(const html_state *h)
{
	size_t i = h->depth < BITEXT_MAX_XML_DEPTH ? h->depth : BITEXT_MAX_XML_DEPTH;
	int quote = 0;

	while (i-- > 0) {
		if (h->stack[i] == EL_HEADING)
			return BITEXT_PARA_HEADING;
		if (h->stack[i] == EL_ITEM)
			return BITEXT_PARA_LIST_ITEM;
		if (h->stack[i] == EL_QUOTE)
			quote = 1;
	}
	return quote ? BITEXT_PARA_QUOTE : BITEXT_PARA_TEXT;
}

/* NFC again after entities (&#x1100;&#x1161; is decomposed Hangul). */
static int h_para_nfc(html_state *h)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
	const char *p = h->out.ptr + h->pstart;
	int32_t plen = (int32_t)(h->out.size - h->pstart), ul = 0, nl = 0, ol = 0;
	UChar *u = NULL, *n = NULL;
	char *o = NULL;
	size_t src0 = bitext_text__map(&h->marks, h->pstart);
	int error = 0;

	u_strFromUTF8(NULL, 0, &ul, p, plen, &st);
	st = U_ZERO_ERROR;
	u = malloc(((size_t)ul + 1) * sizeof(UChar));
	n = malloc(((size_t)ul * 3 + 1) * sizeof(UChar));
	o = malloc((size_t)ul * 9 + 4);
	if (!u || !n || !o) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	u_strFromUTF8(u, ul + 1, NULL, p, plen, &st);
	if (U_SUCCESS(st) && unorm2_quickCheck(nfc, u, ul, &st) == UNORM_YES)
		goto cleanup;
	st = U_ZERO_ERROR;
	nl = unorm2_normalize(nfc, u, ul, n, ul * 3 + 1, &st);
	if (U_SUCCESS(st))
		u_strToUTF8(o, ul * 9 + 4, &ol, n, nl, &st);
	if (U_FAILURE(st))
		goto cleanup;
	while (h->marks.n &&
		bitext_text__at(&h->marks, h->marks.n - 1)->text >= h->pstart) {
		h->marks.n--;
		if (h->marks.n % TEXT_MARK_BLOCK == 0) {
			free(h->marks.blk[h->marks.n / TEXT_MARK_BLOCK]);
			h->marks.blk[h->marks.n / TEXT_MARK_BLOCK] = NULL;
		}
	}
	h->out.size = h->pstart;
	h->mt = h->out.size;
	h->ms = src0 + 1; /* force a mark */
	error = h_put(h, o, (size_t)ol, src0);
cleanup:
	free(u);
	free(n);
	free(o);
	return error;
}

static void h_flush(html_state *h)
{
	para_rec *r;
	int error;

	if (!h->open)
		return;
	h->open = 0;
	h->space = h->nl = 0;
	if (h->nfc_risk && (error = h_para_nfc(h)) < 0) {
		h_fail(h, error);
		return;
	}
	h->nfc_risk = 0;
	/* the paragraph ends where its last text ends in the input */
	if (h->out.size - h->mt != h->last_end - h->ms) {
		if ((error = bitext_text__mark(&h->marks, h->out.size,
				h->last_end)) < 0) {
			h_fail(h, error);
			return;
		}
		h->mt = h->out.size;
		h->ms = h->last_end;
	}
	if (bitext__grow((void **)&h->paras, &h->apara, h->npara + 1,
	    sizeof(*h->paras)) < 0) {
		h_fail(h, bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL));
		return;
	}
	r = &h->paras[h->npara++];
	r->start = h->pstart;
	r->end = h->out.size;
	r->kind = h_kind(h);
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/*
 * Append text that came from decoded input `src` (exact: byte for byte)
 * up to `chunk_end`. A collapsed space or a <br> line break maps to just
 * after the text before it, so a span ending there ends at that text.
 */
static void h_text(html_state *h, const char *s, size_t n, size_t src,
	int exact, size_t chunk_end)
{
	size_t i = 0;
	int error = 0;

	while (i < n && !error) {
		size_t j = i;

		if (!h->pre && is_ws(s[i])) {
			if (h->open)
				h->space = 1;
			i++;
			continue;
		}
		if (h->pre && s[i] == '\n') {
			if (h->open)
				h->nl++;
			i++;
			continue;
		}
		while (j < n && !(h->pre ? s[j] == '\n' : is_ws(s[j])))
			j++;
		if (!h->open) {
			if (h->out.size)
				error = bitext_buf_put(&h->out, "\n\n", 2) < 0 ?
					bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
			h->open = 1;
			h->pstart = h->out.size;
		} else if (h->nl) {
			for (; h->nl && !error; h->nl--)
				error = h_put(h, "\n", 1, h->last_end);
		} else if (h->space) {
			error = h_put(h, " ", 1, h->last_end);
		}
		h->space = h->nl = 0;
		if (!error)
			error = h_put(h, s + i, j - i, exact ? src + i : src);
		h->last_end = exact ? src + j : chunk_end;
		i = j;
	}
	if (error)
		h_fail(h, error);
}

static int attr_hidden(const xmlChar **atts)
{
	size_t i;

	for (i = 0; atts && atts[i]; i += 2) {
		const char *k = (const char *)atts[i];
		const char *v = (const char *)atts[i + 1];
		if (!strcmp(k, "hidden"))
			return 1;
		if (!strcmp(k, "aria-hidden") && v && !strcmp(v, "true"))
			return 1;
	}
	return 0;
}

/* Elements whose start and end close the paragraph being collected;
 * dropped elements do not (a <script> inside a <p> joins its two halves). */
static int is_block(int cls, int drop)
{
	return !drop && cls != EL_INLINE && cls != EL_BR && cls != EL_DROP;
}

static void sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	html_state *h = ctx;
	int cls = el_classify((const char *)name);
	int drop = cls == EL_DROP || (cls == EL_FRAME && !h->article) ||
		attr_hidden(atts);

	if (h->depth >= BITEXT_MAX_XML_DEPTH)
		drop = 0; /* too deep to track: its end could not undo it */

	if (!h->drop) {
		if (cls == EL_BR) {
			if (h->open) {
				h->nl = h->nl ? h->nl : 1;
				h->space = 0;
			}
		} else if (is_block(cls, drop)) {
			h_flush(h);
		}
	}
	if (h->depth < BITEXT_MAX_XML_DEPTH) {
		h->stack[h->depth] = (unsigned char)cls;
		h->dropped[h->depth] = (unsigned char)drop;
	}
	if (h->depth < BITEXT_MAX_XML_DEPTH) {
		h->art[h->depth] = !strcmp((const char *)name, "article");
		h->in_article += h->art[h->depth];
	}
	h->depth++;
	h->drop += drop;
	h->article += cls == EL_ARTICLE;
	h->pre += cls == EL_PRE;
	h->prev = h_pos(h);
}

static void sax_end(void *ctx, const xmlChar *name)
{
	html_state *h = ctx;
	int cls = el_classify((const char *)name), drop = 0;

	if (!h->depth)
		return;
	if (h->depth <= BITEXT_MAX_XML_DEPTH) {
		cls = h->stack[h->depth - 1];
		drop = h->dropped[h->depth - 1];
	}
	if (!h->drop && is_block(cls, drop))
		h_flush(h);
	h->depth--;
	h->drop -= (size_t)drop;
	if (h->depth < BITEXT_MAX_XML_DEPTH && h->art[h->depth] && h->in_article)
		h->in_article--;
	h->article -= cls == EL_ARTICLE && h->article;
	h->pre -= cls == EL_PRE && h->pre;
	h->prev = h_pos(h);
}

static void sax_chars(void *ctx, const xmlChar *ch, int len)
{
	html_state *h = ctx;
	size_t end = h_pos(h), n = (size_t)len, src;
	int exact = 0;

	if (!h->drop && len > 0 && (!h->has_article || h->in_article)) {
		/* the parser stands right after the text it reports (an implied
		 * <p> may have moved h->prev past it already) */
		if (end >= n && !memcmp(h->html + end - n, ch, n)) {
			src = end - n;
			exact = 1;
		} else {
			src = h->prev < end ? h->prev : end;
			if (src < h->len && h->html[src] == '>')
				src++;
			while (src < end && h->html[src] != '&')
				src++;
			if (src >= end)
				src = h->prev;
			if (ch[0] >= 0xCC)
				h->nfc_risk = 1;
		}
		h_text(h, (const char *)ch, n, src, exact, end);
	}
	h->prev = end;
}

static void sax_other(void *ctx, const xmlChar *value)
{
	html_state *h = ctx;

	(void)value;
	h->prev = h_pos(h);
}

static void sax_cdata(void *ctx, const xmlChar *value, int len)
{
	html_state *h = ctx;

	/* script and style content: dropped with their elements */
	(void)value;
	(void)len;
	h->prev = h_pos(h);
}

static void sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	html_state *h = ctx;

	(void)target;
	(void)data;
	h->prev = h_pos(h);
}

/* 1 when "<article" occurs in the page (any case). */
static int has_article(const char *s, size_t len)
{
	const char *p = s, *end = s + len;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if (end - p > 8 && !strncasecmp(p + 1, "article", 7) &&
			(p[8] == '>' || is_ws(p[8])))
			return 1;
		p++;
	}
	return 0;
}

/* Compose doc->decoded marks with decoded->original marks. */
static int compose(bitext_doc *doc, const html_state *h,
	const text_marks *dec)
{
	size_t k, tlen = h->out.size;
	text_mark first = { 0, 0 };
	int error;

	for (k = 0; k <= h->marks.n; k++) {
		const text_mark *m;
		size_t t, d, tn, lo, hi;

		if (k == 0 && h->marks.n && bitext_text__at(&h->marks, 0)->text == 0)
			continue;
		m = k == 0 ? &first : bitext_text__at(&h->marks, k - 1);
		t = m->text;
		d = m->src;
		tn = k < h->marks.n ? bitext_text__at(&h->marks, k)->text : tlen;
		if ((error = bitext_doc_map_mark(doc, t,
				bitext_text__map(dec, d))) < 0)
			return error;
		if (!dec || !dec->n)
			continue;
		lo = 0;
		hi = dec->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (bitext_text__at(dec, mid)->text <= d)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < dec->n && bitext_text__at(dec, lo)->text < d + (tn - t);
			lo++) {
			const text_mark *dm = bitext_text__at(dec, lo);
			if ((error = bitext_doc_map_mark(doc, t + dm->text - d,
					dm->src)) < 0)
				return error;
		}
	}
	return bitext_doc_map_mark(doc, tlen, bitext_text__map(dec,
		h->marks.n ? h->ms + (tlen - h->mt) : tlen));
}

int bitext_html__load(bitext_doc *doc, const char *name, const char *html,
	size_t len, const text_marks *marks)
{
	xmlSAXHandler sax;
	html_state *h;
	size_t i;
	int error = 0;

	if (len > (size_t)INT32_MAX) {
		bitext_error_set(BITEXT_ELIMIT, "err_too_big", name, NULL);
		bitext_error_locate(name, 0, 0, -1);
		return BITEXT_ELIMIT;
	}
	if (!(h = calloc(1, sizeof(*h))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	h->html = html;
	h->len = len;
	h->has_article = has_article(html, len);
	h->ctxt = htmlCreateMemoryParserCtxt(html, (int)len);
	if (!h->ctxt) {
		error = bitext_error_set(BITEXT_EPARSE, "text_html_failed", name,
			"libxml2", NULL);
		goto cleanup;
	}
	htmlCtxtUseOptions(h->ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC |
		HTML_PARSE_NOIMPLIED);
	memset(&sax, 0, sizeof(sax));
	sax.startElement = sax_start;
	sax.endElement = sax_end;
	sax.characters = sax_chars;
	sax.ignorableWhitespace = sax_chars;
	sax.cdataBlock = sax_cdata;
	sax.comment = sax_other;
	sax.processingInstruction = sax_pi;
	memcpy(h->ctxt->sax, &sax, sizeof(sax));
	h->ctxt->userData = h;
	xmlSwitchEncoding(h->ctxt, XML_CHAR_ENCODING_UTF8);
	htmlParseDocument(h->ctxt);
	if (!h->error)
		h_flush(h);
	if ((error = h->error) < 0)
		goto cleanup;
	if (!h->out.ptr && bitext_buf_put(&h->out, "", 0) < 0) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	if ((error = bitext_doc_set_text(doc, h->out.ptr, h->out.size)) < 0 ||
		(error = compose(doc, h, marks)) < 0)
		goto cleanup;
	for (i = 0; i < h->npara; i++)
		if ((error = bitext_doc_add_paragraph(doc, h->paras[i].start,
				h->paras[i].end, h->paras[i].kind)) < 0)
			goto cleanup;
cleanup:
	if (h->ctxt)
		htmlFreeParserCtxt(h->ctxt);
	bitext_buf_dispose(&h->out);
	bitext_text__marks_free(&h->marks);
	free(h->paras);
	free(h);
	return error;
}
