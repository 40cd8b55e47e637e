// Renderer entry: mounts the app shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import './ui/styles.css';
import { App } from './app/App';
import { reportUnhandledErrors } from './app/unhandledErrors';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
reportUnhandledErrors(window);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
