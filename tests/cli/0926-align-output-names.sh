# What align writes names a text given by an absolute path by its file
# name alone, not by where it sits on this machine: XLIFF original=, TMX
# x-document and the review page carry no folders; the review page's title
# names both files
. tests/cli/lib.sh
mkdir -p "$T/jobs/kim"
printf 'Hello there. How are you?\n' > "$T/jobs/kim/letter.en.txt"
printf 'Hallo. Wie geht es dir?\n' > "$T/jobs/kim/letter.de.txt"
for fmt in xliff xliff2 tmx html; do
	run align "$T/jobs/kim/letter.en.txt" "$T/jobs/kim/letter.de.txt" \
		--src-lang en --tgt-lang de --format "$fmt" -o "$T/out.$fmt"
	expect_rc 0
	grep -q "jobs/kim" "$T/out.$fmt" && fail "$fmt output holds the folders of the texts"
	grep -q "letter.en.txt" "$T/out.$fmt" || fail "$fmt output does not name the source file"
done
grep -q 'original="letter.en.txt"' "$T/out.xliff" || fail "XLIFF original= is not the file name"
grep -q '<title>[^<]*letter.en.txt[^<]*letter.de.txt' "$T/out.html" ||
	{ grep -o '<title>[^<]*' "$T/out.html"; fail "the review page's title does not name the files"; }
# a relative path is written as given
cd "$T" || fail "cd"
"$BITEXT" align jobs/kim/letter.en.txt jobs/kim/letter.de.txt --src-lang en --tgt-lang de \
	--format xliff -o rel.xlf 2>/dev/null || fail "align with relative paths"
grep -q 'original="jobs/kim/letter.en.txt"' rel.xlf || fail "a relative path not written as given"
