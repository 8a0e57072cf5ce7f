/*
 * office.c - the paragraph builder that the Word and OpenDocument readers
 * (docx.c, odt.c) fill, and the styles they look up (office_int.h).
 *
 * The builder: paragraphs in reading order. A paragraph begun inside
 * another (a text box anchored in it, an OpenDocument note) comes right
 * after the outer one; so do the Word footnotes it cites, which are read
 * first (note_begin/end) and copied where cited. A table cell is one
 * paragraph: the paragraphs inside it are joined by line breaks. Text is
 * appended with its inline formatting (bold, italic, underline, link),
 * kept as spans that stretch while the formatting lasts. A finished
 * paragraph is trimmed of white space, put in NFC (the spans follow), and
 * dropped when empty. The document text is the paragraphs joined by
 * blank lines; its offsets are not those of the archive (compressed), so
 * the map back to the input is the identity.
 */
#include "text/office_int.h"
#include "text/text_int.h"
#include "bitext/errors.h"
#include "util/limits.h"
#include "util/vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* paragraphs open inside each other (text box in a cell in a note...) */
#define OB_DEPTH 32
/* spans of one paragraph remapped when NFC changes it (else dropped) */
#define OB_NFC_SPANS 64

/* ---- styles ------------------------------------------------------------- */

void bitext_office__styles_init(office_styles *s)
{
	memset(s, 0, sizeof(*s));
	bitext_map__str_init(&s->map);
}

void bitext_office__styles_dispose(office_styles *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i].parent_name);
	free(s->v);
	bitext_map__str_dispose(&s->map);
}

