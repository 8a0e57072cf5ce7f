#!/bin/sh
# The languages of a termbase (a TBX langSet's xml:lang, a glossary's
# "# bitext-glossary SRC TGT" line) are language tags like every other:
# a command that uses the termbase (check --terms, align --terms, terms list,
# terms extract --known) refuses one it reads that is not, with the file, the line and
# the hint (exit 65); terms check, the validator, lists it and goes on.
. tests/cli/lib.sh
cat > "$T/t.tbx" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="1"><langSet xml:lang="ko"><tig><term>정부</term></tig></langSet><langSet xml:lang="en"><tig><term>government</term></tig></langSet></termEntry>
<termEntry id="2"><langSet xml:lang="korean"><tig><term>국회</term></tig></langSet><langSet xml:lang="en"><tig><term>National Assembly</term></tig></langSet></termEntry>
</body></text></martif>
X
printf 'ko\ten\n정부가 발표했다.\tThe government announced it.\n' > "$T/u.tsv"
printf '정부가 발표했다.\n' > "$T/s.ko"
printf 'The government announced it.\n' > "$T/s.en"
printf '# bitext-glossary kr en\n정부\tgovernment\n' > "$T/g.tsv"
bad=0
for cmd in "check --terms $T/t.tbx $T/u.tsv" "terms list $T/t.tbx" \
	"align --terms $T/t.tbx --tgt-lang en $T/s.ko $T/s.en" \
	"terms list $T/g.tsv"; do
	run $cmd
	case $cmd in *g.tsv*) want="g.tsv:1: 'kr' is not a BCP 47 language tag: did you mean ko?" ;;
	*) want="t.tbx:4: 'korean' is not a BCP 47 language tag: did you mean ko?" ;; esac
	if [ "$rc" -ne 65 ] || ! grep -qF "$want" "$T/err"; then
		echo "$cmd: exit $rc: $(cat "$T/err")"
		bad=$((bad + 1))
	fi
done
[ "$bad" -eq 0 ] || fail "$bad of 4 commands took a termbase's bad language"
# languages given to the command win over a glossary's line, which is unused
run check --terms "$T/g.tsv" "$T/u.tsv"
expect_rc 0
# terms check lists it, with the others
run terms check "$T/t.tbx"
expect_rc 1
expect_out_has "unknown language 'korean'"
# good tags pass, canonical
sed 's/"korean"/"KO_kr"/' "$T/t.tbx" > "$T/ok.tbx"
run check --terms "$T/ok.tbx" "$T/u.tsv"
expect_rc 0
run terms list "$T/ok.tbx"
expect_rc 0
expect_out_has "국회	National Assembly"
exit 0
