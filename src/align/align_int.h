/*
 * align_int.h - what the stages of the aligner share: features of the two
 * sides, the model parameters (each with the reason for its value), the
 * band of the dynamic programme, and the learnt word associations.
 *
 * Stages (one file each):
 *   align_feat.c  segment features: weighted length, tokens and stems,
 *                 anchor items (numbers, Latin words, punctuation, names,
 *                 lexicon terms) and their keys
 *   align_lex.c   bilingual lexicons: dictionary/termbase entries
 *                 (dictd.c reads FreeDict's), and the words a lexicon keys
 *   align_ibm1.c  IBM Model 1: lexicons learnt from memories
 *   align_assoc.c word associations learnt from confident links (Dice for
 *                 one document, IBM Model 1 for a batch)
 *   align_dp.c    the cost of a link, the band, Viterbi + forward-backward,
 *                 the backtrace with posteriors
 *   align_out.c   output formats (links, tsv, jsonl, tmx, html)
 *   align.c       the passes, parameter estimation, loading
 *   align_batch.c many document pairs over worker threads
 *   align_texts.c two texts as `bitext align SRC TGT`: load, lexicon, align
 *
 * Items. Everything that can match across the sides is an "item" of a
 * segment: a weight class and one or more 64-bit keys (hashes of a
 * namespaced string, e.g. "N47000" for a number, "Lfbi" for a Latin word,
 * "Wcompany" for a learnt translation). In a link, a source item is matched
 * when one of its keys is among the keys of the link's target items, and
 * vice versa. Keys that never occur on the other side of the document are
 * dropped before the DP (they cannot help and would only add noise).
 */
#ifndef BITEXT_ALIGN_INT_H
#define BITEXT_ALIGN_INT_H

#include <bitext/align.h>
#include <bitext/stem.h>
#include <stdint.h>
#include <stdio.h>

#include "util/hashmap.h"

/* ---- parameters -----------------------------------------------------
 * Costs are negative log probabilities (nats). Values were tuned on the
 * gold pairs of corpora/ (see README, section align, for the ablation).
 */

/* Shapes, and their prior probabilities: the shape counts of the gold
 * links of corpora/ (225 links: 1-1 64%, 1-2 14%, 2-1 8%, 1-0 and 0-1 6%
 * each, 2-2 1.3%, 1-3 0.4%), smoothed towards 1-1 because bigger corpora
 * (books) have fewer omissions than short news articles. Korean->English
 * news splits long Korean sentences (1-2) more often than it merges.
 * Translated books also merge and split by three and four (1-3, 3-1, 1-4,
 * 4-1): a link holds at most ALIGN_GROUP_MAX segments of a side. */
#define ALIGN_NSHAPES 10
#define ALIGN_GROUP_MAX 4
extern const int bitext_align__shape_a[ALIGN_NSHAPES]; /* source segments */
extern const int bitext_align__shape_b[ALIGN_NSHAPES]; /* target segments */
extern const double bitext_align__shape_prior[ALIGN_NSHAPES];

/* Length model (Gale & Church 1993): delta = (lt - c*ls) / sqrt(s2 * l),
 * l the mean of ls and lt/c. s2 starts at 4 per weighted character (G&C
 * found 6.8 for European pairs; 4 scored best on corpora/, 10 lost 2.7
 * points of strict F1 on ko-en) and is then estimated from the confident
 * 1-1 links of the first pass. */
#define ALIGN_S2_INIT 4.0
/* ... smoothed towards ALIGN_S2_INIT as if it had been measured over this
 * much length (about 20 news sentences): a short article has too few
 * confident links to set the variance alone (three links gave 2.3). */
#define ALIGN_S2_PRIOR 2000.0
#define ALIGN_S2_MIN 2.0
#define ALIGN_S2_MAX 60.0
/* The length cost is capped: one bad length ratio must not outweigh
 * several matching anchors (translations reorder and paraphrase). */
#define ALIGN_LEN_COST_MAX 20.0

