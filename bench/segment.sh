#!/bin/sh
# bench/segment.sh [BUILD] [MB] - speed and peak memory of `bitext segment`.
#
# Generates a Korean, an English and a German news-like corpus of MB
# megabytes each (default 50) in a temporary folder: paragraphs of 3 to 8 sentences drawn
# by a fixed pseudo-random sequence from generated sentences that exercise
# the rules (abbreviations, initials, decimals, quotations, dates, URLs).
# Then runs `bitext segment --lang LANG` on each and prints segments per
# second, MB per second (both on CPU time, user + system, which a busy
# machine does not inflate; wall-clock seconds are shown too) and peak
# resident memory (GNU time when /usr/bin/time exists, else only the
# elapsed time). Nothing is kept, unless BITEXT_BENCH_KEEP names a folder:
# then the inputs (LANG.txt) and outputs (LANG.seg) are left there, and an
# input already there is reused (to compare the output of two builds:
# `cmp`/`diff` the .seg files). BITEXT_BENCH_LANGS picks the languages
# (default "ko ko-noblank en de"; ko-noblank is the Korean text without
# its blank lines: one paragraph).
set -eu
build=${1:-build}
mb=${2:-50}
top=$(cd "$(dirname "$0")/.." && pwd)
case $build in /*) ;; *) build=$top/$build ;; esac
bitext=$build/bitext
[ -x "$bitext" ] || { echo "bench: $bitext not built (make BUILD=...)" >&2; exit 2; }
export BITEXT_DATADIR="$build/share/bitext"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bitext-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# gen LANG BYTES > file: deterministic generated text (awk, no data files)
gen() {
	awk -v lang="$1" -v want="$2" '
	function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return int(seed / 65536) % n }
	function pick(list,   a, n) { n = split(list, a, "|"); return a[1 + rnd(n)] }
	function en_sentence(   k) {
		k = rnd(10)
		if (k == 0) return "Mr. " pick("Kim|Lee|Park|Choi|Smith") " met " pick("Dr.|Prof.|Sen.|Gov.") " " pick("Yoon|Jung|Brown|Han") " on " pick("Jan.|Feb.|Aug.|Sept.|Dec.") " " (1 + rnd(28)) " to discuss " pick("trade|security|chips|energy") "."
		if (k == 1) return "Exports rose " rnd(20) "." rnd(10) "% to $" (1 + rnd(90)) "." rnd(10) " billion, the ministry said."
		if (k == 2) return "\"" pick("We will not give up|This is a turning point|Prices will fall") ",\" " pick("he|she|the minister|an official") " said."
		if (k == 3) return "\"" pick("Why now|Is it over|What comes next") "?\" " pick("she|he|one analyst") " asked."
		if (k == 4) return pick("U.S.|U.K.|U.N.") " officials said the " pick("talks|drills|sanctions") " would continue at " (1 + rnd(11)) " " pick("a.m.|p.m.") " Monday."
		if (k == 5) return pick("Samsung Electronics Co.|Hyundai Motor Co.|Apple Inc.|LG Corp.") " said its " pick("profit|revenue|output") " grew " rnd(9) "." rnd(10) " percent."
		if (k == 6) return "Details are at www." pick("korea|bok|moef") ".go.kr and in version v" rnd(5) "." rnd(9) " of the report."
		if (k == 7) return "The novel by J. K. " pick("Rowling|Kim|Lee") " sold " (1 + rnd(500)) " million copies, e.g. in Asia."
		if (k == 8) return "The " pick("court|agency|company|board") " " pick("declined to comment|will decide next week|raised its forecast") "."
		return "It was the " pick("first|second|third|largest") " such " pick("case|launch|deal|drop") " this year."
	}
	function ko_sentence(   k) {
		k = rnd(10)
		if (k == 0) return pick("김|이|박|최") " 장관은 “" pick("경제가 회복되고 있다. 하지만 위험은 여전하다|끝까지 최선을 다하겠다") "”라고 말했다."
		if (k == 1) return "수출은 전년 대비 " rnd(20) "." rnd(10) "% 늘어난 " (1 + rnd(90)) "억 달러를 기록했다."
		if (k == 2) return "(서울=연합뉴스) " pick("김철수|이영희|박민수") " 기자 = 정부가 " pick("대책을|예산안을|개정안을") " 발표했다."
		if (k == 3) return "그는 \"" pick("사실이 아니다.|검토하겠다|책임지겠다") "\"고 " pick("밝혔다|반박했다|말했다") "."
		if (k == 4) return "행사는 2024. " (1 + rnd(12)) ". " (1 + rnd(28)) ". 오후 " (1 + rnd(11)) "시에 열린다."
		if (k == 5) return "정말 " pick("그럴까|가능할까|괜찮을까") "?"
		if (k == 6) return "자세한 내용은 www." pick("korea|seoul|moef") ".go.kr에서 확인할 수 있다."
		if (k == 7) return "삼성전자(Samsung Electronics Co.)는 " pick("실적을|계획을|투자를") " 발표했다.그러나 시장은 냉담했다."
		if (k == 8) return pick("전문가들은|업계는|시장은") " " pick("신중한 입장이다|반응이 엇갈린다|기대감을 보였다") "."
		return "이번이 " pick("첫|두 번째|세 번째") " " pick("사례다|발사다|합의다") "."
	}
	function de_sentence(   k) {
		k = rnd(10)
		if (k == 0) return "Dr. " pick("Weber|Krüger|Schmidt|Yilmaz") " traf Prof. " pick("Meyer|Kim|Novak") " am " (1 + rnd(28)) ". " pick("Januar|März|Mai|Dezember") " in " pick("Berlin|Wien|Bern") "."
		if (k == 1) return "Die Exporte stiegen um " rnd(20) "," rnd(10) " Prozent auf " (1 + rnd(90)) "," rnd(10) " Mrd. Euro, teilte das Amt mit."
		if (k == 2) return "„" pick("Wir geben nicht auf|Das ist ein Wendepunkt|Die Preise werden sinken") "“, sagte " pick("er|sie|der Minister|ein Sprecher") "."
		if (k == 3) return "„" pick("Warum jetzt|Ist es vorbei|Was kommt danach") "?“, fragte " pick("sie|er|eine Analystin") "."
		if (k == 4) return "Das steht auf S. " (1 + rnd(300)) " in Abschnitt Nr. " (1 + rnd(20)) ", z. B. in der " pick("Tabelle|Übersicht|Fußnote") "."
		if (k == 5) return "Die Anlage wurde im " (12 + rnd(9)) ". Jahrhundert gebaut und im 2. Weltkrieg " pick("zerstört|beschädigt|geräumt") "."
		if (k == 6) return "Details stehen unter www." pick("bund|destatis|bmwk") ".de und in Version v" rnd(5) "." rnd(9) " des Berichts."
		if (k == 7) return "Er kam " pick("spät|früh|pünktlich") ". Sie ging."
		if (k == 8) return "Das " pick("Gericht|Amt|Unternehmen|Ministerium") " " pick("wollte sich nicht äußern|entscheidet nächste Woche|hob seine Prognose an") "."
		return "Es war der " pick("erste|zweite|dritte|größte") " " pick("Fall|Start|Vertrag|Rückgang") " in diesem Jahr, d. h. seit Januar."
	}
	BEGIN {
		seed = 42; total = 0
		while (total < want) {
			n = 3 + rnd(6); para = ""
			for (i = 0; i < n; i++) {
				s = lang == "ko" ? ko_sentence() : lang == "de" ? de_sentence() : en_sentence()
				para = para (i ? " " : "") s
			}
			print para; print ""
			total += length(para) + 2
		}
	}'
}

printf '%-4s %7s %9s %8s %8s %12s %8s %9s\n' lang MB segments cpu-s wall-s segments/s MB/s peak-RSS
# ko-noblank: the Korean text without its blank lines, one paragraph of
# MB megabytes (segmentation must be as fast as with paragraphs)
genl() {
	case $1 in
	ko-noblank) gen ko "$2" | grep -v '^$' ;;
	*) gen "$1" "$2" ;;
	esac
}
for lang in ${BITEXT_BENCH_LANGS:-ko ko-noblank en de}; do
	in=$tmp/$lang.txt
	out=$tmp/out
	if [ -n "${BITEXT_BENCH_KEEP:-}" ]; then
		mkdir -p "$BITEXT_BENCH_KEEP"
		in=$BITEXT_BENCH_KEEP/$lang.txt
		out=$BITEXT_BENCH_KEEP/$lang.seg
		[ -s "$in" ] || genl "$lang" $((mb * 1024 * 1024)) > "$in"
	else
		genl "$lang" $((mb * 1024 * 1024)) > "$in"
	fi
	bytes=$(wc -c < "$in")
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -v -o "$tmp/time" "$bitext" segment --lang "${lang%-noblank}" "$in" > "$out"
		wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
			for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$tmp/time")
		secs=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$tmp/time")
		rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$tmp/time")
	else
		start=$(date +%s.%N)
		"$bitext" segment --lang "${lang%-noblank}" "$in" > "$out"
		end=$(date +%s.%N)
		secs=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
		wall=$secs
		rss=n/a
	fi
	segs=$(grep -c . "$out" || true)
	awk -v l="$lang" -v b="$bytes" -v n="$segs" -v s="$secs" -v w="$wall" -v r="$rss" 'BEGIN {
		if (s <= 0) s = 0.001
		printf "%-4s %7.1f %9d %8.1f %8.1f %12.0f %8.2f %9s\n", l, b / 1048576, n, s, w, n / s, b / 1048576 / s, r }'
	[ -n "${BITEXT_BENCH_KEEP:-}" ] || rm -f "$in" "$out"
done
