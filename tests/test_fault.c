/*
 * test_fault.c - fault injection, in the way of SQLite's *fault tests: every
 * entry point of the library runs again and again, the Nth allocation of
 * the library failing on run N, until a run reaches its end without meeting
 * the failure. Every run must end in a clean error (a negative code with a
 * message) or in a result equal to the run without faults: no crash, no
 * leak (LeakSanitizer in `make check-asan`). Runs that write a file must
 * also leave no partial output and the old output unchanged.
 *
 * Allocations: this binary is linked with -Wl,--wrap=malloc,... (see the
 * Makefile), so every malloc/calloc/realloc/strdup/strndup call of the
 * library's objects goes through the wrappers below; ICU's and libxml2's
 * own allocations are not failed (they are shared libraries).
 *
 * Writes: RLIMIT_FSIZE caps the size of files the process may write, so a
 * write past the cap fails (EFBIG) as a full disk would; the output is
 * written again under caps from 0 bytes up to its full size.
 */
#include "test.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <execinfo.h>
#include <unistd.h>

/* ---- failing allocations ------------------------------------------------ */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);

static long fault_at = -1;  /* the allocation that fails, -1 none */
static long fault_seen;     /* allocations since armed */
static int fault_hit;       /* the armed allocation was reached */

static int fault_now(void)
{
	if (fault_at < 0 || fault_seen++ != fault_at)
		return 0;
	fault_hit = 1;
	errno = ENOMEM;
	if (getenv("TEST_FAULT_TRACE")) {	/* where the failing call was made */
		void *frames[16];
		backtrace_symbols_fd(frames, backtrace(frames, 16), 2);
	}
	return 1;
}

void *__wrap_malloc(size_t n)
{
	return fault_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
	return fault_now() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
	return fault_now() ? NULL : __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
	return fault_now() ? NULL : __real_strdup(s);
}

char *__wrap_strndup(const char *s, size_t n)
{
	return fault_now() ? NULL : __real_strndup(s, n);
}

static void fault_arm(long n)
{
	fault_seen = 0;
	fault_hit = 0;
	fault_at = n;
}

static void fault_disarm(void)
{
	fault_at = -1;
}

/* ---- scenarios ----------------------------------------------------------- */

/* A scenario runs one entry point; it returns the library's result code
 * and puts a summary of its result (counts, output bytes) into `sum`. */
typedef int (*scenario_fn)(char *sum, size_t sumsz);

static const char ko_text[] =
	"서울 시내버스 요금이 다음 달부터 300원 오른다.\n"
	"서울시는 10일 이런 내용의 요금 조정안을 발표했다. "
	"시는 “운영 적자가 4만7000명분에 이른다”고 밝혔다.\n\n"
	"지하철 요금은 내년 1월에 오른다.\n";
static const char en_text[] =
	"Seoul bus fares will rise by 300 won next month.\n"
	"The city announced the plan on the 10th. It said the deficit had "
	"reached the cost of 47,000 riders.\n\n"
	"Subway fares rise in January next year.\n";

static int load(bitext_doc **out, const char *name, const char *text,
	const char *lang)
{
	bitext_load_options lo = BITEXT_LOAD_OPTIONS_INIT;
	bitext_segmenter *seg = NULL;
	int error;

	lo.lang = lang;
	*out = NULL;
	if ((error = bitext_doc_load_buffer(out, NULL, name, text, strlen(text),
	    &lo)) < 0)
		return error;
	if ((error = bitext_segmenter_new(&seg, lang, NULL)) < 0 ||
	    (error = bitext_segmenter_run(seg, *out)) < 0) {
		bitext_doc_free(*out);
		*out = NULL;
	}
	bitext_segmenter_free(seg);
	return error;
}

static int sc_segment(char *sum, size_t sumsz)
{
	bitext_doc *doc;
	int error = load(&doc, "ko.txt", ko_text, "ko");

	if (error < 0)
		return error;
	snprintf(sum, sumsz, "%zu paragraphs, %zu segments",
		bitext_doc_paragraph_count(doc), bitext_doc_segment_count(doc));
	bitext_doc_free(doc);
	return 0;
}

