/*
 * test_text.c - text intake: encodings, BOMs, detection, invalid input,
 * line ends, NFC, the map back to original bytes, plain-text paragraphs
 * (hard wraps, list items, headings), segmented input, language guessing.
 */
#include "test.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

void test_text__initialize(void)
{
	bitext_msg_set_lang("en");
}

static bitext_doc *load(const char *data, size_t len, const char *enc,
	bitext_format fmt, bitext_load_info *info)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_doc *doc = NULL;

	o.encoding = enc;
	o.format = fmt;
	if (bitext_doc_load_buffer(&doc, info, "in.txt", data, len, &o) < 0)
		return NULL;
	return doc;
}

static int load_fails(const char *data, size_t len, const char *enc)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_doc *doc = NULL;
	int r;

	o.encoding = enc;
	r = bitext_doc_load_buffer(&doc, NULL, "in.txt", data, len, &o);
	bitext_doc_free(doc);
	return r;
}

#define PARA(doc, i) bitext_doc_paragraph(doc, i)

void test_text__utf8_paragraphs_and_spans(void)
{
	const char in[] = "Hello there.\n\nSecond one.\n";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 2);
	T_ASSERT_STR(PARA(doc, 0)->text, "Hello there.");
	T_ASSERT_STR(PARA(doc, 1)->text, "Second one.");
	T_ASSERT_INT(PARA(doc, 1)->src_start, 14);
	T_ASSERT_INT(PARA(doc, 1)->src_end, 25);
	T_ASSERT(!memcmp(in + PARA(doc, 1)->src_start, "Second one.", 11));
	bitext_doc_free(doc);
}

void test_text__utf8_bom_is_skipped_and_mapped(void)
{
	const char in[] = "\xEF\xBB\xBFOne.\n\nTwo.";
	bitext_load_info info;
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_STR(info.encoding, "UTF-8");
	T_ASSERT_STR(PARA(doc, 0)->text, "One.");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 3);
	T_ASSERT_INT(PARA(doc, 1)->src_start, 9);
	T_ASSERT_INT(PARA(doc, 1)->src_end, 13);
	bitext_doc_free(doc);
}

void test_text__utf16le_and_be_with_bom(void)
{
	/* "ab\n\n한" */
	const char le[] = "\xFF\xFE" "a\0b\0\n\0\n\0\x5C\xD5";
	const char be[] = "\xFE\xFF" "\0a\0b\0\n\0\n\xD5\x5C";
	bitext_load_info info;
	bitext_doc *doc = load(le, sizeof(le) - 1, NULL, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_STR(info.encoding, "UTF-16LE");
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 2);
	T_ASSERT_STR(PARA(doc, 1)->text, "한");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 2);
	T_ASSERT_INT(PARA(doc, 0)->src_end, 6);
	T_ASSERT_INT(PARA(doc, 1)->src_start, 10);
	T_ASSERT_INT(PARA(doc, 1)->src_end, 12);
	bitext_doc_free(doc);
	doc = load(be, sizeof(be) - 1, NULL, BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_STR(info.encoding, "UTF-16BE");
	T_ASSERT_STR(PARA(doc, 0)->text, "ab");
	T_ASSERT_STR(PARA(doc, 1)->text, "한");
	T_ASSERT_INT(PARA(doc, 1)->src_start, 10);
	bitext_doc_free(doc);
}

void test_text__utf16_lone_surrogate_is_an_error(void)
{
	const char in[] = "\xFF\xFE" "A\0\x00\xD8" "B\0";
	const bitext_error *e;

	T_ASSERT_INT(load_fails(in, sizeof(in) - 1, NULL), BITEXT_EENCODING);
	e = bitext_error_last();
	T_ASSERT_INT(e->offset, 4);
	T_ASSERT_INT(e->line, 1);
	T_ASSERT(strstr(e->message, "0x00 0xD8"));
}

void test_text__cp949_explicit_with_extension_syllables(void)
{
	/* "똠 햏\n\n한국" in CP949; 똠 and 햏 exist only in CP949, not EUC-KR */
	const char in[] = "\x8C\x63 \xC1\x64\n\n\xC7\xD1\xB1\xB9";
	bitext_load_info info;
	bitext_doc *doc = load(in, sizeof(in) - 1, "CP949", BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_STR(info.encoding, "CP949");
	T_ASSERT_INT(info.detected, 0);
	T_ASSERT_STR(PARA(doc, 0)->text, "똠 햏");
	T_ASSERT_STR(PARA(doc, 1)->text, "한국");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 0);
	T_ASSERT_INT(PARA(doc, 0)->src_end, 5);
	T_ASSERT_INT(PARA(doc, 1)->src_start, 7);
	T_ASSERT_INT(PARA(doc, 1)->src_end, 11);
	bitext_doc_free(doc);
	/* EUC-KR named by the user decodes the extension too (superset) */
	doc = load(in, sizeof(in) - 1, "EUC-KR", BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "똠 햏");
	bitext_doc_free(doc);
}

