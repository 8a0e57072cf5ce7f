/*
 * test_srx.c - the SRX 2.0 reader and evaluator (src/srx.c): files in the
 * styles OmegaT and Okapi export, cascading, Java regex syntax, errors with
 * file and line, and hostile XML (entities, external DTDs, size).
 */
#include "test.h"
#include "segment/srx.h"
#include "util/limits.h"

#include <stdlib.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>

void test_srx__initialize(void)
{
	bitext_msg_set_lang("en");
}

static const char *split_with(const char *srx, const char *lang,
	const char *text, bitext_buf *out)
{
	bitext_segmenter *seg = NULL;
	size_t *ends = NULL, n = 0, i, from = 0;

	bitext_buf_clear(out);
	bitext_buf_puts(out, "");
	if (bitext_segmenter_new(&seg, lang, srx) < 0 ||
		bitext_segmenter_split(seg, text, strlen(text), &ends, &n) < 0) {
		bitext_segmenter_free(seg);
		return "(error)";
	}
	for (i = 0; i < n; i++) {
		size_t s = from, e = ends[i];

		while (s < e && text[s] == ' ')
			s++;
		while (e > s && text[e - 1] == ' ')
			e--;
		if (i)
			bitext_buf_putc(out, '|');
		bitext_buf_put(out, text + s, e - s);
		from = ends[i];
	}
	free(ends);
	bitext_segmenter_free(seg);
	return out->ptr;
}

static size_t rules_for(const srx_rules *r, const char *lang)
{
	srx_ruleset *rs = NULL;
	size_t n;

	if (bitext_srx__ruleset_new(&rs, r, lang) < 0)
		return (size_t)-1;
	n = bitext_srx__ruleset_count(rs);
	bitext_srx__ruleset_free(rs);
	return n;
}

void test_srx__omegat_export_cascades_language_maps(void)
{
	srx_rules *r;

	T_ASSERT_OK(bitext_srx__rules_load(&r, "tests/data/segment/omegat-style.srx"));
	T_ASSERT_INT(bitext_srx__rules_count(r), 5);
	T_ASSERT_INT(bitext_srx__rules_cascade(r), 1);
	/* "EN.*" matches "en" and "en-US" ignoring case; ".*" cascades after */
	T_ASSERT_INT(rules_for(r, "en"), 10 + 3);
	T_ASSERT_INT(rules_for(r, "en_US"), 10 + 3);
	T_ASSERT_INT(rules_for(r, "nl"), 1 + 3);
	T_ASSERT_INT(rules_for(r, "ko"), 3);
	bitext_srx__rules_free(r);
}

void test_srx__without_cascade_the_first_map_wins(void)
{
	char *data = test_slurp("tests/data/segment/omegat-style.srx", NULL);
	char *p;
	srx_rules *r;

	T_ASSERT(data != NULL);
	p = strstr(data, "cascade=\"yes\"");
	T_ASSERT(p != NULL);
	memcpy(p, "cascade=\"no\" ", 13);
	T_ASSERT_OK(bitext_srx__rules_load_buffer(&r, "mem.srx", data, strlen(data)));
	T_ASSERT_INT(bitext_srx__rules_cascade(r), 0);
	T_ASSERT_INT(rules_for(r, "en"), 10);
	T_ASSERT_INT(rules_for(r, "ko"), 3);
	bitext_srx__rules_free(r);
	free(data);
}

void test_srx__omegat_rules_segment_text(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	const char *srx = "tests/data/segment/omegat-style.srx";

	/* (?iu)Prof\. : the Java-only flag u is dropped, i is kept */
	T_ASSERT_STR(split_with(srx, "en", "He met prof. Kim. She left.", &b),
		"He met prof. Kim.|She left.");
	T_ASSERT_STR(split_with(srx, "en", "Ask Mr. Lee; he knows. Go now.", &b),
		"Ask Mr. Lee;|he knows.|Go now.");
	/* a languagemap for Japanese with an empty afterbreak and \uXXXX */
	T_ASSERT_STR(split_with(srx, "ja", "晴れ。雨！", &b), "晴れ。|雨！");
	bitext_buf_dispose(&b);
}

