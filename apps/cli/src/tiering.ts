// Imported by bin.ts before it runs anything: how V8 compiles patterns, for the whole run.
import v8 from 'node:v8';

/*
 * V8 is told to compile each regular expression straight to machine code (`--regexp-tier-up-ticks=0`:
 * no run interpreted first), in this thread and in every worker thread started after (V8's flags are the
 * process's). V8 reads the flag when it first takes in a pattern, so patterns it took in before (by Node's loader, by
 * a module's first lines) go on as they were. Switching tiering off instead (`--no-regexp-tier-up`, as
 * this module did before) changes how V8 runs patterns it has already compiled to bytecode, and the
 * process crashed on one: the test of this module, importing it through tsx's loader. By default a
 * pattern is first compiled to bytecode and interpreted, then compiled again to machine code, in each
 * thread. The parser and the analysis run a few large Unicode patterns (a personal name: `\p{Lu}` and
 * `\p{L}` classes in up to five tokens) over every sentence, and for those the bytecode is the costly
 * compile: the two name-and-role patterns' first pass over 14,656 sentences of bench pages took 250–450 ms
 * each in a fresh process, 40–120 ms straight to machine code. A thread's first hundred bench pages:
 * 3.6–4.1 → 3.0–3.1 CPU s, the next two hundred 2.0–2.3 → 1.9–2.1 (fresh processes, alternately, five
 * each, load 10–20); `pnpm bench:scale --runs 1 100` (two workers and the main thread, all cold): 8.8–10.2
 * → 8.3–9.3 CPU s (three runs each, alternately, load 12). Patterns match the same either way.
 */
v8.setFlagsFromString('--regexp-tier-up-ticks=0');
