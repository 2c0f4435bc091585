## `whitepaper diff`: 2 つの版のあいだでファクトが変わった点。
## $what は変わったファクトの場所（領域 › 項目 › 欄）。

diff-working-tree = 作業ツリー
diff-title = { $from } から { $to } までのファクトの変更：{ $count } 件
diff-none = { $from } から { $to } までに変更されたファクトはありません。
diff-added = 追加：{ $what }：{ $value }
diff-removed = 削除：{ $what }：{ $value }
diff-changed = 変更：{ $what }：{ $from } → { $to }
diff-edition-sections = { $edition }：{ $sections }
diff-no-section = （どの版のどの節にも表示されない）

## `whitepaper release`: 改訂履歴の下書き。節ごとに 1 件、「11. バックアップの状況: kept 60 → 14」の形。
## $what は変わった欄（項目のあと）。

release-section = { $section }：{ $changes }
release-added = { $what } { $value } を追加
release-removed = { $what } { $value } を削除
release-changed = { $what } を { $from } から { $to } に変更

## `build --since REV`: レビュー用に、ファクトが変わった節に付ける印。

since-note = 余白の線は、{ $rev } 以降にファクトが変わった節を示します。
since-mark = 変更あり
