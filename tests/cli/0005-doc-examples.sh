# The examples of README.md and doc/*.md run as written, so none goes stale.
#
# In each file, in order, in a fresh folder holding a copy of corpora/ and
# with the tool under test first on PATH as `bitext`:
#   ```sh       every line runs (one bash per doc file, so a later block may
#               use what an earlier one wrote). A command must exit 0, or
#               the status its comment names: "# ... exit status 1 ...".
#   ```console  "$ COMMAND" lines run, and their standard output must be the
#               lines that follow; when those start with "...", only the
#               last lines are compared.
#   ```c        after "<!-- file: NAME -->": written to NAME first, so an
#               example can compile it (pkg-config finds bitext.pc of the
#               build tree here, as it finds the installed one).
# A block after "<!-- not run: REASON -->" is skipped; other blocks are text.
# "make demo" in an example runs corpora/demo.sh on the tool under test
# (the packages are there and the tool is built); no other make target runs.
# A failure names the doc file and line of the example.
. tests/cli/lib.sh
command -v bash >/dev/null || skip "bash is not installed"
top=$(pwd)
build=$(cd "$(dirname "$BITEXT")" && pwd)
mkdir -p "$T/bin" "$T/pc"
ln -s "$build/bitext" "$T/bin/bitext"
# the library example links the build tree's library the way an installed
# one is linked; a sanitizer build's library needs the sanitizer runtimes
san=
nm "$build/libbitext.a" 2>/dev/null | grep -q __asan_ && san=-fsanitize=address,undefined
printf '%s\n' 'Name: bitext' 'Description: bitext of the build tree' 'Version: 0' \
	'Requires.private: icu-uc icu-i18n icu-io libxml-2.0 hunspell' \
	"Libs: -L$build -lbitext $san" "Cflags: -I$top/include" > "$T/pc/bitext.pc"

# gen DOC DIR: write DIR/script.sh (line N of it is line N of DOC, or empty),
# DIR/expect (LINE STATUS of commands that exit non-zero on purpose),
# DIR/out.LINE (expected output of a console command), DIR/work/NAME files
gen() {
	awk -v dir="$2" '
	function code_end(s,   i, c, q) {   # where an unquoted " #" comment starts
		q = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (q != "") { if (c == q) q = ""; continue }
			if (c == "\"" || c == "\047") q = c
			else if (c == "#" && (i == 1 || substr(s, i - 1, 1) ~ /[ \t]/)) return i - 1
		}
		return length(s)
	}
	BEGIN { mode = ""; cur = 0 }
	/^```[a-z]*[ \t]*$/ {
		if (mode == "") {
			lang = substr($0, 4); sub(/[ \t]+$/, "", lang)
			mode = "text"
			if (skipnext) mode = "text"
			else if (lang == "sh") mode = "sh"
			else if (lang == "console") mode = "console"
			else if (lang == "c" && file != "") mode = "file"
			skipnext = 0; cur = 0
			print "" > (dir "/script.sh"); next
		}
		mode = ""; file = ""
		print "" > (dir "/script.sh"); next
	}
	mode == "sh" {
		line = $0
		code = substr(line, 1, code_end(line))
		if (code ~ /[^ \t]/ && line ~ /#.*exit status [0-9]+/) {
			st = line; sub(/.*exit status /, "", st); sub(/[^0-9].*/, "", st)
			line = code
			line = line " || _rc=$?; _status \"$_rc\" " st " " NR
		}
		print line > (dir "/script.sh"); next
	}
	mode == "console" {
		if (substr($0, 1, 2) == "$ ") {
			cur = NR
			printf "" > (dir "/out." cur)
			print "{ " substr($0, 3) " ; } > \"$_dir/got\"; _console " NR > (dir "/script.sh")
		} else {
			if (cur) print $0 > (dir "/out." cur)
			print "" > (dir "/script.sh")
		}
		next
	}
	mode == "file" { print $0 > (dir "/work/" file); print "" > (dir "/script.sh"); next }
	{
		if ($0 ~ /^<!-- not run:/) skipnext = 1
		else if ($0 ~ /^<!-- file: [^ ]+ -->$/) { file = $3 }
		else if ($0 !~ /^[ \t]*$/) { skipnext = 0; file = "" }
		print "" > (dir "/script.sh")
	}
	' "$1"
}

cat > "$T/prelude.sh" <<'SH'
_rc=0
_fail() { echo "FAIL: $_doc:$1: $2"; exit 1; }
# a command that fails: only if its comment said so (then _status checks it)
trap '_fail $LINENO "the example exits with status $?"' ERR
_status() {
	[ "$1" -eq "$2" ] || _fail "$3" "the example exits with status $1, its comment says $2"
	_rc=0
}
_console() {
	if [ "$(head -n 1 "$_dir/out.$1")" = "..." ]; then
		n=$(($(wc -l < "$_dir/out.$1") - 1))
		tail -n +2 "$_dir/out.$1" > "$_dir/want"
		tail -n "$n" "$_dir/got" > "$_dir/have"
	else
		cp "$_dir/out.$1" "$_dir/want"
		cp "$_dir/got" "$_dir/have"
	fi
	diff -u "$_dir/want" "$_dir/have" > "$_dir/diff" ||
		{ cat "$_dir/diff"; _fail "$1" "the output differs from the doc's"; }
}
make() {
	[ "$*" = demo ] || { echo "make $*: not run by the doc test" >&2; return 2; }
	sh corpora/demo.sh "$_build" out
}
cd "$_dir/work" || exit 1
. "$_dir/script.sh"
SH

n=0 bad=
for doc in README.md doc/*.md; do
	[ -f "$doc" ] || continue
	n=$((n + 1))
	d=$T/doc$n
	mkdir -p "$d/work"
	cp -R corpora "$d/work/corpora"
	gen "$doc" "$d"
	grep -q . "$d/script.sh" || continue
	bash -n "$d/script.sh" 2> "$d/syntax" ||
		{ echo "FAIL: $doc: $(sed 's/.*script\.sh: line \([0-9]*\):/line \1:/' "$d/syntax" | head -n 1)"
		  bad="$bad $doc"; continue; }
	PATH="$T/bin:$PATH" PKG_CONFIG_PATH="$T/pc" LD_LIBRARY_PATH="$build" \
		_doc=$doc _dir=$d _build=$build \
		bash "$T/prelude.sh" > "$d/log" 2>&1 ||
		{ tail -n 30 "$d/log"; bad="$bad $doc"; continue; }
	echo "$doc: examples pass"
done
[ "$n" -gt 5 ] || fail "found only $n doc files"
[ -z "$bad" ] || fail "examples fail in:$bad"
