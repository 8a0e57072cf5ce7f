/*
 * test_termbase.c - loading TBX (new and old style), TSV and CSV glossaries,
 * errors with positions, lookup, and matching terms in Korean and English
 * text across particles and inflection.
 */
#include "test.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

void test_termbase__initialize(void)
{
	bitext_msg_set_lang("en");
}

static const bitext_term *find_term(const bitext_termbase *tb, const char *text)
{
	size_t i;

	for (i = 0; i < bitext_termbase_term_count(tb); i++)
		if (!strcmp(bitext_termbase_term(tb, i)->text, text))
			return bitext_termbase_term(tb, i);
	return NULL;
}

void test_termbase__tbx_concepts_terms_status(void)
{
	bitext_termbase *tb;
	const bitext_term *t;
	const bitext_concept *c;

	T_ASSERT_OK(bitext_termbase_load(&tb, "tests/data/check/terms.tbx", NULL));
	T_ASSERT_INT(bitext_termbase_concept_count(tb), 5);
	c = bitext_termbase_concept(tb, 0);
	T_ASSERT_STR(c->id, "c1");
	T_ASSERT_INT(c->nterms, 4);
	t = find_term(tb, "Kim Jong-un");
	T_ASSERT(t != NULL);
	T_ASSERT_INT(t->status, BITEXT_TERM_PREFERRED);
	T_ASSERT_STR(t->lang, "en");
	T_ASSERT_INT(t->concept, 0);
	T_ASSERT_INT(find_term(tb, "Kim Jung-eun")->status, BITEXT_TERM_DEPRECATED);
	T_ASSERT_INT(find_term(tb, "cracker")->status, BITEXT_TERM_FORBIDDEN);
	T_ASSERT_INT(find_term(tb, "김정은")->status, BITEXT_TERM_ADMITTED);
	T_ASSERT(find_term(tb, "김정은")->line > 5);
	bitext_termbase_free(tb);
}

void test_termbase__martif_tig_ntig(void)
{
	bitext_termbase *tb;

	T_ASSERT_OK(bitext_termbase_load(&tb, "tests/data/check/martif.tbx", NULL));
	T_ASSERT_INT(bitext_termbase_concept_count(tb), 1);
	T_ASSERT_INT(bitext_termbase_term_count(tb), 3);
	T_ASSERT_INT(find_term(tb, "North Korea")->status, BITEXT_TERM_PREFERRED);
	T_ASSERT(find_term(tb, "DPRK") != NULL);
	bitext_termbase_free(tb);
}

void test_termbase__tsv_rows_of_one_source_form_one_concept(void)
{
	bitext_termbase *tb;
	const bitext_concept *c;
	const bitext_term *t;

	T_ASSERT_OK(bitext_termbase_load(&tb, "tests/data/check/terms.tsv", NULL));
	T_ASSERT_INT(bitext_termbase_concept_count(tb), 3);
	c = bitext_termbase_concept(tb, 0);
	T_ASSERT_INT(c->nterms, 3);     /* 김정은 + two English terms */
	T_ASSERT_STR(bitext_termbase_term(tb, c->first_term)->text, "김정은");
	T_ASSERT_STR(bitext_termbase_term(tb, c->first_term)->lang, "ko");
	c = bitext_termbase_concept(tb, 2);
	T_ASSERT_INT(c->nterms, 3);
	t = find_term(tb, "cracker");
	T_ASSERT_INT(t->status, BITEXT_TERM_FORBIDDEN);
	T_ASSERT_STR(t->note, "use hacker");
	T_ASSERT_STR(t->lang, "en");
	T_ASSERT_INT(t->line, 7);
	bitext_termbase_free(tb);
}

