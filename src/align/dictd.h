/*
 * dictd.h - dictionaries in the dictd format (FreeDict and others): the
 * .index of headwords with their entries' offsets, the entries' text in a
 * .dict.dz (dictzip), a .dict.gz or a plain .dict, and the translations of
 * an entry (dictd.c).
 */
#ifndef BITEXT_ALIGN_DICTD_H
#define BITEXT_ALIGN_DICTD_H

#include <stddef.h>

/* 1 when `path` names a dictd dictionary by its suffix (.index, .dict,
 * .dict.dz, .dict.gz). */
int bitext_dictd__is(const char *path);

/* The path of the .index of the dictionary `path` names (any of its
 * files), into out; 0, or an error when the name is too long. */
int bitext_dictd__index_path(char *out, size_t cap, const char *path);

/*
 * Read the dictionary `path` names (any of its files): the index is read
 * line by line; each headword `want` accepts (all when `want` is NULL;
 * dictd's own 00-database-* entries never) has its entry read from the
 * text through dictzip's chunk table (a chunk inflated once however many
 * entries it holds; entries in text order, each once however many
 * headwords point at it) and given to `entry`. A callback's negative
 * return stops the reading and is returned.
 * Errors: a missing file; an index line without headword, offset and
 * length (file and line); an entry outside the text or over
 * BITEXT_MAX_DICTD_ENTRY (index file and line); a damaged gzip header,
 * chunk table or chunk (the text file and the byte offset).
 */
int bitext_dictd__read(const char *path,
	int (*want)(void *payload, const char *head, size_t len),
	int (*entry)(void *payload, const char *text, size_t len),
	void *payload);

/* What a piece of an entry is. */
enum { BITEXT_DICTD_HEAD = 1, BITEXT_DICTD_TRANS = 2 };

/*
 * The headwords and translations of one entry's text. FreeDict entries
 * are a headword line (headwords separated by commas, each maybe followed
 * by a pronunciation in /.../, a part of speech in <...>, labels in [...]
 * or (...)), then lines of translations (maybe numbered "1." and labelled
 * "[techn.]", "<n>", "(...)"; several separated by , or ;), among lines of
 * notes ("Note: ...", "Synonyms: ...", "see: {...}"), examples in quotes
 * and cross references in braces, which are skipped. Each piece is given
 * trimmed, labels removed, with its kind; at most BITEXT_MAX_DICTD_TRANS
 * translations. A negative return of `cb` stops and is returned.
 */
int bitext_dictd__parse(const char *text, size_t len,
	int (*cb)(void *payload, int kind, const char *s, size_t n),
	void *payload);

#endif
