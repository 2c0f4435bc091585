# Supplementary terms for privacy and security (edition `supplementary-terms`).
# Messages are named st-<section>-<thing>; every one exists in ja and en with the same variables.

-st-nulab-account = Nulab account

## 1. Security, audit and certification

st-security-title = 1. Security, audit and certification
st-security-intro = { $company } (“we”) has its information security management audited and certified by a qualified third party. We design, develop and operate our services under strict information management.
st-security-audit = To make sure, of our own accord, that we keep to our policies and procedures for security, privacy, integrity and compliance, we are audited every year by an internationally recognized third-party auditor.

st-cert-held-title = 1.1 Certifications we hold
st-cert-held-intro = We hold the following certifications.
st-cert-col-standard = Standard
st-cert-col-name = Certification
st-cert-col-body = Accreditation body and scheme
st-cert-col-registration = Registration
st-cert-body = { $body }, { $scheme }
st-cert-scope = **Registered scope of our { $name }:** { $scope }.
st-cert-27001-title = 1.2 What { $standard } is
st-cert-what = { $standard } is { $description }.
st-cert-held-by = We hold { $name } under the { $scheme }, operated by the { $body }.
st-cert-cloud-title = 1.3 What { $name } is
st-cert-cloud-what = { $name } is awarded to organizations that hold { $prerequisite_jis } ({ $prerequisite }) certification and that, in managing information security for the cloud services they provide or use within the scope of that certification, also meet the requirements of the { $guideline } guideline.
st-cert-cloud-criteria = { $guideline } is a guideline that adds information security controls and implementation practices specific to cloud services. As the criteria for the new ISMS cloud security certification, { $publisher } has published { $code }, “{ $criteria_title }”. An organization seeking ISMS cloud security certification must therefore put cloud information security into practice in accordance with { $guideline }, together with { $prerequisite } and { $code }.

st-cert-27018-title = 1.4 What { $standard } is
st-cert-27018-basis = It builds on { $basis }, the international standard widely applied in information security management, and sets out best practices for managing personal information in the cloud, so that:
st-cert-27018-point-compliance = public cloud service providers that process PII are helped to comply with the law and to meet their users' expectations;
st-cert-27018-point-transparency = transparency is increased, so that users can choose public cloud services that are well governed; and
st-cert-27018-point-obligations = users are given a framework that ensures public cloud service providers meet their legal obligations for the protection of personal information.

## 2. Responsibilities

st-resp-title = 2. Responsibilities
st-resp-nulab-title = 2.1 Our responsibilities
st-resp-nulab-intro = We are responsible for the following security measures:
st-resp-nulab-services = the security of the services we provide ({ $services });
st-resp-nulab-data = the protection of the user data stored in those services; and
st-resp-nulab-infra = the security of the middleware, operating systems and other infrastructure used to provide those services.
st-resp-user-title = 2.2 The User's responsibilities
st-resp-user-intro = The User is responsible for the following security measures:
st-resp-user-passwords = keeping the passwords issued to the User safe, including the devices used for two-step verification;
st-resp-user-accounts = managing the User's accounts in our services properly (registering and deleting them, and granting administrator rights); and
st-resp-user-content = managing the content the User registers properly.

## 3. Supplementary terms

st-terms-title = 3. Supplementary terms for privacy and security in { $short }'s services
st-terms-preamble = These terms (the “Supplementary Terms”) supplement the Terms of Use (the “Terms”) for the services (the “Services”) provided by { $company } (“we”). The User uses the Services subject to both the Terms and these Supplementary Terms. Words used in these Supplementary Terms have the meaning given to them in the Terms, unless these Supplementary Terms define them otherwise.
st-def-title = Article 1. Definitions
st-def-user-data = “User's Data” means all data, such as { $examples }, that the User, or anyone acting for the User, provides to us through the Services.
st-def-end-user = “End User” means an individual who accesses the Services.

st-privacy-title = Article 2. Privacy

st-privacy-compliance-title = (1) Compliance with privacy laws
st-privacy-compliance = We comply with the data protection and privacy laws that apply generally to the provision of the Services. We are not, however, obliged to comply with data protection and privacy laws that apply only to particular categories of data, or to the User or the User's industry, and that do not apply to providers of information technology services.

st-use-title = (2) Use of the User's Data
st-use-intro = Unless a contract, agreement, memorandum or similar document with the User provides otherwise, we handle the User's Data as these Supplementary Terms provide. We do not (a) claim ownership of the User's Data, or (b) use or disclose the User's Data for any purpose other than those set out below.
st-use-purposes-intro = We use the User's Data for the following purposes:
st-use-purpose-services = to provide the Services, including troubleshooting to prevent, detect and fix problems that affect the operation of the Services; and
st-use-purpose-threats = to detect emerging and evolving threats (such as malware or spam), and to improve our ability to protect the User.
st-use-law-title = (3) Requests from law enforcement agencies
st-use-law = We do not disclose the User's Data to law enforcement agencies unless the law requires us to. If a law enforcement agency asks us for the User's Data, we tell it to request the data from the User directly, and we may give it the User's contact details for that purpose. If a law enforcement agency compels us to disclose the User's Data, we will make commercially reasonable efforts to notify the User before the disclosure.

