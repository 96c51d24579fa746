import type { Briefing } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.js';

const briefing: Briefing = {
  id: 'b',
  title: 'Iraq <script>alert(1)</script>',
  subtitle: null,
  generatedAt: '2024-05-01T00:00:00.000Z',
  period: { from: '2024-03-30', to: '2024-04-15' },
  classification: null,
  audience: null,
  keyPoints: [{ text: '{{title}} is data', citations: [{ sourceId: 's', quote: 'x', start: 0, end: 1 }] }],
  actors: [],
  timeline: [],
  quotes: [],
  perspectives: [],
  claims: [],
  sources: [
    {
      id: 's',
      path: 's.txt',
      title: 'A title',
      outlet: 'Outlet',
      authors: [],
      published: null,
      url: null,
      wordCount: 1,
    },
  ],
};

describe('renderHtml', () => {
  it('escapes article text and never compiles it as a template', () => {
    const html = renderHtml(briefing);
    expect(html).toContain('Iraq &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('{{title}} is data');
    expect(html).toContain('<a class="cite" href="#src-s" title="x">[1]</a>');
  });
});
