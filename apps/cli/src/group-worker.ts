// The worker thread of group-in-worker.ts: groups a brief's sources into stories while the main thread
// goes on with the rest of the cross-article step.
import { parentPort, workerData } from 'node:worker_threads';
import { groupStoriesOf } from '@briefing/model';
import { type PackedGrouping, unpackGrouping } from './group-in-worker.js';

const port = parentPort;
if (port) port.postMessage(groupStoriesOf(unpackGrouping(workerData as PackedGrouping)));
