#!/usr/bin/env node
import { Command } from 'commander';
import { runBuild } from './build-command.js';
import { runExtract } from './extract-command.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const program = new Command('brief').description(
  'Turn a folder of articles into a policy brief (HTML, PDF, JSON).',
);

program
  .command('build', { isDefault: true })
  .description('build the brief from a corpus folder')
  .option('--corpus <dir>', 'folder of articles', 'corpus')
  .option('--out <dir>', 'output folder', 'out')
  .option('--format <list>', 'comma-separated formats: html,pdf,json', 'html,pdf,json')
  .option('--chrome <path>', 'Chromium executable (default: BRIEF_CHROME or a system Chromium)')
  .action(async (opts: { corpus: string; out: string; format: string; chrome?: string }) => {
    process.exitCode = await runBuild(
      {
        corpus: opts.corpus,
        out: opts.out,
        formats: opts.format.split(','),
        ...(opts.chrome ? { chrome: opts.chrome } : {}),
      },
      (line) => process.stdout.write(`${line}\n`),
    );
  });

program
  .command('extract')
  .description('print the articles found in files as one JSON array')
  .argument('<files...>', 'article files')
  .option('--json', 'print JSON (the only format for now)', true)
  .action((files: string[]) => {
    process.exitCode = runExtract(files, (t) => process.stdout.write(t), log);
  });

await program.parseAsync();
