import { en16931Guideline, xrechnungGuideline } from './e-invoice/build-cii-invoice.js';

declare global {
  namespace PDFKit.Mixins {
    // pdfkit's file() writes `AFRelationship` from this option; @types/pdfkit does not list it.
    interface PDFAttachmentOptions {
      relationship?: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';
    }
  }
}

/** The name ZUGFeRD 2.x and Factur-X 1.x receivers look for among a PDF's embedded files. */
export const facturXFileName = 'factur-x.xml';

/** Factur-X's XMP extension schema (Factur-X 1.0.07 §6.2.2; ZUGFeRD 2.x uses the same one). */
const facturXNamespace = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

/** The e-invoice a hybrid PDF carries: the CII XML exactly as `GET /v1/invoices/{id}/e-invoice` serves it. */
export interface FacturXAttachment {
  xml: string;
  /** BT-24 of the XML, which decides the Factur-X profile the XMP declares. */
  guideline: string;
  /** The invoice's issue instant: the attachment's dates, so every download carries the same file. */
  issuedAt: number;
}

/**
 * The Factur-X conformance level (profile) that a guideline ID means. Tally writes only the
 * EN 16931 core and its XRechnung CIUS; Factur-X 1.0.06+ names the latter `XRECHNUNG`.
 */
export function facturXConformanceLevel(guideline: string): 'EN 16931' | 'XRECHNUNG' {
  if (guideline === en16931Guideline) return 'EN 16931';
  if (guideline === xrechnungGuideline) return 'XRECHNUNG';
  throw new Error(`no Factur-X profile for guideline ${guideline}`);
}

/**
 * Makes a PDF/A-3 document a ZUGFeRD / Factur-X hybrid invoice: the XML as the embedded file
 * `factur-x.xml`, referenced from the catalog's /AF array (pdfkit's `file()` does that) with
 * relationship `Alternative` — the XML is an equal rendition of the page's invoice, which is
 * what Factur-X asks for from the BASIC profile up — and the XMP properties that declare it,
 * with the extension-schema description PDF/A requires for any property outside its own schemas.
 * Call it before `end()`; the document must have been created with `subset: 'PDF/A-3b'`.
 */
export function attachFacturX(document: PDFKit.PDFDocument, attachment: FacturXAttachment): void {
  const issued = new Date(attachment.issuedAt);
  document.file(Buffer.from(attachment.xml, 'utf8'), {
    name: facturXFileName,
    type: 'text/xml',
    description: 'Factur-X / ZUGFeRD invoice (EN 16931 CII)',
    relationship: 'Alternative',
    creationDate: issued,
    modifiedDate: issued,
  });
  document.appendXML(facturXMetadata(facturXConformanceLevel(attachment.guideline)));
}

/** The fx: properties and their pdfaExtension description, as one XMP fragment. */
function facturXMetadata(conformanceLevel: string): string {
  const property = (name: string, description: string) => `
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>${name}</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>${description}</pdfaProperty:description>
              </rdf:li>`;
  return `
        <rdf:Description rdf:about="" xmlns:fx="${facturXNamespace}">
          <fx:DocumentType>INVOICE</fx:DocumentType>
          <fx:DocumentFileName>${facturXFileName}</fx:DocumentFileName>
          <fx:Version>1.0</fx:Version>
          <fx:ConformanceLevel>${conformanceLevel}</fx:ConformanceLevel>
        </rdf:Description>
        <rdf:Description rdf:about=""
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>${facturXNamespace}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>${[
                    property('DocumentFileName', 'The name of the embedded XML document'),
                    property(
                      'DocumentType',
                      'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER',
                    ),
                    property(
                      'Version',
                      'The actual version of the standard applying to the embedded XML document',
                    ),
                    property('ConformanceLevel', 'The conformance level of the embedded XML document'),
                  ].join('')}
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>`;
}
