/*
 * test_rows.c - TSV and CSV rows split into cells (bitext/rows.h): RFC 4180
 * quotes, cells spanning lines, TSV escapes, NUL bytes kept, comments,
 * byte order marks, and an unterminated quote located by line.
 */
#include "test.h"

void test_rows__initialize(void)
{
	bitext_msg_set_lang("en");
}

/* "cell|cell|..." of a row, for comparing. */
static const char *joined(const bitext_row *row, bitext_buf *b)
{
	size_t i, n;
	const char *c;

	bitext_buf_clear(b);
	bitext_buf_puts(b, "");
	for (i = 0; (c = bitext_row_cell(row, i, &n)) != NULL; i++) {
		if (i)
			bitext_buf_putc(b, '|');
		bitext_buf_put(b, c, n);
	}
	return b->ptr;
}

void test_rows__tsv(void)
{
	bitext_row row = BITEXT_ROW_INIT;
	bitext_buf b = BITEXT_BUF_INIT;
	const char *l = "a\\tb\tc\\\\d\t\te";

	T_ASSERT_INT(bitext_row_parse(&row, l, strlen(l), 0), 1);
	T_ASSERT_STR(joined(&row, &b), "a\\tb|c\\\\d||e");
	T_ASSERT_INT(bitext_row_parse(&row, l, strlen(l), BITEXT_ROW_ESCAPES), 1);
	T_ASSERT_STR(joined(&row, &b), "a\tb|c\\d||e");
	T_ASSERT_INT(row.ncells, 4);
	/* quotes mean nothing in TSV */
	T_ASSERT_INT(bitext_row_parse(&row, "\"a\tb\"", 5, 0), 1);
	T_ASSERT_STR(joined(&row, &b), "\"a|b\"");
	T_ASSERT(!row.quoted);
	bitext_row_dispose(&row);
	bitext_buf_dispose(&b);
}

void test_rows__csv_rfc4180(void)
{
	bitext_row row = BITEXT_ROW_INIT;
	bitext_buf b = BITEXT_BUF_INIT;
	const char *l = "\"그는 \"\"좋다\"\"고, 말했다.\",plain \"q\",\"\",x\"y\"z,\"a\"b";

	T_ASSERT_INT(bitext_row_parse(&row, l, strlen(l), BITEXT_ROW_CSV), 1);
	T_ASSERT_STR(joined(&row, &b),
		"그는 \"좋다\"고, 말했다.|plain \"q\"||x\"y\"z|ab");
	T_ASSERT(row.quoted);
	T_ASSERT_INT(bitext_row_parse(&row, "", 0, BITEXT_ROW_CSV), 1);
	T_ASSERT_INT(row.ncells, 1);
	T_ASSERT_INT(bitext_row_parse(&row, "a,", 2, BITEXT_ROW_CSV), 1);
	T_ASSERT_STR(joined(&row, &b), "a|");
	T_ASSERT(!row.quoted);
	bitext_row_dispose(&row);
	bitext_buf_dispose(&b);
}

void test_rows__csv_cell_spans_lines(void)
{
	bitext_row row = BITEXT_ROW_INIT;
	bitext_buf b = BITEXT_BUF_INIT;

	T_ASSERT_INT(bitext_row_parse(&row, "1,\"two", 6, BITEXT_ROW_CSV), 0);
	T_ASSERT(row.open);
	T_ASSERT_INT(bitext_row_continue(&row, "\r\n", "", 0, BITEXT_ROW_CSV), 0);
	T_ASSERT_INT(bitext_row_continue(&row, "\n", "lines\",3", 8,
		BITEXT_ROW_CSV), 1);
	T_ASSERT_STR(joined(&row, &b), "1|two\r\n\nlines|3");
	bitext_row_dispose(&row);
	bitext_buf_dispose(&b);
}

void test_rows__nul_is_a_character(void)
{
	bitext_row row = BITEXT_ROW_INIT;
	const char l[] = "a\0b\tc";
	const char *c;
	size_t n;

	T_ASSERT_INT(bitext_row_parse(&row, l, sizeof(l) - 1, 0), 1);
	c = bitext_row_cell(&row, 0, &n);
	T_ASSERT_INT(n, 3);
	T_ASSERT(!memcmp(c, "a\0b", 4));
	c = bitext_row_cell(&row, 1, &n);
	T_ASSERT_INT(n, 1);
	T_ASSERT_STR(c, "c");
	T_ASSERT(bitext_row_cell(&row, 2, &n) == NULL);
	T_ASSERT_INT(n, 0);
	bitext_row_dispose(&row);
}

void test_rows__next_from_memory(void)
{
	const char data[] = "\xEF\xBB\xBF# comment\r\nsource,target\r\n\r\n"
		"\"multi\r\nline\",b\r\nlast,row";
	bitext_row row = BITEXT_ROW_INIT;
	bitext_buf b = BITEXT_BUF_INIT;
	unsigned fl = BITEXT_ROW_CSV | BITEXT_ROW_COMMENTS;
	size_t size = sizeof(data) - 1;

	T_ASSERT_INT(bitext_row_next(&row, "m.csv", data, size, fl), 1);
	T_ASSERT_STR(joined(&row, &b), "source|target");
	T_ASSERT_INT(row.line, 2);
	T_ASSERT_INT(bitext_row_next(&row, "m.csv", data, size, fl), 1);
	T_ASSERT_STR(joined(&row, &b), "multi\r\nline|b");
	T_ASSERT_INT(row.line, 4);
	T_ASSERT(!memcmp(data + row.start, "\"multi", 6));
	T_ASSERT(!memcmp(data + row.pos, "last", 4));
	T_ASSERT_INT(bitext_row_next(&row, "m.csv", data, size, fl), 1);
	T_ASSERT_STR(joined(&row, &b), "last|row");
	T_ASSERT_INT(row.line, 6);
	T_ASSERT_INT(row.pos, size);
	T_ASSERT_INT(bitext_row_next(&row, "m.csv", data, size, fl), 0);
	/* without COMMENTS the comment is a row */
	bitext_row_dispose(&row);
	T_ASSERT_INT(bitext_row_next(&row, "m.csv", data, size, BITEXT_ROW_CSV), 1);
	T_ASSERT_STR(joined(&row, &b), "# comment");
	T_ASSERT_INT(row.line, 1);
	bitext_row_dispose(&row);
	bitext_buf_dispose(&b);
}

void test_rows__unterminated_quote(void)
{
	const char data[] = "a,b\n\"open,\nstill open\n";
	bitext_row row = BITEXT_ROW_INIT;
	const bitext_error *e;

	T_ASSERT_INT(bitext_row_next(&row, "q.csv", data, sizeof(data) - 1,
		BITEXT_ROW_CSV), 1);
	T_ASSERT_INT(bitext_row_next(&row, "q.csv", data, sizeof(data) - 1,
		BITEXT_ROW_CSV), BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT_STR(e->file, "q.csv");
	T_ASSERT_INT(e->line, 2);
	T_ASSERT(strstr(e->message, "never ends") != NULL);
	bitext_row_dispose(&row);
}
