import { computePasses, type PassRequest } from './passRequest';

/** A message to the worker: one request, numbered so that a late answer to an old one can be told apart. */
export interface PassWorkerRequest {
  id: number;
  request: PassRequest;
}

export type PassWorkerReply =
  | { id: number; passes: ReturnType<typeof computePasses> }
  | { id: number; error: string };

/** The panel's pass predictions off the main thread: 10 days over one place take ~100 ms on a modest PC. */
const scope = self as unknown as { onmessage: (e: MessageEvent<PassWorkerRequest>) => void; postMessage: (message: PassWorkerReply) => void };
scope.onmessage = (e) => {
  const { id, request } = e.data;
  try {
    scope.postMessage({ id, passes: computePasses(request) });
  } catch (error) {
    scope.postMessage({ id, error: (error as Error).message });
  }
};
