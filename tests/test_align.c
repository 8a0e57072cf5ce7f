/*
 * test_align.c - the aligner on small hand-made pairs, edge cases (empty
 * documents, one side empty, one sentence, wildly different lengths), a
 * generated 50,000-sentence pair, lexicons, output formats and batches.
 */
#include "test.h"

#include <stdlib.h>
#include <time.h>

void test_align__initialize(void)
{
	bitext_msg_set_lang("en");
}

/* A document from one-segment-a-line text (blank line = paragraph). */
static bitext_doc *doc_from(const char *lang, const char *text)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_doc *d = NULL;

	o.format = BITEXT_FORMAT_SEGMENTED;
	o.lang = lang;
	if (!*text)
		return bitext_doc_new(&d, lang) < 0 ? NULL : d;
	if (bitext_doc_load_buffer(&d, NULL, "mem", text, strlen(text), &o) < 0)
		return NULL;
	bitext_doc_set_lang(d, lang);
	return d;
}

/* Links cover every segment once, in order, with confidences in [0, 1]. */
static int links_sane(const bitext_alignment *al, size_t n, size_t m)
{
	size_t i, s = 0, t = 0;

	for (i = 0; i < bitext_alignment_count(al); i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);

		if (l->src != s || l->tgt != t || (!l->nsrc && !l->ntgt) ||
				l->nsrc > 4 || l->ntgt > 4 || !(l->confidence >= 0) ||
				!(l->confidence <= 1))
			return 0;
		s += l->nsrc;
		t += l->ntgt;
	}
	return s == n && t == m;
}

/* "S:T" of link i. */
static const char *link_str(const bitext_alignment *al, size_t i)
{
	static char buf[64];
	const bitext_align_link *l = bitext_alignment_link(al, i);
	size_t k, n = 0;

	buf[0] = '\0';
	if (!l)
		return "(none)";
	for (k = 0; k < l->nsrc; k++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, k ? ",%zu" : "%zu",
			l->src + k);
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, ":");
	for (k = 0; k < l->ntgt; k++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, k ? ",%zu" : "%zu",
			l->tgt + k);
	return buf;
}

/* Score an alignment against a gold link file. */
static int score_against(bitext_eval_counts *c, const bitext_alignment *al,
	const char *gold_path)
{
	bitext_buf b = BITEXT_BUF_INIT;
	bitext_links *g = NULL, *p = NULL;
	size_t i;
	int error;

	for (i = 0; i < bitext_alignment_count(al); i++)
		bitext_buf_printf(&b, "%s\n", link_str(al, i));
	if ((error = bitext_links_load(&g, gold_path)) == 0 &&
			(error = bitext_links_parse(&p, "pred", b.ptr ? b.ptr : "",
				b.size)) == 0)
		error = bitext_eval_add(c, g, p);
	bitext_links_free(g);
	bitext_links_free(p);
	bitext_buf_dispose(&b);
	return error;
}

/* The hand-made pair: the third Korean sentence is split in two, the
 * fourth is not translated. Only the dictionary (수출 exports, 내수
 * domestic demand) tells that the fourth English sentence belongs to the
 * third Korean one. */