void test_termbase__csv_quotes(void)
{
	bitext_termbase *tb;
	bitext_termbase_options o = BITEXT_TERMBASE_OPTIONS_INIT;

	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_termbase_load(&tb, "tests/data/check/terms.csv", &o));
	T_ASSERT_INT(bitext_termbase_concept_count(tb), 2);
	T_ASSERT(find_term(tb, "North Korea, the") != NULL);
	T_ASSERT_STR(find_term(tb, "North Korea, the")->note, "a \"quoted\" note");
	bitext_termbase_free(tb);
}

void test_termbase__errors_have_positions(void)
{
	bitext_termbase *tb = NULL;
	const bitext_error *e;
	const char *bad = "a\tb\nonly-one-column\n";

	T_ASSERT_INT(bitext_termbase_load_buffer(&tb, "g.tsv", bad, strlen(bad), NULL),
		BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT_STR(e->file, "g.tsv");
	T_ASSERT_INT(e->line, 2);
	T_ASSERT(tb == NULL);

	bad = "a\tb\tmaybe\n";
	T_ASSERT_INT(bitext_termbase_load_buffer(&tb, "g.tsv", bad, strlen(bad), NULL),
		BITEXT_EPARSE);
	T_ASSERT(strstr(bitext_error_last()->message, "maybe") != NULL);

	T_ASSERT_INT(bitext_termbase_load(&tb, "tests/data/check/broken.tbx", NULL),
		BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT_STR(e->file, "tests/data/check/broken.tbx");
	T_ASSERT(e->line >= 3);

	T_ASSERT_INT(bitext_termbase_load(&tb, "tests/data/check/entities.tbx", NULL),
		BITEXT_EPARSE);
	T_ASSERT_INT(bitext_termbase_load(&tb, "tests/data/check/none.tbx", NULL),
		BITEXT_ENOTFOUND);
}

void test_termbase__lookup_case_insensitive(void)
{
	bitext_termbase *tb;
	size_t idx[4];

	T_ASSERT_OK(bitext_termbase_load(&tb, "tests/data/check/terms.tbx", NULL));
	T_ASSERT_INT(bitext_termbase_lookup(tb, "en", "SONY", 4, idx, 4), 1);
	T_ASSERT_STR(bitext_termbase_term(tb, idx[0])->text, "Sony");
	T_ASSERT_INT(bitext_termbase_lookup(tb, "en-US", "kim jong-un", 11, idx, 4), 1);
	T_ASSERT_INT(bitext_termbase_lookup(tb, "ko", "Sony", 4, idx, 4), 0);
	T_ASSERT_INT(bitext_termbase_lookup(tb, "ko", "소니", strlen("소니"), idx, 4), 1);
	bitext_termbase_free(tb);
}

/* The terms matched in `text`, as "term@cpstart-cpend;..." */
static void matched(bitext_term_matcher *m, const bitext_termbase *tb,
	const char *text, char *out, size_t cap)
{
	const bitext_term_match *mm;
	size_t n, i, o = 0;

	out[0] = '\0';
	if (bitext_term_matcher_run(m, text, strlen(text), &mm, &n) < 0)
		return;
	for (i = 0; i < n && o < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s@%zu-%zu;",
			bitext_termbase_term(tb, mm[i].term)->text, mm[i].cp_start,
			mm[i].cp_end);
}

void test_termbase__korean_particles_not_longer_words(void)
{
	bitext_termbase *tb;
	bitext_term_matcher *m;
	char got[256];

	T_ASSERT_OK(bitext_termbase_load(&tb, "tests/data/check/terms.tbx", NULL));
	T_ASSERT_OK(bitext_term_matcher_new(&m, tb, "ko"));
	matched(m, tb, "김정은은 말했다.", got, sizeof(got));
	T_ASSERT_STR(got, "김정은@0-3;");
	matched(m, tb, "소니가 소니의 영화를", got, sizeof(got));
	T_ASSERT_STR(got, "소니@0-2;소니@4-6;");
	matched(m, tb, "소니아와 소니아에게", got, sizeof(got));
	T_ASSERT_STR(got, "");
	matched(m, tb, "해커들은 \"소니 픽처스\"를 공격했다", got, sizeof(got));
	T_ASSERT_STR(got, "해커@0-2;소니 픽처스@6-12;소니@6-8;");
	matched(m, tb, "해커톤", got, sizeof(got));
	T_ASSERT_STR(got, "");
	bitext_term_matcher_free(m);
	bitext_termbase_free(tb);
}

void test_termbase__english_case_and_inflection(void)
{
	bitext_termbase *tb;
	bitext_term_matcher *m;
	char got[256];

	T_ASSERT_OK(bitext_termbase_load(&tb, "tests/data/check/terms.tbx", NULL));
	T_ASSERT_OK(bitext_term_matcher_new(&m, tb, "en"));
	matched(m, tb, "The hackers released it.", got, sizeof(got));
	T_ASSERT_STR(got, "hacker@4-11;release@12-20;");
	matched(m, tb, "SONY delayed the releasing", got, sizeof(got));
	T_ASSERT_STR(got, "Sony@0-4;release@17-26;");
	matched(m, tb, "Kim Jong Un's film; kim jong-un", got, sizeof(got));
	/* a hyphen and a space join words alike: both spellings match */
	T_ASSERT_STR(got, "Kim Jong-un@0-11;Kim Jong Un@0-11;Kim Jong-un@20-31;Kim Jong Un@20-31;");
	matched(m, tb, "Kim, Jong Un", got, sizeof(got));
	T_ASSERT_STR(got, "");
	matched(m, tb, "hacking and hackery", got, sizeof(got));
	T_ASSERT_STR(got, "");
	bitext_term_matcher_free(m);
	bitext_termbase_free(tb);
}

/* Does the one stemmer say that `term` matches the word `w`? */
static int stemmer_matches(const char *lang, const char *term, const char *w)
{
	bitext_buf a = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;
	int eq;

	if (!strcmp(lang, "ko"))
		return bitext_stem_match_ko(term, strlen(term), w, strlen(w));
	eq = bitext_stem_en(&a, w, strlen(w)) == 0 &&
		bitext_stem_en(&b, term, strlen(term)) == 0 &&
		!strcmp(a.ptr, b.ptr);
	bitext_buf_dispose(&a);
	bitext_buf_dispose(&b);
	return eq;
}

/* The terms of `lang` on which matcher and stemmer disagree for word `w`
 * (printed), or -1 when the matcher fails. */
static int disagreements(bitext_term_matcher *m, const bitext_termbase *tb,
	const char *lang, const char *w)
{
	const bitext_term_match *mm;
	size_t n, t, k;
	int bad = 0;

	if (bitext_term_matcher_run(m, w, strlen(w), &mm, &n) < 0)
		return -1;
	for (t = 0; t < bitext_termbase_term_count(tb); t++) {
		const bitext_term *term = bitext_termbase_term(tb, t);
		int hit = 0, want;
		if (strcmp(term->lang, lang))
			continue;
		for (k = 0; k < n; k++)
			hit |= mm[k].term == t;
		want = stemmer_matches(lang, term->text, w);
		if (hit != want) {
			printf("%s %s / %s: matcher %d, stemmer %d\n", lang,
				term->text, w, hit, want);
			bad++;
		}
	}
	return bad;
}

/*
 * The matcher keys words with the one stemmer of bitext/stem.h: a one-word
 * Korean term matches an eojeol exactly when bitext_stem_match_ko() says
 * so, and an English term a word exactly when their bitext_stem_en() keys
 * agree.
 */
void test_termbase__matcher_agrees_with_the_stemmer(void)
{
	static const char tsv[] =
		"\xEC\x82\xBC\xEC\x84\xB1\tSamsung\n"       /* 삼성 */
		"\xEB\xB0\x9C\xEC\x82\xAC\tlaunch\n"        /* 발사 */
		"\xEB\x82\xA0\tday\n"                          /* 날 */
		"\xEC\x98\x88\tyes\n"                          /* 예 */
		"\xEC\x84\x9C\xEC\x9A\xB8\tSeoul\n"         /* 서울 */
		"\xEC\x86\x8C\xEB\x8B\x88\tsay\n"           /* 소니 */
		"\xEA\xB9\x80\xEC\xA0\x95\xEC\x9D\x80\tcompany\n"; /* 김정은 */
	static const char *const ko_words[] = {
		"삼성측은", "삼성측", "삼성은", "삼성전자", "발사했다", "발사된",
		"발사대", "날씨", "날에", "예측", "예는", "서울로", "서울에서도",
		"서울역", "소니는", "소니은", "소니아", "김정은씨는", "김정은이",
		"김정은가", "김정은들", NULL
	};
	static const char *const en_words[] = {
		"said", "says", "saying", "companies", "company's", "launched",
		"launches", "launcher", "Samsung's", "days", NULL
	};
	bitext_termbase_options o = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_termbase *tb;
	bitext_term_matcher *mk, *me;
	size_t i;
	int bad = 0, r;

	o.format = BITEXT_TERMBASE_TSV;
	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "agree.tsv", tsv,
		sizeof(tsv) - 1, &o));
	T_ASSERT_OK(bitext_term_matcher_new(&mk, tb, "ko"));
	T_ASSERT_OK(bitext_term_matcher_new(&me, tb, "en"));
	for (i = 0; ko_words[i]; i++)
		if ((r = disagreements(mk, tb, "ko", ko_words[i])) != 0)
			bad += r < 0 ? 100 : r;
	for (i = 0; en_words[i]; i++)
		if ((r = disagreements(me, tb, "en", en_words[i])) != 0)
			bad += r < 0 ? 100 : r;
	bitext_term_matcher_free(mk);
	bitext_term_matcher_free(me);
	bitext_termbase_free(tb);
	T_ASSERT_INT(bad, 0);
}

