/*
 * tests/fuzz/tm.c - the readers of memories in text formats: TSV, CSV,
 * JSON Lines and gettext PO (bitext_tm_reader_open with an explicit
 * format); the same input read in each, every unit checked and copied.
 */
#include "fuzz.h"

static const int formats[] = { BITEXT_TM_TSV, BITEXT_TM_CSV, BITEXT_TM_JSONL,
	BITEXT_TM_PO };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		fuzz_read_tm(path, formats[i]);
	bitext_error_clear();
	return 0;
}
