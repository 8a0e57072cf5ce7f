/*
 * xliff_read.c - XLIFF 1.0/1.1/1.2 and 2.0/2.1 read as translation units,
 * on the streaming TMX reader's XML stream (tmx_read.c): the same parser,
 * the same safety settings (no network, no DTD, no external entity, entity
 * references refused) and the same messages with file, line and column.
 *
 * Units. Every translated segment is one unit of two variants, source and
 * target, whose segments are TMX <seg> content:
 *   - 1.x: a <trans-unit> whose <target> is not empty; when it has a
 *     <seg-source>, each <mrk mtype="seg"> of it is a unit, paired with the
 *     target's <mrk mtype="seg"> of the same mid (memoQ, Trados, Okapi);
 *   - 2.x: each <segment> of a <unit> whose <target> is not empty
 *     (<ignorable> is not translated text).
 * The tuid is the unit's id, "id/mid" for a segment of a segmented 1.x
 * unit, "id/segment-id" (or "id/N") when a 2.x unit has several segments.
 * Props: x-file (the file's original, else its id), x-id (the unit id),
 * x-segment (mid or segment id), x-state, x-state-qualifier (1.x) or
 * x-substate (2.x), x-approved (1.x). Notes of the unit become its notes.
 * Left out: units and groups with translate="no" (inherited by what they
 * hold), units without a target, <alt-trans> (other translations, not
 * this unit's), headers, skeletons and every element of another namespace
 * (sdl:, mq:, mda: ... - ignored on read), and the PO header unit
 * translate-toolkit writes (restype="x-gettext-domain-header").
 *
 * Inline codes become TMX inline codes, numbered per unit so that source
 * and target codes of one id get one number:
 *   1.x: g -> bpt/ept, x -> ph, bx/ex -> it begin/end, ph bpt ept it -> the
 *        same (native content kept, it open/close -> begin/end), mrk -> hi;
 *   2.x: ph -> ph, pc -> bpt/ept, sc/ec -> bpt/ept (isolated: it), mrk -> hi,
 *        sm/em dropped (annotation bounds), cp -> the character when XML
 *        allows it.
 * Each segment is built here at once as TMX <seg> XML, its plain text and
 * its codes, as the TMX reader derives them from such XML
 * (bitext_tmx__seg_parse), and handed to the unit as they are
 * (bitext_tmx__unit_add_tuv_parts): the XLIFF is parsed once.
 * Memory: one unit's strings in a pool reset per unit.
 */
#include "tmx/tmx_int.h"
#include "util/limits.h"
#include "util/utf8.h"

#include "util/vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XL_MAX_STACK 64

/* The content of a segment: TMX <seg> inner XML, text and codes. */
typedef struct xl_part {
	const char *xml;
	const char *text;
	size_t text_len;
	const bitext_tmx_code *codes;
	size_t ncodes;
} xl_part;

/* A part being built (scratch; the codes' strings are in the unit's pool). */
typedef struct xl_build {
	bitext_buf xml, text;
	bitext_tmx_code *codes;
	size_t ncodes, cap;
} xl_build;

/* One translated segment waiting to become a unit. */
typedef struct xl_seg {
	const char *id;          /* mid / segment id, NULL: the whole unit */
	const xl_part *src;      /* the source */
	const xl_part *tgt;      /* NULL: no target */
	const char *tgt_lang;    /* target's xml:lang, or NULL */
	const char *state;       /* state attribute */
	const char *qualifier;   /* state-qualifier / subState */
} xl_seg;

/* Segments of one element's content (seg-source, target): by mid. */
typedef struct xl_list {
	const char **mid;
	const xl_part **part;
	size_t n;
} xl_list;

/* An inline element still open: its depth and what closes it. */
typedef struct xl_open {
	int depth;
	int kind;                /* 0 nothing, 1 ept i=n, 2 </hi>, 3 segment */
	int n;
	const char *mid;
} xl_open;

typedef struct tmx_xliff {
	int v2;                  /* XLIFF 2.x */
	const xmlChar *ns;       /* the document's namespace (interned) */
	char *srclang, *tgtlang; /* of the current file (1.x) or document (2.x) */
	char *file;              /* x-file of the current file */
	unsigned char no[BITEXT_MAX_XML_DEPTH + 2]; /* translate="no" by depth */
	int have_node;           /* the reader stands on a node not handled yet */
	int done;
	tmx_pool pool;           /* strings of the current unit */
	xl_seg *segs;            /* its segments waiting */
	size_t nsegs, next;
	const char *unit_id;
	const char *approved;
	const char **notes;
	size_t nnotes;
	long line, col;
	const char **ids;        /* inline ids of the unit; number = index + 1 */
	size_t nids;
	xl_open open[XL_MAX_STACK];
	int nopen;
	xl_build whole, seg;     /* the content read, the <mrk> segment in it */
	bitext_buf tmp;          /* scratch */
	int nomem;               /* a copy of an attribute failed */
} tmx_xliff;

/* An attribute's value in the unit's pool, or NULL when absent; a copy
 * that fails sets x->nomem (and gives NULL), which xl_start and xl_next
 * turn into the error. */
static const char *xl_attr(tmx_xliff *x, xmlTextReaderPtr xr, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(xr, BAD_CAST name);
	const char *s = v ? bitext_tmx__pool_strdup(&x->pool, cstr(v)) : NULL;

	if (v && !s)
		x->nomem = 1;
	xmlFree(v);
	return s;
}

/* The same, malloc'd. */
static char *xl_attr_dup(tmx_xliff *x, xmlTextReaderPtr xr, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(xr, BAD_CAST name);
	char *s = v ? strdup(cstr(v)) : NULL;

	if (v && !s)
		x->nomem = 1;
	xmlFree(v);
	return s;
}

