/*
 * tmx_convert.c - translation memories in other formats: TSV, CSV
 * (RFC 4180) and JSON Lines, read and written one unit at a time, behind
 * the bitext_tm_reader / bitext_tm_writer pair that also wraps TMX.
 *
 * TSV: rows of cells separated by tabs, the first row naming the language
 * of each column (or, for a cell starting with "x-", the type of a unit
 * prop held in that column); in cells, backslash escapes \t \n \r \\ stand for those
 * characters. CSV: RFC 4180 - fields with , " CR or LF are quoted, quotes
 * doubled, rows end with CRLF (LF accepted), quoted fields may span lines.
 * JSON Lines: one object per line, see bitext/tmx.h; strings are UTF-8
 * with JSON escapes, \uXXXX pairs included.
 *
 * Rows and lines are read with getline, so memory is bounded by the
 * longest row. Problems (a row with more cells than languages, bad JSON)
 * carry the line number; the TMX reader's RECOVER flag skips such rows.
 */
#include "tmx/tmx_int.h"
#include "util/json.h"
#include "util/utf8.h"
#include "bitext/io.h"
#include "bitext/msg.h"
#include "bitext/rows.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_COLS 1024

int bitext_tm_format_parse(const char *name)
{
	if (!name)
		return 0;
	if (!strcasecmp(name, "tmx"))
		return BITEXT_TM_TMX;
	if (!strcasecmp(name, "tsv") || !strcasecmp(name, "tab"))
		return BITEXT_TM_TSV;
	if (!strcasecmp(name, "csv"))
		return BITEXT_TM_CSV;
	if (!strcasecmp(name, "jsonl") || !strcasecmp(name, "ndjson") ||
	    !strcasecmp(name, "json"))
		return BITEXT_TM_JSONL;
	if (!strcasecmp(name, "xliff") || !strcasecmp(name, "xlf") ||
	    !strcasecmp(name, "xliff1") || !strcasecmp(name, "mqxliff") ||
	    !strcasecmp(name, "sdlxliff"))
		return BITEXT_TM_XLIFF;
	if (!strcasecmp(name, "xliff2"))
		return BITEXT_TM_XLIFF2;
	if (!strcasecmp(name, "po") || !strcasecmp(name, "pot"))
		return BITEXT_TM_PO;
	return 0;
}

int bitext_tm_format_guess(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (!dot || strchr(dot, '/'))
		return 0;
	if (!strcasecmp(dot, ".txt"))
		return BITEXT_TM_TSV;
	return bitext_tm_format_parse(dot + 1);
}

