/*
 * cmd_check.c - `bitext check`: read units from a TMX memory, a TSV/CSV
 * file of pairs, or two texts (segmented and aligned first), run the
 * checker, write the report (text, jsonl, html) or, with --fix, write the
 * repaired memory. Exit 1 when a finding reaches --fail-on.
 */
#include "cli.h"
#include "cmd.h"
#include "input.h"
#include "opt.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <strings.h>

#define MAX_PROFILES 16
#define MAX_DICTS 16
#define MAX_CHECKLISTS 16
#define MAX_ALLOW 64
#define OPT_CHECKLIST 256
#define OPT_ALLOW 257
#define OPT_RECOVER 258
#define OPT_ENCODING 259
#define OPT_REPLACE 260

typedef struct check_cli {
	const char *terms, *out, *src_lang, *tgt_lang, *fix, *input_format;
	const char *input;                   /* the memory, or the source text */
	const char *states;                  /* --states: x-state values checked */
	const char *profiles[MAX_PROFILES];
	int nprofiles;
	const char *ignores[MAX_PROFILES];  /* --ignore FILE, in order */
	int nignores;
	const char *dicts[MAX_DICTS];
	int ndicts;
	const char *checklists[MAX_CHECKLISTS];
	int nchecklists;
	const char *allow[MAX_ALLOW];
	int nallow;
	int spell_source;
	const char *align_dicts[MAX_DICTS];  /* --align-dict: two texts */
	int nalign_dicts;
	int segmented, no_default_dict;      /* two texts, as align's options */
	int recover;                         /* skip units that cannot be read */
	const char *encoding;                /* TSV/CSV: encoding, NULL UTF-8 */
	int replace_invalid;                 /* TSV/CSV: bad bytes to U+FFFD */
	bitext_report_format format;
	bitext_severity fail_on;
	unsigned fix_mask;
} check_cli;

/* The inline codes of one unit while the checker is being fed (the
 * checker copies them); grown to the largest unit seen. */
typedef struct unit_codes {
	bitext_check_code *codes[2];
	bitext_tmx_code_id *ids[2];
	size_t cap[2];
} unit_codes;

/* The codes of one side of a unit, named for pairing by the TMX module. */
static int codes_from_tuv(const bitext_tmx_tuv *tv, unit_codes *uc, int side,
	size_t *n)
{
	size_t i;

	*n = 0;
	if (!tv)
		return 0;
	if (tv->ncodes > uc->cap[side]) {
		bitext_check_code *c = realloc(uc->codes[side], tv->ncodes * sizeof(*c));
		bitext_tmx_code_id *d = c ? realloc(uc->ids[side],
			tv->ncodes * sizeof(*d)) : NULL;
		if (c)
			uc->codes[side] = c;
		if (!d)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		uc->ids[side] = d;
		uc->cap[side] = tv->ncodes;
	}
	bitext_tmx_code_ids(uc->ids[side], tv);
	for (i = 0; i < tv->ncodes; i++) {
		uc->codes[side][i].id = uc->ids[side][i].id;
		uc->codes[side][i].offset = tv->codes[i].offset;
		uc->codes[side][i].opens = uc->ids[side][i].opens;
	}
	*n = tv->ncodes;
	return 0;
}

static void check_progress(size_t done, size_t total, void *payload)
{
	bitext_buf b = BITEXT_BUF_INIT;

	(void)payload;
	bitext_msg_format(&b, "check_progress", (double)done, (double)total);
	fprintf(stderr, "\r%s%s", b.ptr ? b.ptr : "", done == total ? "\n" : "");
	bitext_buf_dispose(&b);
}

/* Standard input, read once into memory (bitext_file_read) and put back
 * as descriptor 0 on an in-memory file, so that the readers that take "-"
 * (TMX, texts) read the same bytes again from the start: stdin_rewind()
 * before each. (The TMX reader has no from-memory entry point.) */
static int stdin_held = 0;

static int stdin_hold(bitext_buf *data)
{
	int error;

	if ((error = bitext_file_read(data, "-")) < 0 ||
	    (error = cli_stdin_put_back(data)) < 0)
		return error;
	stdin_held = 1;
	return 0;
}

static void stdin_rewind(void)
{
	if (stdin_held)
		rewind(stdin);   /* also moves descriptor 0 back to the start */
}

/* A unit --recover skipped: one line on stderr with its position. */
static void recover_problem(const bitext_tmx_problem *p, void *payload)
{
	(void)payload;
	if (p->line)
		fprintf(stderr, "bitext: %s:%ld: %s\n", p->file, p->line, p->message);
	else
		fprintf(stderr, "bitext: %s: %s\n", p->file, p->message);
}

/* The languages of a memory still unknown, from its header and first
 * units (bitext_tmx_learn_langs). */
static int tmx_langs(const char *path, int fmt, int recover, char *src,
	size_t ssz, char *tgt, size_t tsz)
{
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	int rc = 0, error;
	size_t seen = 0;

	if (recover)
		ro.flags = BITEXT_TMX_READ_RECOVER;   /* told when checked */
	stdin_rewind();
	if ((error = bitext_tm_reader_open(&r, path, fmt, &ro)) < 0)
		return error;
	bitext_tmx_learn_langs(bitext_tm_reader_header(r), NULL, src, ssz, tgt,
		tsz);
	while (!*tgt && seen < 100 && (rc = bitext_tm_reader_next(r, &u)) > 0) {
		seen++;
		bitext_tmx_learn_langs(NULL, u, src, ssz, tgt, tsz);
	}
	bitext_tm_reader_close(r);
	if (rc < 0)
		return rc;   /* broken XML before the languages were found */
	/* a memory without units names no target: say it is empty, not that
	 * languages are needed */
	if (!*tgt && !seen && rc == 0)
		return bitext_error_set(BITEXT_EPARSE, "check_no_units", path, NULL);
	return 0;
}

