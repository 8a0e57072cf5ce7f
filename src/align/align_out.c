/*
 * align_out.c - writing an alignment: links, tsv, jsonl, tmx, html.
 *
 *   links  `S:T` a line (comma-separated segment numbers, a side empty for
 *          an omission), the format of gold files and `bitext eval`;
 *   tsv    header `SRCLANG TGTLANG x-shape x-confidence x-src-segments
 *          x-tgt-segments` (und for a language not known), one row per
 *          link, so that `tmx convert` reads it back (x- columns become
 *          unit props); tabs and line breaks inside a text become spaces;
 *   jsonl  {"src":[..],"tgt":[..],"shape":"1-2","confidence":0.97,
 *          "src_paragraph":0,"tgt_paragraph":0,"source":"..","target":".."};
 *   tmx    one <tu> per link with both sides non-empty, props x-alignment,
 *          x-score, x-document, x-paragraph (through the TMX module);
 *   html   a self-contained review page: the two texts side by side,
 *          paragraph starts marked, links under the review threshold
 *          highlighted (no scripts, no network resources).
 */
#include "align/align_int.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/msg.h>
#include <bitext/tm.h>
#include <errno.h>
#include <string.h>

int bitext_align_format_parse(bitext_align_format *out, const char *name)
{
	static const char *const names[] = { "links", "tsv", "jsonl", "tmx",
		"html", "xliff", "xliff2" };
	int i;

	for (i = 0; i < 7; i++) {
		if (!strcmp(name, names[i])) {
			*out = (bitext_align_format)i;
			return 0;
		}
	}
	return bitext_error_set(BITEXT_EINVAL, "align_bad_format", name, NULL);
}

static void out_nums(FILE *f, size_t first, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		fprintf(f, k ? ",%zu" : "%zu", first + k);
}

/* Texts of segments [first, first+n) joined by a space into b. */
static int out_text(bitext_buf *b, const bitext_doc *doc, size_t first,
	size_t n)
{
	size_t k;
	int error = 0;

	bitext_buf_clear(b);
	for (k = 0; k < n && !error; k++) {
		const bitext_segment *g = bitext_doc_segment(doc, first + k);

		if (!g)
			break;
		if (k)
			error = bitext_buf_putc(b, ' ');
		if (!error)
			error = bitext_buf_put(b, g->text, g->len);
	}
	if (!error && !b->ptr)
		error = bitext_buf_puts(b, "");
	return error;
}

static void out_tsv_text(FILE *f, const bitext_buf *b)
{
	size_t i;

	for (i = 0; i < b->size; i++) {
		char c = b->ptr[i];
		fputc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, f);
	}
}

/* s[0..n) through one of the escapers of bitext/common.h (JSON, XML) to f;
 * 0, or BITEXT_ENOMEM with the error set. */
static int out_escaped(FILE *f, int (*esc)(bitext_buf *, const char *, size_t),
	const char *s, size_t n)
{
	bitext_buf e = BITEXT_BUF_INIT;
	int error = esc(&e, s, n);

	if (error < 0)
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	else if (e.size)
		fwrite(e.ptr, 1, e.size, f);
	bitext_buf_dispose(&e);
	return error;
}

static int out_html_text(FILE *f, const char *s, size_t n)
{
	return out_escaped(f, bitext_buf_put_xml_text, s, n);
}

static int out_html_msg(FILE *f, const char *key)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error;

	bitext_msg_format(&b, key, NULL);
	error = out_html_text(f, b.ptr ? b.ptr : key, b.ptr ? b.size :
		strlen(key));
	bitext_buf_dispose(&b);
	return error;
}

/* One side of a row: each segment in its own block, paragraph starts
 * marked with a pilcrow. */
static int out_html_side(FILE *f, const bitext_doc *doc, size_t first,
	size_t n)
{
	size_t k;
	int error = 0;

	for (k = 0; k < n && !error; k++) {
		const bitext_segment *g = bitext_doc_segment(doc, first + k);
		const bitext_paragraph *p = g ? bitext_doc_paragraph(doc,
			g->paragraph) : NULL;
		int pstart = p && p->first_segment == first + k;

		if (!g)
			break;
		fprintf(f, "<div class=\"seg%s\"><span class=\"n\">%s%zu</span> ",
			pstart ? " pstart" : "", pstart ? "\xC2\xB6" : "", first + k);
		error = out_html_text(f, g->text, g->len);
		fputs("</div>", f);
	}
	return error;
}

