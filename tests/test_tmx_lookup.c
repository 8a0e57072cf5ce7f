/*
 * test_tmx_lookup.c - fuzzy lookup: the index finds exactly what a full
 * scan finds (scores and best match), exact matches score 100, thresholds,
 * concordance; and the TSV/CSV/JSON Lines readers and writers.
 */
#include "test.h"

#include <stdlib.h>

/* test_tmp() returns a static buffer: keep copies to use two at once */
static int conv(const char *a, const char *b)
{
	char in[512], out[512];

	snprintf(in, sizeof(in), "%s", test_tmp(a));
	snprintf(out, sizeof(out), "%s", test_tmp(b));
	return bitext_tm_convert(in, out, NULL, NULL);
}

void test_tmx_lookup__initialize(void)
{
	bitext_msg_set_lang("en");
}

static unsigned lcg(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return (*s >> 16) & 0x7fff;
}

static int lev(const char *a, const char *b)
{
	int n = (int)strlen(a), m = (int)strlen(b), i, j, *row, prev, cur, v;

	row = malloc(sizeof(int) * (size_t)(m + 1));
	for (j = 0; j <= m; j++)
		row[j] = j;
	for (i = 1; i <= n; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= m; j++) {
			cur = row[j];
			v = prev + (a[i - 1] != b[j - 1]);
			if (cur + 1 < v) v = cur + 1;
			if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
			row[j] = v;
			prev = cur;
		}
	}
	v = row[m];
	free(row);
	return v;
}

#define NU 3000

void test_tmx_lookup__index_agrees_with_a_full_scan(void)
{
	static const char *words[] = { "the", "missile", "north", "korea",
		"fired", "sea", "east", "into", "a", "ballistic", "joint", "chiefs",
		"staff", "said", "morning", "typhoon", "moving", "damage", "feared",
		"storm", "rain", "city", "people", "government", "minister" };
	static char src[NU][128];
	bitext_tmx_writer *w;
	bitext_tmx_unit *u;
	bitext_tm_index *idx;
	const bitext_tm_match *m;
	bitext_tm_lookup_options o = BITEXT_TM_LOOKUP_OPTIONS_INIT;
	char q[160], tgt[32];
	unsigned seed = 7;
	size_t n, i, k, q_i;
	double best, s;
	int len;

	T_ASSERT_OK(bitext_tmx_writer_open(&w, test_tmp("l.tmx"), NULL, NULL));
	for (i = 0; i < NU; i++) {
		len = 3 + (int)(lcg(&seed) % 8);
		src[i][0] = '\0';
		for (k = 0; k < (size_t)len; k++) {
			strcat(src[i], k ? " " : "");
			strcat(src[i], words[lcg(&seed) % 25]);
		}
		snprintf(tgt, sizeof(tgt), "t%zu", i);
		T_ASSERT_OK(bitext_tmx_unit_new(&u));
		T_ASSERT(bitext_tmx_unit_add_tuv(u, "en", src[i]) == 0);
		T_ASSERT(bitext_tmx_unit_add_tuv(u, "fr", tgt) == 1);
		T_ASSERT_OK(bitext_tmx_writer_add(w, u));
		bitext_tmx_unit_free(u);
	}
	T_ASSERT_OK(bitext_tmx_writer_commit(w));
	T_ASSERT_OK(bitext_tm_index_build(&idx, test_tmp("l.tmx"), "en", "fr", NULL));
	T_ASSERT_INT(bitext_tm_index_size(idx), NU);
	o.min_score = 60;
	o.max_results = 3;
	for (q_i = 0; q_i < 200; q_i++) {
		/* a unit's source with a few characters changed */
		strcpy(q, src[lcg(&seed) % NU]);
		for (k = 0; k < 3; k++)
			q[lcg(&seed) % strlen(q)] = (char)('a' + lcg(&seed) % 26);
		best = -1;
		for (i = 0; i < NU; i++) {
			size_t a = strlen(q), b = strlen(src[i]);
			s = 100.0 * (1.0 - (double)lev(q, src[i]) / (double)(a > b ? a : b));
			if (s > best)
				best = s;
		}
		T_ASSERT_OK(bitext_tm_index_lookup(idx, q, &o, &m, &n));
		if (best >= 60) {
			T_ASSERT(n >= 1);
			T_ASSERT_NEAR(m[0].score, best, 1e-9);
			for (i = 1; i < n; i++)
				T_ASSERT(m[i].score <= m[i - 1].score);
		} else {
			T_ASSERT_INT(n, 0);
		}
	}
	/* exact match, whatever the case and spacing */
	snprintf(q, sizeof(q), "  %s ", src[10]);
	q[2] = (char)(q[2] - 32);
	T_ASSERT_OK(bitext_tm_index_lookup(idx, q, &o, &m, &n));
	T_ASSERT(n >= 1);
	T_ASSERT_NEAR(m[0].score, 100.0, 1e-9);
	T_ASSERT(!strcmp(m[0].source, src[10]) || m[0].score == 100.0);
	/* concordance: every unit containing the word */
	o.concordance = 1;
	o.max_results = NU;
	T_ASSERT_OK(bitext_tm_index_lookup(idx, "ballistic", &o, &m, &n));
	k = 0;
	for (i = 0; i < NU; i++)
		k += strstr(src[i], "ballistic") != NULL;
	T_ASSERT_INT(n, k);
	bitext_tm_index_free(idx);
}

