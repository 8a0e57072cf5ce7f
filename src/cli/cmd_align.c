/*
 * cmd_align.c - `bitext align SRC TGT` and `bitext align --batch MANIFEST`:
 * parse options, load the inputs and lexicons, call the aligner, write the
 * chosen format atomically. A manifest is TSV: SOURCE<TAB>TARGET<TAB>OUTPUT
 * a line, `#` comments, relative paths taken from the manifest's folder.
 * --shard K/N keeps every Nth job of the manifest from the Kth (counting
 * from 0, the manifest's rows in order) and aligns each pair on its own, so
 * that a job's output is the same whichever shard runs it; --resume skips
 * jobs whose output exists (outputs are atomic: one that exists is whole).
 * The lexicon is the language pair's default dictionary (see
 * bitext_lexicon_load_default(); --no-default-dict skips it) plus every
 * --terms/--dict file, loaded once, shared by the workers of a batch.
 */
#include "cli.h"
#include "cmd.h"
#include "opt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

typedef struct {
	const char *src_lang, *tgt_lang, *out, *batch, *jobs;
	const char *fixed;       /* --fixed LINKS: realign around its confirmed
	                            links */
	const char *links;       /* --links LINKS: write these links, no
	                            aligning */
	long shard_k, shard_n;   /* --shard K/N: jobs i with i % N == K; N 0: all */
	int resume;
	const char *lex_files[32];   /* --terms and --dict, in order */
	int nlex;
	const char *learn_files[32]; /* --learn */
	int nlearn;
	bitext_lexicon_learner *learnt; /* trained on them, or NULL */
	char learnt_name[512];
	char learnt_sl[CLI_LANG_CAP], learnt_tl[CLI_LANG_CAP]; /* its pair */
	int segmented;
	int no_default_dict;
	unsigned threads;
	bitext_align_format format;
	bitext_align_options align;
} align_cli;

/* Language of a loaded document for the choice of the default dictionary:
 * as given, else the document's (bitext_lexicon_for_pair() takes a
 * language it is not told for English). */
static const char *align_dict_lang(const char *given, const bitext_doc *doc)
{
	return given ? given : doc ? bitext_doc_lang(doc) : NULL;
}

/* The lexicon of a batch or a job: the pair's default dictionary (unless
 * --no-default-dict), then every --terms/--dict file. */
/* Say on stderr which dictionaries the lexicon read, with their entries,
 * and that the pair has none when the default was asked for in vain. */
static void align_said_lexicon(void *payload, const bitext_lexicon *lex,
	const char *src_lang, const char *tgt_lang, int no_default)
{
	size_t i, n;

	(void)payload;
	if (no_default)
		cli_warn("align_dict_none", src_lang, tgt_lang);
	for (i = 0; i < bitext_lexicon_source_count(lex); i++) {
		const char *path = bitext_lexicon_source(lex, i, &n);
		cli_warn("align_dict_used", path, (double)n);
	}
}

/* `want` (may be NULL: every entry) registers the words of the
 * documents to come (bitext_lexicon_for_words()). */
static int align_lexicon(bitext_lexicon **lex, const align_cli *o,
	const bitext_doc *src, const bitext_doc *tgt,
	int (*want)(void *payload, bitext_lexicon *lex), void *payload)
{
	const char *sl = align_dict_lang(o->src_lang, src);
	const char *tl = align_dict_lang(o->tgt_lang, tgt);
	int found = 0;
	int error = bitext_lexicon_for_words(lex, sl, tl, want, payload,
		!o->no_default_dict, o->lex_files, (size_t)o->nlex, &found);

	if (error < 0)
		return error;
	align_said_lexicon(NULL, *lex, sl && *sl ? sl : "en",
		tl && *tl ? tl : "en", !o->no_default_dict && !found);
	if (*lex && !bitext_lexicon_count(*lex)) {
		bitext_lexicon_free(*lex);
		*lex = NULL;
	}
	return 0;
}

static void align_learn_progress(size_t done, size_t total, void *payload)
{
	(void)payload;
	if (total)
		cli_print(stderr, "lexicon_progress_iter", (double)done,
			(double)total, 0.0);
	else
		cli_print(stderr, "lexicon_progress_read", (double)done);
}

/* --learn: the word pairs of the memories, learnt once before the run
 * (languages: --src-lang/--tgt-lang, else the first memory's). */
