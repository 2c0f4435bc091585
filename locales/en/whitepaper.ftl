# Security whitepaper (templates/whitepaper.md). Facts — names, numbers, dates, URLs — come in
# as variables; only the sentences are written here. Heading numbers are generated from the
# document's structure. The wording of vocabulary values is in vocabulary.ftl.

## Shared responsibility (ISO/IEC 27017 CLD.6.3.1)

wp-responsibility-title = Shared responsibility
wp-responsibility-company-title = What { $company } (“we”) is responsible for
wp-responsibility-company-intro = We take the following security measures:
wp-responsibility-users-title = What users are responsible for
wp-user-data = user data
wp-responsibility-users-intro = Users need to take the following security measures:

## Data storage locations (18.1.1)

wp-storage-title = Data storage locations
wp-storage-intro = The data our customers entrust to us is stored in the data centers of the { $count ->
    [one] cloud vendor
   *[other] cloud vendors
} shown below.
wp-storage-col-service = Service
wp-storage-col-location = Where the data is stored
# One country: "Oregon and Virginia, USA".
wp-storage-places = { $regions }, { $country }
wp-storage-region-code = { $region } ({ $code })
wp-storage-location = { $provider } ({ $places })
wp-storage-location-when = { $provider } ({ $places }): { $condition }
# When a region's name holds brackets or a region has a code: no bracket inside a bracket.
wp-storage-region-code-labelled = { $region }, region code { $code }
wp-storage-location-colon = { $provider }: { $places }
wp-storage-location-colon-when = { $provider }: { $places }, { $condition }

## Data deletion (CLD.8.1.5)

