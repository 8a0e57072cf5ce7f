/*
 * test_html.c - HTML articles: boilerplate dropped, block elements as
 * paragraphs with their kinds, <br>, entities, white space, meta charset,
 * and spans that point at the element's text in the original file.
 */
#include "test.h"

#include <stdlib.h>

void test_html__initialize(void)
{
	bitext_msg_set_lang("en");
}

static bitext_doc *load_html(const char *data, size_t len, bitext_format fmt,
	bitext_load_info *info)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_doc *doc = NULL;

	o.format = fmt;
	if (bitext_doc_load_buffer(&doc, info, "page.html", data, len, &o) < 0)
		return NULL;
	return doc;
}

#define PARA(doc, i) bitext_doc_paragraph(doc, i)

static int doc_has(const bitext_doc *doc, const char *needle)
{
	size_t len;
	const char *t = bitext_doc_text(doc, &len);
	return strstr(t, needle) != NULL;
}

void test_html__article_paragraphs_and_kinds(void)
{
	char *data;
	size_t len;
	bitext_load_info info;
	bitext_doc *doc;

	data = test_slurp("tests/data/text/article.html", &len);
	T_ASSERT(data);
	doc = load_html(data, len, BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_INT(info.format, BITEXT_FORMAT_HTML);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 7);
	T_ASSERT_INT(PARA(doc, 0)->kind, BITEXT_PARA_HEADING);
	T_ASSERT_STR(PARA(doc, 0)->text, "First snow of the winter falls on Seoul");
	T_ASSERT_INT(PARA(doc, 1)->kind, BITEXT_PARA_TEXT);
	T_ASSERT_STR(PARA(doc, 1)->text, "The weather agency said the first snow "
		"was seen in central Seoul on Friday morning.\nIt came four days "
		"later than last year.");
	T_ASSERT_STR(PARA(doc, 2)->text,
		"Commuters hurried to work under umbrellas & hoods. Shops opened late.");
	T_ASSERT_INT(PARA(doc, 3)->kind, BITEXT_PARA_LIST_ITEM);
	T_ASSERT_STR(PARA(doc, 3)->text, "Lowest temperature tomorrow: minus 3 degrees");
	T_ASSERT_INT(PARA(doc, 4)->kind, BITEXT_PARA_LIST_ITEM);
	T_ASSERT_INT(PARA(doc, 5)->kind, BITEXT_PARA_QUOTE);
	T_ASSERT_STR(PARA(doc, 6)->text, "A div with its own text.");
	bitext_doc_free(doc);
	free(data);
}

void test_html__boilerplate_is_dropped(void)
{
	char *data;
	size_t len;
	bitext_doc *doc;

	data = test_slurp("tests/data/text/article.html", &len);
	T_ASSERT(data);
	doc = load_html(data, len, BITEXT_FORMAT_HTML, NULL);
	T_ASSERT(doc);
	T_ASSERT(!doc_has(doc, "Example News"));
	T_ASSERT(!doc_has(doc, "Menu text"));
	T_ASSERT(!doc_has(doc, "Sports"));
	T_ASSERT(!doc_has(doc, "tracker"));
	T_ASSERT(!doc_has(doc, "font-family"));
	T_ASSERT(!doc_has(doc, "ads()"));
	T_ASSERT(!doc_has(doc, "Related"));
	T_ASSERT(!doc_has(doc, "Search"));
	T_ASSERT(!doc_has(doc, "Hidden text"));
	T_ASSERT(!doc_has(doc, "Copyright"));
	bitext_doc_free(doc);
	free(data);
}

void test_html__spans_point_at_element_text(void)
{
	char *data;
	size_t len;
	bitext_doc *doc;
	const bitext_paragraph *p;

	data = test_slurp("tests/data/text/article.html", &len);
	T_ASSERT(data);
	doc = load_html(data, len, BITEXT_FORMAT_AUTO, NULL);
	T_ASSERT(doc);
	p = PARA(doc, 1);
	T_ASSERT(!memcmp(data + p->src_start, "The weather agency", 18));
	T_ASSERT(!memcmp(data + p->src_end - 10, "last year.", 10));
	p = PARA(doc, 3);
	T_ASSERT_INT(p->src_end - p->src_start, p->len);
	T_ASSERT(!memcmp(data + p->src_start, p->text, p->len));
	p = PARA(doc, 0);
	T_ASSERT(!memcmp(data + p->src_start, "First snow", 10));
	T_ASSERT(!memcmp(data + p->src_end - 5, "Seoul", 5));
	/* the entity: the text after it is still exact */
	p = PARA(doc, 2);
	T_ASSERT(!memcmp(data + p->src_start, "Commuters", 9));
	T_ASSERT(!memcmp(data + p->src_end - 12, "opened late.", 12));
	bitext_doc_free(doc);
	free(data);
}