int bitext_office__style_set(office_styles *s, const char *name,
	unsigned on, unsigned off, const char *parent)
{
	bitext_strmap_slot *sl;
	struct office_style *st;
	int fresh;

	if (!(sl = bitext_map__str_put(&s->map, name, strlen(name), 0, &fresh)))
		return BITEXT_ENOMEM;
	if (fresh) {
		if (bitext__grow((void **)&s->v, &s->a, s->n + 1, sizeof(*s->v)) < 0)
			return BITEXT_ENOMEM;
		memset(&s->v[s->n], 0, sizeof(*s->v));
		sl->value = ++s->n;
	}
	st = &s->v[sl->value - 1];
	st->on = (st->on & ~off) | on;
	st->off = (st->off & ~on) | off;
	if (parent) {
		free(st->parent_name);
		if (!(st->parent_name = strdup(parent)))
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	return 0;
}

unsigned bitext_office__style_flags(office_styles *s, const char *name)
{
	unsigned flags = 0, decided = 0, bits;
	int hops;

	for (hops = 0; name && hops < 16; hops++) {
		bitext_strmap_slot *sl = bitext_map__str_get(&s->map, name,
			strlen(name));
		struct office_style *st;

		if (!sl)
			break;
		st = &s->v[sl->value - 1];
		bits = (st->on | st->off) & ~decided;
		flags |= st->on & bits;
		decided |= bits;
		name = st->parent_name;
	}
	return flags;
}

/* ---- the builder -------------------------------------------------------- */

typedef struct {
	size_t start, end;       /* bytes of the paragraph's text */
	bitext_inline_kind kind;
	size_t target;           /* offset + 1 in the builder's targets, 0 */
} ob_span;

typedef struct {
	size_t off, len;         /* in the store's text */
	bitext_para_kind kind;
	size_t span0, nspan;     /* its spans in the store */
} ob_para;

/* Finished paragraphs, back to back. */
typedef struct {
	bitext_buf text;
	ob_para *p;
	size_t np, ap;
	ob_span *s;
	size_t ns, as;
} ob_store;

/* A paragraph being read. */
typedef struct {
	bitext_buf text;
	bitext_para_kind kind;
	int cell;                /* a table cell */
	int inner;               /* a cell: a paragraph inside it is open */
	ob_span *s;
	size_t ns, as;
} ob_open;

typedef struct {
	size_t first, n;
} ob_range;

struct office_builder {
	const char *name;
	ob_open open[OB_DEPTH];
	int depth;
	int overflow;            /* paragraphs begun past OB_DEPTH */
	ob_store main;           /* the document */
	ob_store pending;        /* to put after the open top paragraph */
	ob_store notes;          /* Word notes, read before the body */
	int in_note;
	size_t note_first;
	bitext_strmap note_ids;  /* id -> index + 1 in note_rng */
	ob_range *note_rng;
	size_t nnote, anote;
	char *note_id;
	bitext_buf targets;      /* link targets, each NUL-terminated */
};

static void store_dispose(ob_store *s)
{
	bitext_buf_dispose(&s->text);
	free(s->p);
	free(s->s);
}

int bitext_office__new(office_builder **out, const char *name)
{
	office_builder *b = calloc(1, sizeof(*b));

	*out = NULL;
	if (!b)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	b->name = name;
	bitext_map__str_init(&b->note_ids);
	*out = b;
	return 0;
}

void bitext_office__free(office_builder *b)
{
	int i;

	if (!b)
		return;
	for (i = 0; i < OB_DEPTH; i++) {
		bitext_buf_dispose(&b->open[i].text);
		free(b->open[i].s);
	}
	store_dispose(&b->main);
	store_dispose(&b->pending);
	store_dispose(&b->notes);
	bitext_map__str_dispose(&b->note_ids);
	free(b->note_rng);
	free(b->note_id);
	bitext_buf_dispose(&b->targets);
	free(b);
}

static int ob_nomem(void)
{
	return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
}

/* Append paragraph text t[0..n) of `kind` with spans sp[0..ns) (relative
 * to t) to `st`. */
static int store_add(ob_store *st, const char *t, size_t n,
	bitext_para_kind kind, const ob_span *sp, size_t ns)
{
	ob_para *p;

	if (bitext__grow((void **)&st->p, &st->ap, st->np + 1, sizeof(*st->p)) < 0 ||
	    bitext__grow((void **)&st->s, &st->as, st->ns + ns + 1,
		sizeof(*st->s)) < 0)
		return BITEXT_ENOMEM;
	p = &st->p[st->np];
	p->off = st->text.size;
	p->len = n;
	p->kind = kind;
	p->span0 = st->ns;
	p->nspan = ns;
	if (bitext_buf_put(&st->text, t, n) < 0)
		return ob_nomem();
	if (ns)
		memcpy(st->s + st->ns, sp, ns * sizeof(*sp));
	st->ns += ns;
	st->np++;
	return 0;
}

/* Copy paragraphs [first, first + n) of `src` to the end of `dst`. */
static int store_copy(ob_store *dst, const ob_store *src, size_t first,
	size_t n)
{
	size_t i;
	int error;

	for (i = first; i < first + n && i < src->np; i++) {
		const ob_para *p = &src->p[i];
		if ((error = store_add(dst, src->text.ptr + p->off, p->len,
		    p->kind, src->s + p->span0, p->nspan)) < 0)
			return error;
	}
	return 0;
}

static void store_clear(ob_store *s)
{
	bitext_buf_clear(&s->text);
	s->np = s->ns = 0;
}

static ob_store *ob_sink(office_builder *b)
{
	return b->in_note ? &b->notes : &b->main;
}

static int ob_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* NFC of t[0..n) into out (t is valid UTF-8). */
static int ob_nfc(bitext_buf *out, const char *name, const char *t, size_t n)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;

	bitext_buf_clear(out);
	o.encoding = "UTF-8";
	if (!n)
		return bitext_buf_puts(out, "") < 0 ? ob_nomem() : 0;
	return bitext_text_decode(out, NULL, name, t, n, &o);
}

/* `at`, at most n, moved back to the start of a UTF-8 character of s. */
static size_t ob_char_start(const char *s, size_t n, size_t at)
{
	if (at > n)
		at = n;
	while (at > 0 && at < n && ((unsigned char)s[at] & 0xC0) == 0x80)
		at--;
	return at;
}

