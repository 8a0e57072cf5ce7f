/*
 * align_batch.c - alignment of many document pairs over worker threads
 * (bitext_align_batch): every pair's first pass, one lexicon learnt from
 * the confident links of all of them, then every pair's second pass, each
 * written as soon as it is done.
 */
#include "align/align_int.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/segment.h>
#include <bitext/text.h>
#include <pthread.h>
#include <stddef.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	int code;
	char *msgid, *args[BITEXT_ERROR_MAX_ARGS], *file;
	long line, column;
	long long offset;
} align_err;

typedef struct {
	bitext_doc *src, *tgt;
	align_state st;
	align_counts c;
	int prepared, counted;
	int skipped;              /* resume: the output existed */
	align_err err;
} align_slot;

typedef struct {
	const bitext_align_job *jobs;
	bitext_align_batch_options opts;
	align_slot *slots;
	size_t n, next, done, total;
	int phase;
	const align_assoc *assoc;
	pthread_mutex_t lock;
} align_batch;

/* bitext_align_batch_options as callers built against version 1 laid it
 * out: the align options had no tune and debug yet. */
typedef struct {
	unsigned version;
	bitext_align__options_v1 align;
	int segmented;
	bitext_align_format format;
	unsigned threads;
	bitext_align_progress_cb progress;
	void *payload;
} batch_options_v1;

/* Copy the options a caller passed, of any version, into `dst` (which
 * holds the defaults; NULL keeps them). */
static void batch_options_copy(bitext_align_batch_options *dst,
	const bitext_align_batch_options *src)
{
	const batch_options_v1 *v1 = (const void *)src;

	if (!src)
		return;
	if (src->version >= 3) {
		*dst = *src;
		return;
	}
	if (src->version == 2) {  /* the same without the version 3 fields */
		memcpy(dst, src, offsetof(bitext_align_batch_options, independent));
		dst->version = BITEXT_ALIGN_BATCH_OPTIONS_VERSION;
		return;
	}
	bitext_align__options_copy(&dst->align, (const void *)&v1->align);
	dst->segmented = v1->segmented;
	dst->format = v1->format;
	dst->threads = v1->threads;
	dst->progress = v1->progress;
	dst->payload = v1->payload;
}

static char *align_strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void align_err_keep(align_err *e, int code)
{
	const bitext_error *le = bitext_error_last();
	int k;

	e->code = code;
	if (!le)
		return;
	e->msgid = align_strdup(le->msgid);
	for (k = 0; k < le->nargs && k < BITEXT_ERROR_MAX_ARGS; k++)
		e->args[k] = align_strdup(le->args[k]);
	e->file = align_strdup(le->file);
	e->line = le->line;
	e->column = le->column;
	e->offset = le->offset;
}

static void align_err_dispose(align_err *e)
{
	int k;

	free(e->msgid);
	for (k = 0; k < BITEXT_ERROR_MAX_ARGS; k++)
		free(e->args[k]);
	free(e->file);
}

static void align_report(align_batch *b, size_t i, bitext_job_status st,
	const bitext_alignment *al);

static int align_job_first(align_batch *b, size_t i)
{
	const bitext_align_job *j = &b->jobs[i];
	const bitext_align_options *o = &b->opts.align;
	align_slot *s = &b->slots[i];
	int error;

	if ((error = bitext_align_load(&s->src, j->src_path, o->src_lang,
			b->opts.segmented)) < 0 ||
		(error = bitext_align_load(&s->tgt, j->tgt_path, o->tgt_lang,
			b->opts.segmented)) < 0 ||
		(error = bitext_align__need_text(s->src, j->src_path)) < 0 ||
		(error = bitext_align__need_text(s->tgt, j->tgt_path)) < 0)
		return error;
	s->prepared = 1;
	if ((error = bitext_align__prepare(&s->st, s->src, s->tgt, o)) < 0 ||
		(error = bitext_align__run(&s->st)) < 0)
		return error;
	if (!o->second_pass)
		return 0;
	if ((error = bitext_align__counts_init(&s->c, 1)) < 0)
		return error;
	s->counted = 1;
	return bitext_align__counts_add(&s->c, &s->st.s, &s->st.t, s->st.links,
		s->st.nlinks);
}

