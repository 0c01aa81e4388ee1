// The background is wiring only: each feature registers its own listeners.
import { createBackgroundPractice } from './practice';
import { setUpContextMenu } from './context-menu';
import { setUpCommands } from './commands';
import { setUpPracticeMessages } from './messages';
import { setUpWelcomePage } from './welcome';

export default defineBackground(() => {
  const practice = createBackgroundPractice();
  setUpContextMenu(practice);
  setUpCommands(practice);
  setUpPracticeMessages(practice);
  setUpWelcomePage();
});
