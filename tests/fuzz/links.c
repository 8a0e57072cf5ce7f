/*
 * tests/fuzz/links.c - link files (bitext_links_parse): `S:T` lines,
 * Vecalign's `[1, 2]:[1]:0.42`, `confirmed` marks, links in JSON with a
 * confidence, comments and blank lines; then the scoring of the links
 * against themselves, which must find every link and put every link with
 * a confidence in a band, each right; then the links as an alignment of two small documents
 * (bitext_alignment_from_links: range and order), written in the links
 * format and read back, and given to the aligner as fixed links, which
 * must keep every confirmed link exactly and cover both documents in order.
 */
#include "fuzz.h"

#define LINKS_NSEG 24

static bitext_doc *doc_src, *doc_tgt;

/* Two documents of LINKS_NSEG one-line sentences, in two paragraphs. */
static bitext_doc *links_doc(const char *word)
{
	char text[LINKS_NSEG * 64];
	size_t len = 0, k, w;
	bitext_doc *d = NULL;

	for (k = 0; k < LINKS_NSEG; k++) {
		len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%zu",
			k == LINKS_NSEG / 2 ? "\n" : "", k * 7);
		for (w = 0; w < 1 + (k * 5) % 9; w++)
			len += (size_t)snprintf(text + len, sizeof(text) - len, " %s",
				word);
		len += (size_t)snprintf(text + len, sizeof(text) - len, ".\n");
	}
	if (bitext_align_load_buffer(&d, word, text, len, NULL, 1) < 0)
		abort();
	return d;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	doc_src = links_doc("word");
	doc_tgt = links_doc("wort");
	return 0;
}

/* The promises of bitext_alignment_from_links() and of --fixed. */
static void links_alignment(const bitext_links *links)
{
	bitext_align_options o = BITEXT_ALIGN_OPTIONS_INIT;
	bitext_alignment *al = NULL, *re = NULL;
	bitext_links *back = NULL;
	char *buf = NULL;
	size_t len = 0, i, k, n, ps = 0, pt = 0;
	FILE *f;

	if (bitext_alignment_from_links(&al, links, "fuzz", doc_src,
			doc_tgt) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		return;
	}
	n = bitext_alignment_count(al);
	FUZZ_ASSERT(n == bitext_links_count(links));
	for (i = 0; i < n; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);
		FUZZ_ASSERT(l->confirmed == bitext_links_confirmed(links, i));
		FUZZ_ASSERT(l->confirmed ? l->confidence == 1 : l->confidence < 0);
		FUZZ_ASSERT(l->src + l->nsrc <= LINKS_NSEG &&
			l->tgt + l->ntgt <= LINKS_NSEG);
		FUZZ_ASSERT(!l->nsrc || l->src >= ps);
		FUZZ_ASSERT(!l->ntgt || l->tgt >= pt);
		ps = l->nsrc ? l->src + l->nsrc : ps;
		pt = l->ntgt ? l->tgt + l->ntgt : pt;
	}
	/* written and read back: the same links, the same marks */
	f = open_memstream(&buf, &len);
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(bitext_alignment_write(f, al, doc_src, doc_tgt,
		BITEXT_ALIGN_LINKS) == 0);
	fclose(f);
	FUZZ_ASSERT(bitext_links_parse(&back, "back", buf, len) == 0);
	FUZZ_ASSERT(bitext_links_count(back) == n);
	for (i = 0; i < n; i++)
		FUZZ_ASSERT(bitext_links_confirmed(back, i) ==
			bitext_links_confirmed(links, i));
	/* fixed: confirmed links kept, both sides covered in order */
	o.fixed = al;
	o.second_pass = 0;
	FUZZ_ASSERT(bitext_align_docs(&re, doc_src, doc_tgt, &o) == 0);
	ps = pt = 0;
	for (i = 0; i < bitext_alignment_count(re); i++) {
		const bitext_align_link *l = bitext_alignment_link(re, i);
		FUZZ_ASSERT(l->src == ps && l->tgt == pt);
		ps += l->nsrc;
		pt += l->ntgt;
	}
	FUZZ_ASSERT(ps == LINKS_NSEG && pt == LINKS_NSEG);
	for (i = 0; i < n; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);
		int found = 0;

		if (!l->confirmed)
			continue;
		for (k = 0; k < bitext_alignment_count(re) && !found; k++) {
			const bitext_align_link *r = bitext_alignment_link(re, k);
			found = r->confirmed && r->nsrc == l->nsrc &&
				r->ntgt == l->ntgt &&
				(!l->nsrc || r->src == l->src) &&
				(!l->ntgt || r->tgt == l->tgt);
		}
		FUZZ_ASSERT(found);
	}
	bitext_alignment_free(re);
	bitext_links_free(back);
	free(buf);
	bitext_alignment_free(al);
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
		FUZZ_ASSERT(bitext_links_confidence(links, i) == -1 ||
			(bitext_links_confidence(links, i) >= 0 &&
			 bitext_links_confidence(links, i) <= 1));
	}
	{
		const size_t *s, *t;
		size_t ns, nt;
		FUZZ_ASSERT(bitext_links_get(links, n, &s, &ns, &t, &nt) ==
			BITEXT_EINVAL);
	}
	if (bitext_eval_add(&c, links, links) == 0) {
		size_t banded = c.unscored;
		int b;

		FUZZ_ASSERT(c.strict_pred == c.pred && c.strict_gold == c.gold);
		for (b = 0; b < BITEXT_EVAL_BANDS; b++) {
			FUZZ_ASSERT(c.band_strict[b] == c.band[b]);
			banded += c.band[b];
		}
		FUZZ_ASSERT(banded == c.pred);
		bitext_eval_scores_get(&sc, &c);
	}
	if (n <= FUZZ_MAX_ITEMS)
		links_alignment(links);
cleanup:
	bitext_links_free(links);
	bitext_error_clear();
	return 0;
}
