/*
 * check_report.c - writing the findings of a checker (bitext_checker_report):
 *
 *   text   one finding a line: `FILE:UNIT: severity: [check] message`, then
 *          ` (suggestion: ...)` when there is one. UNIT is the tuid or the
 *          1-based unit number.
 *   jsonl  one JSON object a line: unit (tuid string, else the 1-based
 *          number), check, severity (English ids), message, source_span and
 *          target_span ([start, end] in code points, or null), suggestion
 *          (string or null); after an ignore list was loaded, a last line
 *          {"summary": {"units", "findings", "ignored"}}.
 *   ignore an ignore list marking every finding (check_ignore.c), the
 *          baseline of a memory whose findings are all accepted;
 *   html   one self-contained page (no network resource): counts per check
 *          and severity, then every unit with findings, source and target
 *          side by side with the spans highlighted, and a small inline
 *          script that filters by check and by lowest severity.
 *
 * Fixed words of the text and HTML reports come from the message bundles.
 */
#include "check/check_int.h"

#include <bitext/errors.h>
#include <bitext/msg.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* s[0..n) through one of the escapers of bitext/common.h (JSON, XML) to f.
 * 0, or BITEXT_ENOMEM. */
static int put_escaped(FILE *f, int (*esc)(bitext_buf *, const char *, size_t),
	const char *s, size_t n)
{
	bitext_buf e = BITEXT_BUF_INIT;
	int error = esc(&e, s, n);

	if (!error && e.size)
		fwrite(e.ptr, 1, e.size, f);
	bitext_buf_dispose(&e);
	return error;
}

static int json_str(FILE *f, const char *s)
{
	return put_escaped(f, bitext_buf_put_json, s, strlen(s));
}

static int html_str(FILE *f, const char *s, size_t n)
{
	return put_escaped(f, bitext_buf_put_xml_text, s, n);
}

static int html_cstr(FILE *f, const char *s)
{
	return html_str(f, s, strlen(s));
}

static const char *msg(bitext_buf *b, const char *key)
{
	bitext_buf_clear(b);
	bitext_msg_format(b, key);
	return b->ptr ? b->ptr : key;
}

static int unit_label(FILE *f, const bitext_check_unit *u, size_t i, int json)
{
	if (u->id && json)
		return json_str(f, u->id);
	if (u->id) {
		fputs(u->id, f);
	} else if (json) {
		fprintf(f, "%zu", i + 1);
	} else {
		/* "unit 3": a bare number would read as a line number */
		bitext_buf b = BITEXT_BUF_INIT;
		bitext_msg_format(&b, "check_report_unit", (double)(i + 1));
		if (b.ptr)
			fputs(b.ptr, f);
		else
			fprintf(f, "unit %zu", i + 1);
		bitext_buf_dispose(&b);
	}
	return 0;
}

static int report_text(const bitext_checker *c, FILE *f, const char *name)
{
	bitext_buf b = BITEXT_BUF_INIT, s = BITEXT_BUF_INIT;
	size_t i;
	static const char *const sev_keys[] = { "check_sev_off", "check_sev_info",
		"check_sev_warning", "check_sev_error" };

	for (i = 0; i < c->nfindings; i++) {
		const bitext_finding *x = &c->findings[i];
		fprintf(f, "%s:", name);
		unit_label(f, &c->units[x->unit], x->unit, 0);
		fprintf(f, ": %s: [%s] %s", msg(&b, sev_keys[x->severity]),
			bitext_check_name(x->check), x->message);
		if (x->suggestion && *x->suggestion) {
			bitext_buf_clear(&s);
			bitext_msg_format(&s, "check_report_suggestion", x->suggestion);
			fprintf(f, " (%s)", s.ptr ? s.ptr : x->suggestion);
		}
		fputc('\n', f);
	}
	bitext_buf_dispose(&b);
	bitext_buf_dispose(&s);
	return 0;
}

static void json_span(FILE *f, long a, long b)
{
	if (a < 0)
		fputs("null", f);
	else
		fprintf(f, "[%ld, %ld]", a, b);
}

