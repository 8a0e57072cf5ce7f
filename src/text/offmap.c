/*
 * offmap.c - offset maps (offmap.h): marks (text offset, source offset),
 * kept in blocks, looked up by binary search, and installed into a document.
 */
#include "text/offmap.h"
#include "bitext/errors.h"

#include <stdlib.h>
#include <string.h>

int bitext_text__mark(text_marks *m, size_t text, size_t src)
{
	text_mark *k;

	if (m->n && bitext_text__at(m, m->n - 1)->text == text) {
		bitext_text__at(m, m->n - 1)->src = src;
		return 0;
	}
	if (m->n % TEXT_MARK_BLOCK == 0) {
		size_t b = m->n / TEXT_MARK_BLOCK;
		if (b == m->ablk) {
			size_t na = m->ablk ? m->ablk * 2 : 16;
			text_mark **nb = realloc(m->blk, na * sizeof(*nb));
			if (!nb)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			m->blk = nb;
			m->ablk = na;
		}
		m->blk[b] = malloc(TEXT_MARK_BLOCK * sizeof(text_mark));
		if (!m->blk[b])
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	k = bitext_text__at(m, m->n);
	k->text = text;
	k->src = src;
	m->n++;
	return 0;
}

size_t bitext_text__map(const text_marks *m, size_t off)
{
	size_t lo = 0, hi;
	const text_mark *k;

	if (!m || !m->n || off < bitext_text__at(m, 0)->text)
		return off;
	hi = m->n;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (bitext_text__at(m, mid)->text <= off)
			lo = mid;
		else
			hi = mid;
	}
	k = bitext_text__at(m, lo);
	return k->src + (off - k->text);
}

void bitext_text__marks_free(text_marks *m)
{
	size_t b, nb = (m->n + TEXT_MARK_BLOCK - 1) / TEXT_MARK_BLOCK;

	for (b = 0; m->blk && b < nb; b++)
		free(m->blk[b]);
	free(m->blk);
	m->blk = NULL;
	m->n = m->ablk = 0;
}

int bitext_text__install(bitext_doc *doc, const char *text, size_t len,
	text_marks *marks)
{
	size_t i;
	int error;

	if ((error = bitext_doc_set_text(doc, text, len)) < 0)
		goto cleanup;
	for (i = 0; marks && i < marks->n; i++) {
		const text_mark *k = bitext_text__at(marks, i);
		if ((error = bitext_doc_map_mark(doc, k->text, k->src)) < 0)
			goto cleanup;
		if (i % TEXT_MARK_BLOCK == TEXT_MARK_BLOCK - 1) {
			free(marks->blk[i / TEXT_MARK_BLOCK]);
			marks->blk[i / TEXT_MARK_BLOCK] = NULL;
		}
	}
cleanup:
	if (marks)
		bitext_text__marks_free(marks);
	return error;
}

