/*
 * bitext/align.h - sentence alignment: link the segments of a source
 * document to the segments of its translation.
 *
 * The aligner runs a dynamic programme over link shapes (0-1, 1-0, 1-1,
 * 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1) inside a band around an expected
 * path. A link's cost combines a length model estimated from the document
 * pair, anchors that survive translation (numbers by value, Latin-script
 * words and acronyms, names through romanization, question marks and
 * quotes, terms of a termbase or dictionary), paragraph boundaries, and -
 * in a second pass - word correspondences learnt from the first pass's
 * confident links. Each link gets a confidence in [0, 1]: how likely the
 * link is to be right, from its posterior probability under the model
 * (forward-backward over the band) and how much of its evidence it
 * matches, mapped so that it says what share of such links is right.
 * Links under
 * BITEXT_ALIGN_REVIEW_THRESHOLD are the ones a person should look at.
 *
 * Segment numbers count the segments of a document from 0 (bitext_doc).
 * Results belong to the caller; documents are borrowed and must outlive
 * any call that takes them.
 */
#ifndef BITEXT_ALIGN_H
#define BITEXT_ALIGN_H

#include <stdio.h>
#include "common.h"
#include "doc.h"
#include "eval.h"
#include "tmx.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Links with a confidence below this deserve a human look: more than one
 * in ten of them is likely wrong (the confidence is calibrated; see
 * doc/align.md, Calibration). */
#define BITEXT_ALIGN_REVIEW_THRESHOLD 0.9

/** One link: source segments [src, src+nsrc) with [tgt, tgt+ntgt). */
typedef struct bitext_align_link {
	size_t src, nsrc;      /* first source segment and count (0 = none) */
	size_t tgt, ntgt;      /* first target segment and count (0 = none) */
	double confidence;     /* posterior probability of the link, [0, 1] */
	size_t src_para;       /* paragraph of the first source segment, or of
	                          the segment before it when nsrc = 0 */
	size_t tgt_para;       /* the same on the target side */
	int confirmed;         /* 1: a person confirmed the link (it came from
	                          a fixed or given links file); confidence 1 */
} bitext_align_link;

/** The confidence of a link that the model did not score (a link read
 * from a file and not confirmed): writers leave the score out. */
#define BITEXT_ALIGN_NO_SCORE (-1.0)

/**
 * A bilingual lexicon: dictionary entries and termbase terms the aligner
 * uses as anchors. Read-only once loaded; may be shared between threads.
 */
typedef struct bitext_lexicon bitext_lexicon;

/** Word translation probabilities learnt from memories (see below). */
typedef struct bitext_lexicon_learner bitext_lexicon_learner;

/**
 * Create an empty lexicon for `src_lang` -> `tgt_lang`.
 * @param[out] out owned by the caller (bitext_lexicon_free)
 */
BITEXT_EXTERN(int) bitext_lexicon_new(bitext_lexicon **out,
	const char *src_lang, const char *tgt_lang);

/**
 * Add the entries of a file: a TSV glossary or dictionary
 * (`source<TAB>target<TAB>status<TAB>note`, `#` comments; status and note
 * optional; forbidden/deprecated targets are skipped), a TBX termbase, or
 * a dictd dictionary (FreeDict: NAME.index with NAME.dict.dz, either named;
 * read the other way round when NAME ends in TGT-SRC, ISO 639-3 codes of
 * the lexicon's pair: freedict-eng-deu for de -> en). A dictd
 * dictionary's entries are general words, of the default dictionary's
 * kind; after bitext_lexicon_want() only its headwords found in the
 * documents are read.
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EIO, BITEXT_EPARSE (file and line,
 *         or file and byte offset in a damaged .dict.dz)
 */
BITEXT_EXTERN(int) bitext_lexicon_load(bitext_lexicon *lex, const char *path);

