# bitext tmx merge --list: thousands of shard memories named in a list file
# (or on standard input) merge in one run; blank lines and # comments in the
# list are skipped; a missing shard is named.
. tests/cli/lib.sh
mkdir -p "$T/s"
i=0
while [ $i -lt 2000 ]; do
	i=$((i + 1))
	printf 'ko\ten\n문장 %d\tsentence %d\n공통\tcommon\n' $i $i > "$T/s/$i.tsv"
done
{ echo '# the shards'; echo; ls "$T"/s/*.tsv; } > "$T/list.txt"
run tmx merge --list "$T/list.txt" -o "$T/all.tmx"
expect_rc 0
expect_err_has "4,000 units read, 1,999 exact duplicates removed"
[ "$(grep -c '<tu ' "$T/all.tmx")" -eq 2001 ] || fail "units in the merge"
# the list from standard input, plus a file on the command line
printf 'ko\ten\n더\tmore\n' > "$T/extra.tsv"
ls "$T"/s/1*.tsv | "$BITEXT" tmx merge "$T/extra.tsv" --list - -o "$T/part.tsv" 2>"$T/err"
[ $? -eq 0 ] || { cat "$T/err"; fail "list on stdin"; }
grep -q 'more' "$T/part.tsv" || fail "the command-line input is missing"
# a shard that is not there
echo "$T/s/nosuch.tsv" >> "$T/list.txt"
run tmx merge --list "$T/list.txt" -o "$T/x.tmx"
expect_rc 66
expect_err_has "nosuch.tsv"
[ -e "$T/x.tmx" ] && fail "output written despite the error"
exit 0
