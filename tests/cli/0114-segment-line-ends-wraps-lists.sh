#!/bin/sh
# CRLF and CR become LF; hard-wrapped lines are not sentence breaks; list
# items and headings start paragraphs
. tests/cli/lib.sh
printf 'Budget News\r\nThe committee met on Tuesday to discuss the budget for the next\r\nfiscal year. It approved the plan by\r\na narrow margin.\r\n\r\nSteps:\r- open the box\r- read the manual\r' > "$T/a.txt"
run segment --lang en "$T/a.txt"
expect_rc 0
expect_out_is "Budget News

The committee met on Tuesday to discuss the budget for the next fiscal year.
It approved the plan by a narrow margin.

Steps:

- open the box

- read the manual"
run segment --lang en --format json "$T/a.txt"
expect_out_has '"kind":"heading","text":"Budget News","bytes":[0,11]'
expect_out_has '"kind":"list-item","text":"- open the box"'
