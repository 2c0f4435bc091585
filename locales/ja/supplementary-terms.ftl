# プライバシーとセキュリティに関する補足規約 (エディション `supplementary-terms`)。
# メッセージ名は st-<節>-<内容>。ja と en で同じメッセージ・同じ変数を持つこと。

## 1. セキュリティ、監査および認証

st-security-title = セキュリティ、監査および認証
st-security-intro = { $company } (以下「当社」といいます。) は、情報セキュリティマネジメントについて、適格な第三者による監査を受け、認証を取得しています。当社のサービスは、厳格な情報管理のもとで設計、開発および運用されています。
st-security-audit = 当社は、セキュリティ、プライバシー、完全性およびコンプライアンスに関する方針と手順を遵守していることを自主的に確認するため、国際的に認められた第三者の監査機関による監査を毎年受けています。

st-cert-held-title = 当社が取得している{ $kinds }
st-cert-held-intro = 当社は、以下の{ $kinds }を取得しています。
st-cert-item = { $standard }：{ $name }
st-cert-item-details = { $standard }：{ $name } ({ $details })
st-cert-item-standard-details = { $standard } ({ $details })
st-cert-item-details-listed = { $standard }：{ $name }、{ $details }
st-cert-item-standard-details-listed = { $standard }、{ $details }
st-cert-registration = 登録情報：<{ $url }>
st-cert-registration-number = 登録番号：{ $number }
st-cert-scope = **【{ $name }登録範囲】** { $scope }
st-cert-what-title = { $standard }とは
st-cert-what = { $standard }は、{ $description }です。
st-cert-held-by = 当社は、{ $body }が運営する{ $scheme }において、{ $name }を取得しています。

## 2. 責任分界

st-resp-title = 責任分界
st-resp-company-title = 当社の責任
st-resp-company-intro = 当社は、以下のセキュリティ対策を実施します。
st-resp-user-title = ユーザーの責任
st-user-data = ユーザーデータ
st-resp-user-intro = ユーザーは、以下のセキュリティ対策を実施するものとします。
## 3. 補足規約

st-terms-title = { $short }サービスのプライバシーとセキュリティに関する補足規約
st-terms-preamble = 本規約 (以下「本補足規約」といいます。) は、{ $company } (以下「当社」といいます。) が提供するサービス (以下「本サービス」といいます。) の利用規約 (以下「利用規約」といいます。) を補足するものです。ユーザーは、利用規約および本補足規約に従って本サービスを利用するものとします。本補足規約で使用する用語は、本補足規約に別段の定めがある場合を除き、利用規約における意味と同じ意味を有します。

st-def-title = (定義)
st-def-user-data = 「ユーザーデータ」とは、ユーザーまたはユーザーの代理人が本サービスを通じて当社に提供するすべてのデータ ({ $examples }など) をいいます。
st-def-end-user = 「エンドユーザー」とは、本サービスにアクセスする個人をいいます。

st-privacy-title = (プライバシー)

st-privacy-compliance-title = プライバシー関連法令の遵守
st-privacy-compliance = 当社は、本サービスの提供に一般的に適用されるデータ保護およびプライバシーに関する法令を遵守します。ただし、当社は、特定の種類のデータ、ユーザーまたはユーザーの業界にのみ適用され、情報技術サービスの提供者には適用されないデータ保護およびプライバシーに関する法令については、遵守する義務を負いません。

st-use-title = ユーザーデータの利用
st-use-intro = 当社は、ユーザーとの契約、合意書、覚書等に別段の定めがある場合を除き、本補足規約の定めに従ってユーザーデータを取り扱います。当社は、(a) ユーザーデータの所有権を取得せず、(b) 以下に定める目的以外の目的でユーザーデータを利用または開示しません。
st-use-purposes-intro = 当社は、次の目的でユーザーデータを利用します。
st-use-purpose-services = 本サービスの提供 (本サービスの運用に影響を及ぼす問題を防止、検出および修正するためのトラブルシューティングを含みます。)
st-use-purpose-threats = 新たに発生し、または拡散する脅威 (マルウェア、スパムなど) の検出、およびユーザーを保護する能力の向上
st-use-law-title = 法執行機関からの要請
st-use-law = 当社は、法令により義務付けられる場合を除き、ユーザーデータを法執行機関に開示しません。法執行機関からユーザーデータの開示を求められた場合、当社は、ユーザーに直接要請するよう当該法執行機関に回答します。この場合において、当社は、ユーザーの連絡先情報を当該法執行機関に提供することがあります。法執行機関からユーザーデータの開示を強制された場合、当社は、商慣習上合理的な範囲で、開示に先立ってユーザーに通知するよう努めます。