static void count_problem(const bitext_term_problem *p, void *payload)
{
	int *n = payload;
	bitext_severity s = p->severity;

	n[s]++;
}

void test_termbase__validate(void)
{
	bitext_termbase *tb;
	const char *g = "# bitext-glossary ko en\n소니\tSony\n소니\tSony\n해커\t\n"
		"북한\tNorth Korea\n남한\tNorth Korea\tforbidden\n";
	int n[BITEXT_SEVERITY_ERROR + 1] = { 0, 0, 0, 0 };

	T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "g.tsv", g, strlen(g), NULL));
	T_ASSERT_INT(bitext_termbase_validate(tb, count_problem, n), 3);
	T_ASSERT_INT(n[BITEXT_SEVERITY_ERROR], 1);   /* the empty term */
	/* Sony twice; North Korea accepted and forbidden */
	T_ASSERT_INT(n[BITEXT_SEVERITY_WARNING], 2);
	T_ASSERT_INT(n[BITEXT_SEVERITY_OFF], 0);
	bitext_termbase_free(tb);
}

void test_termbase__extract_phrases_and_names(void)
{
	bitext_term_extract_options o = BITEXT_TERM_EXTRACT_OPTIONS_INIT;
	bitext_term_extractor *x;
	const bitext_term_candidate *c;
	size_t n, i;
	int phrase = 0, name = 0;
	static const char *const units[][2] = {
		{ "김정은 위원장이 미사일 발사를 참관했다.", "Kim Jong-un watched the missile launch." },
		{ "미사일 발사는 올해 열한 번째다.", "It was the 11th missile launch this year." },
		{ "정부는 미사일 발사를 규탄했다.", "The government condemned the missile launch." },
		{ "김정은은 군을 시찰했다.", "Kim Jong-un inspected the army." },
	};

	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_term_extractor_new(&x, &o));
	for (i = 0; i < 4; i++)
		T_ASSERT_OK(bitext_term_extractor_add(x, units[i][0], strlen(units[i][0]),
			units[i][1], strlen(units[i][1])));
	T_ASSERT_OK(bitext_term_extractor_run(x, &c, &n));
	for (i = 0; i < n; i++) {
		if (!c[i].name && !strcmp(c[i].source, "미사일 발사") &&
		    !strcmp(c[i].target, "missile launch") && c[i].count == 3)
			phrase = 1;
		if (c[i].name && !strcmp(c[i].source, "김정은") &&
		    !strcmp(c[i].target, "Kim Jong-un"))
			name = 1;
	}
	T_ASSERT(phrase);
	T_ASSERT(name);
	bitext_term_extractor_free(x);
}

