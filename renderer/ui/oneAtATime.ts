// Heavy drawings (charts) take turns: one per task, so the page answers input and paints between them instead of
// freezing while a dozen are drawn in one go.
const waiting: Array<() => void> = [];
let scheduled = false;

const nextTask: (run: () => void) => void =
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

function runOne(): void {
  scheduled = false;
  const turn = waiting.shift();
  if (waiting.length > 0) schedule();
  turn?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  nextTask(runOne);
}

/** Runs `turn` in a task of its own, after the turns asked for before it. Returns a function that gives up the turn. */
export function takeTurn(turn: () => void): () => void {
  waiting.push(turn);
  schedule();
  return () => {
    const at = waiting.indexOf(turn);
    if (at >= 0) waiting.splice(at, 1);
  };
}
