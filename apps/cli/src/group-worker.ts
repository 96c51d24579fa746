// The worker thread of group-in-worker.ts: gives the sentences' words their ids, groups a brief's sources
// into stories, then reads the stances of the sentences naming its main actors, while the main thread
// goes on with the rest of the cross-article step.
import { parentPort } from 'node:worker_threads';
import { groupStoriesOf, learnWords, readStances, revivedStanceJob } from '@briefing/model';
import { type GroupWorkerAnswer, type GroupWorkerTask, unpackGrouping } from './group-in-worker.js';
import { unpackWords } from './sentence-words-arena.js';

const port = parentPort;
// started before its input is known (group-in-worker.ts): its code loads meanwhile, then it waits
port?.on('message', (task: GroupWorkerTask) => {
  if (task.kind === 'learn') {
    const learned = learnWords(unpackWords(task.packed));
    const { table, ids } = learned;
    // the ids' arrays move to the main thread, not copied
    port.postMessage({ kind: 'learn', learned } satisfies GroupWorkerAnswer, [
      table.keys.buffer,
      table.ids.buffer,
      table.byId.buffer,
      ids.buffer,
    ]);
    return;
  }
  const answer: GroupWorkerAnswer =
    task.kind === 'group'
      ? { kind: 'group', groups: groupStoriesOf(unpackGrouping(task.packed)) }
      : { kind: 'read', readings: readStances(revivedStanceJob(task.job)) };
  port.postMessage(answer);
});
