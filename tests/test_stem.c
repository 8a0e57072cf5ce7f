/*
 * test_stem.c - the word tokenizer, Korean eojeol stems and particle
 * matching, English light stemming, and terms found in tokenized text.
 */
#include "test.h"

#include <stdlib.h>
#include <time.h>

static bitext_buf g_s = BITEXT_BUF_INIT;
static bitext_tokenizer *g_tk;
static bitext_token_list g_toks = BITEXT_TOKEN_LIST_INIT;

void test_stem__cleanup(void)
{
	bitext_buf_dispose(&g_s);
	bitext_tokenizer_free(g_tk);
	g_tk = NULL;
	bitext_token_list_dispose(&g_toks);
}

/* Candidates of bitext_stem_ko() joined with '|'. */
static const char *ko(const char *w)
{
	size_t lens[BITEXT_STEM_KO_MAX];
	int n = bitext_stem_ko(lens, w, strlen(w)), i;

	bitext_buf_clear(&g_s);
	bitext_buf_puts(&g_s, "");
	for (i = 0; i < n; i++) {
		if (i)
			bitext_buf_putc(&g_s, '|');
		bitext_buf_put(&g_s, w, lens[i]);
	}
	return g_s.ptr;
}

static int kom(const char *term, const char *eojeol)
{
	return bitext_stem_match_ko(term, strlen(term), eojeol, strlen(eojeol));
}

static const char *en(const char *w)
{
	if (bitext_stem_en(&g_s, w, strlen(w)) < 0)
		return "(error)";
	return g_s.ptr ? g_s.ptr : "";
}

static int same_en(const char *a, const char *b)
{
	bitext_buf x = BITEXT_BUF_INIT, y = BITEXT_BUF_INIT;
	int eq;

	bitext_stem_en(&x, a, strlen(a));
	bitext_stem_en(&y, b, strlen(b));
	eq = x.ptr && y.ptr && !strcmp(x.ptr, y.ptr);
	bitext_buf_dispose(&x);
	bitext_buf_dispose(&y);
	return eq;
}

/* Tokens as "kind:text|..." (L letters, N number, O other). */
static const char *toks(const char *lang, const char *text)
{
	size_t i;

	bitext_tokenizer_free(g_tk);
	g_tk = NULL;
	if (bitext_tokenizer_new(&g_tk, lang) < 0 ||
	    bitext_tokenizer_run(g_tk, &g_toks, text, strlen(text)) < 0)
		return "(error)";
	bitext_buf_clear(&g_s);
	bitext_buf_puts(&g_s, "");
	for (i = 0; i < g_toks.count; i++) {
		const bitext_token *t = &g_toks.items[i];
		if (i)
			bitext_buf_putc(&g_s, '|');
		bitext_buf_printf(&g_s, "%c:%.*s",
			t->kind == BITEXT_TOKEN_LETTERS ? 'L' :
			t->kind == BITEXT_TOKEN_NUMBER ? 'N' : 'O',
			(int)(t->end - t->start), text + t->start);
	}
	return g_s.ptr;
}

/* Find a term in a text: "first-last" token indexes or "none". */
static const char *find(const char *lang, const char *term, const char *text)
{
	bitext_stem_term *t = NULL;
	size_t a = 0, b = 0;
	int r;
	static char res[128];

	if (!g_tk && bitext_tokenizer_new(&g_tk, lang) < 0)
		return "(error)";
	if (bitext_tokenizer_run(g_tk, &g_toks, text, strlen(text)) < 0 ||
	    bitext_stem_term_new(&t, lang, term, strlen(term)) < 0)
		return "(error)";
	r = bitext_stem_term_find(t, text, &g_toks, 0, &a, &b);
	bitext_stem_term_free(t);
	if (!r)
		return "none";
	snprintf(res, sizeof(res), "%.*s",
		(int)(g_toks.items[b].end - g_toks.items[a].start),
		text + g_toks.items[a].start);
	return res;
}

