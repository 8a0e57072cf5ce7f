/*
 * test_util.c - the utility layer: UTF-8 decoding, encoding and counting,
 * the one JSON and XML/HTML escaper, the one hash function and map, and
 * the attribute counter run on XML before libxml2.
 */
#include "test.h"
#include "util/hashmap.h"
#include "util/utf8.h"
#include "util/xml_scan.h"

#include <stdint.h>

static const char *json(bitext_buf *b, const char *s, size_t n)
{
	bitext_buf_clear(b);
	if (bitext_buf_put_json(b, s, n) < 0)
		return NULL;
	return b->ptr;
}

void test_util__json_escapes_quotes_controls_and_line_separators(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	static const char in[] = "a\"b\\c\b\f\n\r\t\x01\x1f\x7f"
		"x\xe2\x80\xa8y\xe2\x80\xa9z\xe2\x80\xa6";

	T_ASSERT_STR(json(&b, in, sizeof(in) - 1),
		"\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f"
		"x\\u2028y\\u2029z\xe2\x80\xa6\"");
	/* a NUL inside the text is text too */
	T_ASSERT_STR(json(&b, "a\0b", 3), "\"a\\u0000b\"");
	T_ASSERT_STR(json(&b, "", 0), "\"\"");
	/* E2 80 at the end, cut: copied, not read past */
	T_ASSERT_STR(json(&b, "\xe2\x80", 2), "\"\xe2\x80\"");
	T_ASSERT_STR(json(&b, "\xea\xb0\x80", 3), "\"\xea\xb0\x80\"");
	bitext_buf_dispose(&b);
}

/* JSON inside an HTML <script> element: no "</script>" or "<!--"
 * can end or change the element's text, since every '<' is \u003c; the
 * rest is escaped as bitext_buf_put_json does */
void test_util__json_for_a_script_element_has_no_less_than(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	static const char in[] = "a</script><!--b\"\xe2\x80\xa8<";

	T_ASSERT_OK(bitext_buf_put_json_script(&b, in, sizeof(in) - 1));
	T_ASSERT_STR(b.ptr, "\"a\\u003c/script>\\u003c!--b\\\"\\u2028"
		"\\u003c\"");
	bitext_buf_dispose(&b);
}

void test_util__xml_text_and_attribute_escapes(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	static const char in[] = "<a href=\"x\">&\t\n\r\x01'</a>";

	T_ASSERT_OK(bitext_buf_put_xml_text(&b, in, sizeof(in) - 1));
	T_ASSERT_STR(b.ptr,
		"&lt;a href=\"x\"&gt;&amp;\t\n&#13;'&lt;/a&gt;");
	bitext_buf_clear(&b);
	T_ASSERT_OK(bitext_buf_put_xml_attr(&b, in, sizeof(in) - 1));
	T_ASSERT_STR(b.ptr, "&lt;a href=&quot;x&quot;&gt;&amp;&#9;&#10;&#13;'"
		"&lt;/a&gt;");
	bitext_buf_dispose(&b);
}

void test_util__decode_is_strict_and_next_replaces(void)
{
	static const struct {
		const char *s;
		size_t n, len, bad;
		int32_t cp;
		int why;
	} cases[] = {
		{ "A", 1, 1, 0, 'A', 0 },
		{ "\xc3\xa9", 2, 2, 0, 0xE9, 0 },
		{ "\xea\xb0\x80", 3, 3, 0, 0xAC00, 0 },
		{ "\xf0\x9f\x98\x80", 4, 4, 0, 0x1F600, 0 },
		{ "\xc0\x80", 2, 0, 1, 0, BITEXT_UTF8_OVERLONG },
		{ "\xe0\x80\x80", 3, 0, 1, 0, BITEXT_UTF8_OVERLONG },
		{ "\xed\xa0\x80", 3, 0, 1, 0, BITEXT_UTF8_SURROGATE },
		{ "\xf4\x90\x80\x80", 4, 0, 1, 0, BITEXT_UTF8_RANGE },
		{ "\x80", 1, 0, 1, 0, BITEXT_UTF8_LEAD },
		{ "\xea\xb0", 2, 0, 2, 0, BITEXT_UTF8_TRUNC },
		{ "\xea\xb0" "A", 3, 0, 2, 0, BITEXT_UTF8_CONT },
	};
	size_t k;

	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		int32_t cp = -1;
		size_t bad = 0, len;
		int why = -1;

		len = bitext_utf8__decode(cases[k].s, cases[k].n, &cp, &bad, &why);
		T_ASSERT_INT(len, cases[k].len);
		if (len) {
			T_ASSERT_INT(cp, cases[k].cp);
		} else {
			T_ASSERT_INT(bad, cases[k].bad);
			T_ASSERT_INT(why, cases[k].why);
		}
	}
	{
		/* one U+FFFD per maximal invalid subpart (Unicode 3.9) */
		static const char s[] = "a\xea\xb0" "b\xff\xc3\xa9";
		size_t i = 0, n = sizeof(s) - 1;
		int32_t want[] = { 'a', 0xFFFD, 'b', 0xFFFD, 0xE9 };
		size_t w = 0;

		while (i < n) {
			T_ASSERT(w < 5);
			T_ASSERT_INT(bitext_utf8__next(s, n, &i), want[w]);
			w++;
		}
		T_ASSERT_INT(w, 5);
	}
}

