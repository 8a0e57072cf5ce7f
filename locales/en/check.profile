# check.profile - default settings of `bitext check` for targets in English.
#
# Format: one setting a line, `check-id = off|error|warning|info`; `#` starts
# a comment; `*` stands for every check. The checker starts from its
# built-in defaults, applies locales/<target-language>/check.profile, then
# the files given with --profile, in order.
#
# Check ids: normalization invisible whitespace spelling terminology
# forbidden number untranslated empty punctuation length inconsistency
# tags repeated url

# English has a good hunspell dictionary and no spaces before punctuation.
spelling = warning
whitespace = warning