void test_stem__tokenizer_spans_and_kinds(void)
{
	T_ASSERT_STR(toks("en", "Sony's 47,000 hackers - fast!"),
		"L:Sony's|N:47,000|L:hackers|O:-|L:fast|O:!");
	T_ASSERT_STR(toks("ko", "김정은은 12월 10일(현지시간) 말했다."),
		"L:김정은은|N:12|L:월|N:10|L:일|O:(|L:현지시간|O:)|L:말했다|O:.");
	T_ASSERT_STR(toks("en", ""), "");
	T_ASSERT_STR(toks("en", "  \n "), "");
}

void test_stem__korean_candidates(void)
{
	T_ASSERT_STR(ko("김정은은"), "김정은은|김정은");
	T_ASSERT_STR(ko("소니가"), "소니가|소니");
	T_ASSERT_STR(ko("소니의"), "소니의|소니");
	T_ASSERT_STR(ko("김정은"), "김정은|김정");
	T_ASSERT_STR(ko("서울에서도"), "서울에서도|서울에서|서울에|서울");
	T_ASSERT_STR(ko("북한으로부터"), "북한으로부터|북한으로|북한");
	T_ASSERT_STR(ko("해커들이"), "해커들이|해커들|해커");
	T_ASSERT_STR(ko("소니아"), "소니아");
	T_ASSERT_STR(ko("미국과의"), "미국과의|미국과|미국");
	T_ASSERT_STR(ko(""), "");
}

void test_stem__korean_match(void)
{
	T_ASSERT(kom("소니", "소니"));
	T_ASSERT(kom("소니", "소니가"));
	T_ASSERT(kom("소니", "소니의"));
	T_ASSERT(kom("소니", "소니는"));
	T_ASSERT(kom("소니", "소니에서는"));
	T_ASSERT(!kom("소니", "소니아"));
	T_ASSERT(!kom("소니", "소니은"));   /* 은 needs a final consonant */
	T_ASSERT(!kom("소니", "소니를를"));
	T_ASSERT(kom("김정은", "김정은은"));
	T_ASSERT(kom("김정은", "김정은이"));
	T_ASSERT(!kom("김정은", "김정은가"));
	T_ASSERT(kom("북한", "북한으로"));
	T_ASSERT(!kom("북한", "북한로"));
	T_ASSERT(kom("서울", "서울로"));    /* 로 after final ㄹ */
	T_ASSERT(kom("미사일", "미사일을"));
	T_ASSERT(!kom("미사일", "미사일를"));
	T_ASSERT(kom("오바마", "오바마라고"));
	T_ASSERT(kom("대통령", "대통령이었다"));
	T_ASSERT(kom("대통령", "대통령이라도"));
	T_ASSERT(kom("소니", "소니라도"));
	T_ASSERT(!kom("소니", "소니이라도x"));
	T_ASSERT(kom("북한", "북한에게도"));
	T_ASSERT(kom("미국", "미국으로의"));
	T_ASSERT(kom("발사", "발사했다"));
	T_ASSERT(kom("체포", "체포된"));
	T_ASSERT(!kom("발사", "발사대"));
	T_ASSERT(!kom("대통", "대통령"));
	T_ASSERT(kom("LG", "LG는"));
	T_ASSERT(kom("LG", "LG은"));        /* Latin: either form */
}

/*
 * 씨 (honorific after a name) and 측 ("side": 삼성측 = Samsung's side) are
 * bound nouns: stripped after a stem of two or more syllables (김정은씨,
 * 삼성측은), kept in words that end in the same syllable (날씨 weather,
 * 글씨 writing, 예측 forecast, 관측 observation).
 */
