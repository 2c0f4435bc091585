# Supplementary terms for privacy and security (edition `supplementary-terms`).
# Messages are named st-<section>-<thing>; every one exists in ja and en with the same variables.

## 1. Security, audit and certification

st-security-title = Security, audit and certification
st-security-intro = { $company } (“we”) has its information security management audited and certified by a qualified third party. We design, develop and operate our services under strict information management.
st-security-audit = To make sure, of our own accord, that we keep to our policies and procedures for security, privacy, integrity and compliance, we are audited every year by an internationally recognized third-party auditor.

st-cert-held-title = { $kinds } we hold
st-cert-held-intro = We hold the following { $kinds }.
st-cert-item = { $standard }: { $name }
# details: the body and the scheme, as many as are known
st-cert-item-details = { $standard }: { $name } ({ $details })
st-cert-item-standard-details = { $standard } ({ $details })
# When the details hold brackets themselves.
st-cert-item-details-listed = { $standard }: { $name }, { $details }
st-cert-item-standard-details-listed = { $standard }, { $details }
st-cert-registration = Registration: <{ $url }>
st-cert-registration-number = Registration number: { $number }
st-cert-scope = **Registered scope of our { $name }:** { $scope }.
st-cert-what-title = What { $standard } is
st-cert-what = { $standard } is { $description }.
st-cert-held-by = We hold { $name } under the { $scheme }, operated by the { $body }.

## 2. Responsibilities

st-resp-title = Responsibilities
st-resp-company-title = Our responsibilities
st-resp-company-intro = We are responsible for the following security measures:
st-resp-user-title = The User's responsibilities
st-user-data = User Data
st-resp-user-intro = The User is responsible for the following security measures:
## 3. Supplementary terms

st-terms-title = Supplementary terms for privacy and security in { $short }'s services
st-terms-preamble = These terms (the “Supplementary Terms”) supplement the Terms of Use (the “Terms”) for the services (the “Services”) provided by { $company } (“we”). The User uses the Services subject to both the Terms and these Supplementary Terms. Words used in these Supplementary Terms have the meaning given to them in the Terms, unless these Supplementary Terms define them otherwise.
st-def-title = Definitions
st-def-user-data = “User Data” means all data, such as { $examples }, that the User, or anyone acting for the User, provides to us through the Services.
st-def-end-user = “End User” means an individual who accesses the Services.

st-privacy-title = Privacy

st-privacy-compliance-title = Compliance with privacy laws
st-privacy-compliance = We comply with the data protection and privacy laws that apply generally to the provision of the Services. We are not, however, obliged to comply with data protection and privacy laws that apply only to particular categories of data, or to the User or the User's industry, and that do not apply to providers of information technology services.

st-use-title = Use of User Data
st-use-intro = Unless a contract, agreement, memorandum or similar document with the User provides otherwise, we handle User Data as these Supplementary Terms provide. We do not (a) claim ownership of User Data, or (b) use or disclose User Data for any purpose other than those set out below.
st-use-purposes-intro = We use User Data for the following purposes:
st-use-purpose-services = to provide the Services, including troubleshooting to prevent, detect and fix problems that affect the operation of the Services; and
st-use-purpose-threats = to detect emerging and evolving threats (such as malware or spam), and to improve our ability to protect the User.
st-use-law-title = Requests from law enforcement agencies
st-use-law = We do not disclose User Data to law enforcement agencies unless the law requires us to. If a law enforcement agency asks us for User Data, we tell it to request the data from the User directly, and we may give it the User's contact details for that purpose. If a law enforcement agency compels us to disclose User Data, we will make commercially reasonable efforts to notify the User before the disclosure.

st-deletion-title = Deletion of User Data
st-deletion-intro = We delete User Data when the contract administrator of a service we provide completes a procedure for ending its use ({ $procedures }){ $cases }.
st-deletion-cases-trial = , or when a trial ends without a formal order for a plan
st-deletion-cases-suspended = , or when the use of a service is suspended, for example for late payment
st-deletion-cases-trial-suspended = , when a trial ends without a formal order for a plan, or when the use of a service is suspended, for example for late payment
st-deletion-intro-plain = We delete User Data when a contract for one of our services ends.
st-deletion-final = Once deleted, User Data cannot be recovered, even by us.

st-end-user-title = Requests from End Users
st-end-user = If an End User of the User makes a request about data protection or privacy without the User's written consent, we will not act on it.

st-transfer-title = Transfer of User Data
st-transfer = User Data that we handle on the User's behalf may be transferred to, and stored and processed in, any country where we, our affiliates or our contractors have facilities, including { $countries }. The User appoints us to transfer User Data to those countries and to store and process it there.

st-employees-title = Our employees
st-employees = Our employees do not handle User Data without our authorization. They are bound to keep User Data confidential, and that obligation continues after they leave us.

