/*
 * tests/fuzz/checklist.c - checklist files from bytes
 * (bitext_checker_load_checklist_buffer): rules, fields, ICU patterns,
 * conditions, `allow` lines. A checklist that loads is run, alone (every
 * built-in check off), over two fixed units and a unit made of the input's
 * own first and last lines: each finding must be a checklist finding that
 * names its rule, with spans inside its unit. A pattern that backtracks
 * without end must end the run with an error, not hang it.
 */
#include "fuzz.h"

static const char *const pairs[][2] = {
	{ "행사는 2024년 3월 5일에 열린다.", "The event takes place on 3/5/2024." },
	{ "갤럭시 S24가 나왔다!!", "The 갤럭시 S24 is out!!" },
};

static void check_spans(const bitext_checker *c)
{
	const bitext_finding *f;
	size_t n, i;

	f = bitext_checker_findings(c, &n);
	for (i = 0; i < n; i++) {
		const bitext_check_unit *u = bitext_checker_unit(c, f[i].unit);
		FUZZ_ASSERT(u != NULL);
		FUZZ_ASSERT(f[i].check == BITEXT_CHECK_CHECKLIST && f[i].rule);
		FUZZ_ASSERT(f[i].message != NULL);
		FUZZ_ASSERT(f[i].src_start <= f[i].src_end && f[i].tgt_start <= f[i].tgt_end);
		FUZZ_ASSERT(f[i].src_end <= (long)u->src_len && f[i].tgt_end <= (long)u->tgt_len);
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c = NULL;
	const char *s = (const char *)data, *nl;
	size_t i;
	int k;

	o.src_lang = "ko";
	o.tgt_lang = "en";
	o.no_default_profile = 1;
	if (bitext_checker_new(&c, &o) < 0)
		abort();
	if (bitext_checker_load_checklist_buffer(c, "fuzz", s, size) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		goto done;
	}
	for (k = 0; k < BITEXT_CHECK_COUNT_; k++)
		bitext_checker_set(c, (bitext_check_id)k, k == BITEXT_CHECK_CHECKLIST ?
			BITEXT_SEVERITY_WARNING : BITEXT_SEVERITY_OFF);
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		bitext_check_unit u = { 0 };
		u.src = pairs[i][0];
		u.src_len = strlen(u.src);
		u.tgt = pairs[i][1];
		u.tgt_len = strlen(u.tgt);
		if (bitext_checker_add(c, &u) < 0)
			goto done;
	}
	nl = memchr(s, '\n', size);
	{
		bitext_check_unit u = { 0 };
		u.src = s;
		u.src_len = nl ? (size_t)(nl - s) : size;
		u.tgt = nl ? nl + 1 : "";
		u.tgt_len = nl ? size - (size_t)(nl + 1 - s) : 0;
		if (bitext_checker_add(c, &u) < 0)
			goto done;
	}
	if (bitext_checker_run(c) < 0)
		FUZZ_ASSERT(bitext_error_last() != NULL);
	else
		check_spans(c);
done:
	bitext_checker_free(c);
	bitext_error_clear();
	return 0;
}
