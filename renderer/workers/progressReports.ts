// Progress from a worker to the window at most ten times a second: enough for a progress bar, few enough messages.
// The last report (done of all) always goes.
export function atMostTenTimesASecond(
  send: (done: number, total: number) => void,
): (done: number, total: number) => void {
  let last = -Infinity;
  return (done, total) => {
    const now = performance.now();
    if (now - last < 100 && done < total) return;
    last = now;
    send(done, total);
  };
}
