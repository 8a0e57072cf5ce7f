/*
 * test_check.c - every check on Korean->English units: a unit with the
 * problem gets the finding (with its span), and the tricky clean units
 * (47,000 for 4만7000, Dec. 10 for 12월 10일, names with particles,
 * legitimate repetitions...) get none. Also profiles, fixes, reports.
 */
#include "test.h"
#include "check/check_int.h"
#include "util/limits.h"

#include <stdlib.h>
#include <unistd.h>

static bitext_termbase *g_tb;

void test_check__initialize(void)
{
	bitext_msg_set_lang("en");
	g_tb = NULL;
}

void test_check__cleanup(void)
{
	bitext_termbase_free(g_tb);
	g_tb = NULL;
}

/* Run the checker over one unit; `out` gets "check/severity[s0-s1|t0-t1];"
 * per finding at or above `min`. */
static int run1(const char *src, const char *tgt, const char *sl,
	const char *tl, bitext_severity min, char *out, size_t cap)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c = NULL;
	bitext_check_unit u = { 0 };
	const bitext_finding *f;
	size_t n, i, k = 0;
	int error;

	o.src_lang = sl;
	o.tgt_lang = tl;
	o.termbase = g_tb;
	out[0] = '\0';
	if ((error = bitext_checker_new(&c, &o)) < 0)
		return error;
	u.src = src;
	u.src_len = strlen(src);
	u.tgt = tgt;
	u.tgt_len = strlen(tgt);
	if ((error = bitext_checker_add(c, &u)) < 0 ||
	    (error = bitext_checker_run(c)) < 0) {
		bitext_checker_free(c);
		return error;
	}
	f = bitext_checker_findings(c, &n);
	for (i = 0; i < n && k < cap; i++) {
		if (f[i].severity < min)
			continue;
		k += (size_t)snprintf(out + k, cap - k, "%s/%s[%ld-%ld|%ld-%ld];",
			bitext_check_name(f[i].check), bitext_severity_name(f[i].severity),
			f[i].src_start, f[i].src_end, f[i].tgt_start, f[i].tgt_end);
	}
	bitext_checker_free(c);
	return 0;
}

#define KO_EN(src, tgt) do { \
	T_ASSERT_OK(run1(src, tgt, "ko", "en", BITEXT_SEVERITY_WARNING, got, sizeof(got))); \
} while (0)

/* A name that names nothing is BITEXT_ENOTFOUND, an expected result kept
 * apart from BITEXT_ERROR; the id comes back through an out-parameter. */
void test_check__names_and_severities(void)
{
	bitext_check_id id = BITEXT_CHECK_NUMBER;
	bitext_severity sev = BITEXT_SEVERITY_INFO;

	T_ASSERT_STR(bitext_check_name(BITEXT_CHECK_NUMBER), "number");
	T_ASSERT_INT(bitext_check_from_name(&id, "url"), 0);
	T_ASSERT_INT(id, BITEXT_CHECK_URL);
	T_ASSERT_INT(bitext_check_from_name(&id, "nope"), BITEXT_ENOTFOUND);
	T_ASSERT_INT(id, BITEXT_CHECK_URL);   /* untouched */
	T_ASSERT_INT(bitext_severity_from_name(&sev, "warning"), 0);
	T_ASSERT_INT(sev, BITEXT_SEVERITY_WARNING);
	T_ASSERT_INT(bitext_severity_from_name(&sev, "off"), 0);
	T_ASSERT_INT(sev, BITEXT_SEVERITY_OFF);
	T_ASSERT_INT(bitext_severity_from_name(&sev, "fatal"), BITEXT_ENOTFOUND);
	T_ASSERT_INT(sev, BITEXT_SEVERITY_OFF);
}