/* Script weights. Latin letters and digits count 1 on both sides (they
 * mostly survive translation as they are). Letters of other scripts
 * (Hangul, Han, Kana, Cyrillic ...) get a weight estimated per document
 * pair so that the total weighted lengths of the two sides agree, within
 * these bounds (a Hangul syllable carries about 2-3.5 Latin letters). */
#define ALIGN_WEIGHT_MIN 0.3
#define ALIGN_WEIGHT_MAX 8.0

/* Items score a link by a likelihood ratio (naive Bayes): an item of kind
 * k finds its counterpart in a correct link with probability alpha[k], and
 * by chance in a link with b segments on the other side with probability
 * q_b = 1 - (1 - p)^b, p the share of the other side's segments holding
 * one of its keys. A match costs lambda[k] * log(q_b / alpha[k]) (a gain),
 * a miss lambda[k] * log((1 - q_b) / (1 - alpha[k])) (a loss); the gain of
 * a match shrinks as links grow, so that merging segments does not buy
 * chance matches. alpha starts from the values below and is re-estimated
 * from the first pass's confident links (ALIGN_ALPHA_SMOOTH pseudo-counts);
 * lambda discounts kinds whose items are not independent (many learnt
 * word pairs per sentence). */
enum {
	ALIGN_K_NUM = 0,    /* a number, by value */
	ALIGN_K_LATIN,      /* Latin-script word or acronym on both sides */
	ALIGN_K_PUNCT,      /* question mark, exclamation, quotation */
	ALIGN_K_TERM,       /* dictionary or termbase entry */
	ALIGN_K_NAME,       /* name matched through romanization */
	ALIGN_K_LEX,        /* word pair learnt by the second pass */
	ALIGN_K_DICT,       /* entry of the default general dictionary
	                       (locales/<src>/align-<tgt>.tsv) */
	ALIGN_K_COGNATE,    /* Latin word sharing its first letters with one
	                       of the other side (two Latin-script sides) */
	ALIGN_NKINDS
};
extern const double bitext_align__alpha_prior[ALIGN_NKINDS];
extern const double bitext_align__lambda[ALIGN_NKINDS];
typedef struct align_params {
	double alpha[ALIGN_NKINDS];  /* P(match | link is correct) */
	double lambda[ALIGN_NKINDS]; /* weight of the kind's evidence */
	double para_cross;   /* a link spanning a paragraph boundary */
	double para_skew;    /* a link starting a paragraph on one side only */
	double cover;        /* weight of a linked segment's coverage */
	double cover_ref;    /* the coverage that neither gains nor pays */
	double diag;         /* a 2-2 link that is two 1-1 links side by side */
	double temperature;  /* forward-backward temperature */
	double shape_cost[ALIGN_NSHAPES]; /* -log prior of each shape */
	double ratio;        /* c: expected target/source weighted length */
	double s2;           /* variance per unit of length */
	double wsrc, wtgt;   /* weight of non-Latin letters per side */
	double calib_scale, calib_shift; /* the confidence map (ALIGN_CALIB_*) */
	int words;           /* Han/Kana runs cut into ICU's words for the
	                        lexicon's entries: 1 (the default); 2 also for
	                        the word pairs a document's second pass learns,
	                        instead of character bigrams; 0 for neither
	                        (every character starts an entry). On the even
	                        Debian Reference chapters (doc/align.md), 1
	                        scored best or within 0.06 points: strict F1 en-ja 0.9797 (2: 0.9769,
	                        0: 0.9794), en-zh 0.9664 (0.9670, 0.9664);
	                        without paragraphs en-ja 0.9666 (0.9660,
	                        0.9657), en-zh 0.9500 (0.9487, 0.9500) */
} align_params;

/* Cognates: two Latin words whose first this many letters agree, case and
 * accents folded, are likely translations (Simard, Foster & Isabelle 1992
 * took four: informations ~ information, système ~ system); shorter words
 * are mostly function words, which agree by chance (die, in, an). */
