/*
 * test_numbers.c - numbers by value (bitext/numbers.h): extraction in
 * Korean, English, Japanese and locale-driven generic languages, and the
 * pairing of a source's numbers with its translation's, on realistic news
 * sentences, with both clean tricky pairs and real mismatches.
 */
#include "test.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

static bitext_number_list g_a = BITEXT_NUMBER_LIST_INIT;
static bitext_number_list g_b = BITEXT_NUMBER_LIST_INIT;
static bitext_buf g_s = BITEXT_BUF_INIT;

void test_numbers__cleanup(void)
{
	bitext_number_list_dispose(&g_a);
	bitext_number_list_dispose(&g_b);
	bitext_buf_dispose(&g_s);
}

/* "kind:rendering|..." for every number of a text, with the spanned text
 * in brackets: "count:47000 person[4만7000명]". */
static const char *ex(const char *lang, const char *text)
{
	size_t i;

	bitext_buf_clear(&g_s);
	bitext_buf_puts(&g_s, "");
	if (bitext_numbers_extract(&g_a, lang, text, strlen(text)) < 0)
		return "(error)";
	for (i = 0; i < g_a.count; i++) {
		const bitext_number *n = &g_a.items[i];
		if (i)
			bitext_buf_putc(&g_s, '|');
		bitext_buf_printf(&g_s, "%s:", bitext_number_kind_name(n->kind));
		bitext_number_format(&g_s, n);
		bitext_buf_printf(&g_s, "[%.*s]", (int)(n->end - n->start),
			text + n->start);
	}
	return g_s.ptr;
}

/* Extract both sides and pair them: "matched/unmatched-src/unmatched-tgt". */
static const char *cmp(const char *sl, const char *src, const char *tl,
	const char *tgt)
{
	size_t i, pairs;
	int us = 0, ut = 0;

	if (bitext_numbers_extract(&g_a, sl, src, strlen(src)) < 0 ||
	    bitext_numbers_extract(&g_b, tl, tgt, strlen(tgt)) < 0)
		return "(error)";
	pairs = bitext_numbers_compare(&g_a, &g_b);
	for (i = 0; i < g_a.count; i++)
		us += g_a.items[i].match < 0;
	for (i = 0; i < g_b.count; i++)
		ut += g_b.items[i].match < 0;
	bitext_buf_clear(&g_s);
	bitext_buf_printf(&g_s, "%zu/%d/%d", pairs, us, ut);
	return g_s.ptr;
}

void test_numbers__korean_units_and_grouping(void)
{
	T_ASSERT_STR(ex("ko", "4만7000명이 참가했다"),
		"count:47000 person[4만7000명]");
	T_ASSERT_STR(ex("ko", "2억 달러"), "money:USD 200000000[2억 달러]");
	T_ASSERT_STR(ex("ko", "1조2000억 원 규모"),
		"money:KRW 1200000000000[1조2000억 원]");
	T_ASSERT_STR(ex("ko", "3천 명"), "count:3000 person[3천 명]");
	T_ASSERT_STR(ex("ko", "47,000명"), "count:47000 person[47,000명]");
	T_ASSERT_STR(ex("ko", "4만 7000명"), "count:47000 person[4만 7000명]");
	T_ASSERT_STR(ex("ko", "63개국에서"), "count:63 country[63개국]");
	T_ASSERT_STR(ex("ko", "1.5배 늘었다"), "multiple:x1.5[1.5배]");
	T_ASSERT_STR(ex("ko", "3.5% 상승"), "percent:3.5%[3.5%]");
	T_ASSERT_STR(ex("ko", "3.5퍼센트 상승"), "percent:3.5%[3.5퍼센트]");
	T_ASSERT_STR(ex("ko", "0.25%포인트 인상"), "percent:0.25%[0.25%포인트]");
	T_ASSERT_STR(ex("ko", "5백만 원"), "money:KRW 5000000[5백만 원]");
	T_ASSERT_STR(ex("ko", "이재민 4천여 명"), "count:4000 person[4천여 명]");
	T_ASSERT_STR(ex("ko", "1만8000여 가구에"),
		"count:18000 household[1만8000여 가구]");
	T_ASSERT_STR(ex("ko", "1000여만 원"), "money:KRW 10000000[1000여만 원]");
	T_ASSERT_STR(ex("ko", "20여 여성"), "number:20[20]");
}

void test_numbers__korean_words(void)
{
	T_ASSERT_STR(ex("ko", "삼천 명이 모였다"), "count:3000 person[삼천 명]");
	T_ASSERT_STR(ex("ko", "이십오 년"), "count:25 year[이십오 년]");
	T_ASSERT_STR(ex("ko", "이십오"), "number:25[이십오]");
	T_ASSERT_STR(ex("ko", "세 명이 숨졌다"), "count:3 person[세 명]");
	T_ASSERT_STR(ex("ko", "두 차례 발사"), "count:2 time[두 차례]");
	T_ASSERT_STR(ex("ko", "스물다섯 명"), "count:25 person[스물다섯 명]");
	T_ASSERT_STR(ex("ko", "열두 척"), "count:12 ship[열두 척]");
	T_ASSERT_STR(ex("ko", "서른 살"), "count:30 age[서른 살]");
	T_ASSERT_STR(ex("ko", "열 시간"), "count:10 hour[열 시간]");
	T_ASSERT_STR(ex("ko", "열린 세계"), "");
	T_ASSERT_STR(ex("ko", "첫 번째 시험"), "ordinal:#1[첫 번째]");
	T_ASSERT_STR(ex("ko", "세 번째 핵실험"), "ordinal:#3[세 번째]");
	T_ASSERT_STR(ex("ko", "제3차 회의"), "ordinal:#3[제3차]");
	/* words that only look like numerals */
	T_ASSERT_STR(ex("ko", "세계 경제와 한국, 구조를 바꾸는 조만간 백신"), "");
	T_ASSERT_STR(ex("ko", "이번 사건은 세금 문제다"), "");
	T_ASSERT_STR(ex("ko", "수천 명"), "");
}

