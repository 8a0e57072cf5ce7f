/*
 * tests/fuzz/ignore.c - ignore lists of `bitext check`
 * (bitext_checker_load_ignore_buffer): `CHECK<TAB>SOURCE<TAB>TEXT` lines
 * with backslash escapes, comments, blank lines. The list is applied to a
 * few fixed units with findings: the findings left plus those ignored are
 * all the findings; then the `ignore` report of those findings, read back,
 * must leave none.
 */
#include "fuzz.h"

static const char *const units[][2] = {
	{ "서울 도심 집회에는 경찰 추산 4만7000명이 모였다.",
	  "About 87,000 people  gathered in Seoul." },
	{ "회의는 오후 3시에\t열린다.", "The meeting is at 5 p.m. ." },
	{ "경로는 C:\\temp\\n 이다.", "The path is C:\\temp\\x." },
	{ "그는 \"안녕\"이라고 말했다 (웃음.", "He said \"hi\" (laughs." },
};
#define NUNITS (sizeof(units) / sizeof(units[0]))

static bitext_checker *ignore_checker(void)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c = NULL;
	size_t i;

	o.src_lang = "ko";
	o.tgt_lang = "en";
	o.no_default_profile = 1;
	if (bitext_checker_new(&c, &o) < 0)
		abort();
	bitext_checker_set(c, BITEXT_CHECK_SPELLING, BITEXT_SEVERITY_OFF);
	for (i = 0; i < NUNITS; i++) {
		bitext_check_unit u;

		memset(&u, 0, sizeof(u));
		u.src = units[i][0];
		u.src_len = strlen(units[i][0]);
		u.tgt = units[i][1];
		u.tgt_len = strlen(units[i][1]);
		if (bitext_checker_add(c, &u) < 0)
			abort();
	}
	return c;
}

static size_t all_findings;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	bitext_checker *c;

	(void)argc;
	(void)argv;
	fuzz_setup();
	c = ignore_checker();
	if (bitext_checker_run(c) < 0)
		abort();
	bitext_checker_findings(c, &all_findings);
	bitext_checker_free(c);
	if (!all_findings)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bitext_checker *c = ignore_checker(), *again = NULL;
	char *buf = NULL;
	size_t len = 0, n;
	FILE *f;

	if (bitext_checker_load_ignore_buffer(c, "fuzz", (const char *)data,
			size) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		goto cleanup;
	}
	FUZZ_ASSERT(bitext_checker_run(c) == 0);
	bitext_checker_findings(c, &n);
	FUZZ_ASSERT(n + bitext_checker_ignored(c) == all_findings);
	/* what is left, as an ignore list, ignores all of it */
	f = open_memstream(&buf, &len);
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(bitext_checker_report(c, f, BITEXT_REPORT_IGNORE,
		"fuzz") == 0);
	fclose(f);
	again = ignore_checker();
	FUZZ_ASSERT(bitext_checker_load_ignore_buffer(again, "again", buf,
		len) == 0);
	FUZZ_ASSERT(bitext_checker_load_ignore_buffer(again, "fuzz",
		(const char *)data, size) == 0);
	FUZZ_ASSERT(bitext_checker_run(again) == 0);
	bitext_checker_findings(again, &n);
	FUZZ_ASSERT(n == 0 && bitext_checker_ignored(again) == all_findings);
cleanup:
	bitext_checker_free(again);
	bitext_checker_free(c);
	free(buf);
	bitext_error_clear();
	return 0;
}