/* A language attribute of the element the reader stands on: 1 with its
 * canonical form in x->tmp; one that is not a language tag is a problem
 * there (0 for LENIENT and RECOVER readers: kept as written), or the
 * error. */
static int xl_lang_check(bitext_tmx_reader *r, tmx_xliff *x, const char *v,
	const char *attr)
{
	long line = bitext_tmx__read_line(r);

	return bitext_tmx__read_lang(r, line, bitext_tmx__read_col(r, line), v,
		attr, &x->tmp);
}

/* Such an attribute made canonical in place (malloc'd): 0 or the error. */
static int xl_lang(bitext_tmx_reader *r, tmx_xliff *x, char **v,
	const char *attr)
{
	int ret = *v ? xl_lang_check(r, x, *v, attr) : 0;
	char *c;

	if (ret != 1)
		return ret < 0 ? ret : 0;
	if (!(c = strdup(x->tmp.ptr)))
		return NOMEM();
	free(*v);
	*v = c;
	return 0;
}

/* The same for an attribute kept in the unit's pool. */
static int xl_lang_pool(bitext_tmx_reader *r, tmx_xliff *x, const char **v,
	const char *attr)
{
	int ret = *v ? xl_lang_check(r, x, *v, attr) : 0;

	if (ret != 1)
		return ret < 0 ? ret : 0;
	if (!(*v = bitext_tmx__pool_strdup(&x->pool, x->tmp.ptr)))
		return NOMEM();
	return 0;
}

/* The element stands in the document's namespace (else: an extension). */
static int xl_ours(tmx_xliff *x, xmlTextReaderPtr xr)
{
	const xmlChar *ns = xmlTextReaderConstNamespaceUri(xr);

	if (!ns || !x->ns)
		return ns == x->ns;
	return !strcmp(cstr(ns), cstr(x->ns));
}

static int xl_is(xmlTextReaderPtr xr, const char *name)
{
	const xmlChar *n = xmlTextReaderConstLocalName(xr);

	return n && !strcmp(cstr(n), name);
}

/* Step to the next node inside the element that stood at depth0: 1, 0
 * at its end (or at once for an empty element, *empty0 set), or an
 * error (a file that ends inside it). */
static int xl_inside(bitext_tmx_reader *r, int depth0, int *empty0)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int ret;

	if (*empty0)
		return 0;
	if ((ret = bitext_tmx__read_node(r)) != 1)
		return bitext_tmx__read_fail(r, ret < 0 ? ret : BITEXT_EPARSE);
	if (xmlTextReaderNodeType(xr) == XML_READER_TYPE_END_ELEMENT &&
	    xmlTextReaderDepth(xr) == depth0) {
		*empty0 = 1;
		return 0;
	}
	return 1;
}

/* Step over the element the reader stands on, content and all. */
static int xl_skip(bitext_tmx_reader *r)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int depth0 = xmlTextReaderDepth(xr), ret;
	int empty0 = xmlTextReaderIsEmptyElement(xr);

	while ((ret = xl_inside(r, depth0, &empty0)) == 1)
		;
	return ret;
}

/* An entity reference: refused as by the TMX reader (with RECOVER, the
 * unit is marked bad and reading goes on). */
static int xl_entity(bitext_tmx_reader *r)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	long line = bitext_tmx__read_line(r);

	return bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_XML, line,
		bitext_tmx__read_col(r, line), "tmx_entity",
		cstr(xmlTextReaderConstName(xr)), NULL);
}

/* The text of a text-only element (note) into the pool; NULL on error. */
static int xl_text(bitext_tmx_reader *r, tmx_xliff *x, const char **out)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int depth0 = xmlTextReaderDepth(xr), ret, type;
	int empty0 = xmlTextReaderIsEmptyElement(xr);
	const char *v;

	*out = NULL;
	bitext_buf_clear(&x->tmp);
	bitext_buf_puts(&x->tmp, "");
	while ((ret = xl_inside(r, depth0, &empty0)) == 1) {
		type = xmlTextReaderNodeType(xr);
		if (type == XML_READER_TYPE_ENTITY_REFERENCE &&
		    (ret = xl_entity(r)) < 0)
			return ret;
		if (!bitext_tmx__is_text_node(type))
			continue;
		v = cstr(xmlTextReaderConstValue(xr));
		if (bitext_buf_puts(&x->tmp, v ? v : "") < 0)
			return NOMEM();
	}
	if (ret < 0)
		return ret;
	if (!(*out = bitext_tmx__pool_strdup(&x->pool, x->tmp.ptr)))
		return NOMEM();
	return 0;
}

/* ---- inline content -------------------------------------------------------- */

/* The number of inline id `id` in the current unit (1-based). */
static int xl_id(tmx_xliff *x, const char *id)
{
	size_t i;

	if (!id)
		id = "";
	for (i = 0; i < x->nids; i++)
		if (!strcmp(x->ids[i], id))
			return (int)i + 1;
	if (bitext_tmx__pool_grow(&x->pool, (void **)&x->ids, x->nids,
	    sizeof(*x->ids)) < 0)
		return -1;
	if (!(x->ids[x->nids] = bitext_tmx__pool_strdup(&x->pool, id)))
		return -1;
	return (int)++x->nids;
}

static void xb_clear(xl_build *b)
{
	bitext_buf_clear(&b->xml);
	bitext_buf_puts(&b->xml, "");
	bitext_buf_clear(&b->text);
	bitext_buf_puts(&b->text, "");
	b->ncodes = 0;
}