void test_numbers__korean_dates_and_times(void)
{
	T_ASSERT_STR(ex("ko", "2014년 12월 10일 발표"),
		"date:2014-12-10[2014년 12월 10일]");
	T_ASSERT_STR(ex("ko", "12월 10일"), "date:--12-10[12월 10일]");
	T_ASSERT_STR(ex("ko", "지난 10일"), "date:---10[10일]");
	T_ASSERT_STR(ex("ko", "2014년 12월"), "date:2014-12[2014년 12월]");
	T_ASSERT_STR(ex("ko", "2014년에"), "year:2014[2014년]");
	T_ASSERT_STR(ex("ko", "3년 만에"), "count:3 year[3년]");
	T_ASSERT_STR(ex("ko", "오후 3시"), "time:15:00[오후 3시]");
	T_ASSERT_STR(ex("ko", "오전 10시 30분"), "time:10:30[오전 10시 30분]");
	T_ASSERT_STR(ex("ko", "밤 11시"), "time:23:00[밤 11시]");
	T_ASSERT_STR(ex("ko", "3시 반"), "time:3:30 or 15:30[3시 반]");
	T_ASSERT_STR(ex("ko", "3~4명"), "count:3 person[3]|count:4 person[4명]");
	T_ASSERT_STR(ex("ko", "1~2억 원"),
		"money:KRW 100000000[1]|money:KRW 200000000[2억 원]");
	T_ASSERT_STR(ex("ko", "2014.12.10"), "date:2014-12-10[2014.12.10]");
	T_ASSERT_STR(ex("ko", "2014~2015년"), "year:2014[2014]|year:2015[2015년]");
}

void test_numbers__english(void)
{
	T_ASSERT_STR(ex("en", "47,000 people"), "count:47000 person[47,000 people]");
	T_ASSERT_STR(ex("en", "47 000 people"), "count:47000 person[47 000 people]");
	T_ASSERT_STR(ex("en", "1.2 billion"), "number:1200000000[1.2 billion]");
	T_ASSERT_STR(ex("en", "1.2bn"), "number:1200000000[1.2bn]");
	T_ASSERT_STR(ex("en", "$2 million"), "money:USD 2000000[$2 million]");
	T_ASSERT_STR(ex("en", "$5m"), "money:USD 5000000[$5m]");
	T_ASSERT_STR(ex("en", "1.2 trillion won"),
		"money:KRW 1200000000000[1.2 trillion won]");
	T_ASSERT_STR(ex("en", "3.5 percent"), "percent:3.5%[3.5 percent]");
	T_ASSERT_STR(ex("en", "sixty-three countries"),
		"count:63 country[sixty-three countries]");
	T_ASSERT_STR(ex("en", "one hundred twenty"), "number:120[one hundred twenty]");
	T_ASSERT_STR(ex("en", "two hundred and five"),
		"number:205[two hundred and five]");
	T_ASSERT_STR(ex("en", "three million"), "number:3000000[three million]");
	T_ASSERT_STR(ex("en", "the 21st century"), "ordinal:#21[21st]");
	T_ASSERT_STR(ex("en", "the third test"), "ordinal:#3[third]");
	T_ASSERT_STR(ex("en", "twenty-first"), "ordinal:#21[twenty-first]");
	T_ASSERT_STR(ex("en", "Dec. 10, 2014"), "date:2014-12-10[Dec. 10, 2014]");
	T_ASSERT_STR(ex("en", "on December 10"), "date:--12-10[December 10]");
	T_ASSERT_STR(ex("en", "10 December 2014"),
		"date:2014-12-10[10 December 2014]");
	T_ASSERT_STR(ex("en", "in December 2014"), "date:2014-12[December 2014]");
	T_ASSERT_STR(ex("en", "in 2014"), "year:2014[2014]");
	T_ASSERT_STR(ex("en", "at 3 p.m."), "time:15:00[3 p.m.]");
	T_ASSERT_STR(ex("en", "at 10:30 a.m. Monday"),
		"time:10:30[10:30 a.m.]|date:W1[Monday]");
	T_ASSERT_STR(ex("en", "3 o'clock"), "time:3:00 or 15:00[3 o'clock]");
	T_ASSERT_STR(ex("en", "rose 1.5 times"), "multiple:x1.5[1.5 times]");
	T_ASSERT_STR(ex("en", "a 4-year, $16 mln deal"),
		"number:4[4]|money:USD 16000000[$16 mln]");
	T_ASSERT_STR(ex("en", "a 375.4-trillion-won budget"),
		"money:KRW 375400000000000[375.4-trillion-won]");
	T_ASSERT_STR(ex("en", "batting .341 with"), "decimal:0.341[.341]");
	T_ASSERT_STR(ex("en", "375.4 tln-won budget"),
		"money:KRW 375400000000000[375.4 tln-won]");
	T_ASSERT_STR(ex("en", "at midnight"), "time:0:00[midnight]");
	T_ASSERT_STR(ex("en", "fell 15.2\npercent"),
		"percent:15.2%[15.2\npercent]");
	T_ASSERT_STR(ex("en", "was 15.2\n\npercent"), "decimal:15.2[15.2]");
	/* no numbers in these */
	T_ASSERT_STR(ex("en", "Someone may march on; a second-hand tone"), "");
	T_ASSERT_STR(ex("en", "47.000"), "decimal:47[47.000]");
}