static int report_jsonl(const bitext_checker *c, FILE *f)
{
	size_t i;
	int error = 0;

	for (i = 0; i < c->nfindings; i++) {
		const bitext_finding *x = &c->findings[i];
		fputs("{\"unit\": ", f);
		error |= unit_label(f, &c->units[x->unit], x->unit, 1) < 0;
		fprintf(f, ", \"check\": \"%s\", \"severity\": \"%s\", \"message\": ",
			bitext_check_name(x->check), bitext_severity_name(x->severity));
		error |= json_str(f, x->message) < 0;
		fputs(", \"source_span\": ", f);
		json_span(f, x->src_start, x->src_end);
		fputs(", \"target_span\": ", f);
		json_span(f, x->tgt_start, x->tgt_end);
		fputs(", \"suggestion\": ", f);
		if (x->suggestion)
			error |= json_str(f, x->suggestion) < 0;
		else
			fputs("null", f);
		fputs("}\n", f);
	}
	if (c->ignoring)      /* the last line: what the ignore lists left out */
		fprintf(f, "{\"summary\": {\"units\": %zu, \"findings\": %zu, "
			"\"ignored\": %zu}}\n", c->nunits, c->nfindings, c->nignored);
	return error ? bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
}

/* One side of a unit with the code-point spans of its findings marked. */
static int html_side(FILE *f, const bitext_checker *c, size_t first,
	size_t last, const char *s, size_t n, int src)
{
	size_t i = 0, cp = 0;
	int open = 0, error = 0;

	while (i < n) {
		size_t at = i, k;
		int in = 0;
		char checks[256] = "";
		for (k = first; k < last; k++) {
			const bitext_finding *x = &c->findings[k];
			long a = src ? x->src_start : x->tgt_start;
			long b = src ? x->src_end : x->tgt_end;
			if (a >= 0 && ((long)cp >= a && ((long)cp < b || (a == b && (long)cp == a)))) {
				in = 1;
				if (strlen(checks) + 20 < sizeof(checks)) {
					if (*checks)
						strcat(checks, " ");
					strcat(checks, "c-");
					strcat(checks, bitext_check_name(x->check));
				}
			}
		}
		bitext_utf8__next(s, n, &i);
		if (in && !open) {
			fprintf(f, "<mark class=\"%s\">", checks);
			open = 1;
		} else if (!in && open) {
			fputs("</mark>", f);
			open = 0;
		}
		/* make invisible characters visible */
		{
			size_t j = at;
			int32_t ch = bitext_utf8__next(s, n, &j);
			if (ch == 0x200B || ch == 0x200C || ch == 0x200D || ch == 0xFEFF ||
			    ch == 0x2060 || ch == 0xAD || (ch >= 0x202A && ch <= 0x202E) ||
			    (ch >= 0x2066 && ch <= 0x2069) || ch == 0x200E || ch == 0x200F ||
			    (ch < 0x20 && ch != '\n' && ch != '\t'))
				fprintf(f, "<span class=\"inv\">U+%04X</span>", (unsigned)ch);
			else if (ch == 0xA0)
				fputs("<span class=\"inv\">&#x2423;</span>", f);
			else
				error |= html_str(f, s + at, i - at) < 0;
		}
		cp++;
	}
	if (open)
		fputs("</mark>", f);
	return error;
}

