# 語彙 (vocabulary): content が id で使う値の文言。メッセージ名は `<語彙>-<id>`。
# ここにない値は、プロジェクトが content/vocabulary.toml で文言を与える。
# 両エディションで共通。変数は、テンプレートが渡すもののうち必要なものだけを使う。

## provider-duty: 当社の責任 ($services: 当社が提供するサービスの一覧, $data: エディションが
## 利用者から預かるデータを呼ぶ語)

provider-duty-service-security = 当社が提供するサービス ({ $services }) のセキュリティ対策
provider-duty-data-protection = 上記サービスに保管された{ $data }の保護
provider-duty-infrastructure = 上記サービスの提供に利用するミドルウェア、OS、その他インフラのセキュリティ対策

## customer-duty: 利用者の責任

customer-duty-passwords = パスワードの適切な管理 (二段階認証で利用するデバイスの適切な管理も含む)
customer-duty-accounts = アカウントの適切な管理 (登録、削除、管理権限の付与など)
customer-duty-content = 登録されたコンテンツの適切な管理

## deletion-procedure: サービス利用終了手続 ($service, $account)

deletion-procedure-delete-organization = { $account }の“組織の削除”
deletion-procedure-cancel = { $service }の“解約手続”
deletion-procedure-delete-account = { $account }の削除

## deletion-target: 削除の対象 ($services, $plans, $account)

deletion-target-plans = { $services }
deletion-target-listed-plans = { $services } { $plans }
deletion-target-other-plans = 上記以外の{ $services }のプラン
deletion-target-account = { $account }
deletion-target-managed-account = 管理対象アカウント
deletion-target-audit-log = 監査ログ
deletion-target-backups = バックアップデータ

## deletion-trigger: 削除される条件
## ($subject: 行のプランまたはサービス, $payer: 利用料金を支払うサービス, $clause: 利用規約の条項,
##  $months: 期間, $account)

deletion-trigger-cancelled = 解約手続を実施済みであること
deletion-trigger-trial-expired = { $subject }について正式な申込みなくトライアルの期間が満了したこと
deletion-trigger-suspended = { $payer }の利用料金の支払いを遅滞するなどして{ $clause }の定めにより利用停止になったこと
deletion-trigger-contract-expired = { $subject }について契約期間が満了したこと
deletion-trigger-account-deleted = { $account }の削除が実施されること
deletion-trigger-organization-deleted = 組織の削除が実施されること
deletion-trigger-managed-account-deleted = 管理対象アカウントの削除が実施されること
deletion-trigger-retention-expired = 保存期間である{ $months }ヶ月を経過したこと

## deletion-event: 削除までの日数を数える起点 ($days: 日数、0 はその時点, $account)

deletion-event-current-contract-end = { $days ->
    [0] 現在の契約期間が終了したとき
   *[other] 現在の契約期間終了から{ $days }日経過後
}
deletion-event-contract-end = { $days ->
    [0] 契約期間が満了したとき
   *[other] 契約期間満了日から{ $days }日経過後
}
deletion-event-trial-end = { $days ->
    [0] トライアル期間が満了したとき
   *[other] トライアル期間満了日から{ $days }日経過後
}
deletion-event-cancellation = { $days ->
    [0] 解約手続を実施したとき
   *[other] 解約手続の実施日から{ $days }日経過後
}
deletion-event-organization-deletion = { $days ->
    [0] 組織が削除されたとき
   *[other] 組織が削除されてから{ $days }日経過後
}
deletion-event-account-deletion = { $days ->
    [0] { $account }の削除を実施したとき
   *[other] { $account }の削除を実施してから{ $days }日経過後
}
deletion-event-managed-account-deletion = { $days ->
    [0] 管理対象アカウントの削除を実施したとき
   *[other] 管理対象アカウントの削除を実施してから{ $days }日経過後
}
deletion-event-log-stored = { $days ->
    [0] 監査ログが保存されたとき
   *[other] 監査ログが保存されてから{ $days }日経過後
}

## deletion-action: 条件を満たした後の手順 ($when: いつ, $complete: 削除完了までの日数)

deletion-action-start-deletion = { $when }に{ $data }の削除作業を開始し、開始から{ $complete }日以内に削除を完了します。
deletion-action-start-log-deletion = { $when }に監査ログの削除作業を開始し、開始から{ $complete }日以内に削除を完了します。
deletion-action-delete-organization = { $when }に、システムで自動的に組織を削除します。
deletion-action-cancel-contract = { $when }に契約の解約手続を実施します。

## account-type: 削除されるアカウントの種類 ($service, $account)

account-type-account = { $account }
account-type-managed-account = 管理対象アカウント
account-type-service-account = { $service }のアカウント

## account-procedure: 利用者登録および削除の手続 (見出し)

account-procedure-registration = 利用者登録
account-procedure-deletion = 利用者削除
account-procedure-invitation = 組織への招待
account-procedure-removal = 組織からの除外