/* 1 when --states names the unit's x-state (XLIFF), or was not given. */
static int state_wanted(const char *states, const bitext_tmx_unit *u)
{
	const char *st = bitext_tmx_unit_prop(u, "x-state"), *p = states;
	size_t n, k;

	if (!states)
		return 1;
	if (!st)
		st = "";
	k = strlen(st);
	while (*p) {
		n = strcspn(p, ",");
		if (n == k && !strncmp(p, st, n))
			return 1;
		p += n + (p[n] == ',');
	}
	return 0;
}

/* The languages a memory holds, each once ("en-US, fr"), for the error
 * of a memory without the variant asked for. */
typedef struct held_langs {
	char list[256];
} held_langs;

static void held_add(held_langs *h, const bitext_tmx_unit *u)
{
	size_t k, n, len;
	const char *p;

	for (k = 0; k < u->ntuvs; k++) {
		const char *l = u->tuvs[k].lang;
		int seen = 0;
		if (!l || !*l)
			continue;
		len = strlen(l);
		for (p = h->list; *p; p += n + (p[n] == ',' ? 2 : 0)) {
			n = strcspn(p, ",");
			if (n == len && !strncmp(p, l, n))
				seen = 1;
		}
		n = strlen(h->list);
		if (!seen && n + len + 3 < sizeof(h->list))
			snprintf(h->list + n, sizeof(h->list) - n, "%s%s", n ? ", " : "", l);
	}
}

/* The variant of `lang` in `u`; a unit whose file named no language for
 * that side (XLIFF without target-language, PO without Language:, read as
 * "und") gives its "und" variant, so that -l names it. */
static const bitext_tmx_tuv *unit_side(const bitext_tmx_unit *u,
	const char *lang, const bitext_tmx_tuv *other)
{
	const bitext_tmx_tuv *v = bitext_tmx_unit_tuv(u, lang);

	if (!v && (v = bitext_tmx_unit_tuv(u, "und")) == other)
		v = NULL;
	return v;
}

/* A memory of any format (TMX, XLIFF, PO), units as stored. */
static int feed_tmx(bitext_checker *ck, const char *path, int fmt,
	const check_cli *o, const char *src, const char *tgt, size_t *skipped)
{
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader_stats st;
	const char *states = o->states;
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	unit_codes *uc = calloc(1, sizeof(*uc));
	int rc, error = 0;
	size_t count = 0, with_tgt = 0;
	held_langs held = { "" };

	if (!uc)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (o->recover) {
		ro.flags = BITEXT_TMX_READ_RECOVER;
		ro.on_problem = recover_problem;
	}
	stdin_rewind();
	/* untranslated XLIFF segments and PO entries are checked too: an
	 * empty target is an error, not a unit skipped without a word */
	ro.flags |= BITEXT_TMX_READ_UNTRANSLATED;
	if ((error = bitext_tm_reader_open(&r, path, fmt, &ro)) < 0)
		goto cleanup;
	while ((rc = bitext_tm_reader_next(r, &u)) > 0) {
		const bitext_tmx_tuv *sv = unit_side(u, src, NULL);
		const bitext_tmx_tuv *tv = unit_side(u, tgt, sv);
		bitext_check_unit cu = { 0 };

		held_add(&held, u);
		if ((!sv && !tv) || !state_wanted(states, u))
			continue;   /* a unit of other languages or states */
		with_tgt += tv != NULL;
		cu.id = u->tuid;
		cu.src = sv ? sv->text : "";
		cu.src_len = sv ? sv->text_len : 0;
		cu.tgt = tv ? tv->text : "";
		cu.tgt_len = tv ? tv->text_len : 0;
		cu.line = u->line;
		if ((error = codes_from_tuv(sv, uc, 0, &cu.src_ncodes)) < 0 ||
		    (error = codes_from_tuv(tv, uc, 1, &cu.tgt_ncodes)) < 0)
			goto cleanup;
		cu.src_codes = uc->codes[0];
		cu.tgt_codes = uc->codes[1];
		if ((error = bitext_checker_add(ck, &cu)) < 0)
			goto cleanup;
		if (++count % 20000 == 0 && cli_stderr_is_tty()) {
			bitext_buf b = BITEXT_BUF_INIT;
			bitext_msg_format(&b, "check_progress_read", (double)count);
			fprintf(stderr, "\r%s", b.ptr ? b.ptr : "");
			bitext_buf_dispose(&b);
		}
	}
	bitext_tm_reader_stats_get(r, &st);
	*skipped = st.skipped;
	if (rc < 0)
		error = rc;
	else if (count && !with_tgt)   /* -l names a language it lacks */
		error = bitext_error_set(BITEXT_EPARSE, "check_no_variant", path,
			tgt, held.list, NULL);
cleanup:
	bitext_tm_reader_close(r);
	if (uc) {
		free(uc->codes[0]);
		free(uc->codes[1]);
		free(uc->ids[0]);
		free(uc->ids[1]);
	}
	free(uc);
	return error;
}

/* 1 when a cell is a language tag ("ko", "en-US", "zh_Hant"), by
 * bitext_lang_canonicalize(); its canonical form goes to `out` when not
 * NULL. A cell that is not one is no error: the row is data. */
static int lang_cell(const char *s, char *out, size_t osz)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int ok = bitext_lang_canonicalize(&b, s, 0) == 0 && b.ptr;

	if (ok && out)
		snprintf(out, osz, "%s", b.ptr);
	if (!ok)
		bitext_error_clear();
	bitext_buf_dispose(&b);
	return ok;
}

