/*
 * test_align_numbers.c - the aligner and the checker read numbers the same
 * way: for pairs of expressions in two languages, the aligner's number
 * anchors (keys of ALIGN_K_NUM items) of one side meet those of the other
 * when bitext_number_equal() pairs a number of one with a number of the
 * other, and only then, but for the two documented differences of the
 * aligner (a date's parts are separate anchors; small spelled numbers are
 * no anchors).
 */
#include "test.h"
#include "align/align_int.h"

#include <stdlib.h>

/* The number keys the aligner finds in `text` (one segment in `lang`). */
static size_t align_num_keys(const char *lang, const char *text,
	uint64_t *keys, size_t cap)
{
	bitext_doc *doc = NULL;
	align_side s;
	size_t i, k, n = 0, len = strlen(text);

	if (bitext_doc_new(&doc, lang) < 0 || bitext_doc_set_text(doc, text, len) < 0 ||
	    bitext_doc_add_paragraph(doc, 0, len, BITEXT_PARA_TEXT) < 0 ||
	    bitext_doc_add_segment(doc, 0, len) < 0 ||
	    bitext_align__side_build(&s, doc, lang, NULL, NULL, 1, 1 | 2) < 0) {
		bitext_doc_free(doc);
		return (size_t)-1;
	}
	for (i = 0; i < s.nanc; i++)
		for (k = 0; s.anc[i].kind == ALIGN_K_NUM && k < s.anc[i].nkeys; k++)
			if (n < cap)
				keys[n++] = s.akeys[s.anc[i].key_off + k];
	bitext_align__side_dispose(&s);
	bitext_doc_free(doc);
	return n;
}

/* 1 when a number of `a` equals one of `b` for the checker. */
static int checker_pairs(const char *la, const char *a, const char *lb,
	const char *b)
{
	bitext_number_list x = BITEXT_NUMBER_LIST_INIT, y = BITEXT_NUMBER_LIST_INIT;
	size_t i, j;
	int eq = 0;

	if (bitext_numbers_extract(&x, la, a, strlen(a)) == 0 &&
	    bitext_numbers_extract(&y, lb, b, strlen(b)) == 0)
		for (i = 0; i < x.count; i++)
			for (j = 0; j < y.count; j++)
				eq |= bitext_number_equal(&x.items[i], &y.items[j]);
	bitext_number_list_dispose(&x);
	bitext_number_list_dispose(&y);
	return eq;
}

/*
 * Pairs of expressions and how the two readers take them. `want`:
 *   '=' the checker pairs them and the aligner's keys meet;
 *   '!' neither;
 *   'p' the checker says different dates, the aligner meets on a part:
 *       a date gives one anchor per part (month, day, year), each partial
 *       evidence for a link;
 *   'w' the checker pairs them, the aligner has no anchor: a small number
 *       spelled in words (F_WEAK | F_SPELLED) is no anchor.
 */
static const struct {
	const char *la, *a, *lb, *b;
	char want;
} pairs[] = {
	{ "ko", "4만7000명", "en", "47,000 people", '=' },
	{ "ko", "4만7000명", "en", "47 thousand people", '=' },
	{ "ko", "2억 달러", "en", "$200 million", '=' },
	{ "ko", "1조2000억 원", "en", "1.2 trillion won", '=' },
	{ "ko", "3.5%", "en", "3.5 percent", '=' },
	{ "ko", "3.5퍼센트", "en", "3.5%", '=' },
	{ "ko", "12월 10일", "en", "December 10", '=' },
	{ "ko", "12월 10일", "en", "Dec. 10", '=' },
	{ "ko", "2014년 12월 10일", "en", "Dec. 10, 2014", '=' },
	{ "ko", "12월", "en", "in December", '=' },
	{ "ko", "11일", "en", "Sept. 11", '=' },
	{ "ko", "10일", "en", "the 10th", '=' },
	{ "ja", "12月10日", "en", "December 10", '=' },
	{ "ko", "47,000", "en", "forty-seven thousand", '=' },
	{ "ko", "오후 3시", "en", "3 p.m.", '=' },
	{ "ko", "3시", "en", "15:00", '=' },
	{ "ko", "2014년", "en", "in 2014", '=' },
	{ "ko", "1.5배", "en", "1.5 times", '=' },
	{ "ko", "제3", "en", "the 3rd", '=' },
	{ "ko", "-13.7%", "en", "fell 13.7 percent", '=' },
	{ "ko", "12월", "en", "12 people", '!' },
	{ "ko", "12月", "en", "Dec.", '!' },
	{ "ko", "2억", "en", "240 million", '!' },
	{ "ko", "3.5%", "en", "3.5 meters", '!' },
	{ "ko", "4만7000", "en", "4,700", '!' },
	{ "ko", "오후 3시", "en", "3 a.m.", '!' },
	{ "ko", "12월 10일", "en", "10 people", '!' },
	{ "ko", "12월 10일", "en", "Dec. 11", 'p' },
	{ "ko", "세 명", "en", "three people", 'w' },
	{ "ko", "제3", "en", "the third", 'w' },
};

void test_align_numbers__aligner_keys_agree_with_checker_values(void)
{
	uint64_t ka[16], kb[16];
	size_t p, i, j, bad = 0;

	for (p = 0; p < sizeof(pairs) / sizeof(pairs[0]); p++) {
		size_t na = align_num_keys(pairs[p].la, pairs[p].a, ka, 16);
		size_t nb = align_num_keys(pairs[p].lb, pairs[p].b, kb, 16);
		int meet = 0, same, ok;

		T_ASSERT(na != (size_t)-1 && nb != (size_t)-1);
		for (i = 0; i < na; i++)
			for (j = 0; j < nb; j++)
				meet |= ka[i] == kb[j];
		same = checker_pairs(pairs[p].la, pairs[p].a, pairs[p].lb,
			pairs[p].b);
		switch (pairs[p].want) {
		case '=': ok = meet && same; break;
		case '!': ok = !meet && !same; break;
		case 'p': ok = meet && !same; break;
		default: ok = !meet && same && (!na || !nb); break;
		}
		if (!ok) {
			printf("%s / %s: aligner %s, checker %s (want %c)\n",
				pairs[p].a, pairs[p].b, meet ? "meets" : "apart",
				same ? "equal" : "different", pairs[p].want);
			bad++;
		}
	}
	T_ASSERT_INT(bad, 0);
}
