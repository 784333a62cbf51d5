import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'careerkit/styles.css';
import '@hiring-desk/shared/site.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
