/*
 * align_texts.c - two texts aligned the way `bitext align SRC TGT` aligns
 * them: load and segment each side (bitext_align_load), build the pair's
 * lexicon (default dictionary, then --terms/--dict files), run the aligner
 * (around the confirmed links of a link file, --fixed), or take the links
 * of a link file as they are (--links, tmx convert --links).
 * `bitext align` and `bitext check SRC TGT` both call bitext_align_texts(),
 * so that a report's units are the links `align` writes for the same
 * options. A side without a sentence is refused here: an empty translation
 * is no alignment (the checker asks for an empty target to be kept, and
 * reports it).
 */
#include "align/align_int.h"

#include <bitext/errors.h>
#include <stddef.h>
#include <string.h>

/* The language a lexicon is built for: as given, else English, the usual
 * Latin-script side that the script alone does not tell. */
static const char *texts_lang(const char *l)
{
	return l && *l && strcmp(l, "und") ? l : "en";
}

int bitext_lexicon_for_words(bitext_lexicon **out, const char *src_lang,
	const char *tgt_lang, int (*want)(void *payload, bitext_lexicon *lex),
	void *payload, int default_dict, const char *const *files,
	size_t nfiles, int *default_found)
{
	bitext_lexicon *lex = NULL;
	size_t k;
	int error, found = 0;

	*out = NULL;
	if (default_found)
		*default_found = 0;
	if (!nfiles && !default_dict)
		return 0;
	if ((error = bitext_lexicon_new(&lex, texts_lang(src_lang),
			texts_lang(tgt_lang))) < 0)
		return error;
	/* the documents' words first: a dictd dictionary reads only theirs */
	if (want && (error = want(payload, lex)) < 0)
		goto cleanup;
	if (default_dict && (error = bitext_lexicon_load_default(lex,
			&found)) < 0)
		goto cleanup;
	if (default_found)
		*default_found = found;
	for (k = 0; k < nfiles; k++)
		if ((error = bitext_lexicon_load(lex, files[k])) < 0)
			goto cleanup;
	if (bitext_lexicon_count(lex) || bitext_lexicon_source_count(lex)) {
		*out = lex;
		lex = NULL;
	}
cleanup:
	bitext_lexicon_free(lex);
	return error;
}

typedef struct {
	const bitext_doc *src, *tgt;
} texts_pair;

static int texts_want(void *payload, bitext_lexicon *lex)
{
	const texts_pair *p = payload;
	int error = 0;

	if ((p->src && (error = bitext_lexicon_want(lex, p->src, 1)) < 0) ||
		(p->tgt && (error = bitext_lexicon_want(lex, p->tgt, 0)) < 0))
		return error;
	return 0;
}

int bitext_lexicon_for_texts(bitext_lexicon **out, const char *src_lang,
	const char *tgt_lang, const bitext_doc *src, const bitext_doc *tgt,
	int default_dict, const char *const *files, size_t nfiles,
	int *default_found)
{
	texts_pair p;

	p.src = src;
	p.tgt = tgt;
	return bitext_lexicon_for_words(out, src_lang, tgt_lang,
		src || tgt ? texts_want : NULL, &p, default_dict, files, nfiles,
		default_found);
}

int bitext_lexicon_for_pair(bitext_lexicon **out, const char *src_lang,
	const char *tgt_lang, int default_dict, const char *const *files,
	size_t nfiles)
{
	int error = bitext_lexicon_for_texts(out, src_lang, tgt_lang, NULL,
		NULL, default_dict, files, nfiles, NULL);

	if (!error && *out && !bitext_lexicon_count(*out)) {
		bitext_lexicon_free(*out);
		*out = NULL;
	}
	return error;
}

int bitext_align__need_text(const bitext_doc *doc, const char *path)
{
	if (bitext_doc_segment_count(doc))
		return 0;
	return bitext_error_set(BITEXT_EPARSE, "align_empty_side",
		path ? path : "-", NULL);
}

static int texts_load(bitext_doc **out, const char *path, const char *data,
	size_t len, const char *lang, int segmented)
{
	return data ? bitext_align_load_buffer(out, path, data, len, lang,
		segmented) : bitext_align_load(out, path, lang, segmented);
}

int bitext_align_texts(bitext_alignment **out, bitext_doc **src_doc,
	bitext_doc **tgt_doc, const char *src_path, const char *src_data,
	size_t src_len, const char *tgt_path, const char *tgt_data,
	size_t tgt_len, const bitext_align_texts_options *opts)
{
	bitext_align_texts_options o = BITEXT_ALIGN_TEXTS_OPTIONS_INIT;
	bitext_doc *src = NULL, *tgt = NULL;
	bitext_alignment *given = NULL;
	bitext_lexicon *lex = NULL;
	int error, found = 0;

	*out = NULL;
	*src_doc = *tgt_doc = NULL;
	/* callers built against version 1 have no on_lexicon, against 2 no
	 * links, against 3 no learnt pairs */
	if (opts)
		memcpy(&o, opts, opts->version >= 4 ? sizeof(o) :
			opts->version == 3 ? offsetof(bitext_align_texts_options, learnt) :
			opts->version == 2 ? offsetof(bitext_align_texts_options, links) :
			offsetof(bitext_align_texts_options, on_lexicon));
	if ((error = texts_load(&src, src_path, src_data, src_len,
			o.align.src_lang, o.segmented)) < 0 ||
		(error = bitext_align__need_text(src, src_path)) < 0 ||
		(error = texts_load(&tgt, tgt_path, tgt_data, tgt_len,
			o.align.tgt_lang, o.segmented)) < 0 ||
		(!o.empty_target_ok &&
			(error = bitext_align__need_text(tgt, tgt_path)) < 0))
		goto cleanup;
	if (o.links && (error = bitext_alignment_load_links(&given, o.links,
			src, tgt)) < 0)
		goto cleanup;
	if (o.links && o.links_as_given) {     /* the links as they are */
		*out = given;
		given = NULL;
		goto done;
	}
	o.align.fixed = given;
	if (!o.lexicon && (error = bitext_lexicon_for_texts(&lex,
			bitext_doc_lang(src), bitext_doc_lang(tgt), src, tgt,
			o.default_dict, o.lexicon_files, o.nlexicon_files, &found)) < 0)
		goto cleanup;
	if (!o.lexicon && o.learnt && ((!lex && (error = bitext_lexicon_new(&lex,
			texts_lang(bitext_doc_lang(src)),
			texts_lang(bitext_doc_lang(tgt)))) < 0) ||
		(error = bitext_lexicon_learner_apply(o.learnt, lex,
			o.learnt_name)) < 0))
		goto cleanup;
	if (!o.lexicon && o.on_lexicon)
		o.on_lexicon(o.payload, lex, texts_lang(bitext_doc_lang(src)),
			texts_lang(bitext_doc_lang(tgt)), o.default_dict && !found);
	if (lex && !bitext_lexicon_count(lex)) {
		bitext_lexicon_free(lex);
		lex = NULL;
	}
	o.align.lexicon = o.lexicon ? o.lexicon : lex;
	if ((error = bitext_align_docs(out, src, tgt, &o.align)) < 0)
		goto cleanup;
done:
	*src_doc = src;
	*tgt_doc = tgt;
	src = tgt = NULL;
cleanup:
	bitext_alignment_free(given);
	bitext_lexicon_free(lex);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	return error;
}