st-deletion-title = ユーザーデータの削除
st-deletion-intro = 当社は、当社が提供するサービスの契約管理者がサービス利用終了手続 ({ $procedures }) を行った場合{ $cases }に、ユーザーデータを削除します。
st-deletion-cases-trial = 、および正式なプランの申込みなくトライアル期間が満了した場合
st-deletion-cases-suspended = 、および利用料金の支払遅滞などによりサービスの利用が停止された場合
st-deletion-cases-trial-suspended = 、正式なプランの申込みなくトライアル期間が満了した場合、および利用料金の支払遅滞などによりサービスの利用が停止された場合
st-deletion-intro-plain = 当社は、当社が提供するサービスの契約が終了した場合に、ユーザーデータを削除します。
st-deletion-final = 削除されたユーザーデータは、当社であっても復旧することはできません。

st-end-user-title = エンドユーザーからの要請
st-end-user = ユーザーのエンドユーザーがユーザーの書面による同意なくデータ保護またはプライバシーに関する要請を行った場合、当社は当該要請に応じません。

st-transfer-title = ユーザーデータの移転
st-transfer = 当社がユーザーに代わって取り扱うユーザーデータは、{ $countries }その他当社、当社の関連会社または委託先が施設を有する国に移転され、保管および処理されることがあります。ユーザーは、ユーザーデータをこれらの国に移転し、保管および処理することを当社に委任するものとします。

st-employees-title = 当社の従業員
st-employees = 当社の従業員は、当社の許可なくユーザーデータを取り扱いません。当社の従業員はユーザーデータについて守秘義務を負い、この義務は退職後も存続します。

st-contractors-title = 当社の委託先
st-contractors-scope = 当社は、{ $examples }など、特定のサービスを委託することがあります。委託先は、当社が委託したサービスの提供に必要な範囲でのみユーザーデータにアクセスすることができ、その他の目的でユーザーデータを利用することは禁止されます。
st-contractors-liability = 当社は、委託先が利用規約および本補足規約に定めるプライバシーおよびセキュリティに関する義務を遵守することについて責任を負います。当社がユーザーデータを移転するすべての委託先は、個人データのプライバシーを保護する義務を負うことに書面で同意するものとします。
st-contractors-consent = ユーザーは、本補足規約に定める条件のもとで、当社がユーザーデータを委託先に移転することに同意するものとします。当社は、本補足規約で認められる場合を除き、ユーザーが本サービスの利用にあたって提供した個人データを第三者に移転しません (情報の保管を目的とする場合も同様とします。)。

st-user-duties-title = ユーザーの義務
st-user-duties-law = ユーザーは、本サービスの利用にあたり、プライバシー、データ保護および通信の秘密に関して適用される法令上の要件を遵守するものとします。
st-user-duties-contact = ユーザーがエンドユーザーにアカウントを付与する場合、ユーザーは、当社がエンドユーザーに連絡し、当社の製品、本サービスを最も生産的に利用するためのヒントやアドバイス、その他当社が推奨する製品やサービスに関する情報を提供するために、ユーザーから提供されたエンドユーザーの情報を当社が利用することに同意するものとします。当社は、このような連絡を行う前にエンドユーザーの許可を求め、事前に許可が得られない場合は、その連絡を停止するための商慣習上合理的な手段を提供します。

st-security-terms-title = (セキュリティ)

st-measures-title = 技術的および組織的なセキュリティ対策
st-measures = 当社は、偶発的な滅失、損傷もしくは改変、権限のない開示もしくはアクセス、または違法な破壊からユーザーデータを保護するため、技術的および組織的な対策、内部管理体制ならびに情報セキュリティの手順を整備しており、今後もこれを維持します。これらの対策は、当社がユーザーデータを取り扱う際のセキュリティのみに関するものであり、ユーザーデータに関する当社の守秘義務は利用規約の定めに従うものとします。

