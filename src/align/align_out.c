/*
 * align_out.c - writing an alignment: links, tsv, jsonl, tmx, html.
 *
 *   links  `S:T` a line (comma-separated segment numbers, a side empty for
 *          an omission), the format of gold files and `bitext eval`; a
 *          confirmed link is followed by a tab and `confirmed`;
 *   tsv    header `SRCLANG TGTLANG x-alignment x-score x-src-segments
 *          x-tgt-segments` (und for a language not known), one row per
 *          link, so that `tmx convert` reads it back (x- columns become
 *          unit props); tabs and line breaks inside a text become spaces;
 *   jsonl  {"src":[..],"tgt":[..],"shape":"1-2","confidence":0.97,
 *          "src_paragraph":0,"tgt_paragraph":0,"source":"..","target":".."};
 *   tmx    one <tu> per link with both sides non-empty, props x-alignment,
 *          x-score, x-document, x-paragraph (through the TMX module), and
 *          x-confirmed (yes) for a confirmed link;
 *   html   a self-contained review page that is an editor: the two texts
 *          side by side, paragraph starts marked, links under the review
 *          threshold highlighted; links merged, split, moved, confirmed
 *          and saved as a links file or TMX in the browser (the script
 *          and style of src/align/review.js, review.css; no network).
 * A link the model did not score (BITEXT_ALIGN_NO_SCORE) has no x-score,
 * an empty TSV confidence, and a JSON confidence of null.
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

	if (!strcmp(name, "json"))   /* JSON Lines by its other name */
		name = "jsonl";
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

/* inline codes written per segment (more spans are left as plain text) */
#define OUT_MAX_CODES 64

/* A span of a segment as a pair of TMX codes: where it opens and closes
 * in the document text, its kind and number. */
typedef struct {
	size_t a, e, i;
	const bitext_inline *span;
} out_code;

/* The native code of span `s` (HTML-like, as CAT tools show it) as
 * escaped content of a <bpt> (open) or <ept>. */
static int out_native(bitext_buf *b, const bitext_inline *s, int open)
{
	static const char *const tags[] = { "", "b", "i", "u", "a" };
	bitext_buf n = BITEXT_BUF_INIT;
	int error;

	bitext_buf_printf(&n, "<%s%s", open ? "" : "/", tags[s->kind]);
	if (open && s->kind == BITEXT_INLINE_LINK && s->target) {
		bitext_buf_puts(&n, " href=\"");
		bitext_buf_put_xml_attr(&n, s->target, strlen(s->target));
		bitext_buf_putc(&n, '"');
	}
	bitext_buf_putc(&n, '>');
	error = n.failed ? BITEXT_ENOMEM : bitext_buf_put_xml_text(b, n.ptr,
		n.size);
	bitext_buf_dispose(&n);
	return error;
}

static int out_code_tag(bitext_buf *b, const out_code *c, int open)
{
	static const char *const types[] = { "", "bold", "italic", "ulined",
		"link" };

	if (open)
		bitext_buf_printf(b, "<bpt i=\"%zu\" type=\"%s\">", c->i,
			types[c->span->kind]);
	else
		bitext_buf_printf(b, "<ept i=\"%zu\">", c->i);
	out_native(b, c->span, open);
	return bitext_buf_puts(b, open ? "</bpt>" : "</ept>");
}

/* The codes of the spans touching segment g, numbered from *next. */
static size_t out_codes(out_code *c, const bitext_doc *doc,
	const bitext_segment *g, size_t *next)
{
	size_t j = bitext_doc_inline_first(doc, g->paragraph), n = 0;
	const bitext_inline *s;

	for (; (s = bitext_doc_inline(doc, j)) && s->start < g->end &&
	    n < OUT_MAX_CODES; j++) {
		size_t a = s->start > g->start ? s->start : g->start;
		size_t e = s->end < g->end ? s->end : g->end;
		if (a >= e)
			continue;
		c[n].a = a;
		c[n].e = e;
		c[n].span = s;
		c[n++].i = (*next)++;
	}
	return n;
}

/* Segment g as inner XML of <seg>: its text escaped, the document's
 * inline spans (bold, italic, underline, links) as <bpt>/<ept> pairs.
 * Codes open in the order of their start and close innermost first. */