static const char out_css[] =
	"body{font-family:system-ui,sans-serif;margin:1em;color:#222}"
	"table{border-collapse:collapse;width:100%;table-layout:fixed}"
	"td,th{border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top}"
	"th{background:#f3f3f3;text-align:left}"
	".c{width:6em;text-align:right;font-variant-numeric:tabular-nums}"
	".k{width:3.5em;color:#666}"
	"tr.doubt td{background:#fff1c2}"
	"tr.doubt td.c{color:#a00;font-weight:bold}"
	"tr.omit td{background:#fde0e0}"
	"tr.para td{border-top:3px solid #88a}"
	".seg{margin:0 0 2px 0}"
	".n{color:#889;font-size:80%;margin-right:4px}"
	".pstart .n{color:#44a;font-weight:bold}"
	"p.sum{color:#555}"
	"table.only tr.ok:not(.omit){display:none}";

/* the review filter: a checkbox hides the links that need no look */
static const char out_js[] =
	"document.getElementById('only').addEventListener('change',function(e){"
	"document.querySelector('table').classList.toggle('only',e.target.checked)"
	"});";

static int out_html(FILE *f, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt)
{
	size_t i, n = bitext_alignment_count(al), doubt = 0;
	bitext_buf b = BITEXT_BUF_INIT;
	int error = 0;

	for (i = 0; i < n; i++)
		if (bitext_alignment_link(al, i)->confidence <
				BITEXT_ALIGN_REVIEW_THRESHOLD)
			doubt++;
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
		"<meta name=\"viewport\" content=\"width=device-width\"><title>",
		strcmp(bitext_msg_lang(), "root") ? bitext_msg_lang() : "en");
	if (out_html_msg(f, "align_html_title") < 0)
		error = BITEXT_ENOMEM;
	fprintf(f, "</title><style>%s</style></head><body>\n<h1>", out_css);
	if (out_html_msg(f, "align_html_title") < 0)
		error = BITEXT_ENOMEM;
	fputs("</h1>\n<p class=\"sum\">", f);
	bitext_msg_format(&b, "align_html_summary", (double)n, (double)doubt,
		BITEXT_ALIGN_REVIEW_THRESHOLD);
	if (out_html_text(f, b.ptr ? b.ptr : "", b.size) < 0)
		error = BITEXT_ENOMEM;
	bitext_buf_dispose(&b);
	fputs("</p>\n<p><label><input type=\"checkbox\" id=\"only\"> ", f);
	if (out_html_msg(f, "align_html_only_doubt") < 0)
		error = BITEXT_ENOMEM;
	fputs("</label></p>\n<table><thead><tr><th class=\"k\">#</th><th>", f);
	if (out_html_msg(f, "align_html_source") < 0)
		error = BITEXT_ENOMEM;
	fputs("</th><th>", f);
	if (out_html_msg(f, "align_html_target") < 0)
		error = BITEXT_ENOMEM;
	fputs("</th><th class=\"k\">", f);
	if (out_html_msg(f, "align_html_shape") < 0)
		error = BITEXT_ENOMEM;
	fputs("</th><th class=\"c\">", f);
	if (out_html_msg(f, "align_html_confidence") < 0)
		error = BITEXT_ENOMEM;
	fputs("</th></tr></thead><tbody>\n", f);
	for (i = 0; i < n && !error; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);
		int para = (l->nsrc && bitext_doc_paragraph(src, l->src_para) &&
			bitext_doc_paragraph(src, l->src_para)->first_segment == l->src) ||
			(l->ntgt && bitext_doc_paragraph(tgt, l->tgt_para) &&
			bitext_doc_paragraph(tgt, l->tgt_para)->first_segment == l->tgt);
		int doubtful = l->confidence < BITEXT_ALIGN_REVIEW_THRESHOLD;

		fprintf(f, "<tr id=\"l%zu\" class=\"%s%s%s\" data-confidence=\"%.3f\">"
			"<td class=\"k\">%zu</td><td lang=\"%s\">", i,
			doubtful ? "doubt" : "ok",
			(!l->nsrc || !l->ntgt) ? " omit" : "", para ? " para" : "",
			l->confidence, i,
			bitext_doc_lang(src) ? bitext_doc_lang(src) : "und");
		error = out_html_side(f, src, l->src, l->nsrc);
		fprintf(f, "</td><td lang=\"%s\">", bitext_doc_lang(tgt) ?
			bitext_doc_lang(tgt) : "und");
		if (!error)
			error = out_html_side(f, tgt, l->tgt, l->ntgt);
		fprintf(f, "</td><td class=\"k\">%zu-%zu</td><td class=\"c\">%.2f"
			"</td></tr>\n", l->nsrc, l->ntgt, l->confidence);
	}
	fprintf(f, "</tbody></table>\n<script>%s</script>\n</body></html>\n",
		out_js);
	return error < 0 ? bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
}

