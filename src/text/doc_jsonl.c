/*
 * doc_jsonl.c - a document's segments as JSON Lines
 * (bitext_doc_write_jsonl, the format of `bitext segment --format json`).
 *
 * One object a segment, built in a buffer and written whole, so a line is
 * never cut by an out-of-memory error. Code-point offsets ("chars") are
 * counted once over the document text, from one segment to the next.
 */
#include "bitext/doc.h"
#include "bitext/errors.h"
#include "util/utf8.h"

#include <errno.h>
#include <string.h>

static const char *kind_name(bitext_para_kind k)
{
	switch (k) {
	case BITEXT_PARA_HEADING: return "heading";
	case BITEXT_PARA_LIST_ITEM: return "list-item";
	case BITEXT_PARA_QUOTE: return "quote";
	default: return "text";
	}
}

/* The line of segment `i`, whose code points span [cs, ce). */
static int segment_line(bitext_buf *line, const bitext_doc *doc, size_t i,
	const char *file, size_t cs, size_t ce)
{
	const bitext_segment *s = bitext_doc_segment(doc, i);
	const bitext_paragraph *p = bitext_doc_paragraph(doc, s->paragraph);

	bitext_buf_clear(line);
	if (bitext_buf_puts(line, "{\"file\":") < 0 ||
	    bitext_buf_put_json(line, file, strlen(file)) < 0 ||
	    bitext_buf_printf(line, ",\"paragraph\":%zu,\"segment\":%zu,"
		"\"kind\":\"%s\",\"text\":", s->paragraph, i,
		kind_name(p->kind)) < 0 ||
	    bitext_buf_put_json(line, s->text, s->len) < 0 ||
	    bitext_buf_printf(line, ",\"bytes\":[%zu,%zu],\"chars\":[%zu,%zu]}\n",
		s->src_start, s->src_end, cs, ce) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

int bitext_doc_write_jsonl(FILE *f, const bitext_doc *doc, const char *file)
{
	size_t i, n = bitext_doc_segment_count(doc), off = 0, cp = 0, cs;
	const char *text = bitext_doc_text(doc, NULL);
	bitext_buf line = BITEXT_BUF_INIT;
	int error = 0;

	for (i = 0; i < n && !error; i++) {
		const bitext_segment *s = bitext_doc_segment(doc, i);

		cs = cp + bitext_utf8__count(text + off, s->start - off);
		cp = cs + bitext_utf8__count(text + s->start, s->end - s->start);
		off = s->end;
		error = segment_line(&line, doc, i, file, cs, cp);
		if (!error && fwrite(line.ptr, 1, line.size, f) != line.size)
			error = bitext_error_set(BITEXT_EIO, "err_write", "-",
				strerror(errno), NULL);   /* the stream's name is the caller's */
	}
	bitext_buf_dispose(&line);
	return error;
}
