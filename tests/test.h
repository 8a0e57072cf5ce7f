/*
 * test.h - the tiny harness of bitext's unit tests.
 *
 * A test file tests/test_<module>.c defines functions
 *     void test_<module>__<case>(void)
 * and, optionally, test_<module>__initialize / test_<module>__cleanup, run
 * around every case. tests/gen-list.sh collects them; tests/harness.c runs
 * all of them, or the ones named on the command line, printing one line per
 * case: "ok NAME", "FAIL NAME: file:line: what" or "skip NAME: why".
 * Tests run from the top of the source tree.
 */
#ifndef BITEXT_TEST_H
#define BITEXT_TEST_H

#include <stdio.h>
#include <string.h>
#include <bitext/bitext.h>

void test__fail(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
void test__skip(const char *why);
/* A path under the build's temporary folder for this test; the folder is
 * created on first use and removed at exit. */
const char *test_tmp(const char *name);
/* Read a whole file into a NUL-terminated malloc'd string (NULL if none). */
char *test_slurp(const char *path, size_t *len);
/* Write bytes to a file. Returns 0 or -1. */
int test_write(const char *path, const void *data, size_t len);

#define T_ASSERT(c) do { if (!(c)) { \
	test__fail(__FILE__, __LINE__, "%s", #c); return; } } while (0)

#define T_ASSERT_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
	if (a_ != b_) { test__fail(__FILE__, __LINE__, "%s == %s (%lld != %lld)", \
		#a, #b, a_, b_); return; } } while (0)

#define T_ASSERT_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
	if (!a_ || !b_ || strcmp(a_, b_)) { test__fail(__FILE__, __LINE__, \
		"%s == %s (\"%s\" != \"%s\")", #a, #b, a_ ? a_ : "(null)", \
		b_ ? b_ : "(null)"); return; } } while (0)

#define T_ASSERT_NEAR(a, b, eps) do { double a_ = (a), b_ = (b); \
	if (a_ - b_ > (eps) || b_ - a_ > (eps)) { test__fail(__FILE__, __LINE__, \
		"%s ~ %s (%g vs %g)", #a, #b, a_, b_); return; } } while (0)

#define T_ASSERT_OK(expr) do { int r_ = (expr); if (r_ < 0) { \
	const bitext_error *e_ = bitext_error_last(); \
	test__fail(__FILE__, __LINE__, "%s failed: %d %s", #expr, r_, \
		e_ && e_->message ? e_->message : ""); return; } } while (0)

#define T_SKIP(why) do { test__skip(why); return; } while (0)

#endif
