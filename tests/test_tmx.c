/*
 * test_tmx.c - reading and writing TMX: the fixtures of tests/data/tmx in
 * the styles of real tools, inline codes, round trips, language tags,
 * hostile input (XXE, entity bombs, broken XML) and recovery.
 */
#include "test.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DATA "tests/data/tmx/"

void test_tmx__initialize(void)
{
	bitext_msg_set_lang("en");
}

/* Every field of every unit, one line each: what "lossless" compares. */
static int dump_memory(bitext_buf *out, const char *path, unsigned flags)
{
	bitext_tmx_reader_options o = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	const bitext_tmx_header *h;
	size_t i, j;
	int ret;

	o.flags = flags;
	if ((ret = bitext_tmx_reader_open(&r, path, &o)) < 0)
		return ret;
	h = bitext_tmx_reader_header(r);
	for (i = 0; i < h->nattrs; i++)
		bitext_buf_printf(out, "H @%s=%s\n", h->attrs[i].name, h->attrs[i].value);
	for (i = 0; i < h->nprops; i++)
		bitext_buf_printf(out, "H prop %u %s=%s\n", h->props[i].order,
			h->props[i].type, h->props[i].value);
	for (i = 0; i < h->nnotes; i++)
		bitext_buf_printf(out, "H note %u %s\n", h->notes[i].order,
			h->notes[i].text);
	while ((ret = bitext_tmx_reader_next(r, &u)) == 1) {
		bitext_buf_printf(out, "TU %s\n", u->tuid ? u->tuid : "-");
		for (i = 0; i < u->nattrs; i++)
			bitext_buf_printf(out, " @%s=%s\n", u->attrs[i].name,
				u->attrs[i].value);
		for (i = 0; i < u->nprops; i++)
			bitext_buf_printf(out, " prop %u %s=%s lang=%s\n",
				u->props[i].order, u->props[i].type, u->props[i].value,
				u->props[i].lang ? u->props[i].lang : "");
		for (i = 0; i < u->nnotes; i++)
			bitext_buf_printf(out, " note %u %s\n", u->notes[i].order,
				u->notes[i].text);
		for (i = 0; i < u->ntuvs; i++) {
			const bitext_tmx_tuv *t = &u->tuvs[i];
			bitext_buf_printf(out, " TUV %s\n", t->lang);
			for (j = 0; j < t->nattrs; j++)
				bitext_buf_printf(out, "  @%s=%s\n", t->attrs[j].name,
					t->attrs[j].value);
			for (j = 0; j < t->nprops; j++)
				bitext_buf_printf(out, "  prop %s=%s\n", t->props[j].type,
					t->props[j].value);
			for (j = 0; j < t->nnotes; j++)
				bitext_buf_printf(out, "  note %s\n", t->notes[j].text);
			bitext_buf_printf(out, "  seg [%s]\n  text [%s]\n", t->seg,
				t->text);
			for (j = 0; j < t->ncodes; j++)
				bitext_buf_printf(out, "  code %d i=%s x=%s type=%s pos=%s "
					"@%zu [%s]\n", (int)t->codes[j].kind,
					t->codes[j].i ? t->codes[j].i : "",
					t->codes[j].x ? t->codes[j].x : "",
					t->codes[j].type ? t->codes[j].type : "",
					t->codes[j].pos ? t->codes[j].pos : "",
					t->codes[j].offset, t->codes[j].content);
		}
	}
	bitext_tmx_reader_close(r);
	return ret;
}

/* Read `in`, write every unit as read to `out` (no changes asked). */
static int copy_memory(const char *in, const char *out, unsigned wflags)
{
	bitext_tmx_writer_options wo = BITEXT_TMX_WRITER_OPTIONS_INIT;
	bitext_tmx_reader *r;
	bitext_tmx_writer *w;
	const bitext_tmx_unit *u;
	int ret;

	wo.flags = wflags;
	if ((ret = bitext_tmx_reader_open(&r, in, NULL)) < 0)
		return ret;
	if ((ret = bitext_tmx_writer_open(&w, out, bitext_tmx_reader_header(r),
	    &wo)) < 0) {
		bitext_tmx_reader_close(r);
		return ret;
	}
	while ((ret = bitext_tmx_reader_next(r, &u)) == 1)
		if ((ret = bitext_tmx_writer_add(w, u)) < 0)
			break;
	bitext_tmx_reader_close(r);
	if (ret < 0) {
		bitext_tmx_writer_abort(w);
		return ret;
	}
	return bitext_tmx_writer_commit(w);
}

void test_tmx__reads_inline_codes_props_and_notes(void)
{
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	const bitext_tmx_header *h;
	const bitext_tmx_tuv *t;

	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "inline14.tmx", NULL));
	h = bitext_tmx_reader_header(r);
	T_ASSERT_STR(h->version, "1.4");
	T_ASSERT_STR(bitext_tmx_header_attr(h, "o-encoding"), "iso-8859-1");
	T_ASSERT_INT(h->nprops, 1);
	T_ASSERT_STR(h->notes[0].text, "Header note & more");
	T_ASSERT(h->ude && strstr(h->ude, "Apple_logo"));
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuid, "u1");
	T_ASSERT_STR(bitext_tmx_unit_attr(u, "changedate"), "20240203T040506Z");
	T_ASSERT_STR(bitext_tmx_unit_prop(u, "x-Context"), "ctx-1");
	T_ASSERT_STR(u->props[1].lang, "en");
	T_ASSERT_INT(u->ntuvs, 3);
	t = &u->tuvs[0];
	T_ASSERT_STR(t->lang, "en-US");
	T_ASSERT_STR(bitext_tmx_attr_get(t->attrs, t->nattrs, "creationid"), "alice");
	T_ASSERT_STR(t->props[0].value, "manual");
	T_ASSERT_STR(t->text, "Press Save now & !");
	T_ASSERT_INT(t->ncodes, 3);
	T_ASSERT_INT(t->codes[0].kind, BITEXT_TMX_CODE_BPT);
	T_ASSERT_STR(t->codes[0].i, "1");
	T_ASSERT_STR(t->codes[0].type, "bold");
	T_ASSERT_STR(t->codes[0].content, "&lt;b&gt;");
	T_ASSERT_INT(t->codes[0].offset, 6);
	T_ASSERT_INT(t->codes[1].kind, BITEXT_TMX_CODE_EPT);
	T_ASSERT_INT(t->codes[1].offset, 10);
	T_ASSERT_INT(t->codes[2].kind, BITEXT_TMX_CODE_PH);
	T_ASSERT(strstr(t->codes[2].content, "<sub>Logo text</sub>") != NULL);
	T_ASSERT(strstr(t->seg, "<ph x=\"2\" type=\"image\">") != NULL);
	/* it, hi (text kept), ut, and two spaces kept */
	t = bitext_tmx_unit_tuv(u, "ko");
	T_ASSERT(t != NULL);
	T_ASSERT_STR(t->text, "지금 저장을 누르세요  .");
	T_ASSERT_INT(t->ncodes, 4);
	T_ASSERT_INT(t->codes[0].kind, BITEXT_TMX_CODE_IT);
	T_ASSERT_STR(t->codes[0].pos, "begin");
	T_ASSERT_INT(t->codes[1].kind, BITEXT_TMX_CODE_HI);
	T_ASSERT_INT(t->codes[2].kind, BITEXT_TMX_CODE_HI_END);
	T_ASSERT_INT(t->codes[2].offset - t->codes[1].offset, strlen("저장"));
	T_ASSERT_INT(t->codes[3].kind, BITEXT_TMX_CODE_UT);
	/* whitespace exactly as stored */
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuvs[0].text, "  Leading and trailing spaces kept  ");
	T_ASSERT_STR(u->tuvs[1].text, "Espaces\n conservés");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuvs[0].text, "Tom & Jerry <3 > \"quotes\" 'single'");
	T_ASSERT_STR(u->tuvs[1].text, "");
	/* props and notes interleaved: order kept */
	T_ASSERT_INT(u->props[1].order, 2);
	T_ASSERT_INT(u->notes[0].order, 1);
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 0);
	bitext_tmx_reader_close(r);
}