void test_termbase__acronyms_match_in_capitals_only(void)
{
	bitext_termbase *tb;
	bitext_term_matcher *m;
	const char *g = "# bitext-glossary ko en\n유엔\tUN\n미국\tUS\n서울\tSeoul\n";
	char got[256];

	T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "g.tsv", g, strlen(g), NULL));
	T_ASSERT_OK(bitext_term_matcher_new(&m, tb, "en"));
	matched(m, tb, "Kim Jong-un told us the UN and the US met in SEOUL.", got, sizeof(got));
	T_ASSERT_STR(got, "UN@24-26;US@35-37;Seoul@45-50;");
	bitext_term_matcher_free(m);
	bitext_termbase_free(tb);
}

typedef struct line_log {
	long lines[16];
	int n;
} line_log;

static void log_line(const bitext_term_problem *p, void *payload)
{
	line_log *l = payload;

	if (l->n < 16)
		l->lines[l->n++] = p->line;
}

/* A glossary written as the product of a concept's source and target terms
 * (as `terms list` writes it) is one concept, not one per source row; each
 * problem is reported once, in line order. */
void test_termbase__glossary_concepts(void)
{
	bitext_termbase *tb;
	const char *g = "# bitext-glossary ko en\n"
		"유엔\tUN\tpreferred\n유엔\tUnited Nations\n"
		"국제연합\tUN\tpreferred\n국제연합\tUnited Nations\n"
		"소니\tSony\n"
		"해커\thacker\n해커\thacker\n"      /* line 8: a repeated row */
		"은행\tbank\n둑\tbank\tforbidden\n"; /* line 10: a conflict */
	line_log l = { { 0 }, 0 };
	int i;

	T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "g.tsv", g, strlen(g), NULL));
	/* {유엔, 국제연합, UN, United Nations}, {소니, Sony}, {해커, hacker x2},
	 * {은행, bank}, {둑, bank forbidden} */
	T_ASSERT_INT(bitext_termbase_concept_count(tb), 5);
	T_ASSERT_INT(bitext_termbase_validate(tb, log_line, &l), 2);
	T_ASSERT_INT(l.n, 2);
	for (i = 1; i < l.n; i++)
		T_ASSERT(l.lines[i - 1] <= l.lines[i]);
	T_ASSERT_INT(l.lines[0], 8);
	T_ASSERT_INT(l.lines[1], 10);
	bitext_termbase_free(tb);
}

