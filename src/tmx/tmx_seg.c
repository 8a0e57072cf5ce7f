/*
 * tmx_seg.c - the content of a <seg> (and of other elements kept as raw
 * XML): the inner XML as it was read, its plain text, and its inline codes
 * (bpt, ept, it, ph, hi, ut, sub), read from libxml2's reader.
 *
 * Raw serialization writes what the reader returns back as XML with the
 * escapes of tmx_unit.c, so `seg` is always well-formed inner XML of <seg>
 * and a unit written out reads back the same. Entity references are
 * refused (TMX has no use for them).
 */
#include "tmx/tmx_int.h"

#include <stdlib.h>
#include <string.h>


/* ---- raw serialization of elements --------------------------------------- */

static int put2(bitext_buf *a, bitext_buf *b, const char *s, size_t n)
{
	if (bitext_buf_put(a, s, n) < 0 || (b && bitext_buf_put(b, s, n) < 0))
		return NOMEM();
	return 0;
}

static int esc2(bitext_buf *a, bitext_buf *b, const char *s)
{
	size_t n = strlen(s);

	if (bitext_buf_put_xml_text(a, s, n) < 0 ||
	    (b && bitext_buf_put_xml_text(b, s, n) < 0))
		return BITEXT_ENOMEM;
	return 0;
}

/*
 * Write the start tag of the element the reader stands on to `a` (and `b`),
 * without its closing '>' or '/>'; fill `code`'s attributes when given.
 * *empty tells whether the element is empty.
 */
int bitext_tmx__start_tag(xmlTextReaderPtr xr, bitext_buf *a, bitext_buf *b,
	tmx_pool *p, bitext_tmx_code *code, int *empty)
{
	const char *name = cstr(xmlTextReaderConstName(xr));
	bitext_buf tmp = BITEXT_BUF_INIT;
	const char *an, *av;
	int error = 0;

	*empty = xmlTextReaderIsEmptyElement(xr);
	if (put2(a, b, "<", 1) < 0 || put2(a, b, name, strlen(name)) < 0)
		return BITEXT_ENOMEM;
	while (xmlTextReaderMoveToNextAttribute(xr) == 1) {
		an = cstr(xmlTextReaderConstName(xr));
		av = cstr(xmlTextReaderConstValue(xr));
		av = av ? av : "";
		bitext_buf_clear(&tmp);
		if (bitext_buf_put_xml_attr(&tmp, av, strlen(av)) < 0 || put2(a, b, " ", 1) < 0 ||
		    put2(a, b, an, strlen(an)) < 0 || put2(a, b, "=\"", 2) < 0 ||
		    put2(a, b, tmp.ptr, tmp.size) < 0 || put2(a, b, "\"", 1) < 0) {
			error = BITEXT_ENOMEM;
			break;
		}
		if (!code)
			continue;
		if (!strcmp(an, "i"))
			code->i = bitext_tmx__pool_strdup(p, av);
		else if (!strcmp(an, "x"))
			code->x = bitext_tmx__pool_strdup(p, av);
		else if (!strcmp(an, "type"))
			code->type = bitext_tmx__pool_strdup(p, av);
		else if (!strcmp(an, "pos"))
			code->pos = bitext_tmx__pool_strdup(p, av);
		else if (!strcmp(an, "assoc"))
			code->assoc = bitext_tmx__pool_strdup(p, av);
	}
	xmlTextReaderMoveToElement(xr);
	bitext_buf_dispose(&tmp);
	return error;
}

/* Comments and processing instructions inside segments are kept as is. */
static int read_misc(xmlTextReaderPtr xr, int type, bitext_buf *a,
	bitext_buf *b)
{
	const char *v = cstr(xmlTextReaderConstValue(xr));
	const char *n = cstr(xmlTextReaderConstName(xr));

	v = v ? v : "";
	if (type == XML_READER_TYPE_COMMENT)
		return put2(a, b, "<!--", 4) < 0 || put2(a, b, v, strlen(v)) < 0 ||
			put2(a, b, "-->", 3) < 0 ? BITEXT_ENOMEM : 0;
	return put2(a, b, "<?", 2) < 0 || put2(a, b, n, strlen(n)) < 0 ||
		(*v && (put2(a, b, " ", 1) < 0 || put2(a, b, v, strlen(v)) < 0)) ||
		put2(a, b, "?>", 2) < 0 ? BITEXT_ENOMEM : 0;
}

