/*
 * limits.h - every hard ceiling of libbitext, each with its reason.
 * Hostile or broken input must hit one of these, not exhaust the machine.
 */
#ifndef BITEXT_LIMITS_H
#define BITEXT_LIMITS_H

/* Largest input file read whole: 2 GiB keeps offsets in 31 bits for ICU. */
#define BITEXT_MAX_INPUT_BYTES ((size_t)2040 * 1024 * 1024)

/* Longest segment: a "sentence" beyond 64 KiB is a missing-newline dump;
 * the segmenter cuts it at a space rather than feed it whole to the DP. */
#define BITEXT_MAX_SEGMENT_BYTES ((size_t)64 * 1024)

/* Deepest XML nesting accepted (TMX, TBX, SRX, HTML): real files stay under
 * 50; deeper is an attack on the parser's stack. */
#define BITEXT_MAX_XML_DEPTH 256

/* Largest number of DP cells the aligner may allocate (about 1 GiB of
 * 8-byte cells would be 1.3e8): the band keeps real work far below. */
#define BITEXT_MAX_DP_CELLS ((size_t)100 * 1000 * 1000)

/* Most numbers extracted from one text (numbers.c): a unit has a handful;
 * thousands mean a table dump, and the O(n*m) pairing must stay bounded. */
#define BITEXT_MAX_NUMBERS_PER_TEXT 4096

/* Largest segment number in a link file (align/eval): the scorer keeps maps
 * as large as the largest number; 100 million is far beyond any book. */
#define BITEXT_MAX_LINK_SEGMENT 100000000ULL

/* Largest SRX file read: real rule sets (OmegaT's default covers 40
 * languages) stay under 200 KiB; more is not a rule file. */
#define BITEXT_MAX_SRX_BYTES ((size_t)4 * 1024 * 1024)

/* Most SRX rules compiled for one language: every candidate break runs each
 * rule, so the count multiplies segmentation time. */
#define BITEXT_MAX_SRX_RULES 5000

/* UTF-16 units an SRX "beforebreak" may look back when it is not a bounded
 * lookbehind: keeps rule evaluation linear in the text length. */
#define BITEXT_SRX_WINDOW 256

/* UTF-16 units an SRX "afterbreak" (and a break scanner's match) may read
 * past the position: the region handed to the matcher ends there. A rule
 * that holds a quotation together closes it within a few sentences;
 * reading on to the paragraph's end from every candidate break made a
 * paragraph without blank lines quadratic. */
#define BITEXT_SRX_LOOKAHEAD 256

/* UTF-16 units a break scanner without a prefilter searches per call. */
#define BITEXT_SRX_SCAN_CHUNK 65536

/* ICU match steps one SRX regex may take per call, in ICU's units of about
 * 10,000 steps (uregex_setTimeLimit): rules over the windows above take a
 * few thousand steps; a catastrophic pattern ("(x+x+)+y") takes forever. */
#define BITEXT_SRX_TIME_LIMIT 1000

/* Bytes of backtracking stack one SRX regex may use (uregex_setStackLimit,
 * ICU's default is 8 MiB). */
#define BITEXT_SRX_STACK_BYTES (1024 * 1024)

/* TMX: variants (<tuv>) per unit. Real memories have 2 to a few dozen
 * languages; thousands is a broken or hostile file. */
#define BITEXT_MAX_TMX_TUVS 1024

/* TMX: props + notes per element, same reasoning. */
#define BITEXT_MAX_TMX_META 4096

/* Attributes of one XML element (TMX, TBX, SRX), counted in the raw bytes
 * before libxml2 parses the tag (util/xml_scan.h): libxml2 2.9's time is
 * quadratic in them (40,000 took 18 s); real elements have a dozen. */
#define BITEXT_MAX_XML_ATTRS 4096

/* Distinct element and attribute names of one XML document (TMX, XLIFF,
 * TBX, SRX), counted like the attributes: libxml2 keeps them all in one
 * dictionary that slows down as it grows (400,000 names took 2.4 s, 1.6
 * million 68 s); real documents use a few dozen, repeated. */
#define BITEXT_MAX_XML_NAMES 65536

/* TMX: bytes of one unit as read (all its text, codes and props): a unit
 * larger than 16 MiB is not a sentence pair; it would defeat streaming. */
#define BITEXT_MAX_TMX_UNIT_BYTES ((size_t)16 * 1024 * 1024)

/* Longest run of combining characters normalized as one unit: Unicode's
 * stream-safe text format caps runs at 30 non-starters; longer runs are
 * hostile and are normalized in pieces of this size. */
#define BITEXT_MAX_COMBINING_RUN 1024

/* Inline codes compared per segment by `bitext check` (placeholders: half
 * as many, URLs: a quarter): real segments have a handful; beyond this a
 * segment is markup soup, compared in part rather than quadratically. */
