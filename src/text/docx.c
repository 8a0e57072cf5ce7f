/*
 * docx.c - Word documents (WordprocessingML, ECMA-376; transitional and
 * strict namespaces) read into the paragraph builder (office_int.h).
 *
 * Parts: word/styles.xml (paragraph and character styles), the
 * relationships of each part (link targets), word/footnotes.xml and
 * word/endnotes.xml (read first, put after the paragraph that cites each
 * note), then word/document.xml. Headers, footers and comments are not
 * the document's text and are not read.
 *
 * What a reader of the document sees:
 *   - w:p is a paragraph: a heading when its style (or one it is based
 *     on) is named "heading N" or "Title", or has an outline level; a
 *     list item when it or its style is numbered (w:numPr, numId not 0);
 *   - runs are joined; w:tab is a tab, w:br and w:cr line breaks,
 *     w:noBreakHyphen U+2011;
 *   - tracked changes resolved to the final text: w:ins and w:moveTo in,
 *     w:del and w:moveFrom out;
 *   - hidden text out (w:vanish, w:specVanish, directly or by character
 *     style), and field codes: between a w:fldChar "begin" and its
 *     "separate" nothing is shown (w:instrText), between "separate" and
 *     "end" the result is; fields nest; w:fldSimple shows its result;
 *   - table cells one paragraph each; text boxes (w:txbxContent) after
 *     their paragraph, once: the VML copy in mc:Fallback is skipped;
 *   - content-control properties, ruby text and deleted field codes out;
 *   - bold, italic, underline (directly or by character style) and links
 *     (w:hyperlink through the part's relationships, or a HYPERLINK
 *     field) become inline spans.
 */
#include "text/office_int.h"
#include "bitext/errors.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_WS "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_RS "http://purl.oclc.org/ooxml/officeDocument/relationships"
#define NS_MC "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define NS_PR "http://schemas.openxmlformats.org/package/2006/relationships"

/* fields open at once (nested): deeper ones count but keep no state */
#define DOCX_FIELDS 16

typedef struct {
	int code;                /* between begin and separate */
	char *link;              /* HYPERLINK target, shown in the result */
} docx_field;

typedef struct {
	text_part p;
	office_builder *b;
	office_styles styles;    /* "p:ID" paragraph, "c:ID" character */
	bitext_strmap rels;      /* relationship id -> offset + 1 in reltext */
	bitext_buf reltext;
	const char *name;
	/* paragraph properties */
	int in_ppr;
	unsigned p_on, p_off;
	/* run properties */
	int in_rpr;
	unsigned r_on, r_off, run_fmt;
	char *rstyle;
	int in_t;
	/* links and fields */
	char *link;              /* w:hyperlink target */
	int link_depth;
	char *simple_link;       /* w:fldSimple HYPERLINK target */
	int simple_depth;
	docx_field fld[DOCX_FIELDS];
	int nfld;                /* may exceed DOCX_FIELDS */
	int codes;               /* fields in their code part */
	int after_skip;          /* what the skip of a subtree read: 1, 0 */
	bitext_buf instr;        /* the code of the innermost field */
} docx_state;

static int is_w(docx_state *s, const char *local)
{
	return bitext_zip__is(&s->p, NS_W, local) ||
		bitext_zip__is(&s->p, NS_WS, local);
}

static char *w_attr(docx_state *s, const char *local)
{
	char *v = bitext_zip__attr(&s->p, local, NS_W);
	return v ? v : bitext_zip__attr(&s->p, local, NS_WS);
}

/* An on/off property (w:b, w:vanish ...): on unless val says off. */
static int w_on(docx_state *s)
{
	char *v = w_attr(s, "val");
	int on = !v || !(!strcmp(v, "0") || !strcasecmp(v, "false") ||
		!strcasecmp(v, "off") || !strcasecmp(v, "none"));
	free(v);
	return on;
}

static int nomem(void)
{
	return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
}

/* ---- relationships and styles ------------------------------------------ */