void test_text__cp949_detected(void)
{
	char *data;
	size_t len;
	bitext_load_info info;
	bitext_doc *doc;

	data = test_slurp("tests/data/text/ko-cp949.txt", &len);
	T_ASSERT(data);
	doc = load(data, len, NULL, BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_INT(info.detected, 1);
	T_ASSERT_STR(info.encoding, "CP949");
	T_ASSERT(info.confidence >= 50);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 5);
	T_ASSERT_INT(PARA(doc, 0)->kind, BITEXT_PARA_HEADING);
	T_ASSERT(strstr(PARA(doc, 2)->text, "김똠순"));
	T_ASSERT(strstr(PARA(doc, 2)->text, "햏자"));
	T_ASSERT_INT(PARA(doc, 3)->kind, BITEXT_PARA_LIST_ITEM);
	T_ASSERT_STR(bitext_text_guess_lang(PARA(doc, 1)->text, PARA(doc, 1)->len), "ko");
	bitext_doc_free(doc);
	free(data);
}

void test_text__short_cp949_detected_by_hangul_check(void)
{
	/* "똠방 햏자" alone: too short for ICU's EUC-KR recognizer */
	const char in[] = "\x8C\x63\xB9\xE6 \xC1\x64\xC0\xDA";
	bitext_load_info info;
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_INT(info.detected, 1);
	T_ASSERT_STR(PARA(doc, 0)->text, "똠방 햏자");
	bitext_doc_free(doc);
}

void test_text__euckr_shiftjis_windows1252(void)
{
	const char ko[] = "\xBC\xAD\xBF\xEF"; /* 서울 */
	const char sj[] = "\x93\x8C\x8B\x9E"; /* 東京 */
	const char w[] = "caf\xE9 \x80\x35";  /* café €5 */
	bitext_doc *doc;

	doc = load(ko, sizeof(ko) - 1, "EUC-KR", BITEXT_FORMAT_AUTO, NULL);
	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "서울");
	bitext_doc_free(doc);
	doc = load(sj, sizeof(sj) - 1, "Shift_JIS", BITEXT_FORMAT_AUTO, NULL);
	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "東京");
	T_ASSERT_INT(PARA(doc, 0)->src_end, 4);
	bitext_doc_free(doc);
	doc = load(w, sizeof(w) - 1, "windows-1252", BITEXT_FORMAT_AUTO, NULL);
	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "café €5");
	T_ASSERT_INT(PARA(doc, 0)->src_end, 7);
	bitext_doc_free(doc);
}

void test_text__shift_jis_detected(void)
{
	char *data;
	size_t len;
	bitext_load_info info;
	bitext_doc *doc;

	data = test_slurp("tests/data/text/ja-sjis.txt", &len);
	T_ASSERT(data);
	doc = load(data, len, NULL, BITEXT_FORMAT_AUTO, &info);
	T_ASSERT(doc);
	T_ASSERT_INT(info.detected, 1);
	T_ASSERT_STR(info.encoding, "Shift_JIS");
	T_ASSERT_STR(bitext_text_guess_lang(PARA(doc, 0)->text, PARA(doc, 0)->len), "ja");
	bitext_doc_free(doc);
	free(data);
}

void test_text__invalid_utf8_names_line_column_offset(void)
{
	const char in[] = "first line\nab\xFF" "cd\n";
	const bitext_error *e;

	T_ASSERT_INT(load_fails(in, sizeof(in) - 1, "UTF-8"), BITEXT_EENCODING);
	e = bitext_error_last();
	T_ASSERT_STR(e->file, "in.txt");
	T_ASSERT_INT(e->line, 2);
	T_ASSERT_INT(e->column, 3);
	T_ASSERT_INT(e->offset, 13);
	T_ASSERT(strstr(e->message, "byte offset 13"));
	T_ASSERT(strstr(e->message, "0xFF"));
}

void test_text__undetectable_bytes_suggest_encoding(void)
{
	const char in[] = "plain ascii text\nwith one \xFF byte\n";
	const bitext_error *e;

	T_ASSERT_INT(load_fails(in, sizeof(in) - 1, NULL), BITEXT_EENCODING);
	e = bitext_error_last();
	T_ASSERT_INT(e->line, 2);
	T_ASSERT_INT(e->offset, 26);
	T_ASSERT(strstr(e->message, "--encoding"));
}

void test_text__truncated_overlong_surrogate(void)
{
	const bitext_error *e;

	T_ASSERT_INT(load_fails("abc\xE2\x82", 5, "UTF-8"), BITEXT_EENCODING);
	e = bitext_error_last();
	T_ASSERT_INT(e->offset, 3);
	T_ASSERT(strstr(e->message, "cut off"));
	T_ASSERT_INT(load_fails("a\xC0\xAF", 3, "UTF-8"), BITEXT_EENCODING);
	T_ASSERT_INT(bitext_error_last()->offset, 1);
	T_ASSERT(strstr(bitext_error_last()->message, "overlong"));
	T_ASSERT_INT(load_fails("ab\xE0\x80\xAF", 5, "UTF-8"), BITEXT_EENCODING);
	T_ASSERT_INT(bitext_error_last()->offset, 2);
	T_ASSERT(strstr(bitext_error_last()->message, "overlong"));
	T_ASSERT_INT(load_fails("x\xED\xA0\x80y", 5, "UTF-8"), BITEXT_EENCODING);
	T_ASSERT_INT(bitext_error_last()->offset, 1);
	T_ASSERT(strstr(bitext_error_last()->message, "surrogate"));
	T_ASSERT_INT(load_fails("x\xF4\x90\x80\x80", 5, "UTF-8"), BITEXT_EENCODING);
	T_ASSERT(strstr(bitext_error_last()->message, "10FFFF"));
}

