/*
 * test_segment.c - sentence segmentation: the shipped rules of ko, en and
 * ja on the case files tests/data/segment/<lang>-*.txt, and the segmenter's
 * contract (trimming, no empty segments, hard wraps, long segments,
 * documents with several paragraphs, user SRX files).
 *
 * Case file format (one file a language, tests/data/segment/<lang>.txt):
 * blocks separated by a line "---". A block is the input paragraph (one or
 * more lines; a line feed inside is a hard wrap), a line "==", then the
 * expected segments, one a line (a hard wrap kept inside a segment is
 * compared as a space). Lines starting with "#" at the top of a block are
 * comments; "## NAME" starts a section (a phenomenon), whose passed/total
 * count is printed, so a first run shows where the rules stand.
 */
#include "test.h"

#include <dirent.h>
#include <stdlib.h>

void test_segment__initialize(void)
{
	bitext_msg_set_lang("en");
}

/* Segments of `text` as "a|b|c" in `out`. */
static int split_joined(bitext_segmenter *seg, const char *text,
	bitext_buf *out)
{
	size_t *ends = NULL, n = 0, i, from = 0;
	int error = bitext_segmenter_split(seg, text, strlen(text), &ends, &n);

	bitext_buf_clear(out);
	bitext_buf_puts(out, "");
	for (i = 0; i < n && !error; i++) {
		size_t s = from, e = ends[i];

		while (s < e && (text[s] == ' ' || text[s] == '\n'))
			s++;
		while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n'))
			e--;
		if (i)
			bitext_buf_putc(out, '|');
		for (; s < e; s++)   /* a hard wrap shows as a space */
			bitext_buf_putc(out, text[s] == '\n' ? ' ' : text[s]);
		from = ends[i];
	}
	free(ends);
	return error;
}

/* Print the tally of a section of a case file. */
static void section_done(const char *name, int total, int failed)
{
	if (total)
		printf("  section %s: %d/%d\n", name, total - failed, total);
}

/* Run one case file; returns failures, counts cases in *total. */
static int run_case_file(bitext_segmenter *seg, const char *path, int *total)
{
	char *data = test_slurp(path, NULL), *p, *block, *sep;
	bitext_buf in = BITEXT_BUF_INIT, want = BITEXT_BUF_INIT,
		got = BITEXT_BUF_INIT;
	char section[128] = "";
	int failed = 0, stotal = 0, sfailed = 0;

	if (!data)
		return -1;
	for (p = data; p && *p; p = sep) {
		char *line, *next;
		int part = 0;

		block = p;
		sep = strstr(p, "\n---\n");
		if (sep) {
			*sep = '\0';
			sep += 5;
		}
		bitext_buf_clear(&in);
		bitext_buf_clear(&want);
		bitext_buf_puts(&in, "");
		bitext_buf_puts(&want, "");
		for (line = block; line && *line; line = next) {
			next = strchr(line, '\n');
			if (next)
				*next++ = '\0';
			if (!part && !in.size && !strncmp(line, "## ", 3)) {
				section_done(section, stotal, sfailed);
				snprintf(section, sizeof(section), "%s", line + 3);
				stotal = sfailed = 0;
			}
			if (!part && !in.size && (line[0] == '#' || !strcmp(line, "---")))
				continue;
			if (!strcmp(line, "==")) {
				part = 1;
				continue;
			}
			if (!*line && part)
				continue;
			if (!part) {
				if (in.size)
					bitext_buf_putc(&in, '\n');
				bitext_buf_puts(&in, line);
			} else {
				if (want.size)
					bitext_buf_putc(&want, '|');
				bitext_buf_puts(&want, line);
			}
		}
		if (!in.size)
			continue;
		(*total)++;
		stotal++;
		if (split_joined(seg, in.ptr, &got) < 0 || strcmp(got.ptr, want.ptr)) {
			failed++;
			sfailed++;
			printf("  %s: mismatch\n    want: %s\n    got:  %s\n", path,
				want.ptr, got.ptr);
		}
	}
	section_done(section, stotal, sfailed);
	bitext_buf_dispose(&in);
	bitext_buf_dispose(&want);
	bitext_buf_dispose(&got);
	free(data);
	return failed;
}

/* All case files of a language (tests/data/segment/<lang>.txt, or
 * <lang>-*.txt); prints the accuracy and returns the misses, or -1 when the
 * language has no case file or no segmenter. */