void test_util__encode_count_and_prev_agree(void)
{
	static const int32_t cps[] = { 0x41, 0xE9, 0x2028, 0xAC00, 0x1F600,
		0x10FFFF };
	bitext_buf b = BITEXT_BUF_INIT;
	size_t k, i = 0, end;

	for (k = 0; k < sizeof(cps) / sizeof(cps[0]); k++)
		T_ASSERT_OK(bitext_utf8__put(&b, cps[k]));
	T_ASSERT_INT(b.size, 1 + 2 + 3 + 3 + 4 + 4);
	T_ASSERT_INT(bitext_utf8__count(b.ptr, b.size), 6);
	for (k = 0; k < 6; k++)
		T_ASSERT_INT(bitext_utf8__next(b.ptr, b.size, &i), cps[k]);
	T_ASSERT_INT(i, b.size);
	end = b.size;
	for (k = 6; k-- > 0;) {
		size_t p = bitext_utf8__prev(b.ptr, end), q = p;

		T_ASSERT_INT(bitext_utf8__next(b.ptr, b.size, &q), cps[k]);
		T_ASSERT_INT(q, end);
		end = p;
	}
	T_ASSERT_INT(end, 0);
	bitext_buf_dispose(&b);
}

typedef struct {
	uint64_t key;
	uint32_t val;
} u32_slot;

void test_util__map_holds_many_keys_through_growth(void)
{
	bitext_map m;
	size_t i, seen = 0;
	uint64_t sum = 0;

	T_ASSERT_OK(bitext_map__init(&m, sizeof(u32_slot), 0));
	T_ASSERT(bitext_map__find(&m, 42) == NULL);
	for (i = 0; i < 100000; i++) {
		int fresh = -1;
		u32_slot *s = bitext_map__put(&m, bitext_map__hash(7, &i,
			sizeof(i)), &fresh);
		T_ASSERT(s != NULL);
		T_ASSERT_INT(fresh, 1);
		T_ASSERT_INT(s->val, 0);   /* a new slot's payload is zero */
		s->val = (uint32_t)i + 1;
	}
	T_ASSERT_INT(m.n, 100000);
	T_ASSERT(m.n * 4 < m.cap * 3);
	for (i = 0; i < 100000; i++) {
		int fresh = -1;
		u32_slot *s = bitext_map__find(&m, bitext_map__hash(7, &i,
			sizeof(i)));
		T_ASSERT(s != NULL && s->val == i + 1);
		T_ASSERT(bitext_map__put(&m, s->key, &fresh) == s);
		T_ASSERT_INT(fresh, 0);
	}
	/* another seed is another name space */
	i = 5;
	T_ASSERT(bitext_map__find(&m, bitext_map__hash(8, &i, sizeof(i))) == NULL);
	for (i = 0; i < m.cap; i++) {
		u32_slot *s = bitext_map__slot(&m, i);
		if (s) {
			seen++;
			sum += s->val;
		}
	}
	T_ASSERT_INT(seen, 100000);
	T_ASSERT_INT(sum, (uint64_t)100000 * 100001 / 2);
	/* key 0 is stored (as 1): it can be found again */
	T_ASSERT(bitext_map__put(&m, 0, NULL) != NULL);
	T_ASSERT(bitext_map__find(&m, 0) != NULL);
	bitext_map__dispose(&m);
}