static void xb_dispose(xl_build *b)
{
	bitext_buf_dispose(&b->xml);
	bitext_buf_dispose(&b->text);
	free(b->codes);
}

/* A code at the current end of b's text (its strings already pooled). */
static int xb_code(xl_build *b, const bitext_tmx_code *c)
{
	if (bitext__grow((void **)&b->codes, &b->cap, b->ncodes + 1,
	    sizeof(*b->codes)) < 0)
		return NOMEM();
	b->codes[b->ncodes] = *c;
	b->codes[b->ncodes++].offset = b->text.size;
	return 0;
}

/* The part built in b, copied into the unit's pool; NULL: no memory. */
static const xl_part *xb_save(tmx_xliff *x, const xl_build *b)
{
	xl_part *p = bitext_tmx__pool_alloc(&x->pool, sizeof(*p));
	bitext_tmx_code *c = NULL;

	if (!p)
		return NULL;
	if (b->ncodes && !(c = bitext_tmx__pool_alloc(&x->pool,
	    b->ncodes * sizeof(*c))))
		return NULL;
	if (b->ncodes)
		memcpy(c, b->codes, b->ncodes * sizeof(*c));
	p->xml = bitext_tmx__pool_strndup(&x->pool, b->xml.ptr ? b->xml.ptr : "",
		b->xml.size);
	p->text = bitext_tmx__pool_strndup(&x->pool, b->text.ptr ? b->text.ptr :
		"", b->text.size);
	p->text_len = b->text.size;
	p->codes = c;
	p->ncodes = b->ncodes;
	return p->xml && p->text ? p : NULL;
}

/* Append markup to the whole content and, inside a segment, to the
 * segment; with a code kind (>= 0), that code comes at this point too. */
static int xl_put(tmx_xliff *x, int in_seg, const char *s)
{
	if (bitext_buf_puts(&x->whole.xml, s) < 0 ||
	    (in_seg && bitext_buf_puts(&x->seg.xml, s) < 0))
		return NOMEM();
	return 0;
}

/* Text: escaped in the XML, as it is in the text. */
static int xl_put_text(tmx_xliff *x, int in_seg, const char *s)
{
	size_t n = strlen(s);

	if (bitext_buf_put_xml_text(&x->whole.xml, s, n) < 0 ||
	    bitext_buf_put(&x->whole.text, s, n) < 0 ||
	    (in_seg && (bitext_buf_put_xml_text(&x->seg.xml, s, n) < 0 ||
	    bitext_buf_put(&x->seg.text, s, n) < 0)))
		return NOMEM();
	return 0;
}

/* A code where the content stands now (both builds when in a segment). */
static int xl_add_code(tmx_xliff *x, int in_seg, const bitext_tmx_code *c)
{
	int error;

	if ((error = xb_code(&x->whole, c)) < 0 ||
	    (in_seg && (error = xb_code(&x->seg, c)) < 0))
		return error;
	return 0;
}

/* <hi> opens or closes: the markup and its code. */
static int xl_hi(tmx_xliff *x, int in_seg, int open)
{
	bitext_tmx_code c;

	memset(&c, 0, sizeof(c));
	c.kind = open ? BITEXT_TMX_CODE_HI : BITEXT_TMX_CODE_HI_END;
	c.content = "";
	if (xl_add_code(x, in_seg, &c) < 0)
		return NOMEM();
	return xl_put(x, in_seg, open ? "<hi>" : "</hi>");
}

/* A number as a string in the unit's pool (0: NULL, no attribute). */
static const char *xl_num(tmx_xliff *x, int n)
{
	char b[16];
	const char *s;

	if (!n)
		return NULL;
	snprintf(b, sizeof(b), "%d", n);
	if (!(s = bitext_tmx__pool_strdup(&x->pool, b)))
		x->nomem = 1;
	return s;
}

/* A TMX code `<kind i=.. pos=.. x=..>content</kind>` (the attributes that
 * are set, in that order); content is raw XML (native code). */
static int xl_code(tmx_xliff *x, int in_seg, bitext_tmx_code_kind kind,
	int i, const char *pos, int xn, const char *content)
{
	static const char *names[] = { "bpt", "ept", "ph", "it", "ut", "hi" };
	const char *name;
	bitext_tmx_code c;
	char b[160];
	int error;

	memset(&c, 0, sizeof(c));
	if (kind == BITEXT_TMX_CODE_HI)
		return (error = xl_hi(x, in_seg, 1)) < 0 ? error : xl_hi(x, in_seg, 0);
	name = names[kind == BITEXT_TMX_CODE_BPT ? 0 : kind == BITEXT_TMX_CODE_EPT ?
		1 : kind == BITEXT_TMX_CODE_PH ? 2 : kind == BITEXT_TMX_CODE_IT ? 3 : 4];
	c.kind = kind;
	c.i = xl_num(x, i);
	c.x = xl_num(x, xn);
	c.pos = pos;
	c.content = *content ? bitext_tmx__pool_strdup(&x->pool, content) : "";
	if (x->nomem || !c.content)
		return NOMEM();
	snprintf(b, sizeof(b), "<%s", name);
	if (i)
		snprintf(b + strlen(b), sizeof(b) - strlen(b), " i=\"%d\"", i);
	if (pos)
		snprintf(b + strlen(b), sizeof(b) - strlen(b), " pos=\"%s\"", pos);
	if (xn)
		snprintf(b + strlen(b), sizeof(b) - strlen(b), " x=\"%d\"", xn);
	strcat(b, ">");
	if ((error = xl_add_code(x, in_seg, &c)) < 0 ||
	    (error = xl_put(x, in_seg, b)) < 0 ||
	    (error = xl_put(x, in_seg, content)) < 0)
		return error;
	snprintf(b, sizeof(b), "</%s>", name);
	return xl_put(x, in_seg, b);
}