static int has_cand(const bitext_term_candidate *c, size_t n, const char *s,
	const char *t)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((!s || !strcmp(c[i].source, s)) && (!t || !strcmp(c[i].target, t)))
			return 1;
	return 0;
}

/* Candidates: hyphenated names whole, the usual capitalization, periods of
 * abbreviations kept, no pair on two co-occurrences only, a target given
 * to its best source, names first. */
void test_termbase__extract_quality(void)
{
	bitext_term_extract_options o = BITEXT_TERM_EXTRACT_OPTIONS_INIT;
	bitext_term_extractor *x;
	const bitext_term_candidate *c;
	size_t n, i;
	static const char *const units[][2] = {
		{ "김정은 국방위원장이 부산을 찾았다.", "BUSAN -- Leader Kim Jong-un visited Busan." },
		{ "김정은 국방위원장이 오후 3시 연설했다.", "Leader Kim Jong-un spoke at 3 p.m. today." },
		{ "부산에서 회의가 오후 2시 열렸다.", "A meeting was held in Busan at 2 p.m. there." },
		{ "부산 시민들이 오후 5시 모였다.", "Citizens of Busan gathered at 5 p.m. downtown." },
		{ "연합뉴스 기자가 보도했다.", "Yonhap reported it." },
		{ "연합뉴스 기자가 전했다.", "Yonhap said so." },
		{ "연합뉴스 기자가 밝혔다.", "Yonhap told it." },
		{ "연합뉴스가 알렸다.", "Yonhap announced it." },
		{ "기자회견은 없었다.", "There was no briefing." },
	};

	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_term_extractor_new(&x, &o));
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		T_ASSERT_OK(bitext_term_extractor_add(x, units[i][0], strlen(units[i][0]),
			units[i][1], strlen(units[i][1])));
	T_ASSERT_OK(bitext_term_extractor_run(x, &c, &n));
	T_ASSERT(n > 0);
	T_ASSERT(c[0].name);                                 /* names first */
	T_ASSERT(has_cand(c, n, "김정은", "Kim Jong-un"));
	T_ASSERT(!has_cand(c, n, NULL, "Kim Jong"));          /* not cut at the hyphen */
	T_ASSERT(!has_cand(c, n, NULL, "Leader Kim Jong"));
	T_ASSERT(!has_cand(c, n, "김정", NULL));               /* 김정은 is a name, not 김정+은 */
	T_ASSERT(has_cand(c, n, "부산", "Busan"));            /* not the dateline's BUSAN */
	T_ASSERT(!has_cand(c, n, NULL, "BUSAN"));
	T_ASSERT(has_cand(c, n, "오후", "p.m."));             /* the period kept */
	T_ASSERT(has_cand(c, n, "연합뉴스", "Yonhap"));
	T_ASSERT(!has_cand(c, n, "기자", "Yonhap"));          /* Yonhap is 연합뉴스's */
	/* two co-occurrences are not enough by default (국방위원장 -> Leader) */
	T_ASSERT(!has_cand(c, n, "국방위원장", NULL));
	bitext_term_extractor_free(x);
}

