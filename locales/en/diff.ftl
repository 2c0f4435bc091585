## `whitepaper diff`: what changed in the facts between two versions.
## $what is the changed fact's path in words (area › entry › field).

diff-working-tree = the working tree
diff-title = { $count ->
    [one] One change in the facts from { $from } to { $to }
   *[other] { $count } changes in the facts from { $from } to { $to }
}
diff-none = No fact changed from { $from } to { $to }.
diff-added = Added: { $what }: { $value }
diff-removed = Removed: { $what }: { $value }
diff-changed = Changed: { $what }: { $from } → { $to }
diff-edition-sections = { $edition }: { $sections }
diff-no-section = (shown in no section of the editions)

## `whitepaper release`: the drafted entry of the revision history, one per section, in the
## style "11. Backups: kept 60 → 14". $what is the changed field after its entry.

release-section = { $section }: { $changes }
release-added = added { $what } { $value }
release-removed = removed { $what } { $value }
release-changed = { $what } { $from } → { $to }

## `build --since REV`: marks for reviewers on the sections whose facts changed.

since-note = A bar in the margin marks the sections whose facts changed since { $rev }.
since-mark = changed