void test_check__clean_tricky_units(void)
{
	char got[1024];
	static const char *const clean[][2] = {
		{ "집회에는 4만7000명이 모였다.", "About 47,000 people gathered for the rally." },
		{ "북한은 2014년 12월 10일 미사일을 발사했다.", "North Korea fired a missile on Dec. 10, 2014." },
		{ "회의는 오후 3시에 시작된다.", "The meeting starts at 3 p.m." },
		{ "정부는 2억 달러를 지원한다.", "The government will provide $200 million." },
		{ "김정은은 \"우리는 준비됐다\"고 말했다.", "Kim Jong-un said, \"We are ready.\"" },
		{ "하나하나 확인했다.", "They checked them one by one." },
		{ "그는 그 사실을 알고 있었다.", "He had had enough of it by then." },
		{ "서울에서 열린 회의에서 반기문 총장이 연설했다.",
		  "Secretary-General Ban Ki-moon spoke at the meeting in Seoul." },
		{ "자세한 내용은 www.korea.kr 에서 볼 수 있다.",
		  "Details are available at www.korea.kr." },
		{ "왜 이런 현상이 벌어지는 걸까.", "Why is this happening?" },
		{ "1) 수출이 늘었다.", "1) Exports rose." },
		{ "삼성전자는 3분기 영업이익이 4조1000억 원이라고 밝혔다.",
		  "Samsung Electronics said its third-quarter operating profit was 4.1 trillion won." },
		{ "NATO", "NATO" },
	};
	size_t i;

	for (i = 0; i < sizeof(clean) / sizeof(clean[0]); i++) {
		KO_EN(clean[i][0], clean[i][1]);
		if (got[0])
			fprintf(stderr, "unit %zu: %s\n", i, got);
		T_ASSERT_STR(got, "");
	}
}

void test_check__empty(void)
{
	char got[512];

	KO_EN("북한이 미사일을 발사했다.", "   ");
	T_ASSERT(strstr(got, "empty/error[-1--1|0-3]") != NULL);
	KO_EN("", "North Korea fired a missile.");
	T_ASSERT(strstr(got, "empty/error[0-0|-1--1]") != NULL);
}

void test_check__normalization(void)
{
	char got[512];

	/* decomposed Hangul: 한 as three conjoining jamo */
	KO_EN("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB국 경제", "Korean economy");
	T_ASSERT_STR(got, "normalization/warning[0-3|-1--1];");
	/* e + combining acute in the target */
	KO_EN("카페에 갔다.", "We went to a cafe\xCC\x81.");
	T_ASSERT_STR(got, "normalization/warning[-1--1|16-18];");
	/* full-width digits and Latin letters */
	KO_EN("１２월에 ＵＮ 회의가 열린다.", "The UN meeting is held in December.");
	T_ASSERT(strstr(got, "normalization/warning[0-2|-1--1];") != NULL);
	T_ASSERT(strstr(got, "normalization/warning[5-7|-1--1];") != NULL);
	/* half-width Katakana */
	T_ASSERT_OK(run1("ｶﾀｶﾅ です", "katakana", "ja", "en", BITEXT_SEVERITY_WARNING,
		got, sizeof(got)));
	T_ASSERT(strstr(got, "normalization/warning[0-4|") != NULL);
}

void test_check__invisible(void)
{
	char got[512];

	KO_EN("북한이 발사했다.", "North\xE2\x80\x8B Korea fired.");
	T_ASSERT_STR(got, "invisible/warning[-1--1|5-6];");
	KO_EN("북한이 발사했다.", "North Korea\xC2\xA0" "fired.");
	T_ASSERT_STR(got, "invisible/warning[-1--1|11-12];");
	KO_EN("북한이 발사했다.", "North Korea \xEF\xBB\xBF" "fired.");
	T_ASSERT_STR(got, "invisible/warning[-1--1|12-13];");
	KO_EN("북한이 발사했다.", "North Korea \xE2\x80\xAE" "fired.");
	T_ASSERT_STR(got, "invisible/warning[-1--1|12-13];");
	KO_EN("북한이\x01 발사했다.", "North Korea fired.");
	T_ASSERT_STR(got, "invisible/warning[3-4|-1--1];");
	/* ZWJ inside an emoji sequence is fine (family emoji) */
	KO_EN("가족 \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",
		"Family \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7");
	T_ASSERT_STR(got, "");
	/* no-break space before ; : ! ? is French typography */
	T_ASSERT_OK(run1("Really?", "Vraiment\xC2\xA0?", "en", "fr",
		BITEXT_SEVERITY_WARNING, got, sizeof(got)));
	T_ASSERT_STR(got, "");
	/* ZWNJ in Persian is fine */
	T_ASSERT_OK(run1("I go.", "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB1\xD9\x88\xD9\x85.",
		"en", "fa", BITEXT_SEVERITY_WARNING, got, sizeof(got)));
	T_ASSERT(strstr(got, "invisible") == NULL);
}