/* A cell that looks like a language tag: ASCII letters, '-' and '_'. */
static int tag_shaped(const char *s)
{
	size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

	return n >= 2 && n <= 16 && !s[n];
}

/* A first row of two tag-shaped cells of which one is a tag mistaken
 * ("kr", "english": the hint of bitext_lang_canonicalize()): -1 with that
 * error at line 1, else 0 (a row of data). */
static int header_mistake(const char *a, const char *b)
{
	const char *cells[2] = { a, b };
	bitext_buf t = BITEXT_BUF_INIT;
	const bitext_error *e;
	int k, error = 0;

	if (!tag_shaped(a) || !tag_shaped(b))
		return 0;
	for (k = 0; k < 2 && !error; k++) {
		bitext_buf_clear(&t);
		if (bitext_lang_canonicalize(&t, cells[k], 0) < 0 &&
		    (e = bitext_error_last()) && e->msgid &&
		    !strcmp(e->msgid, "lang_bad_tag_hint") && e->nargs >= 2) {
			/* bad input data (exit 65), not a bad option */
			char tag[64], hint[64];
			snprintf(tag, sizeof(tag), "%s", e->args[0]);
			snprintf(hint, sizeof(hint), "%s", e->args[1]);
			error = bitext_error_set(BITEXT_EPARSE, "lang_bad_tag_hint", tag,
				hint, NULL);
		}
	}
	bitext_buf_dispose(&t);
	return error;
}

/* A first row naming the languages (`ko<TAB>en`, as `bitext tmx convert`
 * writes it): 1 and the languages, else 0. */
static int rows_header(const char *data, size_t len, unsigned flags,
	char *sl, char *tl)
{
	bitext_row row = BITEXT_ROW_INIT;
	int found = 0;

	if (bitext_row_next(&row, "-", data, len, flags) > 0 && row.ncells >= 2) {
		found = lang_cell(bitext_row_cell(&row, 0, NULL), sl, 64) &&
			lang_cell(bitext_row_cell(&row, 1, NULL), tl, 64) &&
			!bitext_lang_match(sl, tl);
		if (!found)
			found = header_mistake(bitext_row_cell(&row, 0, NULL),
				bitext_row_cell(&row, 1, NULL));
	}
	if (found >= 0)
		bitext_error_clear();
	bitext_row_dispose(&row);
	return found;
}

/* TSV/CSV bytes in another encoding than UTF-8 (--encoding), or with
 * bad bytes to replace (--replace-invalid): decoded (and made NFC) first.
 * Without either the rows are read as UTF-8, a bad byte an error at its
 * line and byte (BITEXT_ROW_UTF8). */
static int rows_decode(const check_cli *o, const char *input, bitext_buf *data)
{
	bitext_load_options lo = BITEXT_LOAD_OPTIONS_INIT;
	bitext_buf d = BITEXT_BUF_INIT;
	int error;

	if (!o->encoding && !o->replace_invalid)
		return 0;
	lo.encoding = o->encoding ? o->encoding : "UTF-8";
	lo.replace_invalid = o->replace_invalid;
	error = bitext_text_decode(&d, NULL, input, data->ptr ? data->ptr : "",
		data->size, &lo);
	if (error >= 0) {
		bitext_buf t = *data;
		*data = d;
		d = t;
	}
	bitext_buf_dispose(&d);
	return error;
}

/* A first row of column names: "source<TAB>target" or two languages. */
static int names_columns(const char *src, const char *tgt)
{
	return ((!strcasecmp(src, "source") || !strcasecmp(src, "src")) &&
		(!strcasecmp(tgt, "target") || !strcasecmp(tgt, "tgt"))) ||
		(lang_cell(src, NULL, 0) && lang_cell(tgt, NULL, 0));
}

/* TSV/CSV: source and target in the first two columns. */
static int feed_rows(bitext_checker *ck, const char *name, const char *data,
	size_t len, unsigned flags)
{
	bitext_row row = BITEXT_ROW_INIT;
	int first = 1, error;

	while ((error = bitext_row_next(&row, name, data, len, flags)) > 0) {
		bitext_check_unit cu = { 0 };

		if (row.ncells < 2) {
			error = bitext_error_set(BITEXT_EPARSE, "check_err_row", NULL);
			bitext_error_locate(name, row.line, 0, (long long)row.start);
			break;
		}
		cu.src = bitext_row_cell(&row, 0, &cu.src_len);
		cu.tgt = bitext_row_cell(&row, 1, &cu.tgt_len);
		cu.line = row.line;
		if (first && names_columns(cu.src, cu.tgt)) {
			first = 0;
			continue;
		}
		first = 0;
		if ((error = bitext_checker_add(ck, &cu)) < 0)
			break;
	}
	bitext_row_dispose(&row);
	return error;
}

/* Guess a column's language from the text of the first rows. */
static const char *guess_rows(const char *data, size_t len, unsigned flags,
	size_t col)
{
	bitext_buf b = BITEXT_BUF_INIT;
	bitext_row row = BITEXT_ROW_INIT;
	int rows = 0;
	const char *g, *c;
	size_t n;

	while (rows++ < 50 && bitext_row_next(&row, "-", data, len, flags) > 0) {
		if ((c = bitext_row_cell(&row, col, &n)) != NULL)
			bitext_buf_put(&b, c, n);
		bitext_buf_putc(&b, ' ');
	}
	bitext_error_clear();
	g = b.ptr ? bitext_text_guess_lang(b.ptr, b.size) : NULL;
	bitext_buf_dispose(&b);
	bitext_row_dispose(&row);
	return g ? g : "en";
}

