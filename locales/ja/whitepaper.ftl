# セキュリティホワイトペーパー (templates/whitepaper.md)。事実 (名前、数値、日付、URL) は変数で
# 受け取り、ここには文だけを書く。見出しの番号は文書の構造から生成される。
# 語彙の値の文言は vocabulary.ftl にある。

## 利用者との責任分界点 (ISO/IEC 27017 CLD.6.3.1)

wp-responsibility-title = 利用者との責任分界点
wp-responsibility-company-title = { $company } (以下「当社」と表記) の責任
wp-responsibility-company-intro = 当社は、以下のセキュリティ対策を実施します。
wp-responsibility-users-title = 利用者の責任
wp-user-data = ユーザーデータ
wp-responsibility-users-intro = 利用者は、以下のセキュリティ対策を実施する必要があります。

## データ保管場所 (18.1.1)

wp-storage-title = データ保管場所
wp-storage-intro = お客様からお預かりしたデータは、下記に示すクラウドベンダーのデータセンターに保管されます。
wp-storage-col-service = サービス名
wp-storage-col-location = データ保管場所
# 一つの国: "米国 オレゴン州、バージニア州"。
wp-storage-places = { $country } { $regions }
wp-storage-region-code = { $region } ({ $code })
wp-storage-location = { $provider } ({ $places })
wp-storage-location-when = { $provider } ({ $places }) ※ { $condition }
# リージョン名が括弧を含むとき、またはリージョンコードがあるとき: 括弧の中に括弧を置かない。
wp-storage-region-code-labelled = { $region }、リージョンコード { $code }
wp-storage-location-colon = { $provider }：{ $places }
wp-storage-location-colon-when = { $provider }：{ $places } ※ { $condition }

## データの削除 (CLD.8.1.5)