void test_check__whitespace(void)
{
	char got[512];

	KO_EN("북한이 발사했다.", "North Korea  fired.");
	T_ASSERT_STR(got, "whitespace/warning[-1--1|11-13];");
	KO_EN(" 북한이 발사했다.", "North Korea fired.");
	T_ASSERT_STR(got, "whitespace/warning[0-1|0-0];");
	KO_EN("북한이 발사했다.", "North Korea fired. ");
	T_ASSERT_STR(got, "whitespace/warning[9-9|18-19];");
	KO_EN("북한이, 발사했다.", "North Korea , fired.");
	T_ASSERT_STR(got, "whitespace/warning[-1--1|11-13];");
	/* .5 and ... are not a space before punctuation */
	KO_EN("성장률은 0.5%였다.", "Growth was .5 percent ... or so.");
	T_ASSERT(strstr(got, "whitespace") == NULL);
}

void test_check__spelling(void)
{
	char got[512];

	if (access("/usr/share/hunspell/en_US.dic", R_OK))
		T_SKIP("no en_US hunspell dictionary");
	KO_EN("정부는 발표했다.", "The goverment announced it.");
	T_ASSERT_STR(got, "spelling/warning[-1--1|4-13];");
	/* names, acronyms, numbers, URLs and source words are not flagged */
	KO_EN("Pyeongchang에서 KOSPI가 3% 올랐다 (www.krx.co.kr).",
		"In Pyeongchang the KOSPI rose 3% (www.krx.co.kr) said Yonhap.");
	T_ASSERT_STR(got, "");
}

void test_check__spelling_suggestion(void)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c;
	bitext_check_unit u = { 0 };
	const bitext_finding *f;
	size_t n;

	if (access("/usr/share/hunspell/en_US.dic", R_OK))
		T_SKIP("no en_US hunspell dictionary");
	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_checker_new(&c, &o));
	u.src = "정부";
	u.src_len = strlen(u.src);
	u.tgt = "the goverment";
	u.tgt_len = strlen(u.tgt);
	T_ASSERT_OK(bitext_checker_add(c, &u));
	T_ASSERT_OK(bitext_checker_run(c));
	f = bitext_checker_findings(c, &n);
	T_ASSERT_INT(n, 1);
	T_ASSERT(f[0].suggestion && strstr(f[0].suggestion, "government"));
	T_ASSERT(strstr(f[0].message, "goverment") != NULL);
	bitext_checker_free(c);
}

/* The speller's caches stay bounded on input of endless distinct words,
 * and its answers stay right after a cache started over. */
void test_check__spelling_cache_bounded(void)
{
	bitext_check_speller *sp = NULL;
	char w[16];
	size_t i, k, most = 0, limit = BITEXT_MAX_CHECK_SPELL_CACHE;
	const char *sug;

	if (access("/usr/share/hunspell/en_US.dic", R_OK))
		T_SKIP("no en_US hunspell dictionary");
	T_ASSERT_OK(bitext_check__speller_open(&sp, "en", NULL, 0, 1));
	T_ASSERT(sp != NULL);
	for (i = 0; i < limit + limit / 4; i++) {
		size_t v = i;
		for (k = 0; k < 5; k++, v /= 26)
			w[k] = (char)('a' + v % 26);
		memcpy(w + 5, "qx", 3);
		T_ASSERT(bitext_check__speller_ok(sp, w, 7) >= 0);
		if (bitext_check__speller_cached(sp) > most)
			most = bitext_check__speller_cached(sp);
	}
	T_ASSERT(most <= limit);
	T_ASSERT_INT(bitext_check__speller_ok(sp, "house", 5), 1);
	T_ASSERT_INT(bitext_check__speller_ok(sp, "hosue", 5), 0);
	sug = bitext_check__speller_suggest(sp, "hosue", 5);
	T_ASSERT(sug && strstr(sug, "house"));
	bitext_check__speller_free(sp);
}

