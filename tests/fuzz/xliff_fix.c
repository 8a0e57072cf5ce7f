/*
 * tests/fuzz/xliff_fix.c - `check --fix` on an XLIFF file
 * (bitext_check_fix_xliff): the byte lexer that copies the file and
 * repairs the text of targets. As the command does, the file is first read
 * whole by the memory reader and fixed only when that succeeds; the copy
 * goes to /dev/null (written through, nothing left on disk). Two runs on
 * the same input repair the same number of text runs.
 */
#include "fuzz.h"

#define FIX_ALL (BITEXT_FIX_NORMALIZATION | BITEXT_FIX_INVISIBLE | \
	BITEXT_FIX_WHITESPACE)

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

/* The memory reader accepts every unit of the file. */
static int readable(const char *path)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	size_t n = 0;
	int ret;

	if (bitext_tm_reader_open(&r, path, BITEXT_TM_XLIFF, NULL) < 0)
		return 0;
	while (n++ < FUZZ_MAX_ITEMS && (ret = bitext_tm_reader_next(r, &u)) == 1)
		fuzz_check_unit(u);
	bitext_tm_reader_close(r);
	return n <= FUZZ_MAX_ITEMS && ret == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	size_t a = 0, b = 0;

	if (readable(path) && bitext_check_fix_xliff(path, "/dev/null",
	    FIX_ALL, "en", &a) == 0) {
		FUZZ_ASSERT(bitext_check_fix_xliff(path, "/dev/null",
			FIX_ALL, "en", &b) == 0);
		FUZZ_ASSERT(a == b);
	}
	bitext_error_clear();
	return 0;
}