static int lang_cases(const char *lang)
{
	bitext_segmenter *seg = NULL;
	DIR *d = opendir("tests/data/segment");
	struct dirent *e;
	char path[512];
	int total = 0, failed = 0, files = 0;

	if (!d || bitext_segmenter_new(&seg, lang, NULL) < 0) {
		if (d)
			closedir(d);
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		int f;

		if (strncmp(e->d_name, lang, strlen(lang)) ||
			(e->d_name[strlen(lang)] != '-' && e->d_name[strlen(lang)] != '.') ||
			n < 4 || strcmp(e->d_name + n - 4, ".txt"))
			continue;
		snprintf(path, sizeof(path), "tests/data/segment/%s", e->d_name);
		f = run_case_file(seg, path, &total);
		failed += f < 0 ? 1 : f;
		files++;
	}
	closedir(d);
	bitext_segmenter_free(seg);
	printf("segment accuracy %s: %d/%d cases in %d files\n", lang,
		total - failed, total, files);
	return files ? failed : -1;
}

static void run_lang_cases(const char *lang)
{
	T_ASSERT_INT(lang_cases(lang), 0);
}

void test_segment__english_cases(void) { run_lang_cases("en"); }
void test_segment__korean_cases(void) { run_lang_cases("ko"); }
void test_segment__japanese_cases(void) { run_lang_cases("ja"); }

/* Every other language with a case file <lang>.txt: one run each. */
void test_segment__other_language_cases(void)
{
	static const char *langs[] = { "de", "fr", "es", "it", "pt", "nl", "da",
		"sv", "nb", "pl", "cs", "ru", "uk", "bg", "el", "tr", "ar", "fa",
		"hi", "hy", "zh", "my", "am" };
	size_t i;
	int bad = 0;

	for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
		if (lang_cases(langs[i]) != 0)
			bad++;
	T_ASSERT_INT(bad, 0);
}

void test_segment__trims_and_never_returns_empty_segments(void)
{
	bitext_segmenter *seg;
	bitext_buf got = BITEXT_BUF_INIT;
	size_t *ends = NULL, n = 7;

	T_ASSERT_OK(bitext_segmenter_new(&seg, "en", NULL));
	T_ASSERT_OK(split_joined(seg, "  One.   Two!  \n  ", &got));
	T_ASSERT_STR(got.ptr, "One.|Two!");
	T_ASSERT_OK(bitext_segmenter_split(seg, "   \n ", 5, &ends, &n));
	T_ASSERT_INT(n, 0);
	free(ends);
	T_ASSERT_OK(bitext_segmenter_split(seg, "", 0, &ends, &n));
	T_ASSERT_INT(n, 0);
	free(ends);
	T_ASSERT_OK(bitext_segmenter_split(seg, "Hi. There. ", 11, &ends, &n));
	T_ASSERT_INT(n, 2);
	T_ASSERT_INT(ends[0], 3);   /* after "Hi." */
	T_ASSERT_INT(ends[1], 11);   /* the last end is the length */
	free(ends);
	bitext_buf_dispose(&got);
	bitext_segmenter_free(seg);
}

void test_segment__hard_wrapped_line_is_not_a_break(void)
{
	bitext_segmenter *seg;
	bitext_buf got = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_segmenter_new(&seg, "en", NULL));
	T_ASSERT_OK(split_joined(seg, "The ministry said on\nTuesday that exports rose.\n"
		"Imports fell.", &got));
	T_ASSERT_STR(got.ptr, "The ministry said on Tuesday that exports rose.|Imports fell.");
	bitext_buf_dispose(&got);
	bitext_segmenter_free(seg);
}

void test_segment__long_run_without_punctuation_is_cut_at_a_space(void)
{
	bitext_segmenter *seg;
	bitext_buf text = BITEXT_BUF_INIT;
	size_t *ends = NULL, n = 0, i, from = 0;

	T_ASSERT_OK(bitext_segmenter_new(&seg, "ko", NULL));
	while (text.size < 200 * 1024)
		bitext_buf_puts(&text, "가나다라마바사 ");
	T_ASSERT_OK(bitext_segmenter_split(seg, text.ptr, text.size, &ends, &n));
	T_ASSERT(n >= 4);
	for (i = 0; i < n; i++) {
		T_ASSERT(ends[i] - from <= 64 * 1024);
		T_ASSERT(ends[i] == text.size || text.ptr[ends[i] - 1] == ' ');
		from = ends[i];
	}
	T_ASSERT_INT(ends[n - 1], text.size);
	free(ends);
	bitext_buf_dispose(&text);
	bitext_segmenter_free(seg);
}