void test_check__terminology_and_forbidden(void)
{
	char got[512];

	T_ASSERT_OK(bitext_termbase_load(&g_tb, "tests/data/check/terms.tbx", NULL));
	/* 김정은은: the term with a particle; translated with an accepted term */
	KO_EN("김정은은 소니를 비난했다.", "Kim Jong Un denounced Sony.");
	T_ASSERT_STR(got, "");
	/* the term is missing in the target */
	KO_EN("해커들이 공격했다.", "The attackers struck.");
	T_ASSERT_STR(got, "terminology/warning[0-2|-1--1];");
	/* a forbidden term: reported as forbidden only */
	KO_EN("해커들이 공격했다.", "The crackers struck.");
	T_ASSERT_STR(got, "forbidden/error[-1--1|4-12];");
	/* a deprecated term is a warning */
	KO_EN("김정은이 말했다.", "Kim Jung-eun said.");
	T_ASSERT_STR(got, "forbidden/warning[-1--1|0-12];");
	/* inflected English target term */
	KO_EN("영화 개봉이 연기됐다.", "The film's release was delayed; it will be released later.");
	T_ASSERT_STR(got, "");
}

void test_check__number(void)
{
	char got[512];

	KO_EN("집회에는 4만7000명이 모였다.", "About 74,000 people gathered.");
	/* one finding with both spans */
	T_ASSERT_STR(got, "number/error[5-12|6-19];");
	KO_EN("12월 10일에 발사했다.", "It was launched on Dec. 11.");
	T_ASSERT(strstr(got, "number/error") != NULL);
	KO_EN("수출은 3.5% 늘었다.", "Exports rose 5.3 percent.");
	T_ASSERT(strstr(got, "number/error") != NULL);
}

void test_check__untranslated(void)
{
	char got[512];

	KO_EN("북한이 미사일을 발사했다.", "북한이 미사일을 발사했다.");
	T_ASSERT_STR(got, "untranslated/error[0-14|0-14];");
	KO_EN("북한이 미사일을 발사했다.", "북한이 missile을 발사했다.");
	T_ASSERT_STR(got, "untranslated/warning[-1--1|0-18];");
	/* same text without Hangul (an acronym, a product name) is fine */
	KO_EN("iPhone 6", "iPhone 6");
	T_ASSERT_STR(got, "");
}

void test_check__punctuation(void)
{
	char got[512];

	KO_EN("북한이 미사일을 발사했나?", "North Korea fired a missile.");
	T_ASSERT_STR(got, "punctuation/warning[13-14|27-28];");
	KO_EN("그는 (서울에서 말했다.", "He said in Seoul.");
	T_ASSERT_STR(got, "");   /* a source problem is info only */
	KO_EN("그는 서울에서 말했다.", "He said (in Seoul.");
	T_ASSERT_STR(got, "punctuation/warning[-1--1|8-9];");
	/* Korean curly quotes and English straight quotes are the same */
	KO_EN("그는 “좋다”고 말했다.", "He said \"good.\"");
	T_ASSERT_STR(got, "");
}

