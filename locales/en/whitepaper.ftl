# Security whitepaper (templates/whitepaper.md). Facts — names, numbers, dates, URLs — come in
# as variables; only the sentences are written here.

## Shared terms and helpers

-wp-nulab-account = Nulab account
-wp-managed-account = managed account
-wp-audit-log = audit log
wp-term = { $term ->
    [nulab-account] Nulab account
    [managed-account] managed account
   *[audit-log] audit log
}
# Joining lists: "A, B and C" / "A, B or C".
wp-and = {" "}and{" "}
wp-or = {" "}or{" "}
wp-slash = {" "}/{" "}
wp-sentence-sep = {" "}
wp-quote = “{ $text }”
wp-all-services = All our services
wp-all-services-except = All services except { $service }
wp-link-kind = { $kind ->
    [plan-selection] plan selection page
    [sign-up] sign-up page
   *[manual] manual page
}
wp-link = { $label } ({ $kind })
wp-language = { $lang ->
    [ja] Japanese
    [en] English
   *[other] { $lang }
}
wp-link-languages = { $label } ({ $languages })

## 1. Shared responsibility

wp-responsibility-title = 1. Shared responsibility
wp-responsibility-company-title = What { $company } (“we”) is responsible for
wp-responsibility-company-intro = We take the following security measures:
wp-responsibility-company-services = Security of the services we provide ({ $services })
wp-responsibility-company-data = Protection of the user data stored in those services
wp-responsibility-company-infrastructure = Security of the middleware, operating systems and other infrastructure we use to provide those services
wp-responsibility-account-note = The { $service } provides features shared by all our services, such as the account users sign in with (the “Nulab account”).
wp-responsibility-users-title = What users are responsible for
wp-responsibility-users-intro = Users need to take the following security measures:
wp-responsibility-users-passwords = Managing their passwords properly, including the devices they use for two-factor authentication
wp-responsibility-users-accounts = Managing accounts[^wp-s1-2] properly: registering and deleting them, granting administrator rights, and so on
wp-responsibility-users-content = Managing the content they register properly
wp-responsibility-users-note = Where this document says “user”, it means an account.

## 2. Data storage locations

wp-storage-title = 2. Data storage locations
wp-storage-intro = The data our customers entrust to us is stored in the data centers of the cloud vendor shown below.
wp-storage-col-service = Service
wp-storage-col-location = Where the data is stored
# One country: "Oregon and Virginia, USA".
wp-storage-places = { $regions }, { $country }
wp-storage-location = { $provider } ({ $places })
wp-storage-location-when = { $provider } ({ $places }): { $condition }

## 3. Data deletion