#define ALIGN_COGNATE_PREFIX 4
/* Coverage. A segment in a link is also scored as a whole: by the share
 * of its items (numbers, Latin words, names, dictionary and termbase
 * entries; not the learnt pairs, which are many, related and weigh little)
 * that find their counterpart anywhere in the other side's group, smoothed:
 * cov = (matched + ALIGN_COVER_REF) / (items + 1), so that a segment
 * without items sits at ALIGN_COVER_REF. Below that it costs ALIGN_COVER *
 * log(ALIGN_COVER_REF / cov): a segment that rides along in a merge
 * without its content in the group pays, whatever its number of items (the
 * items' likelihood ratios weigh each match; a short sentence has few).
 * Above it nothing is gained: a reward let well-covered 2-2 links and
 * omissions multiply on the repeated articles of bench/align.sh (strict
 * F1 0.933 -> 0.921). Omitted segments have no group and no coverage.
 * Chosen on the even chapters of the Debian Reference dev sets with merges
 * (bench/refdev.py --many) and on corpora/ko-en (in-sample: 0.9445 ->
 * 0.9513 strict F1; a weight of 0.25 or 0.75 gains nothing there). */
#define ALIGN_COVER 0.5
#define ALIGN_COVER_REF 0.5
/* A 2-2 link none of whose rare items (held by at most ALIGN_DIAG_RARE of
 * the other side's segments) is matched only across its diagonal (the first
 * source segment by the second target segment, or the second by the first)
 * is two 1-1 links side by side, which the length model alone may prefer
 * joined when one translation is long and the next short: such a link pays
 * ALIGN_DIAG more. A 2-2 whose boundary moved has content across it, when
 * its words are known: the one 2-2 gold link of corpora/ja-en has none
 * that the aligner can read (Japanese words without spaces), and at 1.5 and
 * more it is lost (ja-en strict F1 0.949 -> 0.888, in-sample). */
#define ALIGN_DIAG 1.0
#define ALIGN_DIAG_RARE 0.25

/* Confident links (first-pass posterior at least this) teach the second
 * pass: word pairs, the length variance and alpha. 0.9 keeps about two
 * thirds of the links of a news article, nearly all of them right. */
#define ALIGN_CONFIDENT 0.9
/* Posteriors of the final pass are computed at this temperature (costs
 * divided by it): at 1 the model is overconfident (5% of the links it gives
 * 0.95 or more are wrong on corpora/); at 2.5 links under 0.5 hold most of
 * the errors (README, section align, has the table). The first pass, whose
 * confident links teach the second, runs at 1. */
#define ALIGN_TEMPERATURE 2.5
/* A link's confidence is sigmoid(logit(posterior) + ALIGN_CONF_SUPPORT *
 * (support - 0.5) - ALIGN_CONF_SHIFT), support being the smoothed share of
 * its items (numbers, words, names, learnt pairs) matched inside it. Fitted
 * on corpora/ (226 links, 18 wrong): under 0.5 fall a third of the links
 * and two thirds of the errors; the posterior alone ranks errors worse (ROC
 * area 0.65 against 0.70). */
#define ALIGN_CONF_SUPPORT 3.0
#define ALIGN_CONF_SHIFT 1.0
/* The confidence reported is that one mapped by sigmoid(ALIGN_CALIB_SCALE *
 * logit(c) + ALIGN_CALIB_SHIFT) (Platt scaling; c clipped to [1e-4,
 * 1 - 1e-4]), so that it says how likely the link is to be right: fitted
 * by bench/calibfit.py (logistic regression on whether each link is right,
 * strict; each pair weighing the same) on the even chapters of the Debian
 * Reference dev sets en-de, en-fr, en-ja, en-zh-cn (6,600 links). Before,
 * links under 0.5 were right 80-88% of the time (see doc/align.md,
 * Calibration). The passes keep the unmapped c: ALIGN_CONFIDENT is on it.
 * The tune option's cs and cc replace scale and shift (cs=1,cc=0: none). */
#define ALIGN_CALIB_SCALE 0.642
#define ALIGN_CALIB_SHIFT 2.642
/* alpha re-estimated from the first pass keeps this many pseudo-counts of
 * its prior: a short article has only a few items of each kind. */