void test_tmx__round_trip_loses_nothing(void)
{
	const char *files[] = { "inline14.tmx", "trados-utf16.tmx", "okapi.tmx",
		"omegat.tmx", "tmx11.tmx", "tmx12.tmx", "tmx13.tmx" };
	bitext_buf a = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;
	char in[256];
	size_t i;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(in, sizeof(in), DATA "%s", files[i]);
		bitext_buf_clear(&a);
		bitext_buf_clear(&b);
		T_ASSERT_OK(dump_memory(&a, in, 0));
		T_ASSERT_OK(copy_memory(in, test_tmp("rt.tmx"), 0));
		T_ASSERT_OK(dump_memory(&b, test_tmp("rt.tmx"), 0));
		/* header version differs (1.1 -> 1.4) but not in the dump */
		if (strcmp(a.ptr, b.ptr)) {
			fprintf(stderr, "%s\n--- before\n%s\n--- after\n%s\n", in,
				a.ptr, b.ptr);
			T_ASSERT(!"round trip changed the memory");
		}
	}
	bitext_buf_dispose(&a);
	bitext_buf_dispose(&b);
}

void test_tmx__reads_utf16_trados_memory(void)
{
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	const bitext_tmx_tuv *t;

	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "trados-utf16.tmx", NULL));
	T_ASSERT_STR(bitext_tmx_header_attr(bitext_tmx_reader_header(r),
		"srclang"), "KO-KR");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT(u->tuid == NULL);
	T_ASSERT_STR(bitext_tmx_unit_prop(u, "x-ConfirmationLevel"), "Translated");
	t = bitext_tmx_unit_tuv(u, "ko-KR");
	T_ASSERT(t != NULL);
	T_ASSERT_STR(t->text, "북한이 동해상으로 탄도미사일을 발사했다.");
	t = bitext_tmx_unit_tuv(u, "en");
	T_ASSERT(t != NULL);
	T_ASSERT_STR(t->lang, "EN-US");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_INT(u->tuvs[0].ncodes, 1);
	T_ASSERT_STR(u->tuvs[0].codes[0].type, "x-tab");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 0);
	bitext_tmx_reader_close(r);
}

void test_tmx__reads_tmx11_lang_attribute_and_three_languages(void)
{
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	bitext_buf out = BITEXT_BUF_INIT;
	char *xml;

	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "tmx11.tmx", NULL));
	T_ASSERT_STR(bitext_tmx_reader_header(r)->version, "version 1.1");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_INT(u->ntuvs, 3);
	T_ASSERT_STR(u->tuvs[0].lang, "en_us");
	T_ASSERT_STR(bitext_tmx_unit_tuv(u, "ja-JP")->text, "こんにちは世界");
	T_ASSERT_STR(bitext_tmx_unit_tuv(u, "de")->text, "Hallo Welt");
	T_ASSERT(bitext_tmx_unit_tuv(u, "en-GB") == NULL);
	bitext_tmx_reader_close(r);
	/* written as TMX 1.4 with canonical tags */
	T_ASSERT_OK(copy_memory(DATA "tmx11.tmx", test_tmp("11.tmx"),
		BITEXT_TMX_WRITE_CANONICAL_LANG));
	xml = test_slurp(test_tmp("11.tmx"), NULL);
	T_ASSERT(xml != NULL);
	T_ASSERT(strstr(xml, "<tmx version=\"1.4\">") != NULL);
	T_ASSERT(strstr(xml, "<tuv xml:lang=\"en-US\">") != NULL);
	T_ASSERT(strstr(xml, "<tuv xml:lang=\"de-DE\">") != NULL);
	T_ASSERT(strstr(xml, "srclang=\"en-US\"") != NULL);
	T_ASSERT(strstr(xml, " lang=") == NULL);
	free(xml);
	bitext_buf_dispose(&out);
}

