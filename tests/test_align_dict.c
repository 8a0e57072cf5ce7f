/*
 * test_align_dict.c - the aligner's default dictionaries
 * (locales/<src>/align-<tgt>.tsv): found for the language pair, matched
 * through Korean particles and endings, English inflection and inside
 * Japanese runs, and deciding links where nothing else can: the fixtures
 * hold no numbers, no Latin words and no names, and one source sentence is
 * not translated, so only dictionary words tell which.
 */
#include "test.h"
#include "align/align_int.h"

#include <stdlib.h>

void test_align_dict__initialize(void)
{
	bitext_msg_set_lang("en");
}

/* The links of an alignment as "S:T" lines joined by spaces. */
static void links_of(bitext_buf *b, const bitext_alignment *al)
{
	size_t i, k;

	bitext_buf_clear(b);
	for (i = 0; i < bitext_alignment_count(al); i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);

		if (i)
			bitext_buf_put(b, " ", 1);
		for (k = 0; k < l->nsrc; k++)
			bitext_buf_printf(b, k ? ",%zu" : "%zu", l->src + k);
		bitext_buf_put(b, ":", 1);
		for (k = 0; k < l->ntgt; k++)
			bitext_buf_printf(b, k ? ",%zu" : "%zu", l->tgt + k);
	}
	if (!b->ptr)
		bitext_buf_put(b, "", 0);
}

/* Align `src` with `tgt` with and without the default dictionary of the
 * pair; `with` and `without` receive the links. */
static void align_both(const char *sl, const char *src, const char *tl,
	const char *tgt, bitext_buf *with, bitext_buf *without, size_t *count)
{
	bitext_doc *s = NULL, *t = NULL;
	bitext_alignment *al = NULL;
	bitext_lexicon *lex = NULL;
	bitext_align_options o = BITEXT_ALIGN_OPTIONS_INIT;
	int loaded = 0;

	T_ASSERT_OK(bitext_align_load(&s, src, sl, 1));
	T_ASSERT_OK(bitext_align_load(&t, tgt, tl, 1));
	T_ASSERT_OK(bitext_lexicon_new(&lex, sl, tl));
	T_ASSERT_OK(bitext_lexicon_load_default(lex, &loaded));
	T_ASSERT_INT(loaded, 1);
	*count = bitext_lexicon_count(lex);
	o.lexicon = lex;
	T_ASSERT_OK(bitext_align_docs(&al, s, t, &o));
	links_of(with, al);
	bitext_alignment_free(al);
	al = NULL;
	T_ASSERT_OK(bitext_align_docs(&al, s, t, NULL));
	links_of(without, al);
	bitext_alignment_free(al);
	bitext_lexicon_free(lex);
	bitext_doc_free(s);
	bitext_doc_free(t);
}

/* The second Korean sentence (police arrest a suspect) has no translation;
 * government/policy, farmers/damage and president/National Assembly/budget
 * are the only words the sides share. */
void test_align_dict__korean_words_find_the_omission(void)
{
	bitext_buf with = BITEXT_BUF_INIT, without = BITEXT_BUF_INIT;
	size_t n = 0;

	align_both("ko", "tests/data/align_dict/news.ko.seg", "en",
		"tests/data/align_dict/news.en.seg", &with, &without, &n);
	T_ASSERT(n >= 2500);
	T_ASSERT_STR(with.ptr, "0:0 1: 2:1 3:2");
	T_ASSERT(strcmp(without.ptr, "0:0 1: 2:1 3:2") != 0);
	bitext_buf_dispose(&with);
	bitext_buf_dispose(&without);
}

/* The same story in Japanese: words are found inside runs of Han and Kana
 * (政府は, 発表した, 農家が). */
void test_align_dict__japanese_words_find_the_omission(void)
{
	bitext_buf with = BITEXT_BUF_INIT, without = BITEXT_BUF_INIT;
	size_t n = 0;

	align_both("ja", "tests/data/align_dict/news.ja.seg", "en",
		"tests/data/align_dict/news-ja.en.seg", &with, &without, &n);
	T_ASSERT(n >= 800);
	T_ASSERT_STR(with.ptr, "0:0 1: 2:1 3:2");
	T_ASSERT(strcmp(without.ptr, "0:0 1: 2:1 3:2") != 0);
	bitext_buf_dispose(&with);
	bitext_buf_dispose(&without);
}

/* A pair without a dictionary loads nothing, and is no error; a region
 * subtag finds the language's dictionary. */
void test_align_dict__pairs_without_dictionary(void)
{
	bitext_lexicon *lex = NULL;
	int loaded = -1;

	T_ASSERT_OK(bitext_lexicon_new(&lex, "fr", "en"));
	T_ASSERT_OK(bitext_lexicon_load_default(lex, &loaded));
	T_ASSERT_INT(loaded, 0);
	T_ASSERT_INT(bitext_lexicon_count(lex), 0);
	bitext_lexicon_free(lex);
	T_ASSERT_OK(bitext_lexicon_new(&lex, NULL, "en"));
	T_ASSERT_OK(bitext_lexicon_load_default(lex, &loaded));
	T_ASSERT_INT(loaded, 0);
	bitext_lexicon_free(lex);
	T_ASSERT_OK(bitext_lexicon_new(&lex, "ko-KR", "en-US"));
	T_ASSERT_OK(bitext_lexicon_load_default(lex, &loaded));
	T_ASSERT_INT(loaded, 1);
	T_ASSERT(bitext_lexicon_count(lex) >= 2500);
	bitext_lexicon_free(lex);
}