void test_stem__korean_bound_nouns(void)
{
	T_ASSERT_STR(ko("김정은씨는"), "김정은씨는|김정은씨|김정은");
	T_ASSERT_STR(ko("삼성측은"), "삼성측은|삼성측|삼성");
	T_ASSERT_STR(ko("삼성측"), "삼성측|삼성");
	T_ASSERT_STR(ko("날씨"), "날씨");
	T_ASSERT_STR(ko("글씨가"), "글씨가|글씨");
	T_ASSERT_STR(ko("예측"), "예측");
	T_ASSERT_STR(ko("관측은"), "관측은|관측");
	T_ASSERT(kom("김정은", "김정은씨가"));
	T_ASSERT(kom("삼성", "삼성측의"));
	T_ASSERT(kom("LG", "LG측"));
	T_ASSERT(!kom("날", "날씨"));
	T_ASSERT(!kom("예", "예측"));
}

void test_stem__english(void)
{
	T_ASSERT(same_en("hacker", "hackers"));
	T_ASSERT(same_en("release", "released"));
	T_ASSERT(same_en("release", "releasing"));
	T_ASSERT(same_en("release", "releases"));
	T_ASSERT(same_en("company", "companies"));
	T_ASSERT(same_en("company", "company's"));
	T_ASSERT(same_en("Sony", "Sony's"));
	T_ASSERT(same_en("Sony", "Sony\xE2\x80\x99s"));
	T_ASSERT(same_en("stop", "stopped"));
	T_ASSERT(same_en("stop", "stopping"));
	T_ASSERT(same_en("hack", "hacked"));
	T_ASSERT(same_en("hack", "hacking"));
	T_ASSERT(same_en("say", "said"));
	T_ASSERT(same_en("say", "says"));
	T_ASSERT(same_en("make", "made"));
	T_ASSERT(same_en("take", "took"));
	T_ASSERT(same_en("take", "taking"));
	T_ASSERT(same_en("go", "went"));
	T_ASSERT(same_en("box", "boxes"));
	T_ASSERT(same_en("watch", "watches"));
	T_ASSERT(same_en("agree", "agreed"));
	T_ASSERT(same_en("child", "children"));
	T_ASSERT(same_en("virus", "viruses"));
	T_ASSERT(same_en("missile", "missiles"));
	T_ASSERT(same_en("launch", "launched"));
	/* no collapse of unrelated words */
	T_ASSERT(!same_en("hacker", "hack"));
	T_ASSERT(!same_en("lease", "release"));
	T_ASSERT(!same_en("sing", "song"));
	T_ASSERT(!same_en("news", "newspaper"));
	T_ASSERT_STR(en("HACKERS"), "hacker");
	T_ASSERT_STR(en("\xC3\x89tats"), "\xC3\xA9tats");
}

void test_stem__stem_word_by_language(void)
{
	T_ASSERT_OK(bitext_stem_word(&g_s, "en", "Companies", 9));
	T_ASSERT_STR(g_s.ptr, "compani");
	T_ASSERT_OK(bitext_stem_word(&g_s, "ko", "서울에서도", strlen("서울에서도")));
	T_ASSERT_STR(g_s.ptr, "서울");
	T_ASSERT_OK(bitext_stem_word(&g_s, "de", "STRASSE", 7));
	T_ASSERT_STR(g_s.ptr, "strasse");
	T_ASSERT_OK(bitext_stem_word(&g_s, "de", "Stra\xC3\x9F" "e", 7));
	T_ASSERT_STR(g_s.ptr, "strasse");
}