void test_text__truncated_legacy_sequence_at_end(void)
{
	T_ASSERT_INT(load_fails("\xC7\xD1\xC7", 3, "CP949"), BITEXT_EENCODING);
	T_ASSERT_INT(bitext_error_last()->offset, 2);
}

void test_text__replace_invalid_counts(void)
{
	const char in[] = "a\xFF" "b\xC3\n";
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_load_info info;
	bitext_doc *doc = NULL;

	o.encoding = "UTF-8";
	o.replace_invalid = 1;
	T_ASSERT_OK(bitext_doc_load_buffer(&doc, &info, "x", in, sizeof(in) - 1, &o));
	T_ASSERT_INT(info.replaced, 2);
	T_ASSERT_STR(PARA(doc, 0)->text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
	bitext_doc_free(doc);
}

void test_text__nul_means_binary(void)
{
	const char in[] = "abc\0def";

	T_ASSERT_INT(load_fails(in, sizeof(in) - 1, NULL), BITEXT_EENCODING);
	T_ASSERT_INT(bitext_error_last()->offset, 3);
	T_ASSERT(strstr(bitext_error_last()->message, "binary"));
}

void test_text__empty_input_is_an_error(void)
{
	T_ASSERT_INT(load_fails("", 0, NULL), BITEXT_EPARSE);
	T_ASSERT(strstr(bitext_error_last()->message, "empty"));
	T_ASSERT_INT(load_fails("\xEF\xBB\xBF", 3, NULL), BITEXT_EPARSE);
}

void test_text__unknown_encoding_and_missing_file(void)
{
	bitext_doc *doc = NULL;

	T_ASSERT_INT(load_fails("abc", 3, "no-such-charset"), BITEXT_EINVAL);
	T_ASSERT_INT(bitext_doc_load(&doc, NULL, "tests/data/text/nope.txt", NULL),
		BITEXT_ENOTFOUND);
	T_ASSERT(!doc);
}

void test_text__crlf_and_cr_become_lf_with_mapping(void)
{
	const char in[] = "One.\r\nTwo.\r\n\r\nThree.\rFour.";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);
	size_t len;

	T_ASSERT(doc);
	T_ASSERT_STR(bitext_doc_text(doc, &len), "One.\nTwo.\n\nThree.\nFour.");
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 2);
	T_ASSERT_STR(PARA(doc, 0)->text, "One.\nTwo.");
	T_ASSERT_INT(PARA(doc, 1)->src_start, 14);
	T_ASSERT_INT(PARA(doc, 1)->src_end, 26);
	T_ASSERT(!memcmp(in + 14, "Three.\rFour.", 12));
	bitext_doc_free(doc);
}

void test_text__nfd_hangul_becomes_nfc_with_count_and_map(void)
{
	/* "A 한국.\n\nB" with 한국 decomposed (6 jamo, 18 bytes) */
	const char in[] = "A \xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"
		"\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8.\n\nB";
	bitext_load_info info;
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "A 한국.");
	T_ASSERT_INT(info.nfc_changed, 6);
	T_ASSERT_INT(PARA(doc, 0)->src_end, 21);
	T_ASSERT_INT(PARA(doc, 1)->src_start, 23);
	/* the byte after 한 (at 5 in the NFC text) maps to where 국 starts */
	T_ASSERT_INT(bitext_doc_map(doc, 5), 11);
	bitext_doc_free(doc);
}

void test_text__nfc_input_is_unchanged(void)
{
	const char in[] = "café 한국어 e\xCC\x81";
	bitext_load_info info;
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "café 한국어 é");
	T_ASSERT_INT(info.nfc_changed, 2);
	T_ASSERT_INT(PARA(doc, 0)->src_end, sizeof(in) - 1);
	bitext_doc_free(doc);
}

void test_text__hard_wrapped_lines_stay_one_paragraph(void)
{
	const char in[] =
		"The committee met on Tuesday to discuss the budget for the next\n"
		"fiscal year, and after a long debate it approved the proposal by\n"
		"a narrow margin.\n\nNext paragraph.";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 2);
	T_ASSERT_INT(PARA(doc, 0)->kind, BITEXT_PARA_TEXT);
	T_ASSERT(strstr(PARA(doc, 0)->text, "next\nfiscal"));
	T_ASSERT_STR(PARA(doc, 1)->text, "Next paragraph.");
	bitext_doc_free(doc);
}