void test_align__korean_news_pair_with_dictionary(void)
{
	bitext_doc *s = NULL, *t = NULL;
	bitext_alignment *al = NULL;
	bitext_lexicon *lex = NULL;
	bitext_align_options o = BITEXT_ALIGN_OPTIONS_INIT;
	bitext_eval_counts with = BITEXT_EVAL_COUNTS_INIT;
	bitext_eval_counts without = BITEXT_EVAL_COUNTS_INIT;

	T_ASSERT_OK(bitext_align_load(&s, "tests/data/align/news.ko.seg", "ko", 1));
	T_ASSERT_OK(bitext_align_load(&t, "tests/data/align/news.en.seg", "en", 1));
	T_ASSERT_OK(bitext_lexicon_new(&lex, "ko", "en"));
	T_ASSERT_OK(bitext_lexicon_load(lex, "tests/data/align/news.dict.tsv"));
	T_ASSERT_INT(bitext_lexicon_count(lex), 4);   /* the forbidden row skipped */
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	T_ASSERT(links_sane(al, 6, 6));
	T_ASSERT_OK(score_against(&without, al, "tests/data/align/news.gold"));
	bitext_alignment_free(al);
	al = NULL;
	o.lexicon = lex;
	T_ASSERT_OK(bitext_align_docs(&al, s, t, &o));
	T_ASSERT(links_sane(al, 6, 6));
	T_ASSERT_STR(link_str(al, 0), "0:0");
	T_ASSERT_STR(link_str(al, 1), "1:1");
	T_ASSERT_OK(score_against(&with, al, "tests/data/align/news.gold"));
	/* with the dictionary every link is right at least in the lax sense */
	T_ASSERT_INT(with.lax_pred, with.pred);
	T_ASSERT_INT(with.lax_gold, with.gold);
	T_ASSERT(without.lax_pred < without.pred);
	T_ASSERT(with.strict_gold >= 4);
	bitext_alignment_free(al);
	bitext_lexicon_free(lex);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

void test_align__numbers_anchor_a_split(void)
{
	bitext_doc *s = doc_from("ko",
		"정부는 올해 예산 656조 원을 확정했다.\n"
		"국방비는 59조4000억 원, 연구개발비는 29조7000억 원이며 복지 예산은 4.8% 늘었다.\n"
		"국회는 12월 2일 본회의를 연다.\n");
	bitext_doc *t = doc_from("en",
		"The government finalized this year's budget of 656 trillion won.\n"
		"Defense spending is 59.4 trillion won.\n"
		"Research and development gets 29.7 trillion won, and welfare rose 4.8 percent.\n"
		"The National Assembly will hold a plenary session on Dec. 2.\n");
	bitext_alignment *al = NULL;

	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	T_ASSERT(links_sane(al, 3, 4));
	T_ASSERT_STR(link_str(al, 0), "0:0");
	T_ASSERT_STR(link_str(al, 1), "1:1,2");
	T_ASSERT_STR(link_str(al, 2), "2:3");
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

void test_align__empty_documents(void)
{
	bitext_doc *s = doc_from("ko", ""), *t = doc_from("en", "");
	bitext_alignment *al = NULL;

	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	T_ASSERT_INT(bitext_alignment_count(al), 0);
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

void test_align__one_side_empty_gives_omissions(void)
{
	bitext_doc *s = doc_from("en", "One.\nTwo.\nThree.\n"), *t = doc_from("de", "");
	bitext_alignment *al = NULL;
	size_t i;

	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	T_ASSERT(links_sane(al, 3, 0));
	T_ASSERT_INT(bitext_alignment_count(al), 3);
	for (i = 0; i < 3; i++)
		T_ASSERT_INT(bitext_alignment_link(al, i)->ntgt, 0);
	bitext_alignment_free(al);
	bitext_alignment_free(NULL);
	al = NULL;
	T_ASSERT_OK(bitext_align_docs(&al, t, s, NULL));
	T_ASSERT(links_sane(al, 0, 3));
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

void test_align__single_sentence(void)
{
	bitext_doc *s = doc_from("ko", "안녕하세요.\n"), *t = doc_from("en", "Hello.\n");
	bitext_alignment *al = NULL;

	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	T_ASSERT_INT(bitext_alignment_count(al), 1);
	T_ASSERT_STR(link_str(al, 0), "0:0");
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

void test_align__wildly_different_lengths(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	bitext_doc *s, *t;
	bitext_alignment *al = NULL;
	int i;

	for (i = 0; i < 300; i++)
		bitext_buf_printf(&b, "Sentence number %d of a long text goes on.\n", i);
	s = doc_from("en", "A single short sentence mentions 17.\n");
	t = doc_from("en", b.ptr);
	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	T_ASSERT(links_sane(al, 1, 300));
	T_ASSERT(bitext_alignment_count(al) >= 298);
	bitext_alignment_free(al);
	al = NULL;
	T_ASSERT_OK(bitext_align_docs(&al, t, s, NULL));
	T_ASSERT(links_sane(al, 300, 1));
	bitext_alignment_free(al);
	bitext_buf_dispose(&b);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

/* 50,000 source sentences; the target splits every 10th sentence in two
 * and drops every 97th: the true links are known. */
void test_align__fifty_thousand_sentences(void)
{
	bitext_buf sb = BITEXT_BUF_INIT, tb = BITEXT_BUF_INIT;
	bitext_doc *s, *t;
	bitext_alignment *al = NULL;
	size_t i, j = 0, right = 0, n = 50000;
	struct timespec t0, t1;
	double secs;
	static const char *words[] = { "river", "market", "council", "harbor",
		"station", "garden", "factory", "bridge", "school", "library" };

	srand(11);
	for (i = 0; i < n; i++) {
		int w = rand() % 10, len = 2 + rand() % 12, k;

		bitext_buf_printf(&sb, "The %s %zu", words[w], i * 7 + 3);
		for (k = 0; k < len; k++)
			bitext_buf_puts(&sb, " word");
		bitext_buf_puts(&sb, ".\n");
		if (i % 97 == 50)
			continue;
		bitext_buf_printf(&tb, "Der %s %zu", words[w], i * 7 + 3);
		for (k = 0; k < len; k++)
			bitext_buf_puts(&tb, i % 10 == 3 && k == len / 2 ? ".\nUnd" :
				" wort");
		bitext_buf_puts(&tb, ".\n");
	}
	s = doc_from("en", sb.ptr);
	t = doc_from("de", tb.ptr);
	T_ASSERT(s && t);
	T_ASSERT_INT(bitext_doc_segment_count(s), n);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec -
		t0.tv_nsec) / 1e9;
	T_ASSERT(links_sane(al, n, bitext_doc_segment_count(t)));
	/* count links that are exactly right */
	for (i = 0; i < bitext_alignment_count(al); i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);
		size_t src = l->src;
		size_t want_t = src % 10 == 3 ? 2 : 1;

		(void)j;
		if (l->nsrc == 1 && ((src % 97 == 50 && l->ntgt == 0) ||
				(src % 97 != 50 && l->ntgt == want_t)))
			right++;
	}
	T_ASSERT(right > n * 95 / 100);
	printf("# 50,000 sentences aligned in %.2f s, %zu of %zu links right\n",
		secs, right, bitext_alignment_count(al));
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
	bitext_buf_dispose(&sb);
	bitext_buf_dispose(&tb);
}

void test_align__lexicon_bad_row_names_line(void)
{
	bitext_lexicon *lex = NULL;
	const char *path = test_tmp("bad.tsv");
	const bitext_error *e;

	T_ASSERT_OK(test_write(path, "수출\texports\n내수 only\n", 27));
	T_ASSERT_OK(bitext_lexicon_new(&lex, "ko", "en"));
	T_ASSERT_INT(bitext_lexicon_load(lex, path), BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT(e && e->line == 2);
	T_ASSERT_STR(e->file, path);
	bitext_lexicon_free(lex);
}

static char *aligned_as(bitext_align_format fmt, const char *name)
{
	bitext_doc *s = doc_from("ko", "첫 문장이다.\n\n둘째 문장은 2024년 이야기다.\n");
	bitext_doc *t = doc_from("en", "The first sentence.\n\nThe second is about 2024.\n");
	bitext_alignment *al = NULL;
	const char *path = test_tmp(name);
	char *out = NULL;

	if (s && t && bitext_align_docs(&al, s, t, NULL) == 0 &&
			bitext_alignment_save(path, al, s, t, fmt) == 0)
		out = test_slurp(path, NULL);
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
	return out;
}

void test_align__output_formats(void)
{
	char *links = aligned_as(BITEXT_ALIGN_LINKS, "a.links");
	char *tsv = aligned_as(BITEXT_ALIGN_TSV, "a.tsv");
	char *jsonl = aligned_as(BITEXT_ALIGN_JSONL, "a.jsonl");
	char *html = aligned_as(BITEXT_ALIGN_HTML, "a.html");
	bitext_align_format f;
	int ok;

	ok = links && tsv && jsonl && html;
	ok = ok && !strcmp(links, "0:0\n1:1\n");
	/* the header names the languages and x- prop columns (tmx convert) */
	ok = ok && !strncmp(tsv, "ko\ten\tx-alignment\tx-score\t", 26);
	ok = ok && strstr(tsv, "첫 문장이다.\tThe first sentence.\t1-1\t");
	ok = ok && strstr(jsonl, "{\"src\":[1],\"tgt\":[1],\"shape\":\"1-1\"");
	ok = ok && strstr(jsonl, "\"tgt_paragraph\":1");
	ok = ok && !strncmp(html, "<!DOCTYPE html>", 15);
	ok = ok && !strstr(html, "http") && !strstr(html, "<script src");
	ok = ok && strstr(html, "둘째 문장은 2024년 이야기다.");
	free(links);
	free(tsv);
	free(jsonl);
	free(html);
	T_ASSERT(ok);
	T_ASSERT_OK(bitext_align_format_parse(&f, "jsonl"));
	T_ASSERT_INT(f, BITEXT_ALIGN_JSONL);
	T_ASSERT_INT(bitext_align_format_parse(&f, "xml"), BITEXT_EINVAL);
}

void test_align__html_flags_doubtful_links(void)
{
	/* unrelated texts: nothing anchors the links */
	bitext_doc *s = doc_from("en", "Alpha beta.\nGamma delta epsilon zeta.\nEta.\n");
	bitext_doc *t = doc_from("fr", "Un deux trois quatre.\nCinq.\nSix sept huit neuf dix onze.\nDouze.\n");
	bitext_alignment *al = NULL;
	const char *path = test_tmp("doubt.html");
	char *html, sum[64];
	size_t i, low = 0;

	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	for (i = 0; i < bitext_alignment_count(al); i++)
		low += bitext_alignment_link(al, i)->confidence <
			BITEXT_ALIGN_REVIEW_THRESHOLD;
	T_ASSERT(low > 0);
	T_ASSERT_OK(bitext_alignment_save(path, al, s, t, BITEXT_ALIGN_HTML));
	html = test_slurp(path, NULL);
	/* the page's summary counts them; its script draws the rows from the
	 * data, with the threshold (tests/cli/0507 and 0701 in a browser) */
	snprintf(sum, sizeof(sum), "%zu link%s under the review threshold", low,
		low == 1 ? "" : "s");
	T_ASSERT(html && strstr(html, sum));
	T_ASSERT(strstr(html, "<script type=\"application/json\" id=\"data\">"));
	T_ASSERT(strstr(html, "\"threshold\":0.9,"));
	free(html);
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

void test_align__batch_writes_every_good_job(void)
{
	bitext_align_job jobs[3];
	bitext_align_batch_options o = BITEXT_ALIGN_BATCH_OPTIONS_INIT;
	size_t failed = 0;
	char *a, *b, *c, p0[1024], p1[1024], p2[1024];

	jobs[0].src_path = "tests/data/align/news.ko.seg";
	jobs[0].tgt_path = "tests/data/align/news.en.seg";
	snprintf(p0, sizeof(p0), "%s", test_tmp("b0.links"));
	snprintf(p1, sizeof(p1), "%s", test_tmp("b1.links"));
	snprintf(p2, sizeof(p2), "%s", test_tmp("b2.links"));
	jobs[0].out_path = p0;
	jobs[1].src_path = "tests/data/align/missing.ko.seg";
	jobs[1].tgt_path = "tests/data/align/news.en.seg";
	jobs[1].out_path = p1;
	jobs[2] = jobs[0];
	jobs[2].out_path = p2;
	o.segmented = 1;
	o.threads = 2;
	T_ASSERT_INT(bitext_align_batch(jobs, 3, &o, &failed), BITEXT_ENOTFOUND);
	T_ASSERT_INT(failed, 1);
	T_ASSERT(bitext_error_last() && strstr(bitext_error_last()->message,
		"missing.ko.seg"));
	a = test_slurp(p0, NULL);
	b = test_slurp(p1, NULL);
	c = test_slurp(p2, NULL);
	T_ASSERT(b == NULL);
	T_ASSERT(a && c && !strcmp(a, c) && !strncmp(a, "0:0\n1:1\n", 8));
	free(a);
	free(c);
}

/* Only the romanized name tells which English sentence the second Korean
 * one translates (박준서 ~ Park Joon-seo). */
void test_align__names_anchor_links(void)
{
	bitext_doc *s = doc_from("ko",
		"강태윤이 4회에 홈런을 쳤다.\n"
		"박준서는 세 번 연속 삼진을 당했다.\n"
		"경기는 밤늦게 끝났다.\n");
	bitext_doc *t = doc_from("en",
		"Kang Tae-yoon hit a home run in the fourth inning.\n"
		"The crowd cheered loudly for a long time after that.\n"
		"Park Joon-seo struck out.\n"
		"The game ended late at night.\n");
	bitext_align_options o = BITEXT_ALIGN_OPTIONS_INIT;
	bitext_alignment *al = NULL;
	const bitext_align_link *l;

	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	T_ASSERT(links_sane(al, 3, 4));
	l = bitext_alignment_link(al, bitext_alignment_count(al) - 1);
	T_ASSERT_STR(link_str(al, bitext_alignment_count(al) - 1), "2:3");
	l = bitext_alignment_link(al, bitext_alignment_count(al) - 2);
	T_ASSERT(l->src == 1 && l->tgt + l->ntgt == 3);
	bitext_alignment_free(al);
	al = NULL;
	o.names = 0;
	T_ASSERT_OK(bitext_align_docs(&al, s, t, &o));
	T_ASSERT(strcmp(link_str(al, bitext_alignment_count(al) - 1), "2:3"));
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

/* ---- debug and tuning switches are options, not the environment ---------- */

#include <fcntl.h>
#include <unistd.h>

static bitext_doc *tune_src(void)
{
	return doc_from("ko",
		"정부는 올해 예산 656조 원을 확정했다.\n"
		"국방비는 59조4000억 원, 연구개발비는 29조7000억 원이며 복지 예산은 4.8% 늘었다.\n"
		"국회는 12월 2일 본회의를 연다.\n");
}

static bitext_doc *tune_tgt(void)
{
	return doc_from("en",
		"The government finalized this year's budget of 656 trillion won.\n"
		"Defense spending is 59.4 trillion won.\n"
		"Research and development gets 29.7 trillion won, and welfare rose 4.8 percent.\n"
		"The National Assembly will hold a plenary session on Dec. 2.\n");
}

/* All links as "S:T S:T ...". */
static void links_all(const bitext_alignment *al, char *out, size_t cap)
{
	size_t i, n = 0;

	out[0] = '\0';
	for (i = 0; i < bitext_alignment_count(al) && n < cap; i++)
		n += (size_t)snprintf(out + n, cap - n, i ? " %s" : "%s", link_str(al, i));
}

/* The library reads no BITEXT_ALIGN_TUNE or BITEXT_ALIGN_DEBUG: with them
 * set, an alignment is the same and nothing is written to stderr. */
void test_align__environment_changes_nothing(void)
{
	bitext_doc *s = tune_src(), *t = tune_tgt();
	bitext_alignment *al = NULL;
	char plain[256], with_env[256];
	const char *err = test_tmp("align-stderr");
	char *said;
	int fd, saved;

	T_ASSERT(s && t);
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	links_all(al, plain, sizeof(plain));
	bitext_alignment_free(al);
	al = NULL;
	T_ASSERT_STR(plain, "0:0 1:1,2 2:3");

	/* shape 0 (1-1) all but forbidden; the diagnostics on */
	setenv("BITEXT_ALIGN_TUNE", "s0=0.0000001", 1);
	setenv("BITEXT_ALIGN_DEBUG", "1", 1);
	fflush(stderr);
	saved = dup(2);
	fd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(saved >= 0 && fd >= 0);
	dup2(fd, 2);
	close(fd);
	fd = bitext_align_docs(&al, s, t, NULL);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	unsetenv("BITEXT_ALIGN_TUNE");
	unsetenv("BITEXT_ALIGN_DEBUG");
	T_ASSERT_OK(fd);
	links_all(al, with_env, sizeof(with_env));
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
	said = test_slurp(err, NULL);
	T_ASSERT(said);
	T_ASSERT_STR(said, "");
	free(said);
	T_ASSERT_STR(with_env, plain);
}

/* The switches that were environment variables are options of the call. */
void test_align__debug_and_tune_are_options(void)
{
	bitext_doc *s = tune_src(), *t = tune_tgt();
	bitext_align_options o = BITEXT_ALIGN_OPTIONS_INIT;
	bitext_alignment *al = NULL;
	char tuned[256];
	FILE *f = tmpfile();
	char said[4096];
	size_t n;

	T_ASSERT(s && t && f);
	o.tune = "s0=0.0000001";     /* shape 0 (1-1) all but forbidden */
	o.debug = f;
	T_ASSERT_OK(bitext_align_docs(&al, s, t, &o));
	links_all(al, tuned, sizeof(tuned));
	bitext_alignment_free(al);
	bitext_doc_free(s);
	bitext_doc_free(t);
	rewind(f);
	n = fread(said, 1, sizeof(said) - 1, f);
	said[n] = '\0';
	fclose(f);
	T_ASSERT(strcmp(tuned, "0:0 1:1,2 2:3") != 0);
	T_ASSERT(!strstr(tuned, "0:0 "));
	T_ASSERT(strstr(said, "align: round 0,") != NULL);
	T_ASSERT(strstr(said, "align: ratio ") != NULL);
}
