/*
 * tests/fuzz/tm.c - the readers of memories in TSV, CSV and JSON Lines
 * (bitext_tm_reader_open with an explicit format): the same input read
 * in each format, every unit checked and copied.
 */
#include "fuzz.h"

static const int formats[] = { BITEXT_TM_TSV, BITEXT_TM_CSV, BITEXT_TM_JSONL };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

static void check_unit(const bitext_tmx_unit *u)
{
	bitext_tmx_unit *copy = NULL;
	size_t i, k;

	for (i = 0; i < u->ntuvs; i++) {
		const bitext_tmx_tuv *tv = &u->tuvs[i];
		FUZZ_ASSERT(tv->text && tv->seg);
		FUZZ_ASSERT(strlen(tv->text) == tv->text_len);
		for (k = 0; k < tv->ncodes; k++)
			FUZZ_ASSERT(tv->codes[k].offset <= tv->text_len);
	}
	if (bitext_tmx_unit_dup(&copy, u) == 0)
		bitext_tmx_unit_nfc(copy, NULL);
	bitext_tmx_unit_free(copy);
}

static void read_memory(const char *path, int format)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	bitext_tmx_reader_stats st;
	size_t n = 0;

	if (bitext_tm_reader_open(&r, path, format, NULL) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		return;
	}
	FUZZ_ASSERT(bitext_tm_reader_header(r) != NULL);
	while (n++ < FUZZ_MAX_ITEMS && bitext_tm_reader_next(r, &u) == 1)
		check_unit(u);
	bitext_tm_reader_stats_get(r, &st);
	bitext_tm_reader_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		read_memory(path, formats[i]);
	bitext_error_clear();
	return 0;
}
