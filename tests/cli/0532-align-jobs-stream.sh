# bitext align --jobs -: a streaming worker. One JSON job a line in (files
# or inline texts), one JSON record a line out, in order, with the links,
# the aligned sentences and their confidence; a bad line or a failed job is
# an error record and the stream goes on.
. tests/cli/lib.sh
c=$(pwd)/corpora/ko-en
{
	printf '{"id":"file","src":"%s","tgt":"%s","tgt_lang":"en"}\n' \
		"$c/02-sony-pictures-hack.ko.txt" "$c/02-sony-pictures-hack.en.txt"
	printf '%s\n' '{"id":"inline","src_lang":"ko","tgt_lang":"en","src_text":"서울은 춥다. 부산은 따뜻하다.\n\n“왜?”라고 그가 물었다.","tgt_text":"Seoul is cold. Busan is warm.\n\n\"Why?\" he asked."}'
	echo 'this is not JSON'
	echo '{"id":"missing","src":"/nonexistent/a.txt","tgt_text":"x"}'
	echo '{"id":"no-target","src_text":"서울은 춥다."}'
	echo
	printf '%s\n' '{"tgt_lang":"en","src_text":"부산은 따뜻하다.","tgt_text":"Busan is warm.","id":"last"}'
} > "$T/jobs.jsonl"
"$BITEXT" align --jobs - < "$T/jobs.jsonl" > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0
[ "$(wc -l < "$T/out")" -eq 6 ] || { cat "$T/out"; fail "one record per job"; }
sed -n 1p "$T/out" | grep -q '^{"id":"file","links":\[{"src":\[0\],"tgt":\[0\],"confidence":' ||
	fail "the file job's record"
sed -n 2p "$T/out" | grep -qF '{"src":[2],"tgt":[2],' || fail "inline: third link"
sed -n 2p "$T/out" | grep -qF '"source":"“왜?”라고 그가 물었다.","target":"\"Why?\" he asked."' ||
	fail "inline: the aligned sentences, JSON-escaped"
sed -n 3p "$T/out" | grep -qx '{"id":"3","error":"not a JSON object"}' ||
	fail "a bad line is an error record named by its line number"
sed -n 4p "$T/out" | grep -q '^{"id":"missing","error":"cannot open /nonexistent/a.txt' ||
	fail "a missing file"
sed -n 5p "$T/out" | grep -q '^{"id":"no-target","error":".*tgt_text' ||
	fail "a job without a target"
sed -n 6p "$T/out" | grep -q '^{"id":"last","links":' || fail "the stream went on"
expect_err_has "3 done, 0 skipped, 3 failed"
# many jobs stream through one at a time
i=0
while [ $i -lt 300 ]; do
	i=$((i + 1))
	printf '{"id":"j%d","src_lang":"ko","tgt_lang":"en","src_text":"문장 %d번입니다. 다음 문장입니다.","tgt_text":"This is sentence %d. This is the next one."}\n' $i $i $i
done > "$T/many.jsonl"
"$BITEXT" align --jobs "$T/many.jsonl" > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0
[ "$(grep -c '"links"' "$T/out")" -eq 300 ] || fail "300 records"
run align --jobs "$T/nosuch.jsonl"
expect_rc 66
exit 0