/**
 * Register the words of a document (the source side when `is_src`): a
 * dictd dictionary loaded afterwards reads only the entries whose
 * headword's words all occur in the documents of its side (inflected
 * forms count: Häuser finds Haus), which keeps loading a 500,000-entry
 * dictionary under a second. Call it for each document of the run, or not
 * at all (every entry is read).
 * @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_lexicon_want(bitext_lexicon *lex,
	const bitext_doc *doc, int is_src);

/** Number of files loaded into the lexicon. */
BITEXT_EXTERN(size_t) bitext_lexicon_source_count(const bitext_lexicon *lex);

/**
 * The path of the i-th file loaded (borrowed), and the entries it gave in
 * *entries (may be NULL); NULL when i is out of range.
 */
BITEXT_EXTERN(const char *) bitext_lexicon_source(const bitext_lexicon *lex,
	size_t i, size_t *entries);

/**
 * Add the default general dictionary of the lexicon's language pair:
 * `locales/<src>/align-<tgt>.tsv` under bitext_datadir() (primary subtags:
 * ko-KR -> ko) when it exists, else the pair's FreeDict dictionary in
 * /usr/share/dictd (freedict-SRC-TGT, else freedict-TGT-SRC read the other
 * way round; ISO 639-3 codes from ICU). Its entries are weaker evidence
 * than termbase entries (a general word is often translated otherwise) and
 * count as a kind of their own. Nothing happens without a dictionary or
 * when a language of the lexicon is unknown ("und").
 * @param loaded receives 1 when a dictionary was loaded (may be NULL)
 * @return 0, BITEXT_EIO, BITEXT_EPARSE (file and line), BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_lexicon_load_default(bitext_lexicon *lex,
	int *loaded);

/** Add one entry (UTF-8 NFC phrases of one or more words). */
BITEXT_EXTERN(int) bitext_lexicon_add(bitext_lexicon *lex, const char *src,
	size_t slen, const char *tgt, size_t tlen);

/** Number of entries. */
BITEXT_EXTERN(size_t) bitext_lexicon_count(const bitext_lexicon *lex);

/** NULL is fine. */
BITEXT_EXTERN(void) bitext_lexicon_free(bitext_lexicon *lex);

/** An alignment: links in document order (bitext_alignment_link()). */
typedef struct bitext_alignment bitext_alignment;

/**
 * Progress of long work: `done` of `total` steps (rows of the dynamic
 * programme for one document, documents for a batch). May be called from
 * worker threads, one call at a time.
 */
typedef void (*bitext_align_progress_cb)(size_t done, size_t total,
	void *payload);

typedef struct bitext_align_options {
	unsigned version;         /* BITEXT_ALIGN_OPTIONS_VERSION */
	const char *src_lang;     /* NULL: the source document's language */
	const char *tgt_lang;     /* NULL: the target document's language */
	const bitext_lexicon *lexicon; /* dictionary / terms, or NULL */
	int paragraphs;           /* 1: paragraph boundaries are evidence */
	int anchors;              /* 1: numbers, Latin words, punctuation */
	int names;                /* 1: names matched by romanization */
	int second_pass;          /* 1: realign with learnt word pairs */
	bitext_align_progress_cb progress; /* bitext_align_docs(), or NULL */
	void *payload;            /* passed to progress */
	/* version 2: */
	const char *tune;         /* tuning experiments (bench/), or NULL:
	                             "l5=0,a0=0.9" overrides alpha aK, lambda lK,
	                             shape probabilities sK, pc, ps and the final
	                             temperature T (src/align/align_dp.c) */
	FILE *debug;              /* diagnostics of each pass, or NULL */
	/* version 3: */
	const bitext_alignment *fixed; /* links to keep, or NULL: its confirmed
	                             links are kept exactly and the rest of
	                             the documents is aligned around them (the
	                             search runs between them); its other links
	                             are ignored (the model decides them again) */
} bitext_align_options;

#define BITEXT_ALIGN_OPTIONS_VERSION 3
#define BITEXT_ALIGN_OPTIONS_INIT { BITEXT_ALIGN_OPTIONS_VERSION, NULL, NULL, \
	NULL, 1, 1, 1, 1, NULL, NULL, NULL, NULL, NULL }

