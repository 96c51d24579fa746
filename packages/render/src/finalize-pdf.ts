import { createHash } from 'node:crypto';

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

const CREATOR = 'Briefing';
const PRODUCER = 'Briefing (Chromium)';

/**
 * Sets a PDF's metadata and makes its bytes depend only on its content: fixed dates and a document ID
 * derived from the content hash, so that two builds of the same brief are byte-identical. Keeps
 * Chromium's structure tree (tagging) and outline, and opens on the outline.
 *
 * Chromium's file is kept as it is and the new metadata is appended as an incremental update (the
 * way signing tools amend a PDF), which costs about a millisecond; a file of another shape (a
 * cross-reference stream, an earlier update) is rewritten whole with pdf-lib instead.
 * @param pdf the PDF from Chromium
 * @param meta title, author, subject, keywords, date
 * @returns the new PDF bytes
 */
export async function finalizePdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const updated = appendMetadata(text, meta) ?? (await rewriteMetadata(pdf, meta));
  return Buffer.from(renumberStructureIds(updated), 'latin1');
}

/** The document ID: Chromium's own bytes vary from run to run, so it is the hash of the source. */
function documentId(meta: PdfMetadata): string {
  return createHash('sha256')
    .update(meta.source)
    .update(JSON.stringify({ ...meta, source: undefined }))
    .digest('hex')
    .slice(0, 32)
    .toUpperCase();
}

/** A PDF text string of any script: UTF-16BE with a byte-order mark, written in hex. */
function textString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A PDF date, `D:YYYYMMDDHHmmSS+00'00'`, in UTC. */
function pdfDate(d: Date): string {
  const iso = d.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00')`;
}

/**
 * Appends an incremental update with a new Info dictionary, the catalog opening on the outline, and
 * a trailer with the document ID. Chromium's Info dictionary, which holds the time of printing, is
 * blanked in place with spaces so that no offset moves.
 * @returns the new file as latin1 text, or null when the file is not shaped as Chromium writes it
 */
function appendMetadata(pdf: string, meta: PdfMetadata): string | null {
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.slice(-64));
  if (!end) return null;
  const xref = Number(end[1]);
  if (!pdf.startsWith('xref', xref)) return null;
  const trailerAt = pdf.indexOf('trailer', xref);
  if (trailerAt < 0) return null;
  const trailer = pdf.slice(trailerAt, pdf.lastIndexOf('startxref'));
  if (/\/(Prev|Encrypt)\b/.test(trailer)) return null;
  const size = /\/Size (\d+)/.exec(trailer)?.[1];
  const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1];
  const info = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  if (size === undefined || root === undefined || info === undefined) return null;

  const offsets = readXref(pdf, xref, trailerAt);
  const object = (n: string) => {
    const at = offsets.get(Number(n));
    if (at === undefined || !pdf.startsWith(`${n} 0 obj`, at)) return null;
    const close = pdf.indexOf('endobj', at);
    return close < 0 ? null : { at, body: pdf.slice(at + `${n} 0 obj`.length, close) };
  };
  const catalog = object(root);
  const oldInfo = object(info);
  if (!catalog || !oldInfo || !/^\s*<<[\s\S]*>>\s*$/.test(catalog.body) || /\bstream\b/.test(oldInfo.body))
    return null;

  const dict = catalog.body.trim();
  const newCatalog = /\/PageMode\b/.test(dict) ? dict : `${dict.slice(0, -2)}\n/PageMode /UseOutlines>>`;
  const date = pdfDate(meta.date);
  const newInfo = [
    `/Title ${textString(meta.title)}`,
    `/Author ${textString(meta.author)}`,
    `/Subject ${textString(meta.subject)}`,
    `/Keywords ${textString(meta.keywords.join(', '))}`,
    `/Creator ${textString(CREATOR)}`,
    `/Producer ${textString(PRODUCER)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  ].join('\n');

  const infoStart = oldInfo.at + `${info} 0 obj`.length;
  let out = `${pdf.slice(0, infoStart)}${oldInfo.body.replace(/\S/g, ' ').replace('    ', '<<>>')}${pdf.slice(infoStart + oldInfo.body.length)}`;
  if (!out.endsWith('\n')) out += '\n';
  const written = new Map<number, number>();
  written.set(Number(info), out.length);
  out += `${info} 0 obj\n<<${newInfo}>>\nendobj\n`;
  written.set(Number(root), out.length);
  out += `${root} 0 obj\n${newCatalog}\nendobj\n`;
  const start = out.length;
  out += 'xref\n';
  for (const [n, at] of [...written].sort((a, b) => a[0] - b[0])) {
    out += `${n} 1\n${String(at).padStart(10, '0')} 00000 n \n`;
  }
  const id = `<${documentId(meta)}>`;
  out += `trailer\n<</Size ${size}\n/Root ${root} 0 R\n/Info ${info} 0 R\n/Prev ${xref}\n/ID [${id} ${id}]>>\nstartxref\n${start}\n%%EOF\n`;
  return out;
}

/** Reads a classic cross-reference table: object number → byte offset. */
function readXref(pdf: string, xref: number, trailerAt: number): Map<number, number> {
  const offsets = new Map<number, number>();
  const lines = pdf.slice(xref + 4, trailerAt).split(/\r?\n|\r/);
  let next = 0;
  for (const line of lines) {
    const section = /^(\d+) (\d+)\s*$/.exec(line);
    if (section) {
      next = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
    if (!entry) continue;
    if (entry[3] === 'n') offsets.set(next, Number(entry[1]));
    next++;
  }
  return offsets;
}

/**
 * The general path: parses the whole file with pdf-lib and writes it anew. pdf-lib is loaded only
 * here, as Chromium's files take the fast path: loading it costs a cold run some 25 ms.
 */
async function rewriteMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<string> {
  const { PDFArray, PDFDocument, PDFHexString, PDFName } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage('en');
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  const ids = PDFArray.withContext(doc.context);
  ids.push(PDFHexString.of(documentId(meta)));
  ids.push(PDFHexString.of(documentId(meta)));
  doc.context.trailerInfo.ID = ids;
  const bytes = await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Chromium names each tagged element after its DOM node, `(node00000160)`, and a page that printed
 * before counts on from there. Numbering from the lowest keeps the bytes equal for equal documents;
 * the replacement has the same length, so no offset in the file moves.
 */
function renumberStructureIds(pdf: string): string {
  const ids = /\(node(\d{8})\)/g;
  let lowest = Number.POSITIVE_INFINITY;
  for (const m of pdf.matchAll(ids)) lowest = Math.min(lowest, Number(m[1]));
  if (lowest === Number.POSITIVE_INFINITY || lowest === 0) return pdf;
  return pdf.replace(ids, (_, n: string) => `(node${String(Number(n) - lowest).padStart(8, '0')})`);
}
