/*
 * rows.c - TSV and CSV rows split into cells (bitext/rows.h), for the TM
 * reader (tmx_convert.c), glossaries (termbase.c) and `bitext check`.
 *
 * The cells of a row are copied into one buffer, each followed by a NUL,
 * and found through an array of offsets. A line is scanned once; the only
 * state kept between two lines of a row is whether a quoted CSV cell is
 * open. Memory grows with the longest row: a line of n bytes adds at most
 * n + 1 bytes of cells (a separator becomes a NUL, an escape or a doubled
 * quote shrinks).
 */
#include "bitext/rows.h"
#include "bitext/errors.h"
#include "util/utf8.h"
#include "util/vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOMEM() bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL)

/* Close the cell being written and start the next one. */
static int row_new_cell(bitext_row *row)
{
	row->text.ptr[row->text.size++] = '\0';
	if (bitext__grow((void **)&row->cells, &row->cap, row->ncells + 1,
	    sizeof(*row->cells)) < 0)
		return BITEXT_ENOMEM;
	row->cells[row->ncells++] = row->text.size;
	return 0;
}

static char unescape(char c)
{
	return c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
}

/* Scan `s` into the current cell. `at_start`: the cell has just begun, so
 * a quote there opens a quoted cell. */
static int row_scan(bitext_row *row, const char *s, size_t n, int at_start,
	unsigned flags)
{
	char sep = flags & BITEXT_ROW_CSV ? ',' : '\t', *w;
	size_t i;

	if (bitext_buf_grow(&row->text, n + 1) < 0)
		return NOMEM();
	w = row->text.ptr;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (row->open) {
			if (c != '"')
				w[row->text.size++] = c;
			else if (i + 1 < n && s[i + 1] == '"')
				w[row->text.size++] = s[i++];
			else
				row->open = 0;
		} else if (c == sep) {
			if (row_new_cell(row) < 0)
				return BITEXT_ENOMEM;
			at_start = 1;
			continue;
		} else if (c == '"' && at_start && (flags & BITEXT_ROW_CSV)) {
			row->open = row->quoted = 1;
		} else if (c == '\\' && (flags & (BITEXT_ROW_ESCAPES | BITEXT_ROW_CSV))
		    == BITEXT_ROW_ESCAPES && i + 1 < n) {
			w[row->text.size++] = unescape(s[++i]);
		} else {
			w[row->text.size++] = c;
		}
		at_start = 0;
	}
	w[row->text.size] = '\0';
	return 0;
}

/* The end of a line: the row is complete unless a quoted cell is open. */
static int row_line_end(bitext_row *row)
{
	if (row->open)
		return 0;
	row->text.size++;          /* the last cell's NUL, already written */
	return 1;
}

int bitext_row_parse(bitext_row *row, const char *line, size_t len,
	unsigned flags)
{
	bitext_buf_clear(&row->text);
	row->ncells = 0;
	row->open = row->quoted = 0;
	if (bitext_buf_grow(&row->text, 1) < 0 ||
	    bitext__grow((void **)&row->cells, &row->cap, 1,
		sizeof(*row->cells)) < 0)
		return NOMEM();
	row->cells[row->ncells++] = 0;
	if (row_scan(row, line, len, 1, flags) < 0)
		return BITEXT_ENOMEM;
	return row_line_end(row);
}

int bitext_row_continue(bitext_row *row, const char *eol, const char *line,
	size_t len, unsigned flags)
{
	size_t n = strlen(eol);

	if (!row->open)
		return bitext_row_parse(row, line, len, flags);
	if (bitext_buf_put(&row->text, eol, n) < 0)
		return NOMEM();
	if (row_scan(row, line, len, 0, flags) < 0)
		return BITEXT_ENOMEM;
	return row_line_end(row);
}

const char *bitext_row_cell(const bitext_row *row, size_t i, size_t *len)
{
	size_t end;

	if (i >= row->ncells) {
		if (len)
			*len = 0;
		return NULL;
	}
	end = i + 1 < row->ncells ? row->cells[i + 1] - 1 : row->text.size - 1;
	if (len)
		*len = end - row->cells[i];
	return row->text.ptr + row->cells[i];
}

/* The next line of data from row->pos: its bytes without the line end in
 * *line / *len, the line end in eol[3]. 0 at the end of the data. */
