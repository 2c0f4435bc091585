# Vocabulary: the wording of the values content uses by id. A message is named
# `<vocabulary>-<id>`; a project words values not listed here in content/vocabulary.toml.
# Shared by both editions. Variables: each message uses only those it needs of what the
# template passes.

## provider-duty: what we are responsible for ($services: the services we provide, $data: what
## the edition calls the data customers entrust)

provider-duty-service-security = Security of the services we provide ({ $services })
provider-duty-data-protection = Protection of the { $data } stored in those services
provider-duty-infrastructure = Security of the middleware, operating systems and other infrastructure we use to provide those services

## customer-duty: what users are responsible for

customer-duty-passwords = Managing their passwords properly, including the devices they use for two-factor authentication
customer-duty-accounts = Managing accounts properly: registering and deleting them, granting administrator rights, and so on
customer-duty-content = Managing the content they register properly

## deletion-procedure: how a customer ends using a service ($service, $account)

deletion-procedure-delete-organization = deleting the organization in the { $account }
deletion-procedure-cancel = completing the cancellation procedure in { $service }
deletion-procedure-delete-account = deleting the { $account }

## deletion-target: what is deleted ($services, $plans, $account)

deletion-target-plans = { $services }
deletion-target-listed-plans = { $services }: { $plans }
deletion-target-other-plans = All other plans of { $services }
deletion-target-account = { $account }s
deletion-target-managed-account = Managed accounts
deletion-target-audit-log = Audit logs
deletion-target-backups = Backup data

## deletion-trigger: the condition for deletion
## ($subject: the row's plans or service, $payer: the service whose fees are paid,
##  $clause: the clause of the terms of use, $months: a period, $account)

deletion-trigger-cancelled = The cancellation procedure has been completed
deletion-trigger-trial-expired = The trial period of { $subject } expires without a formal order
deletion-trigger-suspended = Use is suspended under { $clause }, for example because fees for { $payer } were not paid on time
deletion-trigger-contract-expired = The contract period of { $subject } expires
deletion-trigger-account-deleted = The { $account } is deleted
deletion-trigger-organization-deleted = The organization is deleted
deletion-trigger-managed-account-deleted = The managed account is deleted
deletion-trigger-retention-expired = The retention period of { $months } { $months ->
    [one] month
   *[other] months
} expires

## deletion-event: what a deletion delay counts from ($days: 0 is the event itself, $account)

deletion-event-current-contract-end = { $days ->
    [0] when the current contract period ends
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the current contract period ends
}
deletion-event-contract-end = { $days ->
    [0] when the contract period ends
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the contract period ends
}
deletion-event-trial-end = { $days ->
    [0] when the trial period ends
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the trial period ends
}
deletion-event-cancellation = { $days ->
    [0] when the contract is cancelled
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the contract is cancelled
}
deletion-event-organization-deletion = { $days ->
    [0] when the organization is deleted
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the organization is deleted
}
deletion-event-account-deletion = { $days ->
    [0] when the { $account } is deleted
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the { $account } is deleted
}
deletion-event-managed-account-deletion = { $days ->
    [0] when the managed account is deleted
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the managed account is deleted
}
deletion-event-log-stored = { $days ->
    [0] when the audit log is recorded
   *[other] { $days } { $days ->
        [one] day
       *[other] days
    } after the audit log is recorded
}

## deletion-action: a step once the condition is met ($when, $complete: days to complete)

deletion-action-start-deletion = We start deleting { $data } { $when } and complete the deletion within { $complete } { $complete ->
    [one] day
   *[other] days
} of starting.
deletion-action-start-log-deletion = We start deleting the audit logs { $when } and complete the deletion within { $complete } { $complete ->
    [one] day
   *[other] days
} of starting.
deletion-action-delete-organization = The system deletes the organization automatically { $when }.
deletion-action-cancel-contract = We cancel the contract { $when }.

## account-type: a kind of account whose deletion is described ($service, $account)

account-type-account = a { $account }
account-type-managed-account = a managed account
account-type-service-account = a { $service } account

