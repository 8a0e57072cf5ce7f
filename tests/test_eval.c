/*
 * test_eval.c - link files and the strict/lax scores, each rule checked on
 * tiny examples computed by hand.
 */
#include "test.h"

#include <stdlib.h>

void test_eval__initialize(void)
{
	bitext_msg_set_lang("en");
}

static bitext_links *links(const char *text)
{
	bitext_links *l = NULL;

	if (bitext_links_parse(&l, "t.links", text, strlen(text)) < 0)
		return NULL;
	return l;
}

/* Score gold against pred; NULL on a parse error. */
static int score(bitext_eval_counts *c, const char *gold, const char *pred)
{
	bitext_links *g = links(gold), *p = links(pred);
	int error = g && p ? bitext_eval_add(c, g, p) : -1;

	bitext_links_free(g);
	bitext_links_free(p);
	return error;
}

void test_eval__parses_every_shape(void)
{
	bitext_links *l = links("0:0\n1,2:1\n3:\n:4\n\n# comment\n5:5,6\n");
	const size_t *s, *t;
	size_t ns, nt;

	T_ASSERT(l != NULL);
	T_ASSERT_INT(bitext_links_count(l), 5);
	T_ASSERT_OK(bitext_links_get(l, 1, &s, &ns, &t, &nt));
	T_ASSERT_INT(ns, 2);
	T_ASSERT_INT(s[0], 1);
	T_ASSERT_INT(s[1], 2);
	T_ASSERT_INT(nt, 1);
	T_ASSERT_OK(bitext_links_get(l, 2, &s, &ns, &t, &nt));
	T_ASSERT_INT(ns, 1);
	T_ASSERT_INT(nt, 0);
	T_ASSERT_OK(bitext_links_get(l, 3, &s, &ns, &t, &nt));
	T_ASSERT_INT(ns, 0);
	T_ASSERT_INT(t[0], 4);
	T_ASSERT_INT(bitext_links_get(l, 5, &s, &ns, &t, &nt), BITEXT_EINVAL);
	bitext_links_free(l);
}

void test_eval__reads_vecalign_form(void)
{
	bitext_links *l = links("[0]:[0]:0.125\n[1, 2]:[1]:0.5\n[3]:[]:0.0\r\n");
	const size_t *s, *t;
	size_t ns, nt;

	T_ASSERT(l != NULL);
	T_ASSERT_INT(bitext_links_count(l), 3);
	T_ASSERT_OK(bitext_links_get(l, 1, &s, &ns, &t, &nt));
	T_ASSERT_INT(ns, 2);
	T_ASSERT_INT(s[1], 2);
	T_ASSERT_OK(bitext_links_get(l, 2, &s, &ns, &t, &nt));
	T_ASSERT_INT(nt, 0);
	bitext_links_free(l);
}

static void expect_parse_error(const char *text, long line, const char *what)
{
	bitext_links *l = NULL;
	const bitext_error *e;

	if (bitext_links_parse(&l, "bad.links", text, strlen(text)) !=
			BITEXT_EPARSE) {
		test__fail(__FILE__, __LINE__, "no parse error for %s", what);
		bitext_links_free(l);
		return;
	}
	e = bitext_error_last();
	if (!e || !e->file || strcmp(e->file, "bad.links") || e->line != line)
		test__fail(__FILE__, __LINE__, "%s: wrong position (line %ld)",
			what, e ? e->line : -1);
}

void test_eval__malformed_files_name_file_and_line(void)
{
	const bitext_error *e;

	expect_parse_error("0:0\n1-1\n", 2, "dash");
	expect_parse_error("0:0\n1:x\n", 2, "letter");
	expect_parse_error("0:0\n\n:\n", 3, "empty link");
	expect_parse_error("0:0\n1,1:1\n", 2, "repeated segment");
	expect_parse_error("0:0\n1:1\n0:2\n", 3, "source in two links");
	expect_parse_error("0:0\n1:0\n", 2, "target in two links");
	expect_parse_error("0:0:\n", 1, "bad score");
	bitext_links_free(links("0:0\n1:x\n"));
	e = bitext_error_last();
	T_ASSERT(e && e->column == 3);
	T_ASSERT(strstr(e->message, "1:x") != NULL);
}