void test_html__meta_charset_euc_kr_read_as_cp949(void)
{
	char *data;
	size_t len;
	bitext_load_info info;
	bitext_doc *doc;
	const bitext_paragraph *p;

	data = test_slurp("tests/data/text/ko-cp949.html", &len);
	T_ASSERT(data);
	doc = load_html(data, len, BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_STR(info.encoding, "CP949");
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 2);
	T_ASSERT_STR(PARA(doc, 0)->text, "똠방각하");
	T_ASSERT_INT(PARA(doc, 0)->kind, BITEXT_PARA_HEADING);
	p = PARA(doc, 1);
	T_ASSERT(!strncmp(p->text, "서울에", 9));
	/* 서울에 is 6 bytes in CP949, the span covers the CP949 bytes */
	T_ASSERT(!memcmp(data + p->src_start, "\xBC\xAD\xBF\xEF", 4));
	T_ASSERT_INT(data[p->src_end], '<');
	T_ASSERT_INT(data[p->src_end - 1], '.');
	bitext_doc_free(doc);
	free(data);
}

void test_html__utf16_html_is_detected_after_decoding(void)
{
	const char in[] = "\xFF\xFE<\0p\0>\0H\0i\0.\0<\0/\0p\0>\0";
	bitext_load_info info;
	bitext_doc *doc = load_html(in, sizeof(in) - 1, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_INT(info.format, BITEXT_FORMAT_HTML);
	T_ASSERT_STR(PARA(doc, 0)->text, "Hi.");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 8);
	T_ASSERT_INT(PARA(doc, 0)->src_end, 14);
	bitext_doc_free(doc);
}

void test_html__entities_whitespace_pre_and_nfc(void)
{
	const char in[] = "<body><p>  a&nbsp;b &lt;c&gt;\n\t d  </p>"
		"<pre>line 1\n  line 2</pre>"
		"<p>&#x1112;&#x1161;&#x11AB; x</p><div>outer<p>inner</p>tail</div>"
		"<table><tr><td>cell 1</td><td>cell 2</td></tr></table></body>";
	bitext_doc *doc = load_html(in, sizeof(in) - 1, BITEXT_FORMAT_HTML, NULL);

	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "a\xC2\xA0" "b <c> d");
	T_ASSERT_STR(PARA(doc, 1)->text, "line 1\n  line 2");
	T_ASSERT_STR(PARA(doc, 2)->text, "한 x");
	T_ASSERT_STR(PARA(doc, 3)->text, "outer");
	T_ASSERT_STR(PARA(doc, 4)->text, "inner");
	T_ASSERT_STR(PARA(doc, 5)->text, "tail");
	T_ASSERT_STR(PARA(doc, 6)->text, "cell 1");
	T_ASSERT_STR(PARA(doc, 7)->text, "cell 2");
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 8);
	bitext_doc_free(doc);
}

void test_html__auto_detection(void)
{
	const char html[] = "\n  <!doctype html><p>Hello.</p>";
	const char text[] = "I wrote <p> in a sentence.\n";
	bitext_load_info info;
	bitext_doc *doc;

	doc = load_html(html, sizeof(html) - 1, BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_INT(info.format, BITEXT_FORMAT_HTML);
	T_ASSERT_STR(PARA(doc, 0)->text, "Hello.");
	bitext_doc_free(doc);
	doc = load_html(text, sizeof(text) - 1, BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_INT(info.format, BITEXT_FORMAT_TEXT);
	T_ASSERT_STR(PARA(doc, 0)->text, "I wrote <p> in a sentence.");
	bitext_doc_free(doc);
}

void test_html__deep_nesting_does_not_crash(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	bitext_doc *doc;
	int i;

	for (i = 0; i < 5000; i++)
		bitext_buf_puts(&b, "<div><span>");
	bitext_buf_puts(&b, "deep text");
	doc = load_html(b.ptr, b.size, BITEXT_FORMAT_HTML, NULL);
	bitext_buf_dispose(&b);
	T_ASSERT(doc);
	T_ASSERT(doc_has(doc, "deep text"));
	bitext_doc_free(doc);
}

void test_html__unknown_meta_charset_falls_back_to_detection(void)
{
	/* a page that names a charset ICU does not know, in CP949 bytes */
	const char in[] = "<html><head><meta charset=\"x-no-such\"></head><body>"
		"<p>\xBC\xAD\xBF\xEF\xBF\xA1 \xC3\xB9\xB4\xAB\xC0\xCC "
		"\xB3\xBB\xB7\xC8\xB4\xD9. \xBD\xC3\xB9\xCE\xB5\xE9\xC0\xBA "
		"\xBF\xEC\xBB\xEA\xC0\xBB \xB5\xE9\xBE\xFA\xB4\xD9.</p></body></html>";
	bitext_load_info info;
	bitext_doc *doc = load_html(in, sizeof(in) - 1, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_INT(info.detected, 1);
	T_ASSERT_STR(PARA(doc, 0)->text, "서울에 첫눈이 내렸다. 시민들은 우산을 들었다.");
	bitext_doc_free(doc);
}

void test_html__only_article_text_when_the_page_has_one(void)
{
	const char in[] = "<html><body><main>"
		"<div class=\"meta\"><span>Posted : 2015-09-17 19:42</span>"
		"<button>Share</button></div>"
		"<article><h1>Title</h1><p>Body text.</p></article>"
		"<div>Related stories</div></main></body></html>";
	bitext_doc *doc = load_html(in, sizeof(in) - 1, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 2);
	T_ASSERT_STR(PARA(doc, 0)->text, "Title");
	T_ASSERT_STR(PARA(doc, 1)->text, "Body text.");
	T_ASSERT(!doc_has(doc, "Posted"));
	T_ASSERT(!doc_has(doc, "Related"));
	bitext_doc_free(doc);
}
