#!/bin/sh
# seeds.sh OUT - write the seed corpus of every fuzz target into OUT/<target>/,
# made from the files of tests/data and corpora/ (nothing is copied into the
# repository): memories, texts in several encodings, SRX files, termbases,
# profiles, link files, and pairs of texts joined by the byte 0xFF (the
# separator of the check, align and srx targets). Run from anywhere.
# Test files come and go: a missing one costs its seeds (with a message),
# and the script fails only when a target is left without any seed.
set -u
out=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
d=tests/data
sep=$(printf '\377')
mkdir -p "$out"
for t in tmx seg text srx termbase profile checklist check align links tm rows xliff dictd ignore office langtag jobs xliff_fix; do
	rm -rf "$out/$t"
	mkdir -p "$out/$t"
done

# put NAME SELECTOR FILE: FILE behind a first byte (the text target's
# selector: encoding, format, segmentation; see text.c)
put() {
	[ -f "$3" ] || return 0
	{ printf "\\$(printf %o "$2")"; cat "$3"; } > "$out/text/$1"
}
# pair TARGET NAME A B: A, 0xFF, B
pair() {
	[ -f "$3" ] && [ -f "$4" ] || return 0
	{ cat "$3"; printf '%s' "$sep"; cat "$4"; } > "$out/$1/$2"
}
# first GLOB...: the first file that exists
first() {
	for f in "$@"; do [ -f "$f" ] && { echo "$f"; return 0; }; done
	echo /nonexistent
}

# tmx: every memory of the tests; seg: the <seg> contents found in them
for f in $d/tmx/*.tmx $d/check/small.tmx; do
	cp "$f" "$out/tmx/$(basename "$f")"
done
n=0
for f in $d/tmx/*.tmx $d/check/small.tmx; do
	grep -o '<seg>.*</seg>' "$f" 2>/dev/null | sed 's/^<seg>//; s/<\/seg>$//' |
	while IFS= read -r s; do
		n=$((n + 1))
		printf '%s' "$s" > "$out/seg/$(basename "$f" .tmx)-$n"
	done
done

# text (selector byte, text.c): 0 detect + auto format, 128 the same and
# segment, 38 CP949 text, 70 CP949 HTML, 40 Shift_JIS text, 192 HTML and
# segment, 130 UTF-16LE segmented, 67 UTF-16BE HTML
for f in $d/text/*.html "$(first $d/segment/en*.txt)" \
	"$(first $d/segment/ko*.txt)" "$(first $d/segment/ja*.txt)" \
	"$(first $d/segment/zh*.txt)" "$(first $d/segment/ar*.txt)" \
	corpora/ko-en/01-*.seg; do
	put "auto-$(basename "$f")" 0 "$f"
	put "seg-$(basename "$f")" 128 "$f"
done
put cp949-text 38 $d/text/ko-cp949.txt
put cp949-html 70 $d/text/ko-cp949.html
put sjis-text 40 $d/text/ja-sjis.txt
put html-seg 192 $d/text/article.html
# a gzip-compressed text (gzip.c): inflated, then read as any text
gzip -c -n "$(first $d/segment/en*.txt)" > "$out/gz"
put gzip-seg 128 "$out/gz"
rm -f "$out/gz"
if command -v iconv >/dev/null; then
	iconv -f UTF-8 -t UTF-16LE "$(first $d/segment/ko*.txt)" > "$out/u16"
	put utf16le-auto 130 "$out/u16"
	iconv -f UTF-8 -t UTF-16BE $d/text/article.html > "$out/u16"
	put utf16be-html 67 "$out/u16"
	rm -f "$out/u16"
fi

# srx: the bundled and test rules, alone and with a text to split
for f in locales/*/segment.srx $d/segment/*.srx; do
	name=$(echo "$f" | tr / -)
	cp "$f" "$out/srx/$name"
done
pair srx en locales/en/segment.srx "$(first $d/segment/en*.txt)"
pair srx ko locales/ko/segment.srx "$(first $d/segment/ko-endings.txt $d/segment/ko*.txt)"
pair srx okapi-en $d/segment/okapi-style.srx "$(first $d/segment/en*.txt)"
pair srx omegat-ko $d/segment/omegat-style.srx "$(first $d/segment/ko-quotes.txt $d/segment/ko*.txt)"

# termbase: TBX, TSV, CSV glossaries and dictionaries
for f in $d/check/*.tbx $d/check/terms.tsv $d/check/terms.csv \
	$d/align/news.dict.tsv; do
	cp "$f" "$out/termbase/$(basename "$f")"
done
head -n 200 locales/ko/align-en.tsv > "$out/termbase/ko-align-en.tsv"

# profile: the bundled profiles
for f in locales/*/check.profile; do
	cp "$f" "$out/profile/$(echo "$f" | tr / -)"
done

