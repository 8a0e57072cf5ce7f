/*
 * utf8.c - UTF-8 decoding, encoding and counting (util/utf8.h), and the
 * library's one JSON string escaper and one XML/HTML escaper
 * (bitext/common.h).
 *
 * JSON (RFC 8259): a string in double quotes; '"' and '\' get a backslash,
 * the control characters U+0000..U+001F the short forms \b \t \n \f \r or
 * \u00XX, DEL \u007f, and U+2028/U+2029 \u2028/\u2029: valid in JSON but
 * line terminators in JavaScript before ES2019, so a JSON line holding
 * them raw breaks a consumer that evals or splits on them. Other bytes,
 * UTF-8 included, are copied.
 *
 * XML and HTML: in text, & < > become entity references and CR &#13; (a
 * raw CR is read back as LF); in an attribute value (in double quotes)
 * also '"' and TAB LF CR as character references, which attribute-value
 * normalization would otherwise turn into spaces. C0 controls other than
 * TAB LF CR cannot appear in an XML 1.0 document at all and are dropped.
 */
#include "util/utf8.h"

#include <string.h>

/* ---- decoding ----------------------------------------------------------- */

size_t bitext_utf8__decode(const char *str, size_t n, int32_t *cp, size_t *bad,
	int *why)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char b0 = s[0], lo = 0x80, hi = 0xBF;
	size_t need, k;
	int32_t c;
	int w;

	if (b0 < 0x80) {
		*cp = b0;
		return 1;
	}
	*bad = 1;
	if (b0 < 0xC2) {
		w = b0 >= 0xC0 ? BITEXT_UTF8_OVERLONG : BITEXT_UTF8_LEAD;
		goto invalid;
	}
	if (b0 > 0xF4) {
		w = b0 < 0xF8 ? BITEXT_UTF8_RANGE : BITEXT_UTF8_LEAD;
		goto invalid;
	}
	need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
	c = b0 & (0x7F >> need);
	if (b0 == 0xE0)
		lo = 0xA0;
	else if (b0 == 0xED)
		hi = 0x9F;
	else if (b0 == 0xF0)
		lo = 0x90;
	else if (b0 == 0xF4)
		hi = 0x8F;
	for (k = 1; k < need; k++) {
		unsigned char b;

		if (k >= n) {
			*bad = k;
			w = BITEXT_UTF8_TRUNC;
			goto invalid;
		}
		b = s[k];
		if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
			*bad = k;
			if (k == 1 && b >= 0x80 && b <= 0xBF)
				w = b < lo ? BITEXT_UTF8_OVERLONG :
					b0 == 0xED ? BITEXT_UTF8_SURROGATE :
					BITEXT_UTF8_RANGE;
			else
				w = BITEXT_UTF8_CONT;
			goto invalid;
		}
		c = (c << 6) | (b & 0x3F);
	}
	*cp = c;
	return need;
invalid:
	if (why)
		*why = w;
	return 0;
}

int32_t bitext_utf8__next(const char *s, size_t n, size_t *i)
{
	size_t len, bad = 1;
	int32_t c;

	len = bitext_utf8__decode(s + *i, n - *i, &c, &bad, NULL);
	if (!len) {
		*i += bad;
		return 0xFFFD;
	}
	*i += len;
	return c;
}

size_t bitext_utf8__prev(const char *s, size_t i)
{
	size_t j = i - 1;

	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	return j;
}

size_t bitext_utf8__count(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

size_t bitext_utf8__valid_prefix(const char *s, size_t n)
{
	size_t i = 0, k, bad;
	int32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if (!(k = bitext_utf8__decode(s + i, n - i, &cp, &bad, NULL)))
			return i;
		i += k;
	}
	return n;
}

/* ---- encoding ----------------------------------------------------------- */

size_t bitext_utf8__encode(char *o, int32_t c)
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
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

int bitext_utf8__put(bitext_buf *b, int32_t c)
{
	char u[4];

	return bitext_buf_put(b, u, bitext_utf8__encode(u, c));
}

/* ---- escaping ----------------------------------------------------------- */

/*
 * Append s[0..n), replacing the bytes whose bit is set in `mask` (256 bits)
 * by what `rep` returns for them: the replacement (NUL-terminated, "" to
 * drop) with *used = the input bytes it replaces, or NULL to copy the byte
 * as is. Runs of other bytes go in whole.
 */
typedef const char *(*escape_fn)(const unsigned char *s, size_t n,
	size_t *used, char *tmp);