void test_stem__terms_in_text(void)
{
	T_ASSERT_STR(find("en", "hacker", "The hackers released files."),
		"hackers");
	T_ASSERT_STR(find("en", "Sony Pictures",
		"a hack of Sony Pictures' servers"), "Sony Pictures");
	T_ASSERT_STR(find("en", "Kim Jong-un", "leader Kim Jong-un said"),
		"Kim Jong-un");
	T_ASSERT_STR(find("en", "release", "before releasing the film"),
		"releasing");
	T_ASSERT_STR(find("en", "lease", "before releasing the film"), "none");
	T_ASSERT_STR(find("en", "Sony", "Sonya said"), "none");
	T_ASSERT_STR(find("en", "Ministry of Science, ICT and Future Planning",
		"the Ministry of Science, ICT and Future Planning said"),
		"Ministry of Science, ICT and Future Planning");
	T_ASSERT_STR(find("en", "Korea Airports Corp.",
		"at Korea Airports Corp. offices"), "Korea Airports Corp");
	T_ASSERT_STR(find("en", "St. Louis Cardinals", "the St. Louis Cardinals'"),
		"St. Louis Cardinals");
	T_ASSERT_STR(find("en", "U.S. Treasury", "the U.S. Treasury said"),
		"U.S. Treasury");
	test_stem__cleanup();
	T_ASSERT_STR(find("ko", "소니", "해커들이 소니의 서버를 공격했다"),
		"소니의");
	T_ASSERT_STR(find("ko", "소니", "소니아가 말했다"), "none");
	T_ASSERT_STR(find("ko", "김정은 위원장", "김정은 위원장은 말했다"),
		"김정은 위원장은");
	T_ASSERT_STR(find("ko", "김정은 위원장", "김정은은 위원장"), "none");
	T_ASSERT_STR(find("ko", "인천국제공항", "인천 국제공항에서 출발"),
		"인천 국제공항에서");
	T_ASSERT_STR(find("ko", "인천 국제공항", "인천국제공항을 통해"),
		"인천국제공항을");
	T_ASSERT_STR(find("ko", "인천공항", "인천 공항철도"), "none");
	test_stem__cleanup();
	T_ASSERT_STR(find("de", "Straße", "an der STRASSE entlang"), "STRASSE");
	T_ASSERT_STR(find("de", "Außenministerium",
		"das Aussenministerium sagte"), "Aussenministerium");
	test_stem__cleanup();
	T_ASSERT_STR(find("ja", "北朝鮮", "北朝鮮のミサイル"), "北朝鮮");
	T_ASSERT_STR(find("ja", "ソニー", "米国の子会社ソニー・ピクチャーズ"),
		"ソニー");
}

void test_stem__empty_term_is_an_error(void)
{
	bitext_stem_term *t = NULL;

	T_ASSERT(bitext_stem_term_new(&t, "en", "  - ", 4) == BITEXT_EINVAL);
	T_ASSERT(t == NULL);
}

void test_stem__speed(void)
{
	const char *text = "Hackers who attacked Sony Pictures released "
		"unreleased films and the company's internal e-mails on "
		"Monday, the studio said, as investigators looked into links "
		"with North Korea.";
	const char *terms[] = { "hacker", "Sony Pictures", "North Korea",
		"film", "studio", "investigator", "e-mail", "attack" };
	bitext_stem_term *t[8];
	size_t a, b;
	clock_t t0;
	int i, k, found = 0;
	double secs;

	T_ASSERT_OK(bitext_tokenizer_new(&g_tk, "en"));
	for (k = 0; k < 8; k++)
		T_ASSERT_OK(bitext_stem_term_new(&t[k], "en", terms[k],
			strlen(terms[k])));
	t0 = clock();
	for (i = 0; i < 10000; i++) {
		bitext_tokenizer_run(g_tk, &g_toks, text, strlen(text));
		for (k = 0; k < 8; k++)
			found += bitext_stem_term_find(t[k], text, &g_toks, 0, &a, &b);
	}
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	printf("stem: %d sentences x 8 terms in %.3f s (%.0f sentences/s)\n",
		i, secs, i / (secs > 0 ? secs : 1e-9));
	for (k = 0; k < 8; k++)
		bitext_stem_term_free(t[k]);
	T_ASSERT_INT(found, 8 * 10000);
	T_ASSERT(secs < 3.0);
}

