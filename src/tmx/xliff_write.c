/*
 * xliff_write.c - units written as an XLIFF 1.2 or 2.0 bilingual file,
 * one at a time (behind bitext_tm_writer, formats XLIFF and XLIFF2).
 *
 * The source language is the header's srclang (else the first variant's);
 * the target, the first language of the writer's `langs` after it, else
 * the first other variant of the first unit; a memory of one language
 * against itself (en, en) takes the second variant as the target. Each unit that has both
 * becomes one <trans-unit> (1.2) or one <unit> with one <segment> (2.0):
 *   - id: the tuid, else a running number; a unit's x-file prop names its
 *     <file> (a new <file> starts when it changes; "bitext" by default);
 *   - x-approved (yes/no) gives 1.2's approved;
 *   - x-state gives the target's state when XLIFF knows the value
 *     (1.2: its state list or x-...; 2.0: initial translated reviewed
 *     final); notes become notes;
 *   - inline codes: 1.2 keeps TMX's bpt/ept/it/ph with their native content
 *     (i and x become id; it begin/end becomes open/close), ut becomes ph,
 *     hi becomes <mrk mtype="x-tmx-hi">; 2.0 writes sc/ec (isolated ones
 *     for it), ph and mrk, the native code of each going to <originalData>
 *     when it is plain text.
 * Text is escaped with the one XML escaper (bitext_buf_put_xml_text/attr).
 */
#include "tmx/tmx_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tmx_xliff_writer {
	int v2;
	char *srclang, *tgtlang;
	char *file;              /* the <file> open, NULL before the first */
	size_t count;            /* units written (running ids) */
	size_t nfiles;
	bitext_buf data;         /* 2.0: <originalData> of the unit */
	size_t ndata;
};

static const char *const states12[] = { "final", "needs-adaptation",
	"needs-l10n", "needs-review-adaptation", "needs-review-l10n",
	"needs-review-translation", "needs-translation", "new", "signed-off",
	"translated", NULL };
static const char *const states20[] = { "initial", "translated", "reviewed",
	"final", NULL };

static int xw_attr(bitext_buf *b, const char *name, const char *value)
{
	if (bitext_buf_printf(b, " %s=\"", name) < 0 ||
	    bitext_buf_put_xml_attr(b, value, strlen(value)) < 0 ||
	    bitext_buf_putc(b, '"') < 0)
		return NOMEM();
	return 0;
}

int bitext_tmx__xliff_writer_new(tmx_xliff_writer **out, int v2,
	const bitext_tmx_header *h, const char *const *langs)
{
	tmx_xliff_writer *w = calloc(1, sizeof(*w));
	const char *sl = h ? bitext_tmx_header_attr(h, "srclang") : NULL;
	size_t i;

	*out = NULL;
	if (!w)
		return NOMEM();
	w->v2 = v2;
	if (sl && strcmp(sl, "*all*") && !(w->srclang = strdup(sl)))
		goto nomem;
	for (i = 0; langs && langs[i]; i++) {
		if (!w->srclang) {
			if (!(w->srclang = strdup(langs[i])))
				goto nomem;
		} else if (!bitext_lang_match(langs[i], w->srclang)) {
			if (!(w->tgtlang = strdup(langs[i])))
				goto nomem;
			break;
		}
	}
	if (!w->tgtlang && langs && langs[0] && langs[1] &&   /* en, en */
	    !(w->tgtlang = strdup(langs[1])))
		goto nomem;
	*out = w;
	return 0;
nomem:
	bitext_tmx__xliff_writer_free(w);
	return NOMEM();
}

/* Languages still unknown, from the first unit. */
static int xw_langs(tmx_xliff_writer *w, const bitext_tmx_unit *u)
{
	size_t i;

	if (!w->srclang && u->ntuvs && !(w->srclang = strdup(u->tuvs[0].lang)))
		return NOMEM();
	for (i = 0; !w->tgtlang && i < u->ntuvs; i++)
		if (!bitext_lang_match(u->tuvs[i].lang, w->srclang) &&
		    !(w->tgtlang = strdup(u->tuvs[i].lang)))
			return NOMEM();
	if (!w->tgtlang && u->ntuvs > 1 &&         /* one language, twice */
	    !(w->tgtlang = strdup(u->tuvs[1].lang)))
		return NOMEM();
	return 0;
}

static int xw_close_file(tmx_xliff_writer *w, bitext_buf *b)
{
	if (!w->file)
		return 0;
	free(w->file);
	w->file = NULL;
	return bitext_buf_puts(b, w->v2 ? "</file>\n" : "</body>\n</file>\n") < 0 ?
		NOMEM() : 0;
}

