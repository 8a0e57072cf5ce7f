/*
 * odt.c - OpenDocument text (ODF 1.0-1.3, .odt) read into the paragraph
 * builder (office_int.h).
 *
 * Parts: styles.xml (named styles), then content.xml, whose automatic
 * styles come before office:body. Only office:body/office:text is text.
 *
 * What a reader of the document sees:
 *   - text:h is a heading, and so is a text:p whose paragraph style has a
 *     default outline level; a paragraph in a text:list-item is a list
 *     item; a table cell is one paragraph;
 *   - white space as ODF defines it: runs of space, tab and line end in
 *     the XML are one space, text:s gives its text:c spaces, text:tab a
 *     tab, text:line-break a line break; only text inside text:p or
 *     text:h counts;
 *   - tracked changes resolved to the final text: the text:tracked-changes
 *     region holds what was deleted and is skipped; inserted text stands
 *     in the body between its change marks;
 *   - hidden text out (a style with text:display="none", a hidden
 *     text:hidden-text field), comments (office:annotation) out, note
 *     citations out; fields show their content (their result);
 *   - notes (text:note) and text boxes (draw:text-box) after the paragraph
 *     that holds them;
 *   - bold, italic and underline by text style (automatic or named, with
 *     the styles they inherit) and links (text:a) become inline spans; a
 *     weight or slant set for any script (Western, Asian, complex) counts.
 */
#include "text/office_int.h"
#include "bitext/errors.h"

#include <stdlib.h>
#include <string.h>

#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_FO "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_SVG "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define NS_XLINK "http://www.w3.org/1999/xlink"

/* spans and links open inside each other; deeper ones inherit */
#define ODT_FRAMES 64
/* spaces one text:s may give */
#define ODT_MAX_SPACES 1000

typedef struct {
	int depth;               /* of the element that opened the frame */
	unsigned fmt;
	char *link;
} odt_frame;

typedef struct {
	text_part p;
	office_builder *b;
	office_styles styles;    /* "t:NAME" text, "p:NAME" paragraph */
	char key[256];           /* the style being read */
	char parent[256];        /* its parent's key */
	unsigned on, off;
	int in_body;             /* inside office:text */
	int in_p;                /* text:p / text:h open */
	int items;               /* text:list-item open */
	int space;               /* the last character put was white space */
	odt_frame fr[ODT_FRAMES];
	int nfr;                 /* may exceed ODT_FRAMES */
} odt_state;

static int is(odt_state *s, const char *ns, const char *local)
{
	return bitext_zip__is(&s->p, ns, local);
}

#define SKIPPED 2

static int skip(odt_state *s, int *after)
{
	int r = bitext_zip__part_skip(&s->p);

	if (r < 0)
		return r;
	*after = r;
	return SKIPPED;
}

/* ---- styles ------------------------------------------------------------- */

static void style_start(odt_state *s)
{
	char *fam = bitext_zip__attr(&s->p, "family", NS_STYLE);
	char *name = bitext_zip__attr(&s->p, "name", NS_STYLE);
	char *parent = bitext_zip__attr(&s->p, "parent-style-name", NS_STYLE);
	char *lvl = bitext_zip__attr(&s->p, "default-outline-level", NS_STYLE);

	s->key[0] = s->parent[0] = '\0';
	s->on = s->off = 0;
	if (fam && name && (!strcmp(fam, "text") || !strcmp(fam, "paragraph"))) {
		snprintf(s->key, sizeof(s->key), "%c:%s", fam[0], name);
		if (parent)
			snprintf(s->parent, sizeof(s->parent), "%c:%s", fam[0], parent);
		if (lvl && atoi(lvl) > 0 && fam[0] == 'p')
			s->on |= OFFICE_HEADING;
	}
	free(fam);
	free(name);
	free(parent);
	free(lvl);
}

static int style_end(odt_state *s)
{
	int error;

	if (!s->key[0])
		return 0;
	error = bitext_office__style_set(&s->styles, s->key, s->on, s->off,
		s->parent[0] ? s->parent : NULL);
	s->key[0] = '\0';
	return error;
}

static void flag(odt_state *s, unsigned f, int on)
{
	if (on)
		s->on |= f, s->off &= ~f;
	else
		s->off |= f, s->on &= ~f;
}