static int align_job_second(align_batch *b, size_t i)
{
	align_slot *s = &b->slots[i];
	bitext_alignment *al = NULL;
	int error;

	if (b->assoc && (error = bitext_align__second(&s->st, b->assoc)) < 0)
		return error;
	if ((error = bitext_align__finish(&al, &s->st)) < 0)
		return error;
	error = bitext_alignment_save(b->jobs[i].out_path, al, s->src, s->tgt,
		b->opts.format);
	if (!error)
		align_report(b, i, BITEXT_JOB_DONE, al);
	bitext_alignment_free(al);
	return error;
}

/* Hand job i's result to the caller's on_job (under the batch's lock). */
static void align_report(align_batch *b, size_t i, bitext_job_status st,
	const bitext_alignment *al)
{
	bitext_align_job_result r;
	align_slot *s = &b->slots[i];
	const bitext_error *e = bitext_error_last();
	size_t k;
	double sum = 0;

	if (!b->opts.on_job)
		return;
	memset(&r, 0, sizeof(r));
	r.index = i;
	r.status = st;
	if (st == BITEXT_JOB_FAILED)
		r.message = e && e->message ? e->message : "error";
	if (al) {
		r.src_segments = bitext_doc_segment_count(s->src);
		r.tgt_segments = bitext_doc_segment_count(s->tgt);
		r.links = bitext_alignment_count(al);
		for (k = 0; k < r.links; k++)
			sum += bitext_alignment_link(al, k)->confidence;
		r.mean_confidence = r.links ? sum / (double)r.links : 0;
	}
	pthread_mutex_lock(&b->lock);
	b->opts.on_job(&r, b->opts.payload);
	pthread_mutex_unlock(&b->lock);
}

