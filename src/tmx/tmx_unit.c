/*
 * tmx_unit.c - translation units and headers of bitext/tmx.h: their memory,
 * building and changing them, deep copies, accessors, escaping and NFC.
 *
 * Memory: a unit (or header) made here carries a tmx_owner in priv_, whose
 * pool holds every string and every array of the unit. Arrays grow inside
 * the pool (capacity implied by the count, see bitext_tmx__pool_grow), so freeing a
 * unit is one pool dispose and the reader empties its reused unit with a
 * pool reset. Replacing a value leaves the old bytes in the pool until the
 * unit is freed; units are small, so this is bounded by the edits made.
 *
 * Invariants: every variant has non-NULL seg and text (possibly ""), and
 * seg is well-formed inner XML of <seg>: plain text given to the builders
 * is escaped here, XML fragments are parsed by bitext_tmx__seg_parse().
 */
#include "tmx/tmx_int.h"
#include "util/limits.h"
#include "util/utf8.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* ---- units --------------------------------------------------------------- */

/* The private part of a unit or header (priv_): an empty pool, or NULL. */
static void *owner_new(void)
{
	return calloc(1, sizeof(tmx_owner));
}

/*
 * A zero-filled unit or header (`size` bytes) whose priv_, at `priv_off`,
 * holds a new owner. NULL with the error set when out of memory.
 */
static void *owned_new(size_t size, size_t priv_off)
{
	char *obj = calloc(1, size);
	void *priv = owner_new();

	if (!obj || !priv) {
		free(obj);
		free(priv);
		NOMEM();
		return NULL;
	}
	memcpy(obj + priv_off, &priv, sizeof(priv));
	return obj;
}

/* Free a priv_ made by owner_new() and everything in its pool. */
static void owner_free(void **priv)
{
	if (!*priv)
		return;
	bitext_tmx__pool_dispose(&((tmx_owner *)*priv)->pool);
	free(*priv);
	*priv = NULL;
}

int bitext_tmx__unit_init(bitext_tmx_unit *u)
{
	memset(u, 0, sizeof(*u));
	u->priv_ = owner_new();
	return u->priv_ ? 0 : NOMEM();
}

void bitext_tmx__unit_clear(bitext_tmx_unit *u)
{
	void *priv = u->priv_;

	bitext_tmx__pool_reset(TMX_POOL(u));
	memset(u, 0, sizeof(*u));
	u->priv_ = priv;
}

void bitext_tmx__unit_dispose(bitext_tmx_unit *u)
{
	if (u)
		owner_free(&u->priv_);
}

int bitext_tmx_unit_new(bitext_tmx_unit **out)
{
	*out = owned_new(sizeof(**out), offsetof(bitext_tmx_unit, priv_));
	return *out ? 0 : BITEXT_ENOMEM;
}

void bitext_tmx_unit_free(bitext_tmx_unit *unit)
{
	bitext_tmx__unit_dispose(unit);
	free(unit);
}

static int unit_check_tuv(const bitext_tmx_unit *u, int tuv)
{
	if (tuv < -1 || (tuv >= 0 && (size_t)tuv >= u->ntuvs) || !u->priv_)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	return 0;
}

static int unit_put_plain(bitext_tmx_unit *u, bitext_tmx_tuv *t,
	const char *text)
{
	tmx_pool *p = TMX_POOL(u);
	bitext_buf esc = BITEXT_BUF_INIT;
	size_t n = strlen(text), bad = bitext_tmx__xml_text_check(text, n);
	char off[32];
	int error = 0;

	if (bad != (size_t)-1) {
		snprintf(off, sizeof(off), "%zu", bad);
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_char", off, NULL);
	}
	if (bitext_buf_put_xml_text(&esc, text, n) < 0) {
		error = NOMEM();
		goto cleanup;
	}
	t->seg = bitext_tmx__pool_strndup(p, esc.ptr ? esc.ptr : "", esc.size);
	t->text = bitext_tmx__pool_strndup(p, text, n);
	t->text_len = n;
	t->codes = NULL;
	t->ncodes = 0;
	if (!t->seg || !t->text)
		error = NOMEM();
cleanup:
	bitext_buf_dispose(&esc);
	return error;
}

/* Parse a <seg> fragment into variant t (codes and text derived). */
static int unit_put_xml(bitext_tmx_unit *u, bitext_tmx_tuv *t,
	const char *xml);