void test_srx__okapi_export_with_extensions(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	const char *srx = "tests/data/segment/okapi-style.srx";

	T_ASSERT_STR(split_with(srx, "en", "Mr. Holmes is from the U.K. not the "
		"U.S. Is Dr. Watson from there too? Yes: both are.", &b),
		"Mr. Holmes is from the U.K. not the U.S.|Is Dr. Watson from there "
		"too?|Yes:|both are.");
	T_ASSERT_STR(split_with(srx, "ko-KR", "그는 “좋다.”라고 했다.그는 갔다.", &b),
		"그는 “좋다.”라고 했다.|그는 갔다.");
	bitext_buf_dispose(&b);
}

void test_srx__srx_1_0_maprule_is_read(void)
{
	const char *x =
		"<?xml version=\"1.0\"?>\n"
		"<srx version=\"1.0\"><header segmentsubflows=\"yes\"/><body>\n"
		"<languagerules><languagerule languagerulename=\"A\">\n"
		"<rule break=\"no\"><beforebreak>x\\.</beforebreak><afterbreak>\\s</afterbreak></rule>\n"
		"</languagerule></languagerules>\n"
		"<maprules><maprule maprulename=\"Default\">\n"
		"<languagemap languagepattern=\"en.*\" languagerulename=\"A\"/>\n"
		"</maprule></maprules></body></srx>\n";
	srx_rules *r;

	T_ASSERT_OK(bitext_srx__rules_load_buffer(&r, "one.srx", x, strlen(x)));
	T_ASSERT_INT(rules_for(r, "en"), 1);
	T_ASSERT_INT(rules_for(r, "fr"), 0);
	bitext_srx__rules_free(r);
}

void test_srx__unbounded_beforebreak_uses_a_window(void)
{
	const char *x =
		"<srx version=\"2.0\"><body><languagerules>"
		"<languagerule languagerulename=\"A\">"
		"<rule break=\"no\"><beforebreak>\\bsee.*</beforebreak><afterbreak></afterbreak></rule>"
		"<rule break=\"no\"><beforebreak>^x+ .*</beforebreak><afterbreak></afterbreak></rule>"
		"<rule><beforebreak>[.]+</beforebreak><afterbreak>\\s</afterbreak></rule>"
		"</languagerule></languagerules><maprules>"
		"<languagemap languagepattern=\".*\" languagerulename=\"A\"/>"
		"</maprules></body></srx>";
	srx_rules *r;
	srx_ruleset *rs;
	UChar u[64];
	int brk = -1;

	T_ASSERT_OK(bitext_srx__rules_load_buffer(&r, "w.srx", x, strlen(x)));
	T_ASSERT_OK(bitext_srx__ruleset_new(&rs, r, "en"));
	u_uastrcpy(u, "a b... c. see d. e");
	T_ASSERT_OK(bitext_srx__ruleset_set_text(rs, u, u_strlen(u)));
	T_ASSERT_INT(bitext_srx__ruleset_decide(rs, 6, &brk), 1);   /* after "..." */
	T_ASSERT_INT(brk, 1);
	T_ASSERT_INT(bitext_srx__ruleset_decide(rs, 4, &brk), 0);   /* inside "..." */
	T_ASSERT_INT(bitext_srx__ruleset_decide(rs, 16, &brk), 1);  /* after "see d." */
	T_ASSERT_INT(brk, 0);
	/* "^" is the start of the text, not of the window */
	{
		UChar big[400];
		int32_t i;

		for (i = 0; i < 300; i++)
			big[i] = 'x';
		u_uastrcpy(big + 300, " y. z");
		T_ASSERT_OK(bitext_srx__ruleset_set_text(rs, big, u_strlen(big)));
		T_ASSERT_INT(bitext_srx__ruleset_decide(rs, 303, &brk), 1);  /* window cut */
		T_ASSERT_INT(brk, 1);
		u_uastrcpy(big, "xx y. z");   /* the real start is in the window */
		T_ASSERT_OK(bitext_srx__ruleset_set_text(rs, big, u_strlen(big)));
		T_ASSERT_INT(bitext_srx__ruleset_decide(rs, 5, &brk), 1);
		T_ASSERT_INT(brk, 0);
	}
	bitext_srx__ruleset_free(rs);
	bitext_srx__rules_free(r);
}