/* Read the external targets of rels part `entry` (absent: none). */
static int docx_rels(docx_state *s, const char *entry)
{
	int r, error = 0;

	bitext_map__str_dispose(&s->rels);
	bitext_map__str_init(&s->rels);
	bitext_buf_clear(&s->reltext);
	if (!bitext_zip__has(s->p.zip, entry))
		return 0;
	if ((error = bitext_zip__part_open(&s->p, s->p.zip, entry)) < 0)
		return error;
	while (!error && (r = bitext_zip__part_next(&s->p)) == 1) {
		char *id, *target, *mode;
		bitext_strmap_slot *sl;

		if (xmlTextReaderNodeType(s->p.xr) != XML_READER_TYPE_ELEMENT ||
		    !bitext_zip__is(&s->p, NS_PR, "Relationship"))
			continue;
		id = bitext_zip__attr(&s->p, "Id", NULL);
		target = bitext_zip__attr(&s->p, "Target", NULL);
		mode = bitext_zip__attr(&s->p, "TargetMode", NULL);
		if (id && target && mode && !strcmp(mode, "External")) {
			if (!(sl = bitext_map__str_put(&s->rels, id, strlen(id),
			    s->reltext.size + 1, NULL)) ||
			    bitext_buf_put(&s->reltext, target, strlen(target) + 1) < 0)
				error = nomem();
		}
		free(id);
		free(target);
		free(mode);
	}
	if (!error && r < 0)
		error = r;
	bitext_zip__part_close(&s->p);
	return error;
}

/* "heading 1" ... "heading 9" and "Title" name headings. */
static int heading_name(const char *n)
{
	return (!strncasecmp(n, "heading ", 8) && n[8] >= '1' && n[8] <= '9' &&
		!n[9]) || !strcasecmp(n, "title");
}

/* One property inside a w:style: its flags on or off. */
static void style_prop(docx_state *s, int in_rpr, unsigned *on,
	unsigned *off)
{
	unsigned f = 0;
	int set = 1;
	char *v;

	if (in_rpr) {
		if (is_w(s, "b"))
			f = OFFICE_BOLD;
		else if (is_w(s, "i"))
			f = OFFICE_ITALIC;
		else if (is_w(s, "u"))
			f = OFFICE_UNDERLINE;
		else if (is_w(s, "vanish") || is_w(s, "specVanish"))
			f = OFFICE_HIDDEN;
		set = f ? w_on(s) : 1;
	} else if (is_w(s, "outlineLvl")) {
		v = w_attr(s, "val");
		f = OFFICE_HEADING;
		set = v && atoi(v) >= 0 && atoi(v) < 9;
		free(v);
	} else if (is_w(s, "numId")) {
		v = w_attr(s, "val");
		f = OFFICE_LIST;
		set = v && strcmp(v, "0");
		free(v);
	}
	if (set)
		*on |= f, *off &= ~f;
	else
		*off |= f, *on &= ~f;
}

static int docx_styles(docx_state *s)
{
	char key[256], parent[256], *v;
	unsigned on = 0, off = 0;
	int r, error = 0, in_rpr = 0, in_style = 0, t;

	if (!bitext_zip__has(s->p.zip, "word/styles.xml"))
		return 0;
	if ((error = bitext_zip__part_open(&s->p, s->p.zip, "word/styles.xml")) < 0)
		return error;
	key[0] = parent[0] = '\0';
	while (!error && (r = bitext_zip__part_next(&s->p)) == 1) {
		t = xmlTextReaderNodeType(s->p.xr);
		if (t == XML_READER_TYPE_END_ELEMENT && is_w(s, "rPr")) {
			in_rpr = 0;
		} else if (t == XML_READER_TYPE_END_ELEMENT && is_w(s, "style")) {
			if (in_style && key[0])
				error = bitext_office__style_set(&s->styles, key, on, off,
					parent[0] ? parent : NULL);
			in_style = 0;
		} else if (t != XML_READER_TYPE_ELEMENT) {
			continue;
		} else if (is_w(s, "style")) {
			char *type = w_attr(s, "type"), *id = w_attr(s, "styleId");
			in_style = type && id && (!strcmp(type, "paragraph") ||
				!strcmp(type, "character"));
			if (in_style)
				snprintf(key, sizeof(key), "%c:%s", type[0], id);
			on = off = 0;
			parent[0] = '\0';
			free(type);
			free(id);
		} else if (in_style && is_w(s, "name")) {
			if ((v = w_attr(s, "val")) && key[0] == 'p' && heading_name(v))
				on |= OFFICE_HEADING;
			free(v);
		} else if (in_style && is_w(s, "basedOn")) {
			if ((v = w_attr(s, "val")))
				snprintf(parent, sizeof(parent), "%c:%s", key[0], v);
			free(v);
		} else if (in_style && is_w(s, "rPr")) {
			in_rpr = !xmlTextReaderIsEmptyElement(s->p.xr) && key[0] == 'c';
		} else if (in_style) {
			style_prop(s, in_rpr, &on, &off);
		}
	}
	if (!error && r < 0)
		error = r;
	bitext_zip__part_close(&s->p);
	return error;
}