static int report_html(const bitext_checker *c, FILE *f, const char *name)
{
	bitext_buf b = BITEXT_BUF_INIT;
	size_t counts[BITEXT_CHECK_COUNT_][4];
	size_t i, j;
	int k, error = 0;
	static const char *const sev_keys[] = { "check_sev_off", "check_sev_info",
		"check_sev_warning", "check_sev_error" };

	memset(counts, 0, sizeof(counts));
	for (i = 0; i < c->nfindings; i++)
		counts[c->findings[i].check][c->findings[i].severity]++;
	fputs("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>", f);
	error |= html_cstr(f, msg(&b, "check_html_title")) < 0;
	fputs(" - ", f);
	error |= html_cstr(f, name) < 0;
	fputs("</title>\n<style>\n"
		"body{font-family:sans-serif;margin:1em 2em;color:#222}\n"
		"table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;vertical-align:top}\n"
		"th{background:#f0f0f0}.unit{margin:1em 0;border:1px solid #bbb;border-radius:4px}\n"
		".unit h3{margin:0;padding:4px 8px;background:#eef;font-size:95%}\n"
		".pair{display:flex}.pair div{flex:1;padding:6px 8px;white-space:pre-wrap;border-top:1px solid #ddd}\n"
		".pair div+div{border-left:1px solid #ddd}mark{background:#ffd54f}\n"
		".inv{background:#e57373;color:#fff;font-size:70%;padding:0 2px;border-radius:2px}\n"
		"ul.f{margin:0;padding:4px 8px 6px 28px;border-top:1px solid #ddd}\n"
		".error{color:#b71c1c}.warning{color:#e65100}.info{color:#1565c0}\n"
		".sev{font-weight:bold}.chk{font-family:monospace}.hidden{display:none}\n"
		"</style></head><body>\n<h1>", f);
	error |= html_cstr(f, msg(&b, "check_html_title")) < 0;
	fputs(": ", f);
	error |= html_cstr(f, name) < 0;
	fputs("</h1>\n<p id=\"total\">", f);
	bitext_buf_clear(&b);
	bitext_msg_format(&b, "check_html_total", (double)c->nfindings,
		(double)c->nunits);
	error |= html_cstr(f, b.ptr ? b.ptr : "") < 0;
	if (c->ignoring) {
		fputs(" <span id=\"ignored\">", f);
		bitext_buf_clear(&b);
		bitext_msg_format(&b, "check_html_ignored", (double)c->nignored);
		error |= html_cstr(f, b.ptr ? b.ptr : "") < 0;
		fputs("</span>", f);
	}
	fputs("</p>\n<h2>", f);
	error |= html_cstr(f, msg(&b, "check_html_summary")) < 0;
	fputs("</h2>\n<table id=\"summary\"><tr><th>", f);
	error |= html_cstr(f, msg(&b, "check_html_check")) < 0;
	for (k = BITEXT_SEVERITY_ERROR; k >= BITEXT_SEVERITY_INFO; k--) {
		fputs("</th><th>", f);
		error |= html_cstr(f, msg(&b, sev_keys[k])) < 0;
	}
	fputs("</th></tr>\n", f);
	for (j = 0; j < BITEXT_CHECK_COUNT_; j++) {
		if (!counts[j][1] && !counts[j][2] && !counts[j][3])
			continue;
		fprintf(f, "<tr data-check=\"%s\"><td class=\"chk\">%s</td>",
			bitext_check_name((bitext_check_id)j), bitext_check_name((bitext_check_id)j));
		for (k = BITEXT_SEVERITY_ERROR; k >= BITEXT_SEVERITY_INFO; k--)
			fprintf(f, "<td>%zu</td>", counts[j][k]);
		fputs("</tr>\n", f);
	}
	fputs("</table>\n<p><label>", f);
	error |= html_cstr(f, msg(&b, "check_html_check")) < 0;
	fputs(" <select id=\"fcheck\"><option value=\"\">", f);
	error |= html_cstr(f, msg(&b, "check_html_all")) < 0;
	fputs("</option>", f);
	for (j = 0; j < BITEXT_CHECK_COUNT_; j++)
		if (counts[j][1] || counts[j][2] || counts[j][3])
			fprintf(f, "<option>%s</option>", bitext_check_name((bitext_check_id)j));
	fputs("</select></label> <label>", f);
	error |= html_cstr(f, msg(&b, "check_html_severity")) < 0;
	fputs(" <select id=\"fsev\">", f);
	for (k = BITEXT_SEVERITY_INFO; k <= BITEXT_SEVERITY_ERROR; k++) {
		fprintf(f, "<option value=\"%d\">", k);
		error |= html_cstr(f, msg(&b, sev_keys[k])) < 0;
		fputs("</option>", f);
	}
	fputs("</select></label> <span id=\"shown\"></span></p>\n<div id=\"units\">\n", f);
	for (i = 0; i < c->nfindings; ) {
		size_t u = c->findings[i].unit, e = i;
		const bitext_check_unit *un = &c->units[u];
		while (e < c->nfindings && c->findings[e].unit == u)
			e++;
		fputs("<div class=\"unit\"><h3>", f);
		error |= html_cstr(f, msg(&b, "check_html_unit")) < 0;
		fputc(' ', f);
		if (un->id)
			error |= html_cstr(f, un->id) < 0;
		else
			fprintf(f, "%zu", u + 1);
		fputs("</h3><div class=\"pair\"><div class=\"src\">", f);
		error |= html_side(f, c, i, e, un->src, un->src_len, 1);
		fputs("</div><div class=\"tgt\">", f);
		error |= html_side(f, c, i, e, un->tgt, un->tgt_len, 0);
		fputs("</div></div><ul class=\"f\">\n", f);
		for (j = i; j < e; j++) {
			const bitext_finding *x = &c->findings[j];
			fprintf(f, "<li class=\"finding\" data-check=\"%s\" data-sev=\"%d\">"
				"<span class=\"sev %s\">", bitext_check_name(x->check),
				(int)x->severity, bitext_severity_name(x->severity));
			error |= html_cstr(f, msg(&b, sev_keys[x->severity])) < 0;
			fprintf(f, "</span> <span class=\"chk\">[%s]</span> ",
				bitext_check_name(x->check));
			error |= html_cstr(f, x->message) < 0;
			if (x->suggestion && *x->suggestion) {
				bitext_buf_clear(&b);
				bitext_msg_format(&b, "check_report_suggestion", x->suggestion);
				fputs(" <i>(", f);
				error |= html_cstr(f, b.ptr ? b.ptr : x->suggestion) < 0;
				fputs(")</i>", f);
			}
			fputs("</li>\n", f);
		}
		fputs("</ul></div>\n", f);
		i = e;
	}
	fputs("</div>\n<script>\n"
		"(function(){\n"
		"var fc=document.getElementById('fcheck'),fs=document.getElementById('fsev');\n"
		"function apply(){var c=fc.value,s=+fs.value,n=0;\n"
		" document.querySelectorAll('.unit').forEach(function(u){var any=0;\n"
		"  u.querySelectorAll('.finding').forEach(function(li){\n"
		"   var ok=(!c||li.dataset.check===c)&&(+li.dataset.sev>=s);\n"
		"   li.classList.toggle('hidden',!ok);if(ok){any=1;n++;}});\n"
		"  u.classList.toggle('hidden',!any);});\n"
		" document.getElementById('shown').textContent=n;}\n"
		"fc.onchange=apply;fs.onchange=apply;apply();\n"
		"})();\n</script>\n</body></html>\n", f);
	bitext_buf_dispose(&b);
	return error ? bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
}

