#!/bin/sh
# Word and OpenDocument pairs aligned and checked: the Korean and English
# article of corpora/office/ aligned sentence by sentence, with its bold,
# italic and links kept as paired inline codes in TMX and XLIFF (as CAT
# tools keep them), and checked as two texts.
. tests/cli/lib.sh
o=corpora/office
d=tests/data/office
for x in docx odt; do
	run align $o/village-library.ko.$x $o/village-library.en.$x --tgt-lang en \
		--format tmx -o "$T/v.tmx"
	expect_rc 0
	grep -c '<tu>\|<tu ' "$T/v.tmx" > "$T/n"
	[ "$(cat "$T/n")" -eq 19 ] || fail "$x: $(cat "$T/n") units, 19 expected"
	grep -F '<seg>' "$T/v.tmx" > "$T/segs"
	for s in \
	  '<seg>이 건물은 <bpt i="1" type="bold">&lt;b&gt;</bpt>12년 동안<ept i="1">&lt;/b&gt;</ept> 비어 있었다.</seg>' \
	  '<seg>The building had stood empty for <bpt i="1" type="bold">&lt;b&gt;</bpt>twelve years<ept i="1">&lt;/b&gt;</ept>.</seg>' \
	  '<seg>도서관은 책과 신문, <bpt i="1" type="italic">&lt;i&gt;</bpt>보드게임<ept i="1">&lt;/i&gt;</ept>을 빌려준다.</seg>' \
	  '<seg>Its catalogue is online at <bpt i="1" type="link">&lt;a href="https://library.example.org/hadong"&gt;</bpt>the county website<ept i="1">&lt;/a&gt;</ept>.</seg>' \
	  '<seg>The mill was built in 1961 and closed in 2014.</seg>' \
	  '<seg>입장료는 받지 않는다.</seg>'; do
		grep -qF -- "$s" "$T/segs" || { cat "$T/segs"; fail "$x: no $s"; }
	done
	# the codes pair across the languages: no tag finding
	printf '* = off\ntags = error\n' > "$T/tags.profile"
	run check -p "$T/tags.profile" --fail-on info "$T/v.tmx"
	expect_rc 0
done
# codes of hand-built Word: a word split over runs, a character style, a
# link whose URL holds "&", several codes numbered in a segment, a span
# after decomposed Hangul that NFC composes
run align $d/features.docx $d/features.docx --src-lang en --tgt-lang en \
	--format tmx -o "$T/f.tmx"
expect_rc 0
for s in \
  '<seg>Sp<bpt i="1" type="bold">&lt;b&gt;</bpt>lit<ept i="1">&lt;/b&gt;</ept> words are <bpt i="2" type="italic">&lt;i&gt;</bpt>one<ept i="2">&lt;/i&gt;</ept> word.</seg>' \
  '<seg>Read <bpt i="1" type="link">&lt;a href="https://example.org/a?b=1&amp;amp;c=2"&gt;</bpt>the full minutes<ept i="1">&lt;/a&gt;</ept> before the <bpt i="2" type="bold">&lt;b&gt;</bpt>vote<ept i="2">&lt;/b&gt;</ept>.</seg>' \
  '<seg>A note <bpt i="1" type="italic">&lt;i&gt;</bpt>in italics<ept i="1">&lt;/i&gt;</ept>.</seg>' \
  '<seg>한국 <bpt i="1" type="bold">&lt;b&gt;</bpt>굵게<ept i="1">&lt;/b&gt;</ept>.</seg>' \
  '<seg>An <bpt i="1" type="ulined">&lt;u&gt;</bpt>underlined<ept i="1">&lt;/u&gt;</ept> word, not this one.</seg>'; do
	grep -qF -- "$s" "$T/f.tmx" || { grep '<seg>' "$T/f.tmx"; fail "features: no $s"; }
done
# XLIFF 1.2 and 2.0 carry the same codes
run align $o/village-library.ko.docx $o/village-library.en.docx --tgt-lang en \
	--format xliff -o "$T/v.xlf"
expect_rc 0
grep -qF '<bpt id="1" ctype="bold">&lt;b&gt;</bpt>twelve years<ept id="1">&lt;/b&gt;</ept>' "$T/v.xlf" ||
	{ grep 'twelve' "$T/v.xlf"; fail "XLIFF 1.2: no bold code"; }
run align $o/village-library.ko.docx $o/village-library.en.docx --tgt-lang en \
	--format xliff2 -o "$T/v2.xlf"
expect_rc 0
grep -q '<sc id="[^"]*"[^>]*/>twelve years<ec [^>]*/>' "$T/v2.xlf" ||
	{ grep 'twelve' "$T/v2.xlf"; fail "XLIFF 2.0: no bold code"; }
# TMX's "ulined" is XLIFF 1.2's "underlined" (two regions: an XLIFF file
# has two languages)
run align $d/features.docx $d/features.docx --src-lang en --tgt-lang en-GB \
	--format xliff -o "$T/f.xlf"
expect_rc 0
grep -qF '<bpt id="1" ctype="underlined">&lt;u&gt;</bpt>underlined' "$T/f.xlf" ||
	{ grep 'underlined' "$T/f.xlf"; fail "XLIFF 1.2: underline lost"; }
# text outputs stay plain
run align $o/village-library.ko.docx $o/village-library.en.docx --tgt-lang en \
	--format tsv
expect_rc 0
expect_out_has "이 건물은 12년 동안 비어 있었다.	The building had stood empty for twelve years."
# check SRC TGT on the two Word files: every sentence pair is a unit; the
# source language is guessed from the document's text (Hangul), not from
# the bytes of its zip
run check $o/village-library.ko.docx $o/village-library.en.docx
[ "$rc" -le 1 ] || { cat "$T/err"; fail "check: exit status $rc"; }
expect_err_has "village-library.ko.docx: 19 units checked"
exit 0
