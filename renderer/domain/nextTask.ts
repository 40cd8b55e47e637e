// A turn of the event loop for work done in pieces (records opened in bulk, charts drawn one at a time).

/**
 * Runs `run` in a task of its own, at once after the tasks already queued: a message to itself (a timer nested a few
 * deep waits at least 4 ms). The page answers input between two such tasks.
 */
export const nextTask: (run: () => void) => void =
  typeof MessageChannel === 'undefined'
    ? (run) => setTimeout(run, 0)
    : (run) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          run();
        };
        channel.port2.postMessage(null);
      };
