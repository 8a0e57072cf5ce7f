/*
 * check_skip.c - the checks a run could not do, and why (bitext_checker_
 * not_run): a check the user has on must not be skipped in silence.
 *
 *   spelling      no hunspell dictionary for the target language (or the
 *                 source's, with spell_source); the reason names the Debian
 *                 package that has one, when one does
 *   terminology,  a termbase is given but has no term in the source or the
 *   forbidden     target language, so no term can match
 *
 * Reasons are formatted in the UI language into the run's arena (valid
 * until the next run).
 */
#include "check/check_int.h"
#include "lang/lang_int.h"

#include <bitext/errors.h>
#include <bitext/msg.h>

#include <string.h>

/* Record one check not run: reason `msgid` with `lang` and the package. */
static int skip_add(bitext_checker *c, bitext_check_id id, const char *msgid,
	const char *lang, const char *package)
{
	const char *args[2] = { lang, package ? package : "" };
	bitext_check_skip *s;
	bitext_buf b = BITEXT_BUF_INIT;
	int error = 0;

	if (c->nskips == CHECK_MAX_SKIPS)
		return 0;
	if (bitext_msg_formatv(&b, msgid, args, 2) < 0 || !b.ptr)
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	s = &c->skips[c->nskips];
	s->check = id;
	s->reason = error ? NULL : bitext_arena_strndup(&c->farena, b.ptr, b.size);
	s->package = package ? bitext_arena_strndup(&c->farena, package,
		strlen(package)) : NULL;
	bitext_buf_dispose(&b);
	if (!error && (!s->reason || (package && !s->package)))
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (!error)
		c->nskips++;
	return error;
}

/* Spelling of one side without its dictionary. */
static int skip_spelling(bitext_checker *c, const char *lang)
{
	char pkg[64];

	if (bitext_lang__hunspell_package(pkg, sizeof(pkg), lang))
		return skip_add(c, BITEXT_CHECK_SPELLING, "check_not_run_dict",
			lang, pkg);
	return skip_add(c, BITEXT_CHECK_SPELLING, "check_not_run_dict_none",
		lang, NULL);
}

/* 1 when the termbase has a term in `lang` (or one for every language). */
static int skip_tb_has(const bitext_termbase *tb, const char *lang)
{
	size_t i, n = bitext_termbase_term_count(tb);

	for (i = 0; i < n; i++)
		if (bitext_termbase_lang_match(bitext_termbase_term(tb, i)->lang,
		    lang))
			return 1;
	return 0;
}

int bitext_check__not_run_scan(bitext_checker *c)
{
	const char *side[2] = { c->src_lang, c->tgt_lang };
	int k, error = 0;

	c->nskips = 0;
	if (c->sev[BITEXT_CHECK_SPELLING]) {
		if (!c->sp_tgt)
			error = skip_spelling(c, c->tgt_lang);
		if (!error && c->spell_source && !c->sp_src)
			error = skip_spelling(c, c->src_lang);
	}
	if (!c->tb || (!c->sev[BITEXT_CHECK_TERMINOLOGY] &&
	    !c->sev[BITEXT_CHECK_FORBIDDEN]))
		return error;
	for (k = 0; k < 2 && !error; k++) {
		if (skip_tb_has(c->tb, side[k]))
			continue;
		if (c->sev[BITEXT_CHECK_TERMINOLOGY])
			error = skip_add(c, BITEXT_CHECK_TERMINOLOGY,
				"check_not_run_terms", side[k], NULL);
		if (!error && c->sev[BITEXT_CHECK_FORBIDDEN] && k == 1)
			error = skip_add(c, BITEXT_CHECK_FORBIDDEN,
				"check_not_run_terms", side[k], NULL);
	}
	return error;
}

const bitext_check_skip *bitext_checker_not_run(const bitext_checker *c,
	size_t *count)
{
	*count = c ? c->nskips : 0;
	return c && c->nskips ? c->skips : NULL;
}
