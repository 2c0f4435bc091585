# プライバシーとセキュリティに関する補足規約 (エディション `supplementary-terms`)。
# メッセージ名は st-<節>-<内容>。ja と en で同じメッセージ・同じ変数を持つこと。

-st-nulab-account = ヌーラボアカウント

## 1. セキュリティ、監査および認証

st-security-title = 1. セキュリティ、監査および認証
st-security-intro = { $company } (以下「当社」といいます。) は、情報セキュリティマネジメントについて、適格な第三者による監査を受け、認証を取得しています。当社のサービスは、厳格な情報管理のもとで設計、開発および運用されています。
st-security-audit = 当社は、セキュリティ、プライバシー、完全性およびコンプライアンスに関する方針と手順を遵守していることを自主的に確認するため、国際的に認められた第三者の監査機関による監査を毎年受けています。

st-cert-held-title = 1.1 当社が取得している認証
st-cert-held-intro = 当社は、以下の認証を取得しています。
st-cert-col-standard = 規格
st-cert-col-name = 認証
st-cert-col-body = 認定機関・制度
st-cert-col-registration = 登録情報
st-cert-body = { $body }、{ $scheme }
st-cert-scope = **【{ $name }登録範囲】** { $scope }
st-cert-27001-title = 1.2 { $standard }とは
st-cert-what = { $standard }は、{ $description }です。
st-cert-held-by = 当社は、{ $body }が運営する{ $scheme }において、{ $name }を取得しています。
st-cert-cloud-title = 1.3 { $name }とは
st-cert-cloud-what = { $name }は、{ $prerequisite_jis } ({ $prerequisite }) の認証を取得していることを前提として、その適用範囲に含まれるクラウドサービスの提供または利用に関する情報セキュリティ管理について、{ $guideline }のガイドラインに規定された要求事項を満たしている組織に与えられる認証です。
st-cert-cloud-criteria = { $guideline }は、クラウドサービスに固有の情報セキュリティ管理策と実施の手引を追加で規定したガイドライン規格です。{ $publisher }は、ISMSクラウドセキュリティ認証の新たな認証基準として、{ $code }「{ $criteria_title }」を定めています。したがって、ISMSクラウドセキュリティ認証を取得しようとする組織は、{ $prerequisite }および{ $code }とあわせて、{ $guideline }の規格に沿ったクラウド情報セキュリティ対策を実施する必要があります。

st-cert-27018-title = 1.4 { $standard }とは
st-cert-27018-basis = 情報セキュリティ管理の実務において広く採用されている国際規格である{ $basis }をもとに、クラウド上の個人情報管理のベストプラクティスを定めたもので、次の点を確保します。
st-cert-27018-point-compliance = PIIを取り扱うパブリッククラウドサービス事業者が、法令を遵守し、利用者の期待に応えられるよう支援すること
st-cert-27018-point-transparency = 透明性を高め、利用者が適切に管理されたパブリッククラウドサービスを選択できるようにすること
st-cert-27018-point-obligations = パブリッククラウドサービス事業者に個人情報保護に関する法的義務を遵守させる仕組みを、利用者に提供すること

## 2. 責任分界

st-resp-title = 2. 責任分界
st-resp-nulab-title = 2.1 当社の責任
st-resp-nulab-intro = 当社は、以下のセキュリティ対策を実施します。
st-resp-nulab-services = 当社が提供するサービス ({ $services }) のセキュリティ対策
st-resp-nulab-data = 上記サービスに保管された利用者データの保護
st-resp-nulab-infra = 上記サービスの提供に利用するミドルウェア、OS、その他インフラのセキュリティ対策
st-resp-user-title = 2.2 ユーザーの責任
st-resp-user-intro = ユーザーは、以下のセキュリティ対策を実施するものとします。
st-resp-user-passwords = ユーザーに付与されたパスワードの適切な管理 (二段階認証で利用するデバイスの適切な管理を含みます。)
st-resp-user-accounts = 当社サービスにおけるユーザーのアカウントの適切な管理 (登録、削除、管理者権限の付与など)
st-resp-user-content = ユーザーが登録したコンテンツの適切な管理

## 3. 補足規約

st-terms-title = 3. { $short }サービスのプライバシーとセキュリティに関する補足規約
st-terms-preamble = 本規約 (以下「本補足規約」といいます。) は、{ $company } (以下「当社」といいます。) が提供するサービス (以下「本サービス」といいます。) の利用規約 (以下「利用規約」といいます。) を補足するものです。ユーザーは、利用規約および本補足規約に従って本サービスを利用するものとします。本補足規約で使用する用語は、本補足規約に別段の定めがある場合を除き、利用規約における意味と同じ意味を有します。