void test_tmx__language_tags_are_canonicalized(void)
{
	const char *cases[][3] = {
		{ "EN-US", "en-US", "en-US" }, { "en_us", "en-US", "en-US" },
		{ "ko", "ko", "ko-KR" }, { "kor", "ko", "ko-KR" },
		{ "en", "en", "en-US" }, { "zh_hant_tw", "zh-Hant-TW", "zh-Hant-TW" },
		{ "zh", "zh", "zh-CN" }, { "iw", "he", "he-IL" },
		{ "pt-br", "pt-BR", "pt-BR" }, { "sr-Latn", "sr-Latn", "sr-Latn-RS" },
	};
	bitext_buf b = BITEXT_BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bitext_buf_clear(&b);
		T_ASSERT_OK(bitext_lang_canonicalize(&b, cases[i][0], 0));
		T_ASSERT_STR(b.ptr, cases[i][1]);
		bitext_buf_clear(&b);
		T_ASSERT_OK(bitext_lang_canonicalize(&b, cases[i][0],
			BITEXT_LANG_ADD_REGION));
		T_ASSERT_STR(b.ptr, cases[i][2]);
	}
	bitext_buf_clear(&b);
	T_ASSERT_OK(bitext_lang_canonicalize(&b, "ko-KR",
		BITEXT_LANG_LANGUAGE_ONLY));
	T_ASSERT_STR(b.ptr, "ko");
	T_ASSERT_INT(bitext_lang_canonicalize(&b, "*all*", 0), BITEXT_EINVAL);
	T_ASSERT_INT(bitext_lang_canonicalize(&b, "", 0), BITEXT_EINVAL);
	T_ASSERT_INT(bitext_lang_canonicalize(&b, "en--US", 0), BITEXT_EINVAL);
	T_ASSERT_INT(bitext_lang_canonicalize(&b, "x-klingon", 0), BITEXT_EINVAL);
	T_ASSERT(bitext_lang_match("ko", "KO-KR"));
	T_ASSERT(bitext_lang_match("en_us", "en-US"));
	T_ASSERT(!bitext_lang_match("en-GB", "en-US"));
	T_ASSERT(!bitext_lang_match("ko", "ja"));
	bitext_buf_dispose(&b);
}

void test_tmx__writes_escaped_text_and_bitext_props(void)
{
	bitext_tmx_header *h;
	bitext_tmx_writer *w;
	bitext_tmx_unit *u;
	char *xml;
	int t;

	T_ASSERT_OK(bitext_tmx_header_new(&h));
	T_ASSERT_OK(bitext_tmx_header_set_attr(h, "srclang", "ko"));
	T_ASSERT_OK(bitext_tmx_unit_new(&u));
	T_ASSERT_INT(bitext_tmx_unit_add_tuv(u, "ko", "A & B < C > D \"E\""), 0);
	T_ASSERT_INT(bitext_tmx_unit_add_tuv(u, "en_us", "line\r\nbreak"), 1);
	T_ASSERT_OK(bitext_tmx_unit_add_prop(u, -1, "x-alignment", "2-1", NULL));
	T_ASSERT_OK(bitext_tmx_unit_add_prop(u, -1, "x-score", "0.93", NULL));
	T_ASSERT_OK(bitext_tmx_unit_add_note(u, 0, "checked <by> me", NULL));
	/* characters XML 1.0 forbids are refused, not written */
	t = bitext_tmx_unit_add_tuv(u, "fr", "bell\007");
	T_ASSERT_INT(t, BITEXT_EINVAL);
	T_ASSERT_INT(u->ntuvs, 2);
	T_ASSERT_OK(bitext_tmx_writer_open(&w, test_tmp("w.tmx"), h, NULL));
	T_ASSERT_OK(bitext_tmx_writer_add(w, u));
	T_ASSERT_INT(bitext_tmx_writer_count(w), 1);
	T_ASSERT_OK(bitext_tmx_writer_commit(w));
	xml = test_slurp(test_tmp("w.tmx"), NULL);
	T_ASSERT(xml != NULL);
	T_ASSERT(strstr(xml, "<seg>A &amp; B &lt; C &gt; D \"E\"</seg>") != NULL);
	T_ASSERT(strstr(xml, "<seg>line&#13;\nbreak</seg>") != NULL);
	T_ASSERT(strstr(xml, "xml:lang=\"en-US\"") != NULL);
	T_ASSERT(strstr(xml, "srclang=\"ko\"") != NULL);
	T_ASSERT(strstr(xml, "creationtool=\"bitext\"") != NULL);
	T_ASSERT(strstr(xml, "<prop type=\"x-alignment\">2-1</prop>") != NULL);
	T_ASSERT(strstr(xml, "<note>checked &lt;by&gt; me</note>") != NULL);
	T_ASSERT(strstr(xml, "tuid=\"1\"") != NULL);
	T_ASSERT(strstr(xml, "creationdate=\"20") != NULL);
	free(xml);
	/* and reads back exactly */
	{
		bitext_tmx_reader *r;
		const bitext_tmx_unit *back;
		T_ASSERT_OK(bitext_tmx_reader_open(&r, test_tmp("w.tmx"), NULL));
		T_ASSERT_INT(bitext_tmx_reader_next(r, &back), 1);
		T_ASSERT_STR(back->tuvs[0].text, "A & B < C > D \"E\"");
		T_ASSERT_STR(back->tuvs[1].text, "line\r\nbreak");
		T_ASSERT_STR(bitext_tmx_unit_prop(back, "x-score"), "0.93");
		bitext_tmx_reader_close(r);
	}
	bitext_tmx_unit_free(u);
	bitext_tmx_header_free(h);
}

void test_tmx__abort_leaves_existing_memory_untouched(void)
{
	bitext_tmx_writer *w;
	bitext_tmx_unit *u;
	char *before, *after;

	T_ASSERT_OK(copy_memory(DATA "okapi.tmx", test_tmp("keep.tmx"), 0));
	before = test_slurp(test_tmp("keep.tmx"), NULL);
	T_ASSERT_OK(bitext_tmx_unit_new(&u));
	T_ASSERT_INT(bitext_tmx_unit_add_tuv(u, "en", "new"), 0);
	T_ASSERT_OK(bitext_tmx_writer_open(&w, test_tmp("keep.tmx"), NULL, NULL));
	T_ASSERT_OK(bitext_tmx_writer_add(w, u));
	bitext_tmx_writer_abort(w);
	after = test_slurp(test_tmp("keep.tmx"), NULL);
	T_ASSERT(before && after && !strcmp(before, after));
	/* a unit without variants is refused */
	T_ASSERT_OK(bitext_tmx_writer_open(&w, test_tmp("keep.tmx"), NULL, NULL));
	T_ASSERT_OK(bitext_tmx_unit_remove_tuv(u, 0));
	T_ASSERT_INT(bitext_tmx_writer_add(w, u), BITEXT_EINVAL);
	bitext_tmx_writer_abort(w);
	free(before);
	free(after);
	bitext_tmx_unit_free(u);
}

