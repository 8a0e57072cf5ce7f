/*
 * tbx_write.c - a termbase written as TBX-Basic (bitext_termbase_write_tbx)
 * in the TBX core structure of ISO 30042:2019: <tbx type="TBX-Basic"
 * style="dca"> with a <tbxHeader>, then text/body/conceptEntry/langSec/
 * termSec/term. Each term's status is an administrativeStatus termNote
 * (preferredTerm-, admittedTerm-, deprecatedTerm-admn-sts; TBX has no
 * forbidden status, so a forbidden term is deprecated with a note that
 * starts "forbidden:", the convention of corpora/ko-en/terms.tbx); its note
 * is a <note>. The reader of termbase.c reads it back.
 */
#include <bitext/termbase.h>
#include <bitext/errors.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *tbx_status(bitext_term_status s)
{
	switch (s) {
	case BITEXT_TERM_PREFERRED: return "preferredTerm-admn-sts";
	case BITEXT_TERM_DEPRECATED:
	case BITEXT_TERM_FORBIDDEN: return "deprecatedTerm-admn-sts";
	default: return "admittedTerm-admn-sts";
	}
}

/* One <termSec>. */
static int tbx_term(bitext_buf *b, const bitext_term *t)
{
	const char *note = t->note ? t->note : "";
	int forbidden = t->status == BITEXT_TERM_FORBIDDEN &&
		strncmp(note, "forbidden", 9);

	bitext_buf_puts(b, "          <termSec>\n            <term>");
	bitext_buf_put_xml_text(b, t->text, strlen(t->text));
	bitext_buf_printf(b, "</term>\n            <termNote type=\"administrativeStatus\">"
		"%s</termNote>\n", tbx_status(t->status));
	if (*note || forbidden) {
		bitext_buf_puts(b, "            <note>");
		if (forbidden)
			bitext_buf_puts(b, *note ? "forbidden: " : "forbidden");
		bitext_buf_put_xml_text(b, note, strlen(note));
		bitext_buf_puts(b, "</note>\n");
	}
	return bitext_buf_puts(b, "          </termSec>\n") < 0 ? -1 : 0;
}

/* One <conceptEntry>: a <langSec> per run of terms of one language. */
static int tbx_concept(bitext_buf *b, const bitext_termbase *tb, size_t i)
{
	const bitext_concept *c = bitext_termbase_concept(tb, i);
	const bitext_term *t, *prev = NULL;
	char id[32];
	size_t k;

	snprintf(id, sizeof(id), "c%zu", i + 1);
	bitext_buf_puts(b, "      <conceptEntry id=\"");
	if (c->id && *c->id)
		bitext_buf_put_xml_attr(b, c->id, strlen(c->id));
	else
		bitext_buf_puts(b, id);
	bitext_buf_puts(b, "\">\n");
	for (k = 0; k < c->nterms; k++) {
		t = bitext_termbase_term(tb, c->first_term + k);
		if (!prev || strcmp(prev->lang, t->lang)) {
			if (prev)
				bitext_buf_puts(b, "        </langSec>\n");
			bitext_buf_puts(b, "        <langSec xml:lang=\"");
			bitext_buf_put_xml_attr(b, t->lang, strlen(t->lang));
			bitext_buf_puts(b, "\">\n");
		}
		if (tbx_term(b, t) < 0)
			return -1;
		prev = t;
	}
	if (prev)
		bitext_buf_puts(b, "        </langSec>\n");
	return bitext_buf_puts(b, "      </conceptEntry>\n") < 0 ? -1 : 0;
}

int bitext_termbase_write_tbx(FILE *f, const bitext_termbase *tb,
	const char *title)
{
	bitext_buf b = BITEXT_BUF_INIT;
	size_t i, n = bitext_termbase_concept_count(tb);
	int error = 0;

	bitext_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
		"xmlns=\"urn:iso:std:iso:30042:ed-2\">\n  <tbxHeader>\n    <fileDesc>\n"
		"      <titleStmt><title>");
	title = title ? title : "bitext termbase";
	bitext_buf_put_xml_text(&b, title, strlen(title));
	bitext_buf_puts(&b, "</title></titleStmt>\n      <sourceDesc><p>written by "
		"bitext</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
		"  <text>\n    <body>\n");
	for (i = 0; i <= n && error == 0; i++) {
		if (i == n)
			bitext_buf_puts(&b, "    </body>\n  </text>\n</tbx>\n");
		else if (bitext_termbase_concept(tb, i)->nterms &&
		    tbx_concept(&b, tb, i) < 0)
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		if (error == 0 && (b.size > 65536 || i == n)) {
			if (fwrite(b.ptr, 1, b.size, f) != b.size)
				error = bitext_error_set(BITEXT_EIO, "err_write", "-",
					strerror(errno), NULL);
			bitext_buf_clear(&b);
		}
	}
	bitext_buf_dispose(&b);
	return error;
}