/* `text` copied so that its last byte is the last byte of a readable page,
 * the next page unreadable: a read past the buffer faults. */
static char *at_page_end(const char *text, size_t n, void **map, size_t *maplen)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	char *m;

	*maplen = 2 * page;
	m = mmap(NULL, *maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		-1, 0);
	if (m == MAP_FAILED || mprotect(m + page, page, PROT_NONE) != 0)
		return NULL;
	*map = m;
	memcpy(m + page - n, text, n);
	return m + page - n;
}

/* The glossary's header line read within the buffer: a buffer is not a
 * string, and its end need not be followed by a NUL. */
void test_termbase__glossary_header_at_buffer_end(void)
{
	static const char *const heads[] = { "# bitext-glossary ko",
		"# bitext-glossary ko en", "# bitext-glossary" };
	bitext_termbase *tb;
	void *map = NULL;
	size_t maplen, i;
	const char *d;

	for (i = 0; i < sizeof(heads) / sizeof(*heads); i++) {
		d = at_page_end(heads[i], strlen(heads[i]), &map, &maplen);
		T_ASSERT(d != NULL);
		T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "g.tsv", d, strlen(heads[i]),
			NULL));
		T_ASSERT_INT(bitext_termbase_term_count(tb), 0);
		bitext_termbase_free(tb);
		munmap(map, maplen);
	}
	/* the languages of a header line still apply */
	{
		static const char g[] = "# bitext-glossary ko en\n북한\tNorth Korea";
		d = at_page_end(g, sizeof(g) - 1, &map, &maplen);
		T_ASSERT(d != NULL);
		T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "g.tsv", d, sizeof(g) - 1, NULL));
		T_ASSERT_STR(find_term(tb, "North Korea")->lang, "en");
		T_ASSERT_STR(find_term(tb, "북한")->lang, "ko");
		bitext_termbase_free(tb);
		munmap(map, maplen);
	}
}