void test_tmx__segment_xml_fragments_are_parsed(void)
{
	bitext_tmx_unit *u, *copy;
	const bitext_tmx_tuv *t;

	T_ASSERT_OK(bitext_tmx_unit_new(&u));
	T_ASSERT_INT(bitext_tmx_unit_add_tuv_xml(u, "en",
		"Click <bpt i=\"1\">&lt;a&gt;</bpt>here<ept i=\"1\">&lt;/a&gt;</ept>."), 0);
	t = &u->tuvs[0];
	T_ASSERT_STR(t->text, "Click here.");
	T_ASSERT_INT(t->ncodes, 2);
	T_ASSERT_INT(t->codes[1].offset, 10);
	T_ASSERT_INT(bitext_tmx_unit_add_tuv_xml(u, "fr", "<b>bold</b>"),
		BITEXT_EPARSE);
	T_ASSERT_INT(bitext_tmx_unit_add_tuv_xml(u, "fr", "a < b"), BITEXT_EPARSE);
	T_ASSERT_INT(bitext_tmx_unit_add_tuv_xml(u, "fr", "&ent;"), BITEXT_EPARSE);
	T_ASSERT_INT(u->ntuvs, 1);
	T_ASSERT_OK(bitext_tmx_unit_set_text(u, 0, "plain <now>"));
	T_ASSERT_STR(u->tuvs[0].seg, "plain &lt;now&gt;");
	T_ASSERT_INT(u->tuvs[0].ncodes, 0);
	T_ASSERT_OK(bitext_tmx_unit_set_attr(u, -1, "tuid", "t9"));
	T_ASSERT_OK(bitext_tmx_unit_set_prop(u, -1, "x-score", "0.5"));
	T_ASSERT_OK(bitext_tmx_unit_set_prop(u, -1, "x-score", "0.7"));
	T_ASSERT_INT(u->nprops, 1);
	T_ASSERT_OK(bitext_tmx_unit_dup(&copy, u));
	bitext_tmx_unit_free(u);
	T_ASSERT_STR(copy->tuid, "t9");
	T_ASSERT_STR(bitext_tmx_unit_prop(copy, "x-score"), "0.7");
	T_ASSERT_STR(copy->tuvs[0].text, "plain <now>");
	T_ASSERT_OK(bitext_tmx_unit_set_prop(copy, -1, "x-score", NULL));
	T_ASSERT_INT(copy->nprops, 0);
	bitext_tmx_unit_free(copy);
}

void test_tmx__nfc_normalizes_text_and_counts(void)
{
	bitext_tmx_unit *u;
	size_t changed = 9;

	T_ASSERT_OK(bitext_tmx_unit_new(&u));
	/* e + combining acute; Hangul jamo sequence for "한" */
	T_ASSERT_INT(bitext_tmx_unit_add_tuv(u, "fr", "cafe\xcc\x81 & the"), 0);
	T_ASSERT_INT(bitext_tmx_unit_add_tuv(u, "ko", "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab"), 1);
	T_ASSERT_INT(bitext_tmx_unit_add_tuv(u, "en", "already fine"), 2);
	T_ASSERT_INT(bitext_tmx_unit_add_tuv_xml(u, "de",
		"<ph>e\xcc\x81</ph>Cafe\xcc\x81"), 3);
	T_ASSERT_OK(bitext_tmx_unit_nfc(u, &changed));
	T_ASSERT_INT(changed, 3);
	T_ASSERT_STR(u->tuvs[0].text, "caf\xc3\xa9 & the");
	T_ASSERT_STR(u->tuvs[0].seg, "caf\xc3\xa9 &amp; the");
	T_ASSERT_STR(u->tuvs[1].text, "한");
	/* the native code is left as it was */
	T_ASSERT_STR(u->tuvs[3].seg, "<ph>e\xcc\x81</ph>Caf\xc3\xa9");
	T_ASSERT_INT(u->tuvs[3].ncodes, 1);
	bitext_tmx_unit_free(u);
}

void test_tmx__external_entities_are_never_read(void)
{
	bitext_tmx_reader_options o = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	const bitext_error *e;
	int ret;

	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "xxe.tmx", NULL));
	ret = bitext_tmx_reader_next(r, &u);
	T_ASSERT_INT(ret, BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT(strstr(e->message, "xxe") != NULL);
	T_ASSERT_INT(e->line, 9);
	bitext_tmx_reader_close(r);
	/* recovering drops the unit: no content of /etc/passwd anywhere */
	o.flags = BITEXT_TMX_READ_RECOVER;
	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "xxe.tmx", &o));
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 0);
	bitext_tmx_reader_close(r);
	o.flags = BITEXT_TMX_READ_LENIENT;
	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "xxe.tmx", &o));
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuvs[0].text, "secret: ");
	T_ASSERT(strstr(u->tuvs[0].seg, "root") == NULL);
	T_ASSERT_STR(u->tuvs[1].text, "");
	bitext_tmx_reader_close(r);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void test_tmx__entity_bombs_are_rejected_fast(void)
{
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	bitext_buf doc = BITEXT_BUF_INIT;
	double t0 = now_s();
	int ret, i;

	ret = bitext_tmx_reader_open(&r, DATA "bomb.tmx", NULL);
	if (ret == 0) {
		ret = bitext_tmx_reader_next(r, &u);
		bitext_tmx_reader_close(r);
	}
	T_ASSERT_INT(ret, BITEXT_EPARSE);
	/* quadratic blowup: one 50 kB entity referenced 50,000 times */
	bitext_buf_puts(&doc, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x \"");
	for (i = 0; i < 50000; i++)
		bitext_buf_putc(&doc, 'x');
	bitext_buf_puts(&doc, "\">]>\n<tmx version=\"1.4\"><header/><body><tu>"
		"<tuv xml:lang=\"en\"><seg>");
	for (i = 0; i < 50000; i++)
		bitext_buf_puts(&doc, "&x;");
	bitext_buf_puts(&doc, "</seg></tuv></tu></body></tmx>\n");
	T_ASSERT_OK(test_write(test_tmp("quad.tmx"), doc.ptr, doc.size));
	bitext_buf_dispose(&doc);
	ret = bitext_tmx_reader_open(&r, test_tmp("quad.tmx"), NULL);
	if (ret == 0) {
		ret = bitext_tmx_reader_next(r, &u);
		bitext_tmx_reader_close(r);
	}
	T_ASSERT_INT(ret, BITEXT_EPARSE);
	T_ASSERT(now_s() - t0 < 5.0);
}

