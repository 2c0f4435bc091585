# Security whitepaper (templates/whitepaper.md). Facts — names, numbers, dates, URLs — come in
# as variables; only the sentences are written here.

## Shared terms and helpers

-wp-nulab-account = ヌーラボアカウント
-wp-managed-account = 管理対象アカウント
-wp-audit-log = 監査ログ
wp-term = { $term ->
    [nulab-account] { -wp-nulab-account }
    [managed-account] { -wp-managed-account }
   *[audit-log] { -wp-audit-log }
}
# Joining lists: "A、B、C" / "A、B、またはC".
wp-and = 、
wp-or = または
wp-slash = {" "}/{" "}
wp-sentence-sep = {""}
wp-quote = “{ $text }”
wp-all-services = 当社が提供するサービス共通
wp-all-services-except = 全サービス共通（{ $service }を除く）
wp-link-kind = { $kind ->
    [plan-selection] プラン選択ページ
    [sign-up] 申込みページ
   *[manual] マニュアルページ
}
wp-link = { $label } ({ $kind })
wp-language = { $lang ->
    [ja] 日本語
    [en] 英語
   *[other] { $lang }
}
wp-link-languages = { $label } ({ $languages })

## 1. Shared responsibility

wp-responsibility-title = 1. 利用者との責任分界点
wp-responsibility-company-title = { $company } (以下『当社』と表記) の責任
wp-responsibility-company-intro = 当社は、以下のセキュリティ対策を実施します。
wp-responsibility-company-services = 当社が提供するサービス ({ $services }) のセキュリティ対策
wp-responsibility-company-data = 上記サービスに保管された利用者データの保護
wp-responsibility-company-infrastructure = 上記サービスの提供に利用するミドルウェア、OS、その他インフラのセキュリティ対策
wp-responsibility-account-note = { $service }は、当社が提供するサービスで共有するアカウント (以下、『{ -wp-nulab-account }』と表記) などの機能を提供します。
wp-responsibility-users-title = 利用者の責任
wp-responsibility-users-intro = 利用者は、以下のセキュリティ対策を実施する必要があります。
wp-responsibility-users-passwords = パスワードの適切な管理 (二段階認証で利用するデバイスの適切な管理も含む)
wp-responsibility-users-accounts = アカウント[^wp-s1-2]の適切な管理 (登録、削除、管理権限の付与など)
wp-responsibility-users-content = 登録されたコンテンツの適切な管理
wp-responsibility-users-note = 以後、アカウントをユーザーと表記する箇所がありますが、全てアカウントと同義です。

## 2. Data storage locations

wp-storage-title = 2. データ保管場所
wp-storage-intro = お客様からお預かりしたデータは、下記に示すクラウドベンダーのデータセンターに保管されます。
wp-storage-col-service = サービス名
wp-storage-col-location = データ保管場所
# One country: "米国 オレゴン州、バージニア州".
wp-storage-places = { $country } { $regions }
wp-storage-location = { $provider } ({ $places })
wp-storage-location-when = { $provider } ({ $places }) ※ { $condition }

## 3. Data deletion