static int xl_push(bitext_tmx_reader *r, tmx_xliff *x, int depth, int kind,
	int n, const char *mid)
{
	long line;

	if (x->nopen >= XL_MAX_STACK) {
		line = bitext_tmx__read_line(r);
		bitext_error_set(BITEXT_ELIMIT, "xliff_too_deep", NULL);
		bitext_error_locate(bitext_tmx__reader_path(r), line,
			bitext_tmx__read_col(r, line), -1);
		return BITEXT_ELIMIT;
	}
	x->open[x->nopen++] = (xl_open){ depth, kind, n, mid };
	return 0;
}

/* g (1.x) or pc (2.x): a bpt now, its ept when the element ends. */
static int xl_pair(bitext_tmx_reader *r, tmx_xliff *x, int in_seg, int depth,
	int n, int empty)
{
	int error;

	if ((error = xl_code(x, in_seg, BITEXT_TMX_CODE_BPT, n, NULL, n, "")) < 0)
		return error;
	return empty ? xl_code(x, in_seg, BITEXT_TMX_CODE_EPT, n, NULL, 0, "") :
		xl_push(r, x, depth, 1, n, NULL);
}

/* The native content of ph/bpt/ept/it (1.x), as raw XML (may hold <sub>). */
static int xl_native(bitext_tmx_reader *r, tmx_xliff *x)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int ret;

	bitext_buf_clear(&x->tmp);
	bitext_buf_puts(&x->tmp, "");
	if (xmlTextReaderIsEmptyElement(xr))
		return 0;
	ret = bitext_tmx__raw_content(xr, &x->tmp, NULL);
	if (ret == 1)
		return 0;
	return bitext_tmx__read_fail(r, ret < 0 ? ret : BITEXT_EPARSE);
}

/* An inline element of XLIFF 1.x, the reader on its start. */
static int xl_inline1(bitext_tmx_reader *r, tmx_xliff *x, int in_seg,
	int depth)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	const char *id = xl_attr(x, xr, "id"), *rid = xl_attr(x, xr, "rid");
	const char *pos;
	int empty = xmlTextReaderIsEmptyElement(xr), n, error;

	if ((n = xl_id(x, xl_is(xr, "ex") || xl_is(xr, "ept") ?
	    (rid ? rid : id) : id)) < 0)
		return NOMEM();
	if (xl_is(xr, "g"))
		return xl_pair(r, x, in_seg, depth, n, empty);
	if (xl_is(xr, "x"))
		return xl_code(x, in_seg, BITEXT_TMX_CODE_PH, 0, NULL, n, "");
	if (xl_is(xr, "bx") || xl_is(xr, "ex"))
		return xl_code(x, in_seg, BITEXT_TMX_CODE_IT, 0, xl_is(xr, "bx") ?
			"begin" : "end", n, "");
	if (xl_is(xr, "mrk")) {
		if (empty)
			return xl_code(x, in_seg, BITEXT_TMX_CODE_HI, 0, NULL, 0, "");
		if ((error = xl_hi(x, in_seg, 1)) < 0)
			return error;
		return xl_push(r, x, depth, 2, 0, NULL);
	}
	pos = xl_attr(x, xr, "pos");
	if ((error = xl_native(r, x)) < 0)
		return error;
	if (xl_is(xr, "ph"))
		return xl_code(x, in_seg, BITEXT_TMX_CODE_PH, 0, NULL, n, x->tmp.ptr);
	if (xl_is(xr, "bpt") || xl_is(xr, "ept"))
		return xl_code(x, in_seg, xl_is(xr, "bpt") ? BITEXT_TMX_CODE_BPT :
			BITEXT_TMX_CODE_EPT, n, NULL, 0, x->tmp.ptr);
	return xl_code(x, in_seg, BITEXT_TMX_CODE_IT, 0, pos &&
		!strcmp(pos, "close") ? "end" : "begin", n, x->tmp.ptr);
}

/* A character of <cp hex="..."/>, when XML allows it. */
static int xl_cp(tmx_xliff *x, int in_seg, const char *hex)
{
	char u[8];
	unsigned long c = hex ? strtoul(hex, NULL, 16) : 0;
	size_t n;

	if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000))
		return 0;
	n = bitext_utf8__encode(u, (int32_t)c);
	u[n] = '\0';
	if (bitext_tmx__xml_text_check(u, n) != (size_t)-1)
		return 0;
	return xl_put_text(x, in_seg, u);
}