wp-deletion-title = 3. Data deletion
wp-deletion-intro = When the contract administrator of one of our services completes a service termination procedure[^wp-s3-1], we delete the data the customer entrusted to us (“user data”).
wp-deletion-procedures-note = “Service termination procedure” means either { $procedures }.
wp-deletion-procedure = { $action ->
    [delete-organization] deleting the organization in the Nulab account
   *[cancel] completing the cancellation procedure in { $service }
}
wp-deletion-intro-other = We also delete user data when a trial period ends without a formal order for a plan, or when a service is suspended because its fees were not paid on time or for a similar reason.
wp-deletion-intro-final = Once deleted, user data cannot be recovered, not even by { $company }. The conditions, the timing and the data deleted are set out under “[When user data is deleted](#deletion-timing)” and “[What is deleted](#deletion-scope)” below.
wp-deletion-timing-title = When user data is deleted
wp-deletion-col-target = Applies to
wp-deletion-col-condition = Condition for deletion
wp-deletion-col-timing = When the data is deleted (as a rule)[^wp-s3-2]
wp-deletion-target = { $kind ->
    [plans] { $services }
    [listed-plans] { $services }: { $plans }
    [other-plans] All other plans of { $services }
    [nulab-account] Nulab accounts
    [managed-account] Managed accounts
   *[audit-log] Audit logs
}
# What a condition is stated for: the plans of the row, or a service.
wp-deletion-these-plans = these plans
wp-deletion-our-services = our services
wp-terms-clause = Article { $article }, Paragraph { $paragraph } of the { $company } Terms of Use
wp-deletion-condition = { $trigger ->
    [cancelled] The cancellation procedure has been completed
    [trial-expired] The trial period of { $subject } expires without a formal order
    [suspended] Use is suspended under { $clause }, for example because fees for { $subject } were not paid on time
    [contract-expired] The contract period of { $subject } expires
    [account-deleted] The Nulab account is deleted
    [organization-deleted] The organization is deleted
    [organization-or-managed-account-deleted] The organization or the managed account is deleted
   *[retention-expired] The audit log’s retention period of { $months } months expires
}
wp-deletion-delay = { $days ->
    [0] { $event ->
            [account-deletion] when the Nulab account is deleted
            [managed-account-deletion] when the managed account is deleted
            [organization-deletion] when the organization is deleted
            [cancellation] when the contract is cancelled
           *[other] immediately
        }
   *[other] { $days } { $days ->
            [one] day
           *[other] days
        } after { $event ->
            [current-contract-end] the current contract period ends
            [contract-end] the contract period ends
            [trial-end] the trial period ends
            [cancellation] the contract is cancelled
            [organization-deletion] the organization is deleted
            [account-deletion] the Nulab account is deleted
            [managed-account-deletion] the managed account is deleted
           *[log-stored] the audit log is recorded
        }
}
wp-deletion-delay-for = { $delay } (for { $scope })
wp-deletion-alternative = { $scoped ->
    [yes] {" "}or{" "}
   *[no] {" "}or{" "}
}
wp-deletion-object = { $target ->
    [audit-log] the audit logs
   *[other] the user data
}
wp-deletion-step = { $action ->
    [cancel-space] We cancel the space’s contract { $when }.
    [delete-organization] The system deletes the organization automatically { $when }.
   *[start-deletion] We start deleting { $object } { $when } and complete the deletion within { $complete } { $complete ->
        [one] day
       *[other] days
    } of starting.
}
wp-deletion-backup-note = User data remains for a while in the backups our services take, even after it has been deleted on the schedule above. For example, with backups taken { $per_day ->
    [one] once
   *[other] { $per_day } times
} a day and { $kept } copies kept, the data remains for { $days } days after the deletion is complete and is gone on day { $next }.
wp-deletion-scope-title = What is deleted
wp-deletion-scope-intro = All user data that users have registered in each service is deleted, except the following:
wp-deletion-retained-of = { $service }: { $data }
wp-deletion-account = { $kind ->
    [nulab-account] a Nulab account
    [managed-account] a managed account
   *[service] a { $service } account
}
wp-deletion-except-plans = { $service } (except { $plans })
wp-deletion-accounts-note = Deleting { $accounts }, however, does not delete the user data created with that account in { $services }. That data is deleted only when one of the other conditions in the table under “[When user data is deleted](#deletion-timing)” applies, that is, any condition other than those for Nulab accounts and managed accounts.

## 4. Labelling

wp-labelling-title = 4. Labeling
wp-labelling-feature = { $kind ->
    [except] { $name } — all plans except { $service }
    [only] { $name } — { $service } only
   *[all] { $name }
}

## 5. Registering and removing users

wp-accounts-title = 5. Registering and removing users
wp-accounts-registration-title = Registering
wp-accounts-registration = Customers create a Nulab account when they sign up[^wp-s5-1] or when they join an organization they have been invited to. The Nulab account created at sign-up becomes the organization’s administrator and can manage the organization, for example by [inviting users](#accounts-invitation).
wp-accounts-trial = { $service } free trial
wp-accounts-sign-up-note = Signing up means starting to use one of our services, with a free trial for example, or creating an account from the Nulab account sign-up page.
wp-accounts-deletion-title = Deleting an account
wp-accounts-deletion = Users can delete their Nulab account at any time. Only the user can delete their own Nulab account.
wp-accounts-invitation-title = Inviting users to an organization
wp-accounts-invitation = Users with the invitation permission can invite new users to the organization at any time.
wp-accounts-removal-title = Removing users from an organization
wp-accounts-removal = Administrators can remove any user from the organization’s members at any time. Removed users can no longer use the services the organization uses.
wp-accounts-service-intro = { $kind ->
    [local] Besides Nulab accounts, { $service } lets customers create users that exist only within { $parent } and work with those users.
   *[managed] { $service } lets customers create managed accounts that sign in through single sign-on (SSO) with an identity provider (IdP).
}
wp-accounts-service-managers = { $manager ->
    [inviters] Users with the invitation permission
   *[administrators] Administrators
} can register and delete { $kind ->
    [local] users
   *[managed] managed accounts
}{ $limited ->
    [yes] , within the limits of the plan subscribed to.
   *[no] .
}
wp-accounts-audit-log = Depending on the plan, audit logs can also be recorded and kept.

## 6. Access control

wp-access-title = 6. Access control
wp-access-body = { $subject ->
    [organization] Users themselves set the access rights of the Nulab accounts and teams in their organization.
    [project] Users themselves set access rights for projects and the information in them.
    [account-team] { $service } provides its own account and team management.
    [folder] Users themselves set access rights for the folders in their organization.
    [topic] Permissions on topics in { $service } follow the organization roles users have set.
   *[audit-log] Users themselves set access rights for the recorded audit logs.
}
wp-access-roles = Users can be given one of { $count } roles: { $roles }.
wp-access-extra = { $role } can additionally be granted the { $permissions } permission.
wp-access-admin-selects = Organization administrators also choose which members of the organization { $topics ->
    [yes] can use { $service } and which members join each topic.
   *[no] can use { $service }.
}

## 7. Passwords

wp-passwords-title = 7. How passwords are issued
wp-passwords-initial-title = Initial password
wp-passwords-change-title = Changing a password
wp-passwords-issued = In { $service }, an initial password is issued when a space administrator creates a user.
wp-passwords-initial = { $method ->
    [user-chosen] Users choose their own password when they register their { $account }.
   *[generated-and-emailed] When an administrator adds a new account, an initial password is generated and sent to the new account’s email address.
}
wp-passwords-idp = { $service } managed accounts sign in with the ID and password of the customer’s identity provider (IdP) connected to { $service }.
wp-passwords-not-stored = { $service } stores no password information.

## 8. Encryption

wp-encryption-title = 8. Encryption
wp-encryption-user-info-title = User information
wp-encryption-user-info = User information stored in databases, such as { $examples }, is not encrypted field by field, but it is kept under appropriate access rights.
wp-encryption-passwords = Passwords are stored irreversibly encrypted (hashed).
wp-encryption-transport-title = Communication with our services
wp-encryption-transport = Internet traffic between customers’ devices and our services is encrypted with { $protocol }.
wp-encryption-database-title = Database encryption
wp-encryption-database = Some services encrypt the database files themselves.
wp-encryption-database-services = Services: { $services }

## 9. Change management

wp-changes-title = 9. Change management
wp-changes-intro = Information on service changes that affect users, and on maintenance that interrupts a service, is published on the pages below. Changes with a major impact are also announced { $channels }.
wp-changes-channel = { $channel ->
    [dashboard] on each service’s dashboard
   *[newsletter] in our newsletter
}
wp-resource = { $kind ->
    [updates] Updates to our services
    [announcements] { $service } announcements
    [maintenance] { $service } maintenance
    [releases] { $service } release notes
    [twitter] { $service } official Twitter
    [user-guide] { $service } user guide
    [tutorial] { $service } tutorial
   *[support] { $service } support
}

## 10. Manuals

wp-manuals-title = 10. Manuals
wp-manuals-intro = The manuals available to users can be read on the pages below.

## 11. Backups

wp-backups-title = 11. Backups
wp-backups-snapshots = All backups use the snapshot feature provided by { $provider }.
wp-backups-durable = Backup data is kept in highly available, highly durable storage within { $provider }.
wp-backups-whole-service = Backups exist to restore a service as a whole; an individual customer’s data cannot be restored on its own.
wp-backups-same-region = Backup data stays in the same region as the data itself, as given in “[{ $section }](#storage)”.
wp-backups-policy-intro = What we back up, how often, and how many backups we keep:
wp-backups-item = { $scope }: backed up { $per_day ->
    [one] once
    [2] twice
   *[other] { $per_day } times
} a day; the last { $kept } backups are kept.
wp-backups-excluded = { $scope }: { $reason ->
   *[durable-storage] not backed up, because they are kept in highly available, highly durable storage where the risk of loss is negligible.
}
wp-backups-see-also = The same information is also published in “{ $page }”.

## 12. Log clocks

wp-logs-title = 12. Log clocks
wp-logs-clock = { $name }(UTC+{ $offset })
wp-logs-zones = Logs in our services are recorded in server time, which is { $clocks }.
wp-logs-ntp = Log timestamps are synchronized with the NTP service provided by { $provider }.

## 13. Vulnerability management

wp-vulnerabilities-title = 13. Vulnerability management
wp-vulnerabilities-scan = { $partial ->
    [yes] Parts of { $service } are
   *[no] { $service } is
} checked with a vulnerability scanner { $frequency ->
   *[daily] every day
}.
wp-vulnerabilities-watch = The development teams of our services regularly collect vulnerability information on the { $components } they use.
wp-vulnerabilities-patches = When a patch is released for a vulnerability in a component our services use, we verify it in a test environment and then apply it promptly.

## 14. Security in development

wp-development-title = 14. Security in development
wp-development-practice = { $practice ->
    [code-review] Code reviews and similar checks make sure that common vulnerabilities are addressed.
   *[library-check] The libraries installed on our servers are checked for outdated versions and known vulnerabilities.
}

## 15. Incident response

wp-incidents-title = 15. Incident response
wp-incidents-notify = If a security incident, as we define it, occurs, we notify the user’s administrators by one or more means of our choosing, such as { $channels }.
wp-incidents-details = The details are set out in our “{ $document }”.
wp-incidents-contact = We accept inquiries about information security incidents through the contact page of our website:
wp-incidents-contact-page = Contact page (in { $language }): <{ $url }>

## 16. Data protection

wp-protection-title = 16. Protecting user data and disclosure to third parties
wp-protection-responsibility = Protecting the data users entrust to us is our responsibility.
wp-protection-access = To prevent unauthorized access and tampering, { $logs ->
    [yes] user data, log data included,
   *[no] user data
} is kept under access rights that allow only { $access ->
   *[service-team-members] a limited number of people on each service’s development team
} to reach it.
wp-protection-disclosure = However, if we are required to provide user data in a legally recognized way, such as { $examples }, we may provide it to the requesting party without the user’s permission, to the minimum extent necessary.

## 17. Governing law

wp-law-title = 17. Governing law
wp-law-governing = Contracts between users and us are governed by and construed in accordance with the laws of { $country }.

## 18. Certifications

wp-certifications-title = 18. Certifications
wp-certifications-held = We hold { $name } under the { $scheme } operated by the { $body }.{ $note }
wp-certifications-scope-title = Registered scope of the { $name }
wp-certifications-registration = Registration: <{ $url }>

## 19. External cloud services

wp-cloud-title = 19. External cloud services
wp-cloud-intro = Our services rely on the external cloud services below for the functions shown. This whitepaper does not extend to what those cloud services manage, and does not guarantee that they comply with it.
wp-cloud-col-service = Cloud service
wp-cloud-col-function = Function
wp-cloud-col-company = Operated by