/* Load `xml`, expect `code`, a message containing `word` and `line`. */
static void expect_error(const char *xml, int code, const char *word, long line)
{
	srx_rules *r = NULL;
	srx_ruleset *rs = NULL;
	const bitext_error *e;
	int rc = bitext_srx__rules_load_buffer(&r, "bad.srx", xml, strlen(xml));

	if (rc == 0) {
		rc = bitext_srx__ruleset_new(&rs, r, "en");
		bitext_srx__ruleset_free(rs);
		bitext_srx__rules_free(r);
	}
	T_ASSERT_INT(rc, code);
	e = bitext_error_last();
	T_ASSERT(e != NULL);
	T_ASSERT_STR(e->file, "bad.srx");
	if (line)
		T_ASSERT_INT(e->line, line);
	if (!strstr(e->message, word))
		test__fail(__FILE__, __LINE__, "message \"%s\" lacks \"%s\"", e->message, word);
}

void test_srx__malformed_xml_reports_line(void)
{
	expect_error("<srx version=\"2.0\">\n<header/>\n<body>\n</bdy>\n</srx>\n",
		BITEXT_EPARSE, "not well-formed", 4);
	expect_error("", BITEXT_EPARSE, "SRX", 0);
}

void test_srx__bad_regex_reports_rule_line(void)
{
	expect_error("<srx version=\"2.0\">\n<body>\n<languagerules>\n"
		"<languagerule languagerulename=\"A\">\n"
		"<rule break=\"no\">\n<beforebreak>[abc</beforebreak>\n</rule>\n"
		"</languagerule></languagerules><maprules>\n"
		"<languagemap languagepattern=\".*\" languagerulename=\"A\"/>\n"
		"</maprules></body></srx>\n", BITEXT_EPARSE, "[abc", 5);
}

void test_srx__structure_errors(void)
{
	expect_error("<tmx version=\"1.4\"/>", BITEXT_EPARSE, "<tmx>", 1);
	expect_error("<srx version=\"3.0\"><body/></srx>", BITEXT_EPARSE, "3.0", 1);
	expect_error("<srx version=\"2.0\">\n<body><maprules>\n"
		"<languagemap languagepattern=\"en\" languagerulename=\"Nope\"/>\n"
		"</maprules></body></srx>", BITEXT_EPARSE, "Nope", 3);
	expect_error("<srx version=\"2.0\"><body><languagerules>\n"
		"<languagerule languagerulename=\"A\"><rule break=\"maybe\"/>"
		"</languagerule></languagerules></body></srx>",
		BITEXT_EPARSE, "maybe", 2);
	expect_error("<srx version=\"2.0\"><body><languagerules>\n"
		"<languagerule><rule/></languagerule></languagerules></body></srx>",
		BITEXT_EPARSE, "languagerulename", 2);
}

void test_srx__external_entity_is_refused_without_network(void)
{
	expect_error("<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE srx [\n<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">\n]>\n"
		"<srx version=\"2.0\"><body>&xxe;</body></srx>\n",
		BITEXT_EPARSE, "entities", 3);
}

void test_srx__billion_laughs_is_refused(void)
{
	expect_error("<?xml version=\"1.0\"?>\n<!DOCTYPE srx [\n"
		" <!ENTITY a \"lollollollollollollollollollol\">\n"
		" <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
		" <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
		" <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
		" <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
		" <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
		" <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
		" <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
		"]>\n<srx version=\"2.0\"><body><languagerules>"
		"<languagerule languagerulename=\"&h;\"/></languagerules></body></srx>\n",
		BITEXT_EPARSE, "entities", 3);
}

void test_srx__external_dtd_is_not_loaded(void)
{
	const char *dtd = test_tmp("evil.dtd");
	char xml[1024];

	/* the DTD would define &e; - it must not be read, so &e; stays an
	 * unresolved reference, which is refused */
	T_ASSERT(test_write(dtd, "<!ENTITY e \"EVIL\">", 18) == 0);
	snprintf(xml, sizeof(xml), "<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE srx SYSTEM \"%s\">\n<srx version=\"2.0\"><body>\n"
		"<languagerules><languagerule languagerulename=\"&e;\"/>"
		"</languagerules></body></srx>\n", dtd);
	expect_error(xml, BITEXT_EPARSE, "entities", 0);
	/* a remote DTD is neither fetched nor needed */
	expect_error("<!DOCTYPE srx SYSTEM \"http://127.0.0.1:9/srx.dtd\">\n"
		"<srx version=\"2.0\"><body><maprules>\n"
		"<languagemap languagepattern=\"x\" languagerulename=\"Q\"/>\n"
		"</maprules></body></srx>", BITEXT_EPARSE, "Q", 3);
}

