# bitext align --batch: a manifest of pairs (paths relative to it), one
# output per pair; a bad row is reported with its line
. tests/cli/lib.sh
d=$(pwd)/tests/data/align
mkdir -p "$T/m/out"
cp $d/news.ko.seg $d/news.en.seg "$T/m/"
printf '# pairs\nnews.ko.seg\tnews.en.seg\tout/a.links\n%s\t%s\t%s\n' \
	"$d/news.ko.seg" "$d/news.en.seg" "$T/m/out/b.tsv" > "$T/m/pairs.tsv"
run align --batch "$T/m/pairs.tsv" --segmented --threads 2
expect_rc 0
[ -s "$T/m/out/a.links" ] || fail "a.links missing"
[ -s "$T/m/out/b.tsv" ] || fail "b.tsv missing"
head -n 1 "$T/m/out/a.links" | grep -qx "0:0" || fail "a.links content"
# --format applies to every output
run align --batch "$T/m/pairs.tsv" --segmented --format jsonl
expect_rc 0
grep -q '"shape"' "$T/m/out/b.tsv" || fail "format not applied"
# a row without three fields
printf 'news.ko.seg\tnews.en.seg\tout/c.links\nnews.ko.seg\tnews.en.seg\n' > "$T/m/bad.tsv"
run align --batch "$T/m/bad.tsv" --segmented
expect_rc 65
expect_err_has "bad.tsv:2"
# a missing input fails that pair only
printf 'news.ko.seg\tnews.en.seg\tout/d.links\nnosuch.ko\tnews.en.seg\tout/e.links\n' > "$T/m/miss.tsv"
run align --batch "$T/m/miss.tsv" --segmented
expect_rc 66
expect_err_has "nosuch.ko"
[ -s "$T/m/out/d.links" ] || fail "good pair not written"
[ -e "$T/m/out/e.links" ] && fail "failed pair written"
run align --batch "$T/m/pairs.tsv" --threads 0
expect_rc 2
exit 0
