#!/bin/sh
# check SOURCE TARGET links sentences exactly as align SOURCE TARGET does with
# the same options: the default dictionary of the pair, --terms as anchors,
# --no-default-dict, --segmented. Each finding of the report is read back
# against align's link of the same number: the unit count equals the link
# count and the text a finding's source span covers is the text the finding
# quotes, in that link's source.
. tests/cli/lib.sh
command -v python3 >/dev/null || skip "no python3"
d=corpora/ko-en
cat > "$T/agree.py" <<'PY'
import json, re, sys
links = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
finds = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
units = int(sys.argv[3])
if units != len(links):
    sys.exit("check made %d units, align %d links" % (units, len(links)))
seen = 0
for f in finds:
    sp, q = f.get("source_span"), re.search("\u201c(.*?)\u201d", f["message"])
    if not sp or not q or f["check"] != "number":
        continue
    src = links[f["unit"] - 1]["source"]
    if src[sp[0]:sp[1]] != q.group(1):
        sys.exit("unit %d: span %s is %r in align's link, the finding quotes %r"
                 % (f["unit"], sp, src[sp[0]:sp[1]], q.group(1)))
    seen += 1
print(seen)
PY
compared=0
# pairs where the default dictionary moves links (and one where terms do)
for p in 06-typhoon-noul 07-court-embezzlement 13-fine-dust-advisory; do
	for opts in "" "--no-default-dict" "--terms $d/terms.tbx" \
	    "--segmented --no-default-dict" "--segmented"; do
		ext=txt
		case "$opts" in --segmented*) ext=seg ;; esac
		# shellcheck disable=SC2086
		"$BITEXT" align $opts --tgt-lang en -f jsonl $d/$p.ko.$ext \
			$d/$p.en.$ext > "$T/links" 2>"$T/err" ||
			{ cat "$T/err"; fail "align $opts $p"; }
		# shellcheck disable=SC2086
		run check $opts -l en --fail-on info -f jsonl $d/$p.ko.$ext $d/$p.en.$ext
		[ "$rc" -le 1 ] || { cat "$T/err"; fail "check $opts $p: exit $rc"; }
		units=$(sed -n 's/.*: \([0-9]*\) units checked.*/\1/p' "$T/err")
		seen=$(python3 "$T/agree.py" "$T/links" "$T/out" "${units:-0}") ||
			fail "$p with '$opts': check and align disagree: $seen"
		compared=$((compared + seen))
	done
done
# a clean pair may have no number finding; the pairs together must have some
[ "$compared" -gt 0 ] || fail "no finding with a source span to compare"
# a CSV glossary as --terms: the termbase of check and the anchors of the
# alignment both read it (it has no tab: it is no TSV dictionary)
printf '정부,government\n북한,North Korea\n' > "$T/g.csv"
printf '북한이 미사일을 발사했다.\n' > "$T/s.txt"
printf 'North Korea fired a missile.\n' > "$T/t.txt"
run check --terms "$T/g.csv" -s ko -l en "$T/s.txt" "$T/t.txt"
[ "$rc" -le 1 ] || { cat "$T/err"; fail "check --terms FILE.csv on two texts: exit $rc"; }
run align --terms "$T/g.csv" --src-lang ko --tgt-lang en "$T/s.txt" "$T/t.txt"
expect_rc 0
expect_err_has "g.csv: 2 entries"
exit 0
