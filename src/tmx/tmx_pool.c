/*
 * tmx_pool.c - the memory of a unit or header (tmx_int.h): a pool (an
 * arena) holding every string and array of one unit, and arrays that grow
 * inside it (capacity implied by the count, see bitext_tmx__pool_grow).
 */
#include "tmx/tmx_int.h"
#include "util/limits.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void *bitext_tmx__pool_alloc(tmx_pool *p, size_t n)
{
	void *out = bitext_arena_alloc(&p->arena, n);

	if (out)
		p->total += n;
	return out;
}

char *bitext_tmx__pool_strndup(tmx_pool *p, const char *s, size_t n)
{
	char *d = bitext_arena_strndup(&p->arena, s, n);

	if (d)
		p->total += n + 1;
	return d;
}

char *bitext_tmx__pool_strdup(tmx_pool *p, const char *s)
{
	return s ? bitext_tmx__pool_strndup(p, s, strlen(s)) : NULL;
}

void bitext_tmx__pool_reset(tmx_pool *p)
{
	bitext_arena_reset(&p->arena);
	p->total = 0;
}

void bitext_tmx__pool_dispose(tmx_pool *p)
{
	bitext_arena_dispose(&p->arena);
	p->total = 0;
}

int bitext_tmx__pool_grow(tmx_pool *p, void **arr, size_t n, size_t elem)
{
	void *bigger;
	size_t cap;

	if (n != 0 && (n < 4 || (n & (n - 1)) != 0))
		return 0;                      /* room left */
	cap = n ? n * 2 : 4;
	bigger = bitext_tmx__pool_alloc(p, cap * elem);
	if (!bigger)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (n)
		memcpy(bigger, *arr, n * elem);
	*arr = bigger;
	return 0;
}

/* ---- arrays -------------------------------------------------------------- */


int bitext_tmx__attrs_add(tmx_pool *p, const bitext_tmx_attr **attrs, size_t *n,
	const char *name, const char *value)
{
	bitext_tmx_attr *a;

	if (bitext_tmx__pool_grow(p, (void **)attrs, *n, sizeof(**attrs)) < 0)
		return BITEXT_ENOMEM;
	a = (bitext_tmx_attr *)*attrs + *n;
	a->name = bitext_tmx__pool_strdup(p, name);
	a->value = bitext_tmx__pool_strdup(p, value ? value : "");
	if (!a->name || !a->value)
		return NOMEM();
	(*n)++;
	return 0;
}

int bitext_tmx__props_add(tmx_pool *p, const bitext_tmx_prop **props, size_t *n,
	unsigned order, const char *type, const char *value, const char *lang,
	const char *o_encoding)
{
	bitext_tmx_prop *pr;

	if (bitext_tmx__pool_grow(p, (void **)props, *n, sizeof(**props)) < 0)
		return BITEXT_ENOMEM;
	pr = (bitext_tmx_prop *)*props + *n;
	pr->type = bitext_tmx__pool_strdup(p, type ? type : "");
	pr->value = bitext_tmx__pool_strdup(p, value ? value : "");
	pr->lang = bitext_tmx__pool_strdup(p, lang);
	pr->o_encoding = bitext_tmx__pool_strdup(p, o_encoding);
	pr->order = order;
	if (!pr->type || !pr->value || (lang && !pr->lang) ||
	    (o_encoding && !pr->o_encoding))
		return NOMEM();
	(*n)++;
	return 0;
}

int bitext_tmx__notes_add(tmx_pool *p, const bitext_tmx_note **notes, size_t *n,
	unsigned order, const char *text, const char *lang,
	const char *o_encoding)
{
	bitext_tmx_note *no;

	if (bitext_tmx__pool_grow(p, (void **)notes, *n, sizeof(**notes)) < 0)
		return BITEXT_ENOMEM;
	no = (bitext_tmx_note *)*notes + *n;
	no->text = bitext_tmx__pool_strdup(p, text ? text : "");
	no->lang = bitext_tmx__pool_strdup(p, lang);
	no->o_encoding = bitext_tmx__pool_strdup(p, o_encoding);
	no->order = order;
	if (!no->text || (lang && !no->lang) || (o_encoding && !no->o_encoding))
		return NOMEM();
	(*n)++;
	return 0;
}

int bitext_tmx__tuvs_add(tmx_pool *p, bitext_tmx_unit *u, int *out)
{
	bitext_tmx_tuv *t;

	if (u->ntuvs >= BITEXT_MAX_TMX_TUVS)
		return bitext_error_set(BITEXT_ELIMIT, "tmx_too_many_tuvs", NULL);
	if (bitext_tmx__pool_grow(p, (void **)&u->tuvs, u->ntuvs, sizeof(*u->tuvs)) < 0)
		return BITEXT_ENOMEM;
	t = (bitext_tmx_tuv *)u->tuvs + u->ntuvs;
	memset(t, 0, sizeof(*t));
	t->seg = "";
	t->text = "";
	*out = (int)u->ntuvs++;
	return 0;
}
