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
#include "align/dictd.h"
#include "lang/lang_int.h"

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

	T_ASSERT_OK(bitext_lexicon_new(&lex, "fi", "en"));
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
	size_t start[16], end[16]; /* the span of each report */
} found_t;

static int found_cb(void *payload, int kind, const uint64_t *keys, size_t nk,
	size_t start, size_t end)
{
	found_t *f = payload;
	size_t k;

	if (f->n < 16 && nk) {
		f->start[f->n] = start;
		f->end[f->n] = end;
	}
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

/* The entries found with the word boundaries of `lang` (NULL: every
 * character one). */
static size_t find_in(const bitext_lexicon *lex, int is_src, const char *lang,
	const char *text, found_t *f)
{
	bitext_tokenizer *tk = NULL;
	int error;

	memset(f, 0, sizeof(*f));
	if (lang && bitext_tokenizer_new(&tk, lang) < 0)
		return (size_t)-1;
	error = bitext_lexicon__match(lex, is_src, tk, text, strlen(text),
		found_cb, f);
	bitext_tokenizer_free(tk);
	return error < 0 ? (size_t)-1 : f->n;
}

/* Is report i of `f` the span `want` of `text`? */
static int span_is(const char *text, const found_t *f, size_t i,
	const char *want)
{
	return i < f->n && f->end[i] - f->start[i] == strlen(want) &&
		!memcmp(text + f->start[i], want, strlen(want));
}

/* Han and Kana entries match from one word boundary to another: 研究生命
 * (to study life) is 研究 + 生命, not 研究生 (graduate student) + 命, and
 * 大学生活 (college life) 大学 + 生活; without word boundaries the longest
 * entry at each character wins, the wrong one. */
void test_align_dict__cjk_entries_at_word_boundaries(void)
{
	bitext_lexicon *lex = NULL;
	found_t a;
	const char *t = "他们研究生命的起源。", *j = "大学生活は楽しかった。";

	T_ASSERT_OK(bitext_lexicon_new(&lex, "zh", "en"));
	T_ASSERT_OK(bitext_lexicon_add(lex, "研究生", 9, "graduate student", 16));
	T_ASSERT_OK(bitext_lexicon_add(lex, "研究", 6, "study", 5));
	T_ASSERT_OK(bitext_lexicon_add(lex, "生命", 6, "life", 4));
	T_ASSERT_OK(bitext_lexicon_add(lex, "起源", 6, "origin", 6));
	T_ASSERT_OK(bitext_lexicon_add(lex, "大学生", 9, "college student", 15));
	T_ASSERT_OK(bitext_lexicon_add(lex, "大学", 6, "college", 7));
	T_ASSERT_OK(bitext_lexicon_add(lex, "生活", 6, "life", 4));
	T_ASSERT_INT(find_in(lex, 1, "zh", t, &a), 3);
	T_ASSERT(span_is(t, &a, 0, "研究"));
	T_ASSERT(span_is(t, &a, 1, "生命"));
	T_ASSERT(span_is(t, &a, 2, "起源"));
	T_ASSERT_INT(find_in(lex, 1, NULL, t, &a), 2);
	T_ASSERT(span_is(t, &a, 0, "研究生"));
	T_ASSERT_INT(find_in(lex, 1, "ja", j, &a), 2);
	T_ASSERT(span_is(j, &a, 0, "大学"));
	T_ASSERT(span_is(j, &a, 1, "生活"));
	/* a word longer than the entry does not hold it: 大学生 is no 大学 */
	T_ASSERT_INT(find_in(lex, 1, "zh", "他是大学生。", &a), 1);
	T_ASSERT(span_is("他是大学生。", &a, 0, "大学生"));
	/* Thai is written without spaces between words too */
	bitext_lexicon_free(lex);
	T_ASSERT_OK(bitext_lexicon_new(&lex, "th", "en"));
	T_ASSERT_OK(bitext_lexicon_add(lex, "ภาษา", 12, "language", 8));
	T_ASSERT_OK(bitext_lexicon_add(lex, "ไทย", 9, "Thai", 4));
	T_ASSERT_INT(find_in(lex, 1, "th", "ฉันรักภาษาไทยมาก", &a), 2);
	T_ASSERT(span_is("ฉันรักภาษาไทยมาก", &a, 0, "ภาษา"));
	T_ASSERT(span_is("ฉันรักภาษาไทยมาก", &a, 1, "ไทย"));
	/* English words report their spans too */
	T_ASSERT_INT(find_in(lex, 0, "en", "Thai language, they said.", &a), 2);
	T_ASSERT(span_is("Thai language, they said.", &a, 1, "language"));
	bitext_lexicon_free(lex);
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

/* ---- dictd (FreeDict) dictionaries ------------------------------------- */

typedef struct {
	char text[2048];      /* "H:head|T:trans|..." */
} pieces_t;

static int piece_cb(void *payload, int kind, const char *s, size_t n)
{
	pieces_t *p = payload;
	size_t at = strlen(p->text);

	snprintf(p->text + at, sizeof(p->text) - at, "%s%c:%.*s",
		at ? "|" : "", kind == BITEXT_DICTD_HEAD ? 'H' : 'T', (int)n, s);
	return 0;
}

static const char *pieces(pieces_t *p, const char *entry)
{
	p->text[0] = '\0';
	if (bitext_dictd__parse(entry, strlen(entry), piece_cb, p) < 0)
		return "(error)";
	return p->text;
}

/* Entries as the FreeDict packages write them (deu-eng, eng-deu, eng-fra,
 * fra-eng, jpn-eng, spa-eng): pronunciations, parts of speech, labels,
 * sense numbers, notes, examples and cross references are not
 * translations. */
void test_align_dict__freedict_entries(void)
{
	pieces_t p;

	T_ASSERT_STR(pieces(&p, "Durchblaserohr /d\xc9\x94\xc9\x90\xc3\xa7"
		"bl\xcb\x88\xc9\x91ze\xcb\x90r/ <neut, n, sg>\n"
		" [techn.] blow-off pipe <n>\n         Note: metallurgy\n"
		"   Synonyms: {Abblaserohr}, {Ausblaserohr}\n\n"
		" see: {Abblaserohre}, {Ausblaserohre}\n"),
		"H:Durchblaserohr|T:blow-off pipe");
	T_ASSERT_STR(pieces(&p, "blow-off piping /bl\xcb\x88\xc9\x99\xca\x8a/\n"
		"Abblaseleitung <fem> [techn.]\n"
		"      \"blow-off pipings\"  - Abblaseleitungen\n"
		"   Synonyms: {exhaust pipe}, {pressure relief line}\n"),
		"H:blow-off piping|T:Abblaseleitung");
	T_ASSERT_STR(pieces(&p, "Rhineland /rainl\xc9\x99nd/\n1. Rh\xc3\xa9nanie\n"
		"2. rh\xc3\xa9nan\n"),
		"H:Rhineland|T:Rh\xc3\xa9nanie|T:rh\xc3\xa9nan");
	T_ASSERT_STR(pieces(&p, "abriter /ab\xca\x80ite/ <v>\n"
		"1. accommodate, entertain, put up\n2. protect\n3. shelter\n"),
		"H:abriter|T:accommodate|T:entertain|T:put up|T:protect|T:shelter");
	T_ASSERT_STR(pieces(&p, "bencina /ben\xce\xb8\xcb\x88ina/\n"
		"gasolene, gasoline, petrol\n"),
		"H:bencina|T:gasolene|T:gasoline|T:petrol");
	/* jpn-eng: several headwords, a part of speech in parentheses */
	T_ASSERT_STR(pieces(&p, "\xe3\x81\x91\xe3\x82\x89\xe3\x81\x91\xe3\x82\x89"
		"\xe7\xac\x91\xe3\x81\x86 /k\xcb\x88" "e/, "
		"\xe3\x81\x91\xe3\x82\x89\xe3\x81\x91\xe3\x82\x89\xe3\x82\x8f"
		"\xe3\x82\x89\xe3\x81\x86 /k\xcb\x8c" "e/\n"
		"(Godan verb with `u' ending)\nto cackle\n"),
		"H:\xe3\x81\x91\xe3\x82\x89\xe3\x81\x91\xe3\x82\x89\xe7\xac\x91"
		"\xe3\x81\x86|H:\xe3\x81\x91\xe3\x82\x89\xe3\x81\x91\xe3\x82\x89"
		"\xe3\x82\x8f\xe3\x82\x89\xe3\x81\x86|T:to cackle");
	/* a note line is no translation, even when it runs into one */
	T_ASSERT_STR(pieces(&p, "\xe3\x82\xb2\xe3\x83\xad /\xc9\xa1/\n"
		"(noun (common) (futsuumeishi))\n\n"
		"         Note: colloquialismspew, vomiting\n"),
		"H:\xe3\x82\xb2\xe3\x83\xad");
	T_ASSERT_STR(pieces(&p, "Haus <n>\n1. house; home\n2. [pol.] chamber\n"),
		"H:Haus|T:house|T:home|T:chamber");
}

typedef struct {
	size_t entries, heads;
	const char *only;     /* headword wanted, or NULL for all */
} read_t;

static int read_want(void *payload, const char *head, size_t len)
{
	read_t *r = payload;

	r->heads++;
	return !r->only || (strlen(r->only) == len && !memcmp(r->only, head, len));
}

static int read_entry(void *payload, const char *text, size_t len)
{
	read_t *r = payload;

	(void)text;
	(void)len;
	r->entries++;
	return 0;
}

#define TINY "tests/data/dictd/tiny-deu-eng"

/* The fixture, built with dictzip (tests/data/dictd/make.sh): every entry
 * is read through the chunk table, by either file's name; one headword
 * reads one entry. */
void test_align_dict__dictzip_reads_entries(void)
{
	read_t r = { 0, 0, NULL };

	T_ASSERT_OK(bitext_dictd__read(TINY ".index", read_want, read_entry, &r));
	T_ASSERT_INT(r.heads, 19);
	T_ASSERT_INT(r.entries, 19);
	memset(&r, 0, sizeof(r));
	r.only = "Kind";
	T_ASSERT_OK(bitext_dictd__read(TINY ".dict.dz", read_want, read_entry,
		&r));
	T_ASSERT_INT(r.entries, 1);
	T_ASSERT(bitext_dictd__is(TINY ".dict.dz") && bitext_dictd__is(TINY ".index"));
	T_ASSERT(!bitext_dictd__is("glossary.tsv"));
}

/* Copy the fixture to the temporary folder as NAME.index / NAME.dict.dz,
 * the byte at `at` of the .dict.dz (or, with at < 0, of the index at -at-1)
 * set to `c`, or the .dict.dz cut to `cut` bytes when cut > 0. */
static const char *damaged(const char *name, long at, int c, size_t cut)
{
	static char base[1024];
	char path[1100];
	size_t ni, nd;
	char *ix = test_slurp(TINY ".index", &ni);
	char *dz = test_slurp(TINY ".dict.dz", &nd);

	snprintf(base, sizeof(base), "%s", test_tmp(name));
	if (ix && dz) {
		if (at >= 0 && (size_t)at < nd)
			dz[at] = (char)c;
		if (at < 0 && (size_t)(-at - 1) < ni)
			ix[-at - 1] = (char)c;
		snprintf(path, sizeof(path), "%s.index", base);
		test_write(path, ix, ni);
		snprintf(path, sizeof(path), "%s.dict.dz", base);
		test_write(path, dz, cut && cut < nd ? cut : nd);
	}
	free(ix);
	free(dz);
	return base;
}

/* Damage gives one error naming the file and the line or byte offset. */
void test_align_dict__damaged_dictzip(void)
{
	char path[1100];
	const bitext_error *e;
	read_t r = { 0, 0, NULL };

	/* the chunk table's version */
	snprintf(path, sizeof(path), "%s.index", damaged("v", 16, 7, 0));
	T_ASSERT(bitext_dictd__read(path, NULL, read_entry, &r) == BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT(e && e->file && strstr(e->file, "v.dict.dz"));
	T_ASSERT(strstr(e->message, "byte 16"));
	/* the compressed data */
	snprintf(path, sizeof(path), "%s.index", damaged("z", 60, 0xff, 0));
	T_ASSERT(bitext_dictd__read(path, NULL, read_entry, &r) == BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT(e && e->file && strstr(e->file, "z.dict.dz"));
	/* cut short */
	snprintf(path, sizeof(path), "%s.index", damaged("cut", 0, 0x1f, 100));
	T_ASSERT(bitext_dictd__read(path, NULL, read_entry, &r) == BITEXT_EPARSE);
	/* an index line without its length: the line is named */
	snprintf(path, sizeof(path), "%s.index", damaged("ix", -9, ' ', 0));
	T_ASSERT(bitext_dictd__read(path, NULL, read_entry, &r) == BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT(e && e->file && strstr(e->file, "ix.index") && e->line == 1);
}

/* Hunspell's stems, where the language has a dictionary: German plurals
 * and French plurals find their headwords. */
void test_align_dict__hunspell_stems(void)
{
	bitext_hunstem *de = NULL, *fr = NULL;
	bitext_buf b = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_lang__hunstem_open(&de, "de"));
	T_ASSERT_OK(bitext_lang__hunstem_open(&fr, "fr-FR"));
	if (!de || !fr) {
		bitext_lang__hunstem_free(de);
		bitext_lang__hunstem_free(fr);
		T_SKIP("hunspell-de-de or hunspell-fr is not installed");
	}
	T_ASSERT_OK(bitext_lang__hunstem_stems(de, &b, "Häuser", strlen("Häuser")));
	T_ASSERT(b.ptr && strstr(b.ptr, "haus"));
	T_ASSERT_OK(bitext_lang__hunstem_stems(de, &b, "Kinder", 6));
	T_ASSERT(b.ptr && strstr(b.ptr, "kind"));
	T_ASSERT_OK(bitext_lang__hunstem_stems(fr, &b, "maisons", 7));
	T_ASSERT(b.ptr && strstr(b.ptr, "maison"));
	T_ASSERT_OK(bitext_lang__hunstem_stems(fr, &b, "chevaux", 7));
	T_ASSERT(b.ptr && strstr(b.ptr, "cheval"));
	bitext_buf_dispose(&b);
	bitext_lang__hunstem_free(de);
	bitext_lang__hunstem_free(fr);
}

/* A FreeDict dictionary in a lexicon: inflected German words find their
 * headwords (Häuser, Kinder, spielten), English ones theirs ("to play"
 * is play), both ways round (deu-eng read for en -> de). */
void test_align_dict__freedict_in_lexicon(void)
{
	bitext_lexicon *lex = NULL;
	found_t a, b;
	size_t n = 0;
	const char *path;

	T_ASSERT_OK(bitext_lexicon_new(&lex, "de", "en"));
	T_ASSERT_OK(bitext_lexicon_load(lex, TINY ".dict.dz"));
	T_ASSERT(bitext_lexicon_count(lex) >= 19);
	T_ASSERT_INT(bitext_lexicon_source_count(lex), 1);
	path = bitext_lexicon_source(lex, 0, &n);
	T_ASSERT_STR(path, TINY ".dict.dz");
	T_ASSERT_INT(n, bitext_lexicon_count(lex));
	T_ASSERT(find_in(lex, 1, "de", "Die Kinder spielten.", &a) == 2);
	T_ASSERT_INT(a.kinds[0], ALIGN_K_DICT);
	T_ASSERT(find_in(lex, 0, "en", "The children played.", &b) == 2);
	T_ASSERT(found_has(&b, a.keys[0]) && found_has(&b, a.keys[1]));
	if (find_in(lex, 1, "de", "Zwei alte H\xc3\xa4user.", &a) == 2) {
		T_ASSERT(find_in(lex, 0, "en", "Two old houses.", &b) == 2);
		T_ASSERT(found_has(&b, a.keys[1]));
	}
	/* "jdm. etw. geben" is give, "to give sb. sth." too */
	T_ASSERT_INT(find_in(lex, 1, "de", "geben", &a), 1);
	T_ASSERT_INT(find_in(lex, 0, "en", "gave", &b), 1);
	T_ASSERT(found_has(&b, a.keys[0]));
	bitext_lexicon_free(lex);

	T_ASSERT_OK(bitext_lexicon_new(&lex, "en", "de"));
	T_ASSERT_OK(bitext_lexicon_load(lex, TINY ".index"));
	T_ASSERT_INT(find_in(lex, 1, "en", "The garden.", &a), 1);
	T_ASSERT_INT(find_in(lex, 0, "de", "Im Garten.", &b), 1);
	T_ASSERT(found_has(&b, a.keys[0]));
	bitext_lexicon_free(lex);
}

/* With the documents' words registered, only their headwords are read. */
void test_align_dict__freedict_only_document_words(void)
{
	bitext_lexicon *lex = NULL;
	bitext_doc *d = NULL;

	T_ASSERT_OK(bitext_align_load(&d, "tests/data/dictd/few.de.seg", "de", 1));
	T_ASSERT_OK(bitext_lexicon_new(&lex, "de", "en"));
	T_ASSERT_OK(bitext_lexicon_want(lex, d, 1));
	T_ASSERT_OK(bitext_lexicon_load(lex, TINY ".index"));
	/* Haus (house, home, chamber), Kind (child, kid): Häuser, Kinder */
	T_ASSERT_INT(bitext_lexicon_count(lex), 5);
	bitext_lexicon_free(lex);
	bitext_doc_free(d);
}

/* ---- IBM Model 1 -------------------------------------------------------- */

/* The classic small case: from das Haus / the house, das Buch / the book,
 * ein Buch / a book ... EM finds Haus -> house, Buch -> book, das -> the
 * though each co-occurs with two English words; the lexicon written and
 * read back matches inflected English (houses); a learnt entry is a
 * general word (the default dictionary's kind). */
void test_align_dict__ibm1_learns_words(void)
{
	static const char *const pairs[][2] = {
		{ "das Haus", "the house" }, { "das Buch", "the book" },
		{ "ein Buch", "a book" }, { "ein Haus", "a house" },
		{ "das kleine Haus", "the small house" },
		{ "ein kleines Buch", "a small book" },
		{ "das Buch", "the book" }, { "das Haus", "the house" },
	};
	bitext_lexicon_learner *l = NULL;
	bitext_lexicon *lex = NULL;
	size_t i, rows = 0;
	char *text;
	const char *path = test_tmp("de-en.lexicon.tsv");
	found_t a, b;

	T_ASSERT_OK(bitext_lexicon_learner_new(&l, "de", "en"));
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		T_ASSERT_OK(bitext_lexicon_learner_add(l, pairs[i][0],
			strlen(pairs[i][0]), pairs[i][1], strlen(pairs[i][1])));
	T_ASSERT_INT(bitext_lexicon_learner_units(l), 8);
	T_ASSERT_OK(bitext_lexicon_learner_train(l, NULL, NULL));
	T_ASSERT_OK(bitext_lexicon_learner_save(l, path, &rows));
	T_ASSERT(rows >= 3);
	text = test_slurp(path, NULL);
	T_ASSERT(text);
	T_ASSERT(!strncmp(text, "# bitext-lexicon de en\n", 23));
	T_ASSERT(strstr(text, "\nHaus\thouse\t"));
	T_ASSERT(strstr(text, "\nBuch\tbook\t"));
	T_ASSERT(strstr(text, "\ndas\tthe\t"));
	T_ASSERT(!strstr(text, "\nHaus\tthe\t"));
	free(text);
	bitext_lexicon_learner_free(l);

	T_ASSERT_OK(bitext_lexicon_new(&lex, "de", "en"));
	T_ASSERT_OK(bitext_lexicon_load(lex, path));
	T_ASSERT_INT(find_in(lex, 1, "de", "Haus", &a), 1);
	T_ASSERT_INT(a.kinds[0], ALIGN_K_DICT);
	T_ASSERT_INT(find_in(lex, 0, "en", "Two houses", &b), 1);
	T_ASSERT(found_has(&b, a.keys[0]));
	bitext_lexicon_free(lex);
}

/* Pruning after the first iteration keeps the table small: a word that
 * co-occurs with 30 others keeps at most 20 candidates, and the result at
 * most 3 translations per word. */
void test_align_dict__ibm1_prunes(void)
{
	bitext_lexicon_learner *l = NULL;
	char s[64], t[64];
	const char *path = test_tmp("prune.tsv");
	char *text, *p;
	size_t i, rows = 0, n = 0;

	T_ASSERT_OK(bitext_lexicon_learner_new(&l, "de", "en"));
	for (i = 0; i < 60; i++) {
		/* words of letters only: digits are not words here */
		snprintf(s, sizeof(s), "immer wort%c%c", 'a' + (int)(i % 30) / 6,
			'a' + (int)(i % 30) % 6);
		snprintf(t, sizeof(t), "always word%c%c", 'a' + (int)(i % 30) / 6,
			'a' + (int)(i % 30) % 6);
		T_ASSERT_OK(bitext_lexicon_learner_add(l, s, strlen(s), t,
			strlen(t)));
	}
	T_ASSERT_OK(bitext_lexicon_learner_train(l, NULL, NULL));
	T_ASSERT_OK(bitext_lexicon_learner_save(l, path, &rows));
	bitext_lexicon_learner_free(l);
	text = test_slurp(path, NULL);
	T_ASSERT(text);
	for (p = strstr(text, "\nimmer\t"); p; p = strstr(p + 1, "\nimmer\t"))
		n++;
	T_ASSERT(n >= 1 && n <= 3);
	T_ASSERT(strstr(text, "\nimmer\talways\t"));
	T_ASSERT(strstr(text, "\nwortbc\twordbc\t"));
	free(text);
}