/* ---- the text ----------------------------------------------------------- */

/* The target of a HYPERLINK field code ("HYPERLINK \"url\" \l anchor"). */
static char *field_link(const char *code)
{
	const char *p = code, *q;

	while (*p == ' ')
		p++;
	if (strncasecmp(p, "HYPERLINK", 9))
		return NULL;
	if (!(p = strchr(p + 9, '"')) || !(q = strchr(p + 1, '"')))
		return NULL;
	return strndup(p + 1, (size_t)(q - p - 1));
}

static const char *cur_link(docx_state *s)
{
	int i;

	for (i = (s->nfld < DOCX_FIELDS ? s->nfld : DOCX_FIELDS); i-- > 0;)
		if (s->fld[i].link)
			return s->fld[i].link;
	return s->simple_link ? s->simple_link : s->link;
}

static int put(docx_state *s, const char *t, size_t n)
{
	if (s->codes || (s->run_fmt & OFFICE_HIDDEN))
		return 0;
	return bitext_office__put(s->b, t, n,
		s->run_fmt & (OFFICE_BOLD | OFFICE_ITALIC | OFFICE_UNDERLINE),
		cur_link(s));
}

static void fld_char(docx_state *s)
{
	char *type = w_attr(s, "fldCharType");
	docx_field *f;

	if (!type)
		return;
	f = s->nfld && s->nfld <= DOCX_FIELDS ? &s->fld[s->nfld - 1] : NULL;
	if (!strcmp(type, "begin")) {
		if (s->nfld < DOCX_FIELDS) {
			s->fld[s->nfld].code = 1;
			s->fld[s->nfld].link = NULL;
		}
		s->nfld++;
		s->codes++;
		bitext_buf_clear(&s->instr);
	} else if (!strcmp(type, "separate") && s->nfld) {
		if (!f || f->code) {
			s->codes--;
			if (f) {
				f->code = 0;
				f->link = field_link(s->instr.ptr ? s->instr.ptr : "");
			}
		}
	} else if (!strcmp(type, "end") && s->nfld) {
		if (!f || f->code)
			s->codes--;
		if (f)
			free(f->link);
		s->nfld--;
	}
	free(type);
}

/* Run properties: direct formatting over the character style's. */
static void rpr_end(docx_state *s)
{
	unsigned st = 0;

	if (s->rstyle) {
		char key[256];
		snprintf(key, sizeof(key), "c:%s", s->rstyle);
		st = bitext_office__style_flags(&s->styles, key);
	}
	s->run_fmt = (st & ~s->r_off) | s->r_on;
	s->in_rpr = 0;
}

/* Paragraph properties: heading or list item, by style and directly. */
static void ppr_end(docx_state *s, const char *pstyle)
{
	unsigned st = 0, f;
	char key[256];

	if (pstyle) {
		snprintf(key, sizeof(key), "p:%s", pstyle);
		st = bitext_office__style_flags(&s->styles, key);
	}
	f = (st & ~s->p_off) | s->p_on;
	if (f & OFFICE_HEADING)
		bitext_office__para_kind(s->b, BITEXT_PARA_HEADING);
	else if (f & OFFICE_LIST)
		bitext_office__para_kind(s->b, BITEXT_PARA_LIST_ITEM);
	s->in_ppr = 0;
}

#define SKIPPED 2

/* Skip the current subtree: SKIPPED (s->after_skip says whether a node
 * follows) or an error. */
static int skip(docx_state *s)
{
	int r = bitext_zip__part_skip(&s->p);

	if (r < 0)
		return r;
	s->after_skip = r;
	return SKIPPED;
}

/* An element inside w:pPr or w:rPr. */
static int prop_start(docx_state *s, char **pstyle)
{
	unsigned f_on = 0, f_off = 0;

	if (s->in_ppr && is_w(s, "pStyle")) {
		free(*pstyle);
		*pstyle = w_attr(s, "val");
		return 0;
	}
	/* the paragraph mark's run properties, and the properties before a
	 * tracked change of formatting (they hold the old style) */
	if ((s->in_ppr && is_w(s, "rPr")) || is_w(s, "pPrChange") ||
	    is_w(s, "rPrChange") || is_w(s, "numberingChange"))
		return skip(s);
	if (s->in_rpr && is_w(s, "rStyle")) {
		free(s->rstyle);
		s->rstyle = w_attr(s, "val");
		return 0;
	}
	style_prop(s, s->in_rpr, &f_on, &f_off);
	if (s->in_ppr) {
		s->p_on = (s->p_on & ~f_off) | f_on;
		s->p_off = (s->p_off & ~f_on) | f_off;
	} else {
		s->r_on = (s->r_on & ~f_off) | f_on;
		s->r_off = (s->r_off & ~f_on) | f_off;
	}
	return 0;
}

