/*
 * tests/fuzz/rows.c - the TSV/CSV row reader behind memories, glossaries
 * and check's pairs (bitext_row_next over a whole file), as TSV, TSV with
 * escapes, CSV and CSV with comments. Each row must move forward, lie in
 * the data, and have NUL-terminated cells of the length it says.
 */
#include "fuzz.h"

static const unsigned flag_sets[] = {
	0, BITEXT_ROW_ESCAPES, BITEXT_ROW_CSV,
	BITEXT_ROW_CSV | BITEXT_ROW_COMMENTS
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

static void read_rows(const char *data, size_t size, unsigned flags)
{
	bitext_row row = BITEXT_ROW_INIT;
	size_t n = 0, i, prev_pos = 0;
	long prev_line = 0;
	int rc;

	while (n++ < FUZZ_MAX_ITEMS &&
	       (rc = bitext_row_next(&row, "fuzz", data, size, flags)) == 1) {
		FUZZ_ASSERT(row.start <= row.pos && row.pos <= size);
		FUZZ_ASSERT(row.pos > prev_pos && row.start >= prev_pos);
		FUZZ_ASSERT(row.line > prev_line && row.line <= row.lines);
		FUZZ_ASSERT(row.ncells >= 1);
		for (i = 0; i < row.ncells; i++) {
			size_t len;
			const char *c = bitext_row_cell(&row, i, &len);
			FUZZ_ASSERT(c != NULL && c[len] == '\0');
			FUZZ_ASSERT(len <= row.pos - row.start);
		}
		FUZZ_ASSERT(bitext_row_cell(&row, row.ncells, NULL) == NULL);
		prev_pos = row.pos;
		prev_line = row.line;
	}
	if (rc < 0)
		FUZZ_ASSERT(bitext_error_last() != NULL);
	bitext_row_dispose(&row);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t i;

	for (i = 0; i < sizeof(flag_sets) / sizeof(flag_sets[0]); i++)
		read_rows((const char *)data, size, flag_sets[i]);
	bitext_error_clear();
	return 0;
}
