#!/bin/sh
# every input under tests/fuzz/regress/<target>/ (each once crashed that
# fuzz target) runs through a plain build of the target without crashing,
# with its bytes against an unreadable page; and every target still runs
# its seed corpus (tests/fuzz/seeds.sh) to the end
. tests/cli/lib.sh
bin=$(dirname "$BITEXT")/fuzz
n=0
for src in tests/fuzz/*.c; do
	t=$(basename "$src" .c)
	[ "$t" = driver ] && continue
	[ -x "$bin/$t" ] || fail "fuzz target $t not built ($bin/$t)"
	n=$((n + 1))
done
[ "$n" -ge 10 ] || fail "only $n fuzz targets"
for d in tests/fuzz/regress/*/; do
	[ -d "$d" ] || continue
	t=$(basename "$d")
	[ -x "$bin/$t" ] || fail "regress/$t has no target"
	"$bin/$t" "$d" > "$T/out" 2>&1 || { cat "$T/out"; fail "regress/$t: a saved input crashes $t again"; }
done
sh tests/fuzz/seeds.sh "$T/seeds" || fail "seeds.sh failed"
for d in "$T"/seeds/*/; do
	t=$(basename "$d")
	"$bin/$t" "$d" > "$T/out" 2>&1 || { cat "$T/out"; fail "seeds of $t crash it"; }
	grep -q "inputs ran" "$T/out" || fail "$t did not run its seeds"
done