st-incident-title = セキュリティインシデント
st-incident-definition = 当社の機器もしくは施設に保管されたユーザーデータへの違法なアクセス、または当該機器もしくは施設への権限のないアクセスによるユーザーデータの滅失、開示もしくは改変 (以下それぞれを「セキュリティインシデント」といいます。) を認識した場合、当社は次のことを行います。
st-incident-notify = (a) セキュリティインシデントの発生をユーザーに通知すること
st-incident-investigate = (b) セキュリティインシデントを調査し、その結果をユーザーに報告すること
st-incident-mitigate = (c) セキュリティインシデントの影響を抑え、損失または損害を軽減するための適切な措置を講じること
st-incident-agree = ユーザーは、次のことに同意するものとします。
st-incident-non-incident = セキュリティインシデントに関する本項の定めは、ユーザーデータまたはユーザーデータが保管される当社の機器もしくは施設への権限のないアクセスを伴わない試行または事象には適用されないこと。これには、次のようなものが含まれます。
st-incident-no-liability = セキュリティインシデントの報告または対応に関する当社の義務は、当該セキュリティインシデントについて当社の過失または責任を認めるものではないこと
st-incident-notice = 当社は、セキュリティインシデントが発生した場合、{ $hours }時間以内に、当社の選択により、{ $means }その他の1つまたは複数の手段でユーザーの管理者に通知します。
st-incident-portal = ユーザーは、利用規約に従い、サービスポータルに管理者の正確な連絡先情報を自らの責任で登録するものとします。

st-audit-title = 認証および監査
st-audit = 当社は、{ $series }シリーズの規格ならびに{ $standards }に基づいてセキュリティ管理体制を構築し、維持しています。
st-audit-review = ユーザーは、当社が別途作成する本サービスに関する文書の内容を自ら確認し、本サービスがユーザーの要件を満たすかどうかを判断するものとします。

st-encryption-title = (暗号化)
st-encryption-intro = 当社は、サービス全般において信頼性が高く堅牢な{ $provider }を利用しています。そのインフラを通過するデータは、複数の暗号化方式、プロトコルおよびアルゴリズムを組み合わせて保護された経路を通り、インフラに保管されたデータの機密性が確保されています。
st-encryption-protocol = { $full_name } ({ $name })：{ $what }
st-backup-title = (バックアップ)
st-backup-intro = 当社は、本サービスのデータを次のとおりバックアップします。
st-backup-snapshots = バックアップはすべて、{ $provider }が提供するスナップショット機能を利用して取得します。
st-backup-durable = バックアップデータは、{ $provider }内の高可用性・高耐久性ストレージに保管します。
st-backup-whole-service = バックアップデータはサービス全体の復旧を目的としたものであり、個々のお客様のデータを個別に復旧することはできません。
st-backup-same-region = バックアップデータは、元のデータと同一のリージョンに保管します。
st-backup-policy-intro = { $services }
st-backup-policy-intro-accounts = { $services } ({ $account }を含みます。)
st-backup-item = { $scope }：1日{ $per_day }回取得し、{ $kept }回分 ({ $days }日分) を保持します。
st-backup-see-also = 同じ内容を「{ $page }」にも記載しています。

st-logs-title = (ログの保護)
st-logs-intro = ログは{ $provider }に保管されます。
st-logs-access = ログには、特定の業務に従事する担当者のみがアクセスできます。
st-logs-fields = アクセスログの記録項目：{ $fields }
st-deposit-title = (本サービスで収集する情報の預託先)
st-deposit-services-intro = 本サービスで収集する情報 (個人情報を含みます。) は、以下のサービスに預託されます。
st-deposit-former-name = 旧称 { $name }
st-deposit-countries-intro = これらの情報は、以下の国に預託されます。
st-deposit-with = { $name }：{ $function } ({ $company })
st-deposit-with-function = { $name }：{ $function }
st-deposit-with-company = { $name } ({ $company })
st-deposit-local-law = { $country } (この国に預託された情報には、同国の法令が適用されます。)