/* A month alone: 5월 and 11월 of a Korean source are "in May" and "in
 * Nov." in English; names and verbs stay words. */
void test_numbers__english_month_alone(void)
{
	T_ASSERT_STR(ex("en", "In June, a spokesman said"), "date:--06[June]");
	T_ASSERT_STR(ex("en", "He was indicted in May."), "date:--05[May]");
	T_ASSERT_STR(ex("en", "exports up 3.5 pct in Nov. on chips"),
		"percent:3.5%[3.5 pct]|date:--11[Nov.]");
	T_ASSERT_STR(ex("en", "since July"), "date:--07[July]");
	T_ASSERT_STR(ex("en", "the December vote"), "date:--12[December]");
	T_ASSERT_STR(ex("en", "May I ask?"), "");
	T_ASSERT_STR(ex("en", "prices may fall"), "");
	T_ASSERT_STR(ex("en", "June Carter sang"), "");
	T_ASSERT_STR(ex("en", "March on Washington"), "");
	T_ASSERT_STR(ex("en", "said Jan. Kowalski"), "");
}

void test_numbers__japanese(void)
{
	T_ASSERT_STR(ex("ja", "4万7000人が"), "count:47000 person[4万7000人]");
	T_ASSERT_STR(ex("ja", "2億ドルを"), "money:USD 200000000[2億ドル]");
	T_ASSERT_STR(ex("ja", "12月10日に"), "date:--12-10[12月10日]");
	T_ASSERT_STR(ex("ja", "2014年"), "year:2014[2014年]");
	T_ASSERT_STR(ex("ja", "午後3時"), "time:15:00[午後3時]");
	T_ASSERT_STR(ex("ja", "三千人"), "count:3000 person[三千人]");
	T_ASSERT_STR(ex("ja", "三千"), "number:3000[三千]");
	T_ASSERT_STR(ex("ja", "二十五"), "number:25[二十五]");
	T_ASSERT_STR(ex("ja", "一部の千葉県"), "");
	T_ASSERT_STR(ex("ja", "三人が死亡"), "count:3 person[三人]");
	T_ASSERT_STR(ex("ja", "1～11月の累計"), "date:--01[1]|date:--11[11月]");
	T_ASSERT_STR(ex("ja", "3点を"), "number:3[3]");
	T_ASSERT_STR(ex("zh", "下午3点30分"), "time:15:30[下午3点30分]");
	T_ASSERT_STR(ex("zh", "2014年12月10日，4万7000人"),
		"date:2014-12-10[2014年12月10日]|count:47000 person[4万7000人]");
	T_ASSERT_STR(ex("ja", "五月に"), "date:--05[五月]");
	T_ASSERT_STR(ex("ja", "一時は一方で"), "");
	T_ASSERT_STR(ex("ja", "370円26銭"), "money:JPY 370.26[370円26銭]");
	T_ASSERT_STR(ex("ja", "9割"), "percent:90%[9割]");
}

void test_numbers__locale_separators_from_icu(void)
{
	T_ASSERT_STR(ex("de", "47.000 Menschen, 3,5 %"),
		"number:47000[47.000]|percent:3.5%[3,5 %]");
	T_ASSERT_STR(ex("fr", "47\xE2\x80\xAF" "000 personnes"),
		"number:47000[47\xE2\x80\xAF" "000]");
	T_ASSERT_STR(ex("en", "47.000 people"), "count:47 person[47.000 people]");
	T_ASSERT_STR(ex("de", "am 10.12.2014"), "date:2014-12-10[10.12.2014]");
	/* month names from ICU's date symbols */
	T_ASSERT_STR(ex("de", "am 10. Dezember 2014"),
		"date:2014-12-10[10. Dezember 2014]");
	T_ASSERT_STR(ex("fr", "le 10 décembre"), "date:--12-10[10 décembre]");
	T_ASSERT_STR(ex("es", "el 10 de diciembre de 2014"),
		"date:2014-12-10[10 de diciembre de 2014]");
	T_ASSERT_STR(ex("ru", "10 декабря 2014 года"),
		"date:2014-12-10[10 декабря 2014]");
	T_ASSERT_STR(ex("de", "10 Dezembers"), "number:10[10]");
}