/* An inline element of XLIFF 2.x, the reader on its start. */
static int xl_inline2(bitext_tmx_reader *r, tmx_xliff *x, int in_seg,
	int depth)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	const char *id = xl_attr(x, xr, "id"), *iso = xl_attr(x, xr, "isolated");
	int empty = xmlTextReaderIsEmptyElement(xr), n, error;
	int isolated = iso && !strcmp(iso, "yes");

	if (xl_is(xr, "cp"))
		return xl_cp(x, in_seg, xl_attr(x, xr, "hex"));
	if (xl_is(xr, "sm") || xl_is(xr, "em"))
		return 0;
	if (xl_is(xr, "ec") && !isolated)
		id = xl_attr(x, xr, "startRef");
	if ((n = xl_id(x, id)) < 0)
		return NOMEM();
	if (xl_is(xr, "ph")) {
		error = xl_code(x, in_seg, BITEXT_TMX_CODE_PH, 0, NULL, n, "");
	} else if (xl_is(xr, "sc") || xl_is(xr, "ec")) {
		if (isolated)
			error = xl_code(x, in_seg, BITEXT_TMX_CODE_IT, 0,
				xl_is(xr, "sc") ? "begin" : "end", n, "");
		else
			error = xl_code(x, in_seg, xl_is(xr, "sc") ?
				BITEXT_TMX_CODE_BPT : BITEXT_TMX_CODE_EPT, n, NULL, 0, "");
	} else if (xl_is(xr, "pc")) {
		return xl_pair(r, x, in_seg, depth, n, empty);
	} else if (xl_is(xr, "mrk")) {
		if (empty)
			return xl_code(x, in_seg, BITEXT_TMX_CODE_HI, 0, NULL, 0, "");
		if ((error = xl_hi(x, in_seg, 1)) < 0)
			return error;
		return xl_push(r, x, depth, 2, 0, NULL);
	} else {
		error = 0;
	}
	if (error == 0 && !empty)
		error = xl_skip(r);   /* ph, sc, ec hold nothing; others unknown */
	return error;
}

/* An inline element closes: what it left open. */
static int xl_close(tmx_xliff *x, xl_list *segs, int depth, int *in_seg)
{
	xl_open o;
	const xl_part *part;

	if (x->nopen == 0 || x->open[x->nopen - 1].depth != depth)
		return 0;
	o = x->open[--x->nopen];
	if (o.kind == 1)
		return xl_code(x, *in_seg, BITEXT_TMX_CODE_EPT, o.n, NULL, 0, "");
	if (o.kind == 2)
		return xl_hi(x, *in_seg, 0);
	if (o.kind != 3)
		return 0;
	*in_seg = 0;
	if (bitext_tmx__pool_grow(&x->pool, (void **)&segs->mid, segs->n,
	    sizeof(*segs->mid)) < 0 || bitext_tmx__pool_grow(&x->pool,
	    (void **)&segs->part, segs->n, sizeof(*segs->part)) < 0 ||
	    !(part = xb_save(x, &x->seg)))
		return NOMEM();
	segs->mid[segs->n] = o.mid ? o.mid : "";
	segs->part[segs->n++] = part;
	return 0;
}

/*
 * The content of <source>, <seg-source> or <target> (the reader on its
 * start) as a TMX segment into *whole (pool), and its <mrk mtype="seg">
 * segments (1.x) into `segs` when not NULL.
 */
static int xl_content(bitext_tmx_reader *r, tmx_xliff *x,
	const xl_part **whole, xl_list *segs)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int depth0 = xmlTextReaderDepth(xr), ret, type, depth, in_seg = 0;
	int error = 0, empty0 = xmlTextReaderIsEmptyElement(xr);
	const char *v, *mt;

	xb_clear(&x->whole);
	x->nopen = 0;
	while ((ret = xl_inside(r, depth0, &empty0)) == 1) {
		type = xmlTextReaderNodeType(xr);
		depth = xmlTextReaderDepth(xr);
		if (bitext_tmx__is_text_node(type)) {
			v = cstr(xmlTextReaderConstValue(xr));
			error = xl_put_text(x, in_seg, v ? v : "");
		} else if (type == XML_READER_TYPE_END_ELEMENT) {
			error = xl_close(x, segs, depth, &in_seg);
		} else if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
			error = xl_entity(r);
		} else if (type != XML_READER_TYPE_ELEMENT) {
			continue;
		} else if (!xl_ours(x, xr)) {
			error = xl_skip(r);
		} else if (segs && !in_seg && !x->v2 && xl_is(xr, "mrk") &&
		    (mt = xl_attr(x, xr, "mtype")) && !strcmp(mt, "seg")) {
			xb_clear(&x->seg);
			if (xmlTextReaderIsEmptyElement(xr)) {
				in_seg = 1;
				error = xl_push(r, x, depth, 3, 0, xl_attr(x, xr,
					"mid"));
				if (error == 0)
					error = xl_close(x, segs, depth, &in_seg);
			} else {
				in_seg = 1;
				error = xl_push(r, x, depth, 3, 0, xl_attr(x, xr,
					"mid"));
			}
		} else {
			error = x->v2 ? xl_inline2(r, x, in_seg, depth) :
				xl_inline1(r, x, in_seg, depth);
		}
		if (error < 0)
			return error;
	}
	if (ret < 0)
		return ret;
	if (!(*whole = xb_save(x, &x->whole)))
		return NOMEM();
	return 0;
}

/* ---- units ----------------------------------------------------------------- */

static xl_seg *xl_new_seg(tmx_xliff *x)
{
	if (bitext_tmx__pool_grow(&x->pool, (void **)&x->segs, x->nsegs,
	    sizeof(*x->segs)) < 0)
		return NULL;
	memset(&x->segs[x->nsegs], 0, sizeof(*x->segs));
	return &x->segs[x->nsegs++];
}

static int xl_add_note(tmx_xliff *x, const char *text)
{
	if (bitext_tmx__pool_grow(&x->pool, (void **)&x->notes, x->nnotes,
	    sizeof(*x->notes)) < 0)
		return -1;
	x->notes[x->nnotes++] = text;
	return 0;
}

/* Start a unit: its memory, id and position. */
static void xl_unit_begin(bitext_tmx_reader *r, tmx_xliff *x)
{
	bitext_tmx__pool_reset(&x->pool);
	*bitext_tmx__reader_unit_bad(r) = 0;
	x->segs = NULL;
	x->nsegs = x->next = 0;
	x->notes = NULL;
	x->nnotes = 0;
	x->ids = NULL;
	x->nids = 0;
	x->line = bitext_tmx__read_line(r);
	x->col = bitext_tmx__read_col(r, x->line);
	x->unit_id = xl_attr(x, bitext_tmx__reader_xml(r), "id");
	x->approved = xl_attr(x, bitext_tmx__reader_xml(r), "approved");
}

