#!/bin/sh
# A word repeated with another case is not a typo when the capital carries
# meaning (German formal "Sie sie", a name): only a repeat in the same case,
# or one whose capital comes from the start of a sentence ("The the"), is.
# English's legitimate repeats ("that that", "had had") stay silent, and so
# does a repeat the source has too.
. tests/cli/lib.sh
printf 'en\tde\nClose it.\tSchließen Sie sie.\nGive it to them.\tGeben Sie sie ihnen.\nOpen the file.\tÖffnen Sie die die Datei.\nThe file is open.\tDie die Datei ist offen.\nType "the the" here.\tGeben Sie „the the“ hier ein.\n' > "$T/de.tsv"
run check "$T/de.tsv"
grep '\[repeated\]' "$T/out" > "$T/rep"
grep -q 'unit 1:\|unit 2:' "$T/rep" && { cat "$T/rep"; fail "Sie sie reported"; }
grep -q 'unit 3: .*die die' "$T/rep" || { cat "$T/out"; fail "die die not reported"; }
grep -q 'unit 4: .*Die die' "$T/rep" || { cat "$T/out"; fail "sentence-initial Die die not reported"; }
grep -q 'unit 5: .*in the target' "$T/rep" && { cat "$T/rep"; fail "a repeat the source has too reported"; }
[ "$(grep -c 'in the target' "$T/rep")" -eq 2 ] || { cat "$T/rep"; fail "2 repeated-word findings expected"; }
printf 'de\ten\nEr sagte, dass das gut war.\tHe said that that was fine.\nSie hatte es gehabt.\tShe had had it.\nIch sah die Katze.\tI saw the the cat.\nDie Katze schlief.\tThe the cat slept.\nWill kommt morgen.\tWill will come tomorrow.\n' > "$T/en.tsv"
run check "$T/en.tsv"
grep '\[repeated\]' "$T/out" > "$T/rep"
grep -q 'unit 1:\|unit 2:' "$T/rep" && { cat "$T/rep"; fail "that that / had had reported"; }
grep -q 'unit 3: .*the the' "$T/rep" || { cat "$T/out"; fail "the the not reported"; }
grep -q 'unit 4: .*The the' "$T/rep" || { cat "$T/out"; fail "The the at the start not reported"; }
# a word twice with a column gap between is layout, not a typo; German's
# relative pronoun before the same article is grammar
printf 'en\tde\n  -f FILE     FILE to read\t  -f DATEI    DATEI, die gelesen wird\nFiles that hold the patterns\tDateien, die die Muster enthalten\n' > "$T/gap.tsv"
run check "$T/gap.tsv"
grep -q '\[repeated\]' "$T/out" && { cat "$T/out"; fail "a column gap or die die reported"; }
exit 0