/* A property given for Western text (fo:NAME) and for Asian and complex
 * scripts (style:NAME-asian, -complex): 1 when any of them says `yes`
 * does, 0 when one is given and none does, -1 when none is given. */
static int script_prop(odt_state *s, const char *name,
	int (*yes)(const char *))
{
	char an[64], cn[64], *v[3];
	int i, given = 0, on = 0;

	snprintf(an, sizeof(an), "%s-asian", name);
	snprintf(cn, sizeof(cn), "%s-complex", name);
	v[0] = bitext_zip__attr(&s->p, name, NS_FO);
	v[1] = bitext_zip__attr(&s->p, an, NS_STYLE);
	v[2] = bitext_zip__attr(&s->p, cn, NS_STYLE);
	for (i = 0; i < 3; i++) {
		if (v[i]) {
			given = 1;
			on |= yes(v[i]);
		}
		free(v[i]);
	}
	return given ? on : -1;
}

static int is_bold(const char *v)
{
	return !strcmp(v, "bold") || atoi(v) >= 600;
}

static int is_italic(const char *v)
{
	return !strcmp(v, "italic") || !strcmp(v, "oblique");
}

static void text_props(odt_state *s)
{
	char *u = bitext_zip__attr(&s->p, "text-underline-style", NS_STYLE);
	char *d = bitext_zip__attr(&s->p, "display", NS_TEXT);
	int b = script_prop(s, "font-weight", is_bold);
	int i = script_prop(s, "font-style", is_italic);

	if (b >= 0)
		flag(s, OFFICE_BOLD, b);
	if (i >= 0)
		flag(s, OFFICE_ITALIC, i);
	if (u)
		flag(s, OFFICE_UNDERLINE, strcmp(u, "none") != 0);
	if (d)
		flag(s, OFFICE_HIDDEN, !strcmp(d, "none"));
	free(u);
	free(d);
}

/* A style:style start (whole, when empty), end, or text properties. */
static int styles_node(odt_state *s, int t)
{
	if (t == XML_READER_TYPE_ELEMENT && is(s, NS_STYLE, "style")) {
		style_start(s);
		if (xmlTextReaderIsEmptyElement(s->p.xr))
			return style_end(s);
	} else if (t == XML_READER_TYPE_END_ELEMENT && is(s, NS_STYLE, "style")) {
		return style_end(s);
	} else if (t == XML_READER_TYPE_ELEMENT && s->key[0] &&
	    is(s, NS_STYLE, "text-properties")) {
		text_props(s);
	}
	return 0;
}

/* ---- the body ----------------------------------------------------------- */

static unsigned cur_fmt(const odt_state *s)
{
	int n = s->nfr < ODT_FRAMES ? s->nfr : ODT_FRAMES;
	return n ? s->fr[n - 1].fmt : 0;
}

static const char *cur_link(const odt_state *s)
{
	int n = s->nfr < ODT_FRAMES ? s->nfr : ODT_FRAMES;
	return n ? s->fr[n - 1].link : NULL;
}

static int frame_push(odt_state *s, unsigned fmt, char *link)
{
	int n = s->nfr < ODT_FRAMES ? s->nfr : ODT_FRAMES;

	if (s->nfr < ODT_FRAMES) {
		s->fr[n].depth = xmlTextReaderDepth(s->p.xr);
		s->fr[n].fmt = fmt;
		s->fr[n].link = link ? link : (n ? (s->fr[n - 1].link ?
			strdup(s->fr[n - 1].link) : NULL) : NULL);
	} else {
		free(link);
	}
	s->nfr++;
	return 0;
}

static void frame_pop(odt_state *s)
{
	if (!s->nfr)
		return;
	s->nfr--;
	if (s->nfr < ODT_FRAMES) {
		free(s->fr[s->nfr].link);
		s->fr[s->nfr].link = NULL;
	}
}

static unsigned style_of(odt_state *s, char fam)
{
	char *n = bitext_zip__attr(&s->p, "style-name", NS_TEXT), key[256];
	unsigned f = 0;

	if (n) {
		snprintf(key, sizeof(key), "%c:%s", fam, n);
		f = bitext_office__style_flags(&s->styles, key);
	}
	free(n);
	return f;
}