/* Put the open paragraph `op` (trimmed, NFC) into `st`. */
static int ob_finish(office_builder *b, ob_open *op, ob_store *st)
{
	const char *t = op->text.ptr ? op->text.ptr : "";
	size_t lead = 0, end = op->text.size, i, k;
	bitext_buf nfc = BITEXT_BUF_INIT, pre = BITEXT_BUF_INIT;
	int error = 0;

	while (lead < end && ob_space(t[lead]))
		lead++;
	while (end > lead && ob_space(t[end - 1]))
		end--;
	/* spans: clipped to the trimmed text, relative to it, empty ones out */
	for (i = k = 0; i < op->ns; i++) {
		ob_span s = op->s[i];
		s.start = s.start < lead ? 0 : s.start - lead;
		s.end = (s.end > end ? end : s.end);
		s.end = s.end < lead ? 0 : s.end - lead;
		if (s.end > s.start)
			op->s[k++] = s;
	}
	op->ns = k;
	if (end == lead)
		goto cleanup;
	if ((error = ob_nfc(&nfc, b->name, t + lead, end - lead)) < 0)
		goto cleanup;
	if (nfc.size != end - lead || memcmp(nfc.ptr, t + lead, nfc.size)) {
		/* the spans' ends move as NFC moves the text before them */
		if (op->ns > OB_NFC_SPANS)
			op->ns = 0;
		for (i = 0; i < op->ns && !error; i++) {
			if (!(error = ob_nfc(&pre, b->name, t + lead, op->s[i].start)))
				op->s[i].start = pre.size;
			if (!error && !(error = ob_nfc(&pre, b->name, t + lead,
			    op->s[i].end)))
				op->s[i].end = pre.size;
		}
		if (error < 0)
			goto cleanup;
		/* a character composed across a span's edge: keep the edges in
		 * the text and on character starts */
		for (i = 0; i < op->ns; i++) {
			op->s[i].start = ob_char_start(nfc.ptr, nfc.size,
				op->s[i].start);
			op->s[i].end = ob_char_start(nfc.ptr, nfc.size, op->s[i].end);
			if (op->s[i].end < op->s[i].start)
				op->s[i].end = op->s[i].start;
		}
	}
	if (nfc.size)
		error = store_add(st, nfc.ptr, nfc.size, op->kind, op->s, op->ns);
cleanup:
	bitext_buf_dispose(&nfc);
	bitext_buf_dispose(&pre);
	return error;
}

/* Close the top paragraph: into the pending store when inside another,
 * else into the sink followed by everything pending. */
static int ob_pop(office_builder *b)
{
	ob_open *op = &b->open[--b->depth];
	int error;

	error = ob_finish(b, op, b->depth ? &b->pending : ob_sink(b));
	bitext_buf_clear(&op->text);
	op->ns = 0;
	if (!error && !b->depth) {
		error = store_copy(ob_sink(b), &b->pending, 0, b->pending.np);
		store_clear(&b->pending);
	}
	return error;
}

static int ob_push(office_builder *b, bitext_para_kind kind, int cell)
{
	ob_open *op;

	if (b->depth == OB_DEPTH) {
		b->overflow++;
		return 0;
	}
	op = &b->open[b->depth++];
	bitext_buf_clear(&op->text);
	op->ns = 0;
	op->kind = cell ? BITEXT_PARA_TEXT : kind;
	op->cell = cell;
	op->inner = 0;
	return 0;
}

int bitext_office__para_begin(office_builder *b, bitext_para_kind kind)
{
	ob_open *top = b->depth ? &b->open[b->depth - 1] : NULL;

	if (top && top->cell && !top->inner && !b->overflow) {
		top->inner = 1;
		if (top->text.size && bitext_buf_putc(&top->text, '\n') < 0)
			return ob_nomem();
		return 0;
	}
	return ob_push(b, kind, 0);
}

void bitext_office__para_kind(office_builder *b, bitext_para_kind kind)
{
	if (b->depth && !b->overflow && !b->open[b->depth - 1].cell)
		b->open[b->depth - 1].kind = kind;
}

int bitext_office__para_end(office_builder *b)
{
	ob_open *top = b->depth ? &b->open[b->depth - 1] : NULL;

	if (b->overflow) {
		b->overflow--;
		return 0;
	}
	if (!top)
		return 0;
	if (top->cell) {
		top->inner = 0;
		return 0;
	}
	return ob_pop(b);
}

int bitext_office__cell_begin(office_builder *b)
{
	return ob_push(b, BITEXT_PARA_TEXT, 1);
}

int bitext_office__cell_end(office_builder *b)
{
	int error = 0;

	if (b->overflow) {
		b->overflow--;
		return 0;
	}
	/* close what a broken file left open inside the cell, then the cell */
	while (!error && b->depth && !b->open[b->depth - 1].cell)
		error = ob_pop(b);
	if (!error && b->depth)
		error = ob_pop(b);
	return error;
}

int bitext_office__in_para(const office_builder *b)
{
	return b->depth > 0;
}

/* Extend the span of `kind` (and target) that ends at `at`, or add one. */
static int ob_span_add(office_builder *b, ob_open *op, bitext_inline_kind kind,
	const char *target, size_t at, size_t n)
{
	size_t i, look = op->ns > 8 ? op->ns - 8 : 0;
	ob_span *s;

	for (i = op->ns; i-- > look;) {
		s = &op->s[i];
		if (s->kind == kind && s->end == at && (!target ||
		    !strcmp(b->targets.ptr + s->target - 1, target))) {
			s->end = at + n;
			return 0;
		}
	}
	if (bitext__grow((void **)&op->s, &op->as, op->ns + 1, sizeof(*op->s)) < 0)
		return BITEXT_ENOMEM;
	s = &op->s[op->ns++];
	s->start = at;
	s->end = at + n;
	s->kind = kind;
	s->target = 0;
	if (target) {
		s->target = b->targets.size + 1;
		if (bitext_buf_put(&b->targets, target, strlen(target) + 1) < 0)
			return ob_nomem();
	}
	return 0;
}