static int align_learn(align_cli *o)
{
	char sl[CLI_LANG_CAP] = "", tl[CLI_LANG_CAP] = "";
	size_t at = 0;
	int k, error;

	snprintf(sl, sizeof(sl), "%s", o->src_lang ? o->src_lang : "");
	snprintf(tl, sizeof(tl), "%s", o->tgt_lang ? o->tgt_lang : "");
	if ((!*sl || !*tl) &&
			(error = cli_memory_langs(o->learn_files[0], sl, tl)) < 0)
		return error;
	if (!*sl || !*tl)
		return bitext_error_set(BITEXT_EINVAL, "lexicon_no_lang",
			o->learn_files[0], NULL);
	if ((error = bitext_lexicon_learner_new(&o->learnt, sl, tl)) < 0)
		return error;
	snprintf(o->learnt_sl, sizeof(o->learnt_sl), "%s", sl);
	snprintf(o->learnt_tl, sizeof(o->learnt_tl), "%s", tl);
	for (k = 0; k < o->nlearn; k++) {
		if ((error = bitext_lexicon_learner_add_memory(o->learnt,
				o->learn_files[k], align_learn_progress, NULL)) < 0)
			return error;
		at += (size_t)snprintf(o->learnt_name + at,
			sizeof(o->learnt_name) - at, "%s%s", k ? ", " : "--learn ",
			o->learn_files[k]);
		if (at >= sizeof(o->learnt_name))
			at = sizeof(o->learnt_name) - 1;
	}
	return bitext_lexicon_learner_train(o->learnt, align_learn_progress,
		NULL);
}

/* A batch's lexicon with the learnt pairs added (made when there was
 * none), and said. */
static int align_apply_learnt(bitext_lexicon **lex, const align_cli *o,
	const bitext_doc *src, const bitext_doc *tgt)
{
	int error;

	if (!*lex && (error = bitext_lexicon_new(lex,
			align_dict_lang(o->src_lang, src),
			align_dict_lang(o->tgt_lang, tgt))) < 0)
		return error;
	if ((error = bitext_lexicon_learner_apply(o->learnt, *lex,
			o->learnt_name)) < 0)
		return error;
	{
		size_t n = 0;
		const char *name = bitext_lexicon_source(*lex,
			bitext_lexicon_source_count(*lex) - 1, &n);

		if (name)
			cli_warn("align_dict_used", name, (double)n);
	}
	return 0;
}

static void align_doc_progress(size_t done, size_t total, void *payload)
{
	bitext_buf b = BITEXT_BUF_INIT;

	(void)payload;
	if (total < 4000)              /* short work: no progress line */
		return;
	bitext_msg_format(&b, "align_progress_doc", (double)done / (double)total);
	fprintf(stderr, "\r%s%s", b.ptr ? b.ptr : "", done >= total ? "\n" : "");
	bitext_buf_dispose(&b);
}

/* A language given that the script of the text contradicts: a warning. */
static void align_warn_script(const char *path, const char *given,
	const bitext_doc *doc)
{
	const char *text;
	size_t len;

	if (!given)
		return;          /* guessed from the script: it fits */
	text = bitext_doc_text(doc, &len);
	cli_warn_script(path, given, text, len);
}

/* A memory about to name a side's language "und" (Latin script tells no
 * language and none was given): say so, with the option that gives it. */
static void align_warn_und(const align_cli *o, const char *path,
	const char *given, const bitext_doc *doc, const char *opt)
{
	const char *l = bitext_doc_lang(doc);

	if (given || o->format == BITEXT_ALIGN_LINKS ||
	    o->format == BITEXT_ALIGN_HTML || (l && *l && strcmp(l, "und")))
		return;
	cli_warn("align_lang_und", path, opt);
}