#define ALIGN_ALPHA_SMOOTH 10.0
/* A learnt pair needs to co-occur this often (once is chance), with Dice
 * at least this (lower let in pairs of frequent words that meet by
 * accident); a source word keeps its best ALIGN_LEX_KEEP translations (a
 * Korean stem often maps to a noun and its verb or adjective). Words present
 * in more than ALIGN_LEX_MAXDF of the links (function words: the, of, 있다)
 * are ignored: they would pair with everything. */
#define ALIGN_LEX_MINCOUNT 2
#define ALIGN_LEX_MINDICE 0.3
/* A batch pools the confident links of all its documents and scores pairs
 * by IBM Model 1's t(t|s) (align_ibm1.c, the model `bitext lexicon learn`
 * trains), keeping those at least ALIGN_LEX_MINPROB. One document alone
 * keeps Dice: EM over its 10-20 confident links estimates t poorly (on
 * corpora/ko-en, single documents: strict F1 0.9445 with Dice, 0.9377
 * with t at any floor from 0.05 to 0.5; batch: 0.9329 with Dice, 0.9396
 * with t >= 0.1, 0.9377 with 0.2 and more; in-sample). */
#define ALIGN_LEX_MINPROB 0.1
#define ALIGN_LEX_KEEP 3
#define ALIGN_LEX_MAXDF 0.25

/* Band: half-width at the start (cells on each side of the expected path;
 * 24 covers the drift of a news article whole, so short texts get the full
 * DP; plus one per 1000 segments when anchor points are sparser than one
 * per ALIGN_CHAIN_DENSE segments, as the length-only centre drifts more
 * over long texts) and how often it may widen where the best path touches
 * its edge. */
#define ALIGN_BAND_MIN 24
/* No more widening once the band holds this many cells (about 33 bytes
 * each: 4 million keep a 20,000-sentence book under 250 MB). */
#define ALIGN_BAND_BUDGET 4000000
#define ALIGN_CHAIN_DENSE 50
/* Six rounds let the band grow by 2w * (2^6 - 1), about 3000 rows for
 * w = 24: any drift a real text pair has. */
#define ALIGN_BAND_ROUNDS 6
/* Half-width of the band of the second pass, around the first pass's path:
 * the second pass moves links locally, rarely by more than a few rows (and
 * the band still widens where the path touches its edge). */
#define ALIGN_BAND_GUIDED 8

/* ---- maps of 64-bit word keys (the table of util/hashmap.h) ---------- */

/* A slot of the aligner's maps: a word key and a number. */
typedef struct align_kv {
	uint64_t key;
	uint32_t val;
} align_kv;

typedef bitext_map align_map;

static inline int align_map_init(align_map *m, size_t hint)
{
	return bitext_map__init(m, sizeof(align_kv), hint);
}

/* Value of `key`, inserted as 0 when absent; NULL on OOM (error set). */
static inline uint32_t *align_map_get(align_map *m, uint64_t key)
{
	align_kv *s = bitext_map__put(m, key, NULL);
	return s ? &s->val : NULL;
}

/* Value of `key`, or NULL when absent. */
static inline const uint32_t *align_map_find(const align_map *m,
	uint64_t key)
{
	const align_kv *s = bitext_map__find(m, key);
	return s ? &s->val : NULL;
}

/* The key of a word (ns 'W'), a name ('N') or a concept ('D', 'T'):
 * never 0. */
static inline uint64_t align_hash(char ns, const char *s, size_t len)
{
	uint64_t h = bitext_map__hash((unsigned char)ns, s, len);
	return h ? h : 1;
}

/* ---- features ---------------------------------------------------------- */

typedef struct align_item {
	uint32_t key_off;  /* keys in side->keys[key_off .. +nkeys) */
	uint16_t nkeys;
	uint8_t kind;      /* ALIGN_K_* */
	float p;           /* share of the other side's segments matching it */
} align_item;

