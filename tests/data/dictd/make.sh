# make.sh SRC OUT [PAD]: a dictd dictionary OUT.index + OUT.dict.dz (dictzip)
# from SRC, entries in FreeDict's layout separated by lines "---"; the
# index names each headword of an entry's first line (headwords separated
# by ", ", each ended by " /" or " <"). PAD entries of filler are added
# first so that the text spans several dictzip chunks (58,315 bytes each).
set -eu
export LC_ALL=C
src=$1 out=$2 pad=${3:-0}
awk -v pad="$pad" -v dict="$out.dict" '
function b64(n,   s, d) {
	d = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	s = ""
	do { s = substr(d, n % 64 + 1, 1) s; n = int(n / 64) } while (n > 0)
	return s
}
function flush(   hw, n, i, h) {
	if (entry == "") return
	hw = first
	sub(/ [\/<\[].*/, "", hw)
	n = split(hw, h, /, /)
	for (i = 1; i <= n; i++)
		printf "%s\t%s\t%s\n", h[i], b64(off), b64(length(entry))
	printf "%s", entry > dict
	off += length(entry)
	entry = ""
}
BEGIN {
	off = 0
	for (k = 0; k < pad; k++) {
		first = sprintf("fuellwort%05d /f/ <n>", k)
		entry = first "\nfiller word number " k ", padding\n"
		flush()
	}
}
/^---$/ { flush(); next }
{ if (entry == "") first = $0; entry = entry $0 "\n" }
END { flush() }' "$src" > "$out.index"
rm -f "$out.dict.dz"
dictzip "$out.dict"
