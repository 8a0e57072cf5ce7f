#!/usr/bin/env python3
"""make-planted.py - plant exactly one problem in each unit of the clean
ko->en memory (clean-ko-en.tsv) and write planted-ko-en.tsv and
planted-ko-en.expected ("unit<TAB>check", units numbered from 1 without the
header). Deterministic: run it again to regenerate the fixture."""
import re, sys, unicodedata, os

here = os.path.dirname(os.path.abspath(__file__))
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, 'clean-ko-en.tsv'), encoding='utf-8')][1:]

SWAPS = [('Kim Jong-un', 'Kim Jung-un', 'forbidden'), ('East Sea', 'Sea of Japan', 'forbidden'),
         ('Saenuri Party', 'New Frontier Party', 'forbidden'), ('cyberattack', 'cyber-attack', 'forbidden')]
TERMS = [('North Korea', 'the northern regime'), ('National Assembly', 'legislature'),
         ('Ministry of Trade, Industry and Energy', 'economy office'), ('Bank of Korea', 'central lender'),
         ('Korean Wave', 'K-culture boom'), ('South Korea', 'this nation')]

def plant_number(s, t):
    m = [x for x in re.finditer(r'\d[\d,.]*', t) if x.group().strip('.,') and re.search(r'\d', s)]
    for x in m:
        g = x.group()
        d = g[0]
        nd = str((int(d) + 4) % 10) if d != '0' else '7'
        if nd == '0': nd = '8'
        return s, t[:x.start()] + nd + t[x.start() + 1:]
    return None

def plant_forbidden(s, t):
    for a, b, _ in SWAPS:
        if a in t:
            return s, t.replace(a, b, 1)
    return None

def plant_terminology(s, t):
    for a, b in TERMS:
        if a in t and ('북한' in s or '국회' in s or '산업' in s or '한국은행' in s or '한류' in s or '한국' in s):
            return s, t.replace(a, b, 1)
    return None

def plant_spelling(s, t):
    words = re.findall(r'\b[a-z]{7,}\b', t)
    if not words: return None
    w = words[len(t) % len(words)]
    i = 2 + len(s) % 4            # drop one letter, not always the same
    return s, t.replace(w, w[:i] + w[i + 1:], 1)

def plant_whitespace(s, t):
    i = t.find(' ', len(t) // 2)
    if i < 0: return None
    return s, t[:i] + ' ' + t[i:]

def plant_invisible(s, t):
    i = t.find(' ', len(t) // 3)
    if i < 0: return None
    return s, t[:i] + '\u200b' + t[i:]

def plant_normalization(s, t):
    for i, ch in enumerate(s):
        if '\uac00' <= ch <= '\ud7a3':
            return s[:i] + unicodedata.normalize('NFD', ch) + s[i + 1:], t
    return None

def plant_untranslated(s, t):
    return s, s

def plant_empty(s, t):
    return s, ''

def plant_punctuation(s, t):
    words = t.split(' ')
    if len(words) < 4 or '(' in t or ')' in t: return None
    words[2] = '(' + words[2]
    return s, ' '.join(words)

def plant_repeated(s, t):
    m = re.search(r'\b(the|a|to|of|in) ', t)
    if not m: return None
    return s, t[:m.start()] + m.group(1) + ' ' + t[m.start():]

def plant_tags(s, t):
    return s.replace(' ', ' {0} ', 1), t

def plant_url(s, t):
    m = re.search(r'www\.[a-z.]+[a-z]', t)
    if not m:
        # a reference the translator mistyped
        return s + ' (www.mofa.go.kr)', t + ' (www.mofa.go.jp)'
    return s, t.replace(m.group(), m.group().replace('.kr', '.com', 1) if '.kr' in m.group() else m.group() + 'x', 1)

prev = [None]
def plant_inconsistency(s, t):
    # the previous unit's source again, translated another way
    p = prev[0]
    if not p: return None
    ps, pt = p
    words = pt.split(' ')
    for i, w in enumerate(words):
        for a, b in (('said', 'stated'), ('fired', 'launched'), ('rose', 'increased'),
                     ('government', 'administration'), ('expected', 'forecast')):
            if w == a:
                words[i] = b
                return ps, ' '.join(words)
    if len(words) >= 4:
        m = len(words) // 2
        words[m - 1], words[m] = words[m], words[m - 1]
        return ps, ' '.join(words)
    return None

def plant_length(s, t):
    if re.search(r'\d', s) or len(s) < 30: return None
    words = t.split(' ')
    if len(words) < 12: return None
    return s, ' '.join(words[:3])

PLANTERS = [('number', plant_number), ('forbidden', plant_forbidden),
            ('terminology', plant_terminology), ('spelling', plant_spelling),
            ('whitespace', plant_whitespace), ('invisible', plant_invisible),
            ('normalization', plant_normalization), ('untranslated', plant_untranslated),
            ('empty', plant_empty), ('punctuation', plant_punctuation),
            ('repeated', plant_repeated), ('tags', plant_tags), ('url', plant_url),
            ('length', plant_length), ('inconsistency', plant_inconsistency)]

out, exp = [], []
k = 0
last = None
for s, t in rows:
    # the previous unit as written, when its source was left as it was and
    # it has a translation: a later unit may repeat that source
    prev[0] = None
    if last and out and out[-1][0] == last[0] and out[-1][1].strip() and out[-1][1] != last[0]:
        prev[0] = last
    last = (s, t)
    for tries in range(len(PLANTERS)):
        name, f = PLANTERS[(k + tries) % len(PLANTERS)]
        r = f(s, t)
        if r and r != (s, t):
            out.append(r)
            exp.append(name)
            break
    k += 1
with open(os.path.join(here, 'planted-ko-en.tsv'), 'w', encoding='utf-8') as f:
    f.write('source\ttarget\n')
    for s, t in out:
        f.write(s + '\t' + t + '\n')
with open(os.path.join(here, 'planted-ko-en.expected'), 'w') as f:
    for i, e in enumerate(exp):
        f.write('%d\t%s\n' % (i + 1, e))
from collections import Counter
print(len(out), Counter(exp), file=sys.stderr)
