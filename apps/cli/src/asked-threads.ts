/**
 * The worker threads `BRIEF_THREADS=n` asks for (0: none), or undefined when it is unset or not a
 * whole number: the program then decides by the corpus's size.
 */
export function askedThreads(): number | undefined {
  const fromEnv = process.env.BRIEF_THREADS;
  return fromEnv && /^\d+$/.test(fromEnv) ? Number(fromEnv) : undefined;
}
