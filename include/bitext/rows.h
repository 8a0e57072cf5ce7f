/*
 * bitext/rows.h - rows of TSV and CSV text split into cells: the one reader
 * behind translation memories in TSV/CSV, glossaries and `bitext check`'s
 * pairs.
 *
 * TSV: cells separated by tabs. With BITEXT_ROW_ESCAPES the backslash
 * escapes \t \n \r \\ stand for those characters (a backslash before any
 * other character stands for that character), the form `bitext tmx
 * convert` writes.
 * CSV (RFC 4180): cells separated by commas. A cell that starts with a
 * double quote runs to the next lone quote, "" inside it is one quote, and
 * it may hold line ends, so a row may span lines. Text between a closing
 * quote and the next comma is kept; a quote inside an unquoted cell is a
 * character. Lines may end in LF or CRLF.
 * A NUL byte is a character of its cell like any other: cells carry their
 * length, and a caller that needs C strings decides what to do with one.
 */
#ifndef BITEXT_ROWS_H
#define BITEXT_ROWS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Flags of the row functions. */
enum {
	BITEXT_ROW_CSV = 1 << 0,      /* CSV; without it, TSV */
	BITEXT_ROW_ESCAPES = 1 << 1,  /* TSV: backslash escapes */
	BITEXT_ROW_COMMENTS = 1 << 2, /* bitext_row_next(): skip the lines that
	                                 start with '#' */
	BITEXT_ROW_NO_NUL = 1 << 3,   /* bitext_row_next(): a NUL byte is an
	                                 error, for callers that keep cells as
	                                 C strings */
	BITEXT_ROW_UTF8 = 1 << 4      /* bitext_row_next(): a line that is not
	                                 UTF-8 is an error (BITEXT_EENCODING
	                                 with line, column and offset) */
};

/**
 * One row. Initialize with BITEXT_ROW_INIT, release with
 * bitext_row_dispose(); one row can be reused for every row of a file.
 */
typedef struct bitext_row {
	bitext_buf text;   /* the cells' bytes, each cell followed by a NUL */
	size_t *cells;     /* where cell i starts in text.ptr */
	size_t ncells;     /* cells of the row */
	size_t cap;        /* room in `cells` */
	int open;          /* CSV: a quoted cell is open at the end of the line */
	int quoted;        /* CSV: the row holds a quoted cell */
	/* reading from memory with bitext_row_next() */
	size_t pos;        /* where the next row starts in the data */
	size_t start;      /* where this row starts: its bytes are [start, pos) */
	long line;         /* the line this row starts on, from 1 */
	long lines;        /* lines read so far */
} bitext_row;

#define BITEXT_ROW_INIT { BITEXT_BUF_INIT, NULL, 0, 0, 0, 0, 0, 0, 0, 0 }

/**
 * Start a row with one line (without its line end).
 * @return 1 when the row is complete, 0 when a quoted CSV cell is still
 * open (give the next line to bitext_row_continue()), or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_row_parse(bitext_row *row, const char *line,
	size_t len, unsigned flags);

/**
 * Go on with a row whose quoted cell is open: the line end `eol` that
 * ended the previous line ("\n" or "\r\n", kept in the cell), then `line`.
 * @return as bitext_row_parse()
 */
BITEXT_EXTERN(int) bitext_row_continue(bitext_row *row, const char *eol,
	const char *line, size_t len, unsigned flags);

/**
 * Cell `i` of the row and its length in `*len` (when not NULL); the cell
 * is followed by a NUL. Borrowed until the row is parsed again.
 * @return the cell, or NULL when the row has no cell `i`
 */
BITEXT_EXTERN(const char *) bitext_row_cell(const bitext_row *row, size_t i,
	size_t *len);

/**
 * The next row of `data` (the whole text of a file) from row->pos, which
 * starts at 0: a byte order mark there is skipped, so are empty lines (and
 * comments with BITEXT_ROW_COMMENTS). Sets row->line, row->start and
 * row->pos. `name` is the file's name for errors.
 * @return 1 for a row, 0 at the end, BITEXT_EPARSE (with file and line)
 * when a quoted cell never ends or (BITEXT_ROW_NO_NUL) with file, line,
 * column and offset at a NUL byte, BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_row_next(bitext_row *row, const char *name,
	const char *data, size_t size, unsigned flags);

/**
 * Append s[0..n) to `b` as a TSV cell in the form BITEXT_ROW_ESCAPES reads:
 * tab, line feed, carriage return and backslash as \t \n \r \\.
 * @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_row_put_escaped(bitext_buf *b, const char *s,
	size_t n);

/** Release the row's memory; it can be used again. */
BITEXT_EXTERN(void) bitext_row_dispose(bitext_row *row);

#ifdef __cplusplus
}
#endif
#endif