static int out_seg_xml(bitext_buf *b, const bitext_doc *doc,
	const bitext_segment *g, size_t *next)
{
	out_code c[OUT_MAX_CODES];
	const char *t = bitext_doc_text(doc, NULL);
	size_t n, pos = g->start, k, opened = 0;

	/* codes only where the segment is the document text as it stands
	 * (not a hard-wrapped text whose line breaks became spaces) */
	if (g->len != g->end - g->start || memcmp(g->text, t + g->start, g->len) ||
	    !(n = out_codes(c, doc, g, next)))
		return bitext_buf_put_xml_text(b, g->text, g->len);
	while (pos < g->end) {
		size_t to = g->end;
		for (k = 0; k < opened; k++)
			if (c[k].e > pos && c[k].e < to)
				to = c[k].e;
		if (opened < n && c[opened].a < to)
			to = c[opened].a;
		bitext_buf_put_xml_text(b, t + pos, to - pos);
		pos = to;
		for (k = opened; k-- > 0;)
			if (c[k].e == pos)
				out_code_tag(b, &c[k], 0);
		while (opened < n && c[opened].a == pos)
			out_code_tag(b, &c[opened++], 1);
	}
	return b->failed ? BITEXT_ENOMEM : 0;
}

/* Segments [first, first+n) joined by a space into b: their texts, or
 * (xml) inner XML of <seg> with the document's inline codes. */
static int out_join(bitext_buf *b, const bitext_doc *doc, size_t first,
	size_t n, int xml)
{
	size_t k, next = 1;
	int error = 0;

	bitext_buf_clear(b);
	for (k = 0; k < n && !error; k++) {
		const bitext_segment *g = bitext_doc_segment(doc, first + k);

		if (!g)
			break;
		if (k)
			error = bitext_buf_putc(b, ' ');
		if (!error)
			error = xml ? out_seg_xml(b, doc, g, &next) :
				bitext_buf_put(b, g->text, g->len);
	}
	if (!error && !b->ptr)
		error = bitext_buf_puts(b, "");
	return error;
}

