/*
 * tmx_write.c - the streaming TMX 1.4b writer (bitext_tmx_writer_*).
 *
 * Output, UTF-8, valid against the TMX 1.4b DTD:
 *
 *   <?xml version="1.0" encoding="UTF-8"?>
 *   <!DOCTYPE tmx SYSTEM "tmx14.dtd">              (BITEXT_TMX_WRITE_DOCTYPE)
 *   <tmx version="1.4">
 *     <header creationtool="bitext" ... srclang="ko-KR">(note|prop|ude)*</header>
 *     <body>
 *       <tu tuid="1" creationdate="20261127T093000Z">
 *         <prop type="x-score">0.93</prop>
 *         <tuv xml:lang="ko-KR"><seg>...</seg></tuv>
 *       </tu>
 *     </body>
 *   </tmx>
 *
 * Each unit is formatted into one reused buffer and written with one fwrite
 * to the stream of an atomic file (io.h), so memory does not grow with the
 * number of units and the destination appears only on commit. Segments are
 * written from `seg`, the escaped inner XML every unit keeps (tmx_unit.c),
 * so inline codes come back as they were read. Props and notes are written
 * in their original relative order (their `order` field).
 */
#include "tmx/tmx_int.h"
#include "bitext/io.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct bitext_tmx_writer {
	bitext_afile *file;
	FILE *f;
	char *path;
	bitext_tmx_writer_options opts;
	bitext_buf out;            /* the unit being formatted */
	bitext_buf lang;           /* scratch for canonical tags */
	char now[32];              /* creation date of this memory's new units */
	size_t count;              /* units written */
};


/* ` name="value"`, value escaped; invalid characters refused. */
static int write_attr(bitext_buf *b, const char *name, const char *value)
{
	if (bitext_tmx__xml_text_check(value, strlen(value)) != (size_t)-1)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_attr_char", name,
			NULL);
	if (bitext_buf_putc(b, ' ') < 0 || bitext_buf_puts(b, name) < 0 ||
	    bitext_buf_puts(b, "=\"") < 0 || bitext_buf_put_xml_attr(b, value, strlen(value)) < 0 ||
	    bitext_buf_putc(b, '"') < 0)
		return NOMEM();
	return 0;
}

static int write_text(bitext_buf *b, const char *s)
{
	size_t n = strlen(s);

	if (bitext_tmx__xml_text_check(s, n) != (size_t)-1)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_char", "prop/note",
			NULL);
	return bitext_buf_put_xml_text(b, s, n) < 0 ? NOMEM() : 0;
}

static int write_prop(bitext_buf *b, const char *indent,
	const bitext_tmx_prop *p)
{
	if (bitext_buf_puts(b, indent) < 0 || bitext_buf_puts(b, "<prop") < 0 ||
	    write_attr(b, "type", p->type) < 0 ||
	    (p->lang && write_attr(b, "xml:lang", p->lang) < 0) ||
	    (p->o_encoding && write_attr(b, "o-encoding", p->o_encoding) < 0) ||
	    bitext_buf_putc(b, '>') < 0 || write_text(b, p->value) < 0 ||
	    bitext_buf_puts(b, "</prop>\n") < 0)
		return BITEXT_EINVAL;
	return 0;
}

static int write_note(bitext_buf *b, const char *indent,
	const bitext_tmx_note *n)
{
	if (bitext_buf_puts(b, indent) < 0 || bitext_buf_puts(b, "<note") < 0 ||
	    (n->lang && write_attr(b, "xml:lang", n->lang) < 0) ||
	    (n->o_encoding && write_attr(b, "o-encoding", n->o_encoding) < 0) ||
	    bitext_buf_putc(b, '>') < 0 || write_text(b, n->text) < 0 ||
	    bitext_buf_puts(b, "</note>\n") < 0)
		return BITEXT_EINVAL;
	return 0;
}

/* Props and notes merged back into document order. */
static int write_meta(bitext_buf *b, const char *indent,
	const bitext_tmx_prop *props, size_t np,
	const bitext_tmx_note *notes, size_t nn)
{
	size_t i = 0, j = 0;
	int error = 0;

	while (error == 0 && (i < np || j < nn)) {
		if (j >= nn || (i < np && props[i].order <= notes[j].order))
			error = write_prop(b, indent, &props[i++]);
		else
			error = write_note(b, indent, &notes[j++]);
	}
	return error;
}

