import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChrome, Printer } from '@briefing/render';
import { loadConfig } from './config.js';

/** One check `brief doctor` makes. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** A shortcoming that fails nothing but some output (set only when `ok`). */
  warning?: true;
}

/**
 * Checks what breaks runs in CI: Node version, a browser that is found and really prints, sandbox
 * restrictions, fonts, a writable output folder, a valid config.
 * @param options the browser, output folder and config to check
 * @returns the checks, in order
 */
export async function runDoctor(options: {
  chrome?: string;
  out: string;
  config?: string;
  cwd: string;
}): Promise<Check[]> {
  const checks: Check[] = [];
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  checks.push({
    name: 'Node.js',
    ok: major > 20 || (major === 20 && minor >= 19),
    detail: `v${process.versions.node} (needs 20.19 or newer)`,
  });
  const found = findChrome(options.chrome);
  const missing = found === null ? null : whyNotExecutable(found);
  const chrome = missing === null ? found : null;
  checks.push({
    name: 'browser found',
    ok: chrome !== null,
    detail: missing ?? chrome ?? 'none: apt-get install chromium, or --chrome PATH / BRIEF_CHROME',
  });
  if (chrome !== null) {
    const t = performance.now();
    try {
      const printer = await Printer.open({ chrome, timeoutMs: 30_000 });
      try {
        const pdf = await printer.pdf('<p>doctor</p>');
        checks.push({
          name: 'browser prints',
          ok: pdf.length > 0,
          detail: `printed a test page in ${Math.round(performance.now() - t)} ms`,
        });
      } finally {
        await printer.close();
      }
    } catch (error) {
      const { message, cause } = error as Error;
      const why = cause ? `: ${String(cause).split('\n')[0]}` : '';
      checks.push({ name: 'browser prints', ok: false, detail: `${message}${why}` });
    }
  }
  const root = process.getuid?.() === 0;
  checks.push({
    name: 'sandbox',
    ok: true,
    detail: root
      ? 'running as root: Chromium runs with --no-sandbox (normal in containers and CI)'
      : 'Chromium runs with --no-sandbox; content runs no JavaScript and may load nothing',
  });
  const fc = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  const families = fc.status === 0 ? fc.stdout : '';
  checks.push({
    name: 'fonts',
    ok: /Noto (Serif|Sans)/.test(families),
    detail: /Noto (Serif|Sans)/.test(families)
      ? 'Noto Serif and Noto Sans found'
      : 'Noto fonts missing: apt-get install fonts-noto-core (PDFs fall back to other fonts)',
  });
  // a source in Chinese, Japanese or Korean prints in the machine's fonts (the theme carries Latin
  // only): with none for them its title and quotes are boxes in the PDF
  const cjk = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  const cjkFamily = cjk.status === 0 ? cjk.stdout.split('\n')[0]?.trim() : '';
  checks.push({
    name: 'fonts for Chinese, Japanese, Korean',
    ok: true,
    ...(cjkFamily ? {} : { warning: true as const }),
    detail: cjkFamily
      ? `${cjkFamily.split(',')[0]} found`
      : 'none: such text prints as boxes in PDFs (apt-get install fonts-noto-cjk)',
  });
  const out = path.resolve(options.cwd, options.out);
  try {
    fs.mkdirSync(out, { recursive: true });
    const probe = fs.mkdtempSync(path.join(out, '.doctor-'));
    fs.rmSync(probe, { recursive: true });
    checks.push({ name: 'output folder', ok: true, detail: `${out} is writable` });
  } catch (error) {
    checks.push({
      name: 'output folder',
      ok: false,
      detail: `${out}: ${(error as NodeJS.ErrnoException).code}`,
    });
  }
  try {
    const loaded = loadConfig(options.config, options.cwd);
    checks.push({
      name: 'config',
      ok: true,
      detail: loaded
        ? `${path.relative(options.cwd, loaded.file)}: ${loaded.config.briefs.length} brief(s)`
        : 'no config: one brief from corpus/',
    });
  } catch (error) {
    checks.push({ name: 'config', ok: false, detail: (error as Error).message });
  }
  checks.push({
    name: 'platform',
    ok: true,
    detail: `${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs`,
  });
  return checks;
}

/** Why a path is not a program this process can run (`/x: not found`), or null when it is one. */
function whyNotExecutable(file: string): string | null {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile() ? null : `${file}: not a file`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${file}: ${code === 'ENOENT' ? 'not found' : `cannot be run (${code})`}`;
  }
}
