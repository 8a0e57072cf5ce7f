#!/bin/sh
# -o FILE: a regular file (or none) is replaced atomically; a symbolic link
# keeps being a link and its target is replaced; a FIFO or a device is
# written through, never replaced. A full disk names the file and says why.
. tests/cli/lib.sh
mk_tmx() {
	{ printf '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>\n'
	  i=0; while [ $i -lt "$1" ]; do
		printf '<tu><tuv xml:lang="en"><seg>Sentence number %d is here.</seg></tuv><tuv xml:lang="fr"><seg>La phrase %d est ici.</seg></tuv></tu>\n' $i $i
		i=$((i + 1)); done
	  printf '</body></tmx>\n'; } > "$2"
}
mk_tmx 3 "$T/m.tmx"
mk_tmx 400 "$T/big.tmx"
printf 'Good text. Second one.\n' > "$T/in.txt"

# a symlink: the link stays, its target gets the output
printf 'old\n' > "$T/target.txt"
ln -s target.txt "$T/link.txt"
run segment --lang en -o "$T/link.txt" "$T/in.txt"
expect_rc 0
[ -L "$T/link.txt" ] || fail "the symlink was replaced"
grep -q 'Second one' "$T/target.txt" || fail "the link's target was not written"
# a dangling link, through a folder: the target is created where it points
mkdir "$T/d"
ln -s ../d/new.txt "$T/d/dangling.txt"
run segment --lang en -o "$T/d/dangling.txt" "$T/in.txt"
expect_rc 0
[ -L "$T/d/dangling.txt" ] || fail "the dangling symlink was replaced"
grep -q 'Second one' "$T/d/new.txt" || fail "the dangling link's target was not created"
# a link to a file whose mode is kept
printf 'old\n' > "$T/ro.txt"; chmod 640 "$T/ro.txt"
run segment --lang en -o "$T/ro.txt" "$T/in.txt"
expect_rc 0
[ "$(stat -c %a "$T/ro.txt")" = 640 ] || fail "mode of the replaced file changed"
ls -a "$T" "$T/d" | grep -q '^\.[a-z]*\.txt\.' && fail "temporary file left behind"

# a FIFO: written through, still a FIFO afterwards
mkfifo "$T/fifo"
cat "$T/fifo" > "$T/from-fifo" &
reader=$!
run tmx convert "$T/m.tmx" --to tsv -o "$T/fifo"
expect_rc 0
wait $reader
[ -p "$T/fifo" ] || fail "the FIFO was replaced"
grep -q 'La phrase 2 est ici' "$T/from-fifo" || fail "nothing came through the FIFO"

# a device: our own node of the null device (as root), or /dev/null
if [ "$(id -u)" -eq 0 ] && mknod "$T/null" c 1 3 2>/dev/null; then
	dev=$T/null
else
	dev=/dev/null
fi
run tmx convert "$T/m.tmx" --to tmx -o "$dev"
expect_rc 0
[ -c "$dev" ] || fail "the device node was replaced"

# a full device (our own node of /dev/full as root): exit 74, the file named,
# the reason kept, for TMX and for TSV/JSONL written from the first row on
if [ "$(id -u)" -eq 0 ] && mknod "$T/full" c 1 7 2>/dev/null; then
	full=$T/full
elif [ -c /dev/full ] && [ "$(id -u)" -ne 0 ]; then
	full=/dev/full
else
	skip "no full device"
fi
for fmt in tmx tsv jsonl; do
	for m in m big; do
		run tmx convert "$T/$m.tmx" --to $fmt -o "$full"
		expect_rc 74
		expect_err_has "$full: No space left on device"
		[ -c "$full" ] || fail "the full device was replaced ($fmt)"
	done
done
run segment --lang en -o "$full" "$T/in.txt"
expect_rc 74
expect_err_has "$full: No space left on device"
run check -o "$full" tests/data/check/small.tmx
[ "$rc" -eq 74 ] || { cat "$T/err"; fail "check to a full device: exit $rc"; }
expect_err_has "$full: No space left on device"
exit 0
