# 2-2: two sentences whose boundary moved in translation link as one
# group; two independent 1-1 pairs side by side, one translation long and
# the next short, stay two 1-1 links from English to German (their lengths
# fit a 2-2 better; before, they were joined). English-German, FreeDict.
. tests/cli/lib.sh
cat >"$T/d.en" <<'X'
The train left Berlin at noon.
My brother and I sat by the window and ate apples, bread and cheese from my mother's basket.
The conductor came and checked our tickets twice.
We arrived in Hamburg in the evening.
It was raining.
X
cat >"$T/d.de" <<'X'
Der Zug verließ Berlin am Mittag.
Mein Bruder und ich saßen am Fenster.
Wir aßen Äpfel, Brot und Käse aus dem Korb meiner Mutter, und der Schaffner kam und kontrollierte zweimal unsere Fahrkarten.
Am Abend kamen wir in Hamburg an.
Es regnete.
X
run align --segmented --src-lang en --tgt-lang de "$T/d.en" "$T/d.de"
expect_rc 0
expect_out_is '0:0
1,2:1,2
3:3
4:4'
run align --segmented --src-lang de --tgt-lang en "$T/d.de" "$T/d.en"
expect_rc 0
expect_out_is '0:0
1,2:1,2
3:3
4:4'
cat >"$T/j.en" <<'X'
The cat slept.
The old fisherman repaired his nets on the beach every afternoon while the gulls circled above.
The sun went down behind the hills.
A boy brought him tea.
In the harbour the lights came on one after another.
X
cat >"$T/j.de" <<'X'
Die Katze schlief auf dem warmen Sofa.
Der alte Fischer flickte am Strand seine Netze.
Die Sonne ging hinter den Hügeln unter, und der Himmel wurde rot.
Ein Junge brachte ihm Tee.
Im Hafen gingen die Lichter an.
X
run align --segmented --src-lang en --tgt-lang de "$T/j.en" "$T/j.de"
expect_rc 0
expect_out_is '0:0
1:1
2:2
3:3
4:4'
# (German to English, they are still joined as 0,1:0,1: the 2-2's cost
# for having no evidence across its diagonal is set low, as a true 2-2 of
# Japanese news has none the aligner can read)
# the lengths alone do not give five 1-1 links: the words do
run align --segmented --src-lang en --tgt-lang de --no-default-dict \
	--no-anchors --no-second-pass "$T/j.en" "$T/j.de"
expect_rc 0
grep -qx '0:0' "$T/out" && grep -qx '1:1' "$T/out" &&
	{ cat "$T/out"; fail "length alone found the pairs"; }
exit 0