void test_numbers__clean_pairs_match(void)
{
	T_ASSERT_STR(cmp("ko", "4만7000명이 시위에 참가했다.", "en",
		"47,000 people joined the protest."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "회의는 12월 10일 열린다.", "en",
		"The meeting opens on Dec. 10."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "2억 달러를 지원한다.", "en",
		"It provides $200 million."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "63개국이 서명했다.", "en",
		"63 countries signed."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "세 명이 다쳤다.", "en",
		"Three people were injured."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "2014년 12월 발표했다.", "en",
		"It was announced in December 2014."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "1조2000억 원 규모다.", "en",
		"It is worth 1.2 trillion won."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "오후 3시에 발사했다.", "en",
		"It was launched at 3 p.m."), "1/0/0");
	T_ASSERT_STR(cmp("ko", "15억 달러", "en", "$1.5 billion"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "4만7000명", "en", "47 thousand people"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "2014년 12월 10일 소니 해킹으로 3.5% 하락", "en",
		"Sony shares fell 3.5 percent on Dec. 10, 2014 after the hack"),
		"2/0/0");
	T_ASSERT_STR(cmp("ko", "북한은 2014년에 세 번째 핵실험을 했다", "en",
		"North Korea conducted its third nuclear test in 2014"), "2/0/0");
	T_ASSERT_STR(cmp("ja", "4万7000人が参加", "en", "47,000 people took part"),
		"1/0/0");
	T_ASSERT_STR(cmp("ko", "수출은 전년 대비 -13.7%를 기록했다", "en",
		"Exports fell 13.7 percent from a year earlier"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "0시를 기해", "en", "as of midnight"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "지난 10일 발표했다", "en", "announced on the 10th"),
		"1/0/0");
	T_ASSERT_STR(cmp("ja", "2倍に増えた", "en", "doubled"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "2014~2015년", "en", "in 2014-2015"), "2/0/0");
	T_ASSERT_STR(cmp("ko", "1조1934억 원", "en", "1.19 trillion won"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "1.2조 원", "en", "1조1934억 원"), "1/0/0");
}

void test_numbers__real_mismatches_are_reported(void)
{
	T_ASSERT_STR(cmp("ko", "4만7000명이 참가했다.", "en",
		"4,700 people took part."), "0/1/1");
	T_ASSERT_STR(cmp("ko", "12월 10일 열린다.", "en",
		"It opens on Dec. 11."), "0/1/1");
	T_ASSERT_STR(cmp("ko", "2억 달러", "en", "200 million won"), "0/1/1");
	T_ASSERT_STR(cmp("ko", "오후 3시", "en", "at 3 a.m."), "0/1/1");
	T_ASSERT_STR(cmp("ko", "3.5% 상승", "en", "rose 3.5 points"), "0/1/1");
	T_ASSERT_STR(cmp("ko", "2014년", "en", "in 2015"), "0/1/1");
	T_ASSERT_STR(cmp("ko", "2억 달러", "en", "$240 million"), "0/1/1");
	T_ASSERT_STR(cmp("ko", "1조1934억 원", "en", "1.18 trillion won"), "0/1/1");
}

void test_numbers__pairing_prefers_order_and_kind(void)
{
	T_ASSERT_STR(cmp("en", "3 and 3 and 5", "en", "5, 3, 3"), "3/0/0");
	T_ASSERT(g_a.items[2].match == 0);
	T_ASSERT_STR(cmp("ko", "3시", "en", "at 3 o'clock"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "밤 10시", "en", "at 10 p.m."), "1/0/0");
}

void test_numbers__spans_and_code_points(void)
{
	const char *t = "지난 4만7000명";

	T_ASSERT_OK(bitext_numbers_extract(&g_a, "ko", t, strlen(t)));
	T_ASSERT_INT(g_a.count, 1);
	T_ASSERT_INT(g_a.items[0].start, 7);
	T_ASSERT_INT(bitext_numbers_cpoffset(t, g_a.items[0].start), 3);
	T_ASSERT_INT(bitext_numbers_cpoffset(t, g_a.items[0].end), 10);
}

void test_numbers__weak_flags_for_small_spelled(void)
{
	T_ASSERT_OK(bitext_numbers_extract(&g_a, "ko", "지난 10일 1년 전 10월 10일",
		strlen("지난 10일 1년 전 10월 10일")));
	T_ASSERT_INT(g_a.count, 3);
	T_ASSERT(g_a.items[0].flags & BITEXT_NUM_F_WEAK);
	T_ASSERT(g_a.items[1].flags & BITEXT_NUM_F_WEAK);
	T_ASSERT(!(g_a.items[2].flags & BITEXT_NUM_F_WEAK));
	T_ASSERT_OK(bitext_numbers_extract(&g_a, "en",
		"one of two officials and 47 others", 35));
	T_ASSERT_INT(g_a.count, 3);
	T_ASSERT(g_a.items[0].flags & BITEXT_NUM_F_WEAK);
	T_ASSERT(g_a.items[1].flags & BITEXT_NUM_F_WEAK);
	T_ASSERT(!(g_a.items[2].flags & BITEXT_NUM_F_WEAK));
}

void test_numbers__weekdays(void)
{
	T_ASSERT_STR(ex("ko", "회의는 월요일에"), "date:W1[월요일]");
	T_ASSERT_STR(ex("ko", "토요일과 일요일"), "date:W6[토요일]|date:W7[일요일]");
	T_ASSERT_STR(ex("en", "closed on Mondays"), "date:W1[Mondays]");
	T_ASSERT_STR(ex("fr", "le mercredi 3"), "date:W3[mercredi]|number:3[3]");
	/* a weekday beside a day is part of that date */
	T_ASSERT_STR(ex("ko", "12월 10일(수) 오후"), "date:--12-10 W3[12월 10일(수)]");
	T_ASSERT_STR(ex("en", "on Wednesday, Dec. 10"),
		"date:--12-10 W3[Wednesday, Dec. 10]");
	T_ASSERT_STR(ex("ja", "来週の月曜日に"), "date:W1[月曜日]");
	T_ASSERT_STR(ex("ja", "12月10日(水)"), "date:--12-10 W3[12月10日(水)]");
	/* 월 alone is a month marker, not Monday */
	T_ASSERT_STR(ex("ko", "5월 매월"), "date:--05[5월]");
	T_ASSERT_STR(cmp("ko", "월요일에", "en", "on Monday"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "월요일에", "en", "on Tuesday"), "0/1/1");
	/* a day and a weekday share no part: neither matches the other */
	T_ASSERT_STR(cmp("ko", "지난 10일", "en", "on Monday"), "0/1/1");
}

