# Numbered lines of a table of contents or a list start segments of their
# own, and a heading line without final punctuation above them stays alone;
# a line that continues a sentence keeps its indentation out of the segment
# (one space where the lines join), in every language alike
. tests/cli/lib.sh
failed=0
# seg LANG INPUT EXPECTED: segment INPUT (printf format) and compare
seg() {
	printf "$2" | "$BITEXT" segment -l "$1" - >"$T/out" 2>"$T/err" ||
		{ cat "$T/err"; failed=$((failed + 1)); echo "case failed ($1): $2: exit status"; return; }
	printf "$3" > "$T/expected"
	if ! cmp -s "$T/expected" "$T/out"; then
		failed=$((failed + 1))
		echo "case failed ($1): $2"
		diff "$T/expected" "$T/out" | sed 's/^/    /'
	fi
}
# a table of contents: heading, then numbered lines, nested numbers
seg en 'Preface\n1. Disclaimer\n2. What is Debian\n' \
	'Preface\n\n1. Disclaimer\n\n2. What is Debian\n'
seg en 'Table of Contents\n\nPreface\n    1. Disclaimer\n    2. What is Debian\n        2.1. Guiding rules\n        2.2. Prerequisites\n1. Tutorials\n    1.1. Console basics\n' \
	'Table of Contents\n\nPreface\n\n1. Disclaimer\n\n2. What is Debian\n\n2.1. Guiding rules\n\n2.2. Prerequisites\n\n1. Tutorials\n\n1.1. Console basics\n'
seg en 'Steps\na) Open the lid\nb) Pour the water\n' \
	'Steps\n\na) Open the lid\n\nb) Pour the water\n'
# the same in German and French: "1. Word" at a line start is a list number
seg de 'Vorwort\n1. Haftungsausschluss\n2. Was ist Debian\n' \
	'Vorwort\n\n1. Haftungsausschluss\n\n2. Was ist Debian\n'
seg de '1. Einleitung\n' '1. Einleitung\n'
seg fr '1. Introduction\n' '1. Introduction\n'
seg fr 'Préface\n1. Avertissement\n2. Qu'"'"'est-ce que Debian\n' \
	'Préface\n\n1. Avertissement\n\n2. Qu'"'"'est-ce que Debian\n'
seg de '1. Einleitung\n\nDieses Kapitel beschreibt die Grundlagen. Es ist kurz.\n' \
	'1. Einleitung\n\nDieses Kapitel beschreibt die Grundlagen.\nEs ist kurz.\n'
# German ordinals inside a sentence are no break
seg de 'Wir treffen uns am 3. Mai in Berlin.\n' 'Wir treffen uns am 3. Mai in Berlin.\n'
seg de 'Der 1. Januar ist ein Feiertag. Am 2. Januar wird gearbeitet.\n' \
	'Der 1. Januar ist ein Feiertag.\nAm 2. Januar wird gearbeitet.\n'
# a short line above a number that does not start a list is prose
seg en 'We counted them and the total was\n12. That surprised everyone.\n' \
	'We counted them and the total was 12.\nThat surprised everyone.\n'
# a wrapped sentence whose next line starts with a year is one sentence
seg en 'The first version of the guide appeared in\n2019. The second one came later.\n' \
	'The first version of the guide appeared in 2019.\nThe second one came later.\n'
# indentation of a continued line: one space where the lines join
seg en 'a sentence that\n    continues.\n' 'a sentence that continues.\n'
seg en '    This Debian Reference is intended to provide a broad   \n    overview of the system. It covers many\n\t\taspects of administration.\n' \
	'This Debian Reference is intended to provide a broad overview of the system.\nIt covers many aspects of administration.\n'
# no-break spaces indent a line too; Han lines join without a space
seg en 'It is\n\302\240\302\240 indented.\n' 'It is indented.\n'
seg ja '\344\270\255\346\226\207\n  \344\270\255\346\226\207\343\200\202\n' '\344\270\255\346\226\207\344\270\255\346\226\207\343\200\202\n'
[ "$failed" -eq 0 ] || fail "$failed cases failed"