void test_text__list_items_split_a_block(void)
{
	const char in[] = "Steps to follow:\n- open the box\n- read the manual\n"
		"  carefully\n2. plug it in\n(3) wait\n가. 첫째\n① 둘째\n* last";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 8);
	T_ASSERT_INT(PARA(doc, 0)->kind, BITEXT_PARA_TEXT);
	T_ASSERT_STR(PARA(doc, 0)->text, "Steps to follow:");
	T_ASSERT_INT(PARA(doc, 1)->kind, BITEXT_PARA_LIST_ITEM);
	T_ASSERT_STR(PARA(doc, 1)->text, "- open the box");
	T_ASSERT_STR(PARA(doc, 2)->text, "- read the manual\n  carefully");
	T_ASSERT_STR(PARA(doc, 3)->text, "2. plug it in");
	T_ASSERT_STR(PARA(doc, 4)->text, "(3) wait");
	T_ASSERT_STR(PARA(doc, 5)->text, "가. 첫째");
	T_ASSERT_STR(PARA(doc, 6)->text, "① 둘째");
	T_ASSERT_INT(PARA(doc, 7)->kind, BITEXT_PARA_LIST_ITEM);
	bitext_doc_free(doc);
}

void test_text__numbers_and_dashes_in_wrapped_prose_are_not_items(void)
{
	const char in[] = "Sales grew strongly over the whole period and reached\n"
		"2019.5 million units, up from the year before, while costs fell\n"
		"-3 percent.";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 1);
	bitext_doc_free(doc);
}

void test_text__headings(void)
{
	const char in[] = "# Markdown title\n\nBreaking News\n"
		"The president said on Monday that the talks would continue next "
		"week in Geneva.\n\nA wrapped paragraph starts here on a line\n"
		"that is not longer.\n\n서울 시장 선거\n";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 5);
	T_ASSERT_INT(PARA(doc, 0)->kind, BITEXT_PARA_HEADING);
	T_ASSERT_STR(PARA(doc, 0)->text, "Markdown title");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 2);
	T_ASSERT_INT(PARA(doc, 1)->kind, BITEXT_PARA_HEADING);
	T_ASSERT_STR(PARA(doc, 1)->text, "Breaking News");
	T_ASSERT_INT(PARA(doc, 2)->kind, BITEXT_PARA_TEXT);
	/* the next line starts in lower case: a wrapped sentence */
	T_ASSERT_INT(PARA(doc, 3)->kind, BITEXT_PARA_TEXT);
	T_ASSERT(strchr(PARA(doc, 3)->text, '\n'));
	T_ASSERT_INT(PARA(doc, 4)->kind, BITEXT_PARA_HEADING);
	bitext_doc_free(doc);
}

void test_text__blank_lines_of_spaces_separate(void)
{
	const char in[] = "  First.  \n \t \nSecond.\n\xE3\x80\x80\nThird.";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 3);
	T_ASSERT_STR(PARA(doc, 0)->text, "First.");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 2);
	T_ASSERT_STR(PARA(doc, 2)->text, "Third.");
	bitext_doc_free(doc);
}

void test_text__segmented_format(void)
{
	const char in[] = "First sentence.\nSecond one.\n\n  Third.  \n\n\nFourth.\n";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_SEGMENTED, NULL);
	const bitext_segment *s;

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 3);
	T_ASSERT_INT(bitext_doc_segment_count(doc), 4);
	s = bitext_doc_segment(doc, 1);
	T_ASSERT_STR(s->text, "Second one.");
	T_ASSERT_INT(s->paragraph, 0);
	s = bitext_doc_segment(doc, 2);
	T_ASSERT_STR(s->text, "Third.");
	T_ASSERT_INT(s->paragraph, 1);
	T_ASSERT_INT(s->src_start, 31);
	T_ASSERT_INT(PARA(doc, 2)->first_segment, 3);
	T_ASSERT_INT(PARA(doc, 2)->nsegments, 1);
	bitext_doc_free(doc);
}

void test_text__decode_api_appends_utf8(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_load_info info;

	o.encoding = "Shift_JIS";
	T_ASSERT_OK(bitext_text_decode(&b, &info, "x", "\x93\x8C\x8B\x9E\r\n", 6, &o));
	T_ASSERT_STR(b.ptr, "東京\n");
	bitext_buf_dispose(&b);
}

void test_text__guess_lang(void)
{
	const char *ko = "서울의 날씨 (Seoul weather) 맑음";
	const char *ja = "東京の天気は晴れです。";
	const char *zh = "北京天气晴朗";

	T_ASSERT_STR(bitext_text_guess_lang(ko, strlen(ko)), "ko");
	T_ASSERT_STR(bitext_text_guess_lang(ja, strlen(ja)), "ja");
	T_ASSERT(!bitext_text_guess_lang(zh, strlen(zh)));
	T_ASSERT(!bitext_text_guess_lang("Hello world", 11));
	T_ASSERT(!bitext_text_guess_lang("12345 !!", 8));
}

void test_text__huge_single_line_is_linear(void)
{
	size_t n = 5 * 1024 * 1024, i;
	char *big = malloc(n);
	bitext_doc *doc;
	clock_t t0;
	double secs;

	T_ASSERT(big);
	for (i = 0; i < n; i++)
		big[i] = (char)(i % 7 == 6 ? ' ' : 'a' + i % 7);
	t0 = clock();
	doc = load(big, n, NULL, BITEXT_FORMAT_AUTO, NULL);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	free(big);
	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 1);
	T_ASSERT_INT(PARA(doc, 0)->len, n);
	T_ASSERT(secs < 5.0);
	bitext_doc_free(doc);
}