/* Two texts, aligned exactly as `bitext align SRC TGT` aligns them with the
 * same options (bitext_align_texts): the pair's default dictionary unless
 * --no-default-dict, the termbase and --align-dict files as anchors,
 * --segmented. Standard input, held already, is handed over as text. An
 * empty target is aligned (every source sentence an omission) so that the
 * checker reports the missing translation. */
static int feed_texts(bitext_checker *ck, const check_cli *o, const char *sp,
	const char *tp, const char *sl, const char *tl, const bitext_buf *in)
{
	bitext_align_texts_options to = BITEXT_ALIGN_TEXTS_OPTIONS_INIT;
	const char *files[MAX_DICTS + 1];
	bitext_doc *src = NULL, *tgt = NULL;
	bitext_alignment *al = NULL;
	bitext_buf s = BITEXT_BUF_INIT, t = BITEXT_BUF_INIT;
	size_t i, k, nfiles = 0;
	int error, sin = !strcmp(sp, "-"), tin = !sin && !strcmp(tp, "-");

	if (o->terms)
		files[nfiles++] = o->terms;
	for (k = 0; k < (size_t)o->nalign_dicts; k++)
		files[nfiles++] = o->align_dicts[k];
	to.align.src_lang = sl;
	to.align.tgt_lang = tl;
	to.segmented = o->segmented;
	to.default_dict = !o->no_default_dict;
	to.lexicon_files = files;
	to.nlexicon_files = nfiles;
	to.empty_target_ok = 1;
	if ((error = bitext_align_texts(&al, &src, &tgt,
			sp, sin ? (in->ptr ? in->ptr : "") : NULL, sin ? in->size : 0,
			tp, tin ? (in->ptr ? in->ptr : "") : NULL, tin ? in->size : 0,
			&to)) < 0)
		goto cleanup;
	for (i = 0; i < bitext_alignment_count(al); i++) {
		const bitext_align_link *lk = bitext_alignment_link(al, i);
		bitext_check_unit cu = { 0 };
		bitext_buf_clear(&s);
		bitext_buf_clear(&t);
		bitext_buf_puts(&s, "");
		bitext_buf_puts(&t, "");
		for (k = 0; k < lk->nsrc; k++) {
			const bitext_segment *sg = bitext_doc_segment(src, lk->src + k);
			if (k)
				bitext_buf_putc(&s, ' ');
			bitext_buf_put(&s, sg->text, sg->len);
		}
		for (k = 0; k < lk->ntgt; k++) {
			const bitext_segment *sg = bitext_doc_segment(tgt, lk->tgt + k);
			if (k)
				bitext_buf_putc(&t, ' ');
			bitext_buf_put(&t, sg->text, sg->len);
		}
		cu.src = s.ptr;
		cu.src_len = s.size;
		cu.tgt = t.ptr;
		cu.tgt_len = t.size;
		cu.src_sentence = lk->nsrc ? (long)lk->src + 1 : -1;
		cu.tgt_sentence = lk->ntgt ? (long)lk->tgt + 1 : -1;
		if ((error = bitext_checker_add(ck, &cu)) < 0)
			goto cleanup;
	}
cleanup:
	bitext_buf_dispose(&s);
	bitext_buf_dispose(&t);
	bitext_alignment_free(al);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	return error;
}

/* A side whose script contradicts its language (Hangul checked as
 * English): a warning, once per side, from the first 64 KiB of units. */
static void check_warn_script(const bitext_checker *ck, const char *sname,
	const char *tname, const char *sl, const char *tl)
{
	bitext_buf s = BITEXT_BUF_INIT, t = BITEXT_BUF_INIT;
	size_t i, n = bitext_checker_unit_count(ck);

	for (i = 0; i < n && (s.size < 65536 || t.size < 65536); i++) {
		const bitext_check_unit *u = bitext_checker_unit(ck, i);
		bitext_buf_put(&s, u->src, u->src_len);
		bitext_buf_putc(&s, ' ');
		bitext_buf_put(&t, u->tgt, u->tgt_len);
		bitext_buf_putc(&t, ' ');
	}
	if (s.ptr)
		cli_warn_script(sname, sl, s.ptr, s.size);
	if (t.ptr)
		cli_warn_script(tname, tl, t.ptr, t.size);
	bitext_buf_dispose(&s);
	bitext_buf_dispose(&t);
}

/* A language named by a memory's header or the command line, made
 * canonical; one that is not a tag is an error naming the input. */
static int check_lang(char *lang, size_t cap, const char *input)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error = bitext_lang_canonicalize(&b, lang, 0);

	if (error < 0)
		bitext_error_locate(input, 0, 0, -1);
	else if (b.ptr)
		snprintf(lang, cap, "%s", b.ptr);
	bitext_buf_dispose(&b);
	return error;
}

/* ---- --fix ------------------------------------------------------------ */

typedef struct fix_ctx {
	unsigned mask;
	const char *lang;
	const char *other;   /* the source's text, or NULL */
	size_t other_len;
} fix_ctx;

/* A run of a <seg>'s text, repaired (bitext_tmx_seg_map_text). */
static int fix_text(bitext_buf *out, const char *s, size_t n, void *payload)
{
	const fix_ctx *c = payload;

	/* a run between inline codes: only its inner white space is its own */
	return bitext_check_fix(out, c->mask | (c->other ? BITEXT_FIX_NOT_FIRST |
		BITEXT_FIX_NOT_LAST : 0), c->lang, s, n, c->other, c->other_len);
}

