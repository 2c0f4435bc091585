lang-name = 日本語
version-label = { $version }版
date = { $year }年{ $month }月{ $day }日
date-label = 最終改定日
# What precedes a note number in note marks.
note-mark = ※
toc-title = 目次
list-sep = 、
revision-history = 改定履歴
revision-col-version = 版数
revision-col-date = 改定日
revision-col-changes = 改定内容
revision-versions-only = 版数：{ $versions }

## 見出しの番号 (文書の構造から生成する): $n はその階層での番号、$path は上位の番号を含む番号 (1.2)。

number-section = { $n }.
number-subsection = { $path }
number-article = 第{ $n }条
number-paragraph = ({ $n })
heading-numbered = { $number } { $title }

## 列挙と共通の語句

list-and = 、
list-or = または
list-slash = {" "}/{" "}
quote = “{ $text }”
quote-title = 「{ $text }」
link-with-kind = { $label } ({ $kind })
link-languages = { $label } ({ $languages })
language-name = { $lang ->
    [ja] 日本語
    [en] 英語
   *[other] { $lang }
}
all-services = 当社が提供するサービス共通
all-services-except = 全サービス共通（{ $service }を除く）
account-generic = アカウント
terms-of-use = { $company }利用規約
terms-clause = { $company }利用規約第{ $article }条
terms-clause-paragraph = { $company }利用規約第{ $article }条第{ $paragraph }項
period = { $from }～{ $until }
sentence-sep = {""}

## 認証 (両方の版、templates/partials/certification.md): 種類ごとに、その実態どおりに書く。

cert-kind-certificate = 認証
cert-kind-attestation = 保証報告書
cert-kind-registration = 登録
cert-kind-first-certificate = 認証
cert-kind-first-attestation = 保証報告書
cert-kind-first-registration = 登録
cert-named = { $name } ({ $standard })
cert-of-standard = { $standard }認証
cert-held-scheme = 当社は、{ $body }が運営する{ $scheme }における{ $name }を取得しています。
cert-held-by = 当社は、{ $body }による{ $name }を取得しています。
cert-held = 当社は、{ $name }を取得しています。
cert-report-scheme = 当社は、{ $scheme }に基づき{ $body }が発行した{ $standard }報告書を受領しています。
cert-report-by = 当社は、{ $body }が発行した{ $standard }報告書を受領しています。
cert-report = 当社は、{ $standard }報告書を受領しています。
cert-registered-by = 当社は、{ $body }が運営する{ $name }に登録されています。
cert-registered = 当社は、{ $name }に登録されています。

## 開示項目の対応 (templates/partials/not-applicable.md、coverage.md)

na-title = { $catalog }の項目のうち適用されないもの
na-intro = { $catalog }の次の項目は、それぞれの理由により当社のサービスには適用されません。
na-item = { $clause } { $title }：{ $reason }
coverage-title = { $catalog }の各項目と本書の記載箇所
coverage-intro = { $catalog }の各項目と、それに対応する本書の記載箇所を示します。
coverage-col-clause = 項番
coverage-col-item = 項目
coverage-col-answer = 本書の記載箇所
coverage-not-applicable = 適用外：{ $reason }
coverage-unanswered = 本書では扱っていません