static int sc_align(char *sum, size_t sumsz)
{
	bitext_align_options ao = BITEXT_ALIGN_OPTIONS_INIT;
	bitext_doc *src = NULL, *tgt = NULL;
	bitext_alignment *al = NULL;
	int error;
	size_t i, n;

	if ((error = load(&src, "ko.txt", ko_text, "ko")) < 0 ||
	    (error = load(&tgt, "en.txt", en_text, "en")) < 0 ||
	    (error = bitext_align_docs(&al, src, tgt, &ao)) < 0)
		goto cleanup;
	n = bitext_alignment_count(al);
	snprintf(sum, sumsz, "%zu links:", n);
	for (i = 0; i < n; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);
		size_t k = strlen(sum);
		snprintf(sum + k, sumsz - k, " %zu+%zu/%zu+%zu", l->src, l->nsrc,
			l->tgt, l->ntgt);
	}
cleanup:
	bitext_alignment_free(al);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	return error;
}

static const char tmx_text[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\""
	" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"ko\""
	" datatype=\"plaintext\"><prop type=\"x-a\">1</prop></header><body>\n"
	"<tu tuid=\"1\"><prop type=\"x-score\">0.9</prop><note>n</note>"
	"<tuv xml:lang=\"ko\"><seg>요금이 <bpt i=\"1\">&lt;b&gt;</bpt>300원"
	"<ept i=\"1\">&lt;/b&gt;</ept> 오른다.</seg></tuv>"
	"<tuv xml:lang=\"en\"><seg>Fares rise by 300 won.</seg></tuv></tu>\n"
	"<tu tuid=\"2\"><tuv xml:lang=\"ko\"><seg>지하철 요금</seg></tuv>"
	"<tuv xml:lang=\"en\"><seg>Subway fares</seg></tuv></tu>\n"
	"<tu tuid=\"3\"><tuv xml:lang=\"ko\"><seg>서울시</seg></tuv>"
	"<tuv xml:lang=\"en\"><seg>Seoul City</seg></tuv></tu>\n"
	"</body></tmx>\n";

static int sc_tmx_read(char *sum, size_t sumsz)
{
	bitext_tmx_reader *r = NULL;
	const bitext_tmx_unit *u;
	size_t units = 0, chars = 0, i;
	int ret;

	if ((ret = bitext_tmx_reader_open(&r, test_tmp("in.tmx"), NULL)) < 0)
		return ret;
	while ((ret = bitext_tmx_reader_next(r, &u)) == 1) {
		units++;
		for (i = 0; i < u->ntuvs; i++)
			chars += strlen(u->tuvs[i].seg);
	}
	bitext_tmx_reader_close(r);
	if (ret < 0)
		return ret;
	snprintf(sum, sumsz, "%zu units, %zu seg bytes", units, chars);
	return 0;
}

/* Output files: the scenario writes `out.*` over an old file whose content
 * is "old"; the summary is the new file's content. */
static int summarize_file(char *sum, size_t sumsz, const char *path)
{
	long armed = fault_at;
	size_t n;
	char *s;

	fault_at = -1;	/* the test's own reading is not under test */
	s = test_slurp(path, &n);
	fault_at = armed;
	if (!s)
		return -1;
	/* the creation date differs from run to run: summarize by size and
	 * the bytes up to the first date */
	snprintf(sum, sumsz, "%zu bytes: %.60s", n, s);
	free(s);
	return 0;
}

/* test_tmp() returns one static buffer: a copy for calls that take two */
static const char *tmp_path(char *buf, size_t n, const char *name)
{
	snprintf(buf, n, "%s", test_tmp(name));
	return buf;
}

static int sc_tmx_convert(char *sum, size_t sumsz)
{
	bitext_tm_convert_options co = BITEXT_TM_CONVERT_OPTIONS_INIT;
	char in[1024], out[1024];
	int error;

	tmp_path(in, sizeof(in), "in.tmx");
	tmp_path(out, sizeof(out), "out.tsv");
	error = bitext_tm_convert(in, out, &co, NULL);

	return error < 0 ? error : summarize_file(sum, sumsz, test_tmp("out.tsv"));
}

static int sc_tmx_merge(char *sum, size_t sumsz)
{
	bitext_tm_merge_options mo = BITEXT_TM_MERGE_OPTIONS_INIT;
	const char *in[2];
	char a[1024], b[1024], c[1024];
	int error;

	in[0] = tmp_path(a, sizeof(a), "in.tmx");
	in[1] = tmp_path(b, sizeof(b), "in2.tsv");
	tmp_path(c, sizeof(c), "out.jsonl");
	error = bitext_tm_merge(in, 2, c, &mo, NULL);
	return error < 0 ? error :
		summarize_file(sum, sumsz, test_tmp("out.jsonl"));
}

static int sc_align_save(char *sum, size_t sumsz)
{
	bitext_align_options ao = BITEXT_ALIGN_OPTIONS_INIT;
	bitext_doc *src = NULL, *tgt = NULL;
	bitext_alignment *al = NULL;
	int error;

	if ((error = load(&src, "ko.txt", ko_text, "ko")) < 0 ||
	    (error = load(&tgt, "en.txt", en_text, "en")) < 0 ||
	    (error = bitext_align_docs(&al, src, tgt, &ao)) < 0 ||
	    (error = bitext_alignment_save(test_tmp("out.tmx"), al, src, tgt,
	    BITEXT_ALIGN_TMX)) < 0)
		goto cleanup;
	error = summarize_file(sum, sumsz, test_tmp("out.tmx"));
cleanup:
	bitext_alignment_free(al);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	return error;
}

static const char glossary[] =
	"ko\ten\n요금\tfare\n서울시\tSeoul Metropolitan Government\n"
	"지하철\tsubway\tpreferred\n지하철\tunderground\tforbidden\n";

/* A termbase loaded from bytes (the format told by the name). */
static int termbase_from(char *sum, size_t sumsz, const char *name,
	const char *text)
{
	bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_termbase *tb = NULL;
	int error = bitext_termbase_load_buffer(&tb, name, text, strlen(text),
		&to);

	if (error < 0)
		return error;
	snprintf(sum, sumsz, "%zu concepts, %zu terms",
		bitext_termbase_concept_count(tb), bitext_termbase_term_count(tb));
	bitext_termbase_free(tb);
	return 0;
}

static int sc_termbase(char *sum, size_t sumsz)
{
	return termbase_from(sum, sumsz, "g.tsv", glossary);
}

static int sc_check(char *sum, size_t sumsz)
{
	static const char *src[] = { "요금이 300원 오른다.", "지하철 요금",
		"서울시는 4만7000명이라고 밝혔다." };
	static const char *tgt[] = { "Fares rise by 30 won.", "Underground fares",
		"Seoul said 47,000  people." };
	bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_checker_options co = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_termbase *tb = NULL;
	bitext_checker *c = NULL;
	char *report = NULL;
	size_t rlen = 0, i;
	FILE *f = NULL;
	int error;

	co.src_lang = "ko";
	co.tgt_lang = "en";
	if ((error = bitext_termbase_load_buffer(&tb, "g.tsv", glossary,
	    strlen(glossary), &to)) < 0)
		goto cleanup;
	co.termbase = tb;
	if ((error = bitext_checker_new(&c, &co)) < 0)
		goto cleanup;
	for (i = 0; i < 3; i++) {
		bitext_check_unit u;
		memset(&u, 0, sizeof(u));
		u.src = src[i];
		u.src_len = strlen(src[i]);
		u.tgt = tgt[i];
		u.tgt_len = strlen(tgt[i]);
		if ((error = bitext_checker_add(c, &u)) < 0)
			goto cleanup;
	}
	if ((error = bitext_checker_run(c)) < 0)
		goto cleanup;
	/* the report, through a memory stream (glibc's own allocations) */
	f = open_memstream(&report, &rlen);
	if (!f) {
		error = -1;
		goto cleanup;
	}
	error = bitext_checker_report(c, f, BITEXT_REPORT_JSONL, "t");
	fclose(f);
	if (error >= 0)
		snprintf(sum, sumsz, "%zu bytes of report", rlen);
cleanup:
	free(report);
	bitext_checker_free(c);
	bitext_termbase_free(tb);
	return error;
}

/* Memories in the other formats, read and written through the same
 * reader/writer pair as TMX: convert IN to OUT (files of the test folder). */
static int convert(char *sum, size_t sumsz, const char *from, const char *to)
{
	bitext_tm_convert_options co = BITEXT_TM_CONVERT_OPTIONS_INIT;
	char in[1024], out[1024];
	int error;

	tmp_path(in, sizeof(in), from);
	tmp_path(out, sizeof(out), to);
	error = bitext_tm_convert(in, out, &co, NULL);
	return error < 0 ? error : summarize_file(sum, sumsz, out);
}

static int sc_xliff_read(char *sum, size_t sumsz)
{
	return convert(sum, sumsz, "in.xlf", "out.tmx");
}

static int sc_xliff_write(char *sum, size_t sumsz)
{
	return convert(sum, sumsz, "in.tmx", "out.xlf");
}

static int sc_po_read(char *sum, size_t sumsz)
{
	return convert(sum, sumsz, "in.po", "out.tsv");
}

static int sc_po_write(char *sum, size_t sumsz)
{
	return convert(sum, sumsz, "in.tmx", "out.po");
}

static const char tbx_text[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
	"xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n"
	"<conceptEntry id=\"c1\"><langSec xml:lang=\"ko\"><termSec>"
	"<term>지하철</term></termSec></langSec><langSec xml:lang=\"en\">"
	"<termSec><term>subway</term><termNote type=\"administrativeStatus\">"
	"preferredTerm-admn-sts</termNote></termSec><termSec><term>underground"
	"</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts"
	"</termNote></termSec></langSec></conceptEntry>\n"
	"<conceptEntry id=\"c2\"><langSec xml:lang=\"ko\"><termSec><term>요금"
	"</term></termSec></langSec><langSec xml:lang=\"en\"><termSec><term>"
	"fare</term></termSec></langSec></conceptEntry>\n"
	"</body></text></tbx>\n";

static int sc_termbase_tbx(char *sum, size_t sumsz)
{
	return termbase_from(sum, sumsz, "t.tbx", tbx_text);
}

/* ---- the loops -------------------------------------------------------- */

/* Hidden files of the test folder: a temporary file of an atomic write
 * (".NAME.PID.XXXXXX") left behind shows up here. */
static int stray_files(char *what, size_t whatsz)
{
	char dir[512];
	DIR *d;
	struct dirent *e;
	int n = 0;

	snprintf(dir, sizeof(dir), "%s", test_tmp("in.tmx"));
	*strrchr(dir, '/') = '\0';
	if (!(d = opendir(dir)))
		return 0;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' && (!e->d_name[1] ||
		    (e->d_name[1] == '.' && !e->d_name[2])))
			continue;
		if (e->d_name[0] != '.')
			continue;
		snprintf(what, whatsz, "%s", e->d_name);
		n++;
	}
	closedir(d);
	return n;
}