void test_text__cp949_file_spans_point_at_original_bytes(void)
{
	char *data;
	size_t len, i;
	bitext_doc *doc;
	bitext_buf b = BITEXT_BUF_INIT;
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;

	data = test_slurp("tests/data/text/ko-cp949.txt", &len);
	T_ASSERT(data);
	doc = load(data, len, "CP949", BITEXT_FORMAT_AUTO, NULL);
	T_ASSERT(doc);
	o.encoding = "CP949";
	/* decoding the original bytes of each span gives the paragraph back */
	for (i = 0; i < bitext_doc_paragraph_count(doc); i++) {
		const bitext_paragraph *p = PARA(doc, i);
		bitext_buf_clear(&b);
		T_ASSERT_OK(bitext_text_decode(&b, NULL, "x", data + p->src_start,
			p->src_end - p->src_start, &o));
		T_ASSERT_STR(b.ptr, p->text);
	}
	bitext_buf_dispose(&b);
	bitext_doc_free(doc);
	free(data);
}

void test_text__utf8_with_a_stray_byte_is_not_guessed_as_legacy(void)
{
	/* valid UTF-8 accents would decode as Hangul in CP949: must not */
	const char in[] = "Café crème brûlée à la française, naïve résumé. "
		"Ça va très bien. \xFF Über alles.\n";
	const bitext_error *e;

	T_ASSERT_INT(load_fails(in, sizeof(in) - 1, NULL), BITEXT_EENCODING);
	e = bitext_error_last();
	T_ASSERT_INT(e->offset, 76);
	T_ASSERT(strstr(e->message, "invalid UTF-8 at byte offset 76"));
	T_ASSERT(strstr(e->message, "0xFF"));
	/* truncated at the end without --encoding: a UTF-8 error too */
	T_ASSERT_INT(load_fails("abc\xE2\x82", 5, NULL), BITEXT_EENCODING);
	T_ASSERT(strstr(bitext_error_last()->message, "invalid UTF-8 at byte offset 3"));
}

void test_text__utf16_named_with_bom_and_utf16_plain(void)
{
	const char in[] = "\xFF\xFE" "a\0.\0";
	bitext_doc *doc;

	doc = load(in, sizeof(in) - 1, "UTF-16LE", BITEXT_FORMAT_AUTO, NULL);
	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "a.");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 2);
	bitext_doc_free(doc);
	doc = load(in, sizeof(in) - 1, "UTF-16", BITEXT_FORMAT_AUTO, NULL);
	T_ASSERT(doc);
	T_ASSERT_STR(PARA(doc, 0)->text, "a.");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 2);
	T_ASSERT_INT(PARA(doc, 0)->src_end, 6);
	bitext_doc_free(doc);
}

/* Hex code points "0044 0307" to UTF-8 in `out`. */
static size_t hex_to_utf8(const char *s, const char *end, char *out)
{
	size_t n = 0;

	while (s < end) {
		char *e;
		unsigned long c = strtoul(s, &e, 16);
		if (e == s)
			break;
		if (c < 0x80) {
			out[n++] = (char)c;
		} else if (c < 0x800) {
			out[n++] = (char)(0xC0 | c >> 6);
			out[n++] = (char)(0x80 | (c & 0x3F));
		} else if (c < 0x10000) {
			out[n++] = (char)(0xE0 | c >> 12);
			out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
			out[n++] = (char)(0x80 | (c & 0x3F));
		} else {
			out[n++] = (char)(0xF0 | c >> 18);
			out[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
			out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
			out[n++] = (char)(0x80 | (c & 0x3F));
		}
		s = e;
	}
	return n;
}

/*
 * Unicode's NormalizationTest.txt (Debian package unicode-data): for every
 * line c1;c2;c3;c4;c5, intake must give c2 for c1, c2, c3 and c4 for c4,
 * c5 (the NFC invariants).
 */
void test_text__nfc_conformance(void)
{
	const char *path = "/usr/share/unicode/NormalizationTest.txt.bz2";
	char line[1024], cmd[256], col[5][256];
	size_t lens[5], lines = 0, bad = 0;
	bitext_buf b = BITEXT_BUF_INIT;
	FILE *f;

	if (access(path, R_OK) != 0)
		T_SKIP("NormalizationTest.txt.bz2 not installed (package unicode-data)");
	snprintf(cmd, sizeof(cmd), "bzip2 -dc %s 2>/dev/null", path);
	if (!(f = popen(cmd, "r")))
		T_SKIP("bzip2 not available");
	while (fgets(line, sizeof(line), f)) {
		const char *p = line;
		int k;

		if (line[0] == '#' || line[0] == '@' || line[0] == '\n')
			continue;
		for (k = 0; k < 5; k++) {
			const char *semi = strchr(p, ';');
			if (!semi)
				break;
			lens[k] = hex_to_utf8(p, semi, col[k]);
			p = semi + 1;
		}
		if (k < 5)
			continue;
		lines++;
		for (k = 0; k < 5; k++) {
			int want = k < 3 ? 1 : 3;
			bitext_buf_clear(&b);
			if (bitext_text_decode(&b, NULL, "nt", col[k], lens[k], NULL) < 0 ||
				b.size != lens[want] || memcmp(b.ptr, col[want], b.size)) {
				if (bad++ < 5)
					fprintf(stderr, "NFC mismatch at line: %s", line);
			}
		}
	}
	pclose(f);
	bitext_buf_dispose(&b);
	if (lines < 1000)
		T_SKIP("could not read NormalizationTest.txt");
	T_ASSERT_INT(bad, 0);
}

void test_text__korean_wrapped_text_is_not_a_heading(void)
{
	/* wrapped at 80 columns: 36 syllables a line, no punctuation at the
	 * wrap; short lines only; a title above long lines */
	const char in[] =
		"기상청은 이날 오전 서울 종로구 일대에서 올겨울 첫눈이 관측됐다고 밝혔\n"
		"다. 지난해보다 나흘 늦은 것이다.\n\n"
		"한국어 문장이\n이어집니다.\n\n"
		"첫눈 소식\n"
		"기상청은 이날 오전 서울 종로구 일대에서 올겨울 첫눈이 관측됐다고 밝혔다.\n";
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, NULL);

	T_ASSERT(doc);
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 4);
	T_ASSERT_INT(PARA(doc, 0)->kind, BITEXT_PARA_TEXT);
	T_ASSERT(strstr(PARA(doc, 0)->text, "밝혔\n다."));
	T_ASSERT_STR(PARA(doc, 1)->text, "한국어 문장이\n이어집니다.");
	T_ASSERT_INT(PARA(doc, 1)->kind, BITEXT_PARA_TEXT);
	T_ASSERT_STR(PARA(doc, 2)->text, "첫눈 소식");
	T_ASSERT_INT(PARA(doc, 2)->kind, BITEXT_PARA_HEADING);
	bitext_doc_free(doc);
}

