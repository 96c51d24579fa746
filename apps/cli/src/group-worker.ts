// The worker thread of group-in-worker.ts: gives the sentences' words their ids, groups a brief's sources
// into stories, chooses the stories' key points, then reads the stances of the sentences naming its main
// actors, while the main thread goes on with the rest of the cross-article step.
import { parentPort } from 'node:worker_threads';
import {
  chooseStoryPoints,
  groupStoriesOf,
  learnWords,
  readStances,
  revivedStanceJob,
  type StoryGroup,
} from '@briefing/model';
import { type GroupWorkerAnswer, type GroupWorkerTask, unpackGrouping } from './group-in-worker.js';
import { unpackWords } from './sentence-words-arena.js';

const port = parentPort;
// the ids it gave and the groups it made, which choosing the stories' points reads
let ids: Uint32Array | null = null;
let groups: StoryGroup[] | null = null;
// started before its input is known (group-in-worker.ts): its code loads meanwhile, then it waits
port?.on('message', (task: GroupWorkerTask) => {
  if (task.kind === 'learn') {
    const learned = learnWords(unpackWords(task.packed));
    const { table } = learned;
    // a copy kept (this thread waits for the actors now), the ids' arrays move to the main thread
    ids = learned.ids.slice();
    port.postMessage({ kind: 'learn', learned } satisfies GroupWorkerAnswer, [
      table.keys.buffer,
      table.ids.buffer,
      table.byId.buffer,
      learned.ids.buffer,
    ]);
    return;
  }
  if (task.kind === 'group') {
    groups = groupStoriesOf(unpackGrouping(task.packed));
    port.postMessage({ kind: 'group', groups } satisfies GroupWorkerAnswer);
    return;
  }
  const answer: GroupWorkerAnswer =
    task.kind === 'choose'
      ? { kind: 'choose', points: ids && groups ? chooseStoryPoints(task.job, ids, groups) : null }
      : { kind: 'read', readings: readStances(revivedStanceJob(task.job)) };
  port.postMessage(answer);
});