# checklist: the example checklists
for f in $d/check/*.checklist; do
	cp "$f" "$out/checklist/$(basename "$f")"
done

# check: the columns of the planted file side by side, and segmented pairs
for f in $d/check/planted-ko-en.tsv $d/check/clean-ko-en.tsv; do
	b=$(basename "$f" .tsv)
	head -n 150 "$f" | cut -f1 > "$out/col1"
	head -n 150 "$f" | cut -f2 > "$out/col2"
	pair check "$b" "$out/col1" "$out/col2"
done
rm -f "$out/col1" "$out/col2"
pair check news $d/align/news.ko.seg $d/align/news.en.seg
pair check nk corpora/ko-en/01-nk-missile-launch.ko.seg \
	corpora/ko-en/01-nk-missile-launch.en.seg
grep -o '<seg>.*</seg>' $d/tmx/inline14.tmx | sed 's/^<seg>//; s/<\/seg>$//' \
	> "$out/segs"
pair check inline "$out/segs" "$out/segs"
rm -f "$out/segs"

# align: the start of each corpus pair as texts and as segments (aligning
# whole articles under ASan takes seconds an input), and the test documents
n=0
for f in corpora/*/*.gold; do
	b=${f%.gold}
	src=$(basename "$(dirname "$f")" | cut -d- -f1)
	name=$(basename "$b")
	n=$((n + 1))
	if [ $((n % 2)) -eq 0 ] && [ -f "$b.$src.txt" ]; then
		head -n 6 "$b.$src.txt" > "$out/a"
		head -n 6 "$b.en.txt" > "$out/b"
	else
		head -n 12 "$b.$src.seg" > "$out/a"
		head -n 12 "$b.en.seg" > "$out/b"
	fi
	pair align "$name" "$out/a" "$out/b"
done
rm -f "$out/a" "$out/b"
pair align news $d/align/news.ko.seg $d/align/news.en.seg
pair align news-ja $d/align_dict/news.ja.seg $d/align_dict/news-ja.en.seg
{ printf '<p>%s</p>' "$(head -n 3 $d/align/news.ko.seg)"; } > "$out/a"
pair align html "$out/a" $d/align/news.en.seg
rm -f "$out/a"