/* ---- two threads validating termbases at once ----------------------------- */

#include <pthread.h>

/* A glossary of `rows` rows in pairs: "sN TAB xK" then "fN TAB xK TAB
 * forbidden", a term both accepted and forbidden, a problem on the second
 * row of each pair. The sources repeat every `mod` pairs and each source
 * is one concept; terms are numbered concept by concept, so their lines
 * interleave differently for every `mod`. */
static char *race_glossary(int rows, int mod)
{
	char *g = malloc((size_t)rows * 40 + 64), *p = g;
	int i;

	if (!g)
		return NULL;
	p += sprintf(p, "# bitext-glossary ko en\n");
	for (i = 0; i < rows; i++)
		p += sprintf(p, i % 2 ? "f%d\tx%d\tforbidden\n" : "s%d\tx%d\n",
			(i / 2) % mod, i / 2);
	return g;
}

typedef struct race_job {
	const char *glossary;
	long expect[2048];         /* lines of the problems, validated alone */
	int nexpect;
	long got[2048];
	int ngot;
	int rounds, failed;        /* rounds whose problems differed */
	int loads;                 /* load the glossary anew this many times */
} race_job;

static void race_line(const bitext_term_problem *p, void *payload)
{
	race_job *j = payload;

	if (j->ngot < 2048)
		j->got[j->ngot++] = p->line;
}

static void *race_thread(void *arg)
{
	race_job *j = arg;
	bitext_termbase *tb;
	int k, r;

	for (k = 0; k < j->loads; k++) {
		if (bitext_termbase_load_buffer(&tb, "g.tsv", j->glossary,
		    strlen(j->glossary), NULL) < 0) {
			j->failed++;
			continue;
		}
		for (r = 0; r < j->rounds; r++) {
			j->ngot = 0;
			if (bitext_termbase_validate(tb, race_line, j) < 0 ||
			    j->ngot != j->nexpect ||
			    memcmp(j->got, j->expect, sizeof(long) * (size_t)j->ngot))
				j->failed++;
		}
		bitext_termbase_free(tb);
	}
	return NULL;
}

/* Validation sorts its problems by line: with the termbase handed to the
 * comparator through a process-wide pointer, a second thread's validation
 * made the first sort by the other termbase's lines. */
void test_termbase__validate_in_two_threads(void)
{
	static race_job job[2];
	char *g[2] = { race_glossary(1200, 7), race_glossary(1200, 50) };
	pthread_t th[2];
	bitext_termbase *tb;
	int i, k;

	T_ASSERT(g[0] && g[1]);
	for (i = 0; i < 2; i++) {
		memset(&job[i], 0, sizeof(job[i]));
		job[i].glossary = g[i];
		T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "g.tsv", g[i],
			strlen(g[i]), NULL));
		bitext_termbase_validate(tb, race_line, &job[i]);
		bitext_termbase_free(tb);
		T_ASSERT_INT(job[i].ngot, 600);   /* one per second row */
		for (k = 1; k < job[i].ngot; k++)
			T_ASSERT(job[i].got[k - 1] < job[i].got[k]);
		memcpy(job[i].expect, job[i].got, sizeof(job[i].got));
		job[i].nexpect = job[i].ngot;
		job[i].loads = 4;
		job[i].rounds = 50;
	}
	for (i = 0; i < 2; i++)
		T_ASSERT(pthread_create(&th[i], NULL, race_thread, &job[i]) == 0);
	for (i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	free(g[0]);
	free(g[1]);
	T_ASSERT_INT(job[0].failed, 0);
	T_ASSERT_INT(job[1].failed, 0);
}
