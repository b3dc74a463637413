import { createRoot } from 'react-dom/client';
import init from 'beian-check';
import { App } from './App';

// The wasm, the place names of the messages and the mobile home locations (R-TEL-4).
await init({ data: ['division-names', 'mobile-location'] });
createRoot(document.getElementById('root')!).render(<App />);
document.body.dataset.ready = 'true';
