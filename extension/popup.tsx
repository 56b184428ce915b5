// Popup glue: the card for the tab the reader clicked on (or a selection the page menu left
// for it), and the way into the side panel. The card's own glue is card-page.tsx.
import '../src/popup/popup.css';
import { requestedTabId, startCardPage } from './card-page.tsx';
import { openSidePanel } from './side-panel.ts';

performance.mark('popup-script');
const root = document.getElementById('app') as HTMLElement;

const card = startCardPage(root, {
  openSidePanel: () => {
    const tab = card.tab;
    if (!tab) return Promise.resolve();
    // The panel opens from this click (the browser wants the gesture); the popup makes way for
    // it. If it does not open, the card stays: the button's note says what failed (the page
    // was read, so "Couldn't read this page" would mislead).
    return openSidePanel(tab).then(() => window.close());
  },
});
card.run(requestedTabId(), { selection: true }).catch(card.showError);