wp-deletion-title = Data deletion
wp-deletion-intro = When the contract administrator of one of our services completes a service termination procedure[^deletion-procedures], we delete the data the customer entrusted to us (“user data”).
wp-deletion-intro-plain = When a contract for one of our services ends, we delete the data the customer entrusted to us (“user data”).
wp-deletion-procedures-note = “Service termination procedure” means { $count ->
    [one] { $procedures }
   *[other] either { $procedures }
}.
wp-deletion-intro-trial = We also delete user data when a trial period ends without a formal order for a plan.
wp-deletion-intro-suspended = We also delete user data when a service is suspended because its fees were not paid on time or for a similar reason.
wp-deletion-intro-trial-suspended = We also delete user data when a trial period ends without a formal order for a plan, or when a service is suspended because its fees were not paid on time or for a similar reason.
wp-deletion-intro-final = Once deleted, user data cannot be recovered, not even by { $company }.
wp-deletion-see-below = The conditions, the timing and the data deleted are set out under “[](#deletion-timing)” below.
wp-deletion-see-below-both = The conditions, the timing and the data deleted are set out under “[](#deletion-timing)” and “[](#deletion-scope)” below.
wp-deletion-timing-title = Deletion conditions and timing
wp-deletion-col-target = Applies to
wp-deletion-col-condition = Condition for deletion
wp-deletion-col-timing = When the data is deleted (as a rule)
# What a condition is stated for: the plans of the row, or a service.
wp-deletion-these-plans = these plans
wp-deletion-our-services = our services
wp-deletion-delay-for = { $delay } (for { $scope })
wp-deletion-alternative = {" "}or{" "}
wp-deletion-alternative-scoped = {" "}or{" "}
wp-deletion-backup-note = Even after it has been deleted on the schedule above, { $data } remains for a while in the backups our services take. For example, with backups taken { $per_day ->
    [one] once
   *[other] { $per_day } times
} a day and { $kept ->
    [one] { $kept } copy
   *[other] { $kept } copies
} kept, the data remains for { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the deletion is complete and is gone on day { $next }.
# With one example per group of services.
wp-deletion-backup-note-intro = Even after it has been deleted on the schedule above, { $data } remains for a while in the backups our services take.
wp-deletion-backup-for = { $services }: backups are taken { $per_day ->
    [one] once
   *[other] { $per_day } times
} a day and { $kept ->
    [one] { $kept } copy is
   *[other] { $kept } copies are
} kept: the data remains for { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the deletion is complete and is gone on day { $next }.
wp-deletion-backup-for-others = Our other services: backups are taken { $per_day ->
    [one] once
   *[other] { $per_day } times
} a day and { $kept ->
    [one] { $kept } copy is
   *[other] { $kept } copies are
} kept: the data remains for { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the deletion is complete and is gone on day { $next }.
wp-deletion-scope-title = What is deleted
wp-deletion-scope-intro = All { $data } that users have registered in each service is deleted, except the following:
wp-deletion-retained-of = { $service }: { $data }
wp-deletion-on-request = { $data }, however, are deleted at the user’s request.
wp-deletion-except-plans = { $service } (except { $plans })
wp-deletion-accounts-note = Deleting { $accounts }, however, does not delete the { $data } created with that account in { $services }.
wp-deletion-accounts-rule = That data is deleted only when one of the other conditions in the table under “[](#deletion-timing)” applies, that is, any condition other than those for { $targets }.

## Labelling (8.2.2)

wp-labelling-title = Labeling
wp-labelling-feature-except = { $name } — all plans except { $service }
wp-labelling-feature-only = { $name } — { $service } only

## Registering and removing users (9.2.1)

wp-accounts-title = Registering and removing users
wp-accounts-trial = { $service } free trial
wp-accounts-plan-limit = , within the limits of the plan subscribed to
wp-accounts-audit-log = Depending on the plan, audit logs can also be recorded and kept.

## Access control (9.2.2)

wp-access-title = Access control
wp-access-roles = Users can be given one of { $count } roles: { $roles }.
wp-access-extra = { $role } can additionally be granted the { $permissions } permission.

## Passwords (9.2.4)

wp-passwords-title = How passwords are issued
wp-passwords-initial-title = Initial password
wp-passwords-change-title = Changing a password
wp-passwords-not-stored = { $service } stores no password information.

## Encryption (10.1.1)

wp-encryption-title = Encryption
wp-encryption-user-info-title = User information
wp-encryption-user-info = User information stored in databases, such as { $examples }, is not encrypted field by field, but it is kept under appropriate access rights.
wp-encryption-user-info-encrypted = User information stored in databases, such as { $examples }, is encrypted field by field.
wp-encryption-passwords = Passwords are stored irreversibly encrypted (hashed).
wp-encryption-transport-title = Communication with our services
wp-encryption-transport = Internet traffic between customers’ devices and our services is encrypted with { $protocol }.
wp-encryption-at-rest-title = Encryption at rest
wp-encryption-at-rest-some = Some services encrypt { $data }.
wp-encryption-at-rest-some-with = Some services encrypt { $data } with { $algorithm }.
wp-encryption-at-rest-all = Every service encrypts { $data }.
wp-encryption-at-rest-all-with = Every service encrypts { $data } with { $algorithm }.
wp-encryption-at-rest-services = Services: { $services }

## Change management (12.1.2)

wp-changes-title = Change management
wp-changes-intro = Information on service changes that affect users, and on maintenance that interrupts a service, is published on the pages below.
wp-changes-intro-unlinked = Information on service changes that affect users, and on maintenance that interrupts a service, is published in the following places.
wp-changes-major = Changes with a major impact are also announced { $channels }.

## Manuals (12.1.1)

wp-manuals-title = Manuals
wp-manuals-intro = The manuals available to users can be read on the pages below.
wp-manuals-intro-unlinked = The following manuals are available to users.

## Backups (12.3.1)

wp-backups-title = Backups
wp-backups-snapshots = { $count ->
    [one] All backups use the snapshot feature provided by { $provider }.
   *[other] Backups use the snapshot features provided by { $provider }.
}
wp-backups-durable = Backup data is kept in highly available, highly durable storage within { $provider }.
wp-backups-durable-any = Backup data is kept in highly available, highly durable storage.
wp-backups-whole-service = Backups exist to restore a service as a whole; an individual customer’s data cannot be restored on its own.
wp-backups-same-region = Backup data stays in the same region as the data itself, as given in “[](#storage)”.
wp-backups-policy-intro = What we back up, how often, and how many backups we keep:
wp-backups-item = { $scope }: backed up { $per_day ->
    [one] once
    [2] twice
   *[other] { $per_day } times
} a day; { $kept ->
    [one] only the last backup is kept
   *[other] the last { $kept } backups are kept
}.
wp-backups-excluded = { $scope }: { $reason }
wp-backups-see-also = The same information is also published in “{ $page }”.

## Log clocks (12.4.4)

wp-logs-title = Log clocks
wp-logs-clock = { $name } (UTC{ $offset })
wp-logs-zones = Logs in our services are recorded in server time, which is { $clocks }.
wp-logs-ntp = Log timestamps are synchronized with the NTP { $count ->
    [one] service
   *[other] services
} provided by { $provider }.
wp-logs-ntp-source = Log timestamps are synchronized with the NTP { $count ->
    [one] server
   *[other] servers
} { $source }.
wp-logs-ntp-provider-source = Log timestamps are synchronized with the NTP { $count ->
    [one] service
   *[other] services
} provided by { $provider } ({ $source }).

## Vulnerability management (12.6.1)

wp-vulnerabilities-title = Vulnerability management
wp-vulnerabilities-scan = { $service } is checked with a vulnerability scanner { $frequency }.
wp-vulnerabilities-scan-partial = Parts of { $service } are checked with a vulnerability scanner { $frequency }.
wp-vulnerabilities-watch = The development teams of our services regularly collect vulnerability information on the { $components } they use.
wp-vulnerabilities-patches = When a patch is released for a vulnerability in a component our services use, we verify it in a test environment and then apply it promptly.

## Security in development (14.2.1)

wp-development-title = Security in development

## Incident response (16.1)

wp-incidents-title = Incident response
# `defined`: `yes` when the company's terms define security incidents (the security-incidents clause).
wp-incidents-notify = If a security incident{ $defined ->
    [yes] , as we define it,
   *[no] {""}
} occurs, we notify the user’s administrators by one or more means of our choosing, such as { $channels }.
wp-incidents-notify-within = If a security incident{ $defined ->
    [yes] , as we define it,
   *[no] {""}
} occurs, we notify the user’s administrators within { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}, by one or more means of our choosing, such as { $channels }.
wp-incidents-details = The details are set out in our “{ $document }”.
wp-incidents-contact = We accept inquiries about information security incidents through the contact page of our website:
wp-incidents-contact-page = Contact page (in { $language }): <{ $url }>
wp-incidents-contact-page-plain = Contact page: <{ $url }>

## Data protection

wp-protection-title = Protecting user data and disclosure to third parties
wp-protection-responsibility = Protecting the data users entrust to us is our responsibility.
wp-protection-access = To prevent unauthorized access and tampering, user data is kept under access rights that allow only { $access } to reach it.
wp-protection-access-with-logs = To prevent unauthorized access and tampering, user data, log data included, is kept under access rights that allow only { $access } to reach it.
wp-protection-disclosure = However, if we are required to provide user data in a legally recognized way, such as { $examples }, we may provide user data outside the company without the user’s permission, to the minimum extent necessary.

## Governing law (18.1.1)

wp-law-title = Governing law
wp-law-governing = Contracts between users and us are construed in accordance with the laws of { $country }.
wp-law-court = The { $court } has exclusive jurisdiction in the first instance over any dispute between users and us.

## Certifications (18.2.1)

wp-certifications-title = { $kinds }
wp-certifications-number = Registration number: { $number }
wp-certifications-validity = Valid: { $period }
wp-certifications-report-period = Period covered by the report: { $period }
wp-certifications-scope-title = Registered scope of the { $name }
wp-certifications-registration = Registration: <{ $url }>

## External cloud services (15.1)

wp-cloud-title = External cloud services
wp-cloud-intro = Our services rely on the external cloud services below for the functions shown.
wp-cloud-disclaimer = This whitepaper does not extend to what those cloud services manage, and does not guarantee that they comply with it.
wp-cloud-col-service = Cloud service
wp-cloud-col-function = Function
wp-cloud-col-company = Operated by
wp-cloud-col-countries = Countries
wp-cloud-item = { $name }: { $details }

## Sections in the company's own words on further ISO/IEC 27017 items (content/controls.toml)

wp-control-authorities = Authorities and jurisdictions
wp-control-privileged-access = Privileged access
wp-control-privileged-utilities = Privileged utility programs
wp-control-tenant-segregation = Segregation between customers
wp-control-vm-hardening = Hardening of virtual machines and containers
wp-control-key-management = Key management
wp-control-secure-disposal = Disposal of storage media
wp-control-capacity = Capacity management
wp-control-admin-operations = Administrators' operations
wp-control-event-logging = Logs available to customers
wp-control-service-monitoring = Monitoring available to customers
wp-control-network-segregation = Network segregation
wp-control-network-alignment = Virtual and physical networks
wp-control-evidence = Collection of evidence
wp-control-records = Protection of records
wp-control-security-policies = Security policies
wp-control-security-roles = Security roles and contacts
wp-control-awareness = Staff awareness and training
wp-control-asset-inventory = Customer data we hold
wp-control-network-access = Access to networks
wp-control-security-requirements = Security features
wp-control-event-reporting = Reporting security events
wp-control-intellectual-property = Intellectual property
wp-control-crypto-regulation = Cryptography and the law