void test_srx__oversized_file_is_refused(void)
{
	size_t n = BITEXT_MAX_SRX_BYTES + 1;
	char *big = malloc(n);
	srx_rules *r = NULL;

	T_ASSERT(big != NULL);
	memset(big, ' ', n);
	T_ASSERT_INT(bitext_srx__rules_load_buffer(&r, "big.srx", big, n), BITEXT_ELIMIT);
	T_ASSERT(r == NULL);
	free(big);
}

void test_srx__segmenter_reports_bad_user_file(void)
{
	bitext_segmenter *seg = NULL;
	const char *path = test_tmp("user.srx");
	const char *x = "<srx version=\"2.0\">\n<body>\n<languagerules>\n"
		"<languagerule languagerulename=\"A\">\n<rule>\n"
		"<beforebreak>(?&lt;=a+)b(</beforebreak></rule>\n"
		"</languagerule></languagerules><maprules>"
		"<languagemap languagepattern=\"en\" languagerulename=\"A\"/>"
		"</maprules></body></srx>\n";
	const bitext_error *e;

	T_ASSERT(test_write(path, x, strlen(x)) == 0);
	T_ASSERT_INT(bitext_segmenter_new(&seg, "en", path), BITEXT_EPARSE);
	T_ASSERT(seg == NULL);
	e = bitext_error_last();
	T_ASSERT_STR(e->file, path);
	T_ASSERT_INT(e->line, 5);
}

void test_srx__deep_nesting_is_refused(void)
{
	bitext_buf x = BITEXT_BUF_INIT;
	srx_rules *r = NULL;
	int i;

	bitext_buf_puts(&x, "<srx version=\"2.0\"><body>");
	for (i = 0; i < BITEXT_MAX_XML_DEPTH + 50; i++)
		bitext_buf_puts(&x, "<a>");
	for (i = 0; i < BITEXT_MAX_XML_DEPTH + 50; i++)
		bitext_buf_puts(&x, "</a>");
	bitext_buf_puts(&x, "</body></srx>");
	T_ASSERT_INT(bitext_srx__rules_load_buffer(&r, "deep.srx", x.ptr, x.size), BITEXT_EPARSE);
	T_ASSERT(r == NULL);
	bitext_buf_dispose(&x);
}

void test_srx__utf16_entity_declaration_is_refused(void)
{
	const char *x = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
		"<!DOCTYPE srx [<!ENTITY a \"aaaaaaaaaa\">]>\n"
		"<srx version=\"2.0\"><body/></srx>\n";
	char buf[512];
	size_t i, n = strlen(x);
	srx_rules *r = NULL;

	buf[0] = (char)0xFF;          /* UTF-16LE with a BOM */
	buf[1] = (char)0xFE;
	for (i = 0; i < n; i++) {
		buf[2 + 2 * i] = x[i];
		buf[3 + 2 * i] = 0;
	}
	T_ASSERT_INT(bitext_srx__rules_load_buffer(&r, "wide.srx", buf, 2 + 2 * n),
		BITEXT_EPARSE);
	T_ASSERT(strstr(bitext_error_last()->message, "entities") != NULL);
	T_ASSERT_INT(bitext_error_last()->line, 2);
}

/* A break scanner without a prefilter ((?i) is not modelled) searches the
 * text in pieces of BITEXT_SRX_SCAN_CHUNK units: it finds the match ends
 * one search of the whole text finds, across piece boundaries too. */