/*
 * Append a variant in `lang` holding `content`: plain text, or when xml is
 * set a <seg> fragment. Its index, or an error (the unit is unchanged).
 */
static int unit_add_tuv(bitext_tmx_unit *unit, const char *lang,
	const char *content, int xml)
{
	bitext_tmx_tuv *t;
	int idx, error;

	if (!unit || !unit->priv_ || !lang || !content)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	if ((error = bitext_tmx__tuvs_add(TMX_POOL(unit), unit, &idx)) < 0)
		return error;
	t = (bitext_tmx_tuv *)&unit->tuvs[idx];
	error = xml ? unit_put_xml(unit, t, content) :
		unit_put_plain(unit, t, content);
	if (error == 0)
		error = bitext_tmx_unit_set_lang(unit, idx, lang);
	if (error < 0) {
		unit->ntuvs--;
		return error;
	}
	return idx;
}

int bitext_tmx_unit_add_tuv(bitext_tmx_unit *unit, const char *lang,
	const char *text)
{
	return unit_add_tuv(unit, lang, text, 0);
}

int bitext_tmx_unit_add_tuv_xml(bitext_tmx_unit *unit, const char *lang,
	const char *seg_xml)
{
	return unit_add_tuv(unit, lang, seg_xml, 1);
}

/* A copy of string s in the pool (NULL stays NULL; "" is not copied). */
static int unit_pool_str(tmx_pool *p, const char **s)
{
	if (!*s || !**s)
		return 0;
	return (*s = bitext_tmx__pool_strdup(p, *s)) ? 0 : NOMEM();
}

int bitext_tmx__unit_add_tuv_parts(bitext_tmx_unit *u, const char *lang,
	const char *seg, const char *text, size_t text_len,
	const bitext_tmx_code *codes, size_t ncodes)
{
	tmx_pool *p;
	bitext_tmx_tuv *t;
	bitext_tmx_code *c = NULL;
	size_t i;
	int idx, error = 0;

	if (!u || !u->priv_ || !lang || !seg || !text)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	/* as unit_put_xml: what the XML parser would refuse */
	if (bitext_tmx__xml_text_check(seg, strlen(seg)) != (size_t)-1)
		return bitext_error_set(BITEXT_EPARSE, "tmx_bad_seg_xml", NULL);
	p = TMX_POOL(u);
	if ((error = bitext_tmx__tuvs_add(p, u, &idx)) < 0)
		return error;
	t = (bitext_tmx_tuv *)&u->tuvs[idx];
	if (ncodes && !(c = bitext_tmx__pool_alloc(p, ncodes * sizeof(*c))))
		error = NOMEM();
	for (i = 0; error == 0 && i < ncodes; i++) {
		c[i] = codes[i];
		if ((error = unit_pool_str(p, &c[i].i)) < 0 ||
		    (error = unit_pool_str(p, &c[i].x)) < 0 ||
		    (error = unit_pool_str(p, &c[i].type)) < 0 ||
		    (error = unit_pool_str(p, &c[i].pos)) < 0 ||
		    (error = unit_pool_str(p, &c[i].assoc)) < 0 ||
		    (error = unit_pool_str(p, &c[i].content)) < 0)
			break;
	}
	if (error == 0) {
		t->text = bitext_tmx__pool_strndup(p, text, text_len);
		t->text_len = text_len;
		/* most segments need no escaping: then seg and text are one string */
		t->seg = !ncodes && t->text && !strcmp(seg, t->text) ? t->text :
			bitext_tmx__pool_strdup(p, seg);
		t->codes = c;
		t->ncodes = ncodes;
		if (!t->text || !t->seg)
			error = NOMEM();
	}
	if (error == 0)
		error = bitext_tmx_unit_set_lang(u, idx, lang);
	if (error < 0) {
		u->ntuvs--;
		return error;
	}
	return idx;
}

/*
 * Variant `tuv` (not -1) of a unit, for a change whose argument is there
 * when have_arg is set; else NULL with *error set.
 */
static bitext_tmx_tuv *unit_variant(bitext_tmx_unit *unit, int tuv,
	int have_arg, int *error)
{
	*error = unit_check_tuv(unit, tuv);
	if (*error == 0 && (tuv < 0 || !have_arg))
		*error = bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	return *error < 0 ? NULL : (bitext_tmx_tuv *)&unit->tuvs[tuv];
}

