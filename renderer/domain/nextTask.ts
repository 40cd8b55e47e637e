// A turn of the event loop for work done in pieces (records opened in bulk, charts drawn one at a time).

/** The part of the browser's MessageChannel used here (the domain is also compiled against Node's typings). */
interface Channel {
  port1: { onmessage: (() => void) | null; close: () => void };
  port2: { postMessage: (message: null) => void };
}

/**
 * Runs `run` in a task of its own, at once after the tasks already queued: a message to itself (a timer nested a few
 * deep waits at least 4 ms). The page answers input between two such tasks.
 */
export const nextTask: (run: () => void) => void =
  typeof MessageChannel === 'undefined'
    ? (run) => setTimeout(run, 0)
    : (run) => {
        const channel = new MessageChannel() as unknown as Channel;
        channel.port1.onmessage = () => {
          channel.port1.close();
          run();
        };
        channel.port2.postMessage(null);
      };