void test_util__hash_spreads_and_depends_on_every_byte(void)
{
	char a[40], b[40];
	size_t n, k;

	memset(a, 'x', sizeof(a));
	for (n = 0; n <= sizeof(a); n++) {
		uint64_t h = bitext_map__hash(0, a, n);
		if (n)
			T_ASSERT(h != bitext_map__hash(0, a, n - 1));
		for (k = 0; k < n; k++) {
			memcpy(b, a, n);
			b[k] ^= 1;
			T_ASSERT(bitext_map__hash(0, b, n) != h);
		}
	}
	T_ASSERT(bitext_map__hash(1, a, 3) != bitext_map__hash(2, a, 3));
	T_ASSERT(bitext_map__mix(1) != bitext_map__mix(2));
}

void test_util__string_map_compares_the_bytes(void)
{
	bitext_strmap m;
	static const char *const words[] = { "", "a", "ab", "abc", "b",
		"\xea\xb0\x80", "a\0b", "abcdefghijklmnop", "abcdefghijklmnoq" };
	size_t i, n = sizeof(words) / sizeof(words[0]);
	int created;

	bitext_map__str_init(&m);
	T_ASSERT(bitext_map__str_get(&m, "a", 1) == NULL);
	for (i = 0; i < n; i++) {
		size_t len = i == 6 ? 3 : strlen(words[i]);
		bitext_strmap_slot *s = bitext_map__str_put(&m, words[i], len,
			i + 10, &created);
		T_ASSERT(s != NULL);
		T_ASSERT_INT(created, 1);
		T_ASSERT_INT(s->value, i + 10);
		T_ASSERT(s->key != words[i]);   /* copied */
	}
	for (i = 0; i < n; i++) {
		size_t len = i == 6 ? 3 : strlen(words[i]);
		bitext_strmap_slot *s = bitext_map__str_get(&m, words[i], len);
		T_ASSERT(s != NULL);
		T_ASSERT_INT(s->value, i + 10);
		T_ASSERT_INT(s->klen, len);
		T_ASSERT(bitext_map__str_put(&m, words[i], len, 99, &created) == s);
		T_ASSERT_INT(created, 0);
		T_ASSERT_INT(s->value, i + 10);
	}
	T_ASSERT(bitext_map__str_get(&m, "abcd", 4) == NULL);
	T_ASSERT(bitext_map__str_get(&m, "a", 2) == NULL);   /* "a\0" */
	bitext_map__str_dispose(&m);
}

/* Scan `doc` (n bytes) in pieces of `piece` bytes: 1 and the line when a
 * start tag has more than `max` attributes, else 0. */
static int scan_pieces(const char *doc, size_t n, size_t piece, size_t max,
	long *line)
{
	bitext_xml_scan s;
	size_t i;
	int over = 0;

	bitext_xml__scan_init(&s, 1);
	for (i = 0; i < n && !over; i += piece)
		if (bitext_xml__scan(&s, doc + i, n - i < piece ? n - i : piece, max)) {
			*line = s.tag_line;
			over = 1;
		}
	bitext_xml__scan_dispose(&s);
	return over;
}

void test_util__xml_scan_counts_attributes_of_start_tags_only(void)
{
	static const char doc[] =
		"<?xml version=\"1.0\" a=\"b\"?>\n"
		"<!DOCTYPE x [\n<!-- \" a=b c=d -->\n<!ATTLIST x a CDATA \"p=q>r\">\n]>\n"
		"<x a=\"1=2>3\" b='\"=\"'>\n"
		"<!-- <y a=1 b=2 c=3> -->\n<![CDATA[ <y a=1 b=2 c=3> ]]>\n"
		"<?pi a=1 b=2 c=3?>text a=b c=d e=f</x>\n"
		"<z a=\"1\"\n b=\"2\" c=\"3\"/>\n";
	char u16[2 * sizeof(doc)];
	size_t piece, n = sizeof(doc) - 1, i;
	long line = 0;

	for (piece = 1; piece <= n; piece++) {
		T_ASSERT_INT(scan_pieces(doc, n, piece, 2, &line), 1);
		T_ASSERT_INT(line, 10);           /* <z>, the first with 3 */
		T_ASSERT_INT(scan_pieces(doc, n, piece, 3, &line), 0);
	}
	/* UTF-16, both orders, with and without a byte order mark */
	for (i = 0; i < n; i++) {
		u16[2 * i] = 0;
		u16[2 * i + 1] = doc[i];
	}
	T_ASSERT_INT(scan_pieces(u16, 2 * n, 3, 2, &line), 1);
	T_ASSERT_INT(line, 10);
	T_ASSERT_INT(scan_pieces(u16 + 1, 2 * n - 1, 5, 2, &line), 1);  /* LE */
	T_ASSERT_INT(line, 10);
	T_ASSERT_INT(scan_pieces(u16, 2 * n, 7, 3, &line), 0);
}