int bitext_tmx_unit_set_text(bitext_tmx_unit *unit, int tuv, const char *text)
{
	int error;
	bitext_tmx_tuv *t = unit_variant(unit, tuv, text != NULL, &error);

	return t ? unit_put_plain(unit, t, text) : error;
}

int bitext_tmx_unit_set_seg_xml(bitext_tmx_unit *unit, int tuv,
	const char *seg_xml)
{
	int error;
	bitext_tmx_tuv *t = unit_variant(unit, tuv, seg_xml != NULL, &error);

	return t ? unit_put_xml(unit, t, seg_xml) : error;
}

int bitext_tmx_unit_set_lang(bitext_tmx_unit *unit, int tuv, const char *lang)
{
	int error;
	bitext_tmx_tuv *t = unit_variant(unit, tuv, lang != NULL, &error);

	if (!t)
		return error;
	t->lang = bitext_tmx__pool_strdup(TMX_POOL(unit), lang);
	return t->lang ? 0 : NOMEM();
}

int bitext_tmx_unit_remove_tuv(bitext_tmx_unit *unit, int tuv)
{
	int error;
	bitext_tmx_tuv *t = unit_variant(unit, tuv, 1, &error);

	if (!t)
		return error;
	memmove(t, t + 1, (unit->ntuvs - (size_t)tuv - 1) * sizeof(*t));
	unit->ntuvs--;
	return 0;
}

/* Set or remove attribute `name` in an attribute array. */
static int unit_attr_set(tmx_pool *p, const bitext_tmx_attr **attrs,
	size_t *n, const char *name, const char *value)
{
	bitext_tmx_attr *a = (bitext_tmx_attr *)*attrs;
	size_t i;

	for (i = 0; i < *n; i++) {
		if (strcmp(a[i].name, name))
			continue;
		if (!value) {
			memmove(a + i, a + i + 1, (*n - i - 1) * sizeof(*a));
			(*n)--;
			return 0;
		}
		a[i].value = bitext_tmx__pool_strdup(p, value);
		return a[i].value ? 0 : NOMEM();
	}
	if (!value)
		return 0;
	return bitext_tmx__attrs_add(p, attrs, n, name, value);
}

int bitext_tmx_unit_set_attr(bitext_tmx_unit *unit, int tuv,
	const char *name, const char *value)
{
	int error = unit_check_tuv(unit, tuv);
	tmx_pool *p;
	bitext_tmx_tuv *t;

	if (error < 0 || !name)
		return error < 0 ? error :
			bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	p = TMX_POOL(unit);
	if (tuv < 0) {
		if (!strcmp(name, "tuid")) {
			unit->tuid = bitext_tmx__pool_strdup(p, value);
			return (value && !unit->tuid) ? NOMEM() : 0;
		}
		return unit_attr_set(p, &unit->attrs, &unit->nattrs, name, value);
	}
	t = (bitext_tmx_tuv *)&unit->tuvs[tuv];
	if (!strcmp(name, "xml:lang") || !strcmp(name, "lang")) {
		if (!value)
			return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index",
				NULL);
		return bitext_tmx_unit_set_lang(unit, tuv, value);
	}
	return unit_attr_set(p, &t->attrs, &t->nattrs, name, value);
}

int bitext_tmx_unit_add_prop(bitext_tmx_unit *unit, int tuv,
	const char *type, const char *value, const char *lang)
{
	int error = unit_check_tuv(unit, tuv);
	bitext_tmx_tuv *t;

	if (error < 0 || !type || !value)
		return error < 0 ? error :
			bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	if (bitext_tmx__xml_text_check(value, strlen(value)) != (size_t)-1)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_char", "prop",
			NULL);
	if (tuv < 0)
		return bitext_tmx__props_add(TMX_POOL(unit), &unit->props, &unit->nprops,
			(unsigned)(unit->nprops + unit->nnotes), type, value, lang,
			NULL);
	t = (bitext_tmx_tuv *)&unit->tuvs[tuv];
	return bitext_tmx__props_add(TMX_POOL(unit), &t->props, &t->nprops,
		(unsigned)(t->nprops + t->nnotes), type, value, lang, NULL);
}