int bitext_alignment_write(FILE *f, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt, bitext_align_format fmt)
{
	bitext_buf bs = BITEXT_BUF_INIT, bt = BITEXT_BUF_INIT;
	size_t i, n = bitext_alignment_count(al);
	int error = 0;

	if (fmt == BITEXT_ALIGN_TMX || fmt == BITEXT_ALIGN_XLIFF ||
	    fmt == BITEXT_ALIGN_XLIFF2)
		return bitext_error_set(BITEXT_EINVAL, "align_tmx_stream", NULL);
	if (fmt == BITEXT_ALIGN_HTML)
		error = out_html(f, al, src, tgt);
	if (fmt == BITEXT_ALIGN_TSV)
		fprintf(f, "%s\t%s\tx-shape\tx-confidence\tx-src-segments\t"
			"x-tgt-segments\n", bitext_doc_lang(src) ?
			bitext_doc_lang(src) : "und", bitext_doc_lang(tgt) ?
			bitext_doc_lang(tgt) : "und");
	for (i = 0; i < n && fmt != BITEXT_ALIGN_HTML && !error; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);

		if (fmt == BITEXT_ALIGN_LINKS) {
			out_nums(f, l->src, l->nsrc);
			fputc(':', f);
			out_nums(f, l->tgt, l->ntgt);
			fputc('\n', f);
			continue;
		}
		if ((error = out_text(&bs, src, l->src, l->nsrc)) < 0 ||
			(error = out_text(&bt, tgt, l->tgt, l->ntgt)) < 0)
			break;
		if (fmt == BITEXT_ALIGN_TSV) {
			out_tsv_text(f, &bs);
			fputc('\t', f);
			out_tsv_text(f, &bt);
			fprintf(f, "\t%zu-%zu\t%.4f\t", l->nsrc, l->ntgt, l->confidence);
			out_nums(f, l->src, l->nsrc);
			fputc('\t', f);
			out_nums(f, l->tgt, l->ntgt);
			fputc('\n', f);
		} else {
			fputs("{\"src\":[", f);
			out_nums(f, l->src, l->nsrc);
			fputs("],\"tgt\":[", f);
			out_nums(f, l->tgt, l->ntgt);
			fprintf(f, "],\"shape\":\"%zu-%zu\",\"confidence\":%.4f,"
				"\"src_paragraph\":%zu,\"tgt_paragraph\":%zu,\"source\":",
				l->nsrc, l->ntgt, l->confidence, l->src_para, l->tgt_para);
			error = out_escaped(f, bitext_buf_put_json, bs.ptr, bs.size);
			fputs(",\"target\":", f);
			if (!error)
				error = out_escaped(f, bitext_buf_put_json, bt.ptr,
					bt.size);
			fputs("}\n", f);
		}
	}
	bitext_buf_dispose(&bs);
	bitext_buf_dispose(&bt);
	if (!error && ferror(f))
		error = bitext_error_set(BITEXT_EIO, "err_write", "-",
			strerror(errno), NULL);
	return error;
}

