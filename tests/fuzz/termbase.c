/*
 * tests/fuzz/termbase.c - termbases from bytes: the same input read as
 * TBX, TSV and CSV (bitext_termbase_load_buffer), validated, looked up,
 * matched in a text made of its own terms, and read as an alignment
 * lexicon (bitext_lexicon_load, which takes a file).
 */
#include "fuzz.h"

static const bitext_termbase_format formats[] = {
	BITEXT_TERMBASE_TBX, BITEXT_TERMBASE_TSV, BITEXT_TERMBASE_CSV
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

static void on_problem(const bitext_term_problem *p, void *payload)
{
	const bitext_termbase *tb = payload;

	FUZZ_ASSERT(p->message != NULL);
	FUZZ_ASSERT(p->term == (size_t)-1 ||
		p->term < bitext_termbase_term_count(tb));
}

/* Terms of `lang` found in a text that joins the first terms. */
static void match(const bitext_termbase *tb, const char *lang)
{
	bitext_term_matcher *m = NULL;
	bitext_buf text = BITEXT_BUF_INIT;
	const bitext_term_match *ms;
	size_t i, n, nt = bitext_termbase_term_count(tb);

	for (i = 0; i < nt && i < 200; i++) {
		const bitext_term *t = bitext_termbase_term(tb, i);
		bitext_buf_puts(&text, t->text);
		bitext_buf_puts(&text, i % 3 ? " and " : ". ");
	}
	if (!text.ptr || bitext_term_matcher_new(&m, tb, lang) < 0)
		goto cleanup;
	if (bitext_term_matcher_run(m, text.ptr, text.size, &ms, &n) == 0) {
		for (i = 0; i < n; i++) {
			FUZZ_ASSERT(ms[i].start <= ms[i].end && ms[i].end <= text.size);
			FUZZ_ASSERT(ms[i].term < nt);
			FUZZ_ASSERT(i == 0 || ms[i - 1].start <= ms[i].start);
		}
	}
cleanup:
	bitext_term_matcher_free(m);
	bitext_buf_dispose(&text);
}

static void exercise(const bitext_termbase *tb)
{
	size_t i, nc = bitext_termbase_concept_count(tb);
	size_t nt = bitext_termbase_term_count(tb), idx[8];

	for (i = 0; i < nc; i++) {
		const bitext_concept *c = bitext_termbase_concept(tb, i);
		FUZZ_ASSERT(c && c->first_term + c->nterms <= nt);
	}
	for (i = 0; i < nt && i < FUZZ_MAX_ITEMS; i++) {
		const bitext_term *t = bitext_termbase_term(tb, i);
		FUZZ_ASSERT(t && t->text && t->lang && t->concept < nc);
		if (i < 100)
			bitext_termbase_lookup(tb, t->lang, t->text, strlen(t->text),
				idx, 8);
	}
	bitext_termbase_validate(tb, on_problem, (void *)tb);
	match(tb, "ko");
	match(tb, "en");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bitext_termbase_options o = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_lexicon *lex = NULL;
	size_t i;

	o.src_lang = "ko";
	o.tgt_lang = "en";
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		bitext_termbase *tb = NULL;
		o.format = formats[i];
		if (bitext_termbase_load_buffer(&tb, "fuzz", (const char *)data,
		    size, &o) == 0)
			exercise(tb);
		else
			FUZZ_ASSERT(bitext_error_last() != NULL);
		bitext_termbase_free(tb);
	}
	if (bitext_lexicon_new(&lex, "ko", "en") == 0) {
		bitext_lexicon_load(lex, fuzz_file(data, size));
		bitext_lexicon_count(lex);
	}
	bitext_lexicon_free(lex);
	bitext_error_clear();
	return 0;
}
