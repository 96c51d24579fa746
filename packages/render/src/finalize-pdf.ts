import { createHash } from 'node:crypto';
import { PDFArray, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';

/** Document metadata written into a PDF. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The document's date: creation and modification (fix it for reproducible builds). */
  date: Date;
  /** What the document is made from (its HTML); its hash becomes the document ID. */
  source: string;
}

/**
 * Sets a PDF's metadata and makes its bytes depend only on its content: fixed dates and a document ID
 * derived from the content hash, so that two builds of the same brief are byte-identical.
 * Keeps Chromium's structure tree (tagging) and outline.
 * @param pdf the PDF from Chromium
 * @param meta title, author, subject, keywords, date
 * @returns the new PDF bytes
 */
export async function finalizePdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('Briefing');
  doc.setProducer('Briefing (Chromium, pdf-lib)');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage('en');
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // Chromium's own bytes vary from run to run; the ID is the hash of what the document is made from
  const id = createHash('sha256')
    .update(meta.source)
    .update(JSON.stringify({ ...meta, source: undefined }))
    .digest('hex')
    .slice(0, 32);
  const ids = PDFArray.withContext(doc.context);
  ids.push(PDFHexString.of(id));
  ids.push(PDFHexString.of(id));
  doc.context.trailerInfo.ID = ids;
  return doc.save({ useObjectStreams: false });
}
