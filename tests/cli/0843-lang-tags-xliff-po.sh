#!/bin/sh
# The languages of XLIFF files (source-language, target-language, srcLang,
# trgLang, a <target>'s xml:lang) and PO headers (Language,
# X-Source-Language) are validated and made canonical wherever a memory is
# read, as the tags of TMX files are: tmx convert, tmx merge and check refuse
# what is not BCP 47 with file, line and a hint, and write canonical tags;
# tmx validate reads XLIFF and PO files too and lists such tags. JSON Lines
# variants are held to the same.
. tests/cli/lib.sh
xlf() {   # xlf FILE SOURCE-LANGUAGE TARGET-LANGUAGE
	cat > "$1" <<X
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="$2" target-language="$3" datatype="plaintext"><body>
<trans-unit id="1"><source>정부가 발표했다.</source><target>The government announced it.</target></trans-unit>
<trans-unit id="2"><source>회의는 내일 열린다.</source><target>The meeting is tomorrow.</target></trans-unit>
</body></file></xliff>
X
}
po() {    # po FILE LANGUAGE
	printf '%s\n' 'msgid ""' 'msgstr ""' '"Content-Type: text/plain; charset=UTF-8\n"' \
		"\"Language: $2\\n\"" '' 'msgid "The government announced it."' \
		'msgstr "정부가 발표했다."' > "$1"
}
xlf "$T/bad.xlf" kr english
xlf "$T/ok.xlf" KO_kr en
po "$T/bad.po" korean
po "$T/ok.po" KO
bad=0
# each command refuses the bad files with the file, its line and the hint
for f in bad.xlf bad.po; do
	case $f in *.xlf) line=3; hint=ko ;; *) line=1; hint=ko ;; esac
	for cmd in "tmx convert $T/$f -o $T/o.tmx" "tmx merge $T/$f $T/ok.xlf -o $T/o.tmx" \
		"check $T/$f" "tmx stats $T/$f"; do
		rm -f "$T/o.tmx"
		run $cmd
		if [ "$rc" -ne 65 ] || ! grep -qF "$f:$line:" "$T/err" ||
		    ! grep -qF "did you mean $hint?" "$T/err" || [ -e "$T/o.tmx" ]; then
			echo "$cmd: exit $rc: $(cat "$T/err")"
			bad=$((bad + 1))
		fi
	done
done
[ "$bad" -eq 0 ] || fail "$bad of 8 commands took a bad XLIFF or PO language"
# a tag that is none at all, in a 2.0 file: no hint, the attribute named
cat > "$T/bad2.xlf" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="xx">
<file id="f"><unit id="u1"><segment><source>정부가 발표했다.</source><target>The government announced it.</target></segment></unit></file></xliff>
X
run tmx convert "$T/bad2.xlf" -o "$T/o.tsv"
expect_rc 65
expect_err_has "bad2.xlf:2:"
expect_err_has "'xx' (trgLang) is not a BCP 47 language tag"
# valid tags are written canonical
run tmx convert "$T/ok.xlf" -o "$T/o.tmx"
expect_rc 0
grep -q 'xml:lang="ko-KR"' "$T/o.tmx" || fail "KO_kr not written ko-KR"
run tmx convert "$T/ok.po" -o "$T/o.tsv"
expect_rc 0
head -n 1 "$T/o.tsv" | grep -qx 'en	ko' || { cat "$T/o.tsv"; fail "KO not written ko"; }
run tmx merge "$T/ok.xlf" "$T/ok.po" -o "$T/m.tmx"
expect_rc 0
grep -q 'xml:lang="KO' "$T/m.tmx" && fail "merge wrote a tag as found"
# tmx validate reads XLIFF and PO: the bad tags with their lines, exit 1
run tmx validate "$T/bad.xlf" "$T/bad.po" "$T/bad2.xlf"
expect_rc 1
expect_out_has "bad.xlf:3:"
expect_out_has "'kr' is not a BCP 47 language tag: did you mean ko?"
expect_out_has "'english' is not a BCP 47 language tag: did you mean en?"
expect_out_has "bad.po:1:"
expect_out_has "'korean' is not a BCP 47 language tag: did you mean ko?"
expect_out_has "'xx' (trgLang)"
expect_err_has "bad.xlf: 2 units, 2 problems"
# and passes the good ones
run tmx validate "$T/ok.xlf" "$T/ok.po"
expect_rc 0
expect_err_has "ok.xlf: 2 units, valid"
expect_err_has "ok.po: 1 unit, valid"
# JSON Lines: the lang of each variant
printf '{"tuvs":[{"lang":"ko","text":"정부"},{"lang":"en","text":"government"}]}\n{"tuvs":[{"lang":"ko","text":"회의"},{"lang":"english","text":"meeting"}]}\n' > "$T/m.jsonl"
run tmx convert "$T/m.jsonl" -o "$T/j.tmx"
expect_rc 65
expect_err_has "m.jsonl:2: 'english' is not a BCP 47 language tag: did you mean en?"
# a TMX file's own tags: refused by convert, as by check
cat > "$T/v.tmx" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="sentence"
 adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="ko"><seg>정부</seg></tuv><tuv xml:lang="english"><seg>government</seg></tuv></tu>
</body></tmx>
X
run tmx convert "$T/v.tmx" -o "$T/v.tsv"
expect_rc 65
expect_err_has "v.tmx:4:"
expect_err_has "did you mean en?"
[ -e "$T/v.tsv" ] && fail "a half-written memory"
exit 0