st-deletion-title = (4) Deletion of the User's Data
st-deletion-intro = We delete the User's Data when the contract administrator of a service we provide completes a procedure for ending its use ({ $procedures }), when a trial ends without a formal order for a plan, or when the use of a service is suspended, for example for late payment. Once deleted, the User's Data cannot be recovered, even by us.
st-deletion-procedure = { $action ->
    [cancel] the cancellation procedure of { $service }
   *[delete-organization] “Delete organization” in the { -st-nulab-account }
  }
st-deletion-clause = Article { $article }, paragraph { $paragraph } of the Terms
st-deletion-when-title = When the User's Data is deleted
st-deletion-when-intro = The User's Data is deleted, in principle, on the following conditions and at the following times.
st-deletion-col-target = Data
st-deletion-col-condition = Condition
st-deletion-col-timing = When it is deleted (in principle)
st-deletion-target = { $target ->
    [listed-plans] { $services }: { $plans }
    [plans] { $services }
    [other-plans] Other plans of { $services }
    [nulab-account] { -st-nulab-account }
    [managed-account] Managed accounts
    [audit-log] Audit logs
   *[other] { $services }
  }
st-deletion-condition = { $trigger ->
    [cancelled] The cancellation procedure has been carried out
    [trial-expired] The trial ended without a formal order
    [suspended] Use was suspended under { $clause }, for example for late payment
    [contract-expired] The contract period ended
    [account-deleted] The { -st-nulab-account } was deleted
    [organization-deleted] The organization was deleted
    [managed-account-deleted] The managed account was deleted
    [organization-or-managed-account-deleted] The organization or the managed account was deleted
    [retention-expired] The { $months }-month retention period of audit logs has passed
   *[other] { $trigger }
  }
st-deletion-condition-for = { $service }: { $condition }
st-deletion-delay = { $days ->
    [0] { $event ->
        [account-deletion] when the { -st-nulab-account } is deleted
        [managed-account-deletion] when the managed account is deleted
        [organization-deletion] when the organization is deleted
       *[other] immediately
      }
   *[other] { $days } days after { $event ->
        [current-contract-end] the end of the current contract period
        [contract-end] the end of the contract period
        [trial-end] the end of the trial
        [cancellation] the cancellation
        [organization-deletion] the organization is deleted
        [account-deletion] the { -st-nulab-account } is deleted
        [managed-account-deletion] the managed account is deleted
        [log-stored] the log is stored
       *[other] { $event }
      }
  }
st-deletion-delay-for = { $delay } for { $scope }
st-deletion-alt-sep = , or{" "}
st-deletion-step = { $action ->
    [cancel-space] The space is cancelled { $when }.
    [delete-organization] The system deletes the organization automatically { $when }.
   *[start-deletion] Deletion starts { $when }. It is completed within { $complete ->
        [one] { $complete } day
       *[other] { $complete } days
      }.
  }
st-deletion-backups = The User's Data remains in the backups of our services for a while after it has been deleted. For example, with backups taken { $per_day ->
    [1] once
    [2] twice
   *[other] { $per_day } times
  } a day and { $kept } kept, the data remains for { $days } days after its deletion is complete and is gone on day { $next }.
st-deletion-what-title = What is deleted
st-deletion-what-intro = All the User's Data registered in each service is deleted, except:
st-deletion-retained = { $service }: { $item }
st-deletion-account = { $kind ->
    [nulab-account] a { -st-nulab-account }
    [managed-account] a managed account
   *[service] a { $service } account
  }
st-deletion-except-plans = { $service } (except { $plans })
st-deletion-what-account = Deleting { $accounts } does not, however, delete the User's Data created with that account in { $services }. That data is deleted when one of the conditions above other than those for { -st-nulab-account }s and managed accounts applies.

st-end-user-title = (5) Requests from End Users
st-end-user = If an End User of the User makes a request about data protection or privacy without the User's written consent, we will not act on it.

st-transfer-title = (6) Transfer of the User's Data
st-transfer = The User's Data that we handle on the User's behalf may be transferred to, and stored and processed in, any country where we, our affiliates or our contractors have facilities, including the following: { $countries }. The User appoints us to transfer the User's Data to those countries and to store and process it there.

st-employees-title = (7) Our employees
st-employees = Our employees do not handle the User's Data without our authorization. They are bound to keep the User's Data confidential, and that obligation continues after they leave us.

st-contractors-title = (8) Our contractors
st-contractors-scope = We may contract out certain services, such as { $examples }. Contractors may access the User's Data only as far as needed to provide the services we engage them for, and may not use it for any other purpose.
st-contractors-liability = We remain responsible for our contractors' compliance with the privacy and security obligations of the Terms and these Supplementary Terms. Every contractor to whom we transfer the User's Data agrees in writing to protect the privacy of personal data.
st-contractors-consent = The User consents to our transferring the User's Data to contractors on the conditions set out in these Supplementary Terms. Except as these Supplementary Terms allow, we do not transfer personal data that the User provides in using the Services to any third party, not even for storage.