void test_tmx__malformed_xml_reports_line_and_column(void)
{
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	const bitext_error *e;

	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "broken.tmx", NULL));
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT_STR(e->file, DATA "broken.tmx");
	T_ASSERT_INT(e->line, 7);
	T_ASSERT(e->column > 40 && e->column < 60);
	bitext_tmx_reader_close(r);
	/* not TMX at all */
	T_ASSERT_INT(bitext_tmx_reader_open(&r, "tests/data/tmx/../../../Makefile",
		NULL), BITEXT_EPARSE);
	T_ASSERT_INT(bitext_tmx_reader_open(&r, DATA "missing.tmx", NULL),
		BITEXT_ENOTFOUND);
}

typedef struct {
	int n;
	long lines[8];
	int kinds[8];
} problems;

static void on_problem(const bitext_tmx_problem *p, void *payload)
{
	problems *ps = payload;

	if (ps->n < 8) {
		ps->lines[ps->n] = p->line;
		ps->kinds[ps->n] = p->kind;
	}
	ps->n++;
}

void test_tmx__recover_skips_broken_units_and_counts_them(void)
{
	bitext_tmx_reader_options o = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader_stats st;
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	problems ps;
	int n = 0;

	memset(&ps, 0, sizeof(ps));
	o.flags = BITEXT_TMX_READ_RECOVER;
	o.on_problem = on_problem;
	o.payload = &ps;
	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "broken.tmx", &o));
	while (bitext_tmx_reader_next(r, &u) == 1) {
		n++;
		if (n == 3)
			T_ASSERT_STR(u->tuid, "4");
	}
	T_ASSERT_INT(n, 3);
	bitext_tmx_reader_stats_get(r, &st);
	T_ASSERT_INT(st.units, 3);
	T_ASSERT_INT(st.skipped, 1);
	T_ASSERT(ps.n >= 2);
	T_ASSERT_INT(ps.lines[0], 7);
	bitext_tmx_reader_close(r);

	/* well-formed, but two units are invalid */
	memset(&ps, 0, sizeof(ps));
	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "invalid-unit.tmx", &o));
	n = 0;
	while (bitext_tmx_reader_next(r, &u) == 1)
		n++;
	T_ASSERT_INT(n, 2);
	bitext_tmx_reader_stats_get(r, &st);
	T_ASSERT_INT(st.skipped, 2);
	T_ASSERT_INT(ps.n, 2);
	T_ASSERT_INT(ps.lines[0], 6);
	T_ASSERT_INT(ps.kinds[0], BITEXT_TMX_PROBLEM_ATTRIBUTE);
	T_ASSERT_INT(ps.lines[1], 7);
	bitext_tmx_reader_close(r);

	/* strict: the first problem stops the read, with its position */
	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "invalid-unit.tmx", NULL));
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), BITEXT_EPARSE);
	T_ASSERT_INT(bitext_error_last()->line, 6);
	T_ASSERT(strstr(bitext_error_last()->message, "xml:lang") != NULL);
	bitext_tmx_reader_close(r);
}

static long peak_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

void test_tmx__streams_in_flat_memory(void)
{
	bitext_tmx_writer *w;
	bitext_tmx_reader *r;
	bitext_tmx_unit *u;
	const bitext_tmx_unit *back;
	char text[128];
	long before, after;
	int i, n = 0;

	T_ASSERT_OK(bitext_tmx_writer_open(&w, test_tmp("big.tmx"), NULL, NULL));
	for (i = 0; i < 100000; i++) {
		T_ASSERT_OK(bitext_tmx_unit_new(&u));
		snprintf(text, sizeof(text), "문장 번호 %d 입니다.", i);
		T_ASSERT(bitext_tmx_unit_add_tuv(u, "ko-KR", text) >= 0);
		snprintf(text, sizeof(text), "This is sentence number %d.", i);
		T_ASSERT(bitext_tmx_unit_add_tuv(u, "en-US", text) >= 0);
		T_ASSERT_OK(bitext_tmx_unit_add_prop(u, -1, "x-score", "0.9", NULL));
		T_ASSERT_OK(bitext_tmx_writer_add(w, u));
		bitext_tmx_unit_free(u);
	}
	T_ASSERT_OK(bitext_tmx_writer_commit(w));
	before = peak_kb();
	T_ASSERT_OK(bitext_tmx_reader_open(&r, test_tmp("big.tmx"), NULL));
	while (bitext_tmx_reader_next(r, &back) == 1)
		n++;
	bitext_tmx_reader_close(r);
	after = peak_kb();
	T_ASSERT_INT(n, 100000);
	/* the file is ~30 MB: reading it must not hold it (AddressSanitizer's
	 * quarantine keeps freed memory, so the bound means nothing there) */
#if !defined(__SANITIZE_ADDRESS__)
	T_ASSERT(after - before < 4096);
#else
	(void)before;
	(void)after;
#endif
}

void test_tmx__reads_tmx12_latin1_and_tmx13_rtf_codes(void)
{
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;

	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "tmx12.tmx", NULL));
	T_ASSERT_STR(bitext_tmx_reader_header(r)->version, "1.2");
	T_ASSERT_STR(bitext_tmx_header_attr(bitext_tmx_reader_header(r),
		"o-encoding"), "windows-1252");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuvs[0].lang, "EN-US");
	T_ASSERT_STR(bitext_tmx_attr_get(u->tuvs[0].attrs, u->tuvs[0].nattrs,
		"o-encoding"), "windows-1252");
	/* ISO-8859-1 bytes and a character reference, read as UTF-8 */
	T_ASSERT_STR(u->tuvs[0].text, "Caf\xc3\xa9 & cr\xc3\xa8me \xc3\xa9");
	T_ASSERT_STR(bitext_tmx_unit_tuv(u, "fr")->text, "Caf\xc3\xa9 et cr\xc3\xa8me");
	bitext_tmx_reader_close(r);
	T_ASSERT_OK(bitext_tmx_reader_open(&r, DATA "tmx13.tmx", NULL));
	T_ASSERT_STR(bitext_tmx_reader_header(r)->notes[0].text,
		"Exported from a TMX 1.3 tool");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_INT(u->ntuvs, 3);
	T_ASSERT_STR(bitext_tmx_unit_attr(u, "datatype"), "rtf");
	T_ASSERT_STR(u->tuvs[0].text, "Achtung: Gerät ausschalten.");
	T_ASSERT_INT(u->tuvs[0].ncodes, 2);
	T_ASSERT_INT(u->tuvs[0].codes[0].kind, BITEXT_TMX_CODE_UT);
	T_ASSERT_STR(u->tuvs[0].codes[0].content, "{\\b ");
	T_ASSERT_INT(u->tuvs[0].codes[1].offset, strlen("Achtung"));
	T_ASSERT_STR(bitext_tmx_unit_tuv(u, "ja")->text,
		"注意：装置の電源を切ってください。");
	bitext_tmx_reader_close(r);
}