/* One pair, exactly as `check SRC TGT` aligns it (bitext_align_texts). */
static int align_one(align_cli *o, const char *src_path, const char *tgt_path)
{
	bitext_align_texts_options to = BITEXT_ALIGN_TEXTS_OPTIONS_INIT;
	bitext_doc *src = NULL, *tgt = NULL;
	bitext_alignment *al = NULL;
	int error;

	if (cli_stderr_is_tty())
		o->align.progress = align_doc_progress;
	to.align = o->align;
	to.segmented = o->segmented;
	to.default_dict = !o->no_default_dict;
	to.lexicon_files = o->lex_files;
	to.nlexicon_files = (size_t)o->nlex;
	to.on_lexicon = align_said_lexicon;
	to.links = o->fixed ? o->fixed : o->links;
	to.links_as_given = o->links != NULL;
	to.learnt = o->learnt;
	to.learnt_name = o->learnt_name;
	if ((error = bitext_align_texts(&al, &src, &tgt, src_path, NULL, 0,
			tgt_path, NULL, 0, &to)) < 0)
		goto cleanup;
	align_warn_script(src_path, o->src_lang, src);
	align_warn_script(tgt_path, o->tgt_lang, tgt);
	align_warn_und(o, src_path, o->src_lang, src, "--src-lang");
	align_warn_und(o, tgt_path, o->tgt_lang, tgt, "--tgt-lang");
	error = bitext_alignment_save(o->out, al, src, tgt, o->format);
cleanup:
	bitext_alignment_free(al);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	return error;
}

/* What a batch reports as its jobs end: counts, sentences, the documents
 * with the lowest mean confidence, and the clock for the rate and the
 * estimate of the time left. */
#define ALIGN_WORST 5
typedef struct {
	const bitext_align_job *jobs;
	size_t done, skipped, failed, sentences;
	struct { size_t job; double conf; } worst[ALIGN_WORST];
	size_t nworst;
	double t0;
} align_tally;

static double align_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void align_progress(size_t done, size_t total, void *payload)
{
	bitext_buf b = BITEXT_BUF_INIT;
	align_tally *t = payload;
	double el = align_now() - t->t0;
	double left = done ? el * (double)(total - done) / (double)done : 0;

	bitext_msg_format(&b, "align_progress_eta", (double)done, (double)total,
		left);
	fprintf(stderr, "\r%s   %s", b.ptr ? b.ptr : "", done == total ? "\n" : "");
	bitext_buf_dispose(&b);
}

static void align_on_job(const bitext_align_job_result *r, void *payload)
{
	align_tally *t = payload;
	size_t k;

	if (r->status == BITEXT_JOB_SKIPPED) {
		t->skipped++;
		return;
	}
	if (r->status == BITEXT_JOB_FAILED) {
		t->failed++;
		cli_warn("align_job_failed", t->jobs[r->index].out_path,
			r->message ? r->message : "");
		return;
	}
	t->done++;
	t->sentences += r->src_segments + r->tgt_segments;
	/* keep the ALIGN_WORST lowest mean confidences, lowest first */
	for (k = t->nworst; k > 0 && t->worst[k - 1].conf > r->mean_confidence;
	     k--)
		if (k < ALIGN_WORST)
			t->worst[k] = t->worst[k - 1];
	if (k < ALIGN_WORST) {
		t->worst[k].job = r->index;
		t->worst[k].conf = r->mean_confidence;
		if (t->nworst < ALIGN_WORST)
			t->nworst++;
	}
}

/* The closing lines of a batch on stderr. */
static void align_summary(const align_tally *t)
{
	double el = align_now() - t->t0;
	size_t k;

	cli_print(stderr, "align_batch_summary", (double)t->done,
		(double)t->skipped, (double)t->failed, (double)t->sentences,
		el > 0 ? (double)t->sentences / el : 0.0);
	for (k = 0; k < t->nworst && t->done > 1; k++)
		cli_print(stderr, "align_batch_worst", t->worst[k].conf,
			t->jobs[t->worst[k].job].out_path);
}

/* Join a manifest-relative path. */
static char *align_path(const char *dir, size_t dlen, const char *p, size_t n)
{
	bitext_buf b = BITEXT_BUF_INIT;

	if (p[0] != '/' && dlen)
		bitext_buf_printf(&b, "%.*s/", (int)dlen, dir);
	bitext_buf_put(&b, p, n);
	return bitext_buf_detach(&b);
}

/* A manifest (bitext/rows.h, TSV without escapes, `#` comments) into
 * jobs; with a shard, only its rows. */
