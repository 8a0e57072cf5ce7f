#!/bin/sh
# bench/align.sh [BUILD] - quality and speed of `bitext align`.
#
#   1. every gold pair of corpora/*/ aligned from the hand segmentation
#      (--segmented on the .seg files), scored with `bitext eval` (pooled);
#   2. the same pairs aligned from the raw .txt (intake + segmentation), the
#      links projected onto the hand segmentation (each automatic sentence
#      is mapped to the hand sentences it overlaps; links sharing a hand
#      sentence are merged), then scored the same way;
#   3. the same as 1 in one --batch (word pairs learnt across all pairs);
#   4. generated long documents: the ko-en pairs repeated in shuffled order
#      up to N sentences a side (default 20000), with their gold links
#      shifted accordingly; prints time, peak memory and F1. The same
#      articles come back again and again, so few words or numbers occur
#      once: a hard case for the band, which real books are not;
#   5. 50,000 generated sentences with unique numbers (a 1-2 split every
#      10th sentence): time and peak memory.
# Needs python3 for the projection and the generator. ALIGN_OPTS adds
# options to every align call (e.g. ALIGN_OPTS=--no-second-pass).
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
BITEXT=$build/bitext
export BITEXT_DATADIR="$top/$build/share/bitext"
N=${BENCH_SENTENCES:-20000}
opts=${ALIGN_OPTS:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

score() { # label gold-dir pred-dir
	printf '%-34s' "$1"
	"$BITEXT" eval --gold-dir "$2" --pred-dir "$3" |
		awk 'NR==2{s=$4} NR==3{l=$4} NR==4{d=$1} END{printf "strict F1 %s  lax F1 %s  (%s docs)\n", s, l, d}'
}

project() { # links.jsonl src.seg tgt.seg -> projected links on stdout
	python3 - "$@" <<'PY'
import json, sys
pred, sseg, tseg = sys.argv[1:4]
def owners(seg):
    own, text = [], []
    for i, line in enumerate(l for l in open(seg, encoding='utf-8').read().split('\n') if l.strip()):
        t = ''.join(line.split())
        text.append(t); own.extend([i] * len(t))
    return ''.join(text), own
def mapper(seg):
    text, own = owners(seg)
    pos = [0]
    def m(s):
        s = ''.join(s.split())
        if not s: return set()
        k = text.find(s, pos[0])
        if k < 0: k = text.find(s[:8], pos[0])
        if k < 0: return set()
        pos[0] = k + len(s)
        return set(own[k:min(k + len(s), len(own))])
    return m
ms, mt = mapper(sseg), mapper(tseg)
links = []
for line in open(pred, encoding='utf-8'):
    o = json.loads(line)
    links.append([ms(o['source']) if o['src'] else set(), mt(o['target']) if o['tgt'] else set()])
out = []
for s, t in links:
    if not s and not t: continue
    if out and (s & out[-1][0] or t & out[-1][1]):
        out[-1][0] |= s; out[-1][1] |= t
    else:
        out.append([s, t])
for s, t in out:
    print(','.join(map(str, sorted(s))) + ':' + ','.join(map(str, sorted(t))))
PY
}

echo "== corpora, hand segmentation (--segmented)"
for pair in corpora/*-en; do
	[ -d "$pair" ] || continue
	sl=${pair##*/}; sl=${sl%-en}
	mkdir -p "$tmp/seg/$sl" "$tmp/raw/$sl"
	for g in "$pair"/*.gold; do
		b=${g%.gold}; n=${b##*/}
		cp "$g" "$tmp/seg/$sl/" && cp "$g" "$tmp/raw/$sl/"
		"$BITEXT" align $opts --segmented "$b.$sl.seg" "$b.en.seg" \
			-o "$tmp/seg/$sl/$n.links" || echo "align failed: $n"
		"$BITEXT" align $opts --src-lang "$sl" --tgt-lang en --format jsonl \
			"$b.$sl.txt" "$b.en.txt" -o "$tmp/raw/$sl/$n.jsonl" &&
		project "$tmp/raw/$sl/$n.jsonl" "$b.$sl.seg" "$b.en.seg" \
			> "$tmp/raw/$sl/$n.links" || echo "raw align failed: $n"
	done
	score "$sl-en --segmented" "$tmp/seg/$sl" "$tmp/seg/$sl"
	score "$sl-en raw text (projected)" "$tmp/raw/$sl" "$tmp/raw/$sl"
	# one batch over the pair's documents
	mkdir -p "$tmp/batch/$sl"
	for g in "$pair"/*.gold; do
		b=${g%.gold}; n=${b##*/}
		cp "$g" "$tmp/batch/$sl/"
		printf '%s\t%s\t%s\n' "$top/$b.$sl.seg" "$top/$b.en.seg" \
			"$tmp/batch/$sl/$n.links"
	done > "$tmp/batch/$sl.tsv"
	"$BITEXT" align $opts --segmented --batch "$tmp/batch/$sl.tsv" ||
		echo "batch failed: $sl"
	score "$sl-en --segmented --batch" "$tmp/batch/$sl" "$tmp/batch/$sl"
