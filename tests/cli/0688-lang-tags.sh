#!/bin/sh
# Language tags are validated and made canonical wherever they come in: every
# --src-lang/--tgt-lang/--lang/--langs of every command, a job's languages,
# the header row of a TSV file. What is not BCP 47 is refused with a hint:
# a language name (english, Korean, 한국어), a country code (kr, JP, cn), a
# POSIX locale (en_US.UTF-8). Canonical forms are written (KOR -> ko).
. tests/cli/lib.sh
d=tests/data/align
bad=0
# each case: command, option, value, expected hint
while IFS='|' read -r cmd opt val hint; do
	case $cmd in
	align) set -- align --segmented $d/news.ko.seg $d/news.en.seg --format tmx -o "$T/o.tmx" "$opt" "$val" ;;
	check) set -- check "$opt" "$val" $d/news.ko.seg $d/news.en.seg ;;
	segment) set -- segment "$opt" "$val" $d/news.en.seg ;;
	terms) set -- terms list "$opt" "$val" corpora/ko-en/terms.tbx ;;
	tmx) set -- tmx convert "$opt" "$val" corpora/ko-en/terms.tsv -o "$T/o.tmx" ;;
	esac
	rm -f "$T/o.tmx"
	run "$@"
	if [ "$rc" -ne 2 ] || ! grep -qF "did you mean $hint?" "$T/err" || [ -e "$T/o.tmx" ]; then
		echo "$cmd $opt $val: exit $rc: $(cat "$T/err")"
		bad=$((bad + 1))
	fi
done <<'CASES'
align|--tgt-lang|english|en
align|--src-lang|kr|ko
align|--src-lang|KR|ko
align|--src-lang|jp|ja
align|--src-lang|한국어|ko
align|--tgt-lang|en_US.UTF-8|en-US
check|--src-lang|Korean|ko
check|--tgt-lang|cn|zh
segment|--lang|english|en
segment|--lang|deutsch|de
terms|--src-lang|kr|ko
check|-l|japanese|ja
CASES
[ "$bad" -eq 0 ] || fail "$bad of 12 bad tags were not refused with their hint"
# a tag that is none at all: refused without a hint
run check -l xx $d/news.ko.seg $d/news.en.seg
expect_rc 2
expect_err_has "'xx' is not a language tag"
# valid tags pass and are written canonical; Kanuri with a region is Kanuri
run align --segmented $d/news.ko.seg $d/news.en.seg --src-lang KOR --tgt-lang en_us --format tmx -o "$T/o.tmx"
expect_rc 0
grep -q 'xml:lang="en-US"' "$T/o.tmx" || fail "en_us not written en-US"
grep -q 'xml:lang="ko' "$T/o.tmx" || fail "KOR not written ko"
run segment --lang kr-NG $d/news.en.seg
expect_rc 0
# a job of the streaming worker with a language name: an error record
printf '{"id":"j","src_text":"정부가 발표했다.","tgt_text":"It said so.","src_lang":"korean","tgt_lang":"en"}\n' > "$T/jobs"
run align --jobs "$T/jobs"
expect_out_has 'did you mean ko?'
# the header row of a TSV file: check and tmx convert
printf 'kr\ten\n정부\tgovernment\n' > "$T/h.tsv"
run check "$T/h.tsv"
expect_rc 65
expect_err_has "h.tsv:1"
expect_err_has "did you mean ko?"
printf 'english\tkorean\n정부\tgovernment\n' > "$T/h2.tsv"
run tmx convert "$T/h2.tsv" -o "$T/h2.tmx"
expect_rc 65
expect_err_has "did you mean en?"
# a header row of data stays data
printf 'OK\tYes\n정부\tgovernment\n' > "$T/h3.tsv"
run check -s ko -l en "$T/h3.tsv"
[ "$rc" -le 1 ] || fail "a row of data taken for a bad header (exit $rc)"
# tmx validate flags the tags with their lines
cat > "$T/v.tmx" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="kr" datatype="plaintext" segtype="sentence"
 adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="kr"><seg>정부</seg></tuv><tuv xml:lang="english"><seg>government</seg></tuv></tu>
</body></tmx>
X
run tmx validate "$T/v.tmx"
expect_rc 1
expect_out_has "v.tmx:3:1: 'kr' (srclang)"
expect_out_has "v.tmx:4:1: 'english' (xml:lang)"
exit 0