void test_tmx__recover_resumes_in_the_declared_encoding(void)
{
	bitext_tmx_reader_options o = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	const char *doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
		"<tmx version=\"1.4\"><header/><body>\n"
		"<tu tuid=\"1\"><tuv xml:lang=\"fr\"><seg>un & deux</seg></tuv></tu>\n"
		"<tu tuid=\"2\"><tuv xml:lang=\"fr\"><seg>caf\xe9</seg></tuv></tu>\n"
		"</body></tmx>\n";

	T_ASSERT_OK(test_write(test_tmp("l1.tmx"), doc, strlen(doc)));
	o.flags = BITEXT_TMX_READ_RECOVER;
	T_ASSERT_OK(bitext_tmx_reader_open(&r, test_tmp("l1.tmx"), &o));
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 1);
	T_ASSERT_STR(u->tuid, "2");
	T_ASSERT_STR(u->tuvs[0].text, "caf\xc3\xa9");
	T_ASSERT_INT(bitext_tmx_reader_next(r, &u), 0);
	bitext_tmx_reader_close(r);
}

/* Read `path` to its end; the msgid of the error (NULL when none). */
static const char *read_error(const char *path, int *code)
{
	bitext_tmx_reader *r;
	const bitext_tmx_unit *u;
	int ret;

	bitext_error_clear();
	ret = bitext_tmx_reader_open(&r, path, NULL);
	if (ret == 0) {
		while ((ret = bitext_tmx_reader_next(r, &u)) == 1)
			;
		bitext_tmx_reader_close(r);
	}
	*code = ret;
	return ret < 0 && bitext_error_last() ? bitext_error_last()->msgid : NULL;
}

void test_tmx__files_that_are_no_memory_are_named_so(void)
{
	static const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0<tmx>";
	const bitext_error *e;
	int code;

	T_ASSERT_OK(test_write(test_tmp("empty.tmx"), "", 0));
	T_ASSERT_STR(read_error(test_tmp("empty.tmx"), &code), "tmx_empty_file");
	T_ASSERT_INT(code, BITEXT_EPARSE);
	T_ASSERT(strstr(bitext_error_last()->message, "empty.tmx is empty"));
	T_ASSERT_OK(test_write(test_tmp("readme.md"), "# Title\n\ntext\n", 14));
	T_ASSERT_STR(read_error(test_tmp("readme.md"), &code), "tmx_not_memory");
	T_ASSERT(strstr(bitext_error_last()->message, "no <tmx> element"));
	T_ASSERT_OK(test_write(test_tmp("bin.tmx"), bin, sizeof(bin) - 1));
	T_ASSERT_STR(read_error(test_tmp("bin.tmx"), &code), "tmx_binary_file");
	/* a directory: an I/O error, before libxml2 sees it */
	T_ASSERT_STR(read_error("tests/data/tmx", &code), "err_read");
	T_ASSERT_INT(code, BITEXT_EIO);
	e = bitext_error_last();
	T_ASSERT(strstr(e->message, "Is a directory"));
	/* UTF-16 memories (NUL bytes, BOM) are not binary */
	T_ASSERT(read_error(DATA "trados-utf16.tmx", &code) == NULL);
}

/* The first `n` bytes of inline14.tmx, repeated units included. */
static const char *cut_copy(const char *name, size_t n, int units)
{
	bitext_buf in = BITEXT_BUF_INIT, out = BITEXT_BUF_INIT;
	const char *path = test_tmp(name);
	const char *tu, *end;
	FILE *f = fopen(DATA "inline14.tmx", "rb");
	char buf[4096];
	size_t k;
	int i;

	while (f && (k = fread(buf, 1, sizeof(buf), f)) > 0)
		bitext_buf_put(&in, buf, k);
	if (f)
		fclose(f);
	tu = strstr(in.ptr, "<tu ");
	end = strstr(in.ptr, "</tu>") + 5;
	bitext_buf_put(&out, in.ptr, (size_t)(end - in.ptr));
	for (i = 0; i < units; i++)
		bitext_buf_put(&out, tu, (size_t)(end - tu));
	bitext_buf_puts(&out, end);
	test_write(path, out.ptr, n < out.size ? n : out.size);
	bitext_buf_dispose(&in);
	bitext_buf_dispose(&out);
	return path;
}

void test_tmx__truncated_files_say_so_with_the_position(void)
{
	struct stat st;
	const bitext_error *e;
	static char data[8192];
	const char *p, *ko;
	char *whole;
	int code, units;

	p = cut_copy("whole.tmx", (size_t)-1, 0);
	T_ASSERT((whole = test_slurp(p, NULL)) != NULL);
	snprintf(data, sizeof(data), "%s", whole);
	free(whole);
	/* cut right after the first </tu>: <body> and <tmx> left open */
	p = cut_copy("cut-tu.tmx", (size_t)(strstr(data, "</tu>") - data) + 5, 0);
	T_ASSERT_STR(read_error(p, &code), "tmx_cut_open");
	T_ASSERT_INT(code, BITEXT_EPARSE);
	e = bitext_error_last();
	T_ASSERT(strstr(e->message, "ends before </body> and </tmx> are closed"));
	T_ASSERT_INT(e->line, 28);
	T_ASSERT_INT(e->column, 10);
	/* cut inside the Korean text of the first segment */
	ko = strstr(data, "\xEC\xA7\x80\xEA\xB8\x88");    /* 지금 */
	T_ASSERT(ko != NULL);
	p = cut_copy("cut-char.tmx", (size_t)(ko - data) + 1, 0);
	T_ASSERT_STR(read_error(p, &code), "tmx_cut_char");
	T_ASSERT_INT(bitext_error_last()->line, 26);
	T_ASSERT(bitext_error_last()->column > 40);
	/* the end of a memory larger than the parser's chunks cut off */
	for (units = 1; units <= 300; units += 299) {
		p = cut_copy("long.tmx", (size_t)-1, units);
		T_ASSERT(read_error(p, &code) == NULL);
		T_ASSERT_OK(stat(p, &st));
		p = cut_copy("long.tmx", (size_t)st.st_size - 20, units);
		T_ASSERT_STR(read_error(p, &code), "tmx_cut_open");
		T_ASSERT(strstr(bitext_error_last()->message, "</body> and </tmx>"));
	}
	/* but content after the end of the document is not a cut */
	T_ASSERT_OK(test_write(test_tmp("extra.tmx"), "<tmx version=\"1.4\">"
		"<header/><body></body></tmx>\ngarbage\n", 56));
	T_ASSERT_STR(read_error(test_tmp("extra.tmx"), &code), "tmx_xml_error");
	/* an entity bomb: refused where the first entity is declared */
	T_ASSERT_STR(read_error(DATA "bomb.tmx", &code), "tmx_entity_decl");
	T_ASSERT_INT(bitext_error_last()->line, 3);
	T_ASSERT_INT(bitext_error_last()->column, 2);
	T_ASSERT(strstr(bitext_error_last()->message, "not accepted in memories"));
}