void test_check__tags_and_placeholders(void)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c;
	bitext_check_unit u = { 0 };
	bitext_check_code sc[2] = { { "bpt 1", 0, 1 }, { "ept 1", 4, -1 } };
	bitext_check_code tc[1] = { { "bpt 1", 0, 1 } };
	const bitext_finding *f;
	size_t n;
	char got[512];

	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_checker_new(&c, &o));
	u.src = "중요한 발표";
	u.src_len = strlen(u.src);
	u.tgt = "An important announcement";
	u.tgt_len = strlen(u.tgt);
	u.src_codes = sc;
	u.src_ncodes = 2;
	u.tgt_codes = tc;
	u.tgt_ncodes = 1;
	T_ASSERT_OK(bitext_checker_add(c, &u));
	T_ASSERT_OK(bitext_checker_run(c));
	f = bitext_checker_findings(c, &n);
	T_ASSERT_INT(n, 1);
	T_ASSERT_INT(f[0].check, BITEXT_CHECK_TAGS);
	T_ASSERT(strstr(f[0].message, "ept 1") != NULL);
	bitext_checker_free(c);

	KO_EN("{0}개의 파일을 %s에 저장했다.", "Saved {0} files.");
	T_ASSERT_STR(got, "tags/error[10-12|-1--1];");
	KO_EN("<b>경고</b>", "<b>Warning</i>");
	T_ASSERT(strstr(got, "tags/error") != NULL);
}

void test_check__repeated(void)
{
	char got[512];

	KO_EN("그는 영화를 봤다.", "He saw the the film.");
	T_ASSERT_STR(got, "repeated/warning[-1--1|7-14];");
	KO_EN("그는 영화를 봤다.", "He had had enough, and that that was it.");
	T_ASSERT_STR(got, "");
}

void test_check__url(void)
{
	char got[512];

	KO_EN("문의: press@korea.kr", "Contact: press@korea.com");
	T_ASSERT(strstr(got, "url/error[4-18|-1--1];") != NULL);
	KO_EN("자세한 내용은 https://www.mofa.go.kr/eng 참조.",
		"See https://www.mofa.go.kr/eng/ for details.");
	T_ASSERT_STR(got, "");
}

static int add_pair(bitext_checker *c, const char *s, const char *t)
{
	bitext_check_unit u = { 0 };

	u.src = s;
	u.src_len = strlen(s);
	u.tgt = t;
	u.tgt_len = strlen(t);
	return bitext_checker_add(c, &u);
}

void test_check__inconsistency_and_length(void)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c;
	const bitext_finding *f;
	size_t n, i, incons = 0, length = 0;
	char s[128], t[256];

	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_checker_new(&c, &o));
	/* 40 units of ordinary length ratio */
	for (i = 0; i < 40; i++) {
		snprintf(s, sizeof(s), "북한은 %zu번째 미사일을 동해상으로 발사했다고 밝혔다.", i + 1);
		snprintf(t, sizeof(t), "North Korea fired its missile number %zu into the East Sea, officials said.", i + 1);
		T_ASSERT_OK(add_pair(c, s, t));
	}
	T_ASSERT_OK(add_pair(c, "정부는 내년 예산안을 국회에 제출했다고 밝혔다.",
		"The government submitted next year's budget to parliament."));
	T_ASSERT_OK(add_pair(c, "정부는 내년 예산안을 국회에 제출했다고 밝혔다.",
		"The cabinet sent the budget for next year to the National Assembly."));
	T_ASSERT_OK(add_pair(c, "북한은 이날 오전 동해상으로 단거리 탄도미사일 여러 발을 발사했다고 합참이 밝혔다.",
		"It fired."));
	T_ASSERT_OK(bitext_checker_run(c));
	f = bitext_checker_findings(c, &n);
	for (i = 0; i < n; i++) {
		if (f[i].check == BITEXT_CHECK_INCONSISTENCY && f[i].unit == 41)
			incons++;
		if (f[i].check == BITEXT_CHECK_LENGTH && f[i].unit == 42)
			length++;
		if (f[i].severity >= BITEXT_SEVERITY_WARNING && f[i].unit < 40)
			T_ASSERT(!"a regular unit got a finding");
	}
	T_ASSERT_INT(incons, 1);
	T_ASSERT_INT(length, 1);
	bitext_checker_free(c);
}