static int fix_tuv(bitext_tmx_unit *u, int idx, const bitext_tmx_tuv *other,
	unsigned mask, const char *lang, size_t *fixed)
{
	const bitext_tmx_tuv *tv = &u->tuvs[idx];
	bitext_buf b = BITEXT_BUF_INIT;
	int r, error = 0;

	if (tv->ncodes == 0) {
		r = bitext_check_fix(&b, mask, lang, tv->text, tv->text_len,
			other && other->ncodes == 0 ? other->text : NULL,
			other && other->ncodes == 0 ? other->text_len : 0);
		if (r > 0)
			error = bitext_tmx_unit_set_text(u, idx, b.ptr);
	} else {
		fix_ctx c = { mask, lang, other ? other->text : NULL,
			other ? other->text_len : 0 };
		r = bitext_tmx_seg_map_text(&b, tv->seg, fix_text, &c);
		if (r > 0)
			error = bitext_tmx_unit_set_seg_xml(u, idx, b.ptr);
	}
	if (r < 0)
		error = r;
	if (r > 0 && error >= 0)
		(*fixed)++;
	bitext_buf_dispose(&b);
	return error;
}

static int fix_tmx(const check_cli *o, const char *path, const char *src,
	const char *tgt, size_t *fixed)
{
	bitext_tmx_reader *r = NULL;
	bitext_tmx_writer *w = NULL;
	bitext_tmx_writer_options wo = BITEXT_TMX_WRITER_OPTIONS_INIT;
	const bitext_tmx_unit *u;
	int rc, error;

	wo.flags = 0;
	stdin_rewind();
	if ((error = bitext_tmx_reader_open(&r, path, NULL)) < 0 ||
	    (error = bitext_tmx_writer_open(&w, o->out,
		bitext_tmx_reader_header(r), &wo)) < 0)
		goto cleanup;
	while ((rc = bitext_tmx_reader_next(r, &u)) > 0) {
		bitext_tmx_unit *d = NULL;
		const bitext_tmx_tuv *sv, *tv;
		if ((error = bitext_tmx_unit_dup(&d, u)) < 0)
			goto cleanup;
		sv = bitext_tmx_unit_tuv(d, src);
		tv = bitext_tmx_unit_tuv(d, tgt);
		if (sv)
			error = fix_tuv(d, (int)(sv - d->tuvs), NULL,
				o->fix_mask & ~(unsigned)BITEXT_FIX_WHITESPACE, src, fixed);
		/* the target's outer white space follows the (fixed) source */
		sv = bitext_tmx_unit_tuv(d, src);
		tv = bitext_tmx_unit_tuv(d, tgt);
		if (error >= 0 && tv)
			error = fix_tuv(d, (int)(tv - d->tuvs), sv, o->fix_mask, tgt, fixed);
		if (error >= 0)
			error = bitext_tmx_writer_add(w, d);
		bitext_tmx_unit_free(d);
		if (error < 0)
			goto cleanup;
	}
	if (rc < 0) {
		error = rc;
		goto cleanup;
	}
	error = bitext_tmx_writer_commit(w);
	w = NULL;
cleanup:
	bitext_tmx_writer_abort(w);
	bitext_tmx_reader_close(r);
	return error;
}

/* XLIFF: read through once (the reader refuses broken XML and entities),
 * then a byte copy with the targets' text repaired. */
static int fix_xliff(const check_cli *o, const char *path, int fmt,
	const char *tgt, size_t *fixed)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	int rc, error;

	stdin_rewind();
	if ((error = bitext_tm_reader_open(&r, path, fmt, NULL)) < 0)
		return error;
	while ((rc = bitext_tm_reader_next(r, &u)) > 0)
		;
	bitext_tm_reader_close(r);
	if (rc < 0)
		return rc;
	stdin_rewind();
	return bitext_check_fix_xliff(path, o->out ? o->out : "-", o->fix_mask,
		tgt, fixed);
}

static void put_field(bitext_buf *b, const char *s, size_t n, char sep)
{
	size_t i;

	if (sep == ',' && (memchr(s, ',', n) || memchr(s, '"', n))) {
		bitext_buf_putc(b, '"');
		for (i = 0; i < n; i++) {
			if (s[i] == '"')
				bitext_buf_putc(b, '"');
			bitext_buf_putc(b, s[i]);
		}
		bitext_buf_putc(b, '"');
	} else {
		bitext_buf_put(b, s, n);
	}
}

/* TSV/CSV: rewrite the first two columns of each row, keep every other
 * byte (comments, header, further columns, and rows with quoted CSV
 * cells, as they are). */
static int fix_rows(const check_cli *o, const char *data, size_t len,
	unsigned flags, const char *sl, const char *tl, size_t *fixed)
{
	char sep = flags & BITEXT_ROW_CSV ? ',' : '\t';
	bitext_buf out = BITEXT_BUF_INIT, s = BITEXT_BUF_INIT, t = BITEXT_BUF_INIT;
	bitext_row row = BITEXT_ROW_INIT;
	size_t kept = 0, n1, n2;
	const char *f1, *f2;
	int error, r1, r2;

	while ((error = bitext_row_next(&row, o->input, data, len, flags)) > 0) {
		bitext_buf_put(&out, data + kept, row.start - kept);
		kept = row.start;
		if (row.quoted || row.ncells < 2)
			continue;
		f1 = bitext_row_cell(&row, 0, &n1);
		f2 = bitext_row_cell(&row, 1, &n2);
		bitext_buf_clear(&s);
		bitext_buf_clear(&t);
		r1 = bitext_check_fix(&s, o->fix_mask &
			~(unsigned)BITEXT_FIX_WHITESPACE, sl, f1, n1, NULL, 0);
		r2 = r1 < 0 ? r1 : bitext_check_fix(&t, o->fix_mask, tl, f2, n2, s.ptr, s.size);
		if (r1 < 0 || r2 < 0) {
			error = r1 < 0 ? r1 : r2;
			goto cleanup;
		}
		*fixed += (size_t)(r1 > 0) + (size_t)(r2 > 0);
		put_field(&out, s.ptr ? s.ptr : "", s.size, sep);
		bitext_buf_putc(&out, sep);
		put_field(&out, t.ptr ? t.ptr : "", t.size, sep);
		kept = row.start + n1 + 1 + n2;   /* unquoted: cells are the bytes */
	}
	if (error < 0)
		goto cleanup;
	bitext_buf_put(&out, data + kept, len - kept);
	error = cli_write_buf(o->out, &out);
cleanup:
	bitext_row_dispose(&row);
	bitext_buf_dispose(&out);
	bitext_buf_dispose(&s);
	bitext_buf_dispose(&t);
	return error;
}