static int align_manifest(bitext_align_job **jobs, size_t *njobs,
	char **data, const char *path, long shard_k, long shard_n)
{
	size_t row_no = 0, cap = 0, k;
	bitext_buf b = BITEXT_BUF_INIT;
	bitext_row row = BITEXT_ROW_INIT;
	const char *slash = strrchr(path, '/');
	size_t dlen = slash ? (size_t)(slash - path) : 0;
	int error;

	*jobs = NULL;
	*njobs = 0;
	*data = NULL;
	if ((error = bitext_file_read(&b, path)) < 0)
		return error;
	while ((error = bitext_row_next(&row, path, b.ptr, b.size,
	    BITEXT_ROW_COMMENTS | BITEXT_ROW_NO_NUL)) > 0) {
		const char *f[3];
		size_t fl[3];
		bitext_align_job *jb;

		for (k = 0; k < 3; k++)
			f[k] = bitext_row_cell(&row, k, &fl[k]);
		if (row.ncells != 3 || !fl[0] || !fl[1] || !fl[2]) {
			error = bitext_error_set(BITEXT_EPARSE, "align_manifest_row",
				NULL);
			bitext_error_locate(path, row.line, 1, -1);
			break;
		}
		/* a shard keeps rows k, k + n, k + 2n ... of the manifest */
		if (shard_n && (long)(row_no++ % (size_t)shard_n) != shard_k)
			continue;
		if (*njobs == cap) {
			cap = cap ? cap * 2 : 16;
			if (!(jb = realloc(*jobs, cap * sizeof(**jobs)))) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				break;
			}
			*jobs = jb;
		}
		jb = &(*jobs)[(*njobs)++];
		jb->src_path = jb->tgt_path = jb->out_path = NULL;
		jb->src_path = align_path(path, dlen, f[0], fl[0]);
		jb->tgt_path = align_path(path, dlen, f[1], fl[1]);
		jb->out_path = align_path(path, dlen, f[2], fl[2]);
		if (!jb->src_path || !jb->tgt_path || !jb->out_path) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			break;
		}
	}
	if (error == 0 && !*njobs && !row_no)
		error = bitext_error_set(BITEXT_EPARSE, "align_manifest_empty", path,
			NULL);
	bitext_row_dispose(&row);
	bitext_buf_dispose(&b);
	return error;
}

static void align_jobs_free(bitext_align_job *jobs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free((char *)jobs[i].src_path);
		free((char *)jobs[i].tgt_path);
		free((char *)jobs[i].out_path);
	}
	free(jobs);
}

/* The inputs of a batch up to this many bytes have their words read
 * before the dictionaries, which then read only the entries of those
 * words; past it the whole dictionaries are read (reading the words
 * segments every input once more, about 0.08 s a MB of plain text: at
 * this size about what reading a whole FreeDict dictionary costs;
 * doc/benchmarks.md). */
#define ALIGN_WANT_BYTES (16u << 20)

typedef struct {
	const align_cli *o;
	const bitext_align_job *jobs;
	size_t njobs;
} align_want_ctx;

/* The words of every pair of the batch, one document at a time; an input
 * that does not load is skipped (its job reports it). */
static int align_batch_want(void *payload, bitext_lexicon *lex)
{
	const align_want_ctx *w = payload;
	size_t i;
	int side, error = 0;

	for (i = 0; i < w->njobs && !error; i++) {
		for (side = 0; side < 2 && !error; side++) {
			bitext_doc *d = NULL;

			if (bitext_align_load(&d, side ? w->jobs[i].tgt_path :
					w->jobs[i].src_path, side ? w->o->tgt_lang :
					w->o->src_lang, w->o->segmented) < 0) {
				bitext_error_clear();
				continue;
			}
			error = bitext_lexicon_want(lex, d, !side);
			bitext_doc_free(d);
		}
	}
	return error;
}

/* 1 when the inputs of the batch are small enough for align_batch_want. */
static int align_batch_small(const bitext_align_job *jobs, size_t n)
{
	unsigned long long total = 0;
	struct stat st;
	size_t i;

	for (i = 0; i < n; i++) {
		if (stat(jobs[i].src_path, &st) == 0)
			total += (unsigned long long)st.st_size;
		if (stat(jobs[i].tgt_path, &st) == 0)
			total += (unsigned long long)st.st_size;
		if (total > ALIGN_WANT_BYTES)
			return 0;
	}
	return 1;
}

