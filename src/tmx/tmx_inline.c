/*
 * tmx_inline.c - working with the inline codes of a segment: naming each
 * code so that the codes of two languages of a unit can be paired
 * (bitext_tmx_code_ids), and rewriting the text around the codes of a
 * <seg>'s inner XML without touching them (bitext_tmx_seg_map_text).
 *
 * Pairing follows TMX 1.4b: <bpt>/<ept> pair by their i attribute within a
 * segment and across languages; <ph>, <it> and <ut> by x when present;
 * <hi> has no identifier, so its elements are numbered in document order
 * and an end pairs with the innermost open one (nesting beyond 64 levels
 * closes as "/hi 0").
 *
 * The inner XML of a <seg> as the reader stores it is well-formed (it was
 * parsed) with '<' and '>' escaped in text and attribute values, so a tag
 * runs from '<' to the next '>'.
 */
#include "tmx/tmx_int.h"

#include <stdio.h>
#include <string.h>

#define HI_DEPTH 64

void bitext_tmx_code_ids(bitext_tmx_code_id *ids, const bitext_tmx_tuv *tuv)
{
	size_t i, hi = 0, depth = 0, stack[HI_DEPTH];

	for (i = 0; i < tuv->ncodes; i++) {
		const bitext_tmx_code *c = &tuv->codes[i];
		char *id = ids[i].id;
		size_t sz = sizeof(ids[i].id);

		ids[i].opens = 0;
		switch (c->kind) {
		case BITEXT_TMX_CODE_BPT:
			snprintf(id, sz, "bpt %s", c->i ? c->i : "?");
			ids[i].opens = 1;
			break;
		case BITEXT_TMX_CODE_EPT:
			snprintf(id, sz, "ept %s", c->i ? c->i : "?");
			ids[i].opens = -1;
			break;
		case BITEXT_TMX_CODE_PH:
			if (c->x)
				snprintf(id, sz, "ph %s", c->x);
			else
				snprintf(id, sz, "ph #%zu", i + 1);
			break;
		case BITEXT_TMX_CODE_IT:
			snprintf(id, sz, "it %s", c->x ? c->x : (c->pos ? c->pos : "?"));
			break;
		case BITEXT_TMX_CODE_UT:
			snprintf(id, sz, "ut %s", c->x ? c->x : "?");
			break;
		case BITEXT_TMX_CODE_HI:
			hi++;
			if (depth < HI_DEPTH)
				stack[depth++] = hi;
			snprintf(id, sz, "hi %zu", hi);
			ids[i].opens = 1;
			break;
		case BITEXT_TMX_CODE_HI_END:
			snprintf(id, sz, "/hi %zu", depth ? stack[--depth] : 0);
			ids[i].opens = -1;
			break;
		}
	}
}

/* 1 when the tag at `name` (after '<' and any '/') is <hi>. */
static int is_hi(const char *name)
{
	return !strncmp(name, "hi", 2) &&
		(name[2] == '>' || name[2] == ' ' || name[2] == '/');
}

int bitext_tmx_seg_map_text(bitext_buf *out, const char *xml,
	int (*fn)(bitext_buf *, const char *, size_t, void *), void *payload)
{
	size_t i = 0, n = strlen(xml), depth = 0, e;
	int changed = 0, r;

	while (i < n) {
		if (xml[i] == '<') {
			const char *gt = strchr(xml + i, '>'), *name = xml + i + 1;
			int closing = *name == '/';
			e = gt ? (size_t)(gt - xml) + 1 : n;
			/* depth counts the codes we are inside (not <hi>) */
			if (!is_hi(name + closing)) {
				if (closing && depth)
					depth--;
				else if (!closing && !(e >= 2 && xml[e - 2] == '/'))
					depth++;
			}
			bitext_buf_put(out, xml + i, e - i);
		} else {
			for (e = i; e < n && xml[e] != '<'; e++)
				;
			if (depth)
				bitext_buf_put(out, xml + i, e - i);
			else if ((r = fn(out, xml + i, e - i, payload)) < 0)
				return r;
			else
				changed |= r;
		}
		i = e;
	}
	if (!out->ptr && bitext_buf_puts(out, "") < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return changed;
}