void test_eval__identical_links_score_one(void)
{
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	bitext_eval_scores s;

	T_ASSERT_OK(score(&c, "0:0\n1,2:1\n3:\n", "0:0\n1,2:1\n3:\n"));
	bitext_eval_scores_get(&s, &c);
	T_ASSERT_INT(c.pred, 3);
	T_ASSERT_INT(c.gold, 2);      /* the omission is not in recall */
	T_ASSERT_NEAR(s.strict_p, 1, 1e-12);
	T_ASSERT_NEAR(s.strict_r, 1, 1e-12);
	T_ASSERT_NEAR(s.lax_f, 1, 1e-12);
}

void test_eval__strict_needs_identical_links(void)
{
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	bitext_eval_scores s;

	/* gold 0:0 1,2:1 3:2; pred 0:0 1:1 2: 3:2
	 * strict: pred correct 0:0 and 3:2 -> 2/4; gold found 0:0, 3:2 -> 2/3 */
	T_ASSERT_OK(score(&c, "0:0\n1,2:1\n3:2\n", "0:0\n1:1\n2:\n3:2\n"));
	bitext_eval_scores_get(&s, &c);
	T_ASSERT_INT(c.strict_pred, 2);
	T_ASSERT_INT(c.strict_gold, 2);
	T_ASSERT_NEAR(s.strict_p, 0.5, 1e-12);
	T_ASSERT_NEAR(s.strict_r, 2.0 / 3, 1e-12);
	T_ASSERT_NEAR(s.strict_f, 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), 1e-12);
}

void test_eval__lax_accepts_overlap(void)
{
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;

	/* pred 1:1 shares source 1 and target 1 with gold 1,2:1: lax-correct.
	 * pred 2: is an omission and not identical to a gold link: wrong.
	 * gold 1,2:1 is found by pred 1:1. */
	T_ASSERT_OK(score(&c, "0:0\n1,2:1\n3:2\n", "0:0\n1:1\n2:\n3:2\n"));
	T_ASSERT_INT(c.lax_pred, 3);
	T_ASSERT_INT(c.lax_gold, 3);
}

void test_eval__lax_needs_a_shared_target(void)
{
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;

	/* pred 0:1 shares source 0 with gold 0:0 but not its target */
	T_ASSERT_OK(score(&c, "0:0\n1:1\n", "0:1\n1:0\n"));
	T_ASSERT_INT(c.lax_pred, 0);
	T_ASSERT_INT(c.lax_gold, 0);
	T_ASSERT_INT(c.strict_pred, 0);
}

void test_eval__omissions_count_only_when_exact(void)
{
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;

	/* gold 0: and :1 are omissions; pred 0: exact (correct), :1 vs gold
	 * :1 exact (correct); pred 2:2 correct. Recall is over 2:2 only. */
	T_ASSERT_OK(score(&c, "0:\n:0\n1:1\n", "0:\n:0\n1:1\n"));
	T_ASSERT_INT(c.pred, 3);
	T_ASSERT_INT(c.gold, 1);
	T_ASSERT_INT(c.strict_pred, 3);
	T_ASSERT_INT(c.lax_pred, 3);
	/* an omission that is not in gold is wrong in both modes, and a
	 * predicted omission never finds a gold link */
	c = (bitext_eval_counts)BITEXT_EVAL_COUNTS_INIT;
	T_ASSERT_OK(score(&c, "0:0\n", "0:\n:0\n"));
	T_ASSERT_INT(c.pred, 2);
	T_ASSERT_INT(c.strict_pred, 0);
	T_ASSERT_INT(c.lax_pred, 0);
	T_ASSERT_INT(c.lax_gold, 0);
}

void test_eval__counts_pool_over_documents(void)
{
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	bitext_eval_scores s;

	T_ASSERT_OK(score(&c, "0:0\n1:1\n", "0:0\n1:1\n"));      /* 2 of 2 */
	T_ASSERT_OK(score(&c, "0:0\n1:1\n", "0,1:0,1\n"));       /* 0 of 1 */
	bitext_eval_scores_get(&s, &c);
	T_ASSERT_INT(c.documents, 2);
	T_ASSERT_NEAR(s.strict_p, 2.0 / 3, 1e-12);   /* pooled, not averaged */
	T_ASSERT_NEAR(s.strict_r, 2.0 / 4, 1e-12);
	T_ASSERT_NEAR(s.lax_p, 3.0 / 3, 1e-12);
	T_ASSERT_NEAR(s.lax_r, 4.0 / 4, 1e-12);
}