wp-deletion-title = データの削除
wp-deletion-intro = 当社が提供するサービスの契約管理者がサービス利用終了手続[^deletion-procedures]を行った場合に、お客様からお預かりしたデータ (以下、『ユーザーデータ』と表記) を削除します。
wp-deletion-intro-plain = 当社が提供するサービスの契約が終了した場合に、お客様からお預かりしたデータ (以下、『ユーザーデータ』と表記) を削除します。
wp-deletion-procedures-note = { $count ->
    [1] 次の操作
   *[other] 次のいずれかの操作
}を指します (以下「サービス利用終了手続」について同じ)：{ $procedures }
wp-deletion-intro-trial = また、正式なプラン申込みなくトライアルの期間が満了した場合にも、ユーザーデータを削除します。
wp-deletion-intro-suspended = また、当社が提供するサービスの利用料金の支払いを遅滞するなどして利用停止となった場合にも、ユーザーデータを削除します。
wp-deletion-intro-trial-suspended = また、正式なプラン申込みなくトライアルの期間が満了した場合や、当社が提供するサービスの利用料金の支払いを遅滞するなどして利用停止となった場合にも、ユーザーデータを削除します。
wp-deletion-intro-final = これらの場合において、削除されたユーザーデータは、{ $company }であっても復旧することができません。
wp-deletion-see-below = 削除する条件、削除タイミングおよび削除対象となるユーザーデータは、下記の「[](#deletion-timing)」のとおりとします。
wp-deletion-see-below-both = 削除する条件、削除タイミングおよび削除対象となるユーザーデータは、下記の「[](#deletion-timing)」および「[](#deletion-scope)」のとおりとします。
wp-deletion-timing-title = 削除する条件と削除タイミング
wp-deletion-col-target = 対象
wp-deletion-col-condition = ユーザーデータが削除される条件
wp-deletion-col-timing = 削除時期 (原則)
# 条件を述べる対象: 行のプラン、またはサービス。
wp-deletion-these-plans = 左記のプラン
wp-deletion-our-services = 当社が提供するサービス
wp-deletion-delay-for = { $scope }では{ $delay }
wp-deletion-alternative = 、または
wp-deletion-alternative-scoped = 、
wp-deletion-backup-note = ただし、当社が提供するサービスで取得しているバックアップデータには、上記の削除タイミングにより{ $data }が削除された後も、ユーザーデータが一定期間残ります。例えば、1日{ $per_day }回取得しているバックアップの保持回数が{ $kept }回の場合は、削除が完了してから{ $days }日間はデータが残り、{ $next }日目に削除されます。
# サービスごとの例があるとき。
wp-deletion-backup-note-intro = ただし、当社が提供するサービスで取得しているバックアップデータには、上記の削除タイミングにより{ $data }が削除された後も、ユーザーデータが一定期間残ります。
wp-deletion-backup-for = { $services }では、1日{ $per_day }回取得しているバックアップの保持回数が{ $kept }回のため、削除が完了してから{ $days }日間はデータが残り、{ $next }日目に削除されます。
wp-deletion-backup-for-others = その他のサービスでは、1日{ $per_day }回取得しているバックアップの保持回数が{ $kept }回のため、削除が完了してから{ $days }日間はデータが残り、{ $next }日目に削除されます。
wp-deletion-scope-title = 削除対象となるユーザーデータ
wp-deletion-scope-intro = 次のデータを除き、ユーザーが各サービスに登録したすべての{ $data }が削除されます。
wp-deletion-retained-of = { $service }の{ $data }
wp-deletion-on-request = なお、{ $data }は、利用者の求めに応じて削除します。
wp-deletion-except-plans = { $service } ({ $plans }を除く)
wp-deletion-accounts-note = ただし、{ $accounts }の削除を実施した場合には、該当アカウントで作成された{ $services }の{ $data }は削除されません。
wp-deletion-accounts-rule = これらのユーザーデータが削除されるためには、上記「[](#deletion-timing)」の表に記載の{ $targets }を除くいずれかのパターンに当てはまる必要があります。

## ラベル付け機構 (8.2.2)

wp-labelling-title = ラベル付け機構
wp-labelling-feature-except = { $name }（{ $service }を除く）
wp-labelling-feature-only = { $name }（{ $service }のみ）

## 利用者登録および削除 (9.2.1)

wp-accounts-title = 利用者登録および削除
wp-accounts-trial = { $service }無料トライアル申し込み
wp-accounts-plan-limit = 契約されているプランの範囲内において、
wp-accounts-audit-log = また、契約プランにより監査ログの記録・保存を行うことが可能です。

## アクセス権の管理 (9.2.2)

wp-access-title = アクセス権の管理
wp-access-roles = 設定できる権限は、{ $roles }の{ $count }つです。
wp-access-extra = また、{ $role }には、{ $permissions }を追加で付与することができます。

## パスワードの配布方法 (9.2.4)

wp-passwords-title = パスワードの配布方法
wp-passwords-initial-title = 初期パスワード配布方法
wp-passwords-change-title = パスワード変更方法
wp-passwords-not-stored = { $service }内にはパスワード情報は保存されません。

## 暗号化の状況 (10.1.1)

wp-encryption-title = 暗号化の状況
wp-encryption-user-info-title = 利用者情報
wp-encryption-user-info = データベースに保管される利用者の各種情報 ({ $examples }等) など個別のデータは暗号化されませんが、適切なアクセス権のもとで保管されます。
wp-encryption-user-info-encrypted = データベースに保管される利用者の各種情報 ({ $examples }等) は、個別に暗号化して保管されます。
wp-encryption-passwords = パスワードは、不可逆暗号化 (ハッシュ化) された状態で保管されます。
wp-encryption-transport-title = サービスとの通信
wp-encryption-transport = お客様の端末と当社が提供するサービス間のインターネット通信は、{ $protocol }によって暗号化されます。
wp-encryption-at-rest-title = 保管データの暗号化
wp-encryption-at-rest-some = 一部のサービスでは、{ $data }を暗号化しています。
wp-encryption-at-rest-some-with = 一部のサービスでは、{ $data }を{ $algorithm }で暗号化しています。
wp-encryption-at-rest-all = すべてのサービスで、{ $data }を暗号化しています。
wp-encryption-at-rest-all-with = すべてのサービスで、{ $data }を{ $algorithm }で暗号化しています。
wp-encryption-at-rest-services = 対象サービス：{ $services }

## 変更管理 (12.1.2)

wp-changes-title = 変更管理
wp-changes-intro = 利用者への影響があるサービスの変更や、サービス停止を伴うメンテナンスについての情報は、下記のリンク先から参照できます。
wp-changes-intro-unlinked = 利用者への影響があるサービスの変更や、サービス停止を伴うメンテナンスについての情報は、次の媒体で公開しています。
wp-changes-major = また、大きな影響がある場合は、{ $channels }でもお知らせします。

## 手順書の提供 (12.1.1)

wp-manuals-title = 手順書の提供
wp-manuals-intro = 利用者が利用できる各種マニュアルは、下記リンク先より閲覧することが可能です。
wp-manuals-intro-unlinked = 利用者は、次の各種マニュアルを利用できます。

## バックアップの状況 (12.3.1)

wp-backups-title = バックアップの状況
wp-backups-snapshots = バックアップはすべて、{ $provider }が提供するスナップショット機能を利用します。
wp-backups-durable = バックアップデータは、{ $provider }内の高可用性・高耐久性ストレージにて保管します。
wp-backups-durable-any = バックアップデータは、高可用性・高耐久性ストレージにて保管します。
wp-backups-whole-service = バックアップデータは、サービス全体の復旧を目的としており、個々のお客様データを個別に復旧することはできません。
wp-backups-same-region = バックアップデータのリージョンは、「[](#storage)」で指定されたリージョンと同一になります。
wp-backups-policy-intro = 当社が行うバックアップの範囲、頻度、保持期間は下記のとおりです。
wp-backups-item = { $scope }：1日{ $per_day }回取得し、{ $kept }回分保持します。
wp-backups-excluded = { $scope }：{ $reason }
wp-backups-see-also = 上記内容は、「{ $page }」にも記載しております。

## ログのクロックに関する情報 (12.4.4)

wp-logs-title = ログのクロックに関する情報
wp-logs-clock = { $name }(UTC{ $offset })
wp-logs-zones = 当社が提供するサービス内のログは、サーバーの時間である{ $clocks }で取得されます。
wp-logs-ntp = ログの時間は、{ $provider }が提供するNTPサービスと同期しています。
wp-logs-ntp-source = ログの時間は、NTPサーバー{ $source }と同期しています。
wp-logs-ntp-provider-source = ログの時間は、{ $provider }が提供するNTPサービス ({ $source }) と同期しています。

## 脆弱性管理に関する情報 (12.6.1)

wp-vulnerabilities-title = 脆弱性管理に関する情報
wp-vulnerabilities-scan = { $service }ではサービスに対して、脆弱性診断ツールを用いたチェックを{ $frequency }で行っています。
wp-vulnerabilities-scan-partial = { $service }ではサービスの一部に対して、脆弱性診断ツールを用いたチェックを{ $frequency }で行っています。
wp-vulnerabilities-watch = 当社が提供するサービスの開発チームは、利用する{ $components }等に関する脆弱性情報を、定期的に収集しています。
wp-vulnerabilities-patches = 当社が提供するサービスで利用しているコンポーネントに対する脆弱性パッチが公開された場合は、テスト環境での検証を経た後、速やかに適用します。

## 開発におけるセキュリティ情報 (14.2.1)

wp-development-title = 開発におけるセキュリティ情報

## インシデント発生時の対応 (16.1)

wp-incidents-title = インシデント発生時の対応
wp-incidents-notify = { $defined ->
    [yes] 当社が定める
   *[no] {""}
}セキュリティインシデントが発生した場合は、当社の選択に基づき、{ $channels }その他の1つまたは複数の手段によりユーザーの管理者に連絡します。
wp-incidents-notify-within = { $defined ->
    [yes] 当社が定める
   *[no] {""}
}セキュリティインシデントが発生した場合は、{ $hours }時間以内に、当社の選択に基づき、{ $channels }その他の1つまたは複数の手段によりユーザーの管理者に連絡します。
wp-incidents-details = 上記内容の詳細は、当社の「{ $document }」に記載しております。
wp-incidents-contact = 情報セキュリティインシデントに関するお問い合わせは、下記の当社サイトのお問い合わせページより受け付けています。
wp-incidents-contact-page = 当社サイトのお問い合わせページ ({ $language })：<{ $url }>
wp-incidents-contact-page-plain = 当社サイトのお問い合わせページ：<{ $url }>

## ユーザーデータの保護および第三者提供について

wp-protection-title = ユーザーデータの保護および第三者提供について
wp-protection-responsibility = 利用者から預かったデータを適切に保護することは、当社の責任です。
wp-protection-access = ユーザーデータは、不正なアクセスや改ざんを防ぐため、{ $access }しかアクセスできないよう設定されたアクセス権のもとで保管されます。
wp-protection-access-with-logs = ログデータを含むユーザーデータは、不正なアクセスや改ざんを防ぐため、{ $access }しかアクセスできないよう設定されたアクセス権のもとで保管されます。
wp-protection-disclosure = ただし、{ $examples }など、法的に認められた形で利用者のデータの提供を要請された場合、当社は、利用者の許可なく、必要最小限の範囲で、ユーザーデータを外部に提供する可能性があります。

## 適用法令 (18.1.1)

wp-law-title = 適用法令
wp-law-governing = 利用者と当社との間の契約は、{ $country }法に基づいて解釈されるものとします。
wp-law-court = 利用者と当社との間の紛争については、{ $court }を第一審の専属的合意管轄裁判所とします。

## 認証 (18.2.1)

wp-certifications-title = { $kinds }
wp-certifications-number = 登録番号：{ $number }
wp-certifications-validity = 有効期間：{ $period }
wp-certifications-report-period = 報告対象期間：{ $period }
wp-certifications-scope-title = { $name }登録範囲
wp-certifications-registration = 登録情報：<{ $url }>

## 外部クラウドサービスの利用 (15.1)

wp-cloud-title = 外部クラウドサービスの利用
wp-cloud-intro = 当社が提供するサービスでは、次に示す機能を運用するために、外部のクラウドサービスを利用しています。
wp-cloud-disclaimer = 本ホワイトペーパーに記載されている内容は、以下に示すクラウドサービスにて管理されている範囲には及ばず、また、それらのクラウドサービスによる本ホワイトペーパーの内容の遵守を保証するものではありません。
wp-cloud-col-service = クラウドサービス
wp-cloud-col-function = 機能
wp-cloud-col-company = 運営会社
wp-cloud-col-countries = 所在国
wp-cloud-item = { $name }：{ $details }

## その他のISO/IEC 27017の項目について会社自身の言葉で記す節 (content/controls.toml)

wp-control-authorities = 関係当局と法域
wp-control-privileged-access = 特権的アクセスの管理
wp-control-privileged-utilities = 特権的なユーティリティプログラムの使用
wp-control-tenant-segregation = 顧客間の分離
wp-control-vm-hardening = 仮想マシンとコンテナの要塞化
wp-control-key-management = 暗号鍵の管理
wp-control-secure-disposal = 記憶媒体の処分
wp-control-capacity = 容量・能力の管理
wp-control-admin-operations = 管理者の操作手順
wp-control-event-logging = 利用者が入手できるログ
wp-control-service-monitoring = 利用者による監視
wp-control-network-segregation = ネットワークの分離
wp-control-network-alignment = 仮想ネットワークと物理ネットワークの整合
wp-control-evidence = 証拠の収集
wp-control-records = 記録の保護
wp-control-security-policies = 情報セキュリティ方針
wp-control-security-roles = 情報セキュリティの役割と窓口
wp-control-awareness = 従業員の教育・訓練
wp-control-asset-inventory = 当社が保持する利用者のデータ
wp-control-network-access = ネットワークへのアクセス
wp-control-security-requirements = セキュリティ機能
wp-control-event-reporting = 情報セキュリティ事象の報告
wp-control-intellectual-property = 知的財産権
wp-control-crypto-regulation = 暗号化と法規制
