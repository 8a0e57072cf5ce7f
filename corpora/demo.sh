#!/bin/sh
# demo.sh BUILD OUT - the whole bitext pipeline on the bundled corpus:
#   segment -> align -> evaluate against the gold links -> TMX -> check,
#   one pair as XLIFF, checked; the pairs in two shards; a Word pair
# Results go under OUT/ (default out/); the last lines say where to look.
set -eu
build=${1:-build}
out=${2:-out}
bitext=$build/bitext
[ -x "$bitext" ] || { echo "demo: $bitext is missing; run make first" >&2; exit 1; }
mkdir -p "$out/seg" "$out/align" "$out/tmx" "$out/gold-seg"
terms=corpora/ko-en/terms.tbx

step() { printf '\n== %s\n' "$*"; }

step "1. Segment: every Korean and English article into sentences"
n=0
for src in corpora/ko-en/*.ko.txt; do
	case $src in *.cp949.txt) continue ;; esac
	base=$(basename "$src" .ko.txt)
	"$bitext" segment --lang ko "$src" -o "$out/seg/$base.ko.seg"
	"$bitext" segment --lang en "corpora/ko-en/$base.en.txt" -o "$out/seg/$base.en.seg"
	n=$((n + 1))
done
echo "$n article pairs -> $out/seg/*.seg"
# the same article, from CP949 bytes (encoding detected) and from HTML pages
cp949=$(ls corpora/ko-en/*.ko.cp949.txt 2>/dev/null | head -n 1)
if [ -n "$cp949" ]; then
	"$bitext" segment "$cp949" -o "$out/seg/cp949-detected.ko.seg"
	utf8=$out/seg/$(basename "$cp949" .ko.cp949.txt).ko.seg
	if cmp -s "$out/seg/cp949-detected.ko.seg" "$utf8"; then
		echo "CP949 copy: detected and decoded; same sentences as the UTF-8 file"
	else
		echo "CP949 copy: sentences differ from the UTF-8 file (see $out/seg/cp949-detected.ko.seg)"
	fi
fi
html=$(ls corpora/ko-en/*.ko.html 2>/dev/null | head -n 1)
if [ -n "$html" ]; then
	"$bitext" segment "$html" -o "$out/seg/html-article.ko.seg"
	echo "HTML page: article text kept, menus and scripts dropped -> $out/seg/html-article.ko.seg"
fi

step "2. Align: each Korean article with its English translation"
for src in corpora/ko-en/*.ko.txt; do
	case $src in *.cp949.txt) continue ;; esac
	base=$(basename "$src" .ko.txt)
	tgt=corpora/ko-en/$base.en.txt
	"$bitext" align "$src" "$tgt" --src-lang ko --tgt-lang en --terms "$terms" \
		-o "$out/align/$base.links"
	"$bitext" align "$src" "$tgt" --src-lang ko --tgt-lang en --terms "$terms" \
		--format html -o "$out/align/$base.html"
	"$bitext" align "$src" "$tgt" --src-lang ko --tgt-lang en --terms "$terms" \
		--format tmx -o "$out/tmx/$base.tmx"
	# the aligner alone, on the hand segmentation the gold links refer to
	# (JSON Lines: the links with their confidence, for the calibration)
	"$bitext" align "corpora/ko-en/$base.ko.seg" "corpora/ko-en/$base.en.seg" \
		--segmented --src-lang ko --tgt-lang en --terms "$terms" \
		--format jsonl -o "$out/gold-seg/$base.jsonl"
done
echo "links -> $out/align/*.links, review pages -> $out/align/*.html"

step "3. Evaluate: the aligner on the hand segmentation against the gold links"
"$bitext" eval --gold-dir corpora/ko-en --pred-dir "$out/gold-seg" --ext .jsonl |
	tee "$out/eval.txt"

step "4. Translation memory: merge, validate, describe"
"$bitext" tmx merge "$out"/tmx/*.tmx -o "$out/corpus.tmx" 2> "$out/merge.log" ||
	{ cat "$out/merge.log"; exit 1; }
"$bitext" tmx validate "$out/corpus.tmx"
"$bitext" tmx stats "$out/corpus.tmx" | tee "$out/stats.txt"

step "5. Check every unit (termbase: $terms)"
set +e
"$bitext" check --terms "$terms" "$out/corpus.tmx" -o "$out/check.txt"
"$bitext" check --terms "$terms" --format html "$out/corpus.tmx" -o "$out/check.html"
set -e
echo "$(wc -l < "$out/check.txt") findings; first ones:"
head -n 8 "$out/check.txt"

step "6. XLIFF: one article pair as a bilingual XLIFF 1.2 file, checked"
pair=$(ls corpora/ko-en/*.ko.txt | grep -v cp949 | head -n 1)
base=$(basename "$pair" .ko.txt)
"$bitext" align "$pair" "corpora/ko-en/$base.en.txt" --src-lang ko --tgt-lang en \
	--terms "$terms" --format xliff -o "$out/$base.xlf"
set +e
"$bitext" check --terms "$terms" "$out/$base.xlf" -o "$out/check-xliff.txt"
set -e
echo "$out/$base.xlf (opens in OmegaT, Okapi and other CAT tools):" \
	"$(grep -c '<trans-unit ' "$out/$base.xlf") units," \
	"$(wc -l < "$out/check-xliff.txt") findings -> $out/check-xliff.txt"

step "7. At corpus scale: the pairs as a manifest, in two shards (as two cluster tasks would), merged"
mkdir -p "$out/shards"
for src in corpora/ko-en/*.ko.seg; do
	base=$(basename "$src" .ko.seg)
	printf '%s\t%s\t%s\n' "$(pwd)/$src" "$(pwd)/corpora/ko-en/$base.en.seg" "$base.tmx"
done > "$out/shards/pairs.tsv"
for k in 0 1; do
	"$bitext" align --batch "$out/shards/pairs.tsv" --segmented --format tmx \
		--src-lang ko --tgt-lang en --shard $k/2 2>&1 | sed "s/^/shard $k\/2: /"
done
ls "$out"/shards/*.tmx > "$out/shards/list.txt"
"$bitext" tmx merge --list "$out/shards/list.txt" -o "$out/shards/corpus.tmx" 2>&1 |
	tail -n 1

step "8. Word: a Korean and an English .docx (corpora/office/) segmented, aligned to TMX with inline codes, checked"
mkdir -p "$out/office"
doc=corpora/office/village-library
for l in ko en; do
	"$bitext" segment --lang $l "$doc.$l.docx" -o "$out/office/village-library.$l.seg"
done
"$bitext" align "$doc.ko.docx" "$doc.en.docx" --src-lang ko --tgt-lang en \
	--format tmx -o "$out/office/village-library.tmx"
set +e
"$bitext" check --src-lang ko --tgt-lang en "$doc.ko.docx" "$doc.en.docx" \
	-o "$out/office/check.txt"
set -e
echo "$out/office/village-library.tmx:" \
	"$(grep -c '<tu[ >]' "$out/office/village-library.tmx") units," \
	"$(grep -c '<seg>.*<bpt ' "$out/office/village-library.tmx") segments with bold, italic or link codes;" \
	"$(wc -l < "$out/office/check.txt") findings -> $out/office/check.txt"

step "Where to look"
cat <<MSG
  $out/seg/          sentences of every article, one a line
  $out/align/*.html  review pages: the links side by side, to correct in a browser
  $out/eval.txt      precision/recall/F1 against the gold links, and the
                    share of right links per confidence band
  $out/corpus.tmx    the translation memory (TMX 1.4b; opens in OmegaT, Trados, memoQ)
  $out/*.xlf         one article pair as XLIFF 1.2, and $out/check-xliff.txt its check
  $out/shards/       the pairs aligned in two shards and merged (doc/scale.md)
  $out/office/       a Word pair: sentences, the TMX with inline codes, its check
  $out/check.html    the check report (open it in a browser); $out/check.txt as text
MSG
# the page to open first: the review page, where a person corrects the links
page=$out/align/02-sony-pictures-hack.html
[ -f "$page" ] || page=$(ls "$out"/align/*.html | head -n 1)
echo "Open $page in a browser to review and correct its links (doc/align.md)."