void test_eval__empty_prediction_scores_zero(void)
{
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	bitext_eval_scores s;

	T_ASSERT_OK(score(&c, "0:0\n", ""));
	bitext_eval_scores_get(&s, &c);
	T_ASSERT_NEAR(s.strict_p, 0, 1e-12);
	T_ASSERT_NEAR(s.strict_f, 0, 1e-12);
	T_ASSERT_NEAR(s.lax_f, 0, 1e-12);
}

void test_eval__reads_json_links_and_bands_them(void)
{
	bitext_links *l = links("{\"src\":[2,1],\"tgt\":[1],\"confidence\":0.93}\n"
		"  {\"x\":[{\"src\":[9]}],\"tgt\":[],\"src\":[3],\"confidence\":null}\n"
		"4:2\n{\"src\":[5],\"tgt\":[3],\"confidence\":0.5}\n");
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	const size_t *s, *t;
	size_t ns, nt;
	double lo, hi;

	T_ASSERT(l != NULL);
	T_ASSERT_INT(bitext_links_count(l), 4);
	T_ASSERT_OK(bitext_links_get(l, 0, &s, &ns, &t, &nt));
	T_ASSERT_INT(ns, 2);
	T_ASSERT_INT(s[0], 1);
	T_ASSERT_INT(s[1], 2);
	T_ASSERT(bitext_links_confidence(l, 0) == 0.93);
	T_ASSERT_OK(bitext_links_get(l, 1, &s, &ns, &t, &nt));
	T_ASSERT_INT(s[0], 3);
	T_ASSERT_INT(nt, 0);
	T_ASSERT(bitext_links_confidence(l, 1) == -1);
	T_ASSERT(bitext_links_confidence(l, 2) == -1);
	T_ASSERT(bitext_links_confidence(l, 9) == -1);
	/* scored against itself: every link right, each in its band */
	T_ASSERT_OK(bitext_eval_add(&c, l, l));
	T_ASSERT_INT(c.unscored, 2);
	T_ASSERT_INT(c.band[1], 1);
	T_ASSERT_INT(c.band[2], 1);
	T_ASSERT_INT(c.band_strict[2], 1);
	T_ASSERT_INT(c.band_lax[1], 1);
	bitext_links_free(l);
	/* the bounds: a bound belongs to the band above it */
	T_ASSERT_INT(bitext_eval_band(0), 0);
	T_ASSERT_INT(bitext_eval_band(0.4999), 0);
	T_ASSERT_INT(bitext_eval_band(0.5), 1);
	T_ASSERT_INT(bitext_eval_band(0.8), 2);
	T_ASSERT_INT(bitext_eval_band(0.95), 3);
	T_ASSERT_INT(bitext_eval_band(1), 3);
	T_ASSERT_INT(bitext_eval_band(-3), 0);
	T_ASSERT_OK(bitext_eval_band_bounds(3, &lo, &hi));
	T_ASSERT(lo == 0.95 && hi == 1);
	T_ASSERT_INT(bitext_eval_band_bounds(4, &lo, &hi), BITEXT_EINVAL);
	/* refused: bad JSON, a side missing, a number not a segment */
	T_ASSERT(links("{\"src\":[0],\"tgt\":[0]\n") == NULL);
	T_ASSERT(links("{\"src\":[0]}\n") == NULL);
	T_ASSERT(links("{\"src\":[0.5],\"tgt\":[0]}\n") == NULL);
	T_ASSERT(links("{\"src\":[-1],\"tgt\":[0]}\n") == NULL);
	T_ASSERT(links("{\"src\":[],\"tgt\":[]}\n") == NULL);
	T_ASSERT(links("{\"src\":[1,1],\"tgt\":[0]}\n") == NULL);
	T_ASSERT(links("{\"src\":[0],\"tgt\":[0],\"confidence\":\"high\"}\n") == NULL);
	T_ASSERT(links("{\"src\":[0],\"tgt\":[0],\"confidence\":-0.1}\n") == NULL);
	T_ASSERT(links("{\"src\":[0],\"tgt\":[0]} x\n") == NULL);
	{	/* a NUL byte ends the JSON reader, not the line */
		static const char nul[] = "{\"src\":[0],\"tgt\":[0]}\0x\n";
		bitext_links *l = NULL;

		T_ASSERT(bitext_links_parse(&l, "t.links", nul,
			sizeof(nul) - 1) == BITEXT_EPARSE);
		T_ASSERT(l == NULL);
	}
}
