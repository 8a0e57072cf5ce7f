/*
 * tests/fuzz/links.c - link files (bitext_links_parse): `S:T` lines,
 * Vecalign's `[1, 2]:[1]:0.42`, comments and blank lines; then the
 * scoring of the links against themselves, which must find every link.
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
	bitext_links *links = NULL;
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	bitext_eval_scores sc;
	size_t i, n;

	if (bitext_links_parse(&links, "fuzz", (const char *)data, size) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		goto cleanup;
	}
	n = bitext_links_count(links);
	for (i = 0; i < n; i++) {
		const size_t *s, *t;
		size_t ns, nt, k;
		FUZZ_ASSERT(bitext_links_get(links, i, &s, &ns, &t, &nt) == 0);
		FUZZ_ASSERT(ns + nt > 0);
		for (k = 1; k < ns; k++)
			FUZZ_ASSERT(s[k - 1] < s[k]);
		for (k = 1; k < nt; k++)
			FUZZ_ASSERT(t[k - 1] < t[k]);
	}
	{
		const size_t *s, *t;
		size_t ns, nt;
		FUZZ_ASSERT(bitext_links_get(links, n, &s, &ns, &t, &nt) ==
			BITEXT_EINVAL);
	}
	if (bitext_eval_add(&c, links, links) == 0) {
		FUZZ_ASSERT(c.strict_pred == c.pred && c.strict_gold == c.gold);
		bitext_eval_scores_get(&sc, &c);
	}
cleanup:
	bitext_links_free(links);
	bitext_error_clear();
	return 0;
}