/* The language to write: canonical when asked and possible. */
static const char *write_lang(bitext_tmx_writer *w, const char *lang)
{
	if (!(w->opts.flags & BITEXT_TMX_WRITE_CANONICAL_LANG))
		return lang;
	bitext_buf_clear(&w->lang);
	if (bitext_lang_canonicalize(&w->lang, lang, 0) < 0) {
		bitext_error_clear();
		return lang;
	}
	return w->lang.ptr;
}

static int write_tuv(bitext_tmx_writer *w, const bitext_tmx_tuv *t)
{
	bitext_buf *b = &w->out;
	size_t i;

	if (!t->lang || !t->lang[0])
		return bitext_error_set(BITEXT_EINVAL, "tmx_tuv_no_lang", NULL);
	if (bitext_buf_puts(b, "      <tuv") < 0 ||
	    write_attr(b, "xml:lang", write_lang(w, t->lang)) < 0)
		return BITEXT_EINVAL;
	for (i = 0; i < t->nattrs; i++)
		if (write_attr(b, t->attrs[i].name, t->attrs[i].value) < 0)
			return BITEXT_EINVAL;
	if (bitext_buf_puts(b, ">\n") < 0 ||
	    write_meta(b, "        ", t->props, t->nprops, t->notes,
		t->nnotes) < 0 ||
	    bitext_buf_puts(b, "        <seg>") < 0 ||
	    bitext_buf_puts(b, t->seg ? t->seg : "") < 0 ||
	    bitext_buf_puts(b, "</seg>\n      </tuv>\n") < 0)
		return BITEXT_EINVAL;
	return 0;
}

int bitext_tmx_writer_add(bitext_tmx_writer *w, const bitext_tmx_unit *unit)
{
	bitext_buf *b = &w->out;
	char tuid[32];
	size_t i;
	int error;

	if (!w || !unit)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	if (unit->ntuvs == 0)
		return bitext_error_set(BITEXT_EINVAL, "tmx_unit_empty",
			unit->tuid ? unit->tuid : "", NULL);
	bitext_buf_clear(b);
	if (bitext_buf_puts(b, "    <tu") < 0)
		return NOMEM();
	if (unit->tuid) {
		if ((error = write_attr(b, "tuid", unit->tuid)) < 0)
			return error;
	} else if (w->opts.flags & BITEXT_TMX_WRITE_TUID) {
		snprintf(tuid, sizeof(tuid), "%zu", w->count + 1);
		if ((error = write_attr(b, "tuid", tuid)) < 0)
			return error;
	}
	for (i = 0; i < unit->nattrs; i++)
		if ((error = write_attr(b, unit->attrs[i].name,
		    unit->attrs[i].value)) < 0)
			return error;
	if ((w->opts.flags & BITEXT_TMX_WRITE_CREATIONDATE) &&
	    !bitext_tmx_attr_get(unit->attrs, unit->nattrs, "creationdate") &&
	    (error = write_attr(b, "creationdate", w->now)) < 0)
		return error;
	if (bitext_buf_puts(b, ">\n") < 0)
		return NOMEM();
	if ((error = write_meta(b, "      ", unit->props, unit->nprops,
	    unit->notes, unit->nnotes)) < 0)
		return error;
	for (i = 0; i < unit->ntuvs; i++)
		if ((error = write_tuv(w, &unit->tuvs[i])) < 0)
			return error;
	if (bitext_buf_puts(b, "    </tu>\n") < 0)
		return NOMEM();
	if (fwrite(b->ptr, 1, b->size, w->f) != b->size)
		return bitext_error_set(BITEXT_EIO, "err_write", w->path,
			strerror(errno), NULL);
	w->count++;
	return 0;
}

/* Header attributes TMX 1.4b requires, with what bitext writes by default. */
static const char *const header_required[][2] = {
	{ "creationtool", "bitext" },
	{ "creationtoolversion", BITEXT_VERSION },
	{ "segtype", "sentence" },
	{ "o-tmf", "bitext" },
	{ "adminlang", "en-US" },
	{ "srclang", "*all*" },
	{ "datatype", "plaintext" },
};