static int out_text(bitext_buf *b, const bitext_doc *doc, size_t first,
	size_t n)
{
	return out_join(b, doc, first, n, 0);
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

/* The header of a memory made of the alignment, in *out: srclang (and *tl,
 * the target language) canonical with a region, as BCP 47 tags (ko-KR,
 * en-US: CAT tools such as OmegaT compare the region too), "und" for a
 * language not known; the tags live in sb and tb. */
static int out_tmx_header(bitext_tmx_header **out, const char **tl,
	bitext_buf *sb, bitext_buf *tb, const bitext_doc *src,
	const bitext_doc *tgt)
{
	const char *sl = bitext_doc_lang(src);
	int error = 0;

	*tl = bitext_doc_lang(tgt);
	if (sl && (error = bitext_lang_canonicalize(sb, sl,
	    BITEXT_LANG_ADD_REGION)) == 0)
		sl = sb->ptr;
	if (*tl && error != BITEXT_ENOMEM && (error = bitext_lang_canonicalize(
	    tb, *tl, BITEXT_LANG_ADD_REGION)) == 0)
		*tl = tb->ptr;
	if (error == BITEXT_ENOMEM)
		return error;
	bitext_error_clear();
	sl = sl ? sl : "und";
	*tl = *tl ? *tl : "und";
	if ((error = bitext_tmx_header_new(out)) < 0 ||
	    (error = bitext_tmx_header_set_attr(*out, "srclang", sl)) < 0)
		return error;
	return 0;
}

/*
 * The name of a text as written into what align produces (TMX x-document,
 * XLIFF original, the review page): the name as given, but an absolute
 * path loses its folders, so that a memory or a page sent on does not
 * carry the paths of the machine it was made on ("/home/kim/jobs/a.ko.txt"
 * is "a.ko.txt"; "jobs/a.ko.txt" stays). NULL stays NULL.
 */
static const char *out_doc_name(const bitext_doc *doc)
{
	const char *name = bitext_doc_name(doc), *slash;

	if (!name || name[0] != '/')
		return name;
	slash = strrchr(name, '/');
	return slash && slash[1] ? slash + 1 : name;
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

/*
 * The review page is an editor: the alignment travels as JSON in a
 * <script type="application/json"> (escaped so that no text can end the
 * element), and the script of src/align/review.js draws it, edits it, keeps
 * the edits in the browser's local storage and writes links files and TMX.
 * The script and the style sheet are compiled in from src/align/review.js
 * and review.css (see the Makefile): the page needs nothing but itself.
 */
static const char out_css[] =
#include "align/review.css.inc"
	;
static const char out_js[] =
#include "align/review.js.inc"
	;

/*
 * What the page does, with its keys (KeyboardEvent.key values, "Control+"
 * for a key with Ctrl): the script takes its key map from these data-key
 * attributes, so the keys the page lists are the keys it reads. Buttons
 * first, then (after the NULL) the keys without a button.
 */
static const struct {
	const char *act, *keys, *msg;
} out_acts[] = {
	{ "mergeprev", "M", "align_html_act_mergeprev" },
	{ "mergenext", "m", "align_html_act_mergenext" },
	{ "split", "s", "align_html_act_split" },
	{ "up", "[", "align_html_act_up" },
	{ "down", "]", "align_html_act_down" },
	{ "alone", "x", "align_html_act_alone" },
	{ "confirm", "c", "align_html_act_confirm" },
	{ "undo", "u Control+z", "align_html_act_undo" },
	{ "redo", "r Control+y Control+Z", "align_html_act_redo" },
	{ "save", "w Control+s", "align_html_act_save" },
	{ "tmx", "t", "align_html_act_tmx" },
	{ NULL, NULL, NULL },
	{ "next", "j ArrowDown", "align_html_act_next" },
	{ "prev", "k ArrowUp", "align_html_act_prev" },
	{ "src", "h ArrowLeft", "align_html_act_src" },
	{ "tgt", "l ArrowRight", "align_html_act_tgt" },
	{ "expand", "e", "align_html_act_expand" },
	{ "search", "/", "align_html_act_search" },
};

/* the keys of an action as <kbd>s: "Control+z" as Ctrl+Z, arrows as such */
static void out_html_keys(FILE *f, const char *keys)
{
	static const char *const names[][2] = { { "ArrowDown", "\xE2\x86\x93" },
		{ "ArrowUp", "\xE2\x86\x91" }, { "ArrowLeft", "\xE2\x86\x90" },
		{ "ArrowRight", "\xE2\x86\x92" } };
	const char *k = keys, *e;
	size_t i, n;

	while (*k) {
		e = strchr(k, ' ');
		n = e ? (size_t)(e - k) : strlen(k);
		fputs(k == keys ? "<kbd>" : " <kbd>", f);
		if (n > 8 && !strncmp(k, "Control+", 8)) {
			fputs("Ctrl+", f);
			if (k[8] >= 'A' && k[8] <= 'Z')
				fputs("Shift+", f);
			fputc(k[8] >= 'a' && k[8] <= 'z' ? k[8] - 'a' + 'A' : k[8], f);
		} else {
			for (i = 0; i < 4; i++)
				if (strlen(names[i][0]) == n && !strncmp(k, names[i][0], n))
					break;
			if (i < 4)
				fputs(names[i][1], f);
			else
				fwrite(k, 1, n, f);
		}
		fputs("</kbd>", f);
		k += n + (e != NULL);
	}
}

static int out_json_str(bitext_buf *j, const char *s)
{
	return bitext_buf_put_json_script(j, s ? s : "", s ? strlen(s) : 0);
}

/* ,"name":"message": a string the script shows */
static int out_html_ui(bitext_buf *j, const char *name, const char *key,
	const char *arg)
{
	bitext_buf m = BITEXT_BUF_INIT;
	int error;

	bitext_msg_format(&m, key, arg);
	error = bitext_buf_printf(j, ",\"%s\":", name) < 0 ||
		out_json_str(j, m.ptr ? m.ptr : key) < 0 ? BITEXT_ENOMEM : 0;
	bitext_buf_dispose(&m);
	return error;
}

/* one side: {"name":..,"lang":..,"tmx":..,"text":[..],"para":[paragraph
 * of each sentence]} */
static int out_html_doc(bitext_buf *j, const bitext_doc *doc, const char *tl)
{
	size_t i, n = bitext_doc_segment_count(doc);
	int error = 0;

	if (bitext_buf_puts(j, "{\"name\":") < 0 ||
	    out_json_str(j, out_doc_name(doc)) < 0 ||
	    bitext_buf_puts(j, ",\"lang\":") < 0 ||
	    out_json_str(j, bitext_doc_lang(doc) ? bitext_doc_lang(doc) :
		"und") < 0 ||
	    bitext_buf_puts(j, ",\"tmx\":") < 0 || out_json_str(j, tl) < 0 ||
	    bitext_buf_puts(j, ",\n\"text\":[") < 0)
		return BITEXT_ENOMEM;
	for (i = 0; i < n && !error; i++) {
		const bitext_segment *g = bitext_doc_segment(doc, i);

		error = (i && bitext_buf_puts(j, ",\n") < 0) ||
			bitext_buf_put_json_script(j, g->text, g->len) < 0;
	}
	error = error || bitext_buf_puts(j, "],\n\"para\":[") < 0;
	for (i = 0; i < n && !error; i++)
		error = bitext_buf_printf(j, i ? ",%zu" : "%zu",
			bitext_doc_segment(doc, i)->paragraph) < 0;
	return error || bitext_buf_puts(j, "]}") < 0 ? BITEXT_ENOMEM : 0;
}

/* The page's data: both texts, the links (s, ns, t, nt, confidence or
 * null when not scored, confirmed 0/1: six values a link), the review
 * threshold, the <header> attributes of the
 * TMX export and the strings the script shows. */
static int out_html_data(bitext_buf *j, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt,
	const bitext_tmx_header *h, const char *tl)
{
	size_t i, n = bitext_alignment_count(al);
	const char *name = out_doc_name(src);
	int error = 0;

	if (bitext_buf_printf(j, "{\"threshold\":%g,\"header\":[",
		BITEXT_ALIGN_REVIEW_THRESHOLD) < 0)
		return BITEXT_ENOMEM;
	for (i = 0; i < h->nattrs && !error; i++)
		error = bitext_buf_puts(j, i ? ",[" : "[") < 0 ||
			out_json_str(j, h->attrs[i].name) < 0 ||
			bitext_buf_putc(j, ',') < 0 ||
			out_json_str(j, h->attrs[i].value) < 0 ||
			bitext_buf_putc(j, ']') < 0;
	error = error || bitext_buf_puts(j, "],\n\"src\":") < 0 ||
		out_html_doc(j, src, bitext_tmx_header_attr(h, "srclang")) < 0 ||
		bitext_buf_puts(j, ",\n\"tgt\":") < 0 ||
		out_html_doc(j, tgt, tl) < 0 ||
		bitext_buf_puts(j, ",\n\"links\":[") < 0;
	for (i = 0; i < n && !error; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);

		char conf[32] = "null";    /* not scored (read from a file) */

		if (l->confidence >= 0)
			snprintf(conf, sizeof(conf), "%.4f", l->confidence);
		error = bitext_buf_printf(j, "%s%zu,%zu,%zu,%zu,%s,%d", i ? ",\n" :
			"", l->src, l->nsrc, l->tgt, l->ntgt, conf, l->confirmed) < 0;
	}
	error = error || bitext_buf_puts(j, "],\n\"ui\":{\"v\":1") < 0 ||
		out_html_ui(j, "stored", "align_html_stored",
			name ? name : "-") < 0 ||
		out_html_ui(j, "stale", "align_html_stale", name ? name : "-") < 0 ||
		out_html_ui(j, "discard", "align_html_discard", NULL) < 0 ||
		out_html_ui(j, "more", "align_html_more", NULL) < 0 ||
		out_html_ui(j, "less", "align_html_less", NULL) < 0 ||
		out_html_ui(j, "links", "align_html_n_links", NULL) < 0 ||
		out_html_ui(j, "doubt", "align_html_n_doubt", NULL) < 0 ||
		out_html_ui(j, "confirmed", "align_html_n_confirmed", NULL) < 0 ||
		out_html_ui(j, "edited", "align_html_n_edited", NULL) < 0 ||
		bitext_buf_puts(j, "}}") < 0;
	return error ? BITEXT_ENOMEM : 0;
}

static int out_html(FILE *f, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt)
{
	size_t i, n = bitext_alignment_count(al), doubt = 0;
	bitext_buf b = BITEXT_BUF_INIT, sb = BITEXT_BUF_INIT, tb = BITEXT_BUF_INIT;
	bitext_tmx_header *h = NULL;
	const char *tl;
	int error = 0;

	for (i = 0; i < n; i++) {    /* as the page's script counts them */
		const bitext_align_link *l = bitext_alignment_link(al, i);

		if (l->confidence >= 0 && l->confidence <
				BITEXT_ALIGN_REVIEW_THRESHOLD && !l->confirmed)
			doubt++;
	}
	if ((error = out_tmx_header(&h, &tl, &sb, &tb, src, tgt)) < 0 ||
	    (error = bitext_tmx_header_complete(h)) < 0 ||
	    (error = out_html_data(&b, al, src, tgt, h, tl)) < 0)
		goto cleanup;
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
		"<meta name=\"viewport\" content=\"width=device-width\"><title>",
		strcmp(bitext_msg_lang(), "root") ? bitext_msg_lang() : "en");
	bitext_buf_clear(&sb);
	bitext_msg_format(&sb, "align_html_title_files", out_doc_name(src) ?
		out_doc_name(src) : "-", out_doc_name(tgt) ? out_doc_name(tgt) : "-");
	out_html_text(f, sb.ptr ? sb.ptr : "", sb.size);
	fprintf(f, "</title>\n<style>\n%s</style></head><body>\n"
		"<header id=\"bar\">\n<h1>", out_css);
	out_html_msg(f, "align_html_title");
	fputs("</h1>\n<p class=\"sum\">", f);
	bitext_buf_clear(&sb);
	bitext_msg_format(&sb, "align_html_summary", (double)n, (double)doubt,
		BITEXT_ALIGN_REVIEW_THRESHOLD);
	out_html_text(f, sb.ptr ? sb.ptr : "", sb.size);
	fputs(" <span id=\"status\"></span></p>\n<div class=\"tools\">", f);
	for (i = 0; out_acts[i].act; i++) {
		fprintf(f, "<button type=\"button\" data-act=\"%s\" data-key=\"%s\">",
			out_acts[i].act, out_acts[i].keys);
		out_html_msg(f, out_acts[i].msg);
		fputc(' ', f);
		out_html_keys(f, out_acts[i].keys);
		fputs("</button>", f);
	}
	fputs("</div>\n<div class=\"tools\"><label><input type=\"checkbox\" "
		"id=\"only\" data-key=\"d\"> ", f);
	out_html_msg(f, "align_html_only_doubt");
	fputs(" <kbd>d</kbd></label> <label><input type=\"checkbox\" "
		"id=\"unconfirmed\" data-key=\"n\"> ", f);
	out_html_msg(f, "align_html_only_unconfirmed");
	fputs(" <kbd>n</kbd></label> <input type=\"search\" id=\"q\" "
		"placeholder=\"", f);
	out_html_msg(f, "align_html_act_search");
	fputs("\"></div>\n<p class=\"keys\">", f);
	for (i++; i < sizeof(out_acts) / sizeof(out_acts[0]); i++) {
		fprintf(f, "<span data-act=\"%s\" data-key=\"%s\">",
			out_acts[i].act, out_acts[i].keys);
		out_html_keys(f, out_acts[i].keys);
		fputc(' ', f);
		out_html_msg(f, out_acts[i].msg);
		fputs("</span> ", f);
	}
	fputs("</p>\n<details class=\"help\"><summary>", f);
	out_html_msg(f, "align_html_help_title");
	fputs("</summary>", f);
	out_html_msg(f, "align_html_help");
	fputs("</details>\n<p class=\"note\" id=\"store\"></p>\n</header>\n"
		"<div id=\"links\"><div class=\"row head\"><div>", f);
	out_html_msg(f, "align_html_source");
	fputs("</div><div>", f);
	out_html_msg(f, "align_html_target");
	fputs("</div><div class=\"meta\">", f);
	out_html_msg(f, "align_html_shape");
	fputs(" \xC2\xB7 ", f);
	out_html_msg(f, "align_html_confidence");
	fputs("</div></div></div>\n<noscript><p>", f);
	out_html_msg(f, "align_html_noscript");
	fputs("</p></noscript>\n<script type=\"application/json\" id=\"data\">\n",
		f);
	fwrite(b.ptr, 1, b.size, f);
	fprintf(f, "\n</script>\n<script>\n%s</script>\n</body></html>\n",
		out_js);
cleanup:
	bitext_tmx_header_free(h);
	bitext_buf_dispose(&b);
	bitext_buf_dispose(&sb);
	bitext_buf_dispose(&tb);
	return error;
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
		fprintf(f, "%s\t%s\tx-alignment\tx-score\tx-src-segments\t"
			"x-tgt-segments\n", bitext_doc_lang(src) ?
			bitext_doc_lang(src) : "und", bitext_doc_lang(tgt) ?
			bitext_doc_lang(tgt) : "und");
	for (i = 0; i < n && fmt != BITEXT_ALIGN_HTML && !error; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);

		if (fmt == BITEXT_ALIGN_LINKS) {
			out_nums(f, l->src, l->nsrc);
			fputc(':', f);
			out_nums(f, l->tgt, l->ntgt);
			fputs(l->confirmed ? "\tconfirmed\n" : "\n", f);
			continue;
		}
		if ((error = out_text(&bs, src, l->src, l->nsrc)) < 0 ||
			(error = out_text(&bt, tgt, l->tgt, l->ntgt)) < 0)
			break;
		if (fmt == BITEXT_ALIGN_TSV) {
			out_tsv_text(f, &bs);
			fputc('\t', f);
			out_tsv_text(f, &bt);
			fprintf(f, "\t%zu-%zu\t", l->nsrc, l->ntgt);
			if (l->confidence >= 0)
				fprintf(f, "%.4f", l->confidence);
			fputc('\t', f);
			out_nums(f, l->src, l->nsrc);
			fputc('\t', f);
			out_nums(f, l->tgt, l->ntgt);
			fputc('\n', f);
		} else {
			fputs("{\"src\":[", f);
			out_nums(f, l->src, l->nsrc);
			fputs("],\"tgt\":[", f);
			out_nums(f, l->tgt, l->ntgt);
			fprintf(f, "],\"shape\":\"%zu-%zu\",\"confidence\":", l->nsrc,
				l->ntgt);
			if (l->confidence >= 0)
				fprintf(f, "%.4f", l->confidence);
			else
				fputs("null", f);
			fprintf(f, ",%s\"src_paragraph\":%zu,\"tgt_paragraph\":%zu,"
				"\"source\":", l->confirmed ? "\"confirmed\":true," : "",
				l->src_para, l->tgt_para);
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
	const char *name = out_doc_name(src);
	int error;

	snprintf(shape, sizeof(shape), "%zu-%zu", l->nsrc, l->ntgt);
	snprintf(score, sizeof(score), "%.4f", l->confidence);
	snprintf(para, sizeof(para), "%zu", l->src_para);
	if ((error = out_join(bs, src, l->src, l->nsrc, 1)) < 0 ||
		(error = out_join(bt, tgt, l->tgt, l->ntgt, 1)) < 0 ||
		(error = bitext_tmx_unit_new(&u)) < 0)
		return error;
	if ((error = bitext_tmx_unit_add_tuv_xml(u, sl, bs->ptr)) < 0 ||
		(error = bitext_tmx_unit_add_tuv_xml(u, tl, bt->ptr)) < 0 ||
		(error = bitext_tmx_unit_add_prop(u, -1, "x-alignment", shape,
			NULL)) < 0 ||
		(l->confidence >= 0 && (error = bitext_tmx_unit_add_prop(u, -1,
			"x-score", score, NULL)) < 0) ||
		(l->confirmed && (error = bitext_tmx_unit_add_prop(u, -1,
			"x-confirmed", "yes", NULL)) < 0) ||
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
	const char *sl, *tl;
	size_t i;
	int error = 0;

	if ((error = out_tmx_header(&h, &tl, &sb, &tb, src, tgt)) < 0 ||
		(error = bitext_tm_writer_open(&w, path, format, h, NULL,
			NULL)) < 0)
		goto cleanup;
	sl = bitext_tmx_header_attr(h, "srclang");
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