int bitext_tmx_sniff(const char *b, size_t n)
{
	size_t i = 0;

	if (!b)
		return 0;
	if (n >= 2 && (((unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xFE) ||
	    ((unsigned char)b[0] == 0xFE && (unsigned char)b[1] == 0xFF)))
		return 1;   /* UTF-16 */
	if (n >= 3 && !memcmp(b, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t'))
		i++;
	return (n - i >= 5 && !memcmp(b + i, "<?xml", 5)) ||
		(n - i >= 9 && !memcmp(b + i, "<!DOCTYPE", 9)) ||
		(n - i >= 4 && !memcmp(b + i, "<tmx", 4) &&
		 (n - i == 4 || strchr(" \t\r\n>", b[i + 4])));
}

/* ---- reading ------------------------------------------------------------- */

struct bitext_tm_reader {
	int format;
	bitext_tmx_reader *tmx;       /* TMX */
	tmx_po *po;                   /* PO */
	FILE *f;                      /* others */
	char *path;
	bitext_tmx_reader_options opts; /* flags (BITEXT_TMX_READ_*), progress */
	char *line;                   /* getline buffer */
	size_t linecap;
	size_t linelen;               /* bytes of `line` */
	long lineno;                  /* lines read */
	long long offset;             /* bytes read */
	long row_line;                /* TSV/CSV: the line the row starts on */
	char eol[3];                  /* the line end taken off the last line */
	int pending;                  /* a unit read by open, not yet returned */
	char *langs[MAX_COLS];        /* TSV/CSV columns */
	int ncols;
	bitext_buf cell;              /* scratch */
	bitext_row row;               /* TSV/CSV: the cells of a row */
	bitext_tmx_header header;
	bitext_tmx_unit unit;
	bitext_tmx_reader_stats stats;
};

static int conv_fail(bitext_tm_reader *r, long line, const char *msgid,
	const char *arg)
{
	bitext_error_set(BITEXT_EPARSE, msgid, arg ? arg : "", NULL);
	bitext_error_locate(r->path, line, 0, -1);
	return BITEXT_EPARSE;
}

/* A header cell that is not a language tag, with the hint of
 * bitext_lang_canonicalize() when it has one (english: en). */
static int conv_bad_lang(bitext_tm_reader *r, const char *cell)
{
	const bitext_error *e = bitext_error_last();
	char hint[64] = "";

	if (e && e->msgid && !strcmp(e->msgid, "lang_bad_tag_hint") && e->args[1])
		snprintf(hint, sizeof(hint), "%s", e->args[1]);
	if (!hint[0])
		return conv_fail(r, 1, "tm_bad_column", cell);
	bitext_error_set(BITEXT_EPARSE, "tm_bad_column_hint", cell, hint, NULL);
	bitext_error_locate(r->path, 1, 0, -1);
	return BITEXT_EPARSE;
}

/* One line without its end of line; 0 at end of file. A NUL byte is an
 * error: cells and JSON strings become C strings. */
static int conv_getline(bitext_tm_reader *r)
{
	ssize_t n;
	const char *z;
	long long at;
	char num[24];

	errno = 0;
	n = getline(&r->line, &r->linecap, r->f);
	if (n < 0) {
		if (errno == ENOMEM)
			return NOMEM();
		return 0;
	}
	r->lineno++;
	at = r->offset;
	r->offset += n;
	if ((z = memchr(r->line, '\0', (size_t)n)) != NULL) {
		snprintf(num, sizeof(num), "%lld", at + (z - r->line));
		bitext_error_set(BITEXT_EPARSE, "err_nul_byte", num, NULL);
		bitext_error_locate(r->path, r->lineno, (long)(z - r->line) + 1,
			at + (z - r->line));
		return BITEXT_EPARSE;
	}
	if (bitext_utf8__valid_prefix(r->line, (size_t)n) < (size_t)n) {
		/* not UTF-8 (a Latin-1 export): said so, not "control characters" */
		char byte[8];
		z = r->line + bitext_utf8__valid_prefix(r->line, (size_t)n);
		snprintf(num, sizeof(num), "%lld", at + (z - r->line));
		snprintf(byte, sizeof(byte), "0x%02X", (unsigned char)*z);
		bitext_error_set(BITEXT_EENCODING, "tm_bad_utf8", byte, num, NULL);
		bitext_error_locate(r->path, r->lineno, (long)(z - r->line) + 1,
			at + (z - r->line));
		return BITEXT_EENCODING;
	}
	r->eol[0] = '\0';
	if (n > 0 && r->line[n - 1] == '\n') {
		r->line[--n] = '\0';
		strcpy(r->eol, "\n");
		if (n > 0 && r->line[n - 1] == '\r') {
			r->line[--n] = '\0';
			strcpy(r->eol, "\r\n");
		}
	}
	if (r->lineno == 1 && !strncmp(r->line, "\xEF\xBB\xBF", 3)) {
		memmove(r->line, r->line + 3, (size_t)n - 2);
		n -= 3;
	}
	r->linelen = (size_t)n;
	return 1;
}

/*
 * The next non-empty TSV/CSV row into r->row (bitext/rows.h); a quoted CSV
 * cell may go on over more lines. 1, 0 at the end, or an error.
 */
static int table_read_row(bitext_tm_reader *r)
{
	unsigned flags = r->format == BITEXT_TM_CSV ? BITEXT_ROW_CSV :
		BITEXT_ROW_ESCAPES;
	int ret;

	do {
		if ((ret = conv_getline(r)) <= 0)
			return ret;
	} while (!r->linelen);
	r->row_line = r->lineno;
	ret = bitext_row_parse(&r->row, r->line, r->linelen, flags);
	while (ret == 0) {
		char eol[3];
		memcpy(eol, r->eol, sizeof(eol));
		if ((ret = conv_getline(r)) < 0)
			return ret;
		if (ret == 0)
			return conv_fail(r, r->row_line, "tm_csv_quote", NULL);
		ret = bitext_row_continue(&r->row, eol, r->line, r->linelen, flags);
	}
	return ret;
}

static int is_prop_column(const char *cell)
{
	return (cell[0] == 'x' || cell[0] == 'X') && cell[1] == '-';
}

/*
 * The header row: a language per column, or a prop type: a cell starting
 * with "x-" (x-alignment, x-score as `align --format tsv` writes them)
 * names a column whose cells become unit props of that type (the old
 * names x-shape, x-confidence are read as those). At least one
 * language column. On failure no column is kept.
 */
static int conv_columns(bitext_tm_reader *r, const char *const *cells,
	int n)
{
	bitext_buf canon = BITEXT_BUF_INIT;
	int i, nprops = 0, error = 0;

	for (i = 0; i < n && error == 0; i++) {
		if (is_prop_column(cells[i]))
			nprops++;
		if (!is_prop_column(cells[i]) &&
		    bitext_lang_canonicalize(&canon, cells[i], 0) < 0)
			error = conv_bad_lang(r, cells[i]);
		else if (!(r->langs[i] = strdup(canon.size ? canon.ptr :
		    bitext_tmx_prop_name(cells[i]))))
			error = NOMEM();
		bitext_buf_clear(&canon);
	}
	if (error < 0) {
		while (i-- > 0) {
			free(r->langs[i]);
			r->langs[i] = NULL;
		}
		bitext_buf_dispose(&canon);
		return error;
	}
	r->ncols = n;
	bitext_buf_dispose(&canon);
	if (n - nprops < 1 || is_prop_column(cells[0]))
		return conv_fail(r, 1, "tm_bad_column", n ? cells[0] : "");
	return bitext_tmx_header_set_attr(&r->header, "srclang", cells[0]);
}

/* The next TSV/CSV row as a unit; 0 at end. */
static int table_next(bitext_tm_reader *r)
{
	const char *cells[MAX_COLS];
	int n, i, ret, error;

	for (;;) {
		if ((ret = table_read_row(r)) <= 0)
			return ret;
		if (r->row.ncells > MAX_COLS)
			return conv_fail(r, r->row_line, "tm_too_many_cells", NULL);
		n = (int)r->row.ncells;
		for (i = 0; i < n; i++)
			cells[i] = bitext_row_cell(&r->row, (size_t)i, NULL);
		if (r->ncols == 0) {
			if ((error = conv_columns(r, cells, n)) < 0)
				return error;
			continue;
		}
		if (n > r->ncols) {
			if (!(r->opts.flags & BITEXT_TMX_READ_RECOVER))
				return conv_fail(r, r->row_line, "tm_too_many_cells", NULL);
			r->stats.skipped++;
			r->stats.problems++;
			continue;
		}
		bitext_tmx__unit_clear(&r->unit);
		r->unit.line = r->row_line;
		for (i = 0; i < n; i++) {
			if (!cells[i][0])
				continue;
			if (is_prop_column(r->langs[i])) {
				if ((ret = bitext_tmx_unit_add_prop(&r->unit, -1,
				    r->langs[i], cells[i], NULL)) < 0)
					return ret;
				continue;
			}
			ret = bitext_tmx_unit_add_tuv(&r->unit, r->langs[i], cells[i]);
			if (ret == BITEXT_EINVAL)
				return conv_fail(r, r->row_line, "tm_bad_cell", r->langs[i]);
			if (ret < 0)
				return ret;
		}
		if (r->unit.ntuvs == 0)
			continue;
		return 1;
	}
}

static int jsonl_props(bitext_json *j, bitext_tmx_unit *u, int tuv);
static int jsonl_notes(bitext_json *j, bitext_tmx_unit *u, int tuv);
static int jsonl_attrs(bitext_json *j, bitext_tmx_unit *u, int tuv);

/* One variant object: strings first, nested parts once the variant exists
 * (their positions in the line are remembered and parsed afterwards). */
static int jsonl_tuv(bitext_json *j, bitext_tmx_unit *u)
{
	char *v[3] = { NULL, NULL, NULL }, *key = NULL;
	const char *nested[3] = { NULL, NULL, NULL };
	static const char *const names[] = { "lang", "text", "seg" };
	static const char *const parts[] = { "attrs", "props", "notes" };
	const char *end;
	int first = 1, ret, i, idx = -1;
	bitext_json sub;

	while ((ret = bitext_json__member(j, &key, &first)) == 1) {
		for (i = 0; i < 3 && strcmp(key, names[i]); i++)
			;
		if (i < 3) {
			ret = bitext_json__string(j);
			if (ret == 0 && !(free(v[i]), v[i] = strdup(j->s->ptr)))
				ret = -1;
		} else {
			for (i = 0; i < 3 && strcmp(key, parts[i]); i++)
				;
			bitext_json__ws(j);
			if (i < 3)
				nested[i] = j->p;
			ret = bitext_json__skip(j);
		}
		free(key);
		key = NULL;
		if (ret < 0)
			break;
	}
	free(key);
	end = j->p;
	if (ret == 0 && v[0] && (v[1] || v[2]))
		idx = v[2] ? bitext_tmx_unit_add_tuv_xml(u, v[0], v[2]) :
			bitext_tmx_unit_add_tuv(u, v[0], v[1]);
	if (ret == 0 && idx < 0)
		ret = -1;
	sub.s = j->s;
	for (i = 0; ret == 0 && i < 3; i++) {
		if (!nested[i])
			continue;
		sub.p = nested[i];
		ret = i == 0 ? jsonl_attrs(&sub, u, idx) : i == 1 ?
			jsonl_props(&sub, u, idx) : jsonl_notes(&sub, u, idx);
	}
	j->p = end;
	free(v[0]);
	free(v[1]);
	free(v[2]);
	return ret < 0 ? -1 : 0;
}

/* The languages of a JSON Lines unit: 1 when each is a language tag; one
 * that is not is an error at the line (with the hint), or with RECOVER 0
 * (the line skipped as a bad one). */
static int jsonl_langs(bitext_tm_reader *r)
{
	bitext_buf canon = BITEXT_BUF_INIT;
	const char *msgid = NULL, *lang = NULL;
	char a1[64];
	size_t i;
	int ret = 1;

	for (i = 0; i < r->unit.ntuvs && ret == 1; i++) {
		lang = r->unit.tuvs[i].lang;
		ret = bitext_tmx__lang_check(lang, "lang", &canon, &msgid, a1,
			sizeof(a1));
	}
	bitext_buf_dispose(&canon);
	if (ret == 0 && !(r->opts.flags & BITEXT_TMX_READ_RECOVER)) {
		bitext_error_set(BITEXT_EPARSE, msgid, lang, a1, NULL);
		bitext_error_locate(r->path, r->lineno, 0, -1);
		return BITEXT_EPARSE;
	}
	return ret;
}

static int jsonl_tuvs(bitext_json *j, bitext_tmx_unit *u)
{
	int first = 1, ret;

	while ((ret = bitext_json__element(j, &first)) == 1)
		if (jsonl_tuv(j, u) < 0)
			return -1;
	return ret;
}

static int jsonl_props(bitext_json *j, bitext_tmx_unit *u, int tuv)
{
	static const char *const names[] = { "type", "value", "lang" };
	char *v[3];
	int first = 1, ret;

	while ((ret = bitext_json__element(j, &first)) == 1) {
		memset(v, 0, sizeof(v));
		ret = bitext_json__fields(j, names, v, 3);
		if (ret == 0 && (!v[0] || !v[1] ||
		    bitext_tmx_unit_add_prop(u, tuv, v[0], v[1], v[2]) < 0))
			ret = -1;
		free(v[0]);
		free(v[1]);
		free(v[2]);
		if (ret < 0)
			return -1;
	}
	return ret;
}

static int jsonl_notes(bitext_json *j, bitext_tmx_unit *u, int tuv)
{
	int first = 1, ret;

	while ((ret = bitext_json__element(j, &first)) == 1)
		if (bitext_json__string(j) < 0 ||
		    bitext_tmx_unit_add_note(u, tuv, j->s->ptr, NULL) < 0)
			return -1;
	return ret;
}

static int jsonl_attrs(bitext_json *j, bitext_tmx_unit *u, int tuv)
{
	char *key = NULL;
	int first = 1, ret;

	while ((ret = bitext_json__member(j, &key, &first)) == 1) {
		if (bitext_json__string(j) < 0 ||
		    bitext_tmx_unit_set_attr(u, tuv, key, j->s->ptr) < 0) {
			free(key);
			return -1;
		}
		free(key);
		key = NULL;
	}
	free(key);
	return ret;
}

static int jsonl_next(bitext_tm_reader *r)
{
	bitext_json j;
	char *key = NULL;
	int ret, first;

	for (;;) {
		if ((ret = conv_getline(r)) <= 0)
			return ret;
		j.p = r->line;
		j.s = &r->cell;
		bitext_json__ws(&j);
		if (!*j.p)
			continue;
		bitext_tmx__unit_clear(&r->unit);
		r->unit.line = r->lineno;
		first = 1;
		while ((ret = bitext_json__member(&j, &key, &first)) == 1) {
			if (!strcmp(key, "tuid"))
				ret = bitext_json__string(&j) < 0 ? -1 : bitext_tmx_unit_set_attr(
					&r->unit, -1, "tuid", j.s->ptr);
			else if (!strcmp(key, "tuvs"))
				ret = jsonl_tuvs(&j, &r->unit);
			else if (!strcmp(key, "props"))
				ret = jsonl_props(&j, &r->unit, -1);
			else if (!strcmp(key, "notes"))
				ret = jsonl_notes(&j, &r->unit, -1);
			else if (!strcmp(key, "attrs"))
				ret = jsonl_attrs(&j, &r->unit, -1);
			else
				ret = bitext_json__skip(&j);
			free(key);
			key = NULL;
			if (ret < 0)
				break;
		}
		free(key);
		key = NULL;
		if (ret == 0 && r->unit.ntuvs > 0 && (ret = jsonl_langs(r)) != 0)
			return ret < 0 ? ret : 1;
		if (!(r->opts.flags & BITEXT_TMX_READ_RECOVER))
			return conv_fail(r, r->lineno, "tm_bad_json", NULL);
		r->stats.skipped++;
		r->stats.problems++;
	}
}

/* PO: the next unit; recovering, entries XML cannot hold are skipped,
 * each one told to the problem callback with its line. */
static int po_next(bitext_tm_reader *r)
{
	long line = 0;
	int ret;

	while ((ret = bitext_tmx__po_next(r->po, &r->unit,
	    (r->opts.flags & BITEXT_TMX_READ_RECOVER) ? &line : NULL)) == 2) {
		r->stats.skipped++;
		r->stats.problems++;
		if (r->opts.on_problem)
			bitext_tmx__problem_emit(r->opts.on_problem, r->opts.payload,
				BITEXT_TMX_PROBLEM_UNIT_SKIPPED, r->path, line, 0,
				"po_entry_skipped", NULL, NULL);
	}
	return ret;
}

/* PO: a language of the header made canonical; one that is not a tag is
 * an error at the header's line, or with RECOVER/LENIENT a problem (the
 * tag kept as written). */
static int po_lang(bitext_tm_reader *r, int tgt, const char **lang)
{
	const char *msgid;
	char a1[64];
	long line = bitext_tmx__po_header_line(r->po);
	bitext_buf canon = BITEXT_BUF_INIT;
	int ret = bitext_tmx__lang_check(*lang, tgt ? "Language" :
		"X-Source-Language", &canon, &msgid, a1, sizeof(a1));

	if (ret == 1)
		ret = bitext_tmx__po_set_lang(r->po, tgt, canon.ptr, lang);
	else if (ret == 0 && !(r->opts.flags & (BITEXT_TMX_READ_RECOVER |
	    BITEXT_TMX_READ_LENIENT))) {
		ret = bitext_error_set(BITEXT_EPARSE, msgid, *lang, a1, NULL);
		bitext_error_locate(r->path, line, 0, -1);
	} else if (ret == 0) {
		r->stats.problems++;
		if (r->opts.on_problem)
			bitext_tmx__problem_emit(r->opts.on_problem, r->opts.payload,
				BITEXT_TMX_PROBLEM_LANG, r->path, line, 1, msgid, *lang, a1);
	}
	bitext_buf_dispose(&canon);
	return ret < 0 ? ret : 0;
}

/* PO: the header entry gives the languages (srclang of the header). */
static int po_start(bitext_tm_reader *r)
{
	const char *sl, *tl, *pf;
	int error;

	if ((error = bitext_tmx__po_open(&r->po, r->f, r->path)) < 0)
		return error;
	if (r->opts.flags & BITEXT_TMX_READ_UNTRANSLATED)
		bitext_tmx__po_untranslated(r->po);
	if ((error = bitext_tmx__po_start(r->po, &sl, &tl, &pf)) < 0 ||
	    (error = po_lang(r, 0, &sl)) < 0 || (error = po_lang(r, 1, &tl)) < 0)
		return error;
	if (pf && (error = bitext_tmx_header_add_prop(&r->header,
	    "x-po-plural-forms", pf, NULL)) < 0)
		return error;
	return bitext_tmx_header_set_attr(&r->header, "srclang", sl);
}

int bitext_tm_reader_open(bitext_tm_reader **out, const char *path,
	int format, const bitext_tmx_reader_options *opts)
{
	bitext_tm_reader *r;
	int error = 0;

	*out = NULL;
	if (!format)
		format = bitext_tm_format_guess(path);
	if (!format)
		format = BITEXT_TM_TMX;
	r = calloc(1, sizeof(*r));
	if (!r)
		return NOMEM();
	r->format = format;
	r->opts = (bitext_tmx_reader_options)BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx__options_copy(&r->opts, opts, sizeof(r->opts),
		offsetof(bitext_tmx_reader_options, progress));
	if (format == BITEXT_TM_TMX || format == BITEXT_TM_XLIFF ||
	    format == BITEXT_TM_XLIFF2) {
		error = bitext_tmx__reader_open_xml(&r->tmx, path, opts,
			&bitext_tmx__xliff_reader);
		goto done;
	}
	r->path = strdup(!strcmp(path, "-") ? "<stdin>" : path);
	if (!r->path || bitext_tmx__header_init(&r->header) < 0 ||
	    bitext_tmx__unit_init(&r->unit) < 0) {
		error = NOMEM();
		goto done;
	}
	r->f = !strcmp(path, "-") ? stdin : fopen(path, "rb");
	if (!r->f) {
		error = errno == ENOENT ? BITEXT_ENOTFOUND : BITEXT_EIO;
		bitext_error_set(error, "err_open", path, strerror(errno), NULL);
		bitext_error_locate(path, 0, 0, -1);
		goto done;
	}
	/* TSV/CSV: the first row names the languages; read it now so that the
	 * header (srclang) is known before the first unit */
	if (format == BITEXT_TM_TSV || format == BITEXT_TM_CSV) {
		error = table_next(r);
		if (error == 1)
			r->pending = 1;
		error = error < 0 ? error : 0;
	}
	if (format == BITEXT_TM_PO)
		error = po_start(r);
done:
	if (error < 0) {
		bitext_tm_reader_close(r);
		return error;
	}
	*out = r;
	return 0;
}

int bitext_tm_reader_next(bitext_tm_reader *r, const bitext_tmx_unit **unit)
{
	int ret;

	*unit = NULL;
	if (r->tmx) {
		ret = bitext_tmx_reader_next(r->tmx, unit);   /* reports progress */
		if (ret == 1)
			r->stats.units++;
		return ret;
	}
	if (r->pending) {
		r->pending = 0;
		ret = 1;
	} else {
		ret = r->format == BITEXT_TM_JSONL ? jsonl_next(r) :
			r->po ? po_next(r) : table_next(r);
	}
	if (ret == 1) {
		bitext_tmx__progress(r->opts.progress, r->opts.progress_payload,
			++r->stats.units);
		*unit = &r->unit;
	}
	return ret;
}

const bitext_tmx_header *bitext_tm_reader_header(bitext_tm_reader *r)
{
	return r->tmx ? bitext_tmx_reader_header(r->tmx) : &r->header;
}

void bitext_tm_reader_stats_get(bitext_tm_reader *r,
	bitext_tmx_reader_stats *out)
{
	if (r->tmx)
		bitext_tmx_reader_stats_get(r->tmx, out);
	else
		*out = r->stats;
}

void bitext_tm_reader_close(bitext_tm_reader *r)
{
	int i;

	if (!r)
		return;
	bitext_tmx_reader_close(r->tmx);
	bitext_tmx__po_close(r->po);
	if (r->f && r->f != stdin)
		fclose(r->f);
	for (i = 0; i < r->ncols; i++)
		free(r->langs[i]);
	free(r->line);
	free(r->path);
	bitext_buf_dispose(&r->cell);
	bitext_row_dispose(&r->row);
	bitext_tmx__header_dispose(&r->header);
	bitext_tmx__unit_dispose(&r->unit);
	free(r);
}

/* ---- writing ------------------------------------------------------------- */

struct bitext_tm_writer {
	int format;
	bitext_tmx_writer *tmx;
	tmx_xliff_writer *xliff;  /* XLIFF 1.2 / 2.0 */
	int po_open;              /* PO: a plural entry being written */
	int po_header;            /* PO: the header entry is written */
	char *srclang;            /* PO: the header's srclang */
	char *plural_forms;       /* PO: its x-po-plural-forms prop */
	bitext_afile *file;
	FILE *f;
	char *path;               /* destination, for messages */
	char *langs[MAX_COLS];
	int ncols;
	bitext_buf out;
	size_t count;
	size_t left_out;          /* XLIFF, PO: units without the pair */
};

static int tsv_put(bitext_buf *b, const char *s)
{
	return bitext_row_put_escaped(b, s, strlen(s));
}

static int csv_put(bitext_buf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n"))
		return bitext_buf_puts(b, s) < 0 ? NOMEM() : 0;
	if (bitext_buf_putc(b, '"') < 0)
		return NOMEM();
	for (; *s; s++)
		if ((*s == '"' && bitext_buf_putc(b, '"') < 0) ||
		    bitext_buf_putc(b, *s) < 0)
			return NOMEM();
	return bitext_buf_putc(b, '"') < 0 ? NOMEM() : 0;
}

static int json_put(bitext_buf *b, const char *s)
{
	return bitext_buf_put_json(b, s, strlen(s)) < 0 ? NOMEM() : 0;
}

static int table_row(bitext_tm_writer *w, const char *const *cells)
{
	int i, error = 0;

	for (i = 0; i < w->ncols && error == 0; i++) {
		if (i && bitext_buf_putc(&w->out, w->format == BITEXT_TM_TSV ?
		    '\t' : ',') < 0)
			return NOMEM();
		error = w->format == BITEXT_TM_TSV ? tsv_put(&w->out, cells[i]) :
			csv_put(&w->out, cells[i]);
	}
	if (error == 0 && bitext_buf_puts(&w->out,
	    w->format == BITEXT_TM_TSV ? "\n" : "\r\n") < 0)
		error = NOMEM();
	return error;
}

static int table_add(bitext_tm_writer *w, const bitext_tmx_unit *u)
{
	const char *cells[MAX_COLS];
	const bitext_tmx_tuv *t;
	size_t i;
	int c, error;

	if (w->ncols == 0) {
		for (i = 0; i < u->ntuvs && i < MAX_COLS; i++)
			if (!(w->langs[w->ncols++] = strdup(u->tuvs[i].lang)))
				return NOMEM();
		if ((error = table_row(w, (const char *const *)w->langs)) < 0)
			return error;
	}
	for (c = 0; c < w->ncols; c++) {
		/* en, en: the first, then the second */
		t = bitext_tmx__unit_tuv_nth(u, w->langs[c],
			bitext_tmx__langs_matching(w->langs, (size_t)c, w->langs[c]));
		cells[c] = t ? t->text : "";
	}
	return table_row(w, cells);
}

/* "attrs":{..},"props":[..],"notes":[..] (the parts that are not empty),
 * each preceded by `sep` except the first when sep is ""; returns how
 * many parts were written. */
static int jsonl_meta(bitext_buf *b, const bitext_tmx_attr *attrs, size_t na,
	const bitext_tmx_prop *props, size_t np, const bitext_tmx_note *notes,
	size_t nn, const char *sep)
{
	size_t i;
	int parts = 0;

	if (na) {
		bitext_buf_puts(b, parts++ || *sep ? "," : "");
		bitext_buf_puts(b, "\"attrs\":{");
		for (i = 0; i < na; i++) {
			if (i)
				bitext_buf_putc(b, ',');
			json_put(b, attrs[i].name);
			bitext_buf_putc(b, ':');
			json_put(b, attrs[i].value);
		}
		bitext_buf_putc(b, '}');
	}
	if (np) {
		bitext_buf_puts(b, parts++ || *sep ? "," : "");
		bitext_buf_puts(b, "\"props\":[");
		for (i = 0; i < np; i++) {
			bitext_buf_puts(b, i ? ",{\"type\":" : "{\"type\":");
			json_put(b, props[i].type);
			bitext_buf_puts(b, ",\"value\":");
			json_put(b, props[i].value);
			if (props[i].lang) {
				bitext_buf_puts(b, ",\"lang\":");
				json_put(b, props[i].lang);
			}
			bitext_buf_putc(b, '}');
		}
		bitext_buf_putc(b, ']');
	}
	if (nn) {
		bitext_buf_puts(b, parts++ || *sep ? "," : "");
		bitext_buf_puts(b, "\"notes\":[");
		for (i = 0; i < nn; i++) {
			if (i)
				bitext_buf_putc(b, ',');
			json_put(b, notes[i].text);
		}
		bitext_buf_putc(b, ']');
	}
	return parts;
}

static int jsonl_add(bitext_tm_writer *w, const bitext_tmx_unit *u)
{
	bitext_buf *b = &w->out;
	const bitext_tmx_tuv *t;
	size_t i;

	bitext_buf_putc(b, '{');
	if (u->tuid) {
		bitext_buf_puts(b, "\"tuid\":");
		json_put(b, u->tuid);
		bitext_buf_putc(b, ',');
	}
	if (jsonl_meta(b, u->attrs, u->nattrs, u->props, u->nprops, u->notes,
	    u->nnotes, "") > 0)
		bitext_buf_putc(b, ',');
	bitext_buf_puts(b, "\"tuvs\":[");
	for (i = 0; i < u->ntuvs; i++) {
		t = &u->tuvs[i];
		bitext_buf_puts(b, i ? ",{\"lang\":" : "{\"lang\":");
		json_put(b, t->lang);
		bitext_buf_puts(b, ",\"text\":");
		json_put(b, t->text);
		if (t->ncodes) {
			bitext_buf_puts(b, ",\"seg\":");
			json_put(b, t->seg);
		}
		jsonl_meta(b, t->attrs, t->nattrs, t->props, t->nprops, t->notes,
			t->nnotes, ",");
		bitext_buf_putc(b, '}');
	}
	return bitext_buf_puts(b, "]}\n") < 0 ? NOMEM() : 0;
}

/* PO: the header's x-po-plural-forms prop, kept for the header entry. */
static int po_plural_forms(bitext_tm_writer *w, const bitext_tmx_header *h)
{
	size_t i;

	for (i = 0; i < h->nprops; i++)
		if (!strcmp(h->props[i].type, "x-po-plural-forms"))
			return (w->plural_forms = strdup(h->props[i].value)) ? 0 :
				NOMEM();
	return 0;
}

int bitext_tm_writer_open(bitext_tm_writer **out, const char *path,
	int format, const bitext_tmx_header *header, const char *const *langs,
	const bitext_tmx_writer_options *opts)
{
	bitext_tm_writer *w;
	int error = 0;

	*out = NULL;
	if (!format)
		format = bitext_tm_format_guess(path);
	if (!format)
		format = BITEXT_TM_TMX;
	w = calloc(1, sizeof(*w));
	if (!w)
		return NOMEM();
	w->format = format;
	if (!(w->path = strdup(path))) {
		free(w);
		return NOMEM();
	}
	if (format == BITEXT_TM_TMX) {
		error = bitext_tmx_writer_open(&w->tmx, path, header, opts);
	} else if ((error = bitext_afile_open(&w->file, path)) == 0) {
		w->f = bitext_afile_stream(w->file);
		while (langs && langs[w->ncols] && w->ncols < MAX_COLS) {
			if (!(w->langs[w->ncols] = strdup(langs[w->ncols]))) {
				error = NOMEM();
				break;
			}
			w->ncols++;
		}
		if (error == 0 && format == BITEXT_TM_PO && header &&
		    bitext_tmx_header_attr(header, "srclang") &&
		    strcmp(bitext_tmx_header_attr(header, "srclang"), "*all*") &&
		    !(w->srclang = strdup(bitext_tmx_header_attr(header, "srclang"))))
			error = NOMEM();
		if (error == 0 && format == BITEXT_TM_PO && header)
			error = po_plural_forms(w, header);
		if (error == 0 && (format == BITEXT_TM_XLIFF ||
		    format == BITEXT_TM_XLIFF2))
			error = bitext_tmx__xliff_writer_new(&w->xliff,
				format == BITEXT_TM_XLIFF2, header, langs);
		else if (error == 0 && w->ncols && format != BITEXT_TM_JSONL &&
		    format != BITEXT_TM_PO) {
			error = table_row(w, (const char *const *)w->langs);
			if (error == 0 && fwrite(w->out.ptr, 1, w->out.size, w->f) !=
			    w->out.size)
				error = bitext_error_set(BITEXT_EIO, "err_write", path,
					strerror(errno), NULL);
		}
	}
	if (error < 0) {
		bitext_tm_writer_abort(w);
		return error;
	}
	*out = w;
	return 0;
}

/* PO: source and target languages (the first two columns, else the
 * header's srclang and the first other language of the first unit), the
 * header entry before the first unit. 1 when the unit was written, 0 when
 * it lacks a language. */
static int po_add(bitext_tm_writer *w, const bitext_tmx_unit *u)
{
	const bitext_tmx_tuv *s, *t;
	const char *sl = w->ncols > 0 ? w->langs[0] : w->srclang;
	const char *tl = w->ncols > 1 ? w->langs[1] : NULL;
	size_t i;
	int error;

	if (!sl && u->ntuvs)
		sl = u->tuvs[0].lang;
	for (i = 0; !tl && sl && i < u->ntuvs; i++)
		if (!bitext_lang_match(u->tuvs[i].lang, sl))
			tl = u->tuvs[i].lang;
	if (!tl && sl && u->ntuvs > 1)    /* one language against itself */
		tl = u->tuvs[1].lang;
	if (!sl || !tl)
		return 0;
	if (w->ncols < 2) {               /* fixed from the first unit on */
		if (!(sl = strdup(sl)) || !(tl = strdup(tl))) {
			free((char *)sl);
			return NOMEM();
		}
		for (i = 0; i < (size_t)w->ncols; i++)
			free(w->langs[i]);
		w->langs[0] = (char *)sl;
		w->langs[1] = (char *)tl;
		w->ncols = 2;
	}
	if (!w->po_header && (error = bitext_tmx__po_write_header(&w->out,
	    w->langs[0], w->langs[1], w->plural_forms)) < 0)
		return error;
	w->po_header = 1;
	s = bitext_tmx_unit_tuv(u, w->langs[0]);
	t = bitext_tmx__unit_tuv_nth(u, w->langs[1],
		bitext_lang_match(w->langs[0], w->langs[1]) != 0);
	if (!s || !t)
		return 0;
	error = bitext_tmx__po_write_unit(&w->out, u, s, t, &w->po_open);
	return error < 0 ? error : 1;
}

int bitext_tm_writer_add(bitext_tm_writer *w, const bitext_tmx_unit *unit)
{
	int error;

	if (w->tmx)
		return bitext_tmx_writer_add(w->tmx, unit);
	bitext_buf_clear(&w->out);
	error = w->xliff ? bitext_tmx__xliff_writer_unit(w->xliff, &w->out, unit) :
		w->format == BITEXT_TM_JSONL ? jsonl_add(w, unit) :
		w->format == BITEXT_TM_PO ? po_add(w, unit) : table_add(w, unit);
	if (error < 0)
		return error;
	if ((w->format == BITEXT_TM_PO && !w->out.size) ||
	    (w->xliff && error == 0)) {
		w->left_out++;   /* a unit without the file's languages */
		return 0;
	}
	if (fwrite(w->out.ptr, 1, w->out.size, w->f) != w->out.size)
		return bitext_error_set(BITEXT_EIO, "err_write", w->path,
			strerror(errno), NULL);
	w->count++;
	return 0;
}

size_t bitext_tm_writer_left_out(const bitext_tm_writer *w)
{
	return w ? w->left_out : 0;
}

static void writer_free(bitext_tm_writer *w)
{
	int i;

	for (i = 0; i < w->ncols; i++)
		free(w->langs[i]);
	bitext_tmx__xliff_writer_free(w->xliff);
	free(w->srclang);
	free(w->plural_forms);
	bitext_buf_dispose(&w->out);
	free(w->path);
	free(w);
}

int bitext_tm_writer_commit(bitext_tm_writer *w)
{
	int error;

	if (w->xliff) {
		bitext_buf_clear(&w->out);
		error = bitext_tmx__xliff_writer_end(w->xliff, &w->out);
		if (error == 0 && fwrite(w->out.ptr, 1, w->out.size, w->f) !=
		    w->out.size)
			error = bitext_error_set(BITEXT_EIO, "err_write", w->path,
				strerror(errno), NULL);
		if (error < 0) {
			bitext_tm_writer_abort(w);
			return error;
		}
	}
	error = w->tmx ? bitext_tmx_writer_commit(w->tmx) :
		bitext_afile_commit(w->file);
	writer_free(w);
	return error;
}

void bitext_tm_writer_abort(bitext_tm_writer *w)
{
	if (!w)
		return;
	if (w->tmx)
		bitext_tmx_writer_abort(w->tmx);
	else
		bitext_afile_abort(w->file);
	writer_free(w);
}