void test_numbers__words_and_percent_of_the_language(void)
{
	T_ASSERT_STR(ex("de", "bei 4,9 Prozent"), "percent:4.9%[4,9 Prozent]");
	T_ASSERT_STR(ex("fr", "4,9 pour cent"), "percent:4.9%[4,9 pour cent]");
	T_ASSERT_STR(ex("es", "el 4,9 por ciento"), "percent:4.9%[4,9 por ciento]");
	T_ASSERT_STR(ex("de", "Dreiundzwanzig Teams"), "number:23[Dreiundzwanzig]");
	T_ASSERT_STR(ex("fr", "vingt-trois équipes"), "number:23[vingt-trois]");
	T_ASSERT_STR(ex("es", "setenta y uno equipos"), "number:71[setenta y uno]");
	T_ASSERT_STR(ex("de", "drei Prozent"), "percent:3%[drei Prozent]");
	T_ASSERT_STR(ex("es", "dos mil personas"), "number:2000[dos mil]");
	T_ASSERT_STR(ex("fr", "trois cents euros"), "money:EUR 300[trois cents euros]");
	T_ASSERT_STR(ex("fr", "vingt mille"), "number:20000[vingt mille]");
	T_ASSERT_STR(ex("de", "zweitausend Gäste"), "number:2000[zweitausend]");
	/* one is also the article: not read */
	T_ASSERT_STR(ex("de", "ein Haus"), "");
	T_ASSERT_STR(ex("en", "a dozen eggs"), "number:12[a dozen]");
	T_ASSERT_STR(ex("en", "a hundred people"), "count:100 person[a hundred people]");
}

/* Relative dates are not numbers, but a translation may resolve them: 지난달
 * matches "November" when nothing else does, and nothing when it is left
 * alone (F_WEAK). */
void test_numbers__relative_dates(void)
{
	T_ASSERT_STR(ex("ko", "지난달 수출"), "date:--??[지난달]");
	T_ASSERT_STR(ex("ko", "올해와 지난해"), "date:????[올해]|date:????[지난해]");
	T_ASSERT_STR(ex("en", "rose last month"), "date:--??[last month]");
	T_ASSERT_STR(ex("de", "im letzten Monat"), "date:--??[letzten Monat]");
	T_ASSERT_STR(ex("ja", "先月の輸出"), "date:--??[先月]");
	T_ASSERT_STR(cmp("ko", "지난달 수출", "en", "exports in November"), "1/0/0");
	T_ASSERT_STR(cmp("ko", "지난달 수출", "en", "exports last month"), "1/0/0");
	/* 11월 takes November first; 지난달 is left over */
	T_ASSERT_STR(cmp("ko", "지난달 수출, 11월 수입", "en",
		"exports and imports in November"), "1/1/0");
	T_ASSERT_STR(cmp("ko", "올해 2.5% 올랐다", "en", "rose 2.5% in 2024"), "2/0/0");
	T_ASSERT(g_a.items[0].flags & BITEXT_NUM_F_WEAK);
	T_ASSERT(g_a.items[0].flags & BITEXT_NUM_F_RELATIVE);
}

void test_numbers__times_by_part_of_day(void)
{
	T_ASSERT_STR(ex("en", "at 3 in the afternoon"), "time:15:00[3 in the afternoon]");
	T_ASSERT_STR(ex("en", "at 9 in the morning"), "time:9:00[9 in the morning]");
	T_ASSERT_STR(ex("en", "at 11 at night"), "time:23:00[11 at night]");
	T_ASSERT_STR(ex("en", "at 2 at night"), "time:2:00[2 at night]");
	T_ASSERT_STR(cmp("ko", "오후 3시", "en", "3 a.m."), "0/1/1");
	T_ASSERT_STR(cmp("ko", "오후 3시", "en", "15:00"), "1/0/0");
}

/* Each language's ICU data is kept for a bounded number of languages;
 * past them a call builds its own and frees it, with the same result. */
void test_numbers__many_languages(void)
{
	char tag[32];
	int k;

	for (k = 0; k < 100; k++) {
		snprintf(tag, sizeof(tag), "de-x-t%d", k);
		T_ASSERT_STR(ex(tag, "4,9 Prozent am 10. Dezember"),
			"percent:4.9%[4,9 Prozent]|date:--12-10[10. Dezember]");
	}
}

void test_numbers__hostile_input(void)
{
	char *big = malloc(40000);
	size_t i;

	T_ASSERT(big != NULL);
	for (i = 0; i + 2 < 40000; i += 2) {
		big[i] = '7';
		big[i + 1] = ' ';
	}
	T_ASSERT(bitext_numbers_extract(&g_a, "en", big, i) == BITEXT_ELIMIT);
	/* invalid UTF-8 and truncated sequences do not crash */
	T_ASSERT_OK(bitext_numbers_extract(&g_a, "ko", "\xEC\x98 3\xFF\xEB", 6));
	T_ASSERT_INT(g_a.count, 1);
	T_ASSERT_OK(bitext_numbers_extract(&g_a, "ko", "", 0));
	T_ASSERT_INT(g_a.count, 0);
	free(big);
}