void test_text__utf32_bom_and_options_version(void)
{
	const char in[] = "\xFF\xFE\0\0" "O\0\0\0k\0\0\0.\0\0\0";
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_load_info info;
	bitext_doc *doc = load(in, sizeof(in) - 1, NULL, BITEXT_FORMAT_AUTO, &info);

	T_ASSERT(doc);
	T_ASSERT_STR(info.encoding, "UTF-32LE");
	T_ASSERT_STR(PARA(doc, 0)->text, "Ok.");
	T_ASSERT_INT(PARA(doc, 0)->src_start, 4);
	T_ASSERT_INT(PARA(doc, 0)->src_end, 16);
	bitext_doc_free(doc);
	o.version = 99;
	T_ASSERT_INT(bitext_doc_load_buffer(&doc, NULL, "x", "a", 1, &o), BITEXT_EINVAL);
	T_ASSERT(!doc);
}

/* A small deterministic generator (xorshift), so failures reproduce. */
static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;

static unsigned rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)(rng_state >> 32);
}

/* Random input built from pieces that exercise every path of intake. */
static size_t random_input(char *buf, size_t cap)
{
	static const char *const pieces[] = { "a", "Hello. ", "\n", "\r\n",
		"\r", "\n\n", "  \n", "한국", "\xE1\x84\x92\xE1\x85\xA1", "e\xCC\x81",
		"\xCC\x81", "- item ", "1. ", "가. ", "# ", "<p>", "</p>", "<br>",
		"&amp;", "&#x1100;", "<script>x</script>", "<article>", "<nav>",
		"\xFF", "\xC3", "\xED\xA0\x80", "\xEF\xBB\xBF", "\xE3\x80\x80",
		"\t", "東京。", NULL };
	size_t n = 0, npieces = 0, k;

	while (pieces[npieces])
		npieces++;
	k = rng() % 40;
	while (k--) {
		const char *p = pieces[rng() % npieces];
		size_t l = strlen(p);
		if (n + l >= cap)
			break;
		memcpy(buf + n, p, l);
		n += l;
	}
	return n;
}

void test_text__random_inputs_keep_span_invariants(void)
{
	char buf[512];
	int round;

	for (round = 0; round < 3000; round++) {
		bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
		bitext_doc *doc = NULL;
		size_t n = random_input(buf, sizeof(buf)), i, tlen, prev = 0;
		const char *text;

		o.format = (bitext_format)(round % 4);
		o.replace_invalid = round % 3 == 0;
		o.encoding = round % 7 == 0 ? "CP949" : NULL;
		if (bitext_doc_load_buffer(&doc, NULL, "r", buf, n, &o) < 0) {
			T_ASSERT(bitext_error_last() && bitext_error_last()->message);
			continue;
		}
		text = bitext_doc_text(doc, &tlen);
		T_ASSERT_INT(strlen(text), tlen);
		for (i = 0; i < bitext_doc_paragraph_count(doc); i++) {
			const bitext_paragraph *p = bitext_doc_paragraph(doc, i);
			T_ASSERT(p->start < p->end && p->end <= tlen);
			T_ASSERT(p->src_start <= p->src_end && p->src_end <= n);
			/* in order, not overlapping */
			T_ASSERT(p->src_start >= prev);
			prev = p->src_end;
		}
		bitext_doc_free(doc);
	}
}

