/*
 * bitext/lang.h - language tags: canonical BCP 47 forms and matching.
 *
 * Memories, termbases and command lines name languages in many spellings
 * ("EN-US", "en_us", "kor", "zh_Hant_TW"); these functions turn them into
 * one canonical BCP 47 form with ICU and compare them.
 */
#ifndef BITEXT_LANG_H
#define BITEXT_LANG_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Flags of bitext_lang_canonicalize(). */
enum {
	/** add the likely region when the tag has none (ko -> ko-KR, en -> en-US) */
	BITEXT_LANG_ADD_REGION = 1 << 0,
	/** the language subtag only (en-US -> en); wins over ADD_REGION */
	BITEXT_LANG_LANGUAGE_ONLY = 1 << 1
};

/**
 * Canonical BCP 47 form of a language tag as found in memories ("EN-US",
 * "en_us", "ko", "kor", "zh_Hant_TW"), with ICU: `en-US`, `ko-KR`...
 * Three-letter codes become two-letter ones where one exists (kor -> ko).
 * Appends to `out`.
 * @return 0, or BITEXT_EINVAL when `tag` is not a language tag
 */
BITEXT_EXTERN(int) bitext_lang_canonicalize(bitext_buf *out, const char *tag,
	unsigned flags);

/**
 * 1 when two tags name the same language: equal canonical forms, or one has
 * no region and the languages are equal ("ko" matches "ko-KR"; "en-GB" does
 * not match "en-US").
 */
BITEXT_EXTERN(int) bitext_lang_match(const char *a, const char *b);

/**
 * 1 when most letters of text[0..len) (its first 64 KiB, at least ten
 * letters) are in a script `lang` is not written in: Hangul given as
 * English, Latin given as Korean. The likely language of the text's script
 * goes to `likely` (cap bytes, may be NULL): "ko" for Hangul. 0 when the
 * script fits, the text tells nothing, or `lang` is not a language tag.
 */
BITEXT_EXTERN(int) bitext_lang_script_contradicts(const char *lang,
	const char *text, size_t len, char *likely, size_t cap);

#ifdef __cplusplus
}
#endif

#endif
