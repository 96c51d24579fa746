import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finalizePdf, type PdfMetadata } from '../src/finalize-pdf.js';

const meta: PdfMetadata = {
  title: 'Iraq and the coalition: عراق',
  author: 'Briefing from Alwaght',
  subject: 'Policy brief on 2 sources',
  keywords: ['Iraq', 'United States'],
  date: new Date('2024-05-01T00:00:00Z'),
  source: '<html>…</html>',
};

async function sample(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Executive summary');
  doc.setTitle('printed at some time');
  doc.setCreationDate(new Date());
  return doc.save({ useObjectStreams });
}

describe('finalizePdf', () => {
  for (const [shape, streams] of [
    ['a classic cross-reference table (appended update)', false],
    ['a cross-reference stream (rewritten whole)', true],
  ] as const) {
    it(`sets the metadata of a PDF with ${shape}, the same bytes whenever printed`, async () => {
      const first = await finalizePdf(await sample(streams), meta);
      await new Promise((r) => setTimeout(r, 1100)); // the next sample is stamped a second later
      const second = await finalizePdf(await sample(streams), meta);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
      const doc = await PDFDocument.load(first, { updateMetadata: false });
      expect({
        title: doc.getTitle(),
        author: doc.getAuthor(),
        subject: doc.getSubject(),
        keywords: doc.getKeywords(),
        created: doc.getCreationDate()?.toISOString(),
        modified: doc.getModificationDate()?.toISOString(),
        pageMode: String(doc.catalog.get(PDFName.of('PageMode'))),
        pages: doc.getPageCount(),
      }).toEqual({
        title: meta.title,
        author: meta.author,
        subject: meta.subject,
        keywords: expect.stringMatching(/^Iraq,? United States$/),
        created: '2024-05-01T00:00:00.000Z',
        modified: '2024-05-01T00:00:00.000Z',
        pageMode: '/UseOutlines',
        pages: 1,
      });
      const text = Buffer.from(first).toString('latin1');
      expect(text).not.toContain('printed at some time');
      expect(/\/Prev \d+/.test(text), 'appended as an incremental update').toBe(!streams);
    });
  }
});
