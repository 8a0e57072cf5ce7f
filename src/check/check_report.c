/*
 * check_report.c - writing the findings of a checker (bitext_checker_report):
 *
 *   text   one finding a line: `FILE:UNIT: severity: [check] message`, then
 *          ` (suggestion: ...)` when there is one. UNIT is the tuid or the
 *          1-based unit number. A checklist rule's finding says
 *          `[checklist:RULE-ID]`.
 *   jsonl  one JSON object a line: unit (tuid string, else the 1-based
 *          number), check, rule (only for checklist rules: the rule's id),
 *          severity (English ids), message, source_span and target_span
 *          ([start, end] in code points, or null), suggestion (string or
 *          null); after an ignore list was loaded, a last line
 *          {"summary": {"units", "findings", "ignored"}}.
 *          Checks that could not run (bitext_checker_not_run) come first:
 *          `FILE: not run: [check] reason` in text, {"not_run", "reason",
 *          "package"} records in jsonl, a paragraph under the total in html.
 *   ignore an ignore list marking every finding (check_ignore.c), the
 *          baseline of a memory whose findings are all accepted;
 *   html   one self-contained page (no network resource): counts per check
 *          and severity, then every unit with findings, source and target
 *          side by side with the spans highlighted, and a small inline
 *          script that filters by check and by lowest severity, and keeps
 *          "not a problem" marks (saved as an ignore list, check_ignore.c).
 *
 * Fixed words of the text and HTML reports come from the message bundles.
 */
#include "check/check_int.h"

#include <bitext/errors.h>
#include <bitext/msg.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

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

/* Text for a line of the text report: control characters and line or
 * paragraph separators written as escapes (\n, \t, \r, \u2028 ...), so
 * that a finding stays one line. */
static void text_put(FILE *f, const char *s)
{
	size_t n = strlen(s), i = 0, at;
	int32_t c;

	while (i < n) {
		at = i;
		c = bitext_utf8__next(s, n, &i);
		if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c == '\r')
			fputs("\\r", f);
		else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
			fprintf(f, "\\x%02X", (unsigned)c);
		else if (c == 0x2028 || c == 0x2029 || c < 0)
			fprintf(f, "\\u%04X", (unsigned)(c < 0 ? 0xFFFD : c));
		else
			fwrite(s + at, 1, i - at, f);
	}
}

/* 1 when a character shows nothing on a terminal: white space, controls,
 * format and other default-ignorable characters. */
static int invisible_char(int32_t c)
{
	return u_isUWhiteSpace(c) || u_iscntrl(c) ||
		u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ||
		u_charType(c) == U_SPACE_SEPARATOR;
}

/* A suggestion of invisible characters only (" ", "\n", a no-break
 * space): the characters named, "U+0020 SPACE + U+000A LINE FEED";
 * 0 when the suggestion shows something (it is printed as it is). */
static int name_invisible(bitext_buf *out, const char *s)
{
	size_t n = strlen(s), i = 0;
	int32_t c;
	char name[128];
	UErrorCode st;

	while (i < n)
		if (!invisible_char(bitext_utf8__next(s, n, &i)))
			return 0;
	for (i = 0; i < n; ) {
		c = bitext_utf8__next(s, n, &i);
		st = U_ZERO_ERROR;
		if (u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof(name), &st) <= 0 ||
		    U_FAILURE(st)) {
			st = U_ZERO_ERROR;
			/* controls have no name, only aliases (LINE FEED) */
			if (u_charName(c, U_CHAR_NAME_ALIAS, name, sizeof(name), &st) <= 0 ||
			    U_FAILURE(st))
				snprintf(name, sizeof(name), "%s", c == '\n' ? "LINE FEED" :
					c == '\t' ? "CHARACTER TABULATION" : c == '\r' ?
					"CARRIAGE RETURN" : "");
		}
		bitext_buf_printf(out, "%sU+%04X%s%s", out->size ? " + " : "",
			(unsigned)c, *name ? " " : "", name);
	}
	return 1;
}