static int escape(bitext_buf *b, const char *str, size_t n,
	const uint32_t *mask, escape_fn rep)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, run = 0, used;
	char tmp[8];
	const char *r;

	while (i < n) {
		r = NULL;
		if (mask[s[i] >> 5] & (UINT32_C(1) << (s[i] & 31)))
			r = rep(s + i, n - i, &used, tmp);
		if (!r) {
			i++;
			continue;
		}
		if ((i > run && bitext_buf_put(b, str + run, i - run) < 0) ||
		    bitext_buf_puts(b, r) < 0)
			return BITEXT_ENOMEM;
		i += used;
		run = i;
	}
	if (i > run && bitext_buf_put(b, str + run, i - run) < 0)
		return BITEXT_ENOMEM;
	return 0;
}

/* The bytes escape() looks at: C0 controls, '"' (34), '&' (38), '<' (60),
 * '>' (62), '\\' (92), DEL (127), 0xE2 (226, the lead of U+2028/9). */
#define BIT(c) (UINT32_C(1) << ((c) & 31))
static const uint32_t json_mask[8] = {
	0xFFFFFFFFu, BIT('"'), BIT('\\'), BIT(0x7F), 0, 0, 0, BIT(0xE2)
};
static const uint32_t json_script_mask[8] = {
	0xFFFFFFFFu, BIT('"') | BIT('<'), BIT('\\'), BIT(0x7F), 0, 0, 0, BIT(0xE2)
};
static const uint32_t xml_text_mask[8] = {
	0xFFFFFFFFu & ~(BIT('\t') | BIT('\n')), BIT('&') | BIT('<') | BIT('>')
};
static const uint32_t xml_attr_mask[8] = {
	0xFFFFFFFFu, BIT('"') | BIT('&') | BIT('<') | BIT('>')
};
#undef BIT

static const char *json_rep(const unsigned char *s, size_t n, size_t *used,
	char *tmp)
{
	static const char hex[] = "0123456789abcdef";

	*used = 1;
	switch (s[0]) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\b': return "\\b";
	case '\t': return "\\t";
	case '\n': return "\\n";
	case '\f': return "\\f";
	case '\r': return "\\r";
	case 0xE2:   /* U+2028 E2 80 A8, U+2029 E2 80 A9 */
		if (n >= 3 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
			*used = 3;
			return s[2] == 0xA8 ? "\\u2028" : "\\u2029";
		}
		return NULL;
	default:
		if (s[0] >= 0x20 && s[0] != 0x7F)
			return NULL;
		memcpy(tmp, "\\u00", 4);
		tmp[4] = hex[s[0] >> 4];
		tmp[5] = hex[s[0] & 15];
		tmp[6] = '\0';
		return tmp;
	}
}

int bitext_buf_put_json(bitext_buf *b, const char *s, size_t n)
{
	if (bitext_buf_putc(b, '"') < 0 || escape(b, s, n, json_mask, json_rep) < 0 ||
	    bitext_buf_putc(b, '"') < 0)
		return BITEXT_ENOMEM;
	return 0;
}

/* as json_rep, and '<' as \u003c: the text of a <script> element ends at
 * the first "</script" and changes state at "<!--" */
static const char *json_script_rep(const unsigned char *s, size_t n,
	size_t *used, char *tmp)
{
	*used = 1;
	return s[0] == '<' ? "\\u003c" : json_rep(s, n, used, tmp);
}

int bitext_buf_put_json_script(bitext_buf *b, const char *s, size_t n)
{
	if (bitext_buf_putc(b, '"') < 0 ||
	    escape(b, s, n, json_script_mask, json_script_rep) < 0 ||
	    bitext_buf_putc(b, '"') < 0)
		return BITEXT_ENOMEM;
	return 0;
}

static const char *xml_rep(const unsigned char *s, int attr)
{
	switch (s[0]) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '\r': return "&#13;";
	case '"': return attr ? "&quot;" : NULL;
	case '\t': return attr ? "&#9;" : NULL;
	case '\n': return attr ? "&#10;" : NULL;
	default: return s[0] < 0x20 ? "" : NULL;
	}
}

static const char *xml_text_rep(const unsigned char *s, size_t n,
	size_t *used, char *tmp)
{
	(void)n;
	(void)tmp;
	*used = 1;
	return xml_rep(s, 0);
}

static const char *xml_attr_rep(const unsigned char *s, size_t n,
	size_t *used, char *tmp)
{
	(void)n;
	(void)tmp;
	*used = 1;
	return xml_rep(s, 1);
}

int bitext_buf_put_xml_text(bitext_buf *b, const char *s, size_t n)
{
	return escape(b, s, n, xml_text_mask, xml_text_rep);
}

int bitext_buf_put_xml_attr(bitext_buf *b, const char *s, size_t n)
{
	return escape(b, s, n, xml_attr_mask, xml_attr_rep);
}
