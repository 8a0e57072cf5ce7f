import sys
# drop the PO entries whose strings hold escapes of control characters
# (\a \b \f \v \r): bitext's memories hold text XML can carry
bad = set("abfvr")
def ok(block):
    if any(ord(c) < 32 and c not in "\n\t" or c == "\x7f" for c in block):
        return False
    for line in block.split("\n"):
        i = 0
        while i < len(line):
            if line[i] == "\\" and i + 1 < len(line):
                if line[i + 1] in bad:
                    return False
                i += 2
                continue
            i += 1
    return True
text = open(sys.argv[1], encoding="utf-8").read()
blocks = text.split("\n\n")
sys.stdout.write("\n\n".join(b for b in blocks if ok(b)))
