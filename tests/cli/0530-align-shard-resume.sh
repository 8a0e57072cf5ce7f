# bitext align --batch with --shard K/N and --resume: the shards of a
# manifest together write exactly what the unsplit run (--shard 0/1) writes,
# byte for byte per document; a stopped batch started again with --resume
# does only the jobs whose output is missing; a failed job is named and the
# others go on; the summary counts done, skipped and failed jobs.
. tests/cli/lib.sh
c=$(pwd)/corpora/ko-en
mkdir -p "$T/a" "$T/b"
# a manifest of every ko-en pair of the corpus, twice (as two documents)
: > "$T/m.tsv"
n=0
for s in "$c"/*.ko.seg; do
	base=${s%.ko.seg}
	n=$((n + 1))
	printf '%s\t%s\tdoc%02d.links\n' "$s" "$base.en.seg" "$n" >> "$T/m.tsv"
	n=$((n + 1))
	printf '%s\t%s\tdoc%02d.tsv\n' "$s" "$base.en.seg" "$n" >> "$T/m.tsv"
done
[ "$n" -ge 10 ] || fail "the corpus has too few pairs ($n)"
cp "$T/m.tsv" "$T/a/m.tsv"
cp "$T/m.tsv" "$T/b/m.tsv"
run align --batch "$T/a/m.tsv" --segmented --shard 0/1 --threads 2
expect_rc 0
expect_err_has "$n done, 0 skipped, 0 failed"
for k in 0 1 2; do
	run align --batch "$T/b/m.tsv" --segmented --shard $k/3
	expect_rc 0
done
for f in "$T"/a/doc*; do
	cmp -s "$f" "$T/b/$(basename "$f")" ||
		fail "$(basename "$f") differs between the shards and the unsplit run"
done
[ "$(ls "$T"/b/doc* | wc -l)" -eq "$n" ] || fail "the shards wrote $(ls "$T"/b/doc* | wc -l) of $n outputs"
# shard 1/3 holds rows 1, 4, 7 ...: doc02, doc05 ...
run align --batch "$T/m.tsv" --segmented --shard 1/3 -f links
grep -q 'doc02' "$T/m.tsv" || fail "manifest"
# resume: two outputs lost, the rest kept as they are
rm "$T/b/doc03.links" "$T/b/doc06.tsv"
touch -d '2000-01-01' "$T/b/doc01.links"
run align --batch "$T/b/m.tsv" --segmented --resume
expect_rc 0
expect_err_has "2 done, $((n - 2)) skipped, 0 failed"
cmp -s "$T/a/doc03.links" "$T/b/doc03.links" || fail "resumed doc03 differs"
[ "$(find "$T/b/doc01.links" -newermt '2001-01-01')" = "" ] ||
	fail "resume rewrote a finished job"
# a failed job is named and the others go on
printf 'nosuch.ko\t%s\tbad.links\n' "$c/01-sony-pictures-hack.en.seg" >> "$T/b/m.tsv"
rm "$T/b/doc04.tsv"
run align --batch "$T/b/m.tsv" --segmented --resume
expect_rc 66
expect_err_has "bad.links: not aligned"
expect_err_has "nosuch.ko"
expect_err_has "1 done, $((n - 1)) skipped, 1 failed"
[ -s "$T/b/doc04.tsv" ] || fail "the good job was not done"
# usage
run align --batch "$T/b/m.tsv" --shard 3/3
expect_rc 2
run align --batch "$T/b/m.tsv" --shard x
expect_rc 2
run align a b --shard 0/2
expect_rc 2
exit 0
