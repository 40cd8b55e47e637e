// The last net under every screen: a promise that rejects with nobody waiting, or an error thrown in an event handler,
// is shown to the person (through the same message as runAction) instead of vanishing into the console. Render errors
// are the ErrorBoundary's; this catches what happens outside rendering.
import { reportFailure } from '../ui/runAction';

/** Listens on `target` (the window); returns the function that stops listening. */
export function reportUnhandledErrors(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    reportFailure(null, event.reason);
  };
  // Only real exceptions: browser notices without an error object (e.g. "ResizeObserver loop completed") are not failures.
  const onError = (event: ErrorEvent) => {
    if (event.error === undefined || event.error === null) return;
    reportFailure(null, event.error);
  };
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