/**
 * Align two segmented documents.
 * @param[out] out the links, owned by the caller (bitext_alignment_free)
 * @param opts may be NULL (defaults)
 * @return 0, BITEXT_ELIMIT (band over BITEXT_MAX_DP_CELLS), BITEXT_ENOMEM,
 *         BITEXT_EINVAL (fixed links out of range or out of order)
 */
BITEXT_EXTERN(int) bitext_align_docs(bitext_alignment **out,
	const bitext_doc *src, const bitext_doc *tgt,
	const bitext_align_options *opts);

/** Number of links. */
BITEXT_EXTERN(size_t) bitext_alignment_count(const bitext_alignment *al);
/** Link `i` in document order, or NULL. Borrowed from `al`. */
BITEXT_EXTERN(const bitext_align_link *) bitext_alignment_link(
	const bitext_alignment *al, size_t i);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_alignment_free(bitext_alignment *al);

/**
 * The alignment a link file gives (bitext/eval.h), as it is: nothing is
 * realigned. Each link must name consecutive segments (`1,2:3`, not
 * `1,3:2`) that exist in `src` and `tgt`, and start after the link above
 * it on each side (links in document order, none overlapping). Links need
 * not cover the documents. Confirmed links get confidence 1, the others
 * BITEXT_ALIGN_NO_SCORE.
 * @param name the file's name, for errors
 * @param[out] out owned by the caller (bitext_alignment_free)
 * @return 0, BITEXT_EINVAL (file, line: a link out of range, out of order
 *         or not consecutive), BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_alignment_from_links(bitext_alignment **out,
	const bitext_links *links, const char *name, const bitext_doc *src,
	const bitext_doc *tgt);

/**
 * Read the link file at `path` ("-" = stdin) and make it an alignment of
 * `src` and `tgt` (bitext_links_load() then bitext_alignment_from_links()).
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EIO, BITEXT_EPARSE, BITEXT_EINVAL,
 *         BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_alignment_load_links(bitext_alignment **out,
	const char *path, const bitext_doc *src, const bitext_doc *tgt);

/** Output formats of an alignment. */
typedef enum {
	BITEXT_ALIGN_LINKS = 0,  /* `S:T` a line, the format of gold files */
	BITEXT_ALIGN_TSV,        /* header row; source, target, shape, confidence */
	BITEXT_ALIGN_JSONL,      /* one JSON object per link */
	BITEXT_ALIGN_TMX,        /* TMX 1.4b, shape and confidence as props */
	BITEXT_ALIGN_HTML,       /* self-contained side-by-side review page */
	BITEXT_ALIGN_XLIFF,      /* XLIFF 1.2 bilingual file (OmegaT, Okapi) */
	BITEXT_ALIGN_XLIFF2      /* XLIFF 2.0 bilingual file */
} bitext_align_format;

/** Parse a format name ("links", "tsv", "jsonl", "tmx", "html", "xliff",
 * "xliff2"). */
BITEXT_EXTERN(int) bitext_align_format_parse(bitext_align_format *out,
	const char *name);

/**
 * Write an alignment of `src` and `tgt` to `f` in format `fmt` (every
 * format but TMX and XLIFF, which need a file: see
 * bitext_alignment_save()).
 * @return 0, BITEXT_EIO, BITEXT_ENOMEM, BITEXT_EINVAL (TMX)
 */
BITEXT_EXTERN(int) bitext_alignment_write(FILE *f, const bitext_alignment *al,
	const bitext_doc *src, const bitext_doc *tgt, bitext_align_format fmt);

/**
 * Write an alignment to `path` ("-" = stdout) atomically: the file appears
 * complete or not at all. Works for every format, TMX included.
 * @return 0, BITEXT_EIO, BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_alignment_save(const char *path,
	const bitext_alignment *al, const bitext_doc *src, const bitext_doc *tgt,
	bitext_align_format fmt);

/* ---- many documents ------------------------------------------------ */

/** One document pair of a batch. */
typedef struct bitext_align_job {
	const char *src_path;     /* source file */
	const char *tgt_path;     /* target file */
	const char *out_path;     /* output file, written atomically */
} bitext_align_job;