void test_srx__scanner_pieces_find_what_one_search_finds(void)
{
	const char *x =
		"<srx version=\"2.0\"><body><languagerules>"
		"<languagerule languagerulename=\"A\">"
		"<rule><beforebreak>(?i)ab+c</beforebreak><afterbreak>\\s</afterbreak></rule>"
		"</languagerule></languagerules><maprules>"
		"<languagemap languagepattern=\".*\" languagerulename=\"A\"/>"
		"</maprules></body></srx>";
	int32_t len = 3 * (int32_t)BITEXT_SRX_SCAN_CHUNK + 100, i, *pos = NULL;
	UChar *u = malloc((size_t)len * sizeof(UChar)), pat[] = { '(', '?', 'i', ')',
		'a', 'b', '+', 'c', '(', '?', '=', '\\', 's', ')', 0 };
	size_t n = 0, cap = 0, k = 0;
	UErrorCode st = U_ZERO_ERROR;
	URegularExpression *re;
	srx_rules *r;
	srx_ruleset *rs;

	T_ASSERT(u != NULL);
	/* "aBbc " at varying gaps, some straddling the piece ends */
	for (i = 0; i < len; i++)
		u[i] = 'x';
	for (i = 5; i + 40 < len; i += 997 + i % 13)
		memcpy(u + i, (const UChar[]){ 'a', 'B', 'b', 'b', 'c', ' ' }, 6 * sizeof(UChar));
	for (i = 1; i <= 3; i++)   /* one match over each piece boundary */
		memcpy(u + i * (int32_t)BITEXT_SRX_SCAN_CHUNK - 2,
			(const UChar[]){ 'a', 'b', 'b', 'b', 'c', ' ' }, 6 * sizeof(UChar));
	T_ASSERT_OK(bitext_srx__rules_load_buffer(&r, "s.srx", x, strlen(x)));
	T_ASSERT_OK(bitext_srx__ruleset_new(&rs, r, "en"));
	T_ASSERT_OK(bitext_srx__ruleset_set_text(rs, u, len));
	T_ASSERT_OK(bitext_srx__ruleset_yes_positions(rs, &pos, &n, &cap));
	re = uregex_open(pat, -1, 0, NULL, &st);
	uregex_setText(re, u, len, &st);
	while (uregex_findNext(re, &st)) {
		T_ASSERT(k < n);
		T_ASSERT_INT(pos[k], uregex_end(re, 0, &st));
		k++;
	}
	T_ASSERT(U_SUCCESS(st));
	T_ASSERT_INT(k, n);
	T_ASSERT(n > 190);
	uregex_close(re);
	free(pos);
	free(u);
	bitext_srx__ruleset_free(rs);
	bitext_srx__rules_free(r);
}

/* An afterbreak reads at most BITEXT_SRX_LOOKAHEAD units past the
 * position: a match that needs more does not hold (a quotation closing
 * within the window is held together, one closing after it is not). */
void test_srx__afterbreak_reads_a_bounded_window(void)
{
	const char *x =
		"<srx version=\"2.0\"><body><languagerules>"
		"<languagerule languagerulename=\"A\">"
		"<rule break=\"no\"><beforebreak>\\.</beforebreak><afterbreak>[^\"]++\"</afterbreak></rule>"
		"</languagerule></languagerules><maprules>"
		"<languagemap languagepattern=\".*\" languagerulename=\"A\"/>"
		"</maprules></body></srx>";
	int32_t len = 4 * (int32_t)BITEXT_SRX_LOOKAHEAD, i;
	UChar *u = malloc((size_t)len * sizeof(UChar));
	srx_rules *r;
	srx_ruleset *rs;
	int brk = -1;

	T_ASSERT(u != NULL);
	for (i = 0; i < len; i++)
		u[i] = 'x';
	u[10] = '.';
	u[10 + (int32_t)BITEXT_SRX_LOOKAHEAD - 5] = '"';   /* closes in the window */
	u[100] = '.';
	u[len - 1] = '"';                                  /* closes beyond it */
	T_ASSERT_OK(bitext_srx__rules_load_buffer(&r, "w.srx", x, strlen(x)));
	T_ASSERT_OK(bitext_srx__ruleset_new(&rs, r, "en"));
	T_ASSERT_OK(bitext_srx__ruleset_set_text(rs, u, len));
	T_ASSERT_INT(bitext_srx__ruleset_decide(rs, 11, &brk), 1);
	T_ASSERT_INT(brk, 0);
	u[10 + (int32_t)BITEXT_SRX_LOOKAHEAD - 5] = 'x';
	T_ASSERT_OK(bitext_srx__ruleset_set_text(rs, u, len));
	T_ASSERT_INT(bitext_srx__ruleset_decide(rs, 101, &brk), 0);
	free(u);
	bitext_srx__ruleset_free(rs);
	bitext_srx__rules_free(r);
}

/*
 * A rule that holds a quotation together reads on from every sentence end
 * to the next quotation mark. In a text without blank lines, one long
 * paragraph, that reading must stop where ICU's region stops
 * (BITEXT_SRX_LOOKAHEAD units on), as it stops at the end of a short
 * paragraph: the prefilter then rules the rule out at a sentence end with
 * no closing mark in reach, and ICU is not asked. A quotation mark that
 * the rule accepts only after punctuation ((?<=[.?!,])") is told from an
 * opening one after a space by the prefilter too.
 */
