// Catches a crash in any screen and offers a way back, so the app never shows a blank window.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen crashed', error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey?: string }): void {
    // Navigating elsewhere clears the error, so the rest of the app stays usable.
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="card" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>
          Your data is safe: nothing was lost. You can go back to the home screen or try this screen again.
        </p>
        <details className="small muted">
          <summary>Technical details</summary>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{this.state.error.message}</pre>
        </details>
        <div className="actions" style={{ marginTop: 12 }}>
          <a className="btn btn-primary" href="#/" onClick={() => this.setState({ error: null })}>
            Back to home
          </a>
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