static int align_batch(align_cli *o)
{
	align_want_ctx want;
	bitext_align_batch_options bo = BITEXT_ALIGN_BATCH_OPTIONS_INIT;
	bitext_align_job *jobs = NULL;
	bitext_lexicon *lex = NULL;
	bitext_doc *src = NULL, *tgt = NULL;
	size_t njobs = 0, failed = 0;
	char *data = NULL, total[32];
	align_tally tally;
	int error;

	memset(&tally, 0, sizeof(tally));
	tally.t0 = align_now();
	if ((error = align_manifest(&jobs, &njobs, &data, o->batch, o->shard_k,
	    o->shard_n)) < 0)
		goto cleanup;
	if (!njobs) {	/* a shard past the manifest's end: nothing to do */
		align_summary(&tally);
		goto cleanup;
	}
	tally.jobs = jobs;
	/* one lexicon for every worker; languages not given are those of the
	 * first pair (a failure there is reported with that pair's job) */
	if (!o->no_default_dict && (!o->src_lang || !o->tgt_lang)) {
		if (bitext_align_load(&src, jobs[0].src_path, o->src_lang,
				o->segmented) < 0 ||
			bitext_align_load(&tgt, jobs[0].tgt_path, o->tgt_lang,
				o->segmented) < 0)
			bitext_error_clear();
	}
	want.o = o;
	want.jobs = jobs;
	want.njobs = njobs;
	error = align_lexicon(&lex, o, src, tgt, align_batch_small(jobs, njobs) ?
		align_batch_want : NULL, &want);
	if (!error && o->learnt)
		error = align_apply_learnt(&lex, o, src, tgt);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	if (error < 0)
		goto cleanup;
	bo.align = o->align;
	bo.align.lexicon = lex;
	bo.segmented = o->segmented;
	bo.format = o->format;
	bo.threads = o->threads;
	bo.independent = o->shard_n > 0;
	bo.resume = o->resume;
	bo.on_job = align_on_job;
	bo.payload = &tally;
	if (cli_stderr_is_tty())
		bo.progress = align_progress;
	error = bitext_align_batch(jobs, njobs, &bo, &failed);
	if (o->shard_n || o->resume || njobs > 1)
		align_summary(&tally);
	if (error < 0 && failed > 0) {
		/* each failed job was named by align_on_job; the others went on */
		int rc = cli_exit_code(error);
		snprintf(total, sizeof(total), "%zu", njobs);
		cli_warn("align_batch_failed", (double)failed, total);
		free(data);
		align_jobs_free(jobs, njobs);
		bitext_lexicon_free(lex);
		return rc;
	}
cleanup:
	bitext_lexicon_free(lex);
	free(data);
	align_jobs_free(jobs, njobs);
	return error < 0 ? cli_fail() : CLI_OK;
}

/* ---- a streaming worker: jobs as JSON Lines ------------------------------ */

/* The members of a job line; a job names files or carries its texts. */
enum { JOB_ID, JOB_SRC, JOB_TGT, JOB_SL, JOB_TL, JOB_STEXT, JOB_TTEXT, JOB_N };
static const char *const job_names[JOB_N] = { "id", "src", "tgt", "src_lang",
	"tgt_lang", "src_text", "tgt_text" };

/* One side of a job: the file, else the inline text. */
static int job_side(bitext_doc **out, char *const *v, int path, int text,
	int lang, const align_cli *o)
{
	const char *l = v[lang] ? v[lang] : lang == JOB_SL ? o->src_lang :
		o->tgt_lang;

	if (v[path])
		return bitext_align_load(out, v[path], l, o->segmented);
	if (!v[text])
		return bitext_error_set(BITEXT_EINVAL, "align_job_side",
			job_names[path], job_names[text], NULL);
	return bitext_align_load_buffer(out, job_names[text], v[text],
		strlen(v[text]), l, o->segmented);
}

/* The segments first .. first+n-1 of `doc`, joined by spaces, as the
 * inside of a JSON string (escaped, without quotes). */
static void job_text(bitext_buf *b, const bitext_doc *doc, size_t first,
	size_t n)
{
	size_t k, at;

	for (k = 0; k < n; k++) {
		const bitext_segment *sg = bitext_doc_segment(doc, first + k);
		if (k)
			bitext_buf_putc(b, ' ');
		at = b->size;
		if (bitext_buf_put_json(b, sg->text, sg->len) < 0)
			return;
		memmove(b->ptr + at, b->ptr + at + 1, b->size - at - 2);
		b->size -= 2;
		b->ptr[b->size] = '\0';
	}
}

