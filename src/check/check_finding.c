/*
 * check_finding.c - what every rule of the checker shares at its end: a
 * finding appended to the run (bitext_check__add: strings copied into the
 * run's arena).
 */
#include "check/check_int.h"

#include <bitext/errors.h>

#include <string.h>

void bitext_check__add(bitext_checker *c, size_t ui, bitext_check_id id,
	bitext_severity sev, long s0, long s1, long t0, long t1,
	const char *message, const char *suggestion, const char *rule)
{
	bitext_finding *f;

	if (c->error)
		return;
	if (bitext__grow((void **)&c->findings, &c->afindings, c->nfindings + 1,
	    sizeof(*c->findings)) < 0) {
		c->error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		return;
	}
	f = &c->findings[c->nfindings];
	f->check = id;
	f->severity = sev;
	f->unit = ui;
	f->rule = rule;
	f->src_start = s0;
	f->src_end = s1;
	f->tgt_start = t0;
	f->tgt_end = t1;
	f->message = bitext_arena_strndup(&c->farena, message, strlen(message));
	f->suggestion = suggestion ? bitext_arena_strndup(&c->farena, suggestion,
		strlen(suggestion)) : NULL;
	if (!f->message || (suggestion && !f->suggestion)) {
		c->error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		return;
	}
	c->nfindings++;
}