void test_numbers__speed(void)
{
	const char *ko = "북한은 2014년 12월 10일 오후 3시 동해상으로 단거리 "
		"미사일 두 발을 발사했으며, 4만7000명의 병력과 2억 달러 규모의 "
		"장비를 63개국에 공개했다고 밝혔다. 이는 3.5% 증가한 수치다.";
	const char *en = "North Korea fired two short-range missiles into the "
		"East Sea at 3 p.m. on Dec. 10, 2014, and showed 47,000 troops "
		"and $200 million of equipment to 63 countries, up 3.5 percent.";
	clock_t t0 = clock();
	int i;
	double secs;

	for (i = 0; i < 20000; i++) {
		bitext_numbers_extract(&g_a, "ko", ko, strlen(ko));
		bitext_numbers_extract(&g_b, "en", en, strlen(en));
		bitext_numbers_compare(&g_a, &g_b);
	}
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	printf("numbers: %d unit pairs in %.3f s (%.0f pairs/s)\n", i, secs,
		i / (secs > 0 ? secs : 1e-9));
	/* a guard against quadratic work, not a benchmark (sanitizers) */
	T_ASSERT(secs < 10.0);
	T_ASSERT_STR(cmp("ko", ko, "en", en), "7/0/0");
}

/* Random strings of number-ish pieces, in exact-size buffers (no NUL):
 * under the sanitizers any read past the end fails the run. */
void test_numbers__random_pieces_stay_in_bounds(void)
{
	static const char *const pieces[] = { "1", "23", "4,000", "0.5", ".",
		",", "-", "~", " ", "\n", "만", "억", "조", "천", "원", "달러",
		"년", "월", "일", "시", "분", "반", "오후", "제", "세", "명", "여",
		"번째", "%", "퍼센트", "$", "\xE2\x82\xA9", "Dec.", "May", "p.m.",
		"a.m", "o'clock", "million", "bn", "twenty", "-one", "first", "a",
		"hundred", "三", "千", "万", "円", "銭", "午後", "時", "第", "割",
		"\xEC", "\xE2\x82", "\xFF", "st", "th", "percent", "won", "twice",
		"12:", "2014-", "12/", "midnight", "\xEF\xBC\x93", "개국", "배" };
	unsigned seed = 12345;
	int iter, k;

	for (iter = 0; iter < 3000; iter++) {
		char tmp[256];
		size_t n = 0;
		int parts = 1 + (int)((seed >> 8) % 12);
		char *buf;
		for (k = 0; k < parts; k++) {
			const char *p;
			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			if (n + strlen(p) >= sizeof(tmp))
				break;
			memcpy(tmp + n, p, strlen(p));
			n += strlen(p);
		}
		buf = malloc(n ? n : 1);
		T_ASSERT(buf != NULL);
		memcpy(buf, tmp, n);
		T_ASSERT_OK(bitext_numbers_extract(&g_a, (iter & 1) ? "ko" :
			(iter & 2) ? "en" : "ja", buf, n));
		for (k = 0; k < (int)g_a.count; k++) {
			T_ASSERT(g_a.items[k].start < g_a.items[k].end);
			T_ASSERT(g_a.items[k].end <= n);
			if (k)
				T_ASSERT(g_a.items[k - 1].end <= g_a.items[k].start);
		}
		free(buf);
	}
}

/* Non-empty lines of a file, as malloc'd strings. */
static char **seg_lines(const char *path, int *n)
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
			v[*n] = strndup(data + s, i - s);
			(*n)++;
		}
		s = i + 1;
	}
	free(data);
	return v;
}

/* The segments "3,4" of v joined with spaces into b. */
static void seg_join(bitext_buf *b, char **v, int n, const char *idx)
{
	const char *p = idx;

	bitext_buf_clear(b);
	bitext_buf_puts(b, "");
	while (*p) {
		int k = atoi(p);
		if (k >= 0 && k < n) {
			if (b->size)
				bitext_buf_putc(b, ' ');
			bitext_buf_puts(b, v[k]);
		}
		while (*p && *p != ',')
			p++;
		if (*p)
			p++;
	}
}

/* Every gold-aligned unit of one corpus pair: counts of numbers. */
static void gold_pair(const char *base, const char *sl, int *num, int *paired,
	int *strong_unpaired)
{
	char path[512], *gold, *line, *save = NULL;
	char **S, **T;
	int ns, nt, i;
	size_t k, len;
	bitext_buf a = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;

	snprintf(path, sizeof(path), "%s.%s.seg", base, sl);
	S = seg_lines(path, &ns);
	snprintf(path, sizeof(path), "%s.en.seg", base);
	T = seg_lines(path, &nt);
	snprintf(path, sizeof(path), "%s.gold", base);
	gold = test_slurp(path, &len);
	for (line = gold ? strtok_r(gold, "\n", &save) : NULL; line && S && T;
	     line = strtok_r(NULL, "\n", &save)) {
		char *c = strchr(line, ':');
		if (!c || c == line || !c[1])
			continue;
		*c = '\0';
		seg_join(&a, S, ns, line);
		seg_join(&b, T, nt, c + 1);
		if (bitext_numbers_extract(&g_a, sl, a.ptr, a.size) < 0 ||
		    bitext_numbers_extract(&g_b, "en", b.ptr, b.size) < 0)
			continue;
		*paired += (int)bitext_numbers_compare(&g_a, &g_b) * 2;
		*num += (int)(g_a.count + g_b.count);
		for (k = 0; k < g_a.count; k++)
			*strong_unpaired += g_a.items[k].match < 0 &&
				!(g_a.items[k].flags & BITEXT_NUM_F_WEAK);
		for (k = 0; k < g_b.count; k++)
			*strong_unpaired += g_b.items[k].match < 0 &&
				!(g_b.items[k].flags & BITEXT_NUM_F_WEAK);
	}
	for (i = 0; S && i < ns; i++)
		free(S[i]);
	for (i = 0; T && i < nt; i++)
		free(T[i]);
	free(S);
	free(T);
	free(gold);
	bitext_buf_dispose(&a);
	bitext_buf_dispose(&b);
}

