#!/bin/sh
# align cannot tell a Latin-script language from its script: a memory
# whose language would be "und" comes with a clear warning naming the side
# and the option; given, the language is in the memory. The README's
# five commands give it, so their memory checks with a spelling dictionary.
. tests/cli/lib.sh
d=tests/data/align
run align --segmented $d/news.ko.seg $d/news.en.seg --format tmx -o "$T/a.tmx"
expect_rc 0
expect_err_has "news.en.seg"
expect_err_has "--tgt-lang"
run align --segmented $d/news.ko.seg $d/news.en.seg --tgt-lang en --format tmx -o "$T/b.tmx"
expect_rc 0
grep -q -- "--tgt-lang" "$T/err" && { cat "$T/err"; fail "warned with the language given"; }
grep -q 'xml:lang="und"' "$T/b.tmx" && fail "und in the memory with --tgt-lang en"
# the links format names no language: no warning
run align --segmented $d/news.ko.seg $d/news.en.seg -o "$T/a.links"
expect_rc 0
grep -q -- "--tgt-lang" "$T/err" && { cat "$T/err"; fail "warned for links"; }
# README: every align command that writes a memory names the target language
grep -n '^bitext align .*--format \(tmx\|xliff\|tsv\)' README.md | grep -v -- '--tgt-lang' && fail "README aligns to a memory without --tgt-lang"
exit 0