int bitext_tmx__is_text_node(int type)
{
	return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
		type == XML_READER_TYPE_WHITESPACE ||
		type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/*
 * Copy the content of the element the reader stands on (not empty), up to
 * its end tag included, as raw XML to `a` and `b`. Returns 1 on success,
 * or the result of xmlTextReaderRead (0/-1) on a broken document, or
 * BITEXT_EPARSE for an entity reference.
 */
int bitext_tmx__raw_content(xmlTextReaderPtr xr, bitext_buf *a, bitext_buf *b)
{
	int depth0 = xmlTextReaderDepth(xr), ret, type, empty;
	const char *name, *v;

	for (;;) {
		ret = xmlTextReaderRead(xr);
		if (ret != 1)
			return ret;
		type = xmlTextReaderNodeType(xr);
		if (type == XML_READER_TYPE_END_ELEMENT &&
		    xmlTextReaderDepth(xr) == depth0)
			return 1;
		if (bitext_tmx__is_text_node(type)) {
			v = cstr(xmlTextReaderConstValue(xr));
			if (esc2(a, b, v ? v : "") < 0)
				return BITEXT_ENOMEM;
		} else if (type == XML_READER_TYPE_ELEMENT) {
			if (bitext_tmx__start_tag(xr, a, b, NULL, NULL, &empty) < 0 ||
			    put2(a, b, empty ? "/>" : ">", empty ? 2 : 1) < 0)
				return BITEXT_ENOMEM;
		} else if (type == XML_READER_TYPE_END_ELEMENT) {
			name = cstr(xmlTextReaderConstName(xr));
			if (put2(a, b, "</", 2) < 0 ||
			    put2(a, b, name, strlen(name)) < 0 || put2(a, b, ">", 1) < 0)
				return BITEXT_ENOMEM;
		} else if (type == XML_READER_TYPE_COMMENT ||
		    type == XML_READER_TYPE_PROCESSING_INSTRUCTION) {
			if (read_misc(xr, type, a, b) < 0)
				return BITEXT_ENOMEM;
		} else if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
			return bitext_error_set(BITEXT_EPARSE, "tmx_entity",
				cstr(xmlTextReaderConstName(xr)), NULL);
		}
	}
}

/* ---- segments ------------------------------------------------------------ */

void bitext_tmx__seg_ctx_dispose(tmx_seg_ctx *ctx)
{
	bitext_buf_dispose(&ctx->seg);
	bitext_buf_dispose(&ctx->text);
	bitext_buf_dispose(&ctx->content);
}

static int seg_code_kind(const char *name)
{
	if (!strcmp(name, "bpt")) return BITEXT_TMX_CODE_BPT;
	if (!strcmp(name, "ept")) return BITEXT_TMX_CODE_EPT;
	if (!strcmp(name, "ph")) return BITEXT_TMX_CODE_PH;
	if (!strcmp(name, "it")) return BITEXT_TMX_CODE_IT;
	if (!strcmp(name, "ut")) return BITEXT_TMX_CODE_UT;
	if (!strcmp(name, "hi")) return BITEXT_TMX_CODE_HI;
	return -1;
}

/* A new code at the end of the array being built. */
static bitext_tmx_code *seg_new_code(tmx_pool *p, bitext_tmx_code **codes,
	size_t *n, int kind, size_t offset)
{
	bitext_tmx_code *c;

	if (bitext_tmx__pool_grow(p, (void **)codes, *n, sizeof(**codes)) < 0)
		return NULL;
	c = *codes + (*n)++;
	memset(c, 0, sizeof(*c));
	c->kind = (bitext_tmx_code_kind)kind;
	c->offset = offset;
	c->content = "";
	return c;
}

