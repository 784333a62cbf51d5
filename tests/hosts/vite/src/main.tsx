import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  DialogContent,
  DialogDescription,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
  Heading,
  ThemeProvider,
} from 'careerkit';
import 'careerkit/styles.css';

function App() {
  return (
    <ThemeProvider theme="newsprint">
      <main>
        <Heading level={1}>How to follow up after a missed interview</Heading>
        <p>
          Own the miss in one sentence, skip the long excuse, and offer two concrete times that work
          for you this week.
        </p>
        <Button>Copy script</Button>
        <DialogRoot>
          <DialogTrigger asChild>
            <Button tone="secondary">Read the follow-up script</Button>
          </DialogTrigger>
          <DialogContent>
            <DialogTitle>Your follow-up script</DialogTitle>
            <DialogDescription>
              “I’m sorry I missed our call on Tuesday. I’m still very interested in the role. Could we
              reschedule for Thursday at 10 or Friday at 2?”
            </DialogDescription>
          </DialogContent>
        </DialogRoot>
      </main>
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