/* Start the document (first call) and a <file> named `name`. */
static int xw_open_file(tmx_xliff_writer *w, bitext_buf *b, const char *name)
{
	int error = 0;

	if (w->nfiles == 0) {
		bitext_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		if (w->v2) {
			bitext_buf_puts(b, "<xliff xmlns=\"urn:oasis:names:tc:xliff:"
				"document:2.0\" version=\"2.0\"");
			error = xw_attr(b, "srcLang", w->srclang ? w->srclang : "und");
			if (error == 0 && w->tgtlang)
				error = xw_attr(b, "trgLang", w->tgtlang);
		} else {
			bitext_buf_puts(b, "<xliff version=\"1.2\" xmlns=\"urn:oasis:"
				"names:tc:xliff:document:1.2\"");
		}
		if (error == 0 && bitext_buf_puts(b, ">\n") < 0)
			error = NOMEM();
	}
	if (error == 0 && !(w->file = strdup(name)))
		error = NOMEM();
	if (error < 0)
		return error;
	w->nfiles++;
	if (w->v2) {
		bitext_buf_printf(b, "<file id=\"f%zu\"", w->nfiles);
		error = xw_attr(b, "original", name);
		return error < 0 || bitext_buf_puts(b, ">\n") < 0 ? NOMEM() : 0;
	}
	bitext_buf_puts(b, "<file");
	if ((error = xw_attr(b, "original", name)) < 0 ||
	    (error = xw_attr(b, "source-language", w->srclang ? w->srclang :
	    "und")) < 0 ||
	    (w->tgtlang && (error = xw_attr(b, "target-language", w->tgtlang)) < 0))
		return error;
	if (bitext_buf_printf(b, " datatype=\"plaintext\">\n<header><tool "
	    "tool-id=\"bitext\" tool-name=\"bitext\" tool-version=\"%s\"/>"
	    "</header>\n<body>\n", bitext_version()) < 0)
		return NOMEM();
	return 0;
}

/* ---- inline codes -------------------------------------------------------- */

/* The id of a code: its i (bpt/ept) or x, else its position. */
static const char *xw_code_id(const bitext_tmx_code *c, size_t k, char *buf,
	size_t n)
{
	const char *v = (c->kind == BITEXT_TMX_CODE_BPT ||
		c->kind == BITEXT_TMX_CODE_EPT) ? c->i : c->x;

	if (v && *v)
		return v;
	snprintf(buf, n, "%zu", k + 1);
	return buf;
}

/* One TMX code as XLIFF 1.2 markup. */
static int xw_code12(bitext_buf *b, const bitext_tmx_code *c, size_t k)
{
	static const char *const names[] = { "bpt", "ept", "ph", "it", "ph" };
	char idb[32];
	const char *id = xw_code_id(c, k, idb, sizeof(idb));

	if (c->kind == BITEXT_TMX_CODE_HI)
		return bitext_buf_puts(b, "<mrk mtype=\"x-tmx-hi\">") < 0 ? NOMEM() : 0;
	if (c->kind == BITEXT_TMX_CODE_HI_END)
		return bitext_buf_puts(b, "</mrk>") < 0 ? NOMEM() : 0;
	bitext_buf_printf(b, "<%s", names[c->kind]);
	if (xw_attr(b, "id", id) < 0)
		return NOMEM();
	if (c->kind == BITEXT_TMX_CODE_IT)
		bitext_buf_puts(b, c->pos && !strcmp(c->pos, "end") ?
			" pos=\"close\"" : " pos=\"open\"");
	/* TMX's "ulined" is XLIFF's "underlined" */
	if (c->type && c->kind != BITEXT_TMX_CODE_EPT && xw_attr(b, "ctype",
	    !strcmp(c->type, "ulined") ? "underlined" :
	    !strncmp(c->type, "x-", 2) || !strcmp(c->type, "bold") ||
	    !strcmp(c->type, "italic") || !strcmp(c->type, "underlined") ||
	    !strcmp(c->type, "link") || !strcmp(c->type, "image") ?
	    c->type : "x-tmx") < 0)
		return NOMEM();
	if (bitext_buf_printf(b, ">%s</%s>", c->content ? c->content : "",
	    names[c->kind]) < 0)
		return NOMEM();
	return 0;
}

/* 2.0: the native code into <originalData> when it is plain text; the
 * dataRef attribute `attr` to `b` then. */
static int xw_data(tmx_xliff_writer *w, bitext_buf *b, const char *attr,
	const bitext_tmx_code *c)
{
	if (!c->content || !*c->content || strchr(c->content, '<'))
		return 0;
	w->ndata++;
	if (bitext_buf_printf(&w->data, "<data id=\"d%zu\">%s</data>", w->ndata,
	    c->content) < 0 || bitext_buf_printf(b, " %s=\"d%zu\"", attr,
	    w->ndata) < 0)
		return NOMEM();
	return 0;
}