void test_segment__run_fills_every_paragraph_and_keeps_source_offsets(void)
{
	bitext_segmenter *seg;
	bitext_doc *doc;
	const char *t = "A b. C d.\n\n  E f? G h!  \n\nNo end";
	const bitext_segment *s;
	const bitext_paragraph *p;

	T_ASSERT_OK(bitext_doc_new(&doc, "en"));
	T_ASSERT_OK(bitext_doc_set_text(doc, t, strlen(t)));
	T_ASSERT_OK(bitext_doc_map_mark(doc, 0, 100));  /* source is shifted */
	T_ASSERT_OK(bitext_doc_map_mark(doc, 11, 120));
	T_ASSERT_OK(bitext_doc_add_paragraph(doc, 0, 9, BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_paragraph(doc, 11, 24, BITEXT_PARA_QUOTE));
	T_ASSERT_OK(bitext_doc_add_paragraph(doc, 26, strlen(t), BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_segmenter_new(&seg, "en", NULL));
	T_ASSERT_OK(bitext_segmenter_run(seg, doc));
	T_ASSERT_INT(bitext_doc_paragraph_count(doc), 3);
	T_ASSERT_INT(bitext_doc_segment_count(doc), 5);
	s = bitext_doc_segment(doc, 2);
	T_ASSERT_STR(s->text, "E f?");
	T_ASSERT_INT(s->paragraph, 1);
	T_ASSERT_INT(s->start, 13);
	T_ASSERT_INT(s->src_start, 122);
	s = bitext_doc_segment(doc, 1);
	T_ASSERT_STR(s->text, "C d.");
	T_ASSERT_INT(s->src_end, 109);
	p = bitext_doc_paragraph(doc, 1);
	T_ASSERT_INT(p->kind, BITEXT_PARA_QUOTE);
	T_ASSERT_INT(p->first_segment, 2);
	T_ASSERT_INT(p->nsegments, 2);
	T_ASSERT_STR(bitext_doc_segment(doc, 4)->text, "No end");
	/* running again replaces the segments */
	T_ASSERT_OK(bitext_segmenter_run(seg, doc));
	T_ASSERT_INT(bitext_doc_segment_count(doc), 5);
	bitext_segmenter_free(seg);
	bitext_doc_free(doc);
}

void test_segment__language_without_rules_uses_icu(void)
{
	bitext_segmenter *seg;
	bitext_buf got = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_segmenter_new(&seg, "de", NULL));
	T_ASSERT_OK(split_joined(seg, "Er kam. Sie ging. Warum?", &got));
	T_ASSERT_STR(got.ptr, "Er kam.|Sie ging.|Warum?");
	bitext_buf_dispose(&got);
	bitext_segmenter_free(seg);
}

void test_segment__region_subtag_falls_back_to_language_rules(void)
{
	bitext_segmenter *seg;
	bitext_buf got = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_segmenter_new(&seg, "en_US", NULL));
	T_ASSERT_OK(split_joined(seg, "Mr. Kim left. He said so.", &got));
	T_ASSERT_STR(got.ptr, "Mr. Kim left.|He said so.");
	bitext_buf_dispose(&got);
	bitext_segmenter_free(seg);
}

void test_segment__user_srx_replaces_shipped_rules(void)
{
	bitext_segmenter *seg;
	bitext_buf got = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_segmenter_new(&seg, "en",
		"tests/data/segment/omegat-style.srx"));
	/* OmegaT-style rules: "Mr." protected, and a break after ";" */
	T_ASSERT_OK(split_joined(seg, "Mr. Kim came; he sat. Then he left.", &got));
	T_ASSERT_STR(got.ptr, "Mr. Kim came;|he sat.|Then he left.");
	bitext_buf_dispose(&got);
	bitext_segmenter_free(seg);
}

void test_segment__missing_srx_file_is_reported(void)
{
	bitext_segmenter *seg = NULL;
	const bitext_error *e;

	T_ASSERT_INT(bitext_segmenter_new(&seg, "en", "tests/data/segment/nope.srx"),
		BITEXT_ENOTFOUND);
	T_ASSERT(seg == NULL);
	e = bitext_error_last();
	T_ASSERT(e && e->message && strstr(e->message, "nope.srx"));
}