void test_tmx__sniff_tells_tmx_from_tagged_tsv(void)
{
	static const char u16[] = "\xFF\xFE<\0t\0m\0x\0";

	T_ASSERT_INT(bitext_tmx_sniff("<?xml version=\"1.0\"?><tmx>", 26), 1);
	T_ASSERT_INT(bitext_tmx_sniff("\xEF\xBB\xBF\n  <tmx version=\"1.4\">", 25), 1);
	T_ASSERT_INT(bitext_tmx_sniff("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", 33), 1);
	T_ASSERT_INT(bitext_tmx_sniff(u16, sizeof(u16) - 1), 1);
	/* a TSV row that starts with a tag is not a memory */
	T_ASSERT_INT(bitext_tmx_sniff("<b>Hello</b>\t<b>안녕</b>\n", 26), 0);
	T_ASSERT_INT(bitext_tmx_sniff("ko\ten\n", 6), 0);
	T_ASSERT_INT(bitext_tmx_sniff("", 0), 0);
}

void test_tmx__learn_langs_from_units_when_header_says_all(void)
{
	bitext_tmx_unit *u = NULL;
	char src[16] = "", tgt[16] = "";

	T_ASSERT_OK(bitext_tmx_unit_new(&u));
	T_ASSERT_OK(bitext_tmx_unit_add_tuv(u, "ko-KR", "안녕"));
	T_ASSERT_INT(bitext_tmx_learn_langs(NULL, u, src, sizeof(src), tgt, sizeof(tgt)), 0);
	T_ASSERT_STR(src, "ko-KR");
	T_ASSERT_STR(tgt, "");
	T_ASSERT_OK(bitext_tmx_unit_add_tuv(u, "en-US", "Hello"));
	T_ASSERT_INT(bitext_tmx_learn_langs(NULL, u, src, sizeof(src), tgt, sizeof(tgt)), 1);
	T_ASSERT_STR(src, "ko-KR");
	T_ASSERT_STR(tgt, "en-US");
	bitext_tmx_unit_free(u);
}

/* BCP 47 language subtags of 4 to 8 letters are reserved or registered
 * one by one (the registry has none): a word in a language column or a
 * header row ("english", "source", "Hello") is not a language tag. */
void test_tmx__language_tag_needs_a_two_or_three_letter_language(void)
{
	const char *words[] = { "english", "source", "target", "Hello", "abcd",
		"korean-KR", "deutsch" };
	bitext_buf b = BITEXT_BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		bitext_buf_clear(&b);
		if (bitext_lang_canonicalize(&b, words[i], 0) != BITEXT_EINVAL) {
			test__fail(__FILE__, __LINE__, "'%s' taken for a language tag",
				words[i]);
			bitext_buf_dispose(&b);
			return;
		}
	}
	bitext_buf_clear(&b);
	T_ASSERT_OK(bitext_lang_canonicalize(&b, "i-klingon", 0));
	T_ASSERT_STR(b.ptr, "tlh");
	bitext_buf_dispose(&b);
}

/* Inline codes get names that pair across languages: bpt/ept by i, ph by
 * x or position, it by x or pos, <hi> by order with the innermost end. */
void test_tmx__code_ids_pair_across_languages(void)
{
	bitext_tmx_unit *u = NULL;
	bitext_tmx_code_id ids[8];
	const char *want[] = { "bpt 1", "hi 1", "hi 2", "/hi 2", "/hi 1",
		"ept 1", "ph 7", "ph #8" };
	const int opens[] = { 1, 1, 1, -1, -1, -1, 0, 0 };
	size_t i;

	T_ASSERT_OK(bitext_tmx_unit_new(&u));
	T_ASSERT_INT(bitext_tmx_unit_add_tuv_xml(u, "en",
		"<bpt i=\"1\">&lt;b&gt;</bpt>A <hi>B <hi>C</hi></hi><ept i=\"1\">"
		"&lt;/b&gt;</ept> <ph x=\"7\">{0}</ph><ph>{1}</ph>"), 0);
	T_ASSERT_INT(u->tuvs[0].ncodes, 8);
	bitext_tmx_code_ids(ids, &u->tuvs[0]);
	for (i = 0; i < 8; i++) {
		T_ASSERT_STR(ids[i].id, want[i]);
		T_ASSERT_INT(ids[i].opens, opens[i]);
	}
	T_ASSERT_INT(bitext_tmx_unit_add_tuv_xml(u, "fr",
		"<it pos=\"begin\">&lt;i&gt;</it>x<it x=\"3\" pos=\"end\">y</it>"
		"<ut>z</ut>"), 1);
	bitext_tmx_code_ids(ids, &u->tuvs[1]);
	T_ASSERT_STR(ids[0].id, "it begin");
	T_ASSERT_STR(ids[1].id, "it 3");
	T_ASSERT_STR(ids[2].id, "ut ?");
	T_ASSERT_INT(ids[2].opens, 0);
	bitext_tmx_unit_free(u);
}

static int upper_ascii(bitext_buf *out, const char *s, size_t n, void *payload)
{
	size_t i;
	int changed = 0;

	(*(int *)payload)++;
	for (i = 0; i < n; i++) {
		char c = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i];
		changed |= c != s[i];
		bitext_buf_putc(out, c);
	}
	return changed;
}