st-contractors-title = Our contractors
st-contractors-scope = We may contract out certain services, such as { $examples }. Contractors may access User Data only as far as needed to provide the services we engage them for, and may not use it for any other purpose.
st-contractors-liability = We remain responsible for our contractors' compliance with the privacy and security obligations of the Terms and these Supplementary Terms. Every contractor to whom we transfer User Data agrees in writing to protect the privacy of personal data.
st-contractors-consent = The User consents to our transferring User Data to contractors on the conditions set out in these Supplementary Terms. Except as these Supplementary Terms allow, we do not transfer personal data that the User provides in using the Services to any third party, not even for storage.

st-user-duties-title = The User's obligations
st-user-duties-law = The User must comply with the legal requirements on privacy, data protection and the confidentiality of communications that apply to the User's use of the Services.
st-user-duties-contact = When the User gives an End User an account, the User consents to our using the End User's information that the User provides to contact the End User, to offer our products, to give tips and advice on using the Services most productively, and to provide information on other products and services we recommend. We ask the End User's permission before contacting them this way; where that permission has not been given in advance, we provide commercially reasonable means to stop such contact.

st-security-terms-title = Security

st-measures-title = Technical and organizational security measures
st-measures = We have put in place, and will maintain, technical and organizational measures, internal controls and information security routines to protect User Data against accidental loss, damage or alteration, unauthorized disclosure or access, and unlawful destruction. These measures concern only the security of User Data while we handle it; our obligation to keep User Data confidential is governed by the Terms.

st-incident-title = Security incidents
st-incident-definition = If we become aware of unlawful access to User Data stored on our equipment or in our facilities, or of unauthorized access to that equipment or those facilities resulting in the loss, disclosure or alteration of User Data (each a “Security Incident”), we will:
st-incident-notify = (a) notify the User of the Security Incident;
st-incident-investigate = (b) investigate the Security Incident and report the findings to the User; and
st-incident-mitigate = (c) take appropriate measures to limit the effects of the Security Incident and to reduce any loss or damage.
st-incident-agree = The User agrees that:
st-incident-non-incident = these provisions on Security Incidents do not apply to unsuccessful attempts or events that do not compromise User Data or the equipment or facilities on which it is stored, such as:
st-incident-no-liability = our obligation to report or respond to a Security Incident is not an acknowledgment of fault or liability on our part for that Security Incident.
# `defined`: `yes` when the security-incidents clause defines “Security Incident” above.
st-incident-notice = We notify the User's administrators of { $defined ->
    [yes] a Security Incident
   *[no] a security incident
} within { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
  }, by one or more means of our choosing, including { $means }.
st-incident-portal = The User is responsible for registering accurate contact details for its administrators on the service portal, as the Terms require.

st-audit-title = Certification and audit
st-audit = We establish and maintain our security management based on the { $series } series of standards and on { $standards }.
st-audit-review = The User is responsible for reviewing the documents on the Services that we publish separately, and for deciding whether the Services meet the User's requirements.

st-encryption-title = Encryption
st-encryption-intro = We use { $provider }, { $count ->
    [one] which is highly reliable and robust in its services in general. Data passing through that infrastructure
   *[other] which are highly reliable and robust in their services in general. Data passing through their infrastructure
} travels over protected paths, secured by several encryption methods, protocols and algorithms used together, and data stored in it is kept confidential.
st-encryption-protocol = { $full_name } ({ $name }): { $what }
st-backup-title = Backups
st-backup-intro = We back up the data of the Services as follows.
st-backup-snapshots = { $count ->
    [one] All backups use the snapshot feature of { $provider }.
   *[other] Backups use the snapshot features of { $provider }.
}
st-backup-durable = Backup data is kept in highly available, highly durable storage within { $provider }.
st-backup-whole-service = Backups are for restoring a service as a whole; an individual customer's data cannot be restored on its own.
st-backup-same-region = Backup data is kept in the same region as the data it copies.
st-backup-policy-intro = { $services }
st-backup-policy-intro-accounts = { $services } (including { $account }s)
st-backup-item = { $scope }: backed up { $per_day ->
    [1] once
    [2] twice
   *[other] { $per_day } times
  } a day, with { $kept ->
    [one] only the latest backup
   *[other] the latest { $kept } backups
  } kept ({ $days ->
    [one] { $days } day
   *[other] { $days } days
  }).
st-backup-see-also = The same is described in “{ $page }”.

st-logs-title = Protection of logs
st-logs-intro = Logs are stored on { $provider }.
st-logs-access = Only staff engaged in specific tasks can access logs.
st-logs-fields = Access logs record: { $fields }.
st-deposit-title = Where information collected in the Services is deposited
st-deposit-services-intro = The information (including personal information) collected in the Services is deposited with the following services.
st-deposit-former-name = Formerly { $name }.
st-deposit-countries-intro = That information is deposited in the following countries.
st-deposit-with = { $name }: { $function } ({ $company })
st-deposit-with-function = { $name }: { $function }
st-deposit-with-company = { $name } ({ $company })
st-deposit-local-law = { $country } (information deposited in this country is subject to its laws)

