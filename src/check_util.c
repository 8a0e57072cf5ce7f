/*
 * check_util.c - helpers shared by the check and termbase modules
 * (check_int.h): an open-addressing string hash map (FNV-1a, linear
 * probing, load kept under 1/2, keys in an arena), UTF-8 decoding, the word
 * keys term matching compares (Korean particles stripped, English
 * inflection reduced) and a TSV/CSV row splitter.
 *
 * Invariants: map capacity is a power of two; a slot with key == NULL is
 * free. Word keys are pure functions of the word, so the same key is
 * computed for the term and for the running text.
 */
#include "check_int.h"

#include <stdlib.h>
#include <string.h>

uint64_t bitext_check__map_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

void bitext_check__map_init(bitext_check_map *m)
{
	m->slots = NULL;
	m->cap = m->count = 0;
	bitext_arena_init(&m->arena);
}

void bitext_check__map_dispose(bitext_check_map *m)
{
	free(m->slots);
	bitext_arena_dispose(&m->arena);
	bitext_check__map_init(m);
}

bitext_check_map_slot *bitext_check__map_get(const bitext_check_map *m, const char *key,
	size_t n)
{
	uint64_t h;
	size_t i;

	if (!m->cap)
		return NULL;
	h = bitext_check__map_hash(key, n);
	for (i = h & (m->cap - 1); m->slots[i].key; i = (i + 1) & (m->cap - 1)) {
		bitext_check_map_slot *s = &m->slots[i];
		if (s->hash == h && s->klen == n && !memcmp(s->key, key, n))
			return s;
	}
	return NULL;
}

