// Imported by bin.ts before it runs anything: how V8 compiles patterns and code, for the whole run.
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

/*
 * V8's optimising compiler inlines less into each function it compiles: at most 230 bytes of the
 * callees' bytecode in all (`--max-inlined-bytecode-size-cumulative`, 920 by default), in every thread
 * started after. Compiling is a large share of a build's CPU: over 10,000 bench pages V8's own threads,
 * which run the compiler for the parse workers, took 18 % of the process's CPU samples, 13 % in the
 * compiler alone (`perf record`, per thread), for 1,999 compilations (575 of them a function compiled
 * again in the same thread). Smaller inlined bodies make each compilation cheaper, at some cost to the
 * code's speed once compiled; no inlining at all (`--no-turbo-inlining`) cost 70.0 → 82.9 CPU s. Fresh
 * `brief build --format json` runs, alternately, nothing else running: 10,000 bench pages, 920 against
 * 460 in six pairs 35.59/33.44, 35.19/35.01, 34.80/35.50, 33.82/33.29, 34.22/33.69, 41.60/37.34 s; 230
 * against 920 in four, 36.56/35.04, 35.14/33.05, 36.34/32.80, 49.42/47.83 s (65.6, 62.2 and 61.3 against
 * 69.5, 66.2 and 68.6 CPU s); 115 between the two (35.22, 49.11 s); 2,000 pages, 920 against 460 set here
 * at run time, four pairs, 28.65/25.09, 26.64/22.50, 20.54/19.04, 19.81/18.44 CPU s. The code does the
 * same either way: the briefs are byte-identical.
 */
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');