int bitext_tmx_unit_set_prop(bitext_tmx_unit *unit, int tuv,
	const char *type, const char *value)
{
	int error = unit_check_tuv(unit, tuv);
	size_t *n, i, j;
	bitext_tmx_prop *pr;
	bitext_tmx_tuv *t;

	if (error < 0 || !type)
		return error < 0 ? error :
			bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	if (tuv < 0) {
		pr = (bitext_tmx_prop *)unit->props;
		n = &unit->nprops;
	} else {
		t = (bitext_tmx_tuv *)&unit->tuvs[tuv];
		pr = (bitext_tmx_prop *)t->props;
		n = &t->nprops;
	}
	if (value) {
		for (i = 0; i < *n; i++) {
			if (strcmp(pr[i].type, type))
				continue;
			pr[i].value = bitext_tmx__pool_strdup(TMX_POOL(unit), value);
			return pr[i].value ? 0 : NOMEM();
		}
		return bitext_tmx_unit_add_prop(unit, tuv, type, value, NULL);
	}
	for (i = 0, j = 0; i < *n; i++)
		if (strcmp(pr[i].type, type))
			pr[j++] = pr[i];
	*n = j;
	return 0;
}

int bitext_tmx_unit_add_note(bitext_tmx_unit *unit, int tuv,
	const char *text, const char *lang)
{
	int error = unit_check_tuv(unit, tuv);
	bitext_tmx_tuv *t;

	if (error < 0 || !text)
		return error < 0 ? error :
			bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	if (bitext_tmx__xml_text_check(text, strlen(text)) != (size_t)-1)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_char", "note",
			NULL);
	if (tuv < 0)
		return bitext_tmx__notes_add(TMX_POOL(unit), &unit->notes, &unit->nnotes,
			(unsigned)(unit->nprops + unit->nnotes), text, lang, NULL);
	t = (bitext_tmx_tuv *)&unit->tuvs[tuv];
	return bitext_tmx__notes_add(TMX_POOL(unit), &t->notes, &t->nnotes,
		(unsigned)(t->nprops + t->nnotes), text, lang, NULL);
}

/* ---- copies -------------------------------------------------------------- */

static int copy_attrs(tmx_pool *p, const bitext_tmx_attr **dst, size_t *dn,
	const bitext_tmx_attr *src, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (bitext_tmx__attrs_add(p, dst, dn, src[i].name, src[i].value) < 0)
			return BITEXT_ENOMEM;
	return 0;
}

static int copy_meta(tmx_pool *p,
	const bitext_tmx_prop **dp, size_t *dnp, const bitext_tmx_prop *sp, size_t np,
	const bitext_tmx_note **dn, size_t *dnn, const bitext_tmx_note *sn, size_t nn)
{
	size_t i;

	for (i = 0; i < np; i++)
		if (bitext_tmx__props_add(p, dp, dnp, sp[i].order, sp[i].type,
		    sp[i].value, sp[i].lang, sp[i].o_encoding) < 0)
			return BITEXT_ENOMEM;
	for (i = 0; i < nn; i++)
		if (bitext_tmx__notes_add(p, dn, dnn, sn[i].order, sn[i].text,
		    sn[i].lang, sn[i].o_encoding) < 0)
			return BITEXT_ENOMEM;
	return 0;
}

static int copy_tuv(tmx_pool *p, bitext_tmx_tuv *d, const bitext_tmx_tuv *s)
{
	bitext_tmx_code *codes = NULL;
	size_t i;

	d->lang = bitext_tmx__pool_strdup(p, s->lang ? s->lang : "");
	d->seg = bitext_tmx__pool_strdup(p, s->seg ? s->seg : "");
	d->text = bitext_tmx__pool_strndup(p, s->text ? s->text : "",
		s->text ? s->text_len : 0);
	d->text_len = s->text ? s->text_len : 0;
	if (!d->lang || !d->seg || !d->text)
		return NOMEM();
	if (copy_attrs(p, &d->attrs, &d->nattrs, s->attrs, s->nattrs) < 0 ||
	    copy_meta(p, &d->props, &d->nprops, s->props, s->nprops,
		&d->notes, &d->nnotes, s->notes, s->nnotes) < 0)
		return BITEXT_ENOMEM;
	if (s->ncodes) {
		codes = bitext_tmx__pool_alloc(p, s->ncodes * sizeof(*codes));
		if (!codes)
			return NOMEM();
		for (i = 0; i < s->ncodes; i++) {
			codes[i] = s->codes[i];
			codes[i].i = bitext_tmx__pool_strdup(p, s->codes[i].i);
			codes[i].x = bitext_tmx__pool_strdup(p, s->codes[i].x);
			codes[i].type = bitext_tmx__pool_strdup(p, s->codes[i].type);
			codes[i].pos = bitext_tmx__pool_strdup(p, s->codes[i].pos);
			codes[i].assoc = bitext_tmx__pool_strdup(p, s->codes[i].assoc);
			codes[i].content = bitext_tmx__pool_strdup(p,
				s->codes[i].content ? s->codes[i].content : "");
			if (!codes[i].content)
				return NOMEM();
		}
	}
	d->codes = codes;
	d->ncodes = s->ncodes;
	return 0;
}

