# layers only point down, and no two files of one layer lean on each other
# in a circle. The order is util < lang < text < segment < tmx < termbase <
# align < check < cli. Read from the object files: every undefined symbol of
# build/src/LAYER/FILE.o that another object defines must come from the same
# or a lower layer; and within a layer the files' "uses a symbol of" graph
# has no cycle (each cycle is reported as the shortest way round it).
#
# Violations known when this test landed are listed in KNOWN below. The test
# fails on any violation not in the list, and on a listed one that is gone
# (take it out of the list: the list only shrinks).
. tests/cli/lib.sh
command -v nm >/dev/null || skip "nm is not installed (binutils): cannot read object files"
build=$(dirname "$BITEXT")
order="util lang text segment tmx termbase align check cli"

KNOWN=''

# the objects of today's sources (a stale object of a removed file is not
# part of the library)
objs=
for l in $order; do
	for c in src/$l/*.c; do
		[ -f "$c" ] || continue
		o=$build/${c%.c}.o
		[ -f "$o" ] || fail "missing $o (run make first)"
		objs="$objs $o"
	done
done
[ -n "$objs" ] || fail "no sources under src/LAYER/ (run from the top of the tree)"
# nm -A: "PATH.o:ADDR TYPE NAME" for definitions, "PATH.o: U NAME" for uses
nm -A -g --defined-only $objs > "$T/def" 2>/dev/null || fail "nm failed"
nm -A -u $objs > "$T/undef" 2>/dev/null || fail "nm failed"

awk -v order="$order" -v build="$build/src/" -v deffile="$T/def" '
function node(path) {	# build/src/tmx/tmx_read.o: -> tmx/tmx_read
	sub(/\.o:.*/, "", path)
	return substr(path, length(build) + 1)
}
function layer(n) { sub(/\/.*/, "", n); return n }
# the shortest path from a back to b inside one layer, as "a -> ... -> b"
function path(a, b,   q, head, tail, prev, seen, cur, k, m, p) {
	head = tail = 1; q[1] = a; seen[a] = 1
	while (head <= tail) {
		cur = q[head++]
		if (cur == b)
			break
		for (k = 1; k <= nout[cur]; k++) {
			m = out[cur, k]
			if (!(m in seen)) { seen[m] = 1; prev[m] = cur; q[++tail] = m }
		}
	}
	if (!(b in seen))
		return ""
	p = b
	for (cur = b; cur != a; cur = prev[cur])
		p = prev[cur] " -> " p
	return p
}
# a cycle written from its smallest file, so each is listed once
function canon(c,   n, f, i, best, s, j) {
	n = split(c, f, / -> /) - 1	# the last file repeats the first
	best = 1
	for (i = 2; i <= n; i++)
		if (f[i] < f[best])
			best = i
	s = f[best]
	for (j = 1; j <= n; j++)
		s = s " -> " f[(best - 1 + j) % n + 1]
	return s
}
BEGIN {
	n = split(order, o, " ")
	for (i = 1; i <= n; i++)
		rank[o[i]] = i
}
FILENAME == deffile { def[$NF] = node($1); next }
!($NF in def) { next }	# a symbol of the C library or a dependency
{
	from = node($1); to = def[$NF]
	if (from == to || ((from, to) in edge))
		next
	edge[from, to] = $NF
	if (layer(from) == layer(to))
		out[from, ++nout[from]] = to
	else if (rank[layer(to)] > rank[layer(from)])
		print "up: " from " -> " to "\t(" $NF ")"
}
END {
	for (e in edge) {
		split(e, ft, SUBSEP)
		if (layer(ft[1]) != layer(ft[2]))
			continue
		p = path(ft[2], ft[1])
		if (p != "") {
			c = canon(ft[1] " -> " p)
			if (!(c in done)) { done[c] = 1; print "circle: " c }
		}
	}
}' "$T/def" "$T/undef" | sort > "$T/found"

# the key of a violation is the text before a tab (the symbol is a hint)
cut -f1 "$T/found" | sort -u > "$T/keys"
printf '%s\n' "$KNOWN" | sed '/^$/d' | sort -u > "$T/known"
comm -23 "$T/keys" "$T/known" > "$T/new"
comm -13 "$T/keys" "$T/known" > "$T/gone"
comm -12 "$T/keys" "$T/known" > "$T/still"

if [ -s "$T/still" ]; then
	echo "known layer violations still present ($(wc -l < "$T/still" | tr -d ' ')):"
	sed 's/^/  /' "$T/still"
fi
bad=0
if [ -s "$T/new" ]; then
	echo "new layer violations:"
	while read -r k; do
		grep -F "$k" "$T/found" | head -n 1 | sed 's/^/  /'
	done < "$T/new"
	bad=1
fi
if [ -s "$T/gone" ]; then
	echo "fixed, so take them out of KNOWN in $0:"
	sed 's/^/  /' "$T/gone"
	bad=1
fi
[ "$bad" -eq 0 ] || fail "the layer order or a file circle changed (see above)"
exit 0