/* The record of a done job: its links and the aligned pairs. */
static int job_record(bitext_buf *b, const char *id, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt)
{
	size_t i, k, n = bitext_alignment_count(al);

	bitext_buf_puts(b, "{\"id\":");
	bitext_buf_put_json(b, id, strlen(id));
	bitext_buf_puts(b, ",\"links\":[");
	for (i = 0; i < n; i++) {
		const bitext_align_link *l = bitext_alignment_link(al, i);
		bitext_buf_printf(b, "%s{\"src\":[", i ? "," : "");
		for (k = 0; k < l->nsrc; k++)
			bitext_buf_printf(b, "%s%zu", k ? "," : "", l->src + k);
		bitext_buf_puts(b, "],\"tgt\":[");
		for (k = 0; k < l->ntgt; k++)
			bitext_buf_printf(b, "%s%zu", k ? "," : "", l->tgt + k);
		bitext_buf_printf(b, "],\"confidence\":%.4f,\"source\":",
			l->confidence);
		bitext_buf_puts(b, "\"");
		job_text(b, src, l->src, l->nsrc);
		bitext_buf_puts(b, "\",\"target\":\"");
		job_text(b, tgt, l->tgt, l->ntgt);
		bitext_buf_puts(b, "\"}");
	}
	return bitext_buf_puts(b, "]}\n");
}

static int job_error(bitext_buf *b, const char *id)
{
	const bitext_error *e = bitext_error_last();
	const char *m = e && e->message ? e->message : "error";

	bitext_buf_puts(b, "{\"id\":");
	if (id)
		bitext_buf_put_json(b, id, strlen(id));
	else
		bitext_buf_puts(b, "null");
	bitext_buf_puts(b, ",\"error\":");
	bitext_buf_put_json(b, m, strlen(m));
	return bitext_buf_puts(b, "}\n");
}

/* The lexicons of the last JOB_LEXICONS language pairs of a stream, each
 * read once (a whole FreeDict dictionary takes 1-2 s): jobs of pairs
 * that alternate do not read them again. */
#define JOB_LEXICONS 4

typedef struct {
	bitext_lexicon *lex[JOB_LEXICONS];
	char pair[JOB_LEXICONS][64];    /* "SRC>TGT"; "" = free slot */
	unsigned long used[JOB_LEXICONS], clock;
} job_lexicons;

static void job_lexicons_dispose(job_lexicons *c)
{
	int k;

	for (k = 0; k < JOB_LEXICONS; k++)
		bitext_lexicon_free(c->lex[k]);
}

/* The lexicon of the job's pair: kept, else read (into the slot used
 * longest ago); *out is NULL when the pair has none. */
static int job_lexicon(bitext_lexicon **out, job_lexicons *c,
	const align_cli *o, const bitext_doc *src, const bitext_doc *tgt)
{
	char pair[64];
	int k, old = 0, error;

	snprintf(pair, sizeof(pair), "%s>%s", bitext_doc_lang(src) ?
		bitext_doc_lang(src) : "", bitext_doc_lang(tgt) ?
		bitext_doc_lang(tgt) : "");
	for (k = 0; k < JOB_LEXICONS; k++) {
		if (c->pair[k][0] && !strcmp(c->pair[k], pair)) {
			c->used[k] = ++c->clock;
			*out = c->lex[k];
			return 0;
		}
		if (c->used[k] < c->used[old])
			old = k;
	}
	bitext_lexicon_free(c->lex[old]);
	c->lex[old] = NULL;
	c->pair[old][0] = '\0';
	if ((error = align_lexicon(&c->lex[old], o, src, tgt, NULL, NULL)) < 0)
		return error;
	/* --learn: the learnt pairs join the lexicon of their pair */
	if (o->learnt && bitext_doc_lang(src) && bitext_doc_lang(tgt) &&
	    bitext_lang_match(bitext_doc_lang(src), o->learnt_sl) &&
	    bitext_lang_match(bitext_doc_lang(tgt), o->learnt_tl) &&
	    (error = align_apply_learnt(&c->lex[old], o, src, tgt)) < 0)
		return error;
	snprintf(c->pair[old], sizeof(c->pair[old]), "%s", pair);
	c->used[old] = ++c->clock;
	*out = c->lex[old];
	return 0;
}

