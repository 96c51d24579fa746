// The worker thread of group-in-worker.ts: groups a brief's sources into stories while the main thread
// goes on with the rest of the cross-article step.
import { parentPort } from 'node:worker_threads';
import { groupStoriesOf } from '@briefing/model';
import { type PackedGrouping, unpackGrouping } from './group-in-worker.js';

const port = parentPort;
// started before its input is known (group-in-worker.ts): its code loads meanwhile, then it waits
port?.once('message', (packed: PackedGrouping) => {
  port.postMessage(groupStoriesOf(unpackGrouping(packed)));
});