/* The reader on a <trans-unit>: its segments into x->segs. */
static int xl_trans_unit(bitext_tmx_reader *r, tmx_xliff *x)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	xl_list ssegs = { 0 }, tsegs = { 0 };
	const xl_part *src = NULL, *tgt = NULL, *dummy;
	const char *note, *state = NULL;
	const char *qual = NULL, *lang = NULL;
	int depth0, ret, error = 0, empty0;
	size_t i, k;
	xl_seg *s;

	xl_unit_begin(r, x);
	depth0 = xmlTextReaderDepth(xr);
	empty0 = xmlTextReaderIsEmptyElement(xr);
	while ((ret = xl_inside(r, depth0, &empty0)) == 1) {
		if (xmlTextReaderNodeType(xr) != XML_READER_TYPE_ELEMENT)
			continue;
		if (!xl_ours(x, xr))
			error = xl_skip(r);
		else if (xl_is(xr, "source"))
			error = xl_content(r, x, &src, NULL);
		else if (xl_is(xr, "seg-source"))
			error = xl_content(r, x, &dummy, &ssegs);
		else if (xl_is(xr, "target")) {
			state = xl_attr(x, xr, "state");
			qual = xl_attr(x, xr, "state-qualifier");
			lang = xl_attr(x, xr, "xml:lang");
			if ((error = xl_lang_pool(r, x, &lang, "xml:lang")) == 0)
				error = xl_content(r, x, &tgt, &tsegs);
		} else if (xl_is(xr, "note")) {
			error = xl_text(r, x, &note);
			if (error == 0 && xl_add_note(x, note) < 0)
				error = NOMEM();
		} else
			error = xl_skip(r);   /* alt-trans, context-group ... */
		if (error < 0)
			return error;
	}
	if (ret < 0)
		return ret;
	for (i = 0; i < ssegs.n; i++) {
		if (!(s = xl_new_seg(x)))
			return NOMEM();
		*s = (xl_seg){ ssegs.mid[i], ssegs.part[i], NULL, lang, state, qual };
		for (k = 0; k < tsegs.n; k++)
			if (!strcmp(tsegs.mid[k], ssegs.mid[i]))
				s->tgt = tsegs.part[k];
	}
	if (ssegs.n == 0 && src) {
		if (!(s = xl_new_seg(x)))
			return NOMEM();
		*s = (xl_seg){ NULL, src, tgt, lang, state, qual };
	}
	return 0;
}

/* The reader on a <segment> of a 2.x unit. */
static int xl_segment2(bitext_tmx_reader *r, tmx_xliff *x, size_t nth)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	xl_seg *s = xl_new_seg(x);
	int depth0 = xmlTextReaderDepth(xr), ret, error = 0;
	int empty0 = xmlTextReaderIsEmptyElement(xr);
	char n[32];

	if (!s)
		return NOMEM();
	s->id = xl_attr(x, xr, "id");
	if (!s->id) {
		snprintf(n, sizeof(n), "%zu", nth);
		s->id = bitext_tmx__pool_strdup(&x->pool, n);
	}
	s->state = xl_attr(x, xr, "state");
	s->qualifier = xl_attr(x, xr, "subState");
	while ((ret = xl_inside(r, depth0, &empty0)) == 1) {
		if (xmlTextReaderNodeType(xr) != XML_READER_TYPE_ELEMENT)
			continue;
		if (xl_ours(x, xr) && xl_is(xr, "source")) {
			error = xl_content(r, x, &s->src, NULL);
		} else if (xl_ours(x, xr) && xl_is(xr, "target")) {
			s->tgt_lang = xl_attr(x, xr, "xml:lang");
			if ((error = xl_lang_pool(r, x, &s->tgt_lang, "xml:lang")) == 0)
				error = xl_content(r, x, &s->tgt, NULL);
		} else {
			error = xl_skip(r);
		}
		if (error < 0)
			return error;
		s = &x->segs[x->nsegs - 1];   /* the array may have moved */
	}
	if (ret < 0)
		return ret;
	if (!s->src)
		x->nsegs--;
	return 0;
}

/* The reader on a 2.x <unit>: its segments and notes. */
static int xl_unit2(bitext_tmx_reader *r, tmx_xliff *x)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int depth0, ret, error = 0, empty0;
	size_t nth = 0;
	const char *note;

	xl_unit_begin(r, x);
	depth0 = xmlTextReaderDepth(xr);
	empty0 = xmlTextReaderIsEmptyElement(xr);
	while ((ret = xl_inside(r, depth0, &empty0)) == 1) {
		if (xmlTextReaderNodeType(xr) != XML_READER_TYPE_ELEMENT)
			continue;
		if (!xl_ours(x, xr)) {
			error = xl_skip(r);
		} else if (xl_is(xr, "segment")) {
			error = xl_segment2(r, x, ++nth);
		} else if (xl_is(xr, "notes")) {
			continue;   /* its <note> children come next */
		} else if (xl_is(xr, "note")) {
			error = xl_text(r, x, &note);
			if (error == 0 && xl_add_note(x, note) < 0)
				error = NOMEM();
		} else {
			error = xl_skip(r);   /* ignorable, originalData ... */
		}
		if (error < 0)
			return error;
	}
	if (ret < 0)
		return ret;
	if (nth == 1 && x->nsegs == 1)
		x->segs[0].id = NULL;   /* one segment: the unit's id names it */
	return 0;
}

