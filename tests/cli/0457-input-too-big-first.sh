#!/bin/sh
# A file larger than bitext reads whole (BITEXT_MAX_INPUT_BYTES, 2040 MiB)
# is refused from its size, before a byte is read: it used to be read
# into memory up to the cap first (2 GB of memory, then the error). A
# sparse file of 2.1 GB takes no disk; the run must fail at once with the
# limit's message, in a small address space and with little memory used.
. tests/cli/lib.sh
truncate -s 2100M "$T/big.txt" 2>/dev/null || skip "no sparse files here"
cp "$T/big.txt" "$T/big.tsv" 2>/dev/null
truncate -s 2100M "$T/big.tsv"
# (no address-space limit under AddressSanitizer, which reserves terabytes)
lim=600000
[ -n "${ASAN_OPTIONS:-}" ] && lim=unlimited
bad=0
for cmd in "segment -l en $T/big.txt" "check -s en -l fr $T/big.tsv" \
    "terms list -s en -l fr $T/big.tsv" "align $T/big.txt $T/big.txt"; do
	/usr/bin/time -f '%M' -o "$T/rss" sh -c "ulimit -v $lim; exec \"\$0\" $cmd" \
		"$BITEXT" >"$T/out" 2>"$T/err"
	rc=$?
	kb=$(tail -1 "$T/rss")
	if [ "$rc" -ne 65 ] || ! grep -q "big\.\(txt\|tsv\).*larger than bitext reads" "$T/err"; then
		echo "$cmd: exit $rc: $(head -2 "$T/err")"
		bad=$((bad + 1))
	elif [ "$kb" -gt 300000 ]; then
		echo "$cmd: refused after using $kb KB"
		bad=$((bad + 1))
	fi
done
[ $bad -eq 0 ] || fail "$bad commands read the file before refusing it"
exit 0