/* Random Hangul/particle/Latin pieces in exact-size buffers. */
void test_stem__random_pieces_stay_in_bounds(void)
{
	static const char *const pieces[] = { "소니", "김정은", "은", "는", "이",
		"가", "에서", "으로", "부터", "도", "의", "들", "a", "'s", "\xEC",
		"\xEC\x9C", " ", "-", "ing", "ed", "ies", "s", "\xE2\x80\x99" };
	unsigned seed = 777;
	size_t lens[BITEXT_STEM_KO_MAX];
	int iter, k, n;

	T_ASSERT_OK(bitext_tokenizer_new(&g_tk, "ko"));
	for (iter = 0; iter < 2000; iter++) {
		char tmp[128], *buf;
		size_t len = 0;
		int parts = 1 + (int)((seed >> 8) % 6);
		for (k = 0; k < parts; k++) {
			const char *p;
			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			memcpy(tmp + len, p, strlen(p));
			len += strlen(p);
		}
		buf = malloc(len);
		T_ASSERT(buf != NULL);
		memcpy(buf, tmp, len);
		n = bitext_stem_ko(lens, buf, len);
		T_ASSERT(n >= 1 && n <= BITEXT_STEM_KO_MAX);
		for (k = 0; k < n; k++)
			T_ASSERT(lens[k] > 0 && lens[k] <= len);
		bitext_stem_match_ko("소니", 6, buf, len);
		T_ASSERT_OK(bitext_stem_en(&g_s, buf, len));
		T_ASSERT_OK(bitext_stem_word(&g_s, "de", buf, len));
		T_ASSERT_OK(bitext_tokenizer_run(g_tk, &g_toks, buf, len));
		free(buf);
	}
}

/* ---- the demo termbase on the gold-aligned corpus --------------------- */

typedef struct {
	char *ko, *en;             /* one preferred/admitted pair */
	bitext_stem_term *tko, *ten;
} tb_row;

static char **gl_lines(const char *path, int *n)
{
	size_t len, i, s = 0;
	char *data = test_slurp(path, &len), **v = NULL, **nv;

	*n = 0;
	if (!data)
		return NULL;
	for (i = 0; i <= len; i++) {
		if (i < len && data[i] != '\n')
			continue;
		if (i > s) {
			nv = realloc(v, (size_t)(*n + 1) * sizeof(*v));
			if (!nv)
				break;
			v = nv;
			v[(*n)++] = strndup(data + s, i - s);
		}
		s = i + 1;
	}
	free(data);
	return v;
}

static void gl_join(bitext_buf *b, char **v, int n, const char *idx)
{
	bitext_buf_clear(b);
	bitext_buf_puts(b, "");
	while (*idx) {
		int k = atoi(idx);
		if (k >= 0 && k < n) {
			if (b->size)
				bitext_buf_putc(b, ' ');
			bitext_buf_puts(b, v[k]);
		}
		while (*idx && *idx != ',')
			idx++;
		if (*idx)
			idx++;
	}
}

/*
 * For every gold unit and every termbase entry whose Korean term is found
 * in the Korean side (with particles), one of its English terms must be
 * found in the English side (with inflection) - the translations follow
 * the termbase, so misses are matching failures.
 */
