/*
 * tests/fuzz/profile.c - check profiles from bytes
 * (bitext_checker_load_profile_buffer): `check-id = severity` lines, `*`,
 * comments. One checker serves the whole run; a profile only sets
 * severities, which are read back after each load.
 */
#include "fuzz.h"

static bitext_checker *checker;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;

	(void)argc;
	(void)argv;
	fuzz_setup();
	o.src_lang = "ko";
	o.tgt_lang = "en";
	o.no_default_profile = 1;
	if (bitext_checker_new(&checker, &o) < 0) {
		fprintf(stderr, "checker: %s\n", bitext_error_last()->message);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int i;

	if (bitext_checker_load_profile_buffer(checker, "fuzz",
	    (const char *)data, size) < 0)
		FUZZ_ASSERT(bitext_error_last() != NULL);
	for (i = 0; i < BITEXT_CHECK_COUNT_; i++) {
		bitext_severity s = bitext_checker_get(checker, (bitext_check_id)i);
		FUZZ_ASSERT(s >= BITEXT_SEVERITY_OFF && s <= BITEXT_SEVERITY_ERROR);
		FUZZ_ASSERT(bitext_severity_name(s) != NULL);
	}
	bitext_error_clear();
	return 0;
}