/* A memory read unit by unit (bitext_tm_reader): TMX, XLIFF, PO. */
static int is_memory(const char *kind)
{
	int f = bitext_tm_format_parse(kind);

	return f == BITEXT_TM_TMX || f == BITEXT_TM_XLIFF ||
		f == BITEXT_TM_XLIFF2 || f == BITEXT_TM_PO;
}

static int parse_fix(check_cli *o, const char *list)
{
	const char *p = list;

	o->fix_mask = 0;
	while (*p) {
		size_t n = strcspn(p, ",");
		if (n == 13 && !strncmp(p, "normalization", n))
			o->fix_mask |= BITEXT_FIX_NORMALIZATION;
		else if (n == 9 && !strncmp(p, "invisible", n))
			o->fix_mask |= BITEXT_FIX_INVISIBLE;
		else if (n == 10 && !strncmp(p, "whitespace", n))
			o->fix_mask |= BITEXT_FIX_WHITESPACE;
		else if (n == 3 && !strncmp(p, "all", n))
			o->fix_mask |= BITEXT_FIX_NORMALIZATION | BITEXT_FIX_INVISIBLE |
				BITEXT_FIX_WHITESPACE;
		else
			return -1;
		p += n;
		if (*p == ',')
			p++;
	}
	return o->fix_mask ? 0 : -1;
}

typedef struct report_ctx {
	const bitext_checker *ck;
	bitext_report_format format;
	const char *input;
} report_ctx;

static int write_report(FILE *f, void *payload)
{
	const report_ctx *r = payload;

	return bitext_checker_report(r->ck, f, r->format, r->input);
}

/* What was found, on stderr, and where the report went: "FILE: 4 units
 * checked: 1 error, 4 warnings, 0 info". */
static void check_summary(const bitext_checker *ck, const char *input,
	const char *out)
{
	size_t e = bitext_checker_count(ck, BITEXT_SEVERITY_ERROR);
	size_t w = bitext_checker_count(ck, BITEXT_SEVERITY_WARNING);
	size_t i = bitext_checker_count(ck, BITEXT_SEVERITY_INFO);

	cli_print(stderr, "check_summary", input,
		(double)bitext_checker_unit_count(ck), (double)e, (double)(w - e),
		(double)(i - w));
	if (bitext_checker_ignoring(ck))
		cli_print(stderr, "check_summary_ignored", input,
			(double)bitext_checker_ignored(ck));
	if (strcmp(out, "-"))
		cli_print(stderr, "check_report_written", out);
}

/* The checks that could not run, once each on stderr (the report has them
 * too). */
static void check_not_run(const bitext_checker *ck)
{
	size_t i, n;
	const bitext_check_skip *s = bitext_checker_not_run(ck, &n);

	for (i = 0; i < n; i++)
		cli_warn("check_report_not_run", bitext_check_name(s[i].check),
			s[i].reason);
}

static const struct option check_longopts[] = {
	{ "terms", required_argument, NULL, 't' },
	{ "profile", required_argument, NULL, 'p' },
	{ "src-lang", required_argument, NULL, 's' },
	{ "tgt-lang", required_argument, NULL, 'l' },
	{ "fix", required_argument, NULL, 'x' },
	{ "dict", required_argument, NULL, 'd' },
	{ "spell-source", no_argument, NULL, 'S' },
	{ "input-format", required_argument, NULL, 'i' },
	{ "states", required_argument, NULL, 'T' },
	{ "align-dict", required_argument, NULL, 'D' },
	{ "no-default-dict", no_argument, NULL, 'N' },
	{ "segmented", no_argument, NULL, 'G' },
	{ "ignore", required_argument, NULL, 'I' },
	{ "checklist", required_argument, NULL, OPT_CHECKLIST },
	{ "allow", required_argument, NULL, OPT_ALLOW },
	{ "recover", no_argument, NULL, OPT_RECOVER },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ "replace-invalid", no_argument, NULL, OPT_REPLACE },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd check_cmd = {
	"check", "check_help", "t:p:s:l:x:d:Si:T:", check_longopts,
	CLI_OPT_OUTPUT | CLI_OPT_FORMAT | CLI_OPT_FAIL_ON
};

/* A Word or OpenDocument text (by its name): a document, not a memory. */
static int is_document(const char *path)
{
	static const char *const ext[] = { ".docx", ".docm", ".dotx", ".odt",
		".doc", NULL };
	const char *dot = strrchr(path, '.');
	int i;

	for (i = 0; dot && ext[i]; i++)
		if (!strcasecmp(dot, ext[i]))
			return 1;
	return 0;
}

/* The command line into `o`; CLI_OK to go on, else the exit code (with
 * *done set when --help or --version answered). */