/* ---- the units handed out -------------------------------------------------- */

static int xl_prop(bitext_tmx_unit *u, const char *type, const char *value)
{
	return value ? bitext_tmx_unit_add_prop(u, -1, type, value, NULL) : 0;
}

/*
 * The unit of segment `s` into the reader's unit: 1, or 0 when it is not
 * translated (no target, or an empty one).
 */
static int xl_emit(bitext_tmx_reader *r, tmx_xliff *x, const xl_seg *s)
{
	bitext_tmx_unit *u = bitext_tmx__reader_unit(r);
	const char *tl = s->tgt_lang ? s->tgt_lang : x->tgtlang;
	char *tuid = NULL;
	int error = 0, t;
	int all = (bitext_tmx__reader_flags(r) & BITEXT_TMX_READ_UNTRANSLATED) != 0;

	if (!s->tgt && !all)
		return 0;
	bitext_tmx__unit_clear(u);
	u->line = x->line;
	u->column = x->col;
	if (s->id && x->unit_id) {
		tuid = malloc(strlen(x->unit_id) + strlen(s->id) + 2);
		if (!tuid)
			return NOMEM();
		sprintf(tuid, "%s/%s", x->unit_id, s->id);
	}
	if ((x->unit_id && (error = bitext_tmx_unit_set_attr(u, -1, "tuid",
	    tuid ? tuid : x->unit_id)) < 0) ||
	    (error = bitext_tmx__unit_add_tuv_parts(u, x->srclang ? x->srclang :
	    "und", s->src->xml, s->src->text, s->src->text_len, s->src->codes,
	    s->src->ncodes)) < 0 ||
	    (t = error = s->tgt ? bitext_tmx__unit_add_tuv_parts(u, tl ? tl :
	    "und", s->tgt->xml, s->tgt->text, s->tgt->text_len, s->tgt->codes,
	    s->tgt->ncodes) : bitext_tmx__unit_add_tuv_parts(u, tl ? tl : "und",
	    "", "", 0, NULL, 0)) < 0)
		goto cleanup;
	error = 0;
	if (!u->tuvs[t].text_len && !u->tuvs[t].ncodes && !all)
		goto cleanup;   /* an empty target: not translated */
	if ((error = xl_prop(u, "x-file", x->file)) < 0 ||
	    (error = xl_prop(u, "x-id", x->unit_id)) < 0 ||
	    (error = xl_prop(u, "x-segment", s->id)) < 0 ||
	    (error = xl_prop(u, "x-state", s->state)) < 0 ||
	    (error = xl_prop(u, x->v2 ? "x-substate" : "x-state-qualifier",
	    s->qualifier)) < 0 ||
	    (error = xl_prop(u, "x-approved", x->approved)) < 0)
		goto cleanup;
	for (t = 0; t < (int)x->nnotes; t++)
		if ((error = bitext_tmx_unit_add_note(u, -1, x->notes[t], NULL)) < 0)
			goto cleanup;
	error = 1;
cleanup:
	free(tuid);
	if (error == BITEXT_EPARSE || error == BITEXT_EINVAL) {
		/* text XML forbids (a control character of XLIFF 1.2 text) */
		bitext_error_locate(bitext_tmx__reader_path(r), x->line, x->col, -1);
		error = BITEXT_EPARSE;
	}
	return error;
}

/* ---- the document ---------------------------------------------------------- */

static int xl_set(char **dst, char *v)
{
	if (!v)
		return 0;
	free(*dst);
	*dst = v;
	return 0;
}

/* A <file>: languages (1.x) and its name. */
static int xl_file(bitext_tmx_reader *r, tmx_xliff *x)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	bitext_tmx_header *h = bitext_tmx__reader_header_mut(r);
	char *name = xl_attr_dup(x, xr, "original");
	int error;

	if (!name)
		name = xl_attr_dup(x, xr, "id");
	free(x->file);
	x->file = name;
	if (x->v2)
		return 0;
	xl_set(&x->srclang, xl_attr_dup(x, xr, "source-language"));
	xl_set(&x->tgtlang, xl_attr_dup(x, xr, "target-language"));
	if ((error = xl_lang(r, x, &x->srclang, "source-language")) < 0 ||
	    (error = xl_lang(r, x, &x->tgtlang, "target-language")) < 0)
		return error;
	if (x->srclang && !bitext_tmx_header_attr(h, "srclang"))
		return bitext_tmx_header_set_attr(h, "srclang", x->srclang);
	return 0;
}

/* translate="no" here, or inherited from the parent. */
static int xl_translate_no(tmx_xliff *x, xmlTextReaderPtr xr, int depth)
{
	char *t = xl_attr_dup(x, xr, "translate");
	int no = depth > 0 ? x->no[depth - 1] : 0;

	if (t)
		no = !strcmp(t, "no");
	free(t);
	x->no[depth] = (unsigned char)no;
	return no;
}

/* restype="x-gettext-domain-header": the header of a PO file, no text. */
static int xl_restype_header(tmx_xliff *x, xmlTextReaderPtr xr)
{
	char *t = xl_attr_dup(x, xr, "restype");
	int yes = t && !strcmp(t, "x-gettext-domain-header");

	free(t);
	return yes;
}