void test_check__profile(void)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c;
	const char *p = "# test\nrepeated = off\nwhitespace = error\n\n";
	const char *bad = "spelling = loud\n";
	const bitext_error *e;

	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_checker_new(&c, &o));
	T_ASSERT_OK(bitext_checker_load_profile_buffer(c, "p", p, strlen(p)));
	T_ASSERT_INT(bitext_checker_get(c, BITEXT_CHECK_REPEATED), BITEXT_SEVERITY_OFF);
	T_ASSERT_INT(bitext_checker_get(c, BITEXT_CHECK_WHITESPACE), BITEXT_SEVERITY_ERROR);
	T_ASSERT_INT(bitext_checker_load_profile_buffer(c, "p2", bad, strlen(bad)),
		BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT_STR(e->file, "p2");
	T_ASSERT_INT(e->line, 1);
	T_ASSERT(strstr(e->message, "loud") != NULL);
	bad = "\nnosuch = info\n";
	T_ASSERT_INT(bitext_checker_load_profile_buffer(c, "p3", bad, strlen(bad)),
		BITEXT_EPARSE);
	T_ASSERT_INT(bitext_error_last()->line, 2);
	bitext_checker_free(c);
}

void test_check__fix(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	const char *all_fix_s = "North\xE2\x80\x8B  Korea\xC2\xA0" "fired ＵＮ cafe\xCC\x81 ";

	T_ASSERT_INT(bitext_check_fix(&b, BITEXT_FIX_NORMALIZATION | BITEXT_FIX_INVISIBLE |
		BITEXT_FIX_WHITESPACE, "en", all_fix_s, strlen(all_fix_s), "북한", strlen("북한")), 1);
	T_ASSERT_STR(b.ptr, "North Korea fired UN caf\xC3\xA9");
	bitext_buf_clear(&b);
	T_ASSERT_INT(bitext_check_fix(&b, BITEXT_FIX_INVISIBLE, "en", "fine", 4, NULL, 0), 0);
	T_ASSERT_STR(b.ptr, "fine");
	bitext_buf_dispose(&b);
}

void test_check__jsonl_report(void)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c;
	bitext_check_unit u = { 0 };
	const char *path = test_tmp("r.jsonl");
	FILE *f;
	char *txt;

	o.src_lang = "ko";
	o.tgt_lang = "en";
	T_ASSERT_OK(bitext_checker_new(&c, &o));
	u.id = "tu-7";
	u.src = "영화를 봤다.";
	u.src_len = strlen(u.src);
	u.tgt = "I saw the the \"film\".";
	u.tgt_len = strlen(u.tgt);
	T_ASSERT_OK(bitext_checker_add(c, &u));
	T_ASSERT_OK(bitext_checker_run(c));
	f = fopen(path, "w");
	T_ASSERT(f != NULL);
	T_ASSERT_OK(bitext_checker_report(c, f, BITEXT_REPORT_JSONL, "m.tmx"));
	fclose(f);
	txt = test_slurp(path, NULL);
	T_ASSERT(txt != NULL);
	T_ASSERT(strstr(txt, "{\"unit\": \"tu-7\", \"check\": \"repeated\", \"severity\": \"warning\", "
		"\"message\": \"repeated word in the target: “the the”\", \"source_span\": null, "
		"\"target_span\": [6, 13], \"suggestion\": \"the\"}") != NULL);
	free(txt);
	bitext_checker_free(c);
}

void test_check__format_parse(void)
{
	bitext_report_format f = BITEXT_REPORT_TEXT;

	T_ASSERT_OK(bitext_check_format_parse(&f, "jsonl"));
	T_ASSERT_INT(f, BITEXT_REPORT_JSONL);
	T_ASSERT_OK(bitext_check_format_parse(&f, "html"));
	T_ASSERT_INT(f, BITEXT_REPORT_HTML);
	T_ASSERT_OK(bitext_check_format_parse(&f, "text"));
	T_ASSERT_INT(f, BITEXT_REPORT_TEXT);
	T_ASSERT_INT(bitext_check_format_parse(&f, "xml"), BITEXT_EINVAL);
	T_ASSERT_INT(f, BITEXT_REPORT_TEXT);
	T_ASSERT(strstr(bitext_error_last()->message, "xml") != NULL);
}