int bitext_tmx_unit_dup(bitext_tmx_unit **out, const bitext_tmx_unit *unit)
{
	bitext_tmx_unit *u = NULL;
	tmx_pool *p;
	size_t i;
	int error, idx;

	*out = NULL;
	if ((error = bitext_tmx_unit_new(&u)) < 0)
		return error;
	p = TMX_POOL(u);
	u->tuid = bitext_tmx__pool_strdup(p, unit->tuid);
	u->line = unit->line;
	u->column = unit->column;
	if ((unit->tuid && !u->tuid) ||
	    copy_attrs(p, &u->attrs, &u->nattrs, unit->attrs, unit->nattrs) < 0 ||
	    copy_meta(p, &u->props, &u->nprops, unit->props, unit->nprops,
		&u->notes, &u->nnotes, unit->notes, unit->nnotes) < 0) {
		error = BITEXT_ENOMEM;
		goto cleanup;
	}
	for (i = 0; i < unit->ntuvs; i++) {
		if ((error = bitext_tmx__tuvs_add(p, u, &idx)) < 0)
			goto cleanup;
		error = copy_tuv(p, (bitext_tmx_tuv *)&u->tuvs[idx],
			&unit->tuvs[i]);
		if (error < 0)
			goto cleanup;
	}
	*out = u;
	u = NULL;
cleanup:
	bitext_tmx_unit_free(u);
	return error < 0 ? (bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL),
		error) : 0;
}

/* ---- headers ------------------------------------------------------------- */

int bitext_tmx__header_init(bitext_tmx_header *h)
{
	memset(h, 0, sizeof(*h));
	h->priv_ = owner_new();
	return h->priv_ ? 0 : NOMEM();
}

void bitext_tmx__header_dispose(bitext_tmx_header *h)
{
	if (h)
		owner_free(&h->priv_);
}

int bitext_tmx_header_new(bitext_tmx_header **out)
{
	*out = owned_new(sizeof(**out), offsetof(bitext_tmx_header, priv_));
	return *out ? 0 : BITEXT_ENOMEM;
}

void bitext_tmx_header_free(bitext_tmx_header *header)
{
	bitext_tmx__header_dispose(header);
	free(header);
}

int bitext_tmx_header_dup(bitext_tmx_header **out,
	const bitext_tmx_header *header)
{
	bitext_tmx_header *h = NULL;
	tmx_pool *p;
	int error;

	*out = NULL;
	if ((error = bitext_tmx_header_new(&h)) < 0)
		return error;
	p = TMX_POOL(h);
	h->version = bitext_tmx__pool_strdup(p, header->version);
	h->ude = bitext_tmx__pool_strdup(p, header->ude);
	if (copy_attrs(p, &h->attrs, &h->nattrs, header->attrs,
	    header->nattrs) < 0 ||
	    copy_meta(p, &h->props, &h->nprops, header->props, header->nprops,
		&h->notes, &h->nnotes, header->notes, header->nnotes) < 0) {
		bitext_tmx_header_free(h);
		return NOMEM();
	}
	*out = h;
	return 0;
}

int bitext_tmx_header_set_attr(bitext_tmx_header *header, const char *name,
	const char *value)
{
	if (!header || !header->priv_ || !name)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	return unit_attr_set(TMX_POOL(header), &header->attrs, &header->nattrs,
		name, value);
}

