#!/bin/sh
# A check that cannot run is said, not skipped in silence: spelling without
# a hunspell dictionary for the language (with the Debian package that has
# one), terminology and forbidden terms when the termbase has no term in a
# language of the memory. Once on stderr, and in the report: a line of the
# text report, a record of the JSON Lines report, a paragraph of the HTML
# page. Nothing is said when every check ran.
. tests/cli/lib.sh
[ -e /usr/share/hunspell/it_IT.dic ] && skip "hunspell-it is installed here"
printf 'ko\tit\n정부가 발표했다.\tIl governo lo ha annunciato.\n' > "$T/it.tsv"
run check "$T/it.tsv"
expect_rc 0
expect_err_has "not run: [spelling] no hunspell dictionary for it"
expect_err_has "hunspell-it"
[ "$(grep -c 'not run' "$T/err")" -eq 1 ] || fail "said more than once"
expect_out_has "it.tsv: not run: [spelling]"
run check -f jsonl "$T/it.tsv"
expect_out_has '"not_run": "spelling"'
expect_out_has '"package": "hunspell-it"'
run check -f html -o "$T/r.html" "$T/it.tsv"
grep -q 'class="not-run"' "$T/r.html" || fail "the HTML report does not say it"
grep -q 'hunspell-it' "$T/r.html" || fail "the HTML report does not name the package"
# a language no Debian package has a hunspell dictionary for (Finnish):
# no package named
printf 'ko\tfi\n정부가 발표했다.\tHallitus ilmoitti siitä.\n' > "$T/fi.tsv"
run check "$T/fi.tsv"
expect_err_has "not run: [spelling] no hunspell dictionary for fi"
grep -q 'hunspell-fi' "$T/err" && fail "a package that does not exist named"
# a termbase without the memory's target language
cat > "$T/g.tbx" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="c1">
<langSec xml:lang="ko"><termSec><term>정부</term></termSec></langSec>
<langSec xml:lang="de"><termSec><term>Regierung</term></termSec></langSec>
</conceptEntry></body></text></tbx>
X
printf 'ko\ten\n정부가 발표했다.\tThe government announced it.\n' > "$T/en.tsv"
run check --terms "$T/g.tbx" "$T/en.tsv"
expect_err_has "not run: [terminology]"
expect_err_has "no term in en"
# every check ran: nothing said
run check --terms corpora/ko-en/terms.tbx "$T/en.tsv"
grep -q 'not run' "$T/err" "$T/out" && fail "not run said when every check ran"
exit 0