## account-procedure: user registration and removal (headings)

account-procedure-registration = Registering
account-procedure-deletion = Deleting an account
account-procedure-invitation = Inviting users to an organization
account-procedure-removal = Removing users from an organization

## service-account: users that exist only inside a service ($service, $parent, $account, $manager, $limit)

service-account-local = Besides { $account }s, { $service } lets customers create users that exist only within { $parent } and work with those users. { $manager } can register and delete those users{ $limit }.
service-account-managed = { $service } lets customers create managed accounts that sign in through single sign-on (SSO) with an identity provider (IdP). { $manager } can register and delete managed accounts{ $limit }.

## account-manager: who registers and removes a service's own users

account-manager-inviters = Users with the invitation permission
account-manager-administrators = Administrators

## access-subject: what access rights are set on ($service, $account)

access-subject-organization = Users themselves set the access rights of the { $account }s and teams in their organization.
access-subject-project = Users themselves set access rights for projects and the information in them.
access-subject-account-team = { $service } provides its own account and team management.
access-subject-folder = Users themselves set access rights for the folders in their organization.
access-subject-topic = Permissions on topics in { $service } follow the organization roles users have set.
access-subject-audit-log = Users themselves set access rights for the recorded audit logs.
access-subject-workspace = Users themselves set access rights for workspaces and the information in them.

## password-issue: how initial passwords are issued ($service, $account)

password-issue-user-chosen = Users choose their own password when they register their { $account }.
password-issue-generated-and-emailed = When an administrator adds a new account, an initial password is generated and sent to the new account’s email address.
password-issue-identity-provider = Users of { $service } sign in with the ID and password of the customer’s identity provider (IdP) connected to { $service }.

## encrypted-data: what is encrypted at rest

encrypted-data-database-files = the database files themselves
encrypted-data-all-data = all stored data
encrypted-data-backups = backup data

## resource: pages on changes and manuals ($service)

resource-updates = Updates to our services
resource-announcements = { $service } announcements
resource-maintenance = { $service } maintenance
resource-releases = { $service } release notes
resource-twitter = { $service } official Twitter
resource-status = { $service } status page
resource-user-guide = { $service } user guide
resource-tutorial = { $service } tutorial
resource-support = { $service } support
resource-help-center = { $service } help center

## link-kind: the kind of page a link leads to

link-kind-manual = manual page
link-kind-plan-selection = plan selection page
link-kind-sign-up = sign-up page

## change-channel: how changes with a large impact are also announced

change-channel-dashboard = on each service’s dashboard
change-channel-newsletter = in our newsletter
change-channel-email = by email
change-channel-status-page = on our status page

## backup-exclusion: why data is not backed up

backup-exclusion-durable-storage = not backed up, because they are kept in highly available, highly durable storage where the risk of loss is negligible.

## scan-frequency: how often vulnerability scans run

scan-frequency-daily = every day
scan-frequency-weekly = every week
scan-frequency-monthly = every month

## development-practice: security in development

development-practice-code-review = Code reviews and similar checks make sure that common vulnerabilities are addressed.
development-practice-library-check = The libraries installed on our servers are checked for outdated versions and known vulnerabilities.
development-practice-static-analysis = Static analysis tools check the source code for vulnerabilities.
development-practice-penetration-test = Third parties test our services for penetration regularly.

## data-access: who can access user data

data-access-service-team-members = a limited number of people on each service’s development team
data-access-authorized-staff = a limited number of authorized staff

## deposit-category: what deposited information is used for

deposit-category-development = Development
deposit-category-support = Support
deposit-category-operations = Operations
deposit-category-payment = Payment
deposit-category-marketing = Marketing

## protocol: what an encryption protocol does

protocol-tls = encrypts communications over the network with symmetric-key cryptography.
protocol-ipsec = an industry-standard set of protocols that provides authentication, integrity and confidentiality for data at the level of the IP packets sent over the network.

## log-retention: how long logs are kept

log-retention-indefinite = Retention: in principle, indefinitely.