static int setup_inputs(void)
{
	static const char tsv[] = "ko\ten\n지하철 요금\tSubway fares\n"
		"버스\tbus\n";
	static const char xlf[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
		"<file original=\"a.html\" source-language=\"ko\" "
		"target-language=\"en\" datatype=\"html\"><body>\n"
		"<trans-unit id=\"1\"><source>요금이 <g id=\"1\">300원</g> 오른다."
		"</source><target state=\"translated\">Fares rise by <g id=\"1\">"
		"300 won</g>.</target><note>n</note></trans-unit>\n"
		"<trans-unit id=\"2\"><source>지하철 <x id=\"2\"/>요금</source>"
		"<target>Subway <x id=\"2\"/>fares</target></trans-unit>\n"
		"</body></file></xliff>\n";
	static const char po[] = "msgid \"\"\nmsgstr \"\"\n"
		"\"Language: ko\\n\"\n"
		"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
		"\"Plural-Forms: nplurals=1; plural=0;\\n\"\n\n"
		"#. a menu item\n#: src/menu.c:12\nmsgid \"Open file\"\n"
		"msgstr \"파일 열기\"\n\n"
		"#, c-format\nmsgctxt \"menu\"\nmsgid \"%d file\"\n"
		"msgid_plural \"%d files\"\nmsgstr[0] \"파일 %d개\"\n";

	return test_write(test_tmp("in.tmx"), tmx_text, strlen(tmx_text)) < 0 ||
		test_write(test_tmp("in2.tsv"), tsv, strlen(tsv)) < 0 ||
		test_write(test_tmp("in.xlf"), xlf, strlen(xlf)) < 0 ||
		test_write(test_tmp("in.po"), po, strlen(po)) < 0 ? -1 : 0;
}

/*
 * Run `fn` failing allocation 0, 1, 2 ... until a run does not reach the
 * failure. `out` names the output file of the scenario (or NULL): before
 * each run it holds "old"; after a failed run it must still, and no other
 * file may be left. Returns the number of runs, or -1 after a test failure.
 */
static long alloc_loop(scenario_fn fn, const char *out, const char *tag)
{
	char want[4096] = "", got[4096], stray[256];
	long n;
	int ret;

	ret = fn(want, sizeof(want));
	if (ret < 0) {
		test__fail(__FILE__, __LINE__, "%s: fails without faults: %s", tag,
			bitext_error_last() ? bitext_error_last()->message : "?");
		return -1;
	}
	/* TEST_FAULT_FROM=N starts at allocation N (with TEST_FAULT_TRACE, to
	 * see where a failure was injected) */
	for (n = getenv("TEST_FAULT_FROM") ? atol(getenv("TEST_FAULT_FROM")) : 0;; n++) {
		if (out && test_write(test_tmp(out), "old", 3) < 0)
			return -1;
		got[0] = '\0';
		bitext_error_clear();
		fault_arm(n);
		ret = fn(got, sizeof(got));
		fault_disarm();
		if (!fault_hit)
			break;
		if (ret < 0) {
			const bitext_error *e = bitext_error_last();
			char *old;
			if (!e || !e->message || !*e->message) {
				test__fail(__FILE__, __LINE__, "%s: allocation %ld failed: "
					"error %d without a message", tag, n, ret);
				return -1;
			}
			if (out && (!(old = test_slurp(test_tmp(out), NULL)) ||
			    strcmp(old, "old"))) {
				free(old);
				test__fail(__FILE__, __LINE__, "%s: allocation %ld failed: "
					"the old output changed", tag, n);
				return -1;
			}
			if (out)
				free(old);
		} else if (strcmp(got, want)) {
			test__fail(__FILE__, __LINE__, "%s: allocation %ld failed, the "
				"run succeeded with another result: \"%s\" != \"%s\"", tag,
				n, got, want);
			return -1;
		}
		if (stray_files(stray, sizeof(stray))) {
			test__fail(__FILE__, __LINE__, "%s: allocation %ld failed: %s "
				"left behind", tag, n, stray);
			return -1;
		}
	}
	if (n < 10) {
		test__fail(__FILE__, __LINE__, "%s: only %ld allocations: are the "
			"wrappers linked in?", tag, n);
		return -1;
	}
	return n;
}

/*
 * Write the output of `fn` under a cap on file size from 0 bytes up to its
 * full size: every run that cannot write all must fail with a message and
 * leave the old output as it was, with no temporary file.
 */
static int write_loop(scenario_fn fn, const char *out, const char *tag)
{
	struct rlimit old_lim, lim;
	char got[4096], stray[256];
	size_t full = 0, cap, step;
	char *s;
	int ret;

	if (test_write(test_tmp(out), "old", 3) < 0 || fn(got, sizeof(got)) < 0 ||
	    !(s = test_slurp(test_tmp(out), &full)))
		return test__fail(__FILE__, __LINE__, "%s: no output", tag), -1;
	free(s);
	getrlimit(RLIMIT_FSIZE, &old_lim);
	signal(SIGXFSZ, SIG_IGN);
	step = full / 40 + 1;
	for (cap = 0; cap < full; cap += step) {
		if (test_write(test_tmp(out), "old", 3) < 0)
			return -1;
		lim = old_lim;
		lim.rlim_cur = cap;
		setrlimit(RLIMIT_FSIZE, &lim);
		bitext_error_clear();
		ret = fn(got, sizeof(got));
		setrlimit(RLIMIT_FSIZE, &old_lim);
		if (ret >= 0)
			return test__fail(__FILE__, __LINE__, "%s: a %zu-byte output "
				"written under a cap of %zu bytes", tag, full, cap), -1;
		if (!bitext_error_last() || !bitext_error_last()->message)
			return test__fail(__FILE__, __LINE__, "%s: cap %zu: error "
				"without a message", tag, cap), -1;
		s = test_slurp(test_tmp(out), NULL);
		if (!s || strcmp(s, "old")) {
			free(s);
			return test__fail(__FILE__, __LINE__, "%s: cap %zu: the old "
				"output changed", tag, cap), -1;
		}
		free(s);
		if (stray_files(stray, sizeof(stray)))
			return test__fail(__FILE__, __LINE__, "%s: cap %zu: %s left "
				"behind", tag, cap, stray), -1;
	}
	signal(SIGXFSZ, SIG_DFL);
	return 0;
}

void test_fault__initialize(void)
{
	bitext_msg_set_lang("en");
	fault_disarm();
	if (setup_inputs() < 0)
		test__fail(__FILE__, __LINE__, "cannot write the inputs");
}

void test_fault__cleanup(void)
{
	fault_disarm();
}

void test_fault__segment(void)
{
	T_ASSERT(alloc_loop(sc_segment, NULL, "segment") > 0);
}

void test_fault__align(void)
{
	T_ASSERT(alloc_loop(sc_align, NULL, "align") > 0);
}

void test_fault__tmx_read(void)
{
	T_ASSERT(alloc_loop(sc_tmx_read, NULL, "tmx read") > 0);
}

void test_fault__tmx_convert(void)
{
	T_ASSERT(alloc_loop(sc_tmx_convert, "out.tsv", "tmx convert") > 0);
	T_ASSERT(write_loop(sc_tmx_convert, "out.tsv", "tmx convert") == 0);
}

void test_fault__tmx_merge(void)
{
	T_ASSERT(alloc_loop(sc_tmx_merge, "out.jsonl", "tmx merge") > 0);
	T_ASSERT(write_loop(sc_tmx_merge, "out.jsonl", "tmx merge") == 0);
}

void test_fault__align_tmx_write(void)
{
	T_ASSERT(alloc_loop(sc_align_save, "out.tmx", "align to TMX") > 0);
	T_ASSERT(write_loop(sc_align_save, "out.tmx", "align to TMX") == 0);
}

void test_fault__termbase(void)
{
	T_ASSERT(alloc_loop(sc_termbase, NULL, "termbase") > 0);
}

void test_fault__check(void)
{
	T_ASSERT(alloc_loop(sc_check, NULL, "check") > 0);
}

void test_fault__xliff_read(void)
{
	T_ASSERT(alloc_loop(sc_xliff_read, "out.tmx", "XLIFF read") > 0);
	T_ASSERT(write_loop(sc_xliff_read, "out.tmx", "XLIFF read") == 0);
}

void test_fault__xliff_write(void)
{
	T_ASSERT(alloc_loop(sc_xliff_write, "out.xlf", "XLIFF write") > 0);
	T_ASSERT(write_loop(sc_xliff_write, "out.xlf", "XLIFF write") == 0);
}

void test_fault__po_read(void)
{
	T_ASSERT(alloc_loop(sc_po_read, "out.tsv", "PO read") > 0);
	T_ASSERT(write_loop(sc_po_read, "out.tsv", "PO read") == 0);
}

void test_fault__po_write(void)
{
	T_ASSERT(alloc_loop(sc_po_write, "out.po", "PO write") > 0);
	T_ASSERT(write_loop(sc_po_write, "out.po", "PO write") == 0);
}

void test_fault__termbase_tbx(void)
{
	T_ASSERT(alloc_loop(sc_termbase_tbx, NULL, "TBX termbase") > 0);
}

/* Units that exercise every rule of the checker: numbers, tags, terms,
 * repeated words, URLs, inconsistent translations, lengths. */
static const char *const check_units[][2] = {
	{ "소니는 2014년 11월 24일 해킹을 당했다.",
	  "Sony was hacked on Nov. 24, 2014." },
	{ "북한은 해킹을 부인했다 http://example.com/a 참고.",
	  "North Korea denied denied the hack, see http://example.com/b." },
	{ "소니는 2014년 11월 24일 해킹을 당했다.",
	  "Sony Pictures was attacked on 24 November 2014." },
	{ "정부는 예산 656조 원을 확정했다.",
	  "The government set a budget of 565 trillion won." },
};

static int check_run_all(const bitext_termbase *tb, int *ran)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c = NULL;
	bitext_check_unit u = { 0 };
	size_t i;
	int error;

	*ran = 0;
	o.src_lang = "ko";
	o.tgt_lang = "en";
	o.termbase = tb;
	if ((error = bitext_checker_new(&c, &o)) < 0)
		return error;
	/* spelling loads a hunspell dictionary per checker: slow, and its
	 * allocations are hunspell's own; the other rules cover the paths */
	bitext_checker_set(c, BITEXT_CHECK_SPELLING, BITEXT_SEVERITY_OFF);
	for (i = 0; i < sizeof(check_units) / sizeof(check_units[0]); i++) {
		u.src = check_units[i][0];
		u.src_len = strlen(u.src);
		u.tgt = check_units[i][1];
		u.tgt_len = strlen(u.tgt);
		if ((error = bitext_checker_add(c, &u)) < 0)
			break;
	}
	if (!error) {
		*ran = 1;
		error = bitext_checker_run(c);
	}
	bitext_checker_free(c);
	return error;
}

