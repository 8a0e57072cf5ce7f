#!/bin/sh
# bitext tmx lookup: exact 100 %, fuzzy scores, thresholds, concordance.
. tests/cli/lib.sh
printf 'ko-KR\ten-US\n북한이 동해상으로 탄도미사일을 발사했다.\tNorth Korea fired a ballistic missile into the East Sea.\n합동참모본부는 이날 오전 밝혔다.\tThe Joint Chiefs of Staff said on the morning.\n북한이 서해상으로 순항미사일을 발사했다.\tNorth Korea fired cruise missiles into the West Sea.\n태풍이 북상하고 있다.\tA typhoon is moving north.\n' > "$T/m.tsv"
run tmx convert "$T/m.tsv" -o "$T/m.tmx"
run tmx lookup "$T/m.tmx" "북한이 동해상으로 탄도미사일을 발사했다."
expect_rc 0
head -n 1 "$T/out" | grep -q '^ 100%	북한이 동해상으로' || { cat "$T/out"; fail "exact match first at 100%"; }
[ "$(wc -l < "$T/out")" -eq 2 ] || fail "the west-sea unit is above 70% too"
sed -n 2p "$T/out" | grep -q '서해상' || fail "second match"
# case and spaces do not matter; score below 100 for a real difference
run tmx lookup "$T/m.tmx" "the joint CHIEFS  of staff said on the morning." --source en-US --target ko-KR
head -n 1 "$T/out" | grep -q '^ 100%' || fail "normalized exact match"
run tmx lookup "$T/m.tmx" "북한이 동해상으로 미사일을 발사했다." --max 1
[ "$(wc -l < "$T/out")" -eq 1 ] || fail "--max"
run tmx lookup "$T/m.tmx" "전혀 관계없는 문장입니다."
expect_rc 1
run tmx lookup "$T/m.tmx" "태풍이 북상" --min 30
grep -q 'typhoon' "$T/out" || fail "--min 30"
run tmx lookup "$T/m.tmx" --concordance "미사일"
[ "$(wc -l < "$T/out")" -eq 2 ] || fail "concordance"
printf '태풍이 북상하고 있다.\n합동참모본부는 이날 밝혔다.\n' > "$T/q.txt"
run tmx lookup "$T/m.tmx" --queries "$T/q.txt"
expect_rc 0
expect_out_has "> 태풍이 북상하고 있다."
expect_out_has "> 합동참모본부는 이날 밝혔다."
expect_out_has "The Joint Chiefs"
# a saved index gives the same answers, and is rebuilt when stale
run tmx lookup "$T/m.tmx" --index "$T/m.idx" --queries "$T/q.txt"
expect_rc 0
[ -s "$T/m.idx" ] || fail "index not saved"
cp "$T/out" "$T/first"
run tmx lookup "$T/m.tmx" --index "$T/m.idx" --queries "$T/q.txt"
cmp "$T/first" "$T/out" || fail "loaded index answers differently"
printf 'garbage' > "$T/bad.idx"
run tmx lookup "$T/m.tmx" --index "$T/bad.idx" "태풍이 북상하고 있다."
expect_rc 0
expect_out_has "typhoon"
printf 'ko-KR\ten-US\n바람이 분다.\tThe wind blows.\n' > "$T/m2.tsv"
run tmx convert "$T/m2.tsv" -o "$T/m.tmx"
run tmx lookup "$T/m.tmx" --index "$T/m.idx" "바람이 분다."
expect_rc 0
expect_out_has "The wind blows."
run tmx lookup "$T/m.tmx" --index "$T/m.idx" --source ko x
expect_rc 2
run tmx lookup "$T/m.tmx"
expect_rc 2
run tmx lookup "$T/m.tmx" x --min 120
expect_rc 2
exit 0
