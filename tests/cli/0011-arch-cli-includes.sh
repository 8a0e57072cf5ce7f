# the command-line tool is built on the public API only: src/cli/*.c and *.h
# include <bitext/NAME.h> headers that exist in include/bitext/, system
# headers, and the tool's own headers ("NAME.h" of src/cli/) - never a
# library-internal header, nor a dependency's (ICU, libxml2, hunspell), which
# the library keeps behind its own API
. tests/cli/lib.sh
ls src/cli/*.c >/dev/null 2>&1 || fail "no src/cli/*.c (run from the top of the tree)"

# The directories the C compiler searches for <...> by default: a system
# header is one found there (src/util/limits.h is internal, <limits.h> is the
# C library's).
${CC:-cc} -xc -E -v /dev/null 2>&1 >/dev/null |
	awk '/^#include <\.\.\.> search starts here:/ { on = 1; next }
	     /^End of search list/ { on = 0 }
	     on { print $1 }' > "$T/sysdirs"
[ -s "$T/sysdirs" ] ||
	skip "${CC:-cc} does not list its include path: cannot tell system headers"

# one line per offending #include: FILE:LINE: the directive (reason)
awk -v sysdirs="$T/sysdirs" '
function exists(f,   x, r) {
	r = (getline x < f)
	if (r >= 0) close(f)
	return r >= 0
}
function system_header(name,   i) {
	for (i = 1; i <= nsys; i++)
		if (exists(sys[i] "/" name))
			return 1
	return 0
}
BEGIN {
	while ((getline d < sysdirs) > 0) sys[++nsys] = d
	# the dependencies the library wraps
	dep["unicode"] = 1; dep["libxml"] = 1; dep["hunspell"] = 1
	dep["hunspell.h"] = 1; dep["hunspell.hxx"] = 1
}
FNR == 1 { dir = FILENAME; sub(/[^\/]*$/, "", dir) }
/^[ \t]*#[ \t]*include/ {
	line = $0
	sub(/^[ \t]*#[ \t]*include[ \t]*/, "", line)
	why = ""
	if (line ~ /^</) {
		name = substr(line, 2); sub(/>.*/, "", name)
		first = name; sub(/\/.*/, "", first)
		base = name; sub(/.*\//, "", base)
		if (first == "bitext") {
			if (name !~ /^bitext\/[A-Za-z0-9_]+\.h$/)
				why = "not a public header name"
			else if (!exists("include/" name))
				why = "no such public header in include/"
		} else if (first in dep)
			why = "a dependency of the library, not of the tool"
		else if (!system_header(name))
			why = "not a system header"
	} else if (line ~ /^"/) {
		name = substr(line, 2); sub(/".*/, "", name)
		if (name ~ /\//)
			why = "a quoted include with a path leaves src/cli/"
		else if (!exists(dir name))
			why = "not a header of src/cli/"
	} else
		why = "an include through a macro cannot be checked"
	if (why != "") {
		d = $0; sub(/^[ \t]+/, "", d)
		print FILENAME ":" FNR ": " d " (" why ")"
	}
}' src/cli/*.c src/cli/*.h > "$T/bad"

if [ -s "$T/bad" ]; then
	echo "src/cli includes more than the public API:"
	sed 's/^/  /' "$T/bad"
	fail "the tool includes $(wc -l < "$T/bad" | tr -d ' ') non-public header(s)"
fi
exit 0