/* A rule whose allocation fails makes bitext_checker_run fail with the
 * rule's own error: BITEXT_ENOMEM and "out of memory", never a generic
 * internal error standing in for it. */
void test_fault__checker_run_keeps_the_rules_error(void)
{
	const char *g = "# bitext-glossary ko en\n소니\tSony\n북한\tNorth Korea\n";
	bitext_termbase *tb = NULL;
	const bitext_error *e;
	long n;
	int error, ran, failures = 0;

	T_ASSERT_OK(bitext_termbase_load_buffer(&tb, "g.tsv", g, strlen(g), NULL));
	for (n = 0; n < 100000; n++) {
		bitext_error_clear();
		fault_arm(n);
		error = check_run_all(tb, &ran);
		fault_disarm();
		if (!fault_hit) {
			if (error < 0) {
				bitext_termbase_free(tb);
				test__fail(__FILE__, __LINE__, "allocation %ld: no allocation "
					"failed, yet the run returned %d", n, error);
				return;
			}
			break;             /* every allocation of a run succeeded */
		}
		if (!ran)
			continue;          /* failed in new/add: not this test's subject */
		if (error == 0)
			continue;          /* a failure the run could do without */
		failures++;
		e = bitext_error_last();
		if (error != BITEXT_ENOMEM || !e || !e->msgid ||
		    strcmp(e->msgid, "err_nomem")) {
			bitext_termbase_free(tb);
			test__fail(__FILE__, __LINE__, "allocation %ld: run returned %d "
				"with \"%s\" (%s), not BITEXT_ENOMEM \"out of memory\"", n,
				error, e && e->message ? e->message : "",
				e && e->msgid ? e->msgid : "no msgid");
			return;
		}
	}
	bitext_termbase_free(tb);
	T_ASSERT(n < 100000);
	T_ASSERT(failures > 0);
	printf("# %ld allocations failed in turn, %d of them failing the run\n",
		n, failures);
}