/* One TMX code as XLIFF 2.0 markup (ids get a letter per kind so that
 * they stay unique in the unit). */
static int xw_code20(tmx_xliff_writer *w, bitext_buf *b,
	const bitext_tmx_code *c, size_t k)
{
	char idb[80], id[64], num[32];
	int error = 0;

	snprintf(id, sizeof(id), "%.60s", xw_code_id(c, k, num, sizeof(num)));
	switch (c->kind) {
	case BITEXT_TMX_CODE_BPT:
		bitext_buf_puts(b, "<sc");
		error = xw_attr(b, "id", (snprintf(idb, sizeof(idb), "b%s", id), idb));
		break;
	case BITEXT_TMX_CODE_EPT:
		bitext_buf_puts(b, "<ec");
		error = xw_attr(b, "startRef", (snprintf(idb, sizeof(idb), "b%s",
			id), idb));
		break;
	case BITEXT_TMX_CODE_IT:
		bitext_buf_puts(b, c->pos && !strcmp(c->pos, "end") ? "<ec" : "<sc");
		error = xw_attr(b, "id", (snprintf(idb, sizeof(idb), "i%zu",
			k + 1), idb));
		bitext_buf_puts(b, " isolated=\"yes\"");
		break;
	case BITEXT_TMX_CODE_HI:
		bitext_buf_printf(b, "<mrk id=\"m%zu\" type=\"generic\">", k + 1);
		return 0;
	case BITEXT_TMX_CODE_HI_END:
		return bitext_buf_puts(b, "</mrk>") < 0 ? NOMEM() : 0;
	default:
		bitext_buf_puts(b, "<ph");
		error = xw_attr(b, "id", (snprintf(idb, sizeof(idb), "p%s", id), idb));
	}
	if (error == 0)
		error = xw_data(w, b, "dataRef", c);
	return error < 0 || bitext_buf_puts(b, "/>") < 0 ? NOMEM() : 0;
}

/* The content of a variant: its text around its codes. */
static int xw_content(tmx_xliff_writer *w, bitext_buf *b,
	const bitext_tmx_tuv *t)
{
	size_t i, at = 0, off;
	int error;

	for (i = 0; i < t->ncodes; i++) {
		off = t->codes[i].offset;
		if (off > at && bitext_buf_put_xml_text(b, t->text + at, off - at) < 0)
			return NOMEM();
		at = off > at ? off : at;
		error = w->v2 ? xw_code20(w, b, &t->codes[i], i) :
			xw_code12(b, &t->codes[i], i);
		if (error < 0)
			return error;
	}
	if (t->text_len > at && bitext_buf_put_xml_text(b, t->text + at,
	    t->text_len - at) < 0)
		return NOMEM();
	return 0;
}

/* ---- units ----------------------------------------------------------------- */

static const char *xw_state(const tmx_xliff_writer *w,
	const bitext_tmx_unit *u)
{
	const char *s = bitext_tmx_unit_prop(u, "x-state");
	const char *const *list = w->v2 ? states20 : states12;
	size_t i;

	if (!s)
		return NULL;
	if (!w->v2 && !strncmp(s, "x-", 2))
		return s;
	for (i = 0; list[i]; i++)
		if (!strcmp(list[i], s))
			return s;
	return NULL;
}

static int xw_notes(const tmx_xliff_writer *w, bitext_buf *b,
	const bitext_tmx_unit *u)
{
	size_t i;

	if (u->nnotes && w->v2)
		bitext_buf_puts(b, "<notes>");
	for (i = 0; i < u->nnotes; i++) {
		bitext_buf_puts(b, "<note>");
		if (bitext_buf_put_xml_text(b, u->notes[i].text,
		    strlen(u->notes[i].text)) < 0 || bitext_buf_puts(b, "</note>") < 0)
			return NOMEM();
	}
	if (u->nnotes && w->v2)
		bitext_buf_puts(b, "</notes>");
	return 0;
}

/* A 2.0 <unit>: the segment is written first (it fills originalData,
 * which comes before it). */
