/*
 * html.c - HTML articles (placeholder until the SAX reader lands).
 */
#include "text_int.h"
#include "bitext/errors.h"

int bitext_html__load(bitext_doc *doc, const char *name, const char *html,
	size_t len, const text_marks *marks)
{
	(void)doc; (void)html; (void)len; (void)marks;
	bitext_error_set(BITEXT_EPARSE, "err_internal", "html", NULL);
	bitext_error_locate(name, 0, 0, -1);
	return BITEXT_EPARSE;
}