/*
 * The demo corpus: raw articles (corpora/<pair>/NN-slug.<lang>.txt) must be
 * segmented as in the hand segmentation (.seg: one segment a line, blank
 * line between paragraphs). Paragraphs are taken here as blank-line blocks,
 * a list-item line starting a new one (what the hand segmentation
 * assumes), so the test measures segmentation alone, not intake's
 * paragraph heuristics. Per file, the number of hand
 * segments reproduced exactly is printed.
 */
/* A line that starts a list item, which the hand segmentation keeps as
 * its own paragraph: "- ", "* ", "• ", "1. ", "1) ". */
static int is_list_item(const char *l)
{
	if (!strncmp(l, "- ", 2) || !strncmp(l, "* ", 2) || !strncmp(l, "\xe2\x80\xa2 ", 4))
		return 1;
	while (*l >= '0' && *l <= '9')
		l++;
	return (l[0] == '.' || l[0] == ')') && l[1] == ' ';
}

static void corpus_flush(bitext_segmenter *seg, bitext_buf *para,
	bitext_buf *out, bitext_buf *got)
{
	char *q;

	if (split_joined(seg, para->ptr, out) < 0 || !out->size)
		return;
	for (q = out->ptr; *q; q++)
		if (*q == '|')
			*q = '\n';
	bitext_buf_put(got, out->ptr, out->size);
	bitext_buf_puts(got, "\n");
}

static int corpus_file(const char *dir, const char *name, const char *lang,
	int *nseg, int *nok)
{
	char txt[512], segp[512];
	bitext_segmenter *seg = NULL;
	bitext_buf got = BITEXT_BUF_INIT, para = BITEXT_BUF_INIT,
		out = BITEXT_BUF_INIT;
	char *raw, *gold, *p, *line, *next;
	int g = 0, ok = 0, shown = 0;

	snprintf(txt, sizeof(txt), "%s/%s", dir, name);
	snprintf(segp, sizeof(segp), "%s/%.*s.seg", dir, (int)(strlen(name) - 4), name);
	raw = test_slurp(txt, NULL);
	gold = test_slurp(segp, NULL);
	if (!raw || !gold || bitext_segmenter_new(&seg, lang, NULL) < 0) {
		free(raw);
		free(gold);
		return -1;
	}
	/* all produced segments, each followed by '\n' */
	bitext_buf_puts(&got, "\n");
	bitext_buf_puts(&para, "");
	for (p = raw; p && *p; p = next) {
		next = strchr(p, '\n');
		if (next)
			*next++ = '\0';
		if ((!*p || is_list_item(p)) && para.size) {
			corpus_flush(seg, &para, &out, &got);
			bitext_buf_clear(&para);
			bitext_buf_puts(&para, "");
		}
		if (*p) {
			if (para.size)
				bitext_buf_putc(&para, '\n');
			bitext_buf_puts(&para, p);
		}
	}
	if (para.size)
		corpus_flush(seg, &para, &out, &got);
	for (line = gold; line && *line; line = next) {
		char key[8192];

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (!*line)
			continue;
		g++;
		snprintf(key, sizeof(key), "\n%s\n", line);
		if (strstr(got.ptr, key))
			ok++;
		else if (shown++ < 3)
			printf("  %s: hand segment %d not produced:\n    %s\n", txt, g - 1, line);
	}
	printf("corpus %s: %d/%d hand segments reproduced\n", txt, ok, g);
	*nseg += g;
	*nok += ok;
	free(raw);
	free(gold);
	bitext_buf_dispose(&got);
	bitext_buf_dispose(&para);
	bitext_buf_dispose(&out);
	bitext_segmenter_free(seg);
	return 0;
}
void test_segment__corpus_matches_hand_segmentation(void)
{
	static const char *pairs[] = { "corpora/ko-en", "corpora/ja-en" };
	int nseg = 0, nok = 0, files = 0;
	size_t k;

	for (k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++) {
		DIR *d = opendir(pairs[k]);
		struct dirent *e;

		while (d && (e = readdir(d)) != NULL) {
			size_t len = strlen(e->d_name);
			char lang[3];

			/* NN-slug.<ll>.txt, not the .cp949.txt variants */
			if (len < 8 || strcmp(e->d_name + len - 4, ".txt") ||
				e->d_name[len - 7] != '.')
				continue;
			memcpy(lang, e->d_name + len - 6, 2);
			lang[2] = '\0';
			if (corpus_file(pairs[k], e->d_name, lang, &nseg, &nok) == 0)
				files++;
		}
		if (d)
			closedir(d);
	}
	if (!files)
		T_SKIP("no corpus in corpora/");
	printf("corpus total: %d/%d hand segments in %d files\n", nok, nseg, files);
	T_ASSERT_INT(nok, nseg);
}