/* One element start inside a segment. */
static int seg_element(xmlTextReaderPtr xr, tmx_pool *p, tmx_seg_ctx *ctx,
	bitext_tmx_code **codes, size_t *ncodes, int *unknown)
{
	const char *name = cstr(xmlTextReaderConstName(xr));
	int kind = seg_code_kind(name), empty, ret;
	bitext_tmx_code *c = NULL;

	if (kind < 0) {
		*unknown = 1;
		ctx->unknown_name = name;
	}
	else if (!(c = seg_new_code(p, codes, ncodes, kind, ctx->text.size)))
		return BITEXT_ENOMEM;
	if (bitext_tmx__start_tag(xr, &ctx->seg, NULL, p, c, &empty) < 0 ||
	    put2(&ctx->seg, NULL, empty ? "/>" : ">", empty ? 2 : 1) < 0)
		return BITEXT_ENOMEM;
	if (kind == BITEXT_TMX_CODE_HI || kind < 0) {
		if (kind == BITEXT_TMX_CODE_HI && empty &&
		    !seg_new_code(p, codes, ncodes, BITEXT_TMX_CODE_HI_END,
			ctx->text.size))
			return BITEXT_ENOMEM;
		return 0;     /* content read by the caller: it is text */
	}
	if (empty)
		return 0;
	bitext_buf_clear(&ctx->content);
	ret = bitext_tmx__raw_content(xr, &ctx->seg, &ctx->content);
	if (ret != 1)
		return ret == BITEXT_ENOMEM || ret == BITEXT_EPARSE ? ret :
			bitext_error_set(BITEXT_EPARSE, "tmx_truncated", NULL);
	if (put2(&ctx->seg, NULL, "</", 2) < 0 ||
	    put2(&ctx->seg, NULL, name, strlen(name)) < 0 ||
	    put2(&ctx->seg, NULL, ">", 1) < 0)
		return BITEXT_ENOMEM;
	c->content = bitext_tmx__pool_strndup(p, ctx->content.ptr ? ctx->content.ptr : "",
		ctx->content.size);
	return c->content ? 0 : NOMEM();
}

int bitext_tmx__seg_parse(xmlTextReaderPtr xr, tmx_pool *p, bitext_tmx_tuv *tuv,
	tmx_seg_ctx *ctx, int *unknown)
{
	bitext_tmx_code *codes = NULL;
	size_t ncodes = 0;
	int depth0 = xmlTextReaderDepth(xr), ret, type, error;
	const char *v, *name;

	bitext_buf_clear(&ctx->seg);
	bitext_buf_clear(&ctx->text);
	ctx->entity = NULL;
	ctx->unknown_name = NULL;
	*unknown = 0;
	if (!xmlTextReaderIsEmptyElement(xr)) {
		for (;;) {
			ret = xmlTextReaderRead(xr);
			if (ret != 1)
				return bitext_error_set(BITEXT_EPARSE, "tmx_truncated",
					NULL);
			type = xmlTextReaderNodeType(xr);
			if (type == XML_READER_TYPE_END_ELEMENT &&
			    xmlTextReaderDepth(xr) == depth0)
				break;
			if (bitext_tmx__is_text_node(type)) {
				v = cstr(xmlTextReaderConstValue(xr));
				v = v ? v : "";
				if (bitext_buf_put_xml_text(&ctx->seg, v, strlen(v)) < 0 ||
				    bitext_buf_puts(&ctx->text, v) < 0)
					return NOMEM();
			} else if (type == XML_READER_TYPE_ELEMENT) {
				error = seg_element(xr, p, ctx, &codes, &ncodes, unknown);
				if (error < 0)
					return error;
			} else if (type == XML_READER_TYPE_END_ELEMENT) {
				name = cstr(xmlTextReaderConstName(xr));
				if (put2(&ctx->seg, NULL, "</", 2) < 0 ||
				    put2(&ctx->seg, NULL, name, strlen(name)) < 0 ||
				    put2(&ctx->seg, NULL, ">", 1) < 0)
					return BITEXT_ENOMEM;
				if (!strcmp(name, "hi") && !seg_new_code(p, &codes,
				    &ncodes, BITEXT_TMX_CODE_HI_END, ctx->text.size))
					return BITEXT_ENOMEM;
			} else if (type == XML_READER_TYPE_COMMENT ||
			    type == XML_READER_TYPE_PROCESSING_INSTRUCTION) {
				if (read_misc(xr, type, &ctx->seg, NULL) < 0)
					return BITEXT_ENOMEM;
			} else if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
				/* never expanded; the caller reports it */
				ctx->entity = cstr(xmlTextReaderConstName(xr));
				*unknown = 1;
			}
		}
	}
	tuv->text = bitext_tmx__pool_strndup(p, ctx->text.ptr ? ctx->text.ptr : "",
		ctx->text.size);
	/* most segments need no escaping: then seg and text are one string */
	if (!ncodes && tuv->text && ctx->seg.size == ctx->text.size &&
	    (!ctx->seg.size || !memcmp(ctx->seg.ptr, ctx->text.ptr,
	    ctx->seg.size)))
		tuv->seg = tuv->text;
	else
		tuv->seg = bitext_tmx__pool_strndup(p, ctx->seg.ptr ? ctx->seg.ptr : "",
			ctx->seg.size);
	tuv->text_len = ctx->text.size;
	tuv->codes = codes;
	tuv->ncodes = ncodes;
	return tuv->seg && tuv->text ? 0 : NOMEM();
}