/* 1 when the job's output exists (resume: a complete earlier result). */
static int align_output_exists(const char *path)
{
	struct stat st;

	return strcmp(path, "-") && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* A whole job on its own (independent batches): load, align, write. */
static int align_job_alone(align_batch *b, size_t i)
{
	const bitext_align_job *j = &b->jobs[i];
	const bitext_align_options *o = &b->opts.align;
	align_slot *s = &b->slots[i];
	bitext_alignment *al = NULL;
	int error;

	if ((error = bitext_align_load(&s->src, j->src_path, o->src_lang,
			b->opts.segmented)) < 0 ||
		(error = bitext_align_load(&s->tgt, j->tgt_path, o->tgt_lang,
			b->opts.segmented)) < 0 ||
		(error = bitext_align__need_text(s->src, j->src_path)) < 0 ||
		(error = bitext_align__need_text(s->tgt, j->tgt_path)) < 0 ||
		(error = bitext_align_docs(&al, s->src, s->tgt, o)) < 0 ||
		(error = bitext_alignment_save(j->out_path, al, s->src, s->tgt,
			b->opts.format)) < 0) {
		bitext_alignment_free(al);
		return error;
	}
	align_report(b, i, BITEXT_JOB_DONE, al);
	bitext_alignment_free(al);
	return 0;
}

static void align_slot_release(align_slot *s)
{
	if (s->prepared)
		bitext_align__state_dispose(&s->st);
	if (s->counted)
		bitext_align__counts_dispose(&s->c);
	s->prepared = s->counted = 0;
	bitext_doc_free(s->src);
	bitext_doc_free(s->tgt);
	s->src = s->tgt = NULL;
}

static void *align_worker(void *arg)
{
	align_batch *b = arg;

	for (;;) {
		size_t i;
		int error;

		pthread_mutex_lock(&b->lock);
		i = b->next++;
		pthread_mutex_unlock(&b->lock);
		if (i >= b->n)
			break;
		if (b->slots[i].err.code || b->slots[i].skipped)
			error = 0;
		else if (b->phase == 1 && b->opts.resume &&
		    align_output_exists(b->jobs[i].out_path)) {
			b->slots[i].skipped = 1;
			align_report(b, i, BITEXT_JOB_SKIPPED, NULL);
			error = 0;
		} else if (b->phase == 0)
			error = align_job_alone(b, i);
		else if (b->phase == 1)
			error = align_job_first(b, i);
		else
			error = align_job_second(b, i);
		if (error < 0) {
			align_report(b, i, BITEXT_JOB_FAILED, NULL);
			align_err_keep(&b->slots[i].err, error);
		}
		if (b->phase != 1 || error < 0)
			align_slot_release(&b->slots[i]);
		pthread_mutex_lock(&b->lock);
		b->done++;
		if (b->opts.progress)
			b->opts.progress(b->done, b->total, b->opts.payload);
		pthread_mutex_unlock(&b->lock);
	}
	return NULL;
}

static int align_phase(align_batch *b, int phase)
{
	unsigned nt = b->opts.threads, k;
	pthread_t *th;
	long cores;

	if (!nt) {
		cores = sysconf(_SC_NPROCESSORS_ONLN);
		nt = cores > 0 ? (unsigned)cores : 1;
	}
	if (nt > b->n)
		nt = b->n ? (unsigned)b->n : 1;
	b->phase = phase;
	b->next = 0;
	th = calloc(nt, sizeof(pthread_t));
	if (!th)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (k = 0; k < nt; k++)
		if (pthread_create(&th[k], NULL, align_worker, b) != 0)
			break;
	if (k == 0)
		align_worker(b);
	while (k-- > 0)
		pthread_join(th[k], NULL);
	free(th);
	return 0;
}

static int align_pool(align_batch *b, align_assoc *a, int *have)
{
	align_counts all;
	size_t i;
	int error;

	*have = 0;
	if ((error = bitext_align__counts_init(&all, 1)) < 0)
		return error;
	for (i = 0; i < b->n && !error; i++)
		if (b->slots[i].counted && !b->slots[i].err.code)
			error = bitext_align__counts_merge(&all, &b->slots[i].c);
	if (!error && (error = bitext_align__assoc_learn(a, &all)) == 0)
		*have = 1;
	bitext_align__counts_dispose(&all);
	return error;
}

int bitext_align_batch(const bitext_align_job *jobs, size_t n,
	const bitext_align_batch_options *opts, size_t *failed)
{
	align_batch b;
	align_assoc a;
	int error = 0, have = 0;
	size_t i, nf = 0;

	memset(&b, 0, sizeof(b));
	b.jobs = jobs;
	b.opts = (bitext_align_batch_options)BITEXT_ALIGN_BATCH_OPTIONS_INIT;
	batch_options_copy(&b.opts, opts);
	b.n = n;
	b.total = 2 * n;
	b.slots = calloc(n ? n : 1, sizeof(align_slot));
	if (!b.slots)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	pthread_mutex_init(&b.lock, NULL);
	if (b.opts.independent) {   /* phase 0: every job whole, on its own */
		b.total = n;
		if ((error = align_phase(&b, 0)) < 0)
			goto cleanup;
	} else {
		if ((error = align_phase(&b, 1)) < 0)
			goto cleanup;
		if (b.opts.align.second_pass &&
				(error = align_pool(&b, &a, &have)) < 0)
			goto cleanup;
		b.assoc = have ? &a : NULL;
		if ((error = align_phase(&b, 2)) < 0)
			goto cleanup;
	}
	for (i = 0; i < n; i++) {
		align_err *e = &b.slots[i].err;

		if (!e->code)
			continue;
		if (!nf++) {
			error = bitext_error_set(e->code, e->msgid ? e->msgid :
				"err_internal", e->args[0], e->args[1], e->args[2],
				e->args[3], e->args[4], e->args[5], NULL);
			if (e->file)
				bitext_error_locate(e->file, e->line, e->column, e->offset);
		}
	}
cleanup:
	if (have)
		bitext_align__assoc_dispose(&a);
	for (i = 0; i < n; i++) {
		align_slot_release(&b.slots[i]);
		align_err_dispose(&b.slots[i].err);
	}
	free(b.slots);
	pthread_mutex_destroy(&b.lock);
	if (failed)
		*failed = nf;
	return error;
}