## service-account: サービス内でのみ利用できるユーザー ($service, $parent, $account, $manager, $limit)

service-account-local = { $service }では、{ $account }での利用以外に、{ $parent }内でのみ利用可能なユーザーを作成して、そのユーザーで利用することができます。{ $manager }は、{ $limit }ユーザーの登録・削除を行うことが可能です。
service-account-managed = { $service }では、IdP (Identity Provider) を利用したシングルサインオン (SSO) が可能な管理対象アカウントを作成して、利用することができます。{ $manager }は、{ $limit }管理対象アカウントの登録・削除を行うことが可能です。

## account-manager: ユーザーを登録・削除できる人

account-manager-inviters = 招待権限を持つ利用者
account-manager-administrators = 管理者

## access-subject: アクセス権の対象 ($service, $account)

access-subject-organization = 利用者自ら、組織内の{ $account }およびチームのアクセス権を設定することができます。
access-subject-project = 利用者自ら、プロジェクトやプロジェクト内の情報に対するアクセス権を設定することができます。
access-subject-account-team = { $service }は、アカウントおよびチームの管理機能を提供します。
access-subject-folder = 利用者自ら、組織の中のフォルダーに対するアクセス権を設定することができます。
access-subject-topic = 利用者により設定された組織の権限に応じて、{ $service }内のトピックに対する権限が設定されます。
access-subject-audit-log = 利用者自ら、記録・保存された監査ログに対するアクセス権を設定することができます。
access-subject-workspace = 利用者自ら、ワークスペースとワークスペース内の情報に対するアクセス権を設定することができます。

## password-issue: 初期パスワードの配布方法 ($service, $account)

password-issue-user-chosen = { $account }は、利用者がアカウントを登録する際に自身のパスワードを設定できます。
password-issue-generated-and-emailed = 管理者が新規アカウントを追加すると同時に初期パスワードが生成され、新規アカウントのメールアドレスに送付されます。
password-issue-identity-provider = { $service }にログインするためのログインID・パスワードは、{ $service }と連携するお客様のIdP (Identity Provider) のID・パスワードを利用します。

## encrypted-data: 保管時に暗号化されるもの

encrypted-data-database-files = データベースファイル自体
encrypted-data-all-data = 保管されるすべてのデータ
encrypted-data-backups = バックアップデータ

## resource: 変更情報・手順書のページ ($service)

resource-updates = 当社提供サービスアップデート情報
resource-announcements = { $service }アナウンス情報
resource-maintenance = { $service }メンテナンス情報
resource-releases = { $service }リリース情報
resource-twitter = { $service }公式Twitter
resource-status = { $service }ステータスページ
resource-user-guide = { $service }ユーザーガイド
resource-tutorial = { $service }チュートリアル
resource-support = { $service }サポート
resource-help-center = { $service }ヘルプセンター

## link-kind: リンク先のページの種類

link-kind-manual = マニュアルページ
link-kind-plan-selection = プラン選択ページ
link-kind-sign-up = 申込みページ

## change-channel: 大きな影響がある変更の告知手段

change-channel-dashboard = 各サービスのダッシュボード
change-channel-newsletter = ニュースレター
change-channel-email = 電子メール
change-channel-status-page = ステータスページ

## backup-exclusion: バックアップ対象外とする理由

backup-exclusion-durable-storage = 高可用性・高耐久性ストレージに保存しており、消失リスクはほぼないと考えられるため、バックアップ対象外とします。

## scan-frequency: 脆弱性診断の頻度

scan-frequency-daily = 日次
scan-frequency-weekly = 週次
scan-frequency-monthly = 月次

## development-practice: 開発におけるセキュリティの取り組み

development-practice-code-review = コードレビューの実施などにより、基本的な脆弱性への対応ができているかなどの確認を行っています。
development-practice-library-check = サーバーにインストールされているライブラリ群について、バージョンが古くないか、脆弱性が発見されていないかなどのチェックを行っています。
development-practice-static-analysis = 静的解析ツールにより、ソースコードの脆弱性を検査しています。
development-practice-penetration-test = 第三者による侵入テストを定期的に実施しています。

## data-access: ユーザーデータにアクセスできる人

data-access-service-team-members = 各サービス開発チームの一部の人間
data-access-authorized-staff = 権限を付与された一部の担当者

## deposit-category: 預託する情報の用途

deposit-category-development = 開発
deposit-category-support = サポート
deposit-category-operations = 運用
deposit-category-payment = 決済
deposit-category-marketing = マーケティング

## protocol: 暗号化プロトコルの働き

protocol-tls = 共通鍵暗号方式を用いて、ネットワーク上でやり取りされる通信を暗号化します。
protocol-ipsec = ネットワーク上で送信されるIPパケットの単位で、データの認証、完全性および機密性を提供する業界標準のプロトコル群です。

## log-retention: ログの保存期間

log-retention-indefinite = 保存期間：原則として無期限