void test_stem__termbase_on_gold_corpus(void)
{
	static const char *const arts[] = { "01-nk-missile-launch",
		"02-sony-pictures-hack", "03-exports-november", "04-kpop-billboard",
		"05-baseball-posting", "06-typhoon-noul", "07-court-embezzlement",
		"08-jeonse-prices", "09-budget-passed", "10-bird-flu-outbreak",
		NULL };
	bitext_tokenizer *tken = NULL;
	bitext_token_list tok_en = BITEXT_TOKEN_LIST_INIT;
	bitext_buf a = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;
	tb_row *rows = NULL;
	int nrows = 0, nl, i, r, src_hits = 0, both = 0;
	char **tl = gl_lines("corpora/ko-en/terms.tsv", &nl);

	if (!tl)
		T_SKIP("corpora/ko-en/terms.tsv is not there");
	rows = calloc((size_t)nl, sizeof(*rows));
	T_ASSERT(rows != NULL);
	for (i = 0; i < nl; i++) {
		char *t1, *t2, *t3;
		if (tl[i][0] == '#' || !(t1 = strchr(tl[i], '\t')))
			continue;
		*t1++ = '\0';
		if (!(t2 = strchr(t1, '\t')))
			continue;
		*t2++ = '\0';
		if ((t3 = strchr(t2, '\t')))
			*t3 = '\0';
		if (strcmp(t2, "preferred") && strcmp(t2, "admitted"))
			continue;
		rows[nrows].ko = tl[i];
		rows[nrows].en = t1;
		T_ASSERT_OK(bitext_stem_term_new(&rows[nrows].tko, "ko", tl[i],
			strlen(tl[i])));
		T_ASSERT_OK(bitext_stem_term_new(&rows[nrows].ten, "en", t1,
			strlen(t1)));
		nrows++;
	}
	T_ASSERT_OK(bitext_tokenizer_new(&g_tk, "ko"));
	T_ASSERT_OK(bitext_tokenizer_new(&tken, "en"));
	for (i = 0; arts[i]; i++) {
		char path[256], *gold, *line, *save = NULL, **S, **T;
		int ns, nt, k;
		size_t len, x, y;
		snprintf(path, sizeof(path), "corpora/ko-en/%s.ko.seg", arts[i]);
		S = gl_lines(path, &ns);
		snprintf(path, sizeof(path), "corpora/ko-en/%s.en.seg", arts[i]);
		T = gl_lines(path, &nt);
		snprintf(path, sizeof(path), "corpora/ko-en/%s.gold", arts[i]);
		gold = test_slurp(path, &len);
		for (line = gold ? strtok_r(gold, "\n", &save) : NULL; line && S && T;
		     line = strtok_r(NULL, "\n", &save)) {
			char *c = strchr(line, ':');
			const char *last = "";
			if (!c || c == line || !c[1])
				continue;
			*c = '\0';
			gl_join(&a, S, ns, line);
			gl_join(&b, T, nt, c + 1);
			bitext_tokenizer_run(g_tk, &g_toks, a.ptr, a.size);
			bitext_tokenizer_run(tken, &tok_en, b.ptr, b.size);
			for (r = 0; r < nrows; r++) {
				int found = 0, j;
				if (!strcmp(rows[r].ko, last) ||
				    !bitext_stem_term_find(rows[r].tko, a.ptr, &g_toks, 0, &x,
				    &y))
					continue;
				last = rows[r].ko;
				src_hits++;
				for (j = r; j < nrows && !strcmp(rows[j].ko, rows[r].ko); j++)
					found |= bitext_stem_term_find(rows[j].ten, b.ptr, &tok_en,
						0, &x, &y);
				both += found;
				if (!found && getenv("STEM_MISSES"))
					printf("  miss %s / %s in: %s\n", rows[r].ko, rows[r].en,
						b.ptr);
			}
		}
		for (k = 0; S && k < ns; k++)
			free(S[k]);
		for (k = 0; T && k < nt; k++)
			free(T[k]);
		free(S);
		free(T);
		free(gold);
	}
	printf("stem: termbase on ko-en gold units: %d Korean term occurrences, "
		"%d with an English term found (%.1f%%)\n", src_hits, both,
		src_hits ? 100.0 * both / src_hits : 0);
	for (r = 0; r < nrows; r++) {
		bitext_stem_term_free(rows[r].tko);
		bitext_stem_term_free(rows[r].ten);
	}
	for (i = 0; i < nl; i++)
		free(tl[i]);
	free(tl);
	free(rows);
	bitext_tokenizer_free(tken);
	bitext_token_list_dispose(&tok_en);
	bitext_buf_dispose(&a);
	bitext_buf_dispose(&b);
	T_ASSERT(src_hits > 50);
	T_ASSERT(both * 10 >= src_hits * 8);
}
