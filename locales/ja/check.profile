# check.profile - default settings of `bitext check` for targets in Japanese.
#
# Format: one setting a line, `check-id = off|error|warning|info`; `#` starts
# a comment; `*` stands for every check.

# No hunspell dictionary for Japanese is usually installed, and words are
# not separated by spaces: spelling and repeated-word checks do not apply.
spelling = off
repeated = off
