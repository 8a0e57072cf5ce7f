/*
 * test_core.c - the buffer, the last-error record, messages from the ICU
 * bundles (with plurals), atomic output and the document model.
 */
#include "test.h"
#include "util/arena.h"

#include <stdlib.h>
#include <unistd.h>

void test_core__initialize(void)
{
	bitext_msg_set_lang("en");
}

void test_core__buf_grows_and_stays_terminated(void)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int i;

	for (i = 0; i < 1000; i++)
		T_ASSERT_OK(bitext_buf_printf(&b, "%d,", i));
	T_ASSERT(b.size > 2000);
	T_ASSERT(b.ptr[b.size] == '\0');
	T_ASSERT(!strncmp(b.ptr, "0,1,2,", 6));
	bitext_buf_dispose(&b);
}

void test_core__message_from_bundle_with_args(void)
{
	bitext_buf b = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_msg_format(&b, "err_open", "a.txt", "No such file"));
	T_ASSERT_STR(b.ptr, "cannot open a.txt: No such file");
	bitext_buf_dispose(&b);
}

void test_core__message_in_korean(void)
{
	bitext_buf b = BITEXT_BUF_INIT;

	bitext_msg_set_lang("ko_KR.UTF-8");
	T_ASSERT_STR(bitext_msg_lang(), "ko");
	T_ASSERT_OK(bitext_msg_format(&b, "err_open", "a.txt", "x"));
	T_ASSERT_STR(b.ptr, "a.txt을(를) 열 수 없습니다: x");
	bitext_buf_dispose(&b);
}

void test_core__apostrophes_in_arguments_survive(void)
{
	bitext_buf b = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_msg_format(&b, "main_unknown_command", "it's {0}"));
	T_ASSERT_STR(b.ptr, "unknown command 'it's {0}'; run 'bitext help' for the list");
	bitext_buf_dispose(&b);
}

void test_core__error_records_message_and_position(void)
{
	const bitext_error *e;

	T_ASSERT_INT(bitext_error_set(BITEXT_EIO, "err_read", "f.txt", "boom", NULL), BITEXT_EIO);
	bitext_error_locate("f.txt", 3, 7, 42);
	e = bitext_error_last();
	T_ASSERT(e != NULL);
	T_ASSERT_STR(e->message, "cannot read f.txt: boom");
	T_ASSERT_INT(e->line, 3);
	T_ASSERT_INT(e->column, 7);
	T_ASSERT_INT(e->offset, 42);
	T_ASSERT_STR(e->file, "f.txt");
	/* re-setting with the old message as an argument must not read freed memory */
	bitext_error_set(BITEXT_ERROR, "err_internal", e->message, NULL);
	T_ASSERT_STR(bitext_error_last()->message, "internal error (cannot read f.txt: boom)");
	bitext_error_clear();
	T_ASSERT(bitext_error_last() == NULL);
}

void test_core__missing_file_is_enotfound(void)
{
	bitext_buf b = BITEXT_BUF_INIT;

	T_ASSERT_INT(bitext_file_read(&b, "tests/no/such/file"), BITEXT_ENOTFOUND);
	T_ASSERT_STR(bitext_error_last()->file, "tests/no/such/file");
	bitext_buf_dispose(&b);
}

void test_core__afile_abort_keeps_old_content(void)
{
	const char *p = test_tmp("keep.txt");
	bitext_afile *f;
	char *got;

	T_ASSERT(test_write(p, "old\n", 4) == 0);
	T_ASSERT_OK(bitext_afile_open(&f, p));
	fputs("half-writ", bitext_afile_stream(f));
	bitext_afile_abort(f);
	got = test_slurp(p, NULL);
	T_ASSERT_STR(got, "old\n");
	free(got);
	T_ASSERT_OK(bitext_afile_open(&f, p));
	fputs("new\n", bitext_afile_stream(f));
	T_ASSERT_OK(bitext_afile_commit(f));
	got = test_slurp(p, NULL);
	T_ASSERT_STR(got, "new\n");
	free(got);
}

