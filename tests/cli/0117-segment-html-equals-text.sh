#!/bin/sh
# the HTML pages of the demo corpus give the same sentences as their plain
# text versions: the article is kept, the page around it is not
. tests/cli/lib.sh
n=0
for html in corpora/*/*.html; do
	[ -f "$html" ] || continue
	txt=${html%.html}.txt
	[ -f "$txt" ] || continue
	case $html in *.ko.html) lang=ko ;; *.ja.html) lang=ja ;; *) lang=en ;; esac
	run segment --lang "$lang" "$txt"
	expect_rc 0
	mv "$T/out" "$T/want"
	run segment --lang "$lang" "$html"
	expect_rc 0
	cmp -s "$T/want" "$T/out" || { diff "$T/want" "$T/out"; fail "$html differs from $txt"; }
	n=$((n + 1))
done
[ "$n" -gt 0 ] || skip "no HTML pages in corpora/"