static int check_args(check_cli *o, int argc, char **argv, int *done)
{
	cli_opts co = CLI_OPTS_INIT;
	int ch;

	memset(o, 0, sizeof(*o));
	*done = 0;
	while ((ch = cli_getopt(&co, &check_cmd, argc, argv)) != -1) {
		switch (ch) {
		case 't': o->terms = optarg; break;
		case 'p':
			if (o->nprofiles == MAX_PROFILES)
				return cli_usage("check", "check_too_many", "--profile");
			o->profiles[o->nprofiles++] = optarg;
			break;
		case 's': o->src_lang = optarg; break;
		case 'l': o->tgt_lang = optarg; break;
		case 'x':
			o->fix = optarg;
			if (parse_fix(o, optarg) < 0)
				return cli_usage("check", "check_bad_fix", optarg);
			break;
		case 'd':
			if (o->ndicts == MAX_DICTS)
				return cli_usage("check", "check_too_many", "--dict");
			o->dicts[o->ndicts++] = optarg;
			break;
		case 'S': o->spell_source = 1; break;
		case 'i':
			if (strcmp(optarg, "tsv") && strcmp(optarg, "csv") &&
			    !is_memory(optarg))
				return cli_usage("check", "check_bad_input_format", optarg);
			o->input_format = optarg;
			break;
		case 'T': o->states = optarg; break;
		case 'D':
			if (o->nalign_dicts == MAX_DICTS)
				return cli_usage("check", "check_too_many", "--align-dict");
			o->align_dicts[o->nalign_dicts++] = optarg;
			break;
		case 'N': o->no_default_dict = 1; break;
		case 'G': o->segmented = 1; break;
		case 'I':
			if (o->nignores == MAX_PROFILES)
				return cli_usage("check", "check_too_many", "--ignore");
			o->ignores[o->nignores++] = optarg;
			break;
		case OPT_CHECKLIST:
			if (o->nchecklists == MAX_CHECKLISTS)
				return cli_usage("check", "check_too_many", "--checklist");
			o->checklists[o->nchecklists++] = optarg;
			break;
		case OPT_RECOVER: o->recover = 1; break;
		case OPT_ENCODING: o->encoding = optarg; break;
		case OPT_REPLACE: o->replace_invalid = 1; break;
		case OPT_ALLOW:
			if (o->nallow == MAX_ALLOW)
				return cli_usage("check", "check_too_many", "--allow");
			o->allow[o->nallow++] = optarg;
			break;
		}
	}
	if (co.done) {
		*done = 1;
		return co.rc;
	}
	o->out = co.out;
	o->fail_on = co.fail_on;
	o->format = BITEXT_REPORT_TEXT;
	if (co.format && bitext_check_format_parse(&o->format, co.format) < 0)
		return cli_usage("check", "check_bad_format", co.format);
	if (argc - optind < 1 || argc - optind > 2)
		return cli_usage("check", "check_need_input");
	if (argc - optind == 2 && o->fix)
		return cli_usage("check", "check_fix_two_texts");
	o->input = argv[optind];
	for (ch = optind; ch < argc; ch++) {
		struct stat sb;
		if (strcmp(argv[ch], "-") && !stat(argv[ch], &sb) && S_ISDIR(sb.st_mode))
			return cli_usage("check", "check_input_dir", argv[ch]);
	}
	if (argc - optind == 1 && !o->input_format && is_document(o->input))
		return cli_usage("check", "check_document_alone", o->input);
	return CLI_OK;
}