done

echo "== generated long documents ($N sentences a side, ko-en repeated)"
python3 - "$N" "$tmp/long" corpora/ko-en <<'PY'
import glob, os, random, sys
n, out, d = int(sys.argv[1]), sys.argv[2], sys.argv[3]
random.seed(7)
docs = []
for g in sorted(glob.glob(d + '/*.gold')):
    b = g[:-5]
    ko = open(b + '.ko.seg', encoding='utf-8').read().strip('\n').split('\n')
    en = open(b + '.en.seg', encoding='utf-8').read().strip('\n').split('\n')
    docs.append((ko, en, [l.strip() for l in open(g) if l.strip()]))
S, T, G, ns, nt = [], [], [], 0, 0
while ns < n and nt < n:
    ko, en, gold = random.choice(docs)
    for l in gold:
        a, b = l.split(':')
        f = lambda x, o: ','.join(str(int(v) + o) for v in x.split(',') if v != '')
        G.append(f(a, ns) + ':' + f(b, nt))
    S += ko + ['']; T += en + ['']      # paragraphs kept, articles apart
    ns += sum(1 for x in ko if x.strip()); nt += sum(1 for x in en if x.strip())
open(out + '.ko', 'w', encoding='utf-8').write('\n'.join(S) + '\n')
open(out + '.en', 'w', encoding='utf-8').write('\n'.join(T) + '\n')
open(out + '.gold', 'w').write('\n'.join(G) + '\n')
print(ns, 'source and', nt, 'target sentences')
PY
/usr/bin/time -f "%e s, %U s CPU, %M KB peak" -o "$tmp/time" "$BITEXT" align $opts \
	--segmented "$tmp/long.ko" "$tmp/long.en" -o "$tmp/long.links"
echo "time: $(cat "$tmp/time")"
"$BITEXT" eval "$tmp/long.gold" "$tmp/long.links" | sed -n '2,3p'

echo "== generated, 50000 sentences a side with unique numbers"
awk 'BEGIN { srand(5); for (i = 0; i < 50000; i++) {
	n = 4 + int(rand() * 12); s = "Item " (i * 13 + 7); t = "Stück " (i * 13 + 7)
	for (k = 0; k < n; k++) s = s " word"
	print s "." > "'"$tmp"'/u.en"
	for (k = 0; k < n; k++) t = t ((i % 10 == 4 && k == int(n / 2)) ? ".\nUnd" : " wort")
	print t "." > "'"$tmp"'/u.de"
} }'
/usr/bin/time -f "%e s, %U s CPU, %M KB peak" -o "$tmp/time" "$BITEXT" align \
	--segmented "$tmp/u.en" "$tmp/u.de" -o "$tmp/u.links"
echo "time: $(cat "$tmp/time")"
echo "splits found: $(grep -c '^[0-9]*4:[0-9]*,[0-9]*$' "$tmp/u.links") of 5000"
