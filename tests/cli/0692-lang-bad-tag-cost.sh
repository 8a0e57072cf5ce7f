#!/bin/sh
# A memory whose every unit carries the same bad language tag costs about
# what a memory of good tags costs: the hint of a refused tag (ICU's names
# of every language) is looked up once, not once per unit. tmx validate on
# 5,000 units, CPU time against the same memory with good tags (a ratio, so
# a loaded machine does not matter); tmx merge refuses the bad memory at its
# first bad tag (exit 65) and writes nothing.
. tests/cli/lib.sh
mk() {
	{ printf '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n'
	  awk -v l="$1" 'BEGIN { for (i = 1; i <= 5000; i++)
		printf "<tu><tuv xml:lang=\"ko\"><seg>문장 %d</seg></tuv><tuv xml:lang=\"%s\"><seg>sentence %d</seg></tuv></tu>\n", i, l, i }'
	  printf '</body></tmx>\n'; } > "$2"
}
mk en "$T/good.tmx"
mk english "$T/bad.tmx"
# run.sh CMD FILE: the command on FILE (validate exits 1 on the bad tags)
cat > "$T/run.sh" <<'X'
case $1 in
merge) "$BITEXT" tmx merge "$2" -o "$2.out.tmx" 2>/dev/null; r=$?
	case $2 in *bad*) [ $r -eq 65 ] && [ ! -e "$2.out.tmx" ] ;; *) [ $r -eq 0 ] ;; esac ;;
validate) "$BITEXT" tmx validate "$2" >/dev/null; [ $? -le 1 ] ;;
esac
X
export BITEXT
for cmd in merge validate; do
	g=$(cpu_seconds sh "$T/run.sh" $cmd "$T/good.tmx") ||
		fail "tmx $cmd failed on good tags"
	b=$(cpu_seconds sh "$T/run.sh" $cmd "$T/bad.tmx") ||
		fail "tmx $cmd failed on a bad tag"
	awk -v g="$g" -v b="$b" 'BEGIN { if (g < 0.1) g = 0.1; exit !(b < 4 * g) }' ||
		fail "tmx $cmd: $b s of CPU with a bad tag, $g s with good ones"
	echo "tmx $cmd: good $g s, bad $b s"
done
exit 0