/* Per-segment vectors stored as offsets (n+1 entries) into flat arrays. */
typedef struct align_side {
	size_t n;                 /* segments */
	const char *lang;
	double *lat, *nat;        /* Latin+digit and other letters per seg */
	double *cum;              /* prefix sums of weighted length (n+1) */
	uint32_t *para;           /* paragraph of each segment */
	uint8_t *pstart;          /* 1 when the segment starts a paragraph */
	/* anchors found once (items with keys) */
	uint32_t *anc_first;      /* n+1 */
	align_item *anc;
	size_t nanc, aanc;
	uint64_t *akeys;
	size_t nakeys, aakeys;
	/* word keys (stems) for learning, distinct per segment */
	uint32_t *tok_first;      /* n+1 */
	uint64_t *tok;
	size_t ntok, atok;
	/* items of the current pass, after filtering */
	uint32_t *item_first;     /* n+1 */
	align_item *items;
	size_t nitems;
	uint64_t *keys;
	size_t nkeys;
	uint32_t *set_first;      /* n+1: sorted distinct keys per segment */
	uint64_t *set;
} align_side;

/* Names matched across scripts (align_name.c). */
typedef struct align_names {
	align_map src;            /* source word hash -> index into first/count */
	uint32_t *first, *count;  /* its name keys in keys[] */
	uint64_t *keys;
	size_t nwords, awords, nkeys, akeys;
	align_map tgt;            /* name keys that matched some word */
	int swapped;              /* the words are the target's, the Latin
				   * names the source's */
} align_names;
/* Han words romanized whole and found among the Latin names: 2 to this
 * many characters (a Chinese given name and surname take 2-4). */
#define ALIGN_NAME_HAN_MAX 4

/* Most word x name comparisons per document pair: a news article needs
 * about 10^5; a book's vocabulary would need 10^8 (about 1 s per 10^6). */
#define ALIGN_NAME_PAIRS 1e6
/* Two-syllable words need this much more similarity: 올해 "this year"
 * romanizes close to Rhee (0.75), while 두산 ~ Doosan and 노을 ~ Noul score
 * 0.9 and more. */
#define ALIGN_NAME_SHORT 0.12
/* Loanwords (lower-case target words of at least ALIGN_LOAN_MIN letters)
 * must match at least this closely: common words come near by chance. */
#define ALIGN_LOAN_MIN 4
#define ALIGN_LOAN_MATCH 0.9

/* Names of `src` found romanized in `tgt`; each pair found is written to
 * `debug` when not NULL. */
int bitext_align__names_find(align_names *nm, const bitext_doc *src,
	const char *src_lang, const bitext_doc *tgt, FILE *debug);
int bitext_align__names_add(align_names *nm, uint64_t word, const uint64_t *keys,
	size_t n);
void bitext_align__names_dispose(align_names *nm);
size_t bitext_align__name_spans(const char *t, size_t len, size_t start,
	size_t ends[3]);
uint64_t bitext_align__name_key(const char *p, size_t len);
int bitext_align__name_char(int32_t c);

/* `flags`: 1 = find anchors, 2 = the two sides use different scripts,
 * 4 = cognates (with 1, when 2 is not set), 8 = Han/Kana runs cut into
 * words (ICU's word break iterator) for lexicon entries, 16 = and for the
 * word keys of learnt pairs (else character bigrams). */
int bitext_align__side_build(align_side *s, const bitext_doc *doc, const char *lang,
	const bitext_lexicon *lex, const align_names *names, int is_src,
	int flags);
void bitext_align__side_dispose(align_side *s);
/* 1 when Latin letters dominate the document's text. */
int bitext_align__side_script_latin(const bitext_doc *doc);

/* Word association learnt from confident links. */
typedef struct align_assoc {
	align_map src;            /* source word -> index into first/ntr */
	uint32_t *first, *count;  /* translations of each source word */
	uint64_t *tr;             /* target word keys */
	align_map tgt;            /* target words that are some translation */
	size_t nsrc, asrc, ntr, atr;
} align_assoc;