# links: the gold files, and as the review page saves them (some links
# confirmed, a comment first); the link files of tests/cli 0720-0723
for f in corpora/*/*.gold $d/align/news.gold; do
	cp "$f" "$out/links/$(basename "$f")"
	{ echo '# bitext links'; awk 'NR % 3 == 1 { print $0 "\tconfirmed"; next } { print }' "$f"; } \
		> "$out/links/confirmed-$(basename "$f")"
done
printf '0:0\n1:\tconfirmed\n:1\tconfirmed\n2,3:2,3\n' > "$out/links/omissions"
printf '0:0\n1,2:1\n2:2\n' > "$out/links/overlap"
printf '0:0\n1,3:1\n' > "$out/links/gap"
printf '{"src":[0],"tgt":[0],"confidence":0.97}\n{"src":[1,2],"tgt":[1],"confidence":null}\n{"tgt":[],"src":[3],"confidence":4e-1,"x":{"y":[1]}}\n5:2\n' > "$out/links/jsonl"

# tm: two-column memories, a CSV, and JSON Lines
cp $d/check/terms.csv "$out/tm/terms.csv"
head -n 100 $d/check/planted-ko-en.tsv > "$out/tm/planted.tsv"
printf 'ko\ten\n%s\n' "$(head -n 20 $d/check/clean-ko-en.tsv)" > "$out/tm/clean.tsv"
cat > "$out/tm/units.jsonl" <<'JSONL'
{"tuid":"1","attrs":{"creationdate":"20240101T000000Z"},"props":[{"type":"x-score","value":"0.9"}],"notes":["n"],"tuvs":[{"lang":"ko","text":"안녕","seg":"안녕"},{"lang":"en","text":"Hi <b>","seg":"Hi <ph x=\"1\">&lt;b&gt;</ph>","attrs":{"o-tmf":"x"},"props":[],"notes":[]}]}
{"tuvs":[{"lang":"en","text":"a\tb\u00e9\"\\"},{"lang":"de","text":""}]}
JSONL

cat > "$out/tm/messages.po" <<'PO'
# a translator's comment
msgid ""
msgstr ""
"Language: ko\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: src/main.c:12
#, c-format
msgctxt "menu"
msgid "Open %s"
msgstr "%s 열기"

msgid "one file"
msgid_plural "%d files"
msgstr[0] "파일 %d개"

#, fuzzy
msgid "Quit\tnow"
msgstr "종료"
PO

# ignore: ignore lists, the one of the planted memory's findings (as
# check -f ignore writes it) among them
printf '# bitext ignore\nnumber\t서울 도심 집회에는 경찰 추산 4만7000명이 모였다.\t87,000 people\n' \
	> "$out/ignore/number"
printf 'whitespace\t회의는 오후 3시에\\t열린다.\t .\nnumber\tx\ty\tz\n' > "$out/ignore/escapes"
if [ -x build/bitext ]; then
	BITEXT_DATADIR=build/share/bitext build/bitext check $d/check/planted-ko-en.tsv \
		-f ignore -o "$out/ignore/planted" 2>/dev/null || true
fi

# xliff: the XLIFF files of the tests
for f in $d/xliff/*; do
	cp "$f" "$out/xliff/$(basename "$f")"
done

# dictd: the dictd fixture (index, 0xFF, dictzip text), and a dictzip
# text with its index cut short
{ cat $d/dictd/tiny-deu-eng.index; printf '%s' "$sep"; cat $d/dictd/tiny-deu-eng.dict.dz; } \
	> "$out/dictd/tiny"
{ head -n 5 $d/dictd/tiny-deu-eng.index; printf '%s' "$sep"; cat $d/dictd/tiny-deu-eng.dict.dz; } \
	> "$out/dictd/few"

# office (selector byte, office.c): 0 whole .docx/.odt files; 1 Word's
# document.xml, 2 OpenDocument's content.xml, 3 document.xml 0xFF
# footnotes.xml, 4 document.xml 0xFF styles.xml (stored in a zip there)
# offput NAME SELECTOR FILE...: the selector, then the files joined by 0xFF
offput() {
	o=$out/office/$1 sel=$2
	shift 2
	for f in "$@"; do [ -f "$f" ] || return 0; done
	{ printf "\\$(printf %o "$sel")"; k=0; for f in "$@"; do
		[ $k -eq 0 ] || printf '%s' "$sep"; k=1; cat "$f"; done; } > "$o"
}
for f in corpora/office/*.docx corpora/office/*.odt $d/office/*.docx \
	$d/office/*.odt; do
	offput "whole-$(basename "$f")" 0 "$f"
done
if command -v unzip >/dev/null; then
	for f in corpora/office/*.en.docx $d/office/features.docx; do
		b=$(basename "$f" .docx)
		for p in document footnotes styles; do
			unzip -p "$f" word/$p.xml > "$out/$p.xml" 2>/dev/null
		done
		offput "doc-$b" 1 "$out/document.xml"
		offput "notes-$b" 3 "$out/document.xml" "$out/footnotes.xml"
		offput "styles-$b" 4 "$out/document.xml" "$out/styles.xml"
	done
	for f in corpora/office/*.en.odt $d/office/features.odt; do
		unzip -p "$f" content.xml > "$out/content.xml" 2>/dev/null
		offput "content-$(basename "$f" .odt)" 2 "$out/content.xml"
	done
	rm -f "$out/document.xml" "$out/footnotes.xml" "$out/styles.xml" \
		"$out/content.xml"
fi
# langtag: the languages the tests' TMX files name, one a line, and
# texts of two scripts after a few tags
cat $d/tmx/*.tmx 2>/dev/null | grep -ao 'lang="[^"]*"' | sed 's/.*="//; s/"$//' |
	sort -u > "$out/langtag/tmx-langs"
{ printf 'english\nkr\nen_US.UTF-8\nzh_Hant_TW\ni-klingon\nund\n'
  head -c 2000 corpora/ko-en/01-nk-missile-launch.ko.txt; } > "$out/langtag/ko-text"
head -c 2000 corpora/ja-en/01-inbound-tourism.ja.txt > "$out/langtag/ja-text"

# xliff_fix: the same XLIFF files (UTF-8 ones are fixed; UTF-16 is refused)
cp "$out"/xliff/* "$out/xliff_fix/"

# jobs: job lines of `align --jobs` with inline texts, from the corpus
n=0
for f in corpora/*/*.gold; do
	b=${f%.gold}
	src=$(basename "$(dirname "$f")" | cut -d- -f1)
	[ -f "$b.$src.seg" ] && [ -f "$b.en.seg" ] || continue
	n=$((n + 1))
	[ $n -le 4 ] || break
	awk -v sl="$src" -v id="$(basename "$b")" '
	function js(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return s }
	FNR == 1 { f++ }
	FNR <= 8 { t[f] = t[f] js($0) "\\n" }
	END { printf "{\"id\":\"%s\",\"src_lang\":\"%s\",\"tgt_lang\":\"en\",\"src_text\":\"%s\",\"tgt_text\":\"%s\"}\n", id, sl, t[1], t[2] }' \
		"$b.$src.seg" "$b.en.seg" > "$out/jobs/$(basename "$b")"
done
printf '{"src":"a.txt","tgt":"b.txt"}\n{"src_text":"One. Two.","tgt_text":"Un. Deux.","tgt_lang":"fr"}\n' > "$out/jobs/paths"

# rows: the TSV and CSV files of the other targets
for f in "$out"/tm/* "$out"/termbase/*.tsv "$out"/termbase/*.csv; do
	cp "$f" "$out/rows/$(basename "$(dirname "$f")")-$(basename "$f")"
done

for t in tmx seg text srx termbase profile checklist check align links tm rows xliff dictd ignore office langtag jobs xliff_fix; do
	[ -n "$(ls "$out/$t")" ] || { echo "seeds.sh: no seed for $t" >&2; exit 1; }
done
exit 0