st-def-title = 第1条 (定義)
st-def-user-data = 「ユーザーデータ」とは、ユーザーまたはユーザーの代理人が本サービスを通じて当社に提供するすべてのデータ ({ $examples }など) をいいます。
st-def-end-user = 「エンドユーザー」とは、本サービスにアクセスする個人をいいます。

st-privacy-title = 第2条 (プライバシー)

st-privacy-compliance-title = (1) プライバシー関連法令の遵守
st-privacy-compliance = 当社は、本サービスの提供に一般的に適用されるデータ保護およびプライバシーに関する法令を遵守します。ただし、当社は、特定の種類のデータ、ユーザーまたはユーザーの業界にのみ適用され、情報技術サービスの提供者には適用されないデータ保護およびプライバシーに関する法令については、遵守する義務を負いません。

st-use-title = (2) ユーザーデータの利用
st-use-intro = 当社は、ユーザーとの契約、合意書、覚書等に別段の定めがある場合を除き、本補足規約の定めに従ってユーザーデータを取り扱います。当社は、(a) ユーザーデータの所有権を取得せず、(b) 以下に定める目的以外の目的でユーザーデータを利用または開示しません。
st-use-purposes-intro = 当社は、次の目的でユーザーデータを利用します。
st-use-purpose-services = 本サービスの提供 (本サービスの運用に影響を及ぼす問題を防止、検出および修正するためのトラブルシューティングを含みます。)
st-use-purpose-threats = 新たに発生し、または拡散する脅威 (マルウェア、スパムなど) の検出、およびユーザーを保護する能力の向上
st-use-law-title = (3) 法執行機関からの要請
st-use-law = 当社は、法令により義務付けられる場合を除き、ユーザーデータを法執行機関に開示しません。法執行機関からユーザーデータの開示を求められた場合、当社は、ユーザーに直接要請するよう当該法執行機関に回答します。この場合において、当社は、ユーザーの連絡先情報を当該法執行機関に提供することがあります。法執行機関からユーザーデータの開示を強制された場合、当社は、商慣習上合理的な範囲で、開示に先立ってユーザーに通知するよう努めます。

st-deletion-title = (4) ユーザーデータの削除
st-deletion-intro = 当社は、当社が提供するサービスの契約管理者がサービス利用終了手続 ({ $procedures }) を行った場合、正式なプランの申込みなくトライアル期間が満了した場合、および利用料金の支払遅滞などによりサービスの利用が停止された場合に、ユーザーデータを削除します。削除されたユーザーデータは、当社であっても復旧することはできません。
st-deletion-procedure = { $action ->
    [cancel] { $service }の「解約手続」
   *[delete-organization] { -st-nulab-account }の「組織の削除」
  }
st-deletion-clause = 利用規約第{ $article }条第{ $paragraph }項
st-deletion-when-title = 削除する条件と削除時期
st-deletion-when-intro = ユーザーデータは、原則として次の条件および時期に削除します。
st-deletion-col-target = 対象
st-deletion-col-condition = 削除される条件
st-deletion-col-timing = 削除時期 (原則)
st-deletion-target = { $target ->
    [listed-plans] { $services } { $plans }
    [plans] { $services }
    [other-plans] 上記以外の{ $services }のプラン
    [nulab-account] { -st-nulab-account }
    [managed-account] 管理対象アカウント
    [audit-log] 監査ログ
   *[other] { $services }
  }
st-deletion-condition = { $trigger ->
    [cancelled] 解約手続を実施済みであること
    [trial-expired] 正式な申込みなくトライアル期間が満了したこと
    [suspended] 利用料金の支払遅滞などにより{ $clause }に基づき利用停止になったこと
    [contract-expired] 契約期間が満了したこと
    [account-deleted] { -st-nulab-account }の削除が実施されること
    [organization-deleted] 組織の削除が実施されること
    [managed-account-deleted] 管理対象アカウントの削除が実施されること
    [organization-or-managed-account-deleted] 組織の削除または管理対象アカウントの削除が実施されること
    [retention-expired] 監査ログの保存期間である{ $months }か月を経過したこと
   *[other] { $trigger }
  }
st-deletion-condition-for = { $service }について{ $condition }
st-deletion-delay = { $days ->
    [0] { $event ->
        [account-deletion] { -st-nulab-account }の削除を実施したとき
        [managed-account-deletion] 管理対象アカウントの削除を実施したとき
        [organization-deletion] 組織の削除を実施したとき
       *[other] 直ちに
      }
   *[other] { $event ->
        [current-contract-end] 現在の契約期間終了から
        [contract-end] 契約期間満了日から
        [trial-end] トライアル期間満了日から
        [cancellation] 解約手続の実施日から
        [organization-deletion] 組織が削除されてから
        [account-deletion] { -st-nulab-account }の削除から
        [managed-account-deletion] 管理対象アカウントの削除から
        [log-stored] 監査ログが保存されてから
       *[other] { $event }から
      }{ $days }日経過後
  }
