# omissions: a sentence the translation dropped is found (1-0), in either
# direction (0-1), where lengths alone would merge it with a neighbour; and
# loose translations with no word in common are linked, not reported as
# omitted. English-German, FreeDict.
. tests/cli/lib.sh
cat >"$T/h.en" <<'X'
The ship left the harbour of Lisbon in March.
For three weeks the sea was calm.
Then a storm broke the main mast.
The sailors repaired it with wood from the cargo.
The captain wrote every evening in his diary.
In May they saw the coast of Brazil.
X
cat >"$T/h.de" <<'X'
Das Schiff verließ im März den Hafen von Lissabon.
Drei Wochen lang war das Meer ruhig.
Dann zerbrach ein Sturm den Hauptmast.
Der Kapitän schrieb jeden Abend in sein Tagebuch.
Im Mai sahen sie die Küste Brasiliens.
X
run align --segmented --src-lang en --tgt-lang de "$T/h.en" "$T/h.de"
expect_rc 0
expect_out_is '0:0
1:1
2:2
3:
4:3
5:4'
run align --segmented --src-lang de --tgt-lang en -f tsv "$T/h.de" "$T/h.en"
expect_rc 0
grep -q '^	The sailors repaired it with wood from the cargo\.	0-1	' "$T/out" ||
	{ cat "$T/out"; fail "0-1 row of the TSV"; }
# without the dictionary nothing tells which sentence went missing
run align --segmented --src-lang en --tgt-lang de --no-default-dict \
	"$T/h.en" "$T/h.de"
expect_rc 0
! grep -qx '3:' "$T/out" || { cat "$T/out"; fail "found without words?"; }
cat >"$T/k.en" <<'X'
The ship left the harbour of Lisbon in March.
For three weeks the sea was calm.
Nobody on board had expected that.
Then a storm broke the main mast.
The sailors repaired it with wood from the cargo.
It took them four days.
In May they saw the coast of Brazil.
X
cat >"$T/k.de" <<'X'
Das Schiff verließ im März den Hafen von Lissabon.
Drei Wochen lang war das Meer ruhig.
Damit hatte an Bord niemand gerechnet.
Dann zerbrach ein Sturm den Hauptmast.
Die Matrosen reparierten ihn mit Holz aus der Ladung.
Dafür brauchten sie vier Tage.
Im Mai sahen sie die Küste Brasiliens.
X
for dir in "en de" "de en"; do
	set -- $dir
	run align --segmented --src-lang $1 --tgt-lang $2 "$T/k.$1" "$T/k.$2"
	expect_rc 0
	expect_out_is '0:0
1:1
2:2
3:3
4:4
5:5
6:6'
done
exit 0
