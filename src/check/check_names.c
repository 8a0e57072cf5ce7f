/*
 * check_names.c - the checks' ids as people write them (profiles, reports,
 * ignore lists), their default severities, and the severities' names.
 */
#include "check/check_int.h"

#include <bitext/errors.h>
#include <string.h>

static const struct {
	const char *name;
	bitext_severity def;
} check_table[BITEXT_CHECK_COUNT_] = {
	{ "normalization", BITEXT_SEVERITY_WARNING },
	{ "invisible", BITEXT_SEVERITY_WARNING },
	{ "whitespace", BITEXT_SEVERITY_WARNING },
	{ "spelling", BITEXT_SEVERITY_WARNING },
	{ "terminology", BITEXT_SEVERITY_WARNING },
	{ "forbidden", BITEXT_SEVERITY_ERROR },
	{ "number", BITEXT_SEVERITY_ERROR },
	{ "untranslated", BITEXT_SEVERITY_ERROR },
	{ "empty", BITEXT_SEVERITY_ERROR },
	{ "punctuation", BITEXT_SEVERITY_WARNING },
	{ "length", BITEXT_SEVERITY_WARNING },
	{ "inconsistency", BITEXT_SEVERITY_WARNING },
	{ "tags", BITEXT_SEVERITY_ERROR },
	{ "repeated", BITEXT_SEVERITY_WARNING },
	{ "url", BITEXT_SEVERITY_ERROR },
	{ "checklist", BITEXT_SEVERITY_WARNING },
};

static const char *const sev_names[] = { "off", "info", "warning", "error" };

const char *bitext_check_name(bitext_check_id id)
{
	return (unsigned)id < BITEXT_CHECK_COUNT_ ? check_table[id].name : NULL;
}

int bitext_check_from_name(bitext_check_id *out, const char *name)
{
	int i;

	for (i = 0; i < BITEXT_CHECK_COUNT_; i++) {
		if (!strcmp(check_table[i].name, name)) {
			*out = (bitext_check_id)i;
			return 0;
		}
	}
	return BITEXT_ENOTFOUND;
}

const char *bitext_severity_name(bitext_severity s)
{
	return (unsigned)s <= BITEXT_SEVERITY_ERROR ? sev_names[s] : "?";
}

int bitext_severity_from_name(bitext_severity *out, const char *name)
{
	int i;

	for (i = 0; i <= BITEXT_SEVERITY_ERROR; i++) {
		if (!strcmp(sev_names[i], name)) {
			*out = (bitext_severity)i;
			return 0;
		}
	}
	return BITEXT_ENOTFOUND;
}

bitext_severity bitext_check__default_severity(bitext_check_id id)
{
	return (unsigned)id < BITEXT_CHECK_COUNT_ ? check_table[id].def :
		BITEXT_SEVERITY_OFF;
}