st-deletion-delay-for = { $scope }では{ $delay }
st-deletion-alt-sep = 、または
st-deletion-step = { $action ->
    [cancel-space] { $when }に、スペースの解約手続を実施します。
    [delete-organization] { $when }に、システムで自動的に組織を削除します。
   *[start-deletion] { $when }に削除作業を開始し、開始から{ $complete }日以内に削除を完了します。
  }
st-deletion-backups = 当社サービスで取得しているバックアップデータには、上記の時期にユーザーデータが削除された後も、一定期間ユーザーデータが残ります。例えば、1日{ $per_day }回取得しているバックアップの保持回数が{ $kept }回の場合は、削除が完了してから{ $days }日はデータが残り、{ $next }日目に削除されます。
st-deletion-what-title = 削除対象となるデータ
st-deletion-what-intro = 次のデータを除き、ユーザーが各サービスに登録したすべてのユーザーデータを削除します。
st-deletion-retained = { $service }: { $item }
st-deletion-account = { $kind ->
    [nulab-account] { -st-nulab-account }
    [managed-account] 管理対象アカウント
   *[service] { $service }のアカウント
  }
st-deletion-except-plans = { $service } ({ $plans }を除きます。)
st-deletion-what-account = ただし、{ $accounts }の削除を実施しても、当該アカウントで作成された{ $services }のユーザーデータは削除されません。これらのユーザーデータは、{ -st-nulab-account }および管理対象アカウントに関するもの以外の上記の条件のいずれかに該当したときに削除されます。

st-end-user-title = (5) エンドユーザーからの要請
st-end-user = ユーザーのエンドユーザーがユーザーの書面による同意なくデータ保護またはプライバシーに関する要請を行った場合、当社は当該要請に応じません。

st-transfer-title = (6) ユーザーデータの移転
st-transfer = 当社がユーザーに代わって取り扱うユーザーデータは、{ $countries }その他当社、当社の関連会社または委託先が施設を有する国に移転され、保管および処理されることがあります。ユーザーは、ユーザーデータをこれらの国に移転し、保管および処理することを当社に委任するものとします。

st-employees-title = (7) 当社の従業員
st-employees = 当社の従業員は、当社の許可なくユーザーデータを取り扱いません。当社の従業員はユーザーデータについて守秘義務を負い、この義務は退職後も存続します。

st-contractors-title = (8) 当社の委託先
st-contractors-scope = 当社は、{ $examples }など、特定のサービスを委託することがあります。委託先は、当社が委託したサービスの提供に必要な範囲でのみユーザーデータにアクセスすることができ、その他の目的でユーザーデータを利用することは禁止されます。
st-contractors-liability = 当社は、委託先が利用規約および本補足規約に定めるプライバシーおよびセキュリティに関する義務を遵守することについて責任を負います。当社がユーザーデータを移転するすべての委託先は、個人データのプライバシーを保護する義務を負うことに書面で同意するものとします。
st-contractors-consent = ユーザーは、本補足規約に定める条件のもとで、当社がユーザーデータを委託先に移転することに同意するものとします。当社は、本補足規約で認められる場合を除き、ユーザーが本サービスの利用にあたって提供した個人データを第三者に移転しません (情報の保管を目的とする場合も同様とします。)。

st-user-duties-title = (9) ユーザーの義務
st-user-duties-law = ユーザーは、本サービスの利用にあたり、プライバシー、データ保護および通信の秘密に関して適用される法令上の要件を遵守するものとします。
st-user-duties-contact = ユーザーがエンドユーザーにアカウントを付与する場合、ユーザーは、当社がエンドユーザーに連絡し、当社の製品、本サービスを最も生産的に利用するためのヒントやアドバイス、その他当社が推奨する製品やサービスに関する情報を提供するために、ユーザーから提供されたエンドユーザーの情報を当社が利用することに同意するものとします。当社は、このような連絡を行う前にエンドユーザーの許可を求め、事前に許可が得られない場合は、その連絡を停止するための商慣習上合理的な手段を提供します。

st-security-terms-title = 第3条 (セキュリティ)

st-measures-title = (1) 技術的および組織的なセキュリティ対策
st-measures = 当社は、偶発的な滅失、損傷もしくは改変、権限のない開示もしくはアクセス、または違法な破壊からユーザーデータを保護するため、技術的および組織的な対策、内部管理体制ならびに情報セキュリティの手順を整備しており、今後もこれを維持します。これらの対策は、当社がユーザーデータを取り扱う際のセキュリティのみに関するものであり、ユーザーデータに関する当社の守秘義務は利用規約の定めに従うものとします。