void test_tmx_lookup__korean_scores_count_characters(void)
{
	bitext_tm_index *idx;
	const bitext_tm_match *m;
	size_t n;

	const char *tsv = "ko-KR\ten-US\n북한이 미사일을 발사했다.\tNorth Korea fired a missile.\n";

	T_ASSERT_OK(test_write(test_tmp("k.tsv"), tsv, strlen(tsv)));
	T_ASSERT_OK(conv("k.tsv", "k.tmx"));
	T_ASSERT_OK(bitext_tm_index_build(&idx, test_tmp("k.tmx"), NULL, NULL, NULL));
	/* one character of 14 differs: 100 * (1 - 1/14) */
	T_ASSERT_OK(bitext_tm_index_lookup(idx, "북한이 미사일을 발사했다!", NULL, &m, &n));
	T_ASSERT_INT(n, 1);
	T_ASSERT_NEAR(m[0].score, 100.0 * (1.0 - 1.0 / 14.0), 1e-9);
	T_ASSERT_STR(m[0].target, "North Korea fired a missile.");
	bitext_tm_index_free(idx);
}

void test_tmx_lookup__tsv_csv_jsonl_round_trip(void)
{
	const char *tsv = "en-US\tko-KR\nTab\\there\t탭\nline\\nbreak\t줄\\\\바꿈\n";
	bitext_tm_reader *r;
	const bitext_tmx_unit *u;
	char *back;

	T_ASSERT_OK(test_write(test_tmp("a.tsv"), tsv, strlen(tsv)));
	T_ASSERT_OK(bitext_tm_reader_open(&r, test_tmp("a.tsv"), 0, NULL));
	T_ASSERT_STR(bitext_tmx_header_attr(bitext_tm_reader_header(r), "srclang"),
		"en-US");
	T_ASSERT_INT(bitext_tm_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuvs[0].text, "Tab\there");
	T_ASSERT_STR(u->tuvs[1].lang, "ko-KR");
	T_ASSERT_INT(bitext_tm_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuvs[0].text, "line\nbreak");
	T_ASSERT_STR(u->tuvs[1].text, "줄\\바꿈");
	T_ASSERT_INT(bitext_tm_reader_next(r, &u), 0);
	bitext_tm_reader_close(r);
	T_ASSERT_OK(conv("a.tsv", "a.csv"));
	T_ASSERT_OK(conv("a.csv", "a.jsonl"));
	T_ASSERT_OK(conv("a.jsonl", "a.tmx"));
	T_ASSERT_OK(conv("a.tmx", "b.tsv"));
	back = test_slurp(test_tmp("b.tsv"), NULL);
	T_ASSERT_STR(back, tsv);
	free(back);
	T_ASSERT_INT(bitext_tm_format_guess("x.CSV"), BITEXT_TM_CSV);
	T_ASSERT_INT(bitext_tm_format_guess("x.ndjson"), BITEXT_TM_JSONL);
	T_ASSERT_INT(bitext_tm_format_guess("noext"), 0);
}

void test_tmx_lookup__filter_parses_prop_expressions(void)
{
	bitext_tm_filter_options o = BITEXT_TM_FILTER_OPTIONS_INIT;
	char a[] = "x-score <= 0.5", b[] = "x-document", c[] = "=x";

	T_ASSERT_OK(bitext_tm_filter_parse_prop(&o, a));
	T_ASSERT_STR(o.prop_type, "x-score");
	T_ASSERT_INT(o.prop_op, BITEXT_TM_OP_LE);
	T_ASSERT_STR(o.prop_value, " 0.5");
	T_ASSERT_OK(bitext_tm_filter_parse_prop(&o, b));
	T_ASSERT_INT(o.prop_op, BITEXT_TM_OP_EXISTS);
	T_ASSERT_INT(bitext_tm_filter_parse_prop(&o, c), BITEXT_EINVAL);
}
