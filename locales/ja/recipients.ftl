## `build --recipient`: the stamp on every page of a copy prepared for a named recipient.
## $recipient is the name exactly as given, $id its id in the ledger, $date the day the
## copy was prepared.

recipient-stamp = 提供先：{ $recipient }（{ $id }）　作成日：{ $date }
# the faint diagonal mark of `--watermark`
recipient-watermark = { $recipient }
