//! The XMP metadata packet (title, author, dates, PDF/A identification).

//! Pages of drawing commands → content streams (written directly) in a document printpdf
//! builds (pages, the embedded font subsets with their widths and `/ToUnicode`) → lopdf
//! document, then post-processing with lopdf: link annotations, the nested outline, the
//! structure tree, document info, `/Lang`, a deterministic file identifier.

use whitepaper_core::document::DocMeta;

/// `D:20230518000000Z` → `2023-05-18T00:00:00Z`.
pub fn xmp_date_of(pdf: &str) -> String {
    let d: String = pdf.chars().filter(|c| c.is_ascii_digit()).collect();
    if d.len() < 14 {
        return String::new();
    }
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        &d[0..4],
        &d[4..6],
        &d[6..8],
        &d[8..10],
        &d[10..12],
        &d[12..14]
    )
}

/// The XMP metadata: title, author, subject, language, dates, and the PDF/UA-1 claim.
pub fn xmp_packet(meta: &DocMeta, date: Option<&str>) -> String {
    let dates = match date.filter(|d| !d.is_empty()) {
        Some(d) => format!(
            "   <xmp:CreateDate>{d}</xmp:CreateDate>\n   <xmp:ModifyDate>{d}</xmp:ModifyDate>\n"
        ),
        None => String::new(),
    };
    format!(
        "<?xpacket begin=\"{bom}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
 <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
   <dc:format>application/pdf</dc:format>\n\
   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
   <dc:creator><rdf:Seq><rdf:li>{company}</rdf:li></rdf:Seq></dc:creator>\n\
   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{subject}</rdf:li></rdf:Alt></dc:description>\n\
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
{dates}   <xmp:CreatorTool>whitepaper</xmp:CreatorTool>\n\
   <pdf:Producer>whitepaper (printpdf, lopdf)</pdf:Producer>\n\
{keywords}<pdfuaid:part>1</pdfuaid:part>\n\
{pdfa}  </rdf:Description>\n\
 </rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"w\"?>",
        title = whitepaper_core::escape::xml(&meta.title),
        company = whitepaper_core::escape::xml(&meta.company),
        subject = whitepaper_core::escape::xml(&meta.subject),
        lang = whitepaper_core::escape::xml(&meta.lang),
        bom = '\u{feff}',
        pdfa = if meta.pdf_a { PDFA_XMP } else { "" },
        keywords = match &meta.stamp {
            Some(st) => format!(
                "   <pdf:Keywords>{}</pdf:Keywords>\n",
                whitepaper_core::escape::xml(&st.footer)
            ),
            None => String::new(),
        },
    )
}

/// PDF/A-2b identification, and the description PDF/A asks for of the one schema it does not
/// predefine (`pdfuaid`).
pub const PDFA_XMP: &str = r#"   <pdfaid:part xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">2</pdfaid:part>
   <pdfaid:conformance xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">B</pdfaid:conformance>
   <pdfaExtension:schemas xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
"#;