/** How one job of a batch ended. */
typedef enum {
	BITEXT_JOB_DONE = 0,      /* aligned and written */
	BITEXT_JOB_SKIPPED,       /* its output existed (resume) */
	BITEXT_JOB_FAILED         /* see `message` */
} bitext_job_status;

/** The result of one job, handed to on_job (valid during the call). */
typedef struct bitext_align_job_result {
	size_t index;             /* the job's index in the array */
	bitext_job_status status;
	const char *message;      /* why it failed (UI language), or NULL */
	size_t src_segments;      /* segments of each side (done jobs) */
	size_t tgt_segments;
	size_t links;             /* links written */
	double mean_confidence;   /* mean confidence of the links */
} bitext_align_job_result;

typedef struct bitext_align_batch_options {
	unsigned version;         /* BITEXT_ALIGN_BATCH_OPTIONS_VERSION */
	bitext_align_options align; /* alignment options */
	int segmented;            /* 1: inputs are one segment a line */
	bitext_align_format format; /* output format */
	unsigned threads;         /* workers; 0 = one per core */
	bitext_align_progress_cb progress; /* or NULL */
	void *payload;            /* passed to progress and on_job */
	/* since version 3: */
	int independent;          /* 1: each pair aligned on its own, as by
	                             bitext_align_docs(), without learning across
	                             the batch: a job's output does not depend on
	                             the other jobs (shards), and memory holds one
	                             pair per worker */
	int resume;               /* 1: skip jobs whose output file exists (an
	                             output is written atomically, so it exists
	                             only complete) */
	/** called once per job, in no particular order, under a lock */
	void (*on_job)(const bitext_align_job_result *r, void *payload);
} bitext_align_batch_options;

#define BITEXT_ALIGN_BATCH_OPTIONS_VERSION 3
#define BITEXT_ALIGN_BATCH_OPTIONS_INIT { BITEXT_ALIGN_BATCH_OPTIONS_VERSION, \
	BITEXT_ALIGN_OPTIONS_INIT, 0, BITEXT_ALIGN_LINKS, 0, NULL, NULL, 0, 0, \
	NULL }

/**
 * Align many document pairs, one document per worker thread. Word
 * correspondences of the second pass are learnt across the whole batch,
 * unless `independent`. Every job is attempted; outputs of failed jobs are
 * not written.
 * @param failed receives the number of failed jobs (may be NULL)
 * @return 0 when every job succeeded, else the code of the first failure
 *         (its error is the last error of the calling thread)
 */
BITEXT_EXTERN(int) bitext_align_batch(const bitext_align_job *jobs, size_t n,
	const bitext_align_batch_options *opts, size_t *failed);

/**
 * Load and segment one input the way `bitext align` does: the one-segment-
 * a-line form when `segmented` is 1 (blank line = paragraph), else plain
 * text split into sentences for `lang`.
 * @param[out] out owned by the caller (bitext_doc_free)
 */
BITEXT_EXTERN(int) bitext_align_load(bitext_doc **out, const char *path,
	const char *lang, int segmented);

/** The same as bitext_align_load() from data[0..len) named `name`. */
BITEXT_EXTERN(int) bitext_align_load_buffer(bitext_doc **out,
	const char *name, const char *data, size_t len, const char *lang,
	int segmented);

/* ---- lexicons learnt from translation memories ------------------- */

/** The first line of a learnt lexicon file: "# bitext-lexicon SRC TGT". */
#define BITEXT_LEXICON_HEADER "# bitext-lexicon"

/**
 * Word translation probabilities learnt from aligned units with IBM Model
 * 1 (EM over the units' words, 5 iterations; after the first, each source
 * word keeps its 20 likeliest translations with probability at least
 * 0.001). The result keeps, per source word seen at least twice, its 3
 * likeliest translations with probability at least 0.2. Words are keyed
 * as lexicon entries are (bitext_lexicon_load), so that a saved lexicon
 * read back with bitext_lexicon_load() matches the same words. Units with
 * more than 40 words on a side are skipped. Memory: about 8 bytes a word
 * of the units read, plus the table of word pairs (all pairs seen during
 * the first iteration, a few per word after it).
 */