int bitext_tmx_header_add_prop(bitext_tmx_header *header, const char *type,
	const char *value, const char *lang)
{
	if (!header || !header->priv_ || !type || !value)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	return bitext_tmx__props_add(TMX_POOL(header), &header->props, &header->nprops,
		(unsigned)(header->nprops + header->nnotes), type, value, lang,
		NULL);
}

int bitext_tmx_header_add_note(bitext_tmx_header *header, const char *text,
	const char *lang)
{
	if (!header || !header->priv_ || !text)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	return bitext_tmx__notes_add(TMX_POOL(header), &header->notes, &header->nnotes,
		(unsigned)(header->nprops + header->nnotes), text, lang, NULL);
}

/* ---- accessors ----------------------------------------------------------- */

const char *bitext_tmx_attr_get(const bitext_tmx_attr *attrs, size_t nattrs,
	const char *name)
{
	size_t i;

	for (i = 0; i < nattrs; i++)
		if (!strcmp(attrs[i].name, name))
			return attrs[i].value;
	return NULL;
}

const char *bitext_tmx_unit_attr(const bitext_tmx_unit *unit, const char *name)
{
	if (!strcmp(name, "tuid"))
		return unit->tuid;
	return bitext_tmx_attr_get(unit->attrs, unit->nattrs, name);
}

const char *bitext_tmx_header_attr(const bitext_tmx_header *header,
	const char *name)
{
	return bitext_tmx_attr_get(header->attrs, header->nattrs, name);
}

/* Prop types that had two names: the name kept, then the old one. */
static const char *const prop_names[][2] = {
	{ "x-score", "x-confidence" },
	{ "x-alignment", "x-shape" }
};

const char *bitext_tmx_prop_name(const char *type)
{
	size_t k;

	for (k = 0; type && k < sizeof(prop_names) / sizeof(prop_names[0]); k++)
		if (!strcmp(type, prop_names[k][1]))
			return prop_names[k][0];
	return type;
}

/* The other name of a prop type that had two, or NULL. */
static const char *prop_other_name(const char *type)
{
	size_t k;

	for (k = 0; k < sizeof(prop_names) / sizeof(prop_names[0]); k++) {
		if (!strcmp(type, prop_names[k][0]))
			return prop_names[k][1];
		if (!strcmp(type, prop_names[k][1]))
			return prop_names[k][0];
	}
	return NULL;
}

const char *bitext_tmx_unit_prop(const bitext_tmx_unit *unit, const char *type)
{
	const char *other;
	size_t i;

	for (i = 0; i < unit->nprops; i++)
		if (!strcmp(unit->props[i].type, type))
			return unit->props[i].value;
	if (!unit->nprops || !(other = prop_other_name(type)))
		return NULL;
	for (i = 0; i < unit->nprops; i++)
		if (!strcmp(unit->props[i].type, other))
			return unit->props[i].value;
	return NULL;
}

const bitext_tmx_tuv *bitext_tmx__unit_tuv_nth(const bitext_tmx_unit *u,
	const char *lang, size_t k)
{
	size_t i;

	for (i = 0; i < u->ntuvs; i++)
		if (u->tuvs[i].lang && bitext_lang_match(u->tuvs[i].lang, lang) &&
		    k-- == 0)
			return &u->tuvs[i];
	return NULL;
}

size_t bitext_tmx__langs_matching(char *const *langs, size_t n,
	const char *lang)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += bitext_lang_match(langs[i], lang) != 0;
	return k;
}

const bitext_tmx_tuv *bitext_tmx_unit_tuv(const bitext_tmx_unit *unit,
	const char *lang)
{
	return bitext_tmx__unit_tuv_nth(unit, lang, 0);
}

/* ---- fragments ----------------------------------------------------------- */

static void unit_silent_error(void *ctx, xmlErrorPtr err)
{
	int *failed = ctx;

	(void)err;
	*failed = 1;
}