static size_t quote_rule_icu_calls(const UChar *u, int32_t len, int32_t para,
	size_t *holds)
{
	const char *x =
		"<srx version=\"2.0\"><body><languagerules>"
		"<languagerule languagerulename=\"A\">"
		"<rule break=\"no\"><beforebreak>[.?!]</beforebreak>"
		"<afterbreak>(?:[^\xE2\x80\x9C\xE2\x80\x9D\"]++){1,40}+(?:\xE2\x80\x9D|(?&lt;=[.?!,])\")</afterbreak></rule>"
		"</languagerule></languagerules><maprules>"
		"<languagemap languagepattern=\".*\" languagerulename=\"A\"/>"
		"</maprules></body></srx>";
	srx_rules *r = NULL;
	srx_ruleset *rs = NULL;
	int32_t from, i;
	size_t calls;

	*holds = 0;
	if (bitext_srx__rules_load_buffer(&r, "q.srx", x, strlen(x)) < 0 ||
		bitext_srx__ruleset_new(&rs, r, "ko") < 0) {
		bitext_srx__rules_free(r);
		return (size_t)-1;
	}
	/* paragraphs of `para` units (the whole text when para >= len) */
	for (from = 0; from < len; from += para) {
		int32_t n = len - from < para ? len - from : para;

		bitext_srx__ruleset_set_text(rs, u + from, n);
		for (i = 1; i < n; i++) {
			int brk = 1, m;

			if (u[from + i - 1] != '.')
				continue;
			if ((m = bitext_srx__ruleset_decide(rs, i, &brk)) < 0)
				return (size_t)-1;
			*holds += m == 1 && !brk;
		}
	}
	calls = bitext_srx__ruleset_icu_calls(rs);
	bitext_srx__ruleset_free(rs);
	bitext_srx__rules_free(r);
	return calls;
}

void test_srx__one_long_paragraph_asks_icu_no_more_than_short_ones(void)
{
	/* 4 sentences a paragraph, 64 units each: a quotation opens after a
	 * space in every other paragraph and closes after a letter */
	static const char *s[4] = {
		"\xEC\xA0\x95\xEB\xB6\x80\xEB\x8A\x94 \xEA\xB3\x84\xED\x9A\x8D\xEC\x9D\x84 \xEB\xB0\x9C\xED\x91\x9C\xED\x96\x88\xEB\x8B\xA4.",
		"\xEA\xB7\xB8\xEB\x8A\x94 \"\xEC\x98\x88\" \xED\x95\x98\xEA\xB3\xA0 \xEB\xA7\x90\xED\x96\x88\xEB\x8B\xA4.",
		"\xEC\x8B\x9C\xEC\x9E\xA5\xEC\x9D\x80 \xEC\xA1\xB0\xEC\x9A\xA9\xED\x96\x88\xEB\x8B\xA4.",
		"\xEC\xA0\x84\xEB\xAC\xB8\xEA\xB0\x80\xEB\x93\xA4\xEC\x9D\x80 \xEC\x8B\xA0\xEC\xA4\x91\xED\x96\x88\xEB\x8B\xA4.",
	};
	int32_t para = 256, len = 400 * para, i, k;
	UChar *u = malloc((size_t)len * sizeof(UChar));
	size_t one, many, bone, bmany;

	T_ASSERT(u != NULL);
	for (i = 0; i < len; i += para) {
		int32_t at = i;

		for (k = 0; k < 4; k++) {
			int32_t n = 0;
			UErrorCode st = U_ZERO_ERROR;
			const char *t = (k == 1 && (i / para) % 2) ? s[2] : s[k];

			u_strFromUTF8(u + at, 64, &n, t, -1, &st);
			T_ASSERT(U_SUCCESS(st) && n < 64);
			for (; n < 64; n++)           /* pad the sentence with spaces */
				u[at + n] = ' ';
			at += 64;
		}
	}
	one = quote_rule_icu_calls(u, len, len, &bone);
	many = quote_rule_icu_calls(u, len, para, &bmany);
	T_ASSERT(one != (size_t)-1 && many != (size_t)-1);
	/* the rule never matches: no sentence end is held */
	T_ASSERT_INT((long)bone, 0);
	T_ASSERT_INT((long)bmany, 0);
	free(u);
	if (one > many + 4 || many > 4) {
		test__fail(__FILE__, __LINE__, "ICU decided the rule %zu times in one "
			"paragraph, %zu times in paragraphs (1,600 sentence ends)", one, many);
		return;
	}
}
