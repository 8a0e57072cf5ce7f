/*
 * test_fault.c - allocation failures inside the library (SQLite's fault
 * tests): this binary is linked with -Wl,--wrap for malloc, calloc and
 * realloc, so every allocation libbitext.a makes goes through the wrappers
 * below, which fail the Nth one when armed. Each case loops over N: every
 * failure must end in a clean error with the right code and message (and,
 * under the sanitizers, no leak).
 */
#include "test.h"

#include <stdlib.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);

static long g_countdown = -1;     /* allocations left before one fails */
static int g_failed;              /* an allocation failed since arming */

static int fault_now(void)
{
	if (g_countdown < 0)
		return 0;
	if (g_countdown-- > 0)
		return 0;
	g_failed = 1;
	return 1;
}

void *__wrap_malloc(size_t n)
{
	return fault_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t k, size_t n)
{
	return fault_now() ? NULL : __real_calloc(k, n);
}

void *__wrap_realloc(void *p, size_t n)
{
	return fault_now() ? NULL : __real_realloc(p, n);
}

/* Fail the allocation after `n` more succeed (-1: never; g_failed keeps
 * telling whether the last armed one failed). */
static void fault_arm(long n)
{
	g_countdown = n;
	if (n >= 0)
		g_failed = 0;
}

void test_fault__initialize(void)
{
	bitext_msg_set_lang("en");
	fault_arm(-1);
}

void test_fault__cleanup(void)
{
	fault_arm(-1);
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
		fault_arm(-1);
		if (!g_failed) {
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