static int next_line(bitext_row *row, const char *data, size_t size,
	const char **line, size_t *len, char eol[3])
{
	const char *l, *nl;
	size_t n;

	if (row->pos == 0 && size >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		row->pos = 3;
	if (row->pos >= size)
		return 0;
	l = data + row->pos;
	nl = memchr(l, '\n', size - row->pos);
	n = nl ? (size_t)(nl - l) : size - row->pos;
	row->pos += n + (nl ? 1 : 0);
	row->lines++;
	strcpy(eol, nl ? "\n" : "");
	if (nl && n && l[n - 1] == '\r') {
		n--;
		strcpy(eol, "\r\n");
	}
	*line = l;
	*len = n;
	return 1;
}

/* BITEXT_ROW_NO_NUL: a NUL byte in the line just read is an error. */
static int row_nul(const bitext_row *row, const char *name, const char *data,
	const char *line, size_t len, unsigned flags)
{
	const char *z;
	char at[24];

	if (!(flags & BITEXT_ROW_NO_NUL) || !(z = memchr(line, '\0', len)))
		return 0;
	snprintf(at, sizeof(at), "%lld", (long long)(z - data));
	bitext_error_set(BITEXT_EPARSE, "err_nul_byte", at, NULL);
	bitext_error_locate(name, row->lines, (long)(z - line) + 1,
		(long long)(z - data));
	return BITEXT_EPARSE;
}

/* BITEXT_ROW_UTF8: a byte that is not UTF-8 in the line just read is an
 * error at its position (a Latin-1 file read as UTF-8). */
static int row_utf8(const bitext_row *row, const char *name, const char *data,
	const char *line, size_t len, unsigned flags)
{
	size_t i;
	char at[24], byte[8];

	if (!(flags & BITEXT_ROW_UTF8) ||
	    (i = bitext_utf8__valid_prefix(line, len)) == len)
		return 0;
	snprintf(at, sizeof(at), "%lld", (long long)(line + i - data));
	snprintf(byte, sizeof(byte), "0x%02X", (unsigned char)line[i]);
	bitext_error_set(BITEXT_EENCODING, "err_row_utf8", byte, at, NULL);
	bitext_error_locate(name, row->lines, (long)i + 1,
		(long long)(line + i - data));
	return BITEXT_EENCODING;
}

int bitext_row_next(bitext_row *row, const char *name, const char *data,
	size_t size, unsigned flags)
{
	const char *l;
	size_t n;
	char eol[3];
	int ret;

	do {
		if (!next_line(row, data, size, &l, &n, eol))
			return 0;
	} while (!n || ((flags & BITEXT_ROW_COMMENTS) && l[0] == '#'));
	row->start = (size_t)(l - data);
	row->line = row->lines;
	if ((ret = row_nul(row, name, data, l, n, flags)) < 0 ||
	    (ret = row_utf8(row, name, data, l, n, flags)) < 0)
		return ret;
	ret = bitext_row_parse(row, l, n, flags);
	while (ret == 0) {
		char prev[3];
		memcpy(prev, eol, sizeof(prev));
		if (!*prev || !next_line(row, data, size, &l, &n, eol)) {
			ret = bitext_error_set(BITEXT_EPARSE, "err_row_quote", NULL);
			bitext_error_locate(name, row->line, 0, (long long)row->start);
			return ret;
		}
		if ((ret = row_nul(row, name, data, l, n, flags)) < 0 ||
		    (ret = row_utf8(row, name, data, l, n, flags)) < 0)
			return ret;
		ret = bitext_row_continue(row, prev, l, n, flags);
	}
	return ret;
}

int bitext_row_put_escaped(bitext_buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *rep = s[i] == '\t' ? "\\t" : s[i] == '\n' ? "\\n" :
			s[i] == '\r' ? "\\r" : s[i] == '\\' ? "\\\\" : NULL;
		if (rep ? bitext_buf_puts(b, rep) < 0 : bitext_buf_putc(b, s[i]) < 0)
			return NOMEM();
	}
	return 0;
}

void bitext_row_dispose(bitext_row *row)
{
	bitext_buf_dispose(&row->text);
	free(row->cells);
	row->cells = NULL;
	row->ncells = row->cap = 0;
	row->open = row->quoted = 0;
	row->pos = row->start = 0;
	row->line = row->lines = 0;
}