/* Text in a paragraph, white space collapsed as ODF says. */
static int put_text(odt_state *s, const char *t)
{
	bitext_buf b = BITEXT_BUF_INIT;
	unsigned fmt = cur_fmt(s);
	int error = 0;

	if (!s->in_p || (fmt & OFFICE_HIDDEN))
		return 0;
	for (; *t; t++) {
		if (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r') {
			if (!s->space && bitext_buf_putc(&b, ' ') < 0)
				break;
			s->space = 1;
		} else {
			if (bitext_buf_putc(&b, *t) < 0)
				break;
			s->space = 0;
		}
	}
	if (b.failed)
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	else if (b.size)
		error = bitext_office__put(s->b, b.ptr, b.size,
			fmt & (OFFICE_BOLD | OFFICE_ITALIC | OFFICE_UNDERLINE),
			cur_link(s));
	bitext_buf_dispose(&b);
	return error;
}

/* Text that is not collapsed: text:s, text:tab, text:line-break. */
static int put_raw(odt_state *s, const char *t, size_t n)
{
	unsigned fmt = cur_fmt(s);

	if (!s->in_p || (fmt & OFFICE_HIDDEN))
		return 0;
	s->space = 0;
	return bitext_office__put(s->b, t, n,
		fmt & (OFFICE_BOLD | OFFICE_ITALIC | OFFICE_UNDERLINE), cur_link(s));
}

static int spaces(odt_state *s)
{
	char *c = bitext_zip__attr(&s->p, "c", NS_TEXT), buf[64];
	long n = c ? atol(c) : 1;
	int error = 0;

	free(c);
	if (n < 1)
		n = 1;
	if (n > ODT_MAX_SPACES)
		n = ODT_MAX_SPACES;
	memset(buf, ' ', sizeof(buf));
	while (n > 0 && !error) {
		long k = n > (long)sizeof(buf) ? (long)sizeof(buf) : n;
		error = put_raw(s, buf, (size_t)k);
		n -= k;
	}
	return error;
}

/* Elements whose content is out of the text. */
static int skipped(odt_state *s)
{
	char *h;
	int hidden;

	if (is(s, NS_TEXT, "tracked-changes") || is(s, NS_TEXT, "note-citation") ||
	    is(s, NS_OFFICE, "annotation") || is(s, NS_TEXT, "ruby-text") ||
	    is(s, NS_SVG, "title") || is(s, NS_SVG, "desc") ||
	    is(s, NS_OFFICE, "forms"))
		return 1;
	if (!is(s, NS_TEXT, "hidden-text"))
		return 0;
	h = bitext_zip__attr(&s->p, "is-hidden", NS_TEXT);
	hidden = h && !strcmp(h, "true");
	free(h);
	return hidden;
}

static int para_start(odt_state *s, int heading, int empty)
{
	unsigned f = style_of(s, 'p');
	bitext_para_kind k = heading || (f & OFFICE_HEADING) ?
		BITEXT_PARA_HEADING : s->items ? BITEXT_PARA_LIST_ITEM :
		BITEXT_PARA_TEXT;
	int error = bitext_office__para_begin(s->b, k);

	if (error < 0 || empty)
		return error < 0 ? error : bitext_office__para_end(s->b);
	s->in_p++;
	s->space = 1;
	return frame_push(s, cur_fmt(s) | (f & OFFICE_HIDDEN), NULL);
}

static int body_start(odt_state *s, int *after)
{
	int empty = xmlTextReaderIsEmptyElement(s->p.xr);

	if (skipped(s))
		return skip(s, after);
	if (is(s, NS_TEXT, "p") || is(s, NS_TEXT, "h"))
		return para_start(s, is(s, NS_TEXT, "h"), empty);
	if (is(s, NS_TEXT, "list-item") || is(s, NS_TEXT, "list-header"))
		s->items += !empty;
	else if (is(s, NS_TABLE, "table-cell") || is(s, NS_TABLE,
	    "covered-table-cell")) {
		int error = bitext_office__cell_begin(s->b);
		return error < 0 || !empty ? error : bitext_office__cell_end(s->b);
	} else if (is(s, NS_TEXT, "span") && !empty)
		return frame_push(s, cur_fmt(s) | style_of(s, 't'), NULL);
	else if (is(s, NS_TEXT, "a") && !empty)
		return frame_push(s, cur_fmt(s) | style_of(s, 't'),
			bitext_zip__attr(&s->p, "href", NS_XLINK));
	else if (is(s, NS_TEXT, "s"))
		return spaces(s);
	else if (is(s, NS_TEXT, "tab"))
		return put_raw(s, "\t", 1);
	else if (is(s, NS_TEXT, "line-break"))
		return put_raw(s, "\n", 1);
	return 0;
}