/** A learner for `src_lang` -> `tgt_lang`. Free with _free(). */
BITEXT_EXTERN(int) bitext_lexicon_learner_new(bitext_lexicon_learner **out,
	const char *src_lang, const char *tgt_lang);
/** Add one unit (UTF-8 NFC texts). */
BITEXT_EXTERN(int) bitext_lexicon_learner_add(bitext_lexicon_learner *l,
	const char *src, size_t slen, const char *tgt, size_t tlen);
/**
 * Add the units of a memory of any format bitext reads (TMX, TSV, CSV,
 * JSON Lines, XLIFF, PO): the variants of the learner's two languages (a
 * unit of two variants one of whose languages is not told: first is the
 * source). `progress` (may be NULL) is called every 100,000 units with
 * the units read and 0.
 */
BITEXT_EXTERN(int) bitext_lexicon_learner_add_memory(
	bitext_lexicon_learner *l, const char *path,
	bitext_align_progress_cb progress, void *payload);
/**
 * How bitext_lexicon_learner_add_memory() reads memories from now on:
 * `opts` (copied; NULL for the defaults), e.g. BITEXT_TMX_READ_RECOVER
 * with a problem callback that names each unit skipped.
 */
BITEXT_EXTERN(void) bitext_lexicon_learner_set_read_options(
	bitext_lexicon_learner *l, const bitext_tmx_reader_options *opts);
/** Units the memories' readers skipped as unreadable (RECOVER). */
BITEXT_EXTERN(size_t) bitext_lexicon_learner_skipped(
	const bitext_lexicon_learner *l);
/** Units added (and kept). */
BITEXT_EXTERN(size_t) bitext_lexicon_learner_units(
	const bitext_lexicon_learner *l);
/** Run EM; `progress` after each iteration (done, total). */
BITEXT_EXTERN(int) bitext_lexicon_learner_train(bitext_lexicon_learner *l,
	bitext_align_progress_cb progress, void *payload);
/**
 * Add the learnt pairs to `lex` as general words (the default dictionary's
 * kind); `name` (may be NULL) is recorded as their source
 * (bitext_lexicon_source()).
 */
BITEXT_EXTERN(int) bitext_lexicon_learner_apply(bitext_lexicon_learner *l,
	bitext_lexicon *lex, const char *name);
/**
 * Write the learnt pairs as a TSV lexicon ("-": standard output), whole or
 * not at all: the header line BITEXT_LEXICON_HEADER SRC TGT, a comment,
 * then source<TAB>target<TAB>probability rows; *rows (may be NULL) gets
 * their number. bitext_lexicon_load() and `--dict` read it back.
 */
BITEXT_EXTERN(int) bitext_lexicon_learner_save(bitext_lexicon_learner *l,
	const char *path, size_t *rows);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_lexicon_learner_free(bitext_lexicon_learner *l);

/* ---- two texts, as `bitext align SRC TGT` ------------------------- */

/**
 * The lexicon `bitext align` uses for a language pair: the pair's default
 * dictionary (bitext_lexicon_load_default(), when `default_dict` is 1)
 * plus every file of `files` (bitext_lexicon_load()). A language NULL,
 * empty or "und" is taken for English (Latin-script text the script does
 * not tell). `*out` is NULL when nothing was loaded.
 * @param[out] out owned by the caller (bitext_lexicon_free)
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EIO, BITEXT_EPARSE (file and line)
 */
BITEXT_EXTERN(int) bitext_lexicon_for_pair(bitext_lexicon **out,
	const char *src_lang, const char *tgt_lang, int default_dict,
	const char *const *files, size_t nfiles);

/**
 * The same for two documents: their words are registered first
 * (bitext_lexicon_want(); NULL documents: none), so that a dictd
 * dictionary reads only the entries they need. `*out` is the lexicon even
 * when it has no entry but read some file (NULL when nothing was read);
 * `*default_found` (may be NULL) tells whether the pair has a default
 * dictionary.
 */
BITEXT_EXTERN(int) bitext_lexicon_for_texts(bitext_lexicon **out,
	const char *src_lang, const char *tgt_lang, const bitext_doc *src,
	const bitext_doc *tgt, int default_dict, const char *const *files,
	size_t nfiles, int *default_found);