static int unit_put_xml(bitext_tmx_unit *u, bitext_tmx_tuv *t, const char *xml)
{
	bitext_buf doc = BITEXT_BUF_INIT;
	tmx_seg_ctx ctx;
	xmlTextReaderPtr r = NULL;
	int error = 0, failed = 0, unknown = 0, ret;

	memset(&ctx, 0, sizeof(ctx));
	/* bytes that are not UTF-8, or characters XML does not allow: refused
	 * here, as the XML parser would refuse the <seg> written from them */
	if (bitext_tmx__xml_text_check(xml, strlen(xml)) != (size_t)-1)
		return bitext_error_set(BITEXT_EPARSE, "tmx_bad_seg_xml", NULL);
	if (bitext_buf_puts(&doc, "<seg>") < 0 || bitext_buf_puts(&doc, xml) < 0 ||
	    bitext_buf_puts(&doc, "</seg>") < 0) {
		error = NOMEM();
		goto cleanup;
	}
	r = xmlReaderForMemory(doc.ptr, (int)doc.size, NULL, "UTF-8",
		XML_PARSE_NONET | XML_PARSE_NONET);
	if (!r) {
		error = NOMEM();
		goto cleanup;
	}
	xmlTextReaderSetStructuredErrorHandler(r, unit_silent_error, &failed);
	ret = xmlTextReaderRead(r);
	if (ret != 1 || failed) {
		error = bitext_error_set(BITEXT_EPARSE, "tmx_bad_seg_xml", NULL);
		goto cleanup;
	}
	error = bitext_tmx__seg_parse(r, TMX_POOL(u), t, &ctx, &unknown);
	if (error == 0 && (failed || unknown))
		error = bitext_error_set(BITEXT_EPARSE, "tmx_bad_seg_xml", NULL);
cleanup:
	if (r)
		xmlFreeTextReader(r);
	bitext_tmx__seg_ctx_dispose(&ctx);
	bitext_buf_dispose(&doc);
	return error;
}

/* ---- NFC ----------------------------------------------------------------- */

/* NFC of UTF-8 `s` (n bytes) appended to out; *changed set when it differs. */
static int unit_nfc_run(bitext_buf *out, const char *s, size_t n, int *changed)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
	UChar *u = NULL, *v = NULL;
	int32_t ulen = 0, vlen, blen = 0;
	int error = 0;

	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_ERROR, "err_internal", u_errorName(st),
			NULL);
	if (n == 0)
		return 0;
	u = malloc((n + 1) * sizeof(UChar));
	v = malloc((3 * n + 8) * sizeof(UChar));
	if (!u || !v) {
		error = NOMEM();
		goto cleanup;
	}
	u_strFromUTF8(u, (int32_t)n + 1, &ulen, s, (int32_t)n, &st);
	if (U_SUCCESS(st) && unorm2_isNormalized(nfc, u, ulen, &st)) {
		error = bitext_buf_put(out, s, n) < 0 ? NOMEM() : 0;
		goto cleanup;
	}
	st = U_ZERO_ERROR;
	vlen = unorm2_normalize(nfc, u, ulen, v, (int32_t)(3 * n + 8), &st);
	if (U_FAILURE(st)) {
		error = bitext_error_set(BITEXT_EENCODING, "err_internal",
			u_errorName(st), NULL);
		goto cleanup;
	}
	*changed = 1;
	u_strToUTF8(NULL, 0, &blen, v, vlen, &st);
	st = U_ZERO_ERROR;
	if (bitext_buf_grow(out, (size_t)blen + 1) < 0) {
		error = NOMEM();
		goto cleanup;
	}
	u_strToUTF8(out->ptr + out->size, blen + 1, &blen, v, vlen, &st);
	out->size += (size_t)blen;
	out->ptr[out->size] = '\0';
cleanup:
	free(u);
	free(v);
	return error;
}

/* The raw seg with every text run outside native codes normalized. */
static int unit_nfc_seg(bitext_buf *out, const char *seg, int *changed)
{
	const char *p = seg, *lt, *gt;
	int incode = 0;
	int error;

	while (*p) {
		lt = strchr(p, '<');
		if (!lt)
			lt = p + strlen(p);
		error = incode ? (bitext_buf_put(out, p, (size_t)(lt - p)) < 0 ?
			NOMEM() : 0) : unit_nfc_run(out, p, (size_t)(lt - p), changed);
		if (error < 0 || !*lt)
			return error;
		gt = strchr(lt, '>');
		gt = gt ? gt + 1 : lt + strlen(lt);
		if (!strncmp(lt, "<bpt", 4) || !strncmp(lt, "<ept", 4) ||
		    !strncmp(lt, "<ph", 3) || !strncmp(lt, "<it", 3) ||
		    !strncmp(lt, "<ut", 3))
			incode += gt[-2] != '/';
		else if (!strncmp(lt, "</bpt", 5) || !strncmp(lt, "</ept", 5) ||
		    !strncmp(lt, "</ph", 4) || !strncmp(lt, "</it", 4) ||
		    !strncmp(lt, "</ut", 4))
			incode--;
		if (bitext_buf_put(out, lt, (size_t)(gt - lt)) < 0)
			return NOMEM();
		p = gt;
	}
	return 0;
}

