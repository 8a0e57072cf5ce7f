/*
 * tests/fuzz/xliff.c - the XLIFF reader (1.0-1.2 and 2.x, through
 * bitext_tm_reader_open with BITEXT_TM_XLIFF): files, groups, trans-units
 * and units, inline codes (x g bx ex ph pc sc ec ...), notes; every unit
 * checked and copied.
 */
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read_tm(fuzz_file(data, size), BITEXT_TM_XLIFF);
	bitext_error_clear();
	return 0;
}
