lang-name = English
version-label = Version { $version }
date = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $day }, { $year }
date-label = Last revised
# What precedes a note number in note marks.
note-mark = {""}
toc-title = Contents
list-sep = ,{" "}
revision-history = Revision history
revision-col-version = Version
revision-col-date = Date
revision-col-changes = Changes
revision-versions-only = { $count ->
    [one] Version { $versions }.
   *[other] Versions { $versions }.
}

## Heading numbers, generated from the document's structure: $n is the number at its level,
## $path the number with those of the levels above (1.2).

number-section = { $n }.
number-subsection = { $path }
number-article = Article { $n }.
number-paragraph = ({ $n })
heading-numbered = { $number } { $title }

## Lists and shared words

list-and = {" "}and{" "}
list-or = {" "}or{" "}
list-slash = {" "}/{" "}
quote = “{ $text }”
quote-title = “{ $text }”
link-with-kind = { $label } ({ $kind })
link-languages = { $label } ({ $languages })
language-name = { $lang ->
    [ja] Japanese
    [en] English
   *[other] { $lang }
}
all-services = All our services
all-services-except = All services except { $service }
account-generic = account
terms-of-use = the { $company } Terms of Use
terms-clause = Article { $article } of the { $company } Terms of Use
terms-clause-paragraph = Article { $article }, Paragraph { $paragraph } of the { $company } Terms of Use
period = { $from } to { $until }
sentence-sep = {" "}

## Certifications, in both editions (templates/partials/certification.md): each kind worded as
## what it is.

cert-kind-certificate = certifications
cert-kind-attestation = attestation reports
cert-kind-registration = registrations
cert-kind-first-certificate = Certifications
cert-kind-first-attestation = Attestation reports
cert-kind-first-registration = Registrations
# A name that does not say its standard: "ISMS certification (ISO/IEC 27001)".
cert-named = { $name } ({ $standard })
# A certificate with no name of its own: "ISO/IEC 27001 certification".
cert-of-standard = { $standard } certification
# A certificate, issued by a certification body (under a scheme an accreditation body runs).
cert-held-scheme = We hold { $name } under the { $scheme } operated by the { $body }.
cert-held-by = We hold { $name }, issued by { $body }.
cert-held = We hold { $name }.
# An attestation report, issued by an auditor (under a framework).
cert-report-scheme = We have a { $standard } report issued by { $body } under the { $scheme }.
cert-report-by = We have a { $standard } report issued by { $body }.
cert-report = We have a { $standard } report.
# A registration in a list.
cert-registered-by = We are registered in the { $name }, run by { $body }.
cert-registered = We are registered in the { $name }.

## Coverage of disclosure catalogs (templates/partials/not-applicable.md, coverage.md)

na-title = Items of { $catalog } that do not apply
na-intro = The following items of { $catalog } do not apply to our services, for the reasons given.
na-item = { $clause } { $title }: { $reason }
coverage-title = { $catalog }: where this document answers each item
coverage-intro = Each item of { $catalog }, and the section of this document that answers it.
coverage-col-clause = Clause
coverage-col-item = Item
coverage-col-answer = Answered in
coverage-not-applicable = Not applicable: { $reason }
coverage-unanswered = Not covered in this document