int bitext_tmx_unit_nfc(bitext_tmx_unit *unit, size_t *changed)
{
	bitext_buf text = BITEXT_BUF_INIT, seg = BITEXT_BUF_INIT;
	bitext_tmx_tuv *t;
	size_t i, n = 0;
	int error = 0, ch;

	if (!unit || !unit->priv_)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	for (i = 0; i < unit->ntuvs; i++) {
		t = (bitext_tmx_tuv *)&unit->tuvs[i];
		ch = 0;
		bitext_buf_clear(&text);
		if ((error = unit_nfc_run(&text, t->text, t->text_len, &ch)) < 0)
			goto cleanup;
		if (!ch)
			continue;
		n++;
		bitext_buf_clear(&seg);
		if ((error = unit_nfc_seg(&seg, t->seg, &ch)) < 0)
			goto cleanup;
		if (t->ncodes) {
			/* code offsets follow the text: reparse the segment */
			if ((error = unit_put_xml(unit, t, seg.ptr ? seg.ptr : "")) < 0)
				goto cleanup;
			continue;
		}
		t->seg = bitext_tmx__pool_strdup(TMX_POOL(unit), seg.ptr ? seg.ptr : "");
		t->text = bitext_tmx__pool_strndup(TMX_POOL(unit), text.ptr ? text.ptr : "",
			text.size);
		t->text_len = text.size;
		if (!t->seg || !t->text) {
			error = NOMEM();
			goto cleanup;
		}
	}
cleanup:
	if (changed)
		*changed = n;
	bitext_buf_dispose(&text);
	bitext_buf_dispose(&seg);
	return error;
}

/* 1 when UTF-8 text is surely NFC: only code points that are NFC and never
 * combine with what precedes them (below U+0300, Hangul syllables, CJK
 * ideographs). Anything else goes to ICU. */
static int unit_surely_nfc(const char *s, size_t n)
{
	size_t i = 0, len, bad;
	int32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		len = bitext_utf8__decode(s + i, n - i, &cp, &bad, NULL);
		if (!len)
			return 0;
		if (!(cp < 0x300 || (cp >= 0xAC00 && cp <= 0xD7A3) ||
		    (cp >= 0x4E00 && cp <= 0x9FFF)))
			return 0;
		i += len;
	}
	return 1;
}

int bitext_tmx__unit_nfc_view(const bitext_tmx_unit *u, const bitext_tmx_unit **out,
	bitext_tmx_unit **copy, size_t *changed)
{
	size_t i, n = 0;
	int error;

	*copy = NULL;
	*out = u;
	for (i = 0; i < u->ntuvs; i++)
		if (!unit_surely_nfc(u->tuvs[i].text, u->tuvs[i].text_len))
			break;
	if (i == u->ntuvs)
		return 0;
	if ((error = bitext_tmx_unit_dup(copy, u)) < 0)
		return error;
	if ((error = bitext_tmx_unit_nfc(*copy, &n)) < 0) {
		bitext_tmx_unit_free(*copy);
		*copy = NULL;
		return error;
	}
	*changed += n;
	*out = *copy;
	return 0;
}

/* The language pair of a memory: the header's srclang, else the first
 * variant's language, and the first other language. */
int bitext_tmx_learn_langs(const bitext_tmx_header *header,
	const bitext_tmx_unit *unit, char *src, size_t ssz, char *tgt,
	size_t tsz)
{
	const char *sl = header ? bitext_tmx_header_attr(header, "srclang") : NULL;
	const char *l;
	size_t k;

	if (!*src && sl && strcmp(sl, "*all*"))
		snprintf(src, ssz, "%s", sl);
	for (k = 0; unit && (!*src || !*tgt) && k < unit->ntuvs; k++) {
		if (!(l = unit->tuvs[k].lang))
			continue;
		if (!*src)
			snprintf(src, ssz, "%s", l);
		else if (!bitext_lang_match(l, src))
			snprintf(tgt, tsz, "%s", l);
	}
	return *src && *tgt;
}
