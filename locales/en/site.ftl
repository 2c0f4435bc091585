## The trust center (`whitepaper site`, templates/site/*.md)

site-index-title = { $company } Trust Center
site-subprocessors-title = { $company } subprocessors
site-changes-title = { $company } security documents: changes
site-subject = Our security documents, certifications and subprocessors, and what changes in them
site-updated = Updated
site-index-intro = The security documents of { $company }, and the changes to them.
site-documents-title = Security documents
site-certifications-title = Certifications, attestation reports and registrations
site-col-standard = Standard
site-col-issuer = Issued by
site-col-number = Number
site-col-validity = Valid
site-follow-title = Following changes
site-feed-link = Atom feed
site-json-link = The subprocessors as JSON
site-security-txt-link = security.txt (how to report a vulnerability)
site-subprocessors-intro = { $company } uses the subprocessors below to provide its services.
site-notice = We announce a new subprocessor here and in the feed at least { $days ->
    [one] { $days } day
   *[other] { $days } days
} before it takes effect.
site-announced-title = Announced
site-current-title = Current
site-col-name = Subprocessor
site-col-function = Function
site-col-company = Operated by
site-col-countries = Countries
site-col-effective = Takes effect
site-col-until = Until
site-changes-intro = Every release of { $company }'s security documents, newest first, with what changed.
site-unreleased-title = Changed since the last release
site-released = Released on { $date }.
site-feed-release = { $edition }, version { $version }
site-feed-subprocessor-added = New subprocessor: { $name }, from { $date }
site-feed-subprocessor-removed = Subprocessor leaving: { $name }, on { $date }