st-incident-title = (2) セキュリティインシデント
st-incident-definition = 当社の機器もしくは施設に保管されたユーザーデータへの違法なアクセス、または当該機器もしくは施設への権限のないアクセスによるユーザーデータの滅失、開示もしくは改変 (以下それぞれを「セキュリティインシデント」といいます。) を認識した場合、当社は次のことを行います。
st-incident-notify = (a) セキュリティインシデントの発生をユーザーに通知すること
st-incident-investigate = (b) セキュリティインシデントを調査し、その結果をユーザーに報告すること
st-incident-mitigate = (c) セキュリティインシデントの影響を抑え、損失または損害を軽減するための適切な措置を講じること
st-incident-agree = ユーザーは、次のことに同意するものとします。
st-incident-non-incident = セキュリティインシデントに関する本項の定めは、ユーザーデータまたはユーザーデータが保管される当社の機器もしくは施設への権限のないアクセスを伴わない試行または事象には適用されないこと。これには、次のようなものが含まれます。
st-incident-no-liability = セキュリティインシデントの報告または対応に関する当社の義務は、当該セキュリティインシデントについて当社の過失または責任を認めるものではないこと
st-incident-notice = 当社は、セキュリティインシデントが発生した場合、{ $hours }時間以内に、当社の選択により、{ $means }その他の1つまたは複数の手段でユーザーの管理者に通知します。ユーザーは、利用規約に従い、サービスポータルに管理者の正確な連絡先情報を自らの責任で登録するものとします。

st-audit-title = (3) 認証および監査
st-audit = 当社は、{ $series }シリーズの規格ならびに{ $standards }に基づいてセキュリティ管理体制を構築し、維持しています。ユーザーは、当社が別途作成する本サービスに関する文書の内容を自ら確認し、本サービスがユーザーの要件を満たすかどうかを判断するものとします。

st-encryption-title = 第4条 (暗号化)
st-encryption-intro = 当社は、サービス全般にわたって信頼性と堅牢性の高い{ $provider }を利用しています。そのインフラを通過するデータは、複数の暗号化方式、プロトコルおよびアルゴリズムを組み合わせて保護された経路を通り、インフラに保管されたデータの機密性が確保されています。
st-encryption-protocol = { $full_name } ({ $name }): { $what }
st-encryption-tls = 共通鍵暗号方式を用いて、ネットワーク上でやり取りされる通信を暗号化します。
st-encryption-ipsec = ネットワーク上で送信されるIPパケットの単位で、データの認証、完全性および機密性を提供する業界標準のプロトコル群です。

st-backup-title = 第5条 (バックアップ)
st-backup-intro = 当社は、本サービスのデータを次のとおりバックアップします。
st-backup-snapshots = バックアップはすべて、{ $provider }が提供するスナップショット機能を利用して取得します。
st-backup-durable = バックアップデータは、{ $provider }内の高可用性・高耐久性ストレージに保管します。
st-backup-whole-service = バックアップデータはサービス全体の復旧を目的としたものであり、個々のお客様のデータを個別に復旧することはできません。
st-backup-same-region = バックアップデータは、元のデータと同一のリージョンに保管します。
st-backup-policy-intro = { $accounts ->
    [yes] { $services } ({ -st-nulab-account }を含みます。)
   *[no] { $services }
  }
st-backup-item = { $scope }: 1日{ $per_day }回取得し、{ $kept }回分 ({ $days }日分) を保持します。
st-backup-excluded = { $scope }: { $reason ->
   *[durable-storage] 高可用性・高耐久性ストレージに保存しており、消失リスクはほぼないと考えられるため、バックアップの対象外とします。
  }
st-backup-see-also = 同じ内容を「{ $page }」にも記載しています。

st-logs-title = 第6条 (ログの保護)
st-logs-intro = ログは{ $provider }に保管され、特定の業務に従事する担当者のみがアクセスできます。
st-logs-fields = アクセスログの記録項目: { $fields }
st-logs-retention-indefinite = 保存期間: 原則として無期限

st-deposit-title = 第7条 (本サービスで収集する情報の預託先)
st-deposit-services-intro = 本サービスで収集する情報 (個人情報を含みます。) は、以下のサービスに預託されます。
st-deposit-col-category = 用途
st-deposit-col-service = サービス
st-deposit-col-function = 機能
st-deposit-col-company = 運営会社
st-deposit-category-development = 開発
st-deposit-category-support = サポート
st-deposit-former-name = 旧称 { $name }
st-deposit-countries-intro = これらの情報は、以下の国に預託されます。
st-deposit-col-country = 国
st-deposit-col-note = 備考
st-deposit-local-law = この国に預託された情報には、同国の法令が適用されます。

st-list-last-sep = および
st-none = —
st-sentence-sep = {""}
st-list-last-or = または