/**
 * The same for any documents: `want` (may be NULL: every entry is read) is
 * called once with the new lexicon before any file is read, and registers
 * the words of the documents it likes with bitext_lexicon_want(), e.g.
 * those of every pair of a batch, loaded and freed one at a time; a
 * negative return stops and is returned.
 */
BITEXT_EXTERN(int) bitext_lexicon_for_words(bitext_lexicon **out,
	const char *src_lang, const char *tgt_lang,
	int (*want)(void *payload, bitext_lexicon *lex), void *payload,
	int default_dict, const char *const *files, size_t nfiles,
	int *default_found);

/** Everything `bitext align SRC TGT` takes, for bitext_align_texts(). */
typedef struct bitext_align_texts_options {
	unsigned version;         /* BITEXT_ALIGN_TEXTS_OPTIONS_VERSION */
	bitext_align_options align; /* src_lang, tgt_lang: NULL to guess from
	                             the script; `lexicon` is ignored */
	int segmented;            /* 1: one sentence a line (bitext_align_load) */
	int default_dict;         /* 1: the pair's default dictionary */
	const char *const *lexicon_files; /* --terms / --dict files */
	size_t nlexicon_files;
	const bitext_lexicon *lexicon; /* built already: used instead of the
	                             default dictionary and the files */
	int empty_target_ok;      /* 1: a target without a sentence is aligned
	                             (every source sentence an omission); 0: an
	                             error, as for an empty source */
	/* version 2: told which lexicon was built (NULL: none; the files it
	 * read through bitext_lexicon_source()), for which languages, and
	 * whether the default dictionary was asked for and the pair has none;
	 * NULL: not told */
	void (*on_lexicon)(void *payload, const bitext_lexicon *lex,
		const char *src_lang, const char *tgt_lang, int no_default);
	void *payload;
	/* version 3: */
	const char *links;        /* a link file over the two texts
	                             (bitext_alignment_load_links()), or NULL:
	                             its confirmed links are fixed
	                             (bitext_align_options.fixed) ... */
	int links_as_given;       /* ... or, when 1, its links are the result:
	                             nothing is aligned (no lexicon is loaded) */
	/* version 4: word pairs learnt from memories (trained), added to the
	 * lexicon as general words under the name `learnt_name`; or NULL */
	bitext_lexicon_learner *learnt;
	const char *learnt_name;
} bitext_align_texts_options;

#define BITEXT_ALIGN_TEXTS_OPTIONS_VERSION 4
#define BITEXT_ALIGN_TEXTS_OPTIONS_INIT { BITEXT_ALIGN_TEXTS_OPTIONS_VERSION, \
	BITEXT_ALIGN_OPTIONS_INIT, 0, 1, NULL, 0, NULL, 0, NULL, NULL, NULL, 0, \
	NULL, NULL }

/**
 * Load, segment and align two texts exactly as `bitext align SRC TGT`
 * does (and `bitext check SRC TGT`, which must link the same sentences):
 * bitext_align_load() of each side, the lexicon of
 * bitext_lexicon_for_pair(), bitext_align_docs(). A side with no sentence
 * is an error (BITEXT_EPARSE naming the file), except an empty target
 * with `empty_target_ok`.
 * @param[out] out the links, owned by the caller (bitext_alignment_free)
 * @param[out] src_doc, tgt_doc the documents the links number, owned by
 *             the caller (bitext_doc_free); NULL on error
 * @param src_data, tgt_data the texts themselves (len bytes), named by the
 *             paths; NULL: read the files (`-`: standard input)
 * @return 0 or an error code of the steps above
 */
BITEXT_EXTERN(int) bitext_align_texts(bitext_alignment **out,
	bitext_doc **src_doc, bitext_doc **tgt_doc,
	const char *src_path, const char *src_data, size_t src_len,
	const char *tgt_path, const char *tgt_data, size_t tgt_len,
	const bitext_align_texts_options *opts);

#ifdef __cplusplus
}
#endif
#endif