#define BITEXT_MAX_CHECK_CODES 64

/* Rejected words of one segment that spelling compares with the words of
 * the source as possible romanizations (하이닉스 -> hynix): a sentence
 * names a few; each comparison romanizes the source words. */
#define BITEXT_MAX_CHECK_TRANSLIT 16

/* Source words such a comparison reads: in a longer segment, those around
 * the word's relative place, so that a row of megabytes costs per word
 * what a sentence does (the whole source: 256 KB took 9 s). */
#define BITEXT_CHECK_TRANSLIT_WINDOW 256

/* Spelling: words of one segment with other than ASCII letters looked up
 * in the other side by a scan of it (words of ASCII letters are looked up
 * in an index of the other side's words); more are taken as absent. */
#define BITEXT_MAX_CHECK_SCANS 64

/* Words whose hunspell answer, and whose suggestions, a checker keeps:
 * a memory has some tens of thousands of distinct words; a file of
 * millions of distinct "words" makes the cache start over instead of
 * growing with it. */
#define BITEXT_MAX_CHECK_SPELL_CACHE 200000

/* Longest word spelling looks at, in bytes: hunspell's own limit is near;
 * a longer "word" is not a word. */
#define BITEXT_MAX_CHECK_WORD 100

/* Rules of the checklists one checker runs: every rule runs its patterns
 * on every unit, so the count multiplies checking time; a client's
 * checklist has tens. */
#define BITEXT_MAX_CHECKLIST_RULES 2000

/* Findings of one checklist rule in one unit: one a match, each with its
 * span; a pattern that matches every character of a long row would
 * otherwise make a finding of each. */
#define BITEXT_MAX_CHECKLIST_MATCHES 100

/* Largest checklist file read: 2000 rules fit in far less. */
#define BITEXT_MAX_CHECKLIST_BYTES ((size_t)1024 * 1024)

/* Words of a termbase term used for matching: a longer "term" is a
 * sentence, and matching it word by word would be quadratic. */
#define BITEXT_MAX_TERM_WORDS 16

/* Longest word given to hunspell's stemmer, in bytes: hunspell's own
 * limit is near; a longer "word" is not a word. */
#define BITEXT_MAX_STEM_WORD 100

/* dictd dictionaries (FreeDict): one line of a .index file (a headword,
 * its offset and length: real lines are under 300 bytes); one entry's
 * text (the longest FreeDict entries are a few KiB); the bytes of a
 * dictzip chunk (dictzip writes 58,315; the format's field has 16 bits);
 * and the text of a .dict that is inflated whole (a gzip file without
 * dictzip's chunk table), a bound on a hostile file's expansion. */
#define BITEXT_MAX_DICTD_LINE 4096
#define BITEXT_MAX_DICTD_ENTRY ((size_t)1024 * 1024)
#define BITEXT_MAX_DICTD_CHUNK 65535
#define BITEXT_MAX_DICTD_WHOLE ((size_t)1024 * 1024 * 1024)
/* Translations kept from one entry: the longest real entries list a few
 * dozen; beyond this an entry is a word list, not a translation. */
#define BITEXT_MAX_DICTD_TRANS 64

/* Zip archives (.docx, .odt): entries of one archive. A Word or
 * OpenDocument file has a few dozen (parts, images); tens of thousands
 * is not a document, and each entry costs a name check. */
#define BITEXT_MAX_ZIP_ENTRIES 10000

/* Bytes one part of a zip (word/document.xml, content.xml ...) may
 * inflate to, declared or actual: a 1,000-page book is under 50 MiB of
 * XML; more is a zip bomb, refused while inflating, before memory grows. */
#define BITEXT_MAX_ZIP_PART_BYTES ((unsigned long long)512 * 1024 * 1024)

/* Inflated bytes per compressed byte a part may reach once past
 * BITEXT_ZIP_RATIO_FLOOR: document XML compresses 5 to 30 times, a
 * table of empty cells about 100; a bomb of repeated bytes 1,000. */
#define BITEXT_MAX_ZIP_RATIO 200
#define BITEXT_ZIP_RATIO_FLOOR ((unsigned long long)4 * 1024 * 1024)

/* A gzip-compressed text (.txt.gz): past BITEXT_GZIP_RATIO_FLOOR inflated
 * bytes, at most BITEXT_MAX_GZIP_RATIO per compressed byte read. Text
 * compresses 3 to 10 times; a bomb of repeated bytes 1,000. The inflated
 * text is bounded by BITEXT_MAX_INPUT_BYTES as a plain file is. */
#define BITEXT_MAX_GZIP_RATIO 200
#define BITEXT_GZIP_RATIO_FLOOR ((size_t)4 * 1024 * 1024)

#endif
