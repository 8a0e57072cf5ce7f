#!/bin/sh
# OmegaT 3.6 takes bitext's memory as the default translation: a tiny
# project with our TMX in tm/auto/ is translated in console mode.
. tests/cli/lib.sh
jar=/usr/share/omegat/OmegaT.jar
[ -f "$jar" ] || skip "OmegaT absent"
command -v java >/dev/null || skip "java absent"
p="$T/project"
mkdir -p "$p/source" "$p/target" "$p/tm/auto" "$p/glossary" "$p/dictionary" "$p/omegat"
cat > "$p/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>ko-KR</source_lang>
    <target_lang>en-US</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneCJKTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
XML
printf '북한이 동해상으로 탄도미사일을 발사했다. 합동참모본부는 이날 오전 밝혔다.\n' > "$p/source/news.txt"
# units as the aligner writes them: x- props; language tags in the forms
# other tools use
printf '%s\n' \
 '{"props":[{"type":"x-document","value":"news"},{"type":"x-alignment","value":"1-1"},{"type":"x-score","value":"0.97"}],"tuvs":[{"lang":"ko","text":"북한이 동해상으로 탄도미사일을 발사했다."},{"lang":"en","text":"North Korea fired a ballistic missile into the East Sea."}]}' \
 '{"props":[{"type":"x-paragraph","value":"1"}],"notes":["checked"],"tuvs":[{"lang":"ko_KR","text":"합동참모본부는 이날 오전 밝혔다."},{"lang":"eng","text":"The Joint Chiefs of Staff said so in the morning."}]}' > "$T/m.jsonl"
run tmx convert "$T/m.jsonl" -o "$p/tm/auto/bitext.tmx"
expect_rc 0
grep -q 'srclang="ko"' "$p/tm/auto/bitext.tmx" || fail "srclang"
# ko_KR and eng, which OmegaT would not match, are written ko-KR and en
grep -q 'xml:lang="ko-KR"' "$p/tm/auto/bitext.tmx" || fail "ko_KR not canonical"
grep -q 'xml:lang="en"' "$p/tm/auto/bitext.tmx" || fail "eng not canonical"
timeout 300 java -Djava.awt.headless=true -jar "$jar" "$p" --mode=console-translate >"$T/omegat.log" 2>&1
[ -f "$p/target/news.txt" ] || { tail -n 20 "$T/omegat.log"; fail "OmegaT wrote no target"; }
grep -q 'North Korea fired a ballistic missile into the East Sea.' "$p/target/news.txt" ||
	{ cat "$p/target/news.txt"; fail "first translation not used"; }
grep -q 'The Joint Chiefs of Staff said so in the morning.' "$p/target/news.txt" ||
	{ cat "$p/target/news.txt"; fail "second translation not used"; }
exit 0