/* The text around inline codes is rewritten, text inside <hi> too; tags
 * and the codes' native content stay as they are. */
void test_tmx__seg_map_text_keeps_codes(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int calls = 0;

	T_ASSERT_INT(bitext_tmx_seg_map_text(&b, "ab <bpt i=\"1\">&lt;b&gt;</bpt>"
		"cd<ept i=\"1\">&lt;/b&gt;</ept> <hi type=\"x\">ef</hi><ph/>",
		upper_ascii, &calls), 1);
	T_ASSERT_STR(b.ptr, "AB <bpt i=\"1\">&lt;b&gt;</bpt>CD<ept i=\"1\">"
		"&lt;/b&gt;</ept> <hi type=\"x\">EF</hi><ph/>");
	T_ASSERT_INT(calls, 4);
	bitext_buf_clear(&b);
	T_ASSERT_INT(bitext_tmx_seg_map_text(&b, "<ph>x</ph>1", upper_ascii,
		&calls), 0);
	T_ASSERT_STR(b.ptr, "<ph>x</ph>1");
	bitext_buf_clear(&b);
	T_ASSERT_INT(bitext_tmx_seg_map_text(&b, "", upper_ascii, &calls), 0);
	T_ASSERT_STR(b.ptr, "");
	bitext_buf_dispose(&b);
}

/* ---- progress: an option of each call, with its own payload -------------- */

#include <pthread.h>

#define PROGRESS_UNITS 100001  /* progress is reported every 100,000 units */

typedef struct progress_log {
	int calls;
	size_t last;
} progress_log;

static void progress_count(size_t units, void *payload)
{
	progress_log *l = payload;

	l->calls++;
	l->last = units;
}

/* A TSV memory of PROGRESS_UNITS units (the path in `path`). */
static const char *progress_memory(char *path, size_t cap, const char *name)
{
	FILE *f;
	size_t i;

	snprintf(path, cap, "%s", test_tmp(name));
	if (!(f = fopen(path, "w")))
		return NULL;
	fputs("en\tfr\n", f);
	for (i = 0; i < PROGRESS_UNITS; i++)
		fprintf(f, "s%zu\tt%zu\n", i, i);
	return fclose(f) == 0 ? path : NULL;
}

typedef struct progress_job {
	const char *in, *out;
	progress_log log;
	int error;
} progress_job;

static void *progress_convert(void *arg)
{
	progress_job *j = arg;
	bitext_tm_convert_options o = BITEXT_TM_CONVERT_OPTIONS_INIT;

	o.progress = progress_count;
	o.progress_payload = &j->log;
	j->error = bitext_tm_convert(j->in, j->out, &o, NULL);
	return NULL;
}

/* Convert, merge, filter, stats, validate, the readers and the lookup
 * index report progress to the callback and payload in their options; two
 * threads converting at once each hear only their own. */
void test_tmx__progress_is_an_option_of_the_call(void)
{
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tm_merge_options mo = BITEXT_TM_MERGE_OPTIONS_INIT;
	bitext_tm_filter_options fo = BITEXT_TM_FILTER_OPTIONS_INIT;
	progress_job job[2];
	progress_log l;
	pthread_t th[2];
	bitext_tm_reader *r;
	bitext_tm_stats *st;
	bitext_tm_index *idx;
	const bitext_tmx_unit *u;
	char tsv_path[1024], out[2][1024], other[1024];
	const char *tsv = progress_memory(tsv_path, sizeof(tsv_path), "p.tsv"), *tmx;
	size_t units, problems;
	int i, ret;

	T_ASSERT(tsv);
	memset(job, 0, sizeof(job));
	for (i = 0; i < 2; i++) {
		snprintf(out[i], sizeof(out[i]), "%s", test_tmp(i ? "p1.tmx" : "p0.tmx"));
		job[i].in = tsv;
		job[i].out = out[i];
	}
	for (i = 0; i < 2; i++)
		T_ASSERT(pthread_create(&th[i], NULL, progress_convert, &job[i]) == 0);
	for (i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	for (i = 0; i < 2; i++) {
		T_ASSERT_INT(job[i].error, 0);
		T_ASSERT_INT(job[i].log.calls, 1);
		T_ASSERT_INT(job[i].log.last, 100000);
	}
	tmx = job[0].out;

	memset(&l, 0, sizeof(l));
	ro.progress = progress_count;
	ro.progress_payload = &l;
	T_ASSERT_OK(bitext_tm_reader_open(&r, tsv, 0, &ro));
	while ((ret = bitext_tm_reader_next(r, &u)) == 1)
		;
	bitext_tm_reader_close(r);
	T_ASSERT_INT(ret, 0);
	T_ASSERT_OK(bitext_tm_reader_open(&r, tmx, 0, &ro));
	while ((ret = bitext_tm_reader_next(r, &u)) == 1)
		;
	bitext_tm_reader_close(r);
	T_ASSERT_INT(ret, 0);
	T_ASSERT_INT(l.calls, 2);

	T_ASSERT_OK(bitext_tm_stats_compute(&st, tmx, 0, &ro));
	T_ASSERT_INT(st->units, PROGRESS_UNITS);
	bitext_tm_stats_free(st);
	T_ASSERT_INT(l.calls, 3);
	T_ASSERT_OK(bitext_tm_index_build(&idx, tmx, "en", "fr", &ro));
	bitext_tm_index_free(idx);
	T_ASSERT_INT(l.calls, 4);
	T_ASSERT_OK(bitext_tmx_validate(tmx, &ro, &units, &problems));
	T_ASSERT_INT(units, PROGRESS_UNITS);
	T_ASSERT_INT(l.calls, 5);

	mo.progress = progress_count;
	mo.progress_payload = &l;
	snprintf(other, sizeof(other), "%s", test_tmp("m.tmx"));
	T_ASSERT_OK(bitext_tm_merge(&tsv, 1, other, &mo, NULL));
	T_ASSERT_INT(l.calls, 7);   /* merge reads its inputs twice */
	fo.progress = progress_count;
	fo.progress_payload = &l;
	snprintf(other, sizeof(other), "%s", test_tmp("f.tmx"));
	T_ASSERT_OK(bitext_tm_filter(tmx, other, &fo, NULL));
	T_ASSERT_INT(l.calls, 8);
	T_ASSERT_INT(l.last, 100000);
}