/* The ignore list that marks every finding (each line once). */
static int report_ignore(const bitext_checker *c, FILE *f)
{
	bitext_buf line = BITEXT_BUF_INIT, prev = BITEXT_BUF_INIT;
	size_t i;
	int error = 0;

	fputs("# bitext ignore\n", f);
	for (i = 0; i < c->nfindings && !error; i++) {
		if ((error = bitext_check__ignore_line(&line, c,
				&c->findings[i])) < 0)
			break;
		/* findings of a unit come together: repeats are neighbours */
		if (prev.ptr && prev.size == line.size &&
		    !memcmp(prev.ptr, line.ptr, line.size))
			continue;
		fwrite(line.ptr, 1, line.size, f);
		fputc('\n', f);
		bitext_buf_clear(&prev);
		error = bitext_buf_put(&prev, line.ptr, line.size) < 0 ?
			bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
	}
	bitext_buf_dispose(&line);
	bitext_buf_dispose(&prev);
	return error;
}

int bitext_check_format_parse(bitext_report_format *out, const char *name)
{
	static const char *const names[] = { "text", "jsonl", "html", "ignore" };
	int i;

	for (i = 0; i < 4; i++) {
		if (!strcmp(name, names[i])) {
			*out = (bitext_report_format)i;
			return 0;
		}
	}
	return bitext_error_set(BITEXT_EINVAL, "check_bad_format", name, NULL);
}

int bitext_checker_report(const bitext_checker *c, FILE *f,
	bitext_report_format format, const char *name)
{
	int error;

	if (!name)
		name = "-";
	switch (format) {
	case BITEXT_REPORT_JSONL:
		error = report_jsonl(c, f);
		break;
	case BITEXT_REPORT_HTML:
		error = report_html(c, f, name);
		break;
	case BITEXT_REPORT_IGNORE:
		error = report_ignore(c, f);
		break;
	default:
		error = report_text(c, f, name);
		break;
	}
	if (error >= 0 && ferror(f))
		return bitext_error_set(BITEXT_EIO, "err_write", name, "I/O error", NULL);
	return error;
}