/* One line: the job's record or its error record into `b`. */
static int job_run(align_cli *o, const char *line, long lineno, bitext_buf *b,
	job_lexicons *lexicons, size_t *sentences)
{
	char *v[JOB_N], idbuf[32];
	bitext_lexicon *lex = NULL;
	bitext_doc *src = NULL, *tgt = NULL;
	bitext_alignment *al = NULL;
	bitext_align_options ao = o->align;
	const char *id;
	int i, error;

	bitext_error_clear();
	snprintf(idbuf, sizeof(idbuf), "%ld", lineno);
	if (bitext_json_fields(line, job_names, v, JOB_N) < 0) {
		job_error(b, idbuf);
		return -1;
	}
	id = v[JOB_ID] ? v[JOB_ID] : idbuf;
	if ((error = job_side(&src, v, JOB_SRC, JOB_STEXT, JOB_SL, o)) < 0 ||
	    (error = job_side(&tgt, v, JOB_TGT, JOB_TTEXT, JOB_TL, o)) < 0)
		goto done;
	if (!bitext_doc_segment_count(src) || !bitext_doc_segment_count(tgt)) {
		/* as bitext_align_texts(): an empty side is no alignment */
		error = bitext_error_set(BITEXT_EPARSE, "align_empty_side",
			bitext_doc_segment_count(src) ? v[JOB_TGT] ? v[JOB_TGT] :
			job_names[JOB_TTEXT] : v[JOB_SRC] ? v[JOB_SRC] :
			job_names[JOB_STEXT], NULL);
		goto done;
	}
	if ((error = job_lexicon(&lex, lexicons, o, src, tgt)) < 0)
		goto done;
	ao.lexicon = lex;
	ao.src_lang = bitext_doc_lang(src);
	ao.tgt_lang = bitext_doc_lang(tgt);
	if ((error = bitext_align_docs(&al, src, tgt, &ao)) < 0)
		goto done;
	error = job_record(b, id, al, src, tgt) < 0 ?
		bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
	*sentences += bitext_doc_segment_count(src) +
		bitext_doc_segment_count(tgt);
done:
	if (error < 0) {
		bitext_buf_clear(b);
		job_error(b, id);
	}
	bitext_alignment_free(al);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	for (i = 0; i < JOB_N; i++)
		free(v[i]);
	return error < 0 ? -1 : 0;
}

/*
 * --jobs FILE ("-": standard input): one JSON object a line, one JSON
 * record a line on standard output, flushed after each, so that Hadoop
 * Streaming, Spark's pipe() or a shell pipeline can feed the worker. A job
 * that fails gives an error record; the stream goes on. Memory holds one
 * job at a time.
 */
static int align_jobs(align_cli *o)
{
	FILE *in = strcmp(o->jobs, "-") ? fopen(o->jobs, "r") : stdin;
	job_lexicons lexicons;
	bitext_buf b = BITEXT_BUF_INIT;
	char *line = NULL;
	size_t cap = 0, done = 0, failed = 0, sentences = 0;
	ssize_t n;
	long lineno = 0;
	double t0 = align_now(), el;
	int ok;

	memset(&lexicons, 0, sizeof(lexicons));
	if (!in) {
		bitext_error_set(BITEXT_ENOTFOUND, "err_open", o->jobs,
			strerror(errno), NULL);
		return cli_fail();
	}
	while ((n = getline(&line, &cap, in)) >= 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (!n)
			continue;
		bitext_buf_clear(&b);
		ok = job_run(o, line, lineno, &b, &lexicons, &sentences) == 0;
		if (b.failed || fwrite(b.ptr, 1, b.size, stdout) != b.size ||
		    fflush(stdout) != 0)
			break;
		done += ok;
		failed += !ok;
	}
	free(line);
	bitext_buf_dispose(&b);
	job_lexicons_dispose(&lexicons);
	if (in != stdin)
		fclose(in);
	if (ferror(stdout) || n >= 0) {
		bitext_error_set(BITEXT_EIO, "err_write", "-", strerror(errno), NULL);
		return cli_fail();
	}
	el = align_now() - t0;
	cli_print(stderr, "align_batch_summary", (double)done, 0.0,
		(double)failed, (double)sentences,
		el > 0 ? (double)sentences / el : 0.0);
	return CLI_OK;
}