/* Elements whose whole content is out of the text. */
static int skipped(docx_state *s)
{
	static const char *const w[] = { "del", "moveFrom", "delText",
		"delInstrText", "sdtPr", "rt", "commentReference", "sym", NULL };
	int i;

	for (i = 0; w[i]; i++)
		if (is_w(s, w[i]))
			return 1;
	return bitext_zip__is(&s->p, NS_MC, "Fallback");
}

/* A note (foot 1: footnote, 0: endnote) begun (cite 0) or cited (1). */
static int note(docx_state *s, int foot, int cite)
{
	char *id = w_attr(s, "id"), key[64];
	int error = 0;

	if (id) {
		snprintf(key, sizeof(key), "%c%s", foot ? 'f' : 'e', id);
		error = cite ? bitext_office__note_cite(s->b, key) :
			bitext_office__note_begin(s->b, key);
	}
	free(id);
	return error;
}

static int link_start(docx_state *s)
{
	char *id = bitext_zip__attr(&s->p, "id", NS_R), *anchor;
	bitext_strmap_slot *sl;

	if (!id)
		id = bitext_zip__attr(&s->p, "id", NS_RS);
	free(s->link);
	s->link = NULL;
	if (id && (sl = bitext_map__str_get(&s->rels, id, strlen(id))))
		s->link = strdup(s->reltext.ptr + sl->value - 1);
	else if ((anchor = w_attr(s, "anchor")) != NULL) {
		size_t n = strlen(anchor);
		if ((s->link = malloc(n + 2))) {
			s->link[0] = '#';
			memcpy(s->link + 1, anchor, n + 1);
		}
		free(anchor);
	}
	free(id);
	s->link_depth = xmlTextReaderDepth(s->p.xr);
	return 0;
}

/* A start tag of the body: 0, SKIPPED, or an error. */
static int body_start(docx_state *s, char **pstyle)
{
	int empty = xmlTextReaderIsEmptyElement(s->p.xr), error = 0;
	char *v;

	if (s->in_ppr || s->in_rpr)
		return prop_start(s, pstyle);
	if (skipped(s))
		return skip(s);
	if (is_w(s, "p")) {
		error = bitext_office__para_begin(s->b, BITEXT_PARA_TEXT);
		if (!error && empty)
			error = bitext_office__para_end(s->b);
	} else if (is_w(s, "pPr") && !empty) {
		s->in_ppr = 1;
		s->p_on = s->p_off = 0;
		free(*pstyle);
		*pstyle = NULL;
	} else if (is_w(s, "r")) {
		s->run_fmt = s->r_on = s->r_off = 0;
		free(s->rstyle);
		s->rstyle = NULL;
	} else if (is_w(s, "rPr") && !empty) {
		s->in_rpr = 1;
	} else if (is_w(s, "t")) {
		s->in_t = !empty;
	} else if (is_w(s, "tab")) {
		error = put(s, "\t", 1);
	} else if (is_w(s, "br") || is_w(s, "cr")) {
		error = put(s, "\n", 1);
	} else if (is_w(s, "noBreakHyphen")) {
		error = put(s, "\xE2\x80\x91", 3);
	} else if (is_w(s, "instrText")) {
		xmlChar *c = xmlTextReaderReadString(s->p.xr);
		if (c && bitext_buf_puts(&s->instr, (const char *)c) < 0)
			error = nomem();
		xmlFree(c);
		return error < 0 ? error : skip(s);
	} else if (is_w(s, "fldChar")) {
		fld_char(s);
	} else if (is_w(s, "fldSimple") && !empty) {
		v = w_attr(s, "instr");
		free(s->simple_link);
		s->simple_link = v ? field_link(v) : NULL;
		s->simple_depth = xmlTextReaderDepth(s->p.xr);
		free(v);
	} else if (is_w(s, "hyperlink") && !empty) {
		error = link_start(s);
	} else if (is_w(s, "tc")) {
		error = bitext_office__cell_begin(s->b);
		if (!error && empty)
			error = bitext_office__cell_end(s->b);
	} else if (is_w(s, "footnoteReference")) {
		error = note(s, 1, 1);
	} else if (is_w(s, "endnoteReference")) {
		error = note(s, 0, 1);
	} else if ((is_w(s, "footnote") || is_w(s, "endnote")) && !empty) {
		error = note(s, is_w(s, "footnote"), 0);
	}
	return error;
}