void test_text__cp949_spans_across_conversion_chunks(void)
{
	/* "x" then 한국어 문장. (CP949) paragraphs, 100 KB: characters straddle
	 * the 16 KiB chunks ICU converts at a time */
	const char unit[] = "\xC7\xD1\xB1\xB9\xBE\xEE \xB9\xAE\xC0\xE5.";
	bitext_buf in = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_doc *doc = NULL;
	size_t i;

	bitext_buf_putc(&in, 'x');
	for (i = 0; in.size < 100000; i++) {
		bitext_buf_put(&in, unit, sizeof(unit) - 1);
		bitext_buf_puts(&in, i % 7 == 6 ? "\r\n\r\n" : " ");
	}
	o.encoding = "CP949";
	T_ASSERT_OK(bitext_doc_load_buffer(&doc, NULL, "big", in.ptr, in.size, &o));
	T_ASSERT(bitext_doc_paragraph_count(doc) > 100);
	for (i = 0; i < bitext_doc_paragraph_count(doc); i++) {
		const bitext_paragraph *p = PARA(doc, i);
		bitext_buf_clear(&b);
		T_ASSERT_OK(bitext_text_decode(&b, NULL, "x", in.ptr + p->src_start,
			p->src_end - p->src_start, &o));
		T_ASSERT_STR(b.ptr, p->text);
	}
	bitext_doc_free(doc);
	bitext_buf_dispose(&in);
	bitext_buf_dispose(&b);
}

void test_text__utf16_surrogate_pairs_across_conversion_chunks(void)
{
	/* U+1F600 "ab." in UTF-16LE after a BOM and one unit: pairs straddle
	 * the 16 KiB chunks */
	const char unit[] = "\x3D\xD8\x00\xDE" "a\0b\0.\0";
	bitext_buf in = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_doc *doc = NULL;
	size_t i;

	bitext_buf_put(&in, "\xFF\xFE" "x\0", 4);
	for (i = 0; in.size < 100000; i++) {
		bitext_buf_put(&in, unit, sizeof(unit) - 1);
		bitext_buf_put(&in, i % 5 == 4 ? "\n\0\n\0" : " \0", i % 5 == 4 ? 4 : 2);
	}
	T_ASSERT_OK(bitext_doc_load_buffer(&doc, NULL, "big", in.ptr, in.size, &o));
	T_ASSERT(bitext_doc_paragraph_count(doc) > 100);
	o.encoding = "UTF-16LE";
	for (i = 0; i < bitext_doc_paragraph_count(doc); i++) {
		const bitext_paragraph *p = PARA(doc, i);
		bitext_buf_clear(&b);
		T_ASSERT_OK(bitext_text_decode(&b, NULL, "x", in.ptr + p->src_start,
			p->src_end - p->src_start, &o));
		T_ASSERT_STR(b.ptr, p->text);
	}
	bitext_doc_free(doc);
	bitext_buf_dispose(&in);
	bitext_buf_dispose(&b);
}

void test_text__utf16_without_bom_is_named(void)
{
	/* "Hi, 안녕." in UTF-16LE and UTF-16BE, no BOM */
	static const char le[] = "H\0i\0,\0 \0\x48\xC5\x55\xB1.\0\n\0";
	static const char be[] = "\0H\0i\0,\0 \xC5\x48\xB1\x55\0.\0\n";
	bitext_doc *d = NULL;
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;

	T_ASSERT_INT(bitext_doc_load_buffer(&d, NULL, "le.txt", le, sizeof(le) - 1, NULL),
		BITEXT_EENCODING);
	T_ASSERT(strstr(bitext_error_last()->message, "--encoding UTF-16LE") != NULL);
	T_ASSERT_INT(bitext_doc_load_buffer(&d, NULL, "be.txt", be, sizeof(be) - 1, NULL),
		BITEXT_EENCODING);
	T_ASSERT(strstr(bitext_error_last()->message, "--encoding UTF-16BE") != NULL);
	/* with the encoding named it reads */
	o.encoding = "UTF-16LE";
	T_ASSERT_OK(bitext_doc_load_buffer(&d, NULL, "le.txt", le, sizeof(le) - 1, &o));
	T_ASSERT(strstr(bitext_doc_text(d, NULL), "안녕") != NULL);
	bitext_doc_free(d);
}

/* A document's segments as JSON Lines: paragraph and segment numbers, the
 * paragraph's kind, the text JSON-escaped (U+2028 too), byte spans of the
 * original input and code-point spans of the document text. */