int bitext_tmx_header_complete(bitext_tmx_header *h)
{
	size_t i;
	int error;

	for (i = 0; i < sizeof(header_required) / sizeof(header_required[0]); i++)
		if (!bitext_tmx_attr_get(h->attrs, h->nattrs,
		    header_required[i][0]) &&
		    (error = bitext_tmx_header_set_attr(h, header_required[i][0],
			header_required[i][1])) < 0)
			return error;
	return 0;
}

static int write_header(bitext_tmx_writer *w, const bitext_tmx_header *h)
{
	bitext_buf *b = &w->out;
	const char *v;
	size_t i;
	int error = 0;

	bitext_buf_clear(b);
	if (bitext_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") < 0 ||
	    ((w->opts.flags & BITEXT_TMX_WRITE_DOCTYPE) &&
	     bitext_buf_puts(b, "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n") < 0) ||
	    bitext_buf_puts(b, "<tmx version=\"1.4\">\n  <header") < 0)
		return NOMEM();
	for (i = 0; h && i < h->nattrs; i++) {
		v = h->attrs[i].value;
		if (!strcmp(h->attrs[i].name, "srclang") ||
		    !strcmp(h->attrs[i].name, "adminlang"))
			v = write_lang(w, v);
		if ((error = write_attr(b, h->attrs[i].name, v)) < 0)
			return error;
	}
	for (i = 0; i < sizeof(header_required) / sizeof(header_required[0]); i++)
		if ((!h || !bitext_tmx_attr_get(h->attrs, h->nattrs,
		    header_required[i][0])) &&
		    (error = write_attr(b, header_required[i][0],
			header_required[i][1])) < 0)
			return error;
	if (h && (h->nprops || h->nnotes || h->ude)) {
		if (bitext_buf_puts(b, ">\n") < 0 ||
		    (error = write_meta(b, "    ", h->props, h->nprops, h->notes,
			h->nnotes)) < 0 ||
		    (h->ude && (bitext_buf_puts(b, "    ") < 0 ||
			bitext_buf_puts(b, h->ude) < 0 ||
			bitext_buf_putc(b, '\n') < 0)) ||
		    bitext_buf_puts(b, "  </header>\n") < 0)
			return error < 0 ? error : NOMEM();
	} else if (bitext_buf_puts(b, "/>\n") < 0) {
		return NOMEM();
	}
	if (bitext_buf_puts(b, "  <body>\n") < 0)
		return NOMEM();
	if (fwrite(b->ptr, 1, b->size, w->f) != b->size)
		return bitext_error_set(BITEXT_EIO, "err_write", w->path,
			strerror(errno), NULL);
	return 0;
}

int bitext_tmx_writer_open(bitext_tmx_writer **out, const char *path,
	const bitext_tmx_header *header, const bitext_tmx_writer_options *opts)
{
	bitext_tmx_writer *w;
	int error;

	*out = NULL;
	if (!path)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	w = calloc(1, sizeof(*w));
	if (!w)
		return NOMEM();
	if (opts)
		w->opts = *opts;
	else
		w->opts.flags = BITEXT_TMX_WRITE_DEFAULT;
	bitext_tmx__now(w->now);
	w->path = strdup(path);
	if (!w->path) {
		error = NOMEM();
		goto fail;
	}
	if ((error = bitext_afile_open(&w->file, path)) < 0)
		goto fail;
	w->f = bitext_afile_stream(w->file);
	if ((error = write_header(w, header)) < 0)
		goto fail;
	*out = w;
	return 0;
fail:
	bitext_tmx_writer_abort(w);
	return error;
}

size_t bitext_tmx_writer_count(const bitext_tmx_writer *w)
{
	return w ? w->count : 0;
}

static void writer_free(bitext_tmx_writer *w)
{
	bitext_buf_dispose(&w->out);
	bitext_buf_dispose(&w->lang);
	free(w->path);
	free(w);
}

int bitext_tmx_writer_commit(bitext_tmx_writer *w)
{
	int error;

	if (!w)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	if (fputs("  </body>\n</tmx>\n", w->f) < 0) {
		error = bitext_error_set(BITEXT_EIO, "err_write", w->path,
			strerror(errno), NULL);
		bitext_afile_abort(w->file);
		writer_free(w);
		return error;
	}
	error = bitext_afile_commit(w->file);
	writer_free(w);
	return error;
}

void bitext_tmx_writer_abort(bitext_tmx_writer *w)
{
	if (!w)
		return;
	bitext_afile_abort(w->file);
	writer_free(w);
}