static int out_tmx_unit(bitext_tm_writer *w, const bitext_align_link *l,
	const bitext_doc *src, const bitext_doc *tgt, const char *sl,
	const char *tl, bitext_buf *bs, bitext_buf *bt)
{
	bitext_tmx_unit *u = NULL;
	char shape[32], score[32], para[32];
	const char *name = bitext_doc_name(src);
	int error;

	snprintf(shape, sizeof(shape), "%zu-%zu", l->nsrc, l->ntgt);
	snprintf(score, sizeof(score), "%.4f", l->confidence);
	snprintf(para, sizeof(para), "%zu", l->src_para);
	if ((error = out_text(bs, src, l->src, l->nsrc)) < 0 ||
		(error = out_text(bt, tgt, l->tgt, l->ntgt)) < 0 ||
		(error = bitext_tmx_unit_new(&u)) < 0)
		return error;
	if ((error = bitext_tmx_unit_add_tuv(u, sl, bs->ptr)) < 0 ||
		(error = bitext_tmx_unit_add_tuv(u, tl, bt->ptr)) < 0 ||
		(error = bitext_tmx_unit_add_prop(u, -1, "x-alignment", shape,
			NULL)) < 0 ||
		(error = bitext_tmx_unit_add_prop(u, -1, "x-score", score,
			NULL)) < 0 ||
		(name && (error = bitext_tmx_unit_add_prop(u, -1, "x-document",
			name, NULL)) < 0) ||
		(error = bitext_tmx_unit_add_prop(u, -1, "x-paragraph", para,
			NULL)) < 0)
		goto cleanup;
	error = bitext_tm_writer_add(w, u);
cleanup:
	bitext_tmx_unit_free(u);
	return error < 0 ? error : 0;
}

/* TMX, XLIFF 1.2 or 2.0 (a memory format of bitext/tm.h). */
static int out_tmx(const char *path, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt, int format)
{
	bitext_tm_writer *w = NULL;
	bitext_tmx_header *h = NULL;
	bitext_buf bs = BITEXT_BUF_INIT, bt = BITEXT_BUF_INIT;
	bitext_buf sb = BITEXT_BUF_INIT, tb = BITEXT_BUF_INIT;
	const char *sl = bitext_doc_lang(src), *tl = bitext_doc_lang(tgt);
	size_t i;
	int error = 0;

	/* memories carry BCP 47 tags with a region (ko-KR, en-US): CAT tools
	 * such as OmegaT compare the region too */
	if (sl && (error = bitext_lang_canonicalize(&sb, sl,
	    BITEXT_LANG_ADD_REGION)) == 0)
		sl = sb.ptr;
	if (tl && error != BITEXT_ENOMEM && (error = bitext_lang_canonicalize(&tb,
	    tl, BITEXT_LANG_ADD_REGION)) == 0)
		tl = tb.ptr;
	if (error == BITEXT_ENOMEM)
		goto cleanup;
	error = 0;
	sl = sl ? sl : "und";
	tl = tl ? tl : "und";
	if ((error = bitext_tmx_header_new(&h)) < 0 ||
		(error = bitext_tmx_header_set_attr(h, "srclang", sl)) < 0 ||
		(error = bitext_tm_writer_open(&w, path, format, h, NULL,
			NULL)) < 0)
		goto cleanup;
	for (i = 0; i < bitext_alignment_count(al) && !error; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);

		if (l->nsrc && l->ntgt)
			error = out_tmx_unit(w, l, src, tgt, sl, tl, &bs, &bt);
	}
	if (error)
		bitext_tm_writer_abort(w);
	else
		error = bitext_tm_writer_commit(w);
cleanup:
	bitext_tmx_header_free(h);
	bitext_buf_dispose(&bs);
	bitext_buf_dispose(&bt);
	bitext_buf_dispose(&sb);
	bitext_buf_dispose(&tb);
	return error;
}

int bitext_alignment_save(const char *path, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt, bitext_align_format fmt)
{
	bitext_afile *f = NULL;
	int error;

	if (fmt == BITEXT_ALIGN_TMX || fmt == BITEXT_ALIGN_XLIFF ||
	    fmt == BITEXT_ALIGN_XLIFF2)
		return out_tmx(path, al, src, tgt, fmt == BITEXT_ALIGN_TMX ?
			BITEXT_TM_TMX : fmt == BITEXT_ALIGN_XLIFF ? BITEXT_TM_XLIFF :
			BITEXT_TM_XLIFF2);
	if ((error = bitext_afile_open(&f, path)) < 0)
		return error;
	/* a write error: the commit names the file, says why, and keeps the
	 * old one */
	if ((error = bitext_alignment_write(bitext_afile_stream(f), al, src,
			tgt, fmt)) < 0 && !(error == BITEXT_EIO &&
			ferror(bitext_afile_stream(f)))) {
		bitext_afile_abort(f);
		return error;
	}
	return bitext_afile_commit(f);
}