void test_core__doc_spans_map_back_to_source_bytes(void)
{
	bitext_doc *d;
	const char *text = "Hello. World.\n";
	const bitext_segment *s;

	T_ASSERT_OK(bitext_doc_new(&d, "en"));
	T_ASSERT_OK(bitext_doc_set_text(d, text, strlen(text)));
	/* pretend a 3-byte BOM preceded the text */
	T_ASSERT_OK(bitext_doc_map_mark(d, 0, 3));
	T_ASSERT_OK(bitext_doc_add_paragraph(d, 0, 13, BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_segment(d, 0, 6));
	T_ASSERT_OK(bitext_doc_add_segment(d, 7, 13));
	T_ASSERT_INT(bitext_doc_segment_count(d), 2);
	s = bitext_doc_segment(d, 1);
	T_ASSERT_STR(s->text, "World.");
	T_ASSERT_INT(s->src_start, 10);
	T_ASSERT_INT(s->src_end, 16);
	T_ASSERT_INT(bitext_doc_paragraph(d, 0)->nsegments, 2);
	/* a segment outside its paragraph is refused */
	T_ASSERT_INT(bitext_doc_add_segment(d, 12, 14), BITEXT_EINVAL);
	bitext_doc_free(d);
}

void test_core__arena_many_small_and_one_huge(void)
{
	bitext_arena a;
	char *p;
	int i;

	bitext_arena_init(&a);
	for (i = 0; i < 100000; i++) {
		p = bitext_arena_strndup(&a, "abcdef", 3);
		T_ASSERT(p && !strcmp(p, "abc"));
	}
	p = bitext_arena_alloc(&a, 5u << 20);
	T_ASSERT(p != NULL);
	memset(p, 1, 5u << 20);
	bitext_arena_dispose(&a);
}

void test_core__plural_counts(void)
{
	bitext_buf b = BITEXT_BUF_INIT;

	T_ASSERT_OK(bitext_msg_format(&b, "cli_written", 1.0, "out/"));
	T_ASSERT_STR(b.ptr, "1 document written to out/");
	bitext_buf_clear(&b);
	T_ASSERT_OK(bitext_msg_format(&b, "cli_written", 12.0, "out/"));
	T_ASSERT_STR(b.ptr, "12 documents written to out/");
	bitext_buf_clear(&b);
	/* string arguments given to the string-only API are parsed as numbers */
	{
		const char *args[] = { "3", "x" };
		T_ASSERT_OK(bitext_msg_formatv(&b, "cli_written", args, 2));
		T_ASSERT_STR(b.ptr, "3 documents written to x");
	}
	bitext_buf_dispose(&b);
}

#include <pthread.h>

static void *thread_sets_error(void *arg)
{
	(void)arg;
	bitext_error_set(BITEXT_EIO, "err_read", "worker.txt", "boom", NULL);
	return bitext_error_last() && bitext_error_last()->code == BITEXT_EIO ?
		(void *)1 : NULL;
}

void test_core__errors_are_per_thread(void)
{
	pthread_t t;
	void *ok = NULL;

	bitext_error_clear();
	T_ASSERT(pthread_create(&t, NULL, thread_sets_error, NULL) == 0);
	T_ASSERT(pthread_join(t, &ok) == 0);
	T_ASSERT(ok != NULL);
	/* the worker's error is its own (and freed at its exit: LeakSanitizer
	 * checks that under make check-asan) */
	T_ASSERT(bitext_error_last() == NULL);
}

void test_core__integer_style_numbers(void)
{
	bitext_buf b = BITEXT_BUF_INIT;

	/* the Korean message uses {0,number,integer} */
	bitext_msg_set_lang("ko");
	T_ASSERT_OK(bitext_msg_format(&b, "cli_written", 12345.0, "out/"));
	T_ASSERT_STR(b.ptr, "문서 12,345개를 out/에 썼습니다");
	bitext_buf_dispose(&b);
}

void test_core__doc_segments_after_all_paragraphs(void)
{
	bitext_doc *d;
	const char *text = "A. B.\n\nC. D.\n\nE.";

	T_ASSERT_OK(bitext_doc_new(&d, "en"));
	T_ASSERT_OK(bitext_doc_set_text(d, text, strlen(text)));
	T_ASSERT_OK(bitext_doc_add_paragraph(d, 0, 5, BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_paragraph(d, 7, 12, BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_paragraph(d, 14, 16, BITEXT_PARA_TEXT));
	T_ASSERT_OK(bitext_doc_add_segment(d, 0, 2));
	T_ASSERT_OK(bitext_doc_add_segment(d, 3, 5));
	/* the second paragraph gets no segment; the third one gets E. */
	T_ASSERT_OK(bitext_doc_add_segment(d, 14, 16));
	T_ASSERT_INT(bitext_doc_segment(d, 2)->paragraph, 2);
	T_ASSERT_INT(bitext_doc_paragraph(d, 0)->nsegments, 2);
	T_ASSERT_INT(bitext_doc_paragraph(d, 1)->nsegments, 0);
	T_ASSERT_INT(bitext_doc_paragraph(d, 2)->first_segment, 2);
	/* going back is refused */
	T_ASSERT_INT(bitext_doc_add_segment(d, 7, 9), BITEXT_EINVAL);
	bitext_doc_free(d);
}

void test_core__syntax_characters_in_arguments(void)
{
	bitext_buf b = BITEXT_BUF_INIT;

	/* outside a plural, # and | are plain text; braces always are */
	T_ASSERT_OK(bitext_msg_format(&b, "err_internal", "\\b(Mr|Dr)# {x}"));
	T_ASSERT_STR(b.ptr, "internal error (\\b(Mr|Dr)# {x})");
	bitext_buf_clear(&b);
	/* inside a plural branch, # in an argument stays a literal # */
	T_ASSERT_OK(bitext_msg_format(&b, "cli_written", 2.0, "#1|2"));
	T_ASSERT_STR(b.ptr, "2 documents written to #1|2");
	bitext_buf_dispose(&b);
}

void test_core__arena_reset_reuses_memory(void)
{
	bitext_arena a;
	char *p;
	int round, i;

	bitext_arena_init(&a);
	for (round = 0; round < 50; round++) {
		for (i = 0; i < 2000; i++) {
			p = bitext_arena_strndup(&a, "0123456789", 10);
			T_ASSERT(p && !strcmp(p, "0123456789"));
			T_ASSERT(((size_t)p & 7) == 0);
		}
		bitext_arena_reset(&a);
		/* what remains is one chunk for the next round */
		T_ASSERT(a.head != NULL && a.used == 0);
	}
	bitext_arena_dispose(&a);
	T_ASSERT(a.head == NULL);
}