#define TEXT_MATCH_CAP 40   /* code points of a match shown in text */

/* A checklist finding's match (target span, else source span), so that a
 * rule's findings in one unit read apart: ` (at “3/5/2024”)`. */
static void text_match(FILE *f, const bitext_checker *c,
	const bitext_finding *x, bitext_buf *s)
{
	const char *t;
	size_t n, i = 0, cp = 0;
	bitext_buf m = BITEXT_BUF_INIT;

	bitext_check__finding_text(c, x, &t, &n);
	while (i < n && cp < TEXT_MATCH_CAP) {
		bitext_utf8__next(t, n, &i);
		cp++;
	}
	bitext_buf_clear(s);
	if (n && bitext_buf_put(&m, t, i) == 0 &&
	    (i == n || bitext_buf_puts(&m, "…") == 0) &&
	    bitext_msg_format(s, "check_report_match", m.ptr) == 0 && s->ptr) {
		fputs(" (", f);
		text_put(f, s->ptr);
		fputc(')', f);
	}
	bitext_buf_dispose(&m);
}

static int report_text(const bitext_checker *c, FILE *f, const char *name)
{
	bitext_buf b = BITEXT_BUF_INIT, s = BITEXT_BUF_INIT;
	size_t i;
	static const char *const sev_keys[] = { "check_sev_off", "check_sev_info",
		"check_sev_warning", "check_sev_error" };

	for (i = 0; i < c->nskips; i++) {
		bitext_buf_clear(&s);
		bitext_msg_format(&s, "check_report_not_run",
			bitext_check_name(c->skips[i].check), c->skips[i].reason);
		fprintf(f, "%s: %s\n", name, s.ptr ? s.ptr : c->skips[i].reason);
	}
	for (i = 0; i < c->nfindings; i++) {
		const bitext_finding *x = &c->findings[i];
		fprintf(f, "%s:", name);
		unit_label(f, &c->units[x->unit], x->unit, 0);
		fprintf(f, ": %s: [%s%s%s] ", msg(&b, sev_keys[x->severity]),
			bitext_check_name(x->check), x->rule ? ":" : "",
			x->rule ? x->rule : "");
		text_put(f, x->message);
		if (x->suggestion && *x->suggestion) {
			bitext_buf_clear(&b);
			name_invisible(&b, x->suggestion);
			bitext_buf_clear(&s);
			bitext_msg_format(&s, "check_report_suggestion",
				b.size ? b.ptr : x->suggestion);
			fputs(" (", f);
			text_put(f, s.ptr ? s.ptr : x->suggestion);
			fputc(')', f);
		}
		if (x->check == BITEXT_CHECK_CHECKLIST)
			text_match(f, c, x, &s);
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

	/* checks that did not run: a record of their own, before the findings */
	for (i = 0; i < c->nskips; i++) {
		fprintf(f, "{\"not_run\": \"%s\", \"reason\": ",
			bitext_check_name(c->skips[i].check));
		error |= json_str(f, c->skips[i].reason) < 0;
		fputs(", \"package\": ", f);
		if (c->skips[i].package)
			error |= json_str(f, c->skips[i].package) < 0;
		else
			fputs("null", f);
		fputs("}\n", f);
	}
	for (i = 0; i < c->nfindings; i++) {
		const bitext_finding *x = &c->findings[i];
		fputs("{\"unit\": ", f);
		error |= unit_label(f, &c->units[x->unit], x->unit, 1) < 0;
		fprintf(f, ", \"check\": \"%s\", ", bitext_check_name(x->check));
		if (x->rule) {
			fputs("\"rule\": ", f);
			error |= json_str(f, x->rule) < 0;
			fputs(", ", f);
		}
		fprintf(f, "\"severity\": \"%s\", \"message\": ",
			bitext_severity_name(x->severity));
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

/*
 * The page's script: filters by check and lowest severity; "not a
 * problem" marks, by mouse (each finding's button) and keyboard (j/k move
 * between the findings shown, n marks or unmarks, s saves), kept in the
 * browser's local storage under the report's name so that a reload keeps
 * them; Save downloads them as an ignore list (check_ignore.c), each
 * finding's line being its data-key.
 */
static const char report_script[] =
	"(function(){\n"
	"var $=function(i){return document.getElementById(i);};\n"
	"var fc=$('fcheck'),fs=$('fsev'),hide=$('hidenp'),name=document.body.dataset.name;\n"
	"var store='bitext-check:'+name,marks={};\n"
	"var items=[].slice.call(document.querySelectorAll('li.finding'));\n"
	"try{(JSON.parse(localStorage.getItem(store))||[]).forEach(function(k){marks[k]=1;});}catch(e){}\n"
	"function keep(){try{localStorage.setItem(store,JSON.stringify(Object.keys(marks)));}catch(e){}}\n"
	"function show(li){var m=!!marks[li.dataset.key];li.classList.toggle('marked',m);\n"
	" li.querySelector('button.np').setAttribute('aria-pressed',m?'true':'false');}\n"
	"function apply(){var c=fc.value,s=+fs.value,h=hide.checked,n=0,k=0;\n"
	" items.forEach(function(li){show(li);if(marks[li.dataset.key])k++;});\n"
	" document.querySelectorAll('.unit').forEach(function(u){var any=0;\n"
	"  u.querySelectorAll('.finding').forEach(function(li){\n"
	"   var ok=(!c||li.dataset.check===c)&&(+li.dataset.sev>=s)&&!(h&&marks[li.dataset.key]);\n"
	"   li.classList.toggle('hidden',!ok);if(ok){any=1;n++;}});\n"
	"  u.classList.toggle('hidden',!any);});\n"
	" $('shown').textContent=n;\n"
	" $('npcount').textContent=$('npcount').dataset.pattern.replace('#',k);}\n"
	"function toggle(li){var key=li.dataset.key;if(marks[key])delete marks[key];else marks[key]=1;\n"
	" keep();apply();}\n"
	"function shown(){return items.filter(function(li){return !li.classList.contains('hidden');});}\n"
	"function move(d){var v=shown(),i=v.indexOf(document.activeElement);\n"
	" if(!v.length)return;i=i<0?(d>0?0:v.length-1):Math.max(0,Math.min(v.length-1,i+d));\n"
	" v[i].focus();v[i].scrollIntoView({block:'nearest'});}\n"
	"function save(){var seen={},lines=['# bitext ignore'];\n"
	" items.forEach(function(li){var k=li.dataset.key;if(marks[k]&&!seen[k]){seen[k]=1;lines.push(k);}});\n"
	" Object.keys(marks).forEach(function(k){if(!seen[k]){seen[k]=1;lines.push(k);}});\n"
	" var a=document.createElement('a'),base=name.replace(/^.*[\\/]/,'')||'report';\n"
	" a.href=URL.createObjectURL(new Blob([lines.join('\\n')+'\\n'],{type:'text/plain'}));\n"
	" a.download=base+'.ignore';document.body.appendChild(a);a.click();a.remove();}\n"
	"items.forEach(function(li){li.querySelector('button.np').addEventListener('click',function(e){\n"
	" e.stopPropagation();li.focus();toggle(li);});\n"
	" li.addEventListener('click',function(){li.focus();});});\n"
	"document.addEventListener('keydown',function(e){\n"
	" if(e.ctrlKey||e.metaKey||e.altKey||/^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName))return;\n"
	" var li=document.activeElement&&document.activeElement.closest?document.activeElement.closest('li.finding'):null;\n"
	" if(e.key==='j'){move(1);e.preventDefault();}\n"
	" else if(e.key==='k'){move(-1);e.preventDefault();}\n"
	" else if(e.key==='n'&&li){toggle(li);e.preventDefault();}\n"
	" else if(e.key==='s'){save();e.preventDefault();}});\n"
	"fc.onchange=apply;fs.onchange=apply;hide.onchange=apply;$('save').onclick=save;apply();\n"
	"})();\n";

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

/* The finding's line of an ignore list, as an attribute value. */
static int html_key(FILE *f, const bitext_checker *c, const bitext_finding *x)
{
	bitext_buf line = BITEXT_BUF_INIT;
	int error = bitext_check__ignore_line(&line, c, x);

	if (!error)
		error = put_escaped(f, bitext_buf_put_xml_attr, line.ptr, line.size);
	bitext_buf_dispose(&line);
	return error;
}

/* The marks' controls: their count (its pattern for the script in a data
 * attribute), Save, the box that hides marked findings, the keys. */
static int html_marks_bar(FILE *f, bitext_buf *b)
{
	int error = 0;

	fputs("<p id=\"marks\"><span id=\"npcount\" data-pattern=\"", f);
	error |= put_escaped(f, bitext_buf_put_xml_attr,
		msg(b, "check_html_np_count"), strlen(msg(b, "check_html_np_count"))) < 0;
	fputs("\"></span> <button type=\"button\" id=\"save\">", f);
	error |= html_cstr(f, msg(b, "check_html_save")) < 0;
	fputs("</button> <label><input type=\"checkbox\" id=\"hidenp\"> ", f);
	error |= html_cstr(f, msg(b, "check_html_hide_np")) < 0;
	fputs("</label></p>\n<p class=\"keys\">", f);
	error |= html_cstr(f, msg(b, "check_html_keys")) < 0;
	fputs("</p>\n", f);
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
		"li.finding:focus{outline:2px solid #1565c0;outline-offset:1px}\n"
		"li.marked{color:#888;text-decoration:line-through}\n"
		"#npcount{margin-right:1em}\n"
		"button.np{font-size:80%;margin-right:6px}\n"
		"li.marked button.np{background:#c8e6c9}\n"
		".keys{color:#555;font-size:90%}\n"
		".not-run{color:#e65100}\n"
		"</style></head><body data-name=\"", f);
	error |= put_escaped(f, bitext_buf_put_xml_attr, name, strlen(name)) < 0;
	fputs("\">\n<h1>", f);
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
	fputs("</p>\n", f);
	for (i = 0; i < c->nskips; i++) {
		bitext_buf_clear(&b);
		bitext_msg_format(&b, "check_report_not_run",
			bitext_check_name(c->skips[i].check), c->skips[i].reason);
		fputs("<p class=\"not-run\">", f);
		error |= html_cstr(f, b.ptr ? b.ptr : c->skips[i].reason) < 0;
		fputs("</p>\n", f);
	}
	fputs("<h2>", f);
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
	fputs("</select></label> <span id=\"shown\"></span></p>\n", f);
	error |= html_marks_bar(f, &b);
	fputs("<div id=\"units\">\n", f);
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
			fprintf(f, "<li class=\"finding\" tabindex=\"-1\" data-check=\"%s\" "
				"data-sev=\"%d\" data-key=\"", bitext_check_name(x->check),
				(int)x->severity);
			error |= html_key(f, c, x) < 0;
			fputs("\"><button type=\"button\" class=\"np\" "
				"aria-pressed=\"false\">", f);
			error |= html_cstr(f, msg(&b, "check_html_np")) < 0;
			fprintf(f, "</button> <span class=\"sev %s\">",
				bitext_severity_name(x->severity));
			error |= html_cstr(f, msg(&b, sev_keys[x->severity])) < 0;
			fprintf(f, "</span> <span class=\"chk\">[%s%s",
				bitext_check_name(x->check), x->rule ? ":" : "");
			if (x->rule)
				error |= html_cstr(f, x->rule) < 0;
			fputs("]</span> ", f);
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
	fputs("</div>\n<script>\n", f);
	fputs(report_script, f);
	fputs("</script>\n</body></html>\n", f);
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

	if (!strcmp(name, "json"))   /* JSON Lines by its other name */
		name = "jsonl";
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