static int strmap_grow(bitext_check_map *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 64, i, j;
	bitext_check_map_slot *ns = calloc(ncap, sizeof(*ns));

	if (!ns)
		return -1;
	for (i = 0; i < m->cap; i++) {
		if (!m->slots[i].key)
			continue;
		for (j = m->slots[i].hash & (ncap - 1); ns[j].key;
		     j = (j + 1) & (ncap - 1))
			;
		ns[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = ns;
	m->cap = ncap;
	return 0;
}

bitext_check_map_slot *bitext_check__map_put(bitext_check_map *m, const char *key,
	size_t n, size_t init, int *created)
{
	bitext_check_map_slot *s = bitext_check__map_get(m, key, n);
	uint64_t h;
	size_t i;

	if (created)
		*created = 0;
	if (s)
		return s;
	if ((m->count + 1) * 2 > m->cap && strmap_grow(m) < 0)
		return NULL;
	h = bitext_check__map_hash(key, n);
	for (i = h & (m->cap - 1); m->slots[i].key; i = (i + 1) & (m->cap - 1))
		;
	s = &m->slots[i];
	s->key = bitext_arena_strndup(&m->arena, key, n);
	if (!s->key)
		return NULL;
	s->klen = n;
	s->hash = h;
	s->value = init;
	m->count++;
	if (created)
		*created = 1;
	return s;
}

int32_t bitext_check__utf8_next(const char *str, size_t len, size_t *i)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t p = *i;
	int32_t c;
	int n, k;

	if (s[p] < 0x80) {
		*i = p + 1;
		return s[p];
	}
	if ((s[p] & 0xE0) == 0xC0) { c = s[p] & 0x1F; n = 1; }
	else if ((s[p] & 0xF0) == 0xE0) { c = s[p] & 0x0F; n = 2; }
	else if ((s[p] & 0xF8) == 0xF0) { c = s[p] & 0x07; n = 3; }
	else { *i = p + 1; return 0xFFFD; }
	if (p + (size_t)n >= len) {
		*i = p + 1;
		return 0xFFFD;
	}
	for (k = 1; k <= n; k++) {
		if ((s[p + (size_t)k] & 0xC0) != 0x80) {
			*i = p + 1;
			return 0xFFFD;
		}
		c = (c << 6) | (s[p + (size_t)k] & 0x3F);
	}
	*i = p + (size_t)n + 1;
	return c;
}

size_t bitext_check__utf8_count(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

int bitext_check__utf8_put(char *o, int32_t c)
{
	if (c < 0x80) { o[0] = (char)c; return 1; }
	if (c < 0x800) {
		o[0] = (char)(0xC0 | (c >> 6));
		o[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (char)(0xE0 | (c >> 12));
		o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		o[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (c >> 18));
	o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	o[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

int bitext_check__lang_is(const char *tag, const char *prim)
{
	size_t n = strlen(prim), i;

	if (!tag)
		return 0;
	for (i = 0; i < n; i++) {
		char c = tag[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != prim[i])
			return 0;
	}
	return tag[n] == '\0' || tag[n] == '-' || tag[n] == '_';
}

/* Korean postpositions, copula forms and their usual combinations that may
 * follow a noun inside one eojeol. Vocative 아/야 and the bare endings
 * 고/다/인 are left out: they end too many ordinary words. */
static const char *const ko_particles[] = {
	"은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만",
	"로", "으로", "에서", "에게", "께", "께서", "한테", "부터", "까지",
	"보다", "처럼", "마다", "조차", "밖에", "이나", "나", "이며", "며",
	"랑", "이랑", "하고", "이다", "였다", "이었다", "입니다", "이라고",
	"라고", "이라는", "라는", "이란", "란", "에서는", "에서도", "에서의",
	"에서만", "에게는", "에게도", "에게서", "으로는", "로는", "으로도",
	"로도", "으로서", "로서", "으로써", "로써", "에는", "에도", "에만",
	"과는", "와는", "과의", "와의", "까지는", "까지도", "부터는", "만은",
	"만이", "만을", "께서는", "한테서", "처럼은", "이라며", "라며", "이자",
	"의해", "에의", "이고", "이지만", "지만", "측은", "측이", "측의",
	"이었던", "였던", "이던", "이나마", "보다는", "에게로", "에서부터",
	"으로부터", "로부터", "께는", "들", "들은", "들이", "들을", "들의",
	"들에게", "들도", "들과", "들이다", "씨", "씨는", "씨가", "씨의",
	"씨를", "씨와", "씨도", "씨에게", "측", "이라", "라",
	NULL
};

static int ko_is_particle(const char *s, size_t n)
{
	size_t i;

	for (i = 0; ko_particles[i]; i++)
		if (strlen(ko_particles[i]) == n && !memcmp(ko_particles[i], s, n))
			return 1;
	return 0;
}

size_t bitext_check__ko_stems(const char *w, size_t n, size_t *alts, size_t nalts)
{
	size_t cut, found = 0;

	/* Hangul syllables are 3 bytes; stems keep at least one syllable and
	 * particles are at most 5 syllables. */
	for (cut = n >= 3 ? n - 3 : 0; cut >= 3 && n - cut <= 15; cut -= 1) {
		if (((unsigned char)w[cut] & 0xC0) == 0x80)
			continue;
		if (ko_is_particle(w + cut, n - cut) && found < nalts)
			alts[found++] = cut;
		if (cut < 3)
			break;
	}
	return found;
}

static int en_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

size_t bitext_check__en_key(const char *w, size_t n, char *out)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		char c = w[i];
		out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	out[n] = '\0';
	k = n;
	if (k <= 3)
		return k;
	/* a word with other than ASCII letters is left as it is */
	for (i = 0; i < k; i++)
		if (out[i] < 'a' || out[i] > 'z')
			return k;
	if (k > 4 && !memcmp(out + k - 3, "ies", 3)) {
		k -= 2; out[k - 1] = 'y';
	} else if (k > 4 && !memcmp(out + k - 4, "sses", 4)) {
		k -= 2;
	} else if (k > 4 && (!memcmp(out + k - 3, "xes", 3) ||
	    !memcmp(out + k - 4, "ches", 4) || !memcmp(out + k - 4, "shes", 4))) {
		k -= 2;
	} else if (out[k - 1] == 's' && out[k - 2] != 's' && out[k - 2] != 'u' &&
	    out[k - 2] != 'i') {
		k -= 1;
	} else if (k > 4 && !memcmp(out + k - 3, "ied", 3)) {
		k -= 2; out[k - 1] = 'y';
	} else if (k > 4 && !memcmp(out + k - 2, "ed", 2) && out[k - 3] != 'e') {
		k -= 2;
		if (k > 3 && out[k - 1] == out[k - 2] && !en_vowel(out[k - 1]) &&
		    out[k - 1] != 'l' && out[k - 1] != 's' && out[k - 1] != 'z')
			k--;
	} else if (k > 5 && !memcmp(out + k - 3, "ing", 3)) {
		k -= 3;
		if (k > 3 && out[k - 1] == out[k - 2] && !en_vowel(out[k - 1]) &&
		    out[k - 1] != 'l' && out[k - 1] != 's' && out[k - 1] != 'z')
			k--;
	}
	if (k > 3 && out[k - 1] == 'e')
		k--;
	out[k] = '\0';
	return k;
}

int bitext_check__split_row(const char *line, size_t len, char sep, char *store,
	const char **fields, size_t *flens, int max)
{
	size_t i = 0, o = 0;
	int nf = 0;

	while (nf < max) {
		size_t start = o;
		if (sep == ',' && i < len && line[i] == '"') {
			i++;
			for (;;) {
				if (i >= len)
					return -1;
				if (line[i] == '"') {
					if (i + 1 < len && line[i + 1] == '"') {
						store[o++] = '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				store[o++] = line[i++];
			}
			while (i < len && line[i] != sep)
				store[o++] = line[i++];
		} else {
			while (i < len && line[i] != sep)
				store[o++] = line[i++];
		}
		store[o] = '\0';
		fields[nf] = store + start;
		flens[nf] = o - start;
		nf++;
		o++;
		if (i >= len)
			break;
		i++; /* the separator */
	}
	return nf;
}
