#!/bin/sh
# --format json: valid JSON Lines; "bytes" point at the original bytes of
# each sentence (UTF-8, CP949, HTML), "chars" count code points
. tests/cli/lib.sh
command -v python3 >/dev/null || skip "python3 is not installed"
printf 'He said "hi\\there".\tTab.\n\nCafé\r\n au lait.\r\n' > "$T/en.txt"
check() { # FILE ENCODING ARGS...
	f=$1 enc=$2; shift 2
	run segment --format json "$@" "$f"
	expect_rc 0
	python3 - "$f" "$enc" "$T/out" <<'PY' || fail "spans of $f do not match"
import json, sys, unicodedata, re
raw = open(sys.argv[1], 'rb').read()
n = 0
for line in open(sys.argv[3], encoding='utf-8'):
    o = json.loads(line)
    orig = raw[o['bytes'][0]:o['bytes'][1]].decode(sys.argv[2])
    orig = unicodedata.normalize('NFC', orig.replace('\r\n', '\n'))
    if sys.argv[1].endswith('.html'):
        orig = re.sub(r'<[^>]*>', '', orig).replace('&amp;', '&')
        orig = re.sub(r'\s+', ' ', orig)
        want = re.sub(r'\s+', ' ', o['text'])
    else:
        # a hard-wrap line break inside a sentence is a space in its text
        orig = orig.replace('\n', ' ')
        want = o['text']
    if orig != want:
        print('mismatch:', repr(orig), repr(want)); sys.exit(1)
    if o['chars'][1] - o['chars'][0] != len(o['text']):
        print('chars:', o); sys.exit(1)
    n += 1
if n == 0:
    sys.exit(1)
PY
}
check "$T/en.txt" utf-8 --lang en
check tests/data/text/ko-cp949.txt cp949
check tests/data/text/article.html utf-8 --lang en
run segment --format json --lang en "$T/en.txt"
expect_out_has '"text":"He said \"hi\\there\"."'
expect_out_has '"text":"Tab."'
expect_out_has '"paragraph":1,"segment":2'