int cmd_check(int argc, char **argv)
{
	check_cli o;
	bitext_termbase *tb = NULL;
	bitext_checker *ck = NULL;
	bitext_checker_options co = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_buf data = BITEXT_BUF_INIT;
	char src[64] = "", tgt[64] = "";
	const char *input, *kind;
	unsigned rflags = 0;
	size_t skipped = 0;
	int error = 0, rc, k, done, fmt = 0;

	if ((rc = check_args(&o, argc, argv, &done)) != CLI_OK || done)
		return rc;
	input = o.input;
	if (o.src_lang)
		snprintf(src, sizeof(src), "%s", o.src_lang);
	if (o.tgt_lang)
		snprintf(tgt, sizeof(tgt), "%s", o.tgt_lang);

	/* standard input is read once and kept */
	for (k = 0; k < argc - optind; k++)
		if (!strcmp(argv[optind + k], "-") && !stdin_held &&
		    (error = stdin_hold(&data)) < 0)
			goto fail;

	/* what the input is, and its languages */
	if (argc - optind == 2) {
		kind = "texts";
		/* a language not given: the script of the text as loaded (a
		 * Word file's text, not its zip bytes; any encoding) */
		for (k = 0; k < 2; k++) {
			char *lang = k ? tgt : src;
			const char *path = argv[optind + k], *g = NULL, *t;
			bitext_doc *doc = NULL;
			size_t len;
			if (*lang)
				continue;
			error = !strcmp(path, "-") ? bitext_doc_load_buffer(&doc, NULL,
				"-", data.ptr ? data.ptr : "", data.size, NULL) :
				bitext_doc_load(&doc, NULL, path, NULL);
			if (error == BITEXT_EPARSE && bitext_error_last() &&
			    bitext_error_last()->msgid &&
			    !strcmp(bitext_error_last()->msgid, "text_empty"))
				error = 0;    /* an empty text: the aligner says so */
			if (error < 0)
				goto fail;
			if (doc) {
				t = bitext_doc_text(doc, &len);
				g = bitext_text_guess_lang(t, len < 65536 ? len : 65536);
			}
			snprintf(lang, 64, "%s", g ? g : "en");
			bitext_doc_free(doc);
		}
	} else if (is_memory(o.input_format ? o.input_format :
	    cli_input_kind(input, &data))) {
		kind = o.input_format ? o.input_format : cli_input_kind(input, &data);
		fmt = bitext_tm_format_parse(kind);
		if (o.fix && fmt == BITEXT_TM_PO)
			return cli_usage("check", "check_fix_format", kind);
		if ((!*src || !*tgt) && (error = tmx_langs(input, fmt, o.recover,
		    src, sizeof(src), tgt, sizeof(tgt))) < 0)
			goto fail;
		/* a file that names no language for a side: say how to give it */
		if (!o.src_lang && !strcmp(src, "und"))
			cli_warn("check_src_und", input);
		if (!o.tgt_lang && !strcmp(tgt, "und"))
			cli_warn("check_tgt_und", input);
	} else {
		char hs[64] = "", ht[64] = "";
		kind = o.input_format ? o.input_format : cli_input_kind(input, &data);
		if (!stdin_held && (error = bitext_file_read(&data, input)) < 0)
			goto fail;
		if ((error = rows_decode(&o, input, &data)) < 0)
			goto fail;
		rflags = BITEXT_ROW_COMMENTS | BITEXT_ROW_UTF8 |
			(strcmp(kind, "csv") ? 0 : BITEXT_ROW_CSV);
		if ((k = rows_header(data.ptr ? data.ptr : "", data.size, rflags,
		    hs, ht)) < 0) {
			bitext_error_locate(input, 1, 1, 0);
			error = BITEXT_EPARSE;
			goto fail;
		}
		if (k) {
			if (!*src)
				snprintf(src, sizeof(src), "%s", hs);
			if (!*tgt)
				snprintf(tgt, sizeof(tgt), "%s", ht);
		}
		if (!*src)
			snprintf(src, sizeof(src), "%s", guess_rows(data.ptr ? data.ptr : "",
				data.size, rflags, 0));
		if (!*tgt)
			snprintf(tgt, sizeof(tgt), "%s", guess_rows(data.ptr ? data.ptr : "",
				data.size, rflags, 1));
	}
	if (!*src || !*tgt) {
		rc = cli_usage("check", "check_err_langs");
		goto done;
	}
	if ((error = check_lang(src, sizeof(src), input)) < 0 ||
	    (error = check_lang(tgt, sizeof(tgt), input)) < 0)
		goto fail;

	if (o.fix) {
		size_t fixed = 0;
		if (fmt == BITEXT_TM_XLIFF || fmt == BITEXT_TM_XLIFF2)
			error = fix_xliff(&o, input, fmt, tgt, &fixed);
		else if (fmt)
			error = fix_tmx(&o, input, src, tgt, &fixed);
		else
			error = fix_rows(&o, data.ptr ? data.ptr : "", data.size,
				rflags, src, tgt, &fixed);
		if (error < 0)
			goto fail;
		cli_print(stderr, "check_fixed", (double)fixed);
		goto done;
	}

	if (o.terms) {
		bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
		to.src_lang = src;
		to.tgt_lang = tgt;
		if ((error = bitext_termbase_load(&tb, o.terms, &to)) < 0 ||
		    (error = bitext_termbase_check_langs(tb)) < 0)
			goto fail;
	}
	co.src_lang = src;
	co.tgt_lang = tgt;
	co.termbase = tb;
	co.dicts = o.dicts;
	co.ndicts = (size_t)o.ndicts;
	co.spell_source = o.spell_source;
	if (cli_stderr_is_tty())
		co.progress = check_progress;
	if ((error = bitext_checker_new(&ck, &co)) < 0)
		goto fail;
	for (k = 0; k < o.nprofiles; k++)
		if ((error = bitext_checker_load_profile(ck, o.profiles[k])) < 0)
			goto fail;
	for (k = 0; k < o.nignores; k++)
		if ((error = bitext_checker_load_ignore(ck, o.ignores[k])) < 0)
			goto fail;
	for (k = 0; k < o.nchecklists; k++)
		if ((error = bitext_checker_load_checklist(ck, o.checklists[k])) < 0)
			goto fail;
	for (k = 0; k < o.nallow; k++)
		if ((error = bitext_checker_allow(ck, o.allow[k])) < 0)
			goto fail;
	if (!strcmp(kind, "texts"))
		error = feed_texts(ck, &o, argv[optind], argv[optind + 1], src,
			tgt, &data);
	else if (fmt)
		error = feed_tmx(ck, input, fmt, &o, src, tgt, &skipped);
	else
		error = feed_rows(ck, input, data.ptr ? data.ptr : "", data.size,
			rflags);
	/* nothing to check is no clean report: the translation is missing
	 * (a --states filter may leave nothing on purpose) */
	if (!error && !bitext_checker_unit_count(ck) && !o.states)
		error = bitext_error_set(BITEXT_EPARSE, "check_no_units", input, NULL);
	if (error < 0)
		goto fail;
	check_warn_script(ck, input, argc - optind == 2 ? argv[optind + 1] :
		input, src, tgt);
	if ((error = bitext_checker_run(ck)) < 0)
		goto fail;
	{
		report_ctx rx = { ck, o.format, input };
		if ((error = cli_write(o.out, write_report, &rx)) < 0)
			goto fail;
	}
	check_summary(ck, input, o.out);
	check_not_run(ck);
	rc = bitext_checker_count(ck, o.fail_on) ? CLI_FINDINGS : CLI_OK;
	if (skipped) {   /* units left unchecked are a failure of the check */
		cli_print(stderr, "tmx_report_skipped", (double)skipped);
		rc = CLI_FINDINGS;
	}
	goto done;
fail:
	rc = cli_fail();
done:
	bitext_checker_free(ck);
	bitext_termbase_free(tb);
	bitext_buf_dispose(&data);
	return rc;
}