void test_text__segments_as_json_lines(void)
{
	const char *t = "제목\n\n첫 문장. \"Two\"\xE2\x80\xA8" "end.";
	bitext_doc *doc = NULL;
	const char *path = test_tmp("seg.jsonl");
	FILE *f;
	char *got;

	T_ASSERT_OK(bitext_doc_new(&doc, "ko"));
	T_ASSERT_OK(bitext_doc_set_text(doc, t, strlen(t)));
	T_ASSERT_OK(bitext_doc_map_mark(doc, 0, 3));   /* after a BOM */
	T_ASSERT_OK(bitext_doc_add_paragraph(doc, 0, 6, BITEXT_PARA_HEADING));
	T_ASSERT_OK(bitext_doc_add_paragraph(doc, 8, strlen(t), BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_segment(doc, 0, 6));
	T_ASSERT_OK(bitext_doc_add_segment(doc, 8, 20));
	T_ASSERT_OK(bitext_doc_add_segment(doc, 20, strlen(t)));
	f = fopen(path, "wb");
	T_ASSERT(f != NULL);
	T_ASSERT_OK(bitext_doc_write_jsonl(f, doc, "a\"b.txt"));
	fclose(f);
	bitext_doc_free(doc);
	got = test_slurp(path, NULL);
	T_ASSERT(got != NULL);
	T_ASSERT_STR(got,
		"{\"file\":\"a\\\"b.txt\",\"paragraph\":0,\"segment\":0,\"kind\":\"heading\","
		"\"text\":\"제목\",\"bytes\":[3,9],\"chars\":[0,2]}\n"
		"{\"file\":\"a\\\"b.txt\",\"paragraph\":1,\"segment\":1,\"kind\":\"text\","
		"\"text\":\"첫 문장. \",\"bytes\":[11,23],\"chars\":[4,10]}\n"
		"{\"file\":\"a\\\"b.txt\",\"paragraph\":1,\"segment\":2,\"kind\":\"text\","
		"\"text\":\"\\\"Two\\\"\\u2028end.\",\"bytes\":[23,35],\"chars\":[10,20]}\n");
	free(got);
}

/* Inline spans of the document model: kept in order of their start,
 * found from a paragraph, cleared with the text. */
void test_text__doc_inline_spans(void)
{
	const char t[] = "One bold word.\n\nA link here.";
	bitext_doc *doc = NULL;
	const bitext_inline *s;

	T_ASSERT_OK(bitext_doc_new(&doc, "en"));
	T_ASSERT_OK(bitext_doc_set_text(doc, t, sizeof(t) - 1));
	T_ASSERT_OK(bitext_doc_add_paragraph(doc, 0, 14, BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_paragraph(doc, 16, 28, BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_inline(doc, 4, 8, BITEXT_INLINE_BOLD, NULL));
	T_ASSERT_OK(bitext_doc_add_inline(doc, 18, 22, BITEXT_INLINE_LINK,
		"https://example.org/?a=1&b=2"));
	/* before the last start, or past the text: refused */
	T_ASSERT(bitext_doc_add_inline(doc, 10, 12, BITEXT_INLINE_ITALIC,
		NULL) < 0);
	T_ASSERT(bitext_doc_add_inline(doc, 20, 40, BITEXT_INLINE_ITALIC,
		NULL) < 0);
	T_ASSERT_INT(bitext_doc_inline_count(doc), 2);
	T_ASSERT_INT(bitext_doc_inline_first(doc, 0), 0);
	T_ASSERT_INT(bitext_doc_inline_first(doc, 1), 1);
	T_ASSERT_INT(bitext_doc_inline_first(doc, 2), 2);
	s = bitext_doc_inline(doc, 1);
	T_ASSERT(s && s->kind == BITEXT_INLINE_LINK);
	T_ASSERT_STR(s->target, "https://example.org/?a=1&b=2");
	T_ASSERT(!memcmp(t + s->start, "link", 4));
	T_ASSERT(bitext_doc_inline(doc, 2) == NULL);
	T_ASSERT_OK(bitext_doc_set_text(doc, t, 3));
	T_ASSERT_INT(bitext_doc_inline_count(doc), 0);
	bitext_doc_free(doc);
}

/* A Word file from the tests: the spans of its paragraphs (runs split in
 * a word, a character style, a footnote's italics). */
void test_text__docx_spans_from_runs(void)
{
	bitext_doc *doc = NULL;
	size_t i, n, hits = 0;
	const char *t;

	if (access("tests/data/office/features.docx", R_OK))
		T_SKIP("run from the top of the tree");
	T_ASSERT_OK(bitext_doc_load(&doc, NULL, "tests/data/office/features.docx",
		NULL));
	t = bitext_doc_text(doc, NULL);
	n = bitext_doc_inline_count(doc);
	for (i = 0; i < n; i++) {
		const bitext_inline *s = bitext_doc_inline(doc, i);
		size_t len = s->end - s->start;
		if ((s->kind == BITEXT_INLINE_BOLD && len == 3 &&
		    !memcmp(t + s->start, "lit", 3)) ||
		    (s->kind == BITEXT_INLINE_ITALIC && len == 10 &&
		    !memcmp(t + s->start, "in italics", 10)) ||
		    (s->kind == BITEXT_INLINE_BOLD && len == 4 &&
		    !memcmp(t + s->start, "vote", 4)))
			hits++;
	}
	T_ASSERT_INT(hits, 3);
	bitext_doc_free(doc);
}
