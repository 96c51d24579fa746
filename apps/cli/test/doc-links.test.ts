import fs from 'node:fs';
import path from 'node:path';
import type { Heading, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, a repeat numbered. */
function anchorsOf(tree: Root): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  visit(tree, 'heading', (heading: Heading) => {
    const slug = textOf(heading)
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  });
  return anchors;
}

/** Every link and link definition of a tree whose URL is a path in the repository (no scheme). */
function localLinks(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && !/^[a-z][a-z0-9+.-]*:/i.test(node.url))
      urls.push(node.url);
  });
  return urls;
}

describe('the Markdown docs', () => {
  it('every relative link names a file of the repository and, with a #, one of its headings', () => {
    const files = globSync('**/*.md', {
      cwd: repoRoot,
      ignore: [
        '**/node_modules/**',
        '**/dist/**',
        'out/**',
        '**/.turbo/**',
        'corpus/**',
        '**/test/fixtures/**',
      ],
    });
    const trees = new Map(
      files.map((file) => [file, parser.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'))]),
    );
    const broken: string[] = [];
    for (const [file, tree] of trees)
      for (const url of localLinks(tree)) {
        const [target = '', anchor] = url.split('#');
        const linked =
          target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
        if (!fs.existsSync(path.join(repoRoot, linked))) broken.push(`${file}: ${url} (no such file)`);
        else if (anchor && linked.endsWith('.md')) {
          const linkedTree = trees.get(linked);
          if (linkedTree && !anchorsOf(linkedTree).has(decodeURIComponent(anchor)))
            broken.push(`${file}: ${url} (no such heading)`);
        }
      }
    expect(files.length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