static const struct option align_longopts[] = {
	{ "src-lang", required_argument, NULL, 's' },
	{ "tgt-lang", required_argument, NULL, 't' },
	{ "segmented", no_argument, NULL, 'S' },
	{ "terms", required_argument, NULL, 'T' },
	{ "dict", required_argument, NULL, 'D' },
	{ "learn", required_argument, NULL, 'E' },
	{ "batch", required_argument, NULL, 'b' },
	{ "threads", required_argument, NULL, 'j' },
	{ "no-paragraphs", no_argument, NULL, 'P' },
	{ "no-anchors", no_argument, NULL, 'A' },
	{ "no-second-pass", no_argument, NULL, 'L' },
	{ "no-default-dict", no_argument, NULL, 'N' },
	{ "shard", required_argument, NULL, 'K' },
	{ "resume", no_argument, NULL, 'R' },
	{ "jobs", required_argument, NULL, 'J' },
	{ "fixed", required_argument, NULL, 'X' },
	{ "links", required_argument, NULL, 'l' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd align_cmd = {
	"align", "align_help", "", align_longopts,
	CLI_OPT_OUTPUT | CLI_OPT_FORMAT
};

/* The command line into `o`; CLI_OK to go on, else the exit code (with
 * *done set when --help or --version answered). */
static int align_args(align_cli *o, int argc, char **argv, int *done)
{
	cli_opts co = CLI_OPTS_INIT;
	int ch;
	long v;
	char *end;

	*done = 0;
	while ((ch = cli_getopt(&co, &align_cmd, argc, argv)) != -1) {
		switch (ch) {
		case 's': o->src_lang = optarg; break;
		case 't': o->tgt_lang = optarg; break;
		case 'S': o->segmented = 1; break;
		case 'T':
		case 'D':
			if (o->nlex < 32)
				o->lex_files[o->nlex++] = optarg;
			break;
		case 'E':
			if (o->nlearn < 32)
				o->learn_files[o->nlearn++] = optarg;
			break;
		case 'b': o->batch = optarg; break;
		case 'j':
			v = strtol(optarg, &end, 10);
			if (*end || v < 1 || v > 256)
				return cli_usage("align", "align_bad_threads", optarg);
			o->threads = (unsigned)v;
			break;
		case 'P': o->align.paragraphs = 0; break;
		case 'A': o->align.anchors = 0; break;
		case 'L': o->align.second_pass = 0; break;
		case 'N': o->no_default_dict = 1; break;
		case 'K':
			/* K/N: 0 <= K < N; Slurm's array index is K */
			o->shard_k = strtol(optarg, &end, 10);
			if (end == optarg || *end != '/' ||
			    (o->shard_n = strtol(end + 1, &end, 10)) < 1 || *end ||
			    o->shard_k < 0 || o->shard_k >= o->shard_n ||
			    o->shard_n > 1000000)
				return cli_usage("align", "align_bad_shard", optarg);
			break;
		case 'R': o->resume = 1; break;
		case 'J': o->jobs = optarg; break;
		case 'X': o->fixed = optarg; break;
		case 'l': o->links = optarg; break;
		}
	}
	if (co.done) {
		*done = 1;
		return co.rc;
	}
	o->out = co.out;
	if (co.format && bitext_align_format_parse(&o->format, co.format) < 0)
		return cli_usage("align", "align_bad_format", co.format);
	if ((o->batch || o->jobs) ? optind != argc : argc - optind != 2)
		return cli_usage("align", "align_missing_args");
	if ((o->shard_n || o->resume) && !o->batch)
		return cli_usage("align", "align_shard_needs_batch");
	if ((o->fixed || o->links) && (o->batch || o->jobs))
		return cli_usage("align", "align_links_one_pair");
	if (o->fixed && o->links)
		return cli_usage("align", "align_fixed_or_links");
	return CLI_OK;
}

int cmd_align(int argc, char **argv)
{
	bitext_align_options defaults = BITEXT_ALIGN_OPTIONS_INIT;
	align_cli o;
	int rc, done;

	memset(&o, 0, sizeof(o));
	o.align = defaults;
	/* development aids (doc/align.md): the tool reads them, the library
	 * takes them as options */
	o.align.tune = getenv("BITEXT_ALIGN_TUNE");
	if (getenv("BITEXT_ALIGN_DEBUG"))
		o.align.debug = stderr;
	o.format = BITEXT_ALIGN_LINKS;
	if ((rc = align_args(&o, argc, argv, &done)) != CLI_OK || done)
		return rc;
	o.align.src_lang = o.src_lang;
	o.align.tgt_lang = o.tgt_lang;
	if (o.nlearn && align_learn(&o) < 0) {
		bitext_lexicon_learner_free(o.learnt);
		return cli_fail();
	}
	if (o.batch)
		rc = align_batch(&o);
	else if (o.jobs)
		rc = align_jobs(&o);
	else
		rc = align_one(&o, argv[optind], argv[optind + 1]) < 0 ?
			cli_fail() : CLI_OK;
	bitext_lexicon_learner_free(o.learnt);
	return rc;
}