/*
 * Random paragraphs built from pieces that stress the rules (sentence
 * marks, quotes, brackets, spaces, line feeds, supplementary characters,
 * invalid bytes): the split must keep its contract every time - ends
 * strictly increasing inside the text, the last one the length, every
 * piece holding some non-space text, cuts on character boundaries.
 */
void test_segment__random_text_keeps_the_contract(void)
{
	static const char *pieces[] = { "다.", "요?", " ", "  ", "\n", "Mr.", "U.S.",
		"“", "”", "\"", "'", "(", ")", "「", "」", "。", "…", "...", "!", "?",
		"a", "B", "가", "3.5", "1.", "\xf0\x9f\x98\x80", "\xe3\x80\x80", "\xff",
		"라고", " The", "e.g.", "\xc2\xa0", "—", "www.x.kr" };
	const char *langs[] = { "en", "ko", "ja" };
	unsigned seed = 12345;
	int round, li;

	for (li = 0; li < 3; li++) {
		bitext_segmenter *seg;

		T_ASSERT_OK(bitext_segmenter_new(&seg, langs[li], NULL));
		for (round = 0; round < 300; round++) {
			bitext_buf t = BITEXT_BUF_INIT;
			size_t *ends = NULL, n = 0, i, from = 0;
			int k, len;

			seed = seed * 1103515245u + 12345u;
			len = (int)(seed >> 16) % 60;
			for (k = 0; k < len; k++) {
				seed = seed * 1103515245u + 12345u;
				bitext_buf_puts(&t, pieces[(seed >> 16) %
					(sizeof(pieces) / sizeof(pieces[0]))]);
			}
			bitext_buf_puts(&t, "");
			T_ASSERT_OK(bitext_segmenter_split(seg, t.ptr, t.size, &ends, &n));
			for (i = 0; i < n; i++) {
				size_t j;
				int content = 0;

				T_ASSERT(ends[i] > from && ends[i] <= t.size);
				T_ASSERT(ends[i] == t.size || (t.ptr[ends[i]] & 0xC0) != 0x80);
				for (j = from; j < ends[i]; j++)
					if (t.ptr[j] != ' ' && t.ptr[j] != '\n')
						content = 1;
				T_ASSERT(content);
				from = ends[i];
			}
			T_ASSERT(n == 0 || ends[n - 1] == t.size);
			free(ends);
			bitext_buf_dispose(&t);
		}
		bitext_segmenter_free(seg);
	}
}

void test_segment__bad_language_tag_is_refused(void)
{
	bitext_segmenter *seg = NULL;

	T_ASSERT_INT(bitext_segmenter_new(&seg, "../../etc", NULL), BITEXT_EINVAL);
	T_ASSERT(seg == NULL);
	T_ASSERT(strstr(bitext_error_last()->message, "../../etc") != NULL);
	T_ASSERT_INT(bitext_segmenter_new(&seg, "en US", NULL), BITEXT_EINVAL);
	T_ASSERT_OK(bitext_segmenter_new(&seg, "ko_KR", NULL));
	bitext_segmenter_free(seg);
}

void test_segment__missing_data_folder_is_an_error(void)
{
	bitext_segmenter *s = NULL;

	T_ASSERT_OK(bitext_set_datadir("/nonexistent/bitext-data"));
	T_ASSERT_INT(bitext_segmenter_new(&s, "en", NULL), BITEXT_ENOTFOUND);
	T_ASSERT(s == NULL);
	T_ASSERT(strstr(bitext_error_last()->message, "BITEXT_DATADIR") != NULL ||
		strstr(bitext_error_last()->msgid, "segment_no_data") != NULL);
	T_ASSERT_OK(bitext_set_datadir(NULL));
	/* a language without rules of its own is fine: ICU alone */
	T_ASSERT_OK(bitext_segmenter_new(&s, "de", NULL));
	bitext_segmenter_free(s);
}