static int body_end(odt_state *s)
{
	int d = xmlTextReaderDepth(s->p.xr), n;

	/* the end of what opened the top frame (past ODT_FRAMES, the end of
	 * any element that opens frames) */
	n = s->nfr < ODT_FRAMES ? s->nfr : ODT_FRAMES;
	if ((is(s, NS_TEXT, "span") || is(s, NS_TEXT, "a") ||
	    is(s, NS_TEXT, "p") || is(s, NS_TEXT, "h")) &&
	    (s->nfr > ODT_FRAMES || (n && s->fr[n - 1].depth == d)))
		frame_pop(s);
	if (is(s, NS_TEXT, "p") || is(s, NS_TEXT, "h")) {
		if (s->in_p)
			s->in_p--;
		return bitext_office__para_end(s->b);
	}
	if ((is(s, NS_TEXT, "list-item") || is(s, NS_TEXT, "list-header")) &&
	    s->items)
		s->items--;
	else if (is(s, NS_TABLE, "table-cell") ||
	    is(s, NS_TABLE, "covered-table-cell"))
		return bitext_office__cell_end(s->b);
	return 0;
}

static int odt_node(odt_state *s, int t, int *after)
{
	if (!s->in_body) {
		if (t == XML_READER_TYPE_ELEMENT && is(s, NS_OFFICE, "text") &&
		    !xmlTextReaderIsEmptyElement(s->p.xr))
			s->in_body = 1;
		return styles_node(s, t);
	}
	if (t == XML_READER_TYPE_END_ELEMENT && is(s, NS_OFFICE, "text")) {
		s->in_body = 0;
		return 0;
	}
	if (t == XML_READER_TYPE_ELEMENT)
		return body_start(s, after);
	if (t == XML_READER_TYPE_END_ELEMENT)
		return body_end(s);
	if (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
	    t == XML_READER_TYPE_WHITESPACE ||
	    t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
		const char *v = (const char *)xmlTextReaderConstValue(s->p.xr);
		return v ? put_text(s, v) : 0;
	}
	return 0;
}

static int odt_part(odt_state *s, const char *entry)
{
	int r, error = 0, after = 0;

	if ((error = bitext_zip__part_open(&s->p, s->p.zip, entry)) < 0)
		return error;
	r = bitext_zip__part_next(&s->p);
	while (r == 1 && !error) {
		error = odt_node(s, xmlTextReaderNodeType(s->p.xr), &after);
		if (error == SKIPPED) {
			error = 0;
			r = after;
			continue;
		}
		if (!error)
			r = bitext_zip__part_next(&s->p);
	}
	if (!error && r < 0)
		error = r;
	bitext_zip__part_close(&s->p);
	return error;
}

int bitext_odt__read(text_zip *z, office_builder *b, const char *name)
{
	odt_state s;
	int error = 0;

	(void)name;
	memset(&s, 0, sizeof(s));
	s.p.zip = z;
	s.b = b;
	bitext_office__styles_init(&s.styles);
	if (bitext_zip__has(z, "styles.xml"))
		error = odt_part(&s, "styles.xml");
	s.in_body = 0;
	if (!error && !bitext_zip__has(z, "content.xml")) {
		error = bitext_error_set(BITEXT_EPARSE, "text_office_missing",
			"content.xml", NULL);
		bitext_error_locate(name, 0, 0, -1);
	}
	if (!error)
		error = odt_part(&s, "content.xml");
	while (s.nfr)
		frame_pop(&s);
	bitext_office__styles_dispose(&s.styles);
	return error;
}