wp-deletion-title = 3. データの削除
wp-deletion-intro = 当社が提供するサービスの契約管理者がサービス利用終了手続[^wp-s3-1]を行った場合に、お客様からお預かりしたデータ (以下、『ユーザーデータ』と表記) を削除します。
wp-deletion-procedures-note = 次のいずれかの操作を指します (以下「サービス利用終了手続」について同じ): { $procedures }
wp-deletion-procedure = { $action ->
    [delete-organization] { -wp-nulab-account }の“組織の削除”
   *[cancel] { $service }の“解約手続”
}
wp-deletion-intro-other = また、正式なプラン申込みなくトライアルの期間が満了した場合や、当社が提供するサービスの利用料金の支払いを遅滞するなどして利用停止となった場合にも、ユーザーデータを削除します。
wp-deletion-intro-final = これらの場合において、削除されたユーザーデータは、{ $company }であっても復旧することができません。削除する条件、削除タイミングおよび削除対象となるユーザーデータは、下記の「[削除する条件と削除タイミング](#deletion-timing)」および「[削除対象となるユーザーデータ](#deletion-scope)」のとおりとします。
wp-deletion-timing-title = 削除する条件と削除タイミング
wp-deletion-col-target = 対象
wp-deletion-col-condition = ユーザーデータが削除される条件
wp-deletion-col-timing = 削除時期 (原則)[^wp-s3-2]
wp-deletion-target = { $kind ->
    [plans] { $services }
    [listed-plans] { $services } { $plans }
    [other-plans] 上記以外の{ $services }のプラン
    [nulab-account] { -wp-nulab-account }
    [managed-account] { -wp-managed-account }
   *[audit-log] { -wp-audit-log }
}
# What a condition is stated for: the plans of the row, or a service.
wp-deletion-these-plans = 左記のプラン
wp-deletion-our-services = 当社が提供するサービス
wp-terms-clause = { $company }利用規約第{ $article }条第{ $paragraph }項
wp-deletion-condition = { $trigger ->
    [cancelled] 解約手続を実施済みであること
    [trial-expired] { $subject }について正式な申込みなくトライアルの期間が満了したこと
    [suspended] { $subject }の利用料金の支払いを遅滞するなどして{ $clause }の定めにより利用停止になったこと
    [contract-expired] { $subject }について契約期間が満了したこと
    [account-deleted] { -wp-nulab-account }の削除が実施されること
    [organization-deleted] 組織の削除が実施されること
    [organization-or-managed-account-deleted] 組織の削除または{ -wp-managed-account }の削除が実施されること
   *[retention-expired] { -wp-audit-log }の保存期間である{ $months }ヶ月を経過したこと
}
wp-deletion-delay = { $days ->
    [0] { $event ->
            [account-deletion] { -wp-nulab-account }の削除を実施したとき
            [managed-account-deletion] { -wp-managed-account }の削除を実施したとき
            [organization-deletion] 組織が削除されたとき
            [cancellation] 解約手続を実施したとき
           *[other] その時点
        }
   *[other] { $event ->
            [current-contract-end] 現在の契約期間終了
            [contract-end] 契約期間満了日
            [trial-end] トライアル期間満了日
            [cancellation] 解約手続の実施日
            [organization-deletion] 組織が削除されて
            [account-deletion] { -wp-nulab-account }の削除を実施して
            [managed-account-deletion] { -wp-managed-account }の削除を実施して
           *[log-stored] { -wp-audit-log }が保存されて
        }から{ $days }日経過後
}
wp-deletion-delay-for = { $scope }では{ $delay }
wp-deletion-alternative = { $scoped ->
    [yes] 、
   *[no] 、または
}
wp-deletion-object = { $target ->
    [audit-log] { -wp-audit-log }
   *[other] ユーザーデータ
}
wp-deletion-step = { $action ->
    [cancel-space] { $when }にスペースの解約手続を実施します。
    [delete-organization] { $when }に、システムで自動的に組織を削除します。
   *[start-deletion] { $when }に{ $object }の削除作業を開始し、開始から{ $complete }日以内に削除を完了します。
}
wp-deletion-backup-note = ただし、当社が提供するサービスで取得しているバックアップデータには、上記の削除タイミングによりユーザーデータが削除された後も、ユーザーデータが一定期間残ります。例えば、1日{ $per_day }回取得しているバックアップの保持回数が{ $kept }回の場合は、削除が完了してから{ $days }日間はデータが残り、{ $next }日目に削除されます。
wp-deletion-scope-title = 削除対象となるユーザーデータ
wp-deletion-scope-intro = 次のデータを除き、ユーザーが各サービスに登録した全てのユーザーデータが削除されます。
wp-deletion-retained-of = { $service }の{ $data }
wp-deletion-account = { $kind ->
    [nulab-account] { -wp-nulab-account }
    [managed-account] { -wp-managed-account }
   *[service] { $service }のアカウント
}
wp-deletion-except-plans = { $service } ({ $plans }を除く)
wp-deletion-accounts-note = ただし、{ $accounts }の削除を実施した場合には、該当アカウントで作成された{ $services }のユーザーデータは削除されません。これらのユーザーデータが削除されるためには、上記「[削除する条件と削除タイミング](#deletion-timing)」の表に記載の“{ -wp-nulab-account }”または“{ -wp-managed-account }”を除くいずれかのパターンに当てはまる必要があります。

## 4. Labelling

wp-labelling-title = 4. ラベル付け機構
wp-labelling-feature = { $kind ->
    [except] { $name }（{ $service }を除く）
    [only] { $name }（{ $service }のみ）
   *[all] { $name }
}

## 5. Registering and removing users

wp-accounts-title = 5. 利用者登録及び削除
wp-accounts-registration-title = 利用者登録
wp-accounts-registration = お客様は、サインアップ[^wp-s5-1]または、組織への招待を受けて組織に参加する際に、{ -wp-nulab-account }を作成できます。サインアップ時に作成された{ -wp-nulab-account }は組織の管理者となり、下記「[組織への招待](#accounts-invitation)」などの組織の管理を行うことができます。
wp-accounts-trial = { $service }無料トライアル申し込み
wp-accounts-sign-up-note = サインアップとは、当社が提供するサービスを無料トライアル等で利用開始すること、または{ -wp-nulab-account }の作成画面よりアカウントを作成することを指します。
wp-accounts-deletion-title = 利用者削除
wp-accounts-deletion = 利用者は、いつでも自由に{ -wp-nulab-account }を削除することができます。{ -wp-nulab-account }の削除は、利用者自身のみが行うことができます。
wp-accounts-invitation-title = 組織への招待
wp-accounts-invitation = 招待権限を持つ利用者は、いつでも自由に新たな利用者を組織へ招待することができます。
wp-accounts-removal-title = 組織からの除外
wp-accounts-removal = 管理者は、いつでも自由に組織内の利用者を組織のメンバーから除外することができます。除外された利用者は、組織で利用しているサービスを利用できなくなります。
wp-accounts-service-intro = { $kind ->
    [local] { $service }では、{ -wp-nulab-account }での利用以外に、{ $parent }内でのみ利用可能なユーザーを作成して、そのユーザーで利用することができます。
   *[managed] { $service }では、IdP (Identity Provider) を利用したシングルサインオン (SSO) が可能な{ -wp-managed-account }を作成して、利用することができます。
}
wp-accounts-service-managers = { $manager ->
    [inviters] 招待権限を持つ利用者
   *[administrators] 管理者
}は、{ $limited ->
    [yes] 契約されているプランの範囲内において、
   *[no] {""}
}{ $kind ->
    [local] ユーザー
   *[managed] { -wp-managed-account }
}の登録・削除を行うことが可能です。
wp-accounts-audit-log = また、契約プランにより{ -wp-audit-log }の記録・保存を行うことが可能です。

## 6. Access control

wp-access-title = 6. アクセス権の管理
wp-access-body = { $subject ->
    [organization] 利用者自ら、組織内の{ -wp-nulab-account }及びチームのアクセス権を設定することができます。
    [project] 利用者自ら、プロジェクトやプロジェクト内の情報に対するアクセス権を設定することができます。
    [account-team] { $service }は、アカウント及びチームの管理機能を提供します。
    [folder] 利用者自ら、組織の中のフォルダーに対するアクセス権を設定することができます。
    [topic] 利用者により設定された組織の権限に応じて、{ $service }内のトピックに対する権限が設定されます。
   *[audit-log] 利用者自ら、記録・保存された{ -wp-audit-log }に対するアクセス権を設定することができます。
}
wp-access-roles = 設定できる権限は、{ $roles }の{ $count }つです。
wp-access-extra = また、{ $role }には、{ $permissions }を追加で付与することができます。
wp-access-admin-selects = また、組織の管理者は、組織内のメンバーの中から、{ $topics ->
    [yes] { $service }を利用できるメンバーおよびトピックに参加するメンバー
   *[no] { $service }を利用できるメンバー
}を選択することができます。

## 7. Passwords

wp-passwords-title = 7. パスワードの配布方法
wp-passwords-initial-title = 初期パスワード配布方法
wp-passwords-change-title = パスワード変更方法
wp-passwords-issued = { $service }では、スペースの管理者がユーザーを作成するときに初期パスワードが発行されます。
wp-passwords-initial = { $method ->
    [user-chosen] { $account }は、利用者がアカウントを登録する際に自身のパスワードを設定できます。
   *[generated-and-emailed] 管理者が新規アカウントを追加すると同時に初期パスワードが生成され、新規アカウントのメールアドレスに送付されます。
}
wp-passwords-idp = { $service }の{ -wp-managed-account }にログインするためのログインID・パスワードは、{ $service }と連携するお客様のIdP (Identity Provider) のID・パスワードを利用します。
wp-passwords-not-stored = { $service }内にはパスワード情報は保存されません。

## 8. Encryption

wp-encryption-title = 8. 暗号化の状況
wp-encryption-user-info-title = 利用者情報
wp-encryption-user-info = データベースに保管される利用者の各種情報 ({ $examples }等) など個別のデータは暗号化されませんが、適切なアクセス権のもとで保管されます。
wp-encryption-passwords = パスワードは、不可逆暗号化 (ハッシュ化) された状態で保管されます。
wp-encryption-transport-title = サービスとの通信
wp-encryption-transport = お客様の端末と当社が提供するサービス間のインターネット通信は、{ $protocol }通信によって暗号化されます。
wp-encryption-database-title = データベースの暗号化
wp-encryption-database = 一部のサービスでは、データベースファイル自体を暗号化しています。
wp-encryption-database-services = 対象サービス: { $services }

## 9. Change management

wp-changes-title = 9. 変更管理
wp-changes-intro = 利用者への影響があるサービスの変更や、サービス停止を伴うメンテナンスについての情報は、下記のリンク先から参照できます。また、大きな影響がある場合は、{ $channels }でもお知らせします。
wp-changes-channel = { $channel ->
    [dashboard] 各サービスのダッシュボード
   *[newsletter] ニュースレター
}
wp-resource = { $kind ->
    [updates] 当社提供サービスアップデート情報
    [announcements] { $service }アナウンス情報
    [maintenance] { $service }メンテナンス情報
    [releases] { $service }リリース情報
    [twitter] { $service }公式Twitter
    [user-guide] { $service }ユーザーガイド
    [tutorial] { $service }チュートリアル
   *[support] { $service }サポート
}

## 10. Manuals

wp-manuals-title = 10. 手順書の提供
wp-manuals-intro = 利用者が利用できる各種マニュアルは、下記リンク先より閲覧することが可能です。

## 11. Backups

wp-backups-title = 11. バックアップの状況
wp-backups-snapshots = バックアップは全て、{ $provider }が提供するスナップショット機能を利用します。
wp-backups-durable = バックアップデータは、{ $provider }内の高可用性・高耐久性ストレージにて保管します。
wp-backups-whole-service = バックアップデータは、サービス全体の復旧を目的としており、個々のお客様データを個別に復旧することはできません。
wp-backups-same-region = バックアップデータのリージョンは、「[{ $section }](#storage)」で指定されたリージョンと同一になります。
wp-backups-policy-intro = 当社が行うバックアップの範囲、頻度、保持期間は下記のとおりです。
wp-backups-item = { $scope }: 1日{ $per_day }回取得し、{ $kept }回分保持します。
wp-backups-excluded = { $scope }: { $reason ->
   *[durable-storage] 高可用性・高耐久性ストレージに保存しており、消失リスクはほぼないと考えられるため、バックアップ対象外とします。
}
wp-backups-see-also = 上記内容は、「{ $page }」にも記載しております。

## 12. Log clocks

wp-logs-title = 12. ログのクロックに関する情報
wp-logs-clock = { $name }(UTC+{ $offset })
wp-logs-zones = 当社が提供するサービス内のログは、サーバーの時間である{ $clocks }で取得されます。
wp-logs-ntp = ログの時間は、{ $provider }が提供するNTPサービスと同期しています。

## 13. Vulnerability management

wp-vulnerabilities-title = 13. 脆弱性管理に関する情報
wp-vulnerabilities-scan = { $service }では{ $partial ->
    [yes] サービスの一部に対して
   *[no] サービスに対して
}、脆弱性診断ツールを用いたチェックを{ $frequency ->
   *[daily] 日次
}で行っています。
wp-vulnerabilities-watch = 当社が提供するサービスの開発チームは、利用する{ $components }等に関する脆弱性情報を、定期的に収集しています。
wp-vulnerabilities-patches = 当社が提供するサービスで利用しているコンポーネントに対する脆弱性パッチが公開された場合は、テスト環境での検証を経た後、速やかに適用します。

## 14. Security in development

wp-development-title = 14. 開発におけるセキュリティ情報
wp-development-practice = { $practice ->
    [code-review] コードレビューの実施などにより、基本的な脆弱性への対応ができているかなどの確認を行っています。
   *[library-check] サーバーにインストールされているライブラリ群について、バージョンが古くないか、脆弱性が発見されていないかなどのチェックを行っています。
}

## 15. Incident response

wp-incidents-title = 15. インシデント発生時の対応
wp-incidents-notify = 当社が定めるセキュリティインシデントが発生した場合は、当社の選択に基づき、{ $channels }その他の1つまたは複数の手段によりユーザーの管理者に連絡します。
wp-incidents-details = 上記内容の詳細は、当社の「{ $document }」に記載しております。
wp-incidents-contact = 情報セキュリティインシデントに関するお問い合わせは、下記の当社サイトのお問い合わせページより受け付けています。
wp-incidents-contact-page = 当社サイトのお問い合わせページ ({ $language }): <{ $url }>

## 16. Data protection

wp-protection-title = 16. 利用者データの保護および第三者提供について
wp-protection-responsibility = 利用者から預かったデータを適切に保護することは、当社の責任です。
wp-protection-access = { $logs ->
    [yes] ログデータを含む利用者データ
   *[no] 利用者データ
}は、不正なアクセスや改ざんを防ぐため、{ $access ->
   *[service-team-members] 各サービス開発チームの一部の人間
}しかアクセスできないよう設定されたアクセス権のもとで保管されます。
wp-protection-disclosure = 但し、{ $examples }など、法的に認められた形で利用者のデータの提供を要請された場合、当社は、利用者の許可なく、必要最小限の範囲で、利用者データを外部に提供する可能性があります。

## 17. Governing law

wp-law-title = 17. 適用法令
wp-law-governing = 利用者と当社との間の契約は、{ $country }法に基づいて解釈されるものとします。

## 18. Certifications

wp-certifications-title = 18. 認証
wp-certifications-held = 当社は、{ $body }が運営する{ $scheme }における{ $name }を取得しています。{ $note }
wp-certifications-scope-title = { $name }登録範囲
wp-certifications-registration = 登録情報: <{ $url }>

## 19. External cloud services

wp-cloud-title = 19. 外部クラウドサービスの利用
wp-cloud-intro = 当社が提供するサービスでは、次に示す機能を運用するために、外部のクラウドサービスを利用しています。本ホワイトペーパーに記載されている内容は、以下に示すクラウドサービスにて管理されている範囲には及ばず、また、それらのクラウドサービスによる本ホワイトペーパーの内容の遵守を保証するものではありません。
wp-cloud-col-service = クラウドサービス
wp-cloud-col-function = 機能
wp-cloud-col-company = 運営会社

