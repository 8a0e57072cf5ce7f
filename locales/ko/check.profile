# check.profile - default settings of `bitext check` for targets in Korean.
#
# Format: one setting a line, `check-id = off|error|warning|info`; `#` starts
# a comment; `*` stands for every check. Applied after the built-in
# defaults and before the files given with --profile.

# hunspell-ko rejects many correct names and compounds: its findings are
# advice, not warnings.
spelling = info
# Korean word order moves inline codes more often than English does; the
# reorder finding is info already, a missing code stays an error.
tags = error