static int xw_unit20(tmx_xliff_writer *w, bitext_buf *b, const char *id,
	const bitext_tmx_tuv *s, const bitext_tmx_tuv *t, const char *state,
	const bitext_tmx_unit *u)
{
	bitext_buf seg = BITEXT_BUF_INIT;
	int error;

	bitext_buf_clear(&w->data);
	w->ndata = 0;
	bitext_buf_puts(&seg, "<segment");
	if (state)
		xw_attr(&seg, "state", state);
	bitext_buf_puts(&seg, "><source>");
	if ((error = xw_content(w, &seg, s)) < 0)
		goto cleanup;
	bitext_buf_puts(&seg, "</source><target>");
	if ((error = xw_content(w, &seg, t)) < 0)
		goto cleanup;
	if (bitext_buf_puts(&seg, "</target></segment>") < 0 ||
	    bitext_buf_puts(b, "<unit") < 0 || (error = xw_attr(b, "id", id)) < 0) {
		error = error < 0 ? error : NOMEM();
		goto cleanup;
	}
	bitext_buf_puts(b, ">");
	if ((error = xw_notes(w, b, u)) < 0)
		goto cleanup;
	if (w->data.size && (bitext_buf_puts(b, "<originalData>") < 0 ||
	    bitext_buf_put(b, w->data.ptr, w->data.size) < 0 ||
	    bitext_buf_puts(b, "</originalData>") < 0))
		error = NOMEM();
	if (error == 0 && (bitext_buf_put(b, seg.ptr, seg.size) < 0 ||
	    bitext_buf_puts(b, "</unit>\n") < 0))
		error = NOMEM();
cleanup:
	bitext_buf_dispose(&seg);
	return error;
}

static int xw_unit12(tmx_xliff_writer *w, bitext_buf *b, const char *id,
	const bitext_tmx_tuv *s, const bitext_tmx_tuv *t, const char *state,
	const bitext_tmx_unit *u)
{
	int error;
	const char *approved = bitext_tmx_unit_prop(u, "x-approved");

	bitext_buf_puts(b, "<trans-unit");
	if ((error = xw_attr(b, "id", id)) < 0 || (approved &&
	    (!strcmp(approved, "yes") || !strcmp(approved, "no")) &&
	    (error = xw_attr(b, "approved", approved)) < 0))
		return error;
	bitext_buf_puts(b, " xml:space=\"preserve\"><source>");
	if ((error = xw_content(w, b, s)) < 0)
		return error;
	bitext_buf_puts(b, "</source><target");
	if (state && (error = xw_attr(b, "state", state)) < 0)
		return error;
	bitext_buf_puts(b, ">");
	if ((error = xw_content(w, b, t)) < 0)
		return error;
	bitext_buf_puts(b, "</target>");
	if ((error = xw_notes(w, b, u)) < 0)
		return error;
	return bitext_buf_puts(b, "</trans-unit>\n") < 0 ? NOMEM() : 0;
}

/*
 * Append unit `u` to `b` (the document's start and <file> first when
 * needed). Units lacking the source or the target language are skipped:
 * 0 then, 1 when written.
 */
int bitext_tmx__xliff_writer_unit(tmx_xliff_writer *w, bitext_buf *b,
	const bitext_tmx_unit *u)
{
	const bitext_tmx_tuv *s, *t;
	const char *file = bitext_tmx_unit_prop(u, "x-file"), *id = u->tuid;
	char num[32];
	int error;

	if ((error = xw_langs(w, u)) < 0)
		return error;
	s = w->srclang ? bitext_tmx_unit_tuv(u, w->srclang) : NULL;
	t = w->tgtlang ? bitext_tmx__unit_tuv_nth(u, w->tgtlang, s &&
		bitext_lang_match(w->tgtlang, w->srclang)) : NULL;
	if (!s || !t)
		return 0;
	if (!file)
		file = bitext_tmx_unit_prop(u, "x-document");
	if (!file)
		file = w->file ? w->file : "bitext";
	if ((!w->file || strcmp(w->file, file)) &&
	    ((error = xw_close_file(w, b)) < 0 ||
	     (error = xw_open_file(w, b, file)) < 0))
		return error;
	w->count++;
	if (!id || !*id) {
		snprintf(num, sizeof(num), "%zu", w->count);
		id = num;
	}
	error = w->v2 ? xw_unit20(w, b, id, s, t, xw_state(w, u), u) :
		xw_unit12(w, b, id, s, t, xw_state(w, u), u);
	return error < 0 ? error : 1;
}

/* The end of the document (a whole empty one when no unit came). */
int bitext_tmx__xliff_writer_end(tmx_xliff_writer *w, bitext_buf *b)
{
	int error;

	if (!w->file && w->nfiles == 0 &&
	    (error = xw_open_file(w, b, "bitext")) < 0)
		return error;
	if ((error = xw_close_file(w, b)) < 0)
		return error;
	return bitext_buf_puts(b, "</xliff>\n") < 0 ? NOMEM() : 0;
}

void bitext_tmx__xliff_writer_free(tmx_xliff_writer *w)
{
	if (!w)
		return;
	free(w->srclang);
	free(w->tgtlang);
	free(w->file);
	bitext_buf_dispose(&w->data);
	free(w);
}
