/*
 * tests/fuzz/align.c - `align` on two texts: the input is a source text,
 * 0xFF, and its translation. Each goes through intake (plain text or
 * HTML, invalid bytes replaced), is segmented with the bundled rules of
 * the language its script suggests, and the two are aligned with every
 * kind of evidence and the default dictionary of the pair. The links must
 * cover both documents in order; written as a link file they must read
 * back as the same number of links.
 */
#include "fuzz.h"

static bitext_segmenter *segmenters[3];
static bitext_lexicon *lexicon;     /* ko -> en, default dictionary */
static const char *const langs[3] = { "en", "ko", "ja" };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int i;

	(void)argc;
	(void)argv;
	fuzz_setup();
	for (i = 0; i < 3; i++)
		if (bitext_segmenter_new(&segmenters[i], langs[i], NULL) < 0)
			abort();
	if (bitext_lexicon_new(&lexicon, "ko", "en") < 0 ||
	    bitext_lexicon_load_default(lexicon, NULL) < 0)
		abort();
	return 0;
}

static int lang_index(const char *lang)
{
	if (lang && !strcmp(lang, "ko"))
		return 1;
	if (lang && !strcmp(lang, "ja"))
		return 2;
	return 0;
}

static int load(bitext_doc **doc, const char *text, size_t len, int *li)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	size_t tl;
	const char *t;
	int error;

	o.replace_invalid = 1;
	if ((error = bitext_doc_load_buffer(doc, NULL, "fuzz", text, len, &o)) < 0)
		return error;
	t = bitext_doc_text(*doc, &tl);
	*li = lang_index(bitext_text_guess_lang(t ? t : "", tl));
	bitext_doc_set_lang(*doc, langs[*li]);
	return bitext_segmenter_run(segmenters[*li], *doc);
}

static void check_alignment(const bitext_alignment *al, const bitext_doc *s,
	const bitext_doc *t)
{
	size_t i, n = bitext_alignment_count(al), ns = 0, nt = 0;

	for (i = 0; i < n; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);
		FUZZ_ASSERT(l && l->nsrc + l->ntgt > 0);
		FUZZ_ASSERT(!l->nsrc || l->src == ns);
		FUZZ_ASSERT(!l->ntgt || l->tgt == nt);
		FUZZ_ASSERT(l->confidence >= 0.0 && l->confidence <= 1.0);
		ns += l->nsrc;
		nt += l->ntgt;
	}
	FUZZ_ASSERT(ns == bitext_doc_segment_count(s));
	FUZZ_ASSERT(nt == bitext_doc_segment_count(t));
}

/* The link file of the alignment reads back with as many links. */
static void links_roundtrip(const bitext_alignment *al, const bitext_doc *s,
	const bitext_doc *t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	bitext_links *links = NULL;

	if (!f)
		abort();
	FUZZ_ASSERT(bitext_alignment_write(f, al, s, t, BITEXT_ALIGN_LINKS) == 0);
	fclose(f);
	FUZZ_ASSERT(bitext_links_parse(&links, "links", buf, len) == 0);
	FUZZ_ASSERT(bitext_links_count(links) == bitext_alignment_count(al));
	bitext_links_free(links);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const bitext_align_format fmts[] = { BITEXT_ALIGN_TSV,
		BITEXT_ALIGN_JSONL, BITEXT_ALIGN_HTML };
	bitext_align_options o = BITEXT_ALIGN_OPTIONS_INIT;
	bitext_doc *s = NULL, *t = NULL;
	bitext_alignment *al = NULL;
	const char *a, *b;
	size_t alen, blen;
	int ls, lt;
	FILE *f;

	fuzz_split(data, size, &a, &alen, &b, &blen);
	if (!b || load(&s, a, alen, &ls) < 0 || load(&t, b, blen, &lt) < 0)
		goto cleanup;
	if (ls == 1 && lt == 0)
		o.lexicon = lexicon;
	if (bitext_align_docs(&al, s, t, &o) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		goto cleanup;
	}
	check_alignment(al, s, t);
	links_roundtrip(al, s, t);
	if ((f = fopen("/dev/null", "w")) != NULL) {
		bitext_alignment_write(f, al, s, t, fmts[size % 3]);
		fclose(f);
	}
cleanup:
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
	bitext_error_clear();
	return 0;
}