/* On the hand-aligned corpus (correct translations) nearly every number
 * must find its counterpart; what is left is mostly real differences. */
void test_numbers__gold_corpus_pairs_most_numbers(void)
{
	static const char *const ko[] = { "01-nk-missile-launch",
		"02-sony-pictures-hack", "03-exports-november", "04-kpop-billboard",
		"05-baseball-posting", "06-typhoon-noul", "07-court-embezzlement",
		"08-jeonse-prices", "09-budget-passed", "10-bird-flu-outbreak",
		NULL };
	static const char *const ja[] = { "01-inbound-tourism",
		"02-sony-cyberattack", "03-tokyo-stocks", NULL };
	char base[256];
	int i, num = 0, paired = 0, left = 0, jnum = 0, jpaired = 0, jleft = 0;
	FILE *f = fopen("corpora/ko-en/01-nk-missile-launch.gold", "r");

	if (!f)
		T_SKIP("corpora/ is not there");
	fclose(f);
	for (i = 0; ko[i]; i++) {
		snprintf(base, sizeof(base), "corpora/ko-en/%s", ko[i]);
		gold_pair(base, "ko", &num, &paired, &left);
	}
	for (i = 0; ja[i]; i++) {
		snprintf(base, sizeof(base), "corpora/ja-en/%s", ja[i]);
		gold_pair(base, "ja", &jnum, &jpaired, &jleft);
	}
	printf("numbers: ko-en gold units: %d numbers, %d paired, %d unpaired "
		"and not weak\n", num, paired, left);
	printf("numbers: ja-en gold units: %d numbers, %d paired, %d unpaired "
		"and not weak\n", jnum, jpaired, jleft);
	T_ASSERT(num > 300);
	T_ASSERT(paired >= num * 3 / 4);
	T_ASSERT(left <= num / 8);
	T_ASSERT(jpaired >= jnum * 3 / 4);
}

/* The aligner runs documents in parallel: extraction in several threads at
 * once, each with its own languages (and so its own ICU locale cache),
 * gives what one thread gives. */
typedef struct {
	const char *lang, *text, *want;
	int ok;
} th_job;

static void *numbers_thread(void *arg)
{
	th_job *j = arg;
	bitext_number_list l = BITEXT_NUMBER_LIST_INIT;
	bitext_buf b = BITEXT_BUF_INIT;
	int i;
	size_t k;

	j->ok = 1;
	for (i = 0; i < 300 && j->ok; i++) {
		if (bitext_numbers_extract(&l, j->lang, j->text, strlen(j->text)) < 0) {
			j->ok = 0;
			break;
		}
		bitext_buf_clear(&b);
		bitext_buf_puts(&b, "");
		for (k = 0; k < l.count; k++) {
			if (k)
				bitext_buf_putc(&b, '|');
			bitext_number_format(&b, &l.items[k]);
		}
		if (strcmp(b.ptr, j->want))
			j->ok = 0;
	}
	bitext_number_list_dispose(&l);
	bitext_buf_dispose(&b);
	return NULL;
}