static int body_end(docx_state *s, const char *pstyle)
{
	int d = xmlTextReaderDepth(s->p.xr);

	if (s->in_rpr && is_w(s, "rPr"))
		rpr_end(s);
	else if (s->in_ppr && is_w(s, "pPr"))
		ppr_end(s, pstyle);
	else if (is_w(s, "t"))
		s->in_t = 0;
	else if (is_w(s, "p"))
		return bitext_office__para_end(s->b);
	else if (is_w(s, "tc"))
		return bitext_office__cell_end(s->b);
	else if (is_w(s, "hyperlink") && d == s->link_depth) {
		free(s->link);
		s->link = NULL;
	} else if (is_w(s, "fldSimple") && d == s->simple_depth) {
		free(s->simple_link);
		s->simple_link = NULL;
	} else if (is_w(s, "footnote") || is_w(s, "endnote"))
		bitext_office__note_end(s->b);
	return 0;
}

/* Read the text of part `entry` (document, footnotes or endnotes). */
static int docx_part(docx_state *s, const char *entry)
{
	char *pstyle = NULL;
	int r, t, error = 0;

	if ((error = bitext_zip__part_open(&s->p, s->p.zip, entry)) < 0)
		return error;
	r = bitext_zip__part_next(&s->p);
	while (r == 1 && !error) {
		t = xmlTextReaderNodeType(s->p.xr);
		if (t == XML_READER_TYPE_ELEMENT) {
			if ((error = body_start(s, &pstyle)) == SKIPPED) {
				/* the reader is on the node after the subtree */
				error = 0;
				r = s->after_skip;
				continue;
			}
		} else if (t == XML_READER_TYPE_END_ELEMENT) {
			error = body_end(s, pstyle);
		} else if (s->in_t && (t == XML_READER_TYPE_TEXT ||
		    t == XML_READER_TYPE_CDATA ||
		    t == XML_READER_TYPE_WHITESPACE ||
		    t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
			const char *v = (const char *)xmlTextReaderConstValue(s->p.xr);
			if (v)
				error = put(s, v, strlen(v));
		}
		if (!error)
			r = bitext_zip__part_next(&s->p);
	}
	if (!error && r < 0)
		error = r;
	free(pstyle);
	bitext_zip__part_close(&s->p);
	return error;
}

static void state_reset(docx_state *s)
{
	while (s->nfld > 0) {
		if (s->nfld <= DOCX_FIELDS)
			free(s->fld[s->nfld - 1].link);
		s->nfld--;
	}
	s->codes = 0;
	s->in_ppr = s->in_rpr = s->in_t = 0;
	s->run_fmt = 0;
	free(s->link);
	free(s->simple_link);
	free(s->rstyle);
	s->link = s->simple_link = s->rstyle = NULL;
}

int bitext_docx__read(text_zip *z, office_builder *b, const char *name)
{
	static const char *const parts[][2] = {
		{ "word/footnotes.xml", "word/_rels/footnotes.xml.rels" },
		{ "word/endnotes.xml", "word/_rels/endnotes.xml.rels" },
		{ "word/document.xml", "word/_rels/document.xml.rels" },
	};
	docx_state s;
	size_t i;
	int error = 0;

	memset(&s, 0, sizeof(s));
	s.p.zip = z;
	s.b = b;
	s.name = name;
	bitext_office__styles_init(&s.styles);
	bitext_map__str_init(&s.rels);
	error = docx_styles(&s);
	for (i = 0; i < 3 && !error; i++) {
		if (!bitext_zip__has(z, parts[i][0]))
			continue;
		s.p.zip = z;
		if ((error = docx_rels(&s, parts[i][1])) < 0)
			break;
		s.p.zip = z;
		error = docx_part(&s, parts[i][0]);
		state_reset(&s);
	}
	state_reset(&s);
	bitext_office__styles_dispose(&s.styles);
	bitext_map__str_dispose(&s.rels);
	bitext_buf_dispose(&s.reltext);
	bitext_buf_dispose(&s.instr);
	return error;
}