st-user-duties-title = (9) The User's obligations
st-user-duties-law = The User must comply with the legal requirements on privacy, data protection and the confidentiality of communications that apply to the User's use of the Services.
st-user-duties-contact = When the User gives an End User an account, the User consents to our using the End User's information that the User provides to contact the End User, to offer our products, to give tips and advice on using the Services most productively, and to provide information on other products and services we recommend. We ask the End User's permission before contacting them this way; where that permission has not been given in advance, we provide commercially reasonable means to stop such contact.

st-security-terms-title = Article 3. Security

st-measures-title = (1) Technical and organizational security measures
st-measures = We have put in place, and will maintain, technical and organizational measures, internal controls and information security routines to protect the User's Data against accidental loss, damage or alteration, unauthorized disclosure or access, and unlawful destruction. These measures concern only the security of the User's Data while we handle it; our obligation to keep the User's Data confidential is governed by the Terms.

st-incident-title = (2) Security incidents
st-incident-definition = If we become aware of unlawful access to the User's Data stored on our equipment or in our facilities, or of unauthorized access to that equipment or those facilities resulting in the loss, disclosure or alteration of the User's Data (each a “Security Incident”), we will:
st-incident-notify = (a) notify the User of the Security Incident;
st-incident-investigate = (b) investigate the Security Incident and report the findings to the User; and
st-incident-mitigate = (c) take reasonable steps to limit the effects of the Security Incident and to reduce any loss or damage.
st-incident-agree = The User agrees that:
st-incident-non-incident = these provisions on Security Incidents do not apply to unsuccessful attempts or events that do not compromise the User's Data or the equipment or facilities on which it is stored, such as:
st-incident-no-liability = our obligation to report or respond to a Security Incident is not an acknowledgment of fault or liability on our part for that Security Incident.
st-incident-notice = We notify the User's administrators of a Security Incident within { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
  }, by one or more means of our choosing, including { $means }. The User is responsible for registering accurate contact details for its administrators on the service portal, as the Terms require.

st-audit-title = (3) Certification and audit
st-audit = We establish and maintain our security management based on the { $series } series of standards and on { $standards }. The User is responsible for reviewing the documents on the Services that we publish separately, and for deciding whether the Services meet the User's requirements.

st-encryption-title = Article 4. Encryption
st-encryption-intro = We run the Services on { $provider }, which offers a highly reliable and robust service overall. Data passing through that infrastructure travels over protected paths, secured by several encryption methods, protocols and algorithms used together, and data stored in it is kept confidential.
st-encryption-protocol = { $full_name } ({ $name }): { $what }
st-encryption-tls = encrypts communications over the network with symmetric-key cryptography.
st-encryption-ipsec = an industry-standard set of protocols that provides authentication, integrity and confidentiality for data at the level of the IP packets sent over the network.

st-backup-title = Article 5. Backups
st-backup-intro = We back up the data of the Services as follows.
st-backup-snapshots = All backups use the snapshot feature of { $provider }.
st-backup-durable = Backup data is kept in highly available, highly durable storage within { $provider }.
st-backup-whole-service = Backups are for restoring a service as a whole; an individual customer's data cannot be restored on its own.
st-backup-same-region = Backup data is kept in the same region as the data it copies.
st-backup-policy-intro = { $accounts ->
    [yes] { $services } (including { -st-nulab-account }s)
   *[no] { $services }
  }
st-backup-item = { $scope }: backed up { $per_day ->
    [1] once
    [2] twice
   *[other] { $per_day } times
  } a day, with the latest { $kept } backups kept ({ $days ->
    [one] { $days } day
   *[other] { $days } days
  }).
st-backup-excluded = { $scope }: { $reason ->
   *[durable-storage] not backed up, because they are kept in highly available, highly durable storage where the risk of loss is considered negligible.
  }
st-backup-see-also = The same is described in “{ $page }”.

st-logs-title = Article 6. Protection of logs
st-logs-intro = Logs are stored on { $provider }, and only staff engaged in specific tasks can access them.
st-logs-fields = Access logs record: { $fields }.
st-logs-retention-indefinite = Retention: in principle, indefinitely.

st-deposit-title = Article 7. Where information collected in the Services is deposited
st-deposit-services-intro = The information (including personal information) collected in the Services is deposited with the following services.
st-deposit-col-category = Use
st-deposit-col-service = Service
st-deposit-col-function = Function
st-deposit-col-company = Operated by
st-deposit-category-development = Development
st-deposit-category-support = Support
st-deposit-former-name = Formerly { $name }.
st-deposit-countries-intro = That information is deposited in the following countries.
st-deposit-col-country = Country
st-deposit-col-note = Note
st-deposit-local-law = Information deposited in this country is subject to its laws.

st-list-last-sep = {" "}and{" "}
st-none = —
st-sentence-sep = {" "}
st-list-last-or = {" "}or{" "}
