import { setUpPractice, setUpWelcomePage } from '../lib/background-setup';

export default defineBackground(() => {
  setUpPractice();
  setUpWelcomePage();
});