void test_numbers__threads_agree(void)
{
	th_job jobs[4] = {
		{ "de", "47.000 Menschen am 10. Dezember 2014", "47000|2014-12-10", 0 },
		{ "fr", "3,5 % le 10 d\xC3\xA9" "cembre", "3.5%|--12-10", 0 },
		{ "ko", "4만7000명, 오후 3시", "47000 person|15:00", 0 },
		{ "en", "$2 million on Dec. 10", "USD 2000000|--12-10", 0 }
	};
	pthread_t th[4];
	int i;

	for (i = 0; i < 4; i++)
		T_ASSERT(pthread_create(&th[i], NULL, numbers_thread, &jobs[i]) == 0);
	for (i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	for (i = 0; i < 4; i++)
		T_ASSERT(jobs[i].ok);
}

/* One Sino-Korean syllable before a counter; 일 and 이 only where no word
 * reading fits (이 개 "this dog", 이 층 "this floor", 이 분 "this person"). */
void test_numbers__sino_korean_single_syllable(void)
{
	T_ASSERT_STR(ex("ko", "삼 개월 동안"), "count:3 month[삼 개월]");
	T_ASSERT_STR(ex("ko", "육개월 만에"), "count:6 month[육개월]");
	T_ASSERT_STR(ex("ko", "사 층에 있다"), "count:4 floor[사 층]");
	T_ASSERT_STR(ex("ko", "구 명이 다쳤다"), "count:9 person[구 명]");
	T_ASSERT_STR(ex("ko", "십 년 동안"), "count:10 year[십 년]");
	T_ASSERT_STR(ex("ko", "일 년 내내"), "count:1 year[일 년]");
	T_ASSERT_STR(ex("ko", "이 개월 동안"), "count:2 month[이 개월]");
	T_ASSERT_STR(ex("ko", "이 개는 우리 개다"), "");
	T_ASSERT_STR(ex("ko", "이 층에는"), "");
	T_ASSERT_STR(ex("ko", "이 분이 선생님이다"), "");
	T_ASSERT_STR(ex("ko", "이 번에는"), "");
	T_ASSERT_STR(ex("ko", "이 년아"), "");
	T_ASSERT_STR(ex("ko", "일 명단"), "");
	T_ASSERT_STR(ex("ko", "삼 형제"), "");
	T_ASSERT_STR(ex("ko", "구 명칭"), "");
	T_ASSERT_STR(ex("ko", "사개"), "");
	T_ASSERT_STR(ex("en", "on the fifth floor"), "ordinal:#5[fifth]");
}

/* Ranges: the half of the day, the percent sign and the century written
 * at one end hold for both; clock times in Korean text. */
void test_numbers__ranges(void)
{
	T_ASSERT_STR(ex("ko", "10:00~18:00"), "time:10:00 or 22:00[10:00]|time:18:00[18:00]");
	T_ASSERT_STR(ex("ko", "오후 3~5시"), "time:15:00[오후 3]|time:17:00[5시]");
	T_ASSERT_STR(ex("en", "3-5 p.m."), "time:15:00[3]|time:17:00[5 p.m.]");
	T_ASSERT_STR(ex("en", "from 11 to 1 p.m."), "time:11:00 or 23:00[11]|time:13:00[1 p.m.]");
	T_ASSERT_STR(ex("en", "5 to 10 percent"), "percent:5%[5]|percent:10%[10 percent]");
	T_ASSERT_STR(ex("en", "in 2014-16"), "year:2014[2014]|year:2016[16]");
	T_ASSERT_STR(ex("en", "in 1998-02"), "year:1998[1998]|year:2002[02]");
	T_ASSERT_STR(ex("en", "went 3 to 1"), "number:3[3]|number:1[1]");
}

/* Counts of time: 1주일, a decade, two decades. */
void test_numbers__time_counts(void)
{
	T_ASSERT_STR(ex("ko", "1주일 전"), "count:1 week[1주일]");
	T_ASSERT_STR(ex("en", "a decade ago"), "count:10 year[a decade]");
	T_ASSERT_STR(ex("en", "after two decades"), "count:20 year[two decades]");
	T_ASSERT_STR(ex("en", "over the past decade"), "");
	T_ASSERT_STR(cmp("ko", "2년 전 이곳에 왔다.", "en", "the year before last"), "0/1/0");
}

/* printf conversions are not numbers; digits after letters are codes;
 * 1.20 reads alike where the full stop is no decimal separator. */
void test_numbers__codes_and_versions(void)
{
	size_t i;

	T_ASSERT_STR(ex("en", "%5d lines, %-20.127s %0.1f %2$s %lu"), "");
	T_ASSERT_STR(ex("en", "50% done"), "percent:50%[50%]");
	T_ASSERT_STR(ex("de", "in 1.20.x"), "decimal:1.2[1.20]");
	T_ASSERT_STR(ex("fr", "JDK 1.2"), "decimal:1.2[1.2]");
	T_ASSERT_STR(ex("de", "1.250 Euro"), "money:EUR 1250[1.250 Euro]");
	T_ASSERT_STR(ex("en", "PM2.5 and H5N8"), "decimal:2.5[2.5]|number:5[5]|number:8[8]");
	T_ASSERT_OK(bitext_numbers_extract(&g_a, "ko", "코로나19 약3%", strlen("코로나19 약3%")));
	T_ASSERT_INT(g_a.count, 2);
	T_ASSERT((g_a.items[0].flags & BITEXT_NUM_F_CODE) != 0);
	T_ASSERT((g_a.items[1].flags & BITEXT_NUM_F_CODE) == 0);
	bitext_numbers_extract(&g_a, "en", "PM2.5 and H5N8", 14);
	for (i = 0; i < g_a.count; i++)
		T_ASSERT((g_a.items[i].flags & (BITEXT_NUM_F_CODE | BITEXT_NUM_F_WEAK)) ==
			(BITEXT_NUM_F_CODE | BITEXT_NUM_F_WEAK));
}

/* News conventions: an age in brackets, an academic year, the first rank. */
void test_numbers__news_conventions(void)
{
	T_ASSERT_STR(ex("ko", "윤재혁(68) 전 회장"), "count:68 age[68]");
	T_ASSERT_STR(ex("ko", "표 (68)"), "number:68[68]");
	T_ASSERT_STR(ex("en", "the 68-year-old"), "count:68 age[68-year-old]");
	T_ASSERT_STR(ex("ko", "2015학년도 수능"), "year:2015[2015학년도]");
	T_ASSERT_OK(bitext_numbers_extract(&g_a, "ko", "1위에 올랐다", strlen("1위에 올랐다")));
	T_ASSERT_INT(g_a.count, 1);
	T_ASSERT((g_a.items[0].flags & BITEXT_NUM_F_WEAK) != 0);
}