/* Co-occurrence counts (one per document, merged for a batch), and the
 * confident links' words as units of IBM Model 1 (align_ibm1.c). */
typedef struct align_counts {
	align_map cs, ct;         /* word -> links holding it */
	align_map pair;           /* hash of (s, t) -> index into ps/pt/pc */
	uint64_t *ps, *pt;
	uint32_t *pc;
	size_t np, ap;
	size_t links;             /* confident links counted */
	bitext_lexicon_learner *ibm1; /* their words, as units */
} align_counts;

/* IBM Model 1 over word keys (align_ibm1.c) for the second pass: a unit
 * of a confident link's word keys; another learner's units added; t(t|s)
 * after training (0 when the pair was pruned or never seen). */
int bitext_align__ibm1_add_keys(bitext_lexicon_learner *l,
	const uint64_t *s, size_t ns, const uint64_t *t, size_t nt);
int bitext_align__ibm1_merge(bitext_lexicon_learner *into,
	const bitext_lexicon_learner *from);
double bitext_align__ibm1_prob(const bitext_lexicon_learner *l, uint64_t s,
	uint64_t t);

/* `ibm1` 1: keep the links' words for IBM Model 1 (a batch). */
int bitext_align__counts_init(align_counts *c, int ibm1);
void bitext_align__counts_dispose(align_counts *c);
int bitext_align__counts_add(align_counts *c, const align_side *s,
	const align_side *t, const bitext_align_link *links, size_t nlinks);
int bitext_align__counts_merge(align_counts *into, const align_counts *from);
int bitext_align__assoc_learn(align_assoc *a, const align_counts *c);
void bitext_align__assoc_dispose(align_assoc *a);

/* Items for a pass: anchors (+ learnt pairs when `assoc` is not NULL),
 * keeping only keys present on the other side. */
int bitext_align__items_prepare(align_side *s, align_side *t,
	const align_assoc *assoc);

/* The words of a text as the lexicon keys them (the keys a dictionary
 * entry of the word gets: a learnt pair written out and read back matches
 * the same words): each word's key and its surface form (a Korean word:
 * its shortest stem); Han/Kana runs and numbers are left out. */
int bitext_lexicon__words(bitext_lexicon *lex, int is_src, const char *text,
	size_t len, int (*cb)(void *payload, uint64_t key, const char *w,
		size_t n), void *payload);
/* Add an entry of `kind` (ALIGN_K_*) without sorting; sort once with
 * bitext_lexicon__finish() after the last. */
int bitext_lexicon__add_kind(bitext_lexicon *lex, const char *src,
	size_t slen, const char *tgt, size_t tlen, int kind);
void bitext_lexicon__finish(bitext_lexicon *lex);
/* Record a source of entries (a memory learnt from) for
 * bitext_lexicon_source(). */
int bitext_lexicon__note_source(bitext_lexicon *lex, const char *name,
	size_t entries);

/* Lexicon entries matched in a text: calls back with the item kind
 * (ALIGN_K_TERM or ALIGN_K_DICT), the concept keys and the byte span of
 * the words matched; a dictionary concept is reported once per call. `tk`
 * gives the word boundaries inside Han/Kana (and Thai ...) runs; NULL
 * makes every character one. */
int bitext_lexicon__match(const bitext_lexicon *lex, int is_src,
	bitext_tokenizer *tk, const char *text, size_t len,
	int (*cb)(void *payload, int kind, const uint64_t *keys, size_t nkeys,
		size_t start, size_t end), void *payload);


/* ---- DP ------------------------------------------------------------- */

typedef struct align_model {
	const align_side *s, *t;
	align_params p;
	int paragraphs;
	const bitext_align_link *guide; /* previous pass, or NULL */
	size_t nguide;
	bitext_align_progress_cb progress; /* or NULL */
	void *payload;
	int pass, npasses;        /* for progress: this pass, how many */
	FILE *debug;              /* diagnostics, or NULL */
	/* fixed links (align_fixed.c) */
	const bitext_align_link *fixed; /* confirmed links, or NULL */
	size_t nfixed;
	const uint32_t *omit_s, *omit_t; /* per segment, 0 or 1 + the index
	                             in `omits` of the confirmed omission that
	                             keeps it out of every link; or NULL */
	const bitext_align_link *omits; /* confirmed omissions (0-n, n-0) */
} align_model;