/* One element of the document's structure (not inside a unit). */
static int xl_structure(bitext_tmx_reader *r, tmx_xliff *x)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int depth = xmlTextReaderDepth(xr), error;
	long line;

	if (depth > BITEXT_MAX_XML_DEPTH) {
		line = bitext_tmx__read_line(r);
		bitext_error_set(BITEXT_ELIMIT, "tmx_unit_too_big", NULL);
		bitext_error_locate(bitext_tmx__reader_path(r), line,
			bitext_tmx__read_col(r, line), -1);
		return BITEXT_ELIMIT;
	}
	if (!xl_ours(x, xr))
		return xl_skip(r);
	if (xl_translate_no(x, xr, depth) &&
	    (xl_is(xr, "trans-unit") || xl_is(xr, "unit") || xl_is(xr, "group")))
		return xl_skip(r);
	if (xl_is(xr, "file") && (error = xl_file(r, x)) < 0)
		return error;
	if (xl_is(xr, "file") || xl_is(xr, "body") || xl_is(xr, "group"))
		return 0;
	if (!x->v2 && xl_is(xr, "trans-unit") && xl_restype_header(x, xr))
		return xl_skip(r);   /* a PO header (translate-toolkit) */
	if (!x->v2 && xl_is(xr, "trans-unit"))
		return xl_trans_unit(r, x);
	if (x->v2 && xl_is(xr, "unit"))
		return xl_unit2(r, x);
	return xl_skip(r);    /* header, skl, notes of a file, metadata ... */
}

static int xl_begin(bitext_tmx_reader *r, void **out)
{
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	bitext_tmx_header *h = bitext_tmx__reader_header_mut(r);
	tmx_xliff *x = calloc(1, sizeof(*x));
	char *version;
	int ret, error;

	if (!x)
		return NOMEM();
	*out = x;
	version = xl_attr_dup(x, xr, "version");
	x->ns = xmlTextReaderConstNamespaceUri(xr);
	x->v2 = (version && version[0] == '2') ||
		(x->ns && strstr(cstr(x->ns), ":document:2"));
	if (x->ns)   /* interned in the reader's dictionary: stays valid */
		x->ns = xmlTextReaderConstString(xr, x->ns);
	free(version);
	if ((error = bitext_tmx_header_set_attr(h, "datatype", "xliff")) < 0)
		return error;
	if (x->v2) {
		x->srclang = xl_attr_dup(x, xr, "srcLang");
		x->tgtlang = xl_attr_dup(x, xr, "trgLang");
		if ((error = xl_lang(r, x, &x->srclang, "srcLang")) < 0 ||
		    (error = xl_lang(r, x, &x->tgtlang, "trgLang")) < 0)
			return error;
		if (x->srclang)
			return bitext_tmx_header_set_attr(h, "srclang", x->srclang);
		return 0;
	}
	if (xmlTextReaderIsEmptyElement(xr)) {
		x->done = 1;
		return 0;
	}
	/* up to the first element: the first <file> gives the languages */
	while ((ret = bitext_tmx__read_node(r)) == 1)
		if (xmlTextReaderNodeType(xr) == XML_READER_TYPE_ELEMENT) {
			x->have_node = 1;
			if (xl_ours(x, xr) && xl_is(xr, "file")) {
				x->have_node = 0;
				x->no[xmlTextReaderDepth(xr)] = 0;
				return xl_file(r, x);
			}
			return 0;
		}
	if (ret < 0)
		return ret;
	x->done = 1;
	return 0;
}

static int xl_start(bitext_tmx_reader *r, void **out)
{
	int error = xl_begin(r, out);

	if (error >= 0 && *out && ((tmx_xliff *)*out)->nomem)
		return NOMEM();
	return error;
}

static int xl_next(bitext_tmx_reader *r, void *state,
	const bitext_tmx_unit **unit)
{
	tmx_xliff *x = state;
	xmlTextReaderPtr xr = bitext_tmx__reader_xml(r);
	int ret;

	*unit = NULL;
	for (;;) {
		if (x->nomem)
			return NOMEM();
		while (x->next < x->nsegs) {
			ret = xl_emit(r, x, &x->segs[x->next++]);
			if (ret < 0)
				return ret;
			if (ret == 1) {
				bitext_tmx__reader_progress(r,
					++bitext_tmx__reader_counts(r)->units);
				*unit = bitext_tmx__reader_unit(r);
				return 1;
			}
		}
		if (x->done)
			return 0;
		if (!x->have_node && (ret = bitext_tmx__read_node(r)) != 1) {
			x->done = 1;
			if (ret < 0)
				return ret;
			continue;
		}
		x->have_node = 0;
		if (xmlTextReaderNodeType(xr) != XML_READER_TYPE_ELEMENT)
			continue;
		if ((ret = xl_structure(r, x)) < 0)
			return ret;
		if (*bitext_tmx__reader_unit_bad(r) && x->nsegs &&
		    !(bitext_tmx__reader_flags(r) & BITEXT_TMX_READ_LENIENT)) {
			/* RECOVER: a unit with a problem (an entity) is skipped */
			bitext_tmx__reader_counts(r)->skipped++;
			x->nsegs = 0;
		}
		if (x->pool.total > BITEXT_MAX_TMX_UNIT_BYTES) {
			bitext_error_set(BITEXT_ELIMIT, "tmx_unit_too_big", NULL);
			bitext_error_locate(bitext_tmx__reader_path(r), x->line,
				x->col, -1);
			return BITEXT_ELIMIT;
		}
	}
}

static void xl_free(void *state)
{
	tmx_xliff *x = state;

	if (!x)
		return;
	free(x->srclang);
	free(x->tgtlang);
	free(x->file);
	bitext_tmx__pool_dispose(&x->pool);
	xb_dispose(&x->whole);
	xb_dispose(&x->seg);
	bitext_buf_dispose(&x->tmp);
	free(x);
}

const tmx_root_reader bitext_tmx__xliff_reader = {
	"xliff", xl_start, xl_next, xl_free
};