int bitext_office__put(office_builder *b, const char *s, size_t n,
	unsigned fmt, const char *link)
{
	ob_open *op;
	size_t at;
	int error = 0;

	if (!b->depth || !n)
		return 0;
	/* a link's underline is how links look (Word's Hyperlink style,
	 * ODF's Internet link): the link's code says it */
	if (link)
		fmt &= ~OFFICE_UNDERLINE;
	op = &b->open[b->depth - 1];
	at = op->text.size;
	if (bitext_buf_put(&op->text, s, n) < 0)
		return ob_nomem();
	if (op->text.size > BITEXT_MAX_ZIP_PART_BYTES)
		return bitext_error_set(BITEXT_ELIMIT, "err_too_big", b->name, NULL);
	if (fmt & OFFICE_BOLD)
		error = ob_span_add(b, op, BITEXT_INLINE_BOLD, NULL, at, n);
	if (!error && (fmt & OFFICE_ITALIC))
		error = ob_span_add(b, op, BITEXT_INLINE_ITALIC, NULL, at, n);
	if (!error && (fmt & OFFICE_UNDERLINE))
		error = ob_span_add(b, op, BITEXT_INLINE_UNDERLINE, NULL, at, n);
	if (!error && link)
		error = ob_span_add(b, op, BITEXT_INLINE_LINK, link, at, n);
	return error;
}

int bitext_office__note_begin(office_builder *b, const char *id)
{
	free(b->note_id);
	if (!(b->note_id = strdup(id)))
		return ob_nomem();
	b->in_note = 1;
	b->note_first = b->notes.np;
	return 0;
}

void bitext_office__note_end(office_builder *b)
{
	bitext_strmap_slot *sl;
	int fresh;

	while (b->depth && ob_pop(b) == 0)
		;
	b->in_note = 0;
	if (!b->note_id || bitext__grow((void **)&b->note_rng, &b->anote,
	    b->nnote + 1, sizeof(*b->note_rng)) < 0)
		return;
	if (!(sl = bitext_map__str_put(&b->note_ids, b->note_id,
	    strlen(b->note_id), 0, &fresh)))
		return;
	b->note_rng[b->nnote].first = b->note_first;
	b->note_rng[b->nnote].n = b->notes.np - b->note_first;
	sl->value = ++b->nnote;
}

int bitext_office__note_cite(office_builder *b, const char *id)
{
	bitext_strmap_slot *sl = bitext_map__str_get(&b->note_ids, id,
		strlen(id));
	const ob_range *r;

	if (!sl || b->in_note)
		return 0;
	r = &b->note_rng[sl->value - 1];
	return store_copy(b->depth ? &b->pending : &b->main, &b->notes,
		r->first, r->n);
}

int bitext_office__install(office_builder *b, bitext_doc *doc)
{
	bitext_buf text = BITEXT_BUF_INIT;
	const ob_store *m = &b->main;
	size_t i, k, at;
	int error = 0;

	while (!error && b->depth)
		error = ob_pop(b);
	for (i = 0; i < m->np && !error; i++) {
		if (i && bitext_buf_puts(&text, "\n\n") < 0)
			error = ob_nomem();
		else if (bitext_buf_put(&text, m->text.ptr + m->p[i].off,
		    m->p[i].len) < 0)
			error = ob_nomem();
	}
	if (error || (error = bitext_doc_set_text(doc, text.ptr ? text.ptr : "",
	    text.size)) < 0)
		goto cleanup;
	for (i = 0, at = 0; i < m->np && !error; i++) {
		const ob_para *p = &m->p[i];
		error = bitext_doc_add_paragraph(doc, at, at + p->len, p->kind);
		for (k = 0; k < p->nspan && !error; k++) {
			const ob_span *s = &m->s[p->span0 + k];
			error = bitext_doc_add_inline(doc, at + s->start, at + s->end,
				s->kind, s->target ? b->targets.ptr + s->target - 1 : NULL);
		}
		at += p->len + 2;
	}
cleanup:
	bitext_buf_dispose(&text);
	return error;
}