/* Concepts a lexicon finds in a text (bitext_lexicon__match). */
typedef struct {
	uint64_t keys[16];    /* first key of each report */
	int kinds[16];
	size_t n;             /* reports */
	uint64_t all[64];     /* every key reported */
	size_t nall;
} found_t;

static int found_cb(void *payload, int kind, const uint64_t *keys, size_t nk)
{
	found_t *f = payload;
	size_t k;

	if (f->n < 16 && nk) {
		f->kinds[f->n] = kind;
		f->keys[f->n++] = keys[0];
	}
	for (k = 0; k < nk && f->nall < 64; k++)
		f->all[f->nall++] = keys[k];
	return 0;
}

/* Does `f` hold key `k` among all its reported keys? */
static int found_has(const found_t *f, uint64_t k)
{
	size_t i;

	for (i = 0; i < f->nall; i++)
		if (f->all[i] == k)
			return 1;
	return 0;
}

static size_t find_in(const bitext_lexicon *lex, int is_src, const char *lang,
	const char *text, found_t *f)
{
	memset(f, 0, sizeof(*f));
	if (bitext_lexicon__match(lex, is_src, lang, text, strlen(text),
			found_cb, f) < 0)
		return (size_t)-1;
	return f->n;
}

/* Entries match through Korean particles and 하다/했다/됐다 endings, English
 * inflection, and inside Japanese runs; a term counts each mention, a word
 * of the default dictionary once per segment; a word that merely starts
 * like an entry does not match. */
void test_align_dict__stems_on_both_sides(void)
{
	bitext_lexicon *lex = NULL, *ja = NULL;
	found_t a, b;

	T_ASSERT_OK(bitext_lexicon_new(&lex, "ko", "en"));
	T_ASSERT_OK(bitext_lexicon_add(lex, "발표", 6, "announce", 8));
	T_ASSERT_OK(bitext_lexicon_add(lex, "체포", 6, "arrest", 6));
	T_ASSERT_OK(bitext_lexicon_add(lex, "미국", 6, "United States", 13));
	T_ASSERT_OK(bitext_lexicon_add(lex, "미국", 6, "U.S.", 4));
	T_ASSERT_INT(find_in(lex, 1, "ko", "정부가 새 정책을 발표했다.", &a), 1);
	T_ASSERT_INT(find_in(lex, 0, "en", "The government announced it.", &b), 1);
	T_ASSERT(a.keys[0] == b.keys[0]);
	T_ASSERT_INT(a.kinds[0], ALIGN_K_TERM);
	T_ASSERT_INT(find_in(lex, 1, "ko", "용의자가 체포됐다.", &a), 1);
	T_ASSERT_INT(find_in(lex, 0, "en", "Two men were arrested.", &b), 1);
	T_ASSERT(a.keys[0] == b.keys[0]);
	/* a term counts as often as it is mentioned */
	T_ASSERT_INT(find_in(lex, 1, "ko", "미국은 미국의 이익을 말했다.", &a), 2);
	T_ASSERT_INT(find_in(lex, 0, "en",
		"The U.S. and the United States' allies", &b), 2);
	T_ASSERT(a.keys[0] == b.keys[0] && b.keys[0] == b.keys[1]);
	T_ASSERT_INT(find_in(lex, 1, "ko", "발표자가 미국산 소고기를 샀다.", &a), 0);
	T_ASSERT_INT(find_in(lex, 0, "en", "Announcer Usman", &b), 0);
	bitext_lexicon_free(lex);

	/* a dictionary word once per segment */
	T_ASSERT_OK(bitext_lexicon_new(&lex, "ko", "en"));
	T_ASSERT_OK(bitext_lexicon_load_default(lex, NULL));
	T_ASSERT_INT(find_in(lex, 1, "ko", "미국은 미국의", &a), 1);
	T_ASSERT_INT(a.kinds[0], ALIGN_K_DICT);
	T_ASSERT_INT(find_in(lex, 0, "en", "the U.S. and American", &b), 1);
	T_ASSERT(found_has(&b, a.keys[0]));
	/* the longest entry wins: 물가 is prices, not also 물 water */
	T_ASSERT_INT(find_in(lex, 1, "ko", "물가가", &a), 1);
	T_ASSERT_INT(find_in(lex, 0, "en", "consumer prices", &b), 1);
	T_ASSERT(found_has(&b, a.keys[0]));
	T_ASSERT_INT(find_in(lex, 0, "en", "water", &b), 1);
	T_ASSERT(!found_has(&b, a.keys[0]));
	bitext_lexicon_free(lex);

	T_ASSERT_OK(bitext_lexicon_new(&ja, "ja", "en"));
	T_ASSERT_OK(bitext_lexicon_load_default(ja, NULL));
	T_ASSERT(find_in(ja, 1, "ja", "政府は新しい経済政策を発表した。", &a) >= 3);
	T_ASSERT_INT(a.kinds[0], ALIGN_K_DICT);
	bitext_lexicon_free(ja);
}