/* Re-estimate alpha from confident 1-1 links. */
void bitext_align__estimate_alpha(align_model *m, const bitext_align_link *links,
	size_t n);

/* Run the banded DP; links (malloc'd) in document order with posteriors. */
int bitext_align__dp(const align_model *m, bitext_align_link **links,
	size_t *nlinks);

void bitext_align__params_default(align_params *p);

/* The paragraphs of a link (bitext_align_link.src_para, tgt_para). */
void bitext_align__link_paras(bitext_align_link *l, const align_side *s,
	const align_side *t);

/* bitext_links_parse(); `unique` 0 leaves out the check that no segment
 * is in two links (bitext_alignment_from_links() checks order, which
 * implies it, and calls a conflict a usage error). */
int bitext_links__parse(bitext_links **out, const char *name,
	const char *data, size_t len, int unique);

/* ---- fixed links (align_fixed.c) ---------------------------------------- */

/* The confirmed links of an alignment, and the segments confirmed as
 * omissions. */
typedef struct align_fixed {
	bitext_align_link *links; /* confirmed links with both sides */
	size_t n;
	uint32_t *omit_s, *omit_t; /* per segment: 0, or 1 + its confirmed
	                             omission's index in `omits` */
	bitext_align_link *omits; /* confirmed links with one side empty */
	size_t nomits;
} align_fixed;

/* Check `al` against sides of ns and nt segments and keep its confirmed
 * links; BITEXT_EINVAL when a link is out of range or out of order. */
int bitext_align__fixed_prepare(align_fixed *fx, const bitext_alignment *al,
	size_t ns, size_t nt);
void bitext_align__fixed_dispose(align_fixed *fx);
/* The DP of bitext_align__dp() run between the fixed links of m (each gap
 * on its own), the fixed links put in between. */
int bitext_align__dp_fixed(const align_model *m, bitext_align_link **links,
	size_t *nlinks);

/* An alignment (bitext/align.h): links in document order. */
struct bitext_alignment {
	bitext_align_link *links;
	size_t n;
};

/* ---- one document pair (align.c) ---------------------------------------- */

/* bitext_align_options as callers built against version 1 laid it out,
 * before tune and debug. */
typedef struct {
	unsigned version;
	const char *src_lang, *tgt_lang;
	const bitext_lexicon *lexicon;
	int paragraphs, anchors, names, second_pass;
	bitext_align_progress_cb progress;
	void *payload;
} bitext_align__options_v1;

/* Copy the options a caller passed, of any version, into `dst` (which
 * holds the defaults; NULL keeps them). */
void bitext_align__options_copy(bitext_align_options *dst,
	const bitext_align_options *src);

/* The state of one document pair between the passes. */
typedef struct {
	align_side s, t;
	align_model m;
	bitext_align_link *links;
	size_t nlinks;
	bitext_align_options o;
	align_fixed fx;           /* fixed links (opts->fixed) */
} align_state;

/* Features of both sides and the first pass's model (st is overwritten). */
int bitext_align__prepare(align_state *st, const bitext_doc *src,
	const bitext_doc *tgt, const bitext_align_options *opts);
/* One pass; a previous pass's links guide the band of the next. */
int bitext_align__run(align_state *st);
/* The second pass, with the word associations `assoc` learnt so far. */
int bitext_align__second(align_state *st, const align_assoc *assoc);
/* Hand the links over as an alignment. */
int bitext_align__finish(bitext_alignment **out, align_state *st);
void bitext_align__state_dispose(align_state *st);

/* 0 when `doc` has a sentence, else BITEXT_EPARSE "align_empty_side"
 * naming `path` (align_texts.c; an empty side is no alignment). */
int bitext_align__need_text(const bitext_doc *doc, const char *path);

#endif
