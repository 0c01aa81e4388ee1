// Page objects for the learning loop: the side panel's review marks, count and drill card, the
// popup's progress, and the progress page — in the words a learner would use.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';

export class ReviewPanel {
  constructor(readonly page: Page) {}

  get count() {
    return this.page.getByTestId('review-count');
  }

  /** The number of items due, as the panel's "N to review" shows it. */
  async due(): Promise<number> {
    return Number((await this.count.getAttribute('data-count')) ?? Number.NaN);
  }

  /** Corrections marked "again" (the learner had made the mistake before). */
  get againCorrections() {
    return this.page.locator('[data-testid="correction"][data-again="true"]');
  }

  get againLinks() {
    return this.page.getByTestId('correction-again');
  }

  get drill() {
    return new DrillCard(this.page);
  }
}

export class DrillCard {
  constructor(readonly page: Page) {}

  get card() {
    return this.page.getByTestId('review-card');
  }

  async waitUntilReady(): Promise<void> {
    await this.page.locator('[data-testid="review-card"][data-status="ready"]').waitFor();
  }

  async ownSentence(): Promise<string> {
    return (await this.page.getByTestId('review-own-sentence').textContent()) ?? '';
  }

  /** A phrase item's drill shows the phrase itself. */
  async phrase(): Promise<string> {
    return ((await this.page.getByTestId('review-phrase').textContent()) ?? '').replace(/^“|”$/g, '');
  }

  async playModel(): Promise<void> {
    await this.page.getByTestId('review-play-model').click();
  }

  /** Shows the corrected sentence the drill asks for and reads it. */
  async model(): Promise<string> {
    await this.page.getByTestId('review-show-model').click();
    return ((await this.page.getByTestId('review-model').textContent()) ?? '').replace(/^“|”$/g, '');
  }

  /** Types the answer and presses Enter, as a learner at the keyboard does. */
  async answer(text: string): Promise<void> {
    await this.page.getByTestId('review-answer').fill(text);
    await this.page.getByTestId('review-answer').press('Enter');
  }

  get result() {
    return this.page.getByTestId('review-result');
  }

  get nextDue() {
    return this.page.getByTestId('review-next-due');
  }
}

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<PopupPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.pageUrl('popup.html'));
    return new PopupPage(page);
  }

  get reviewCount() {
    return this.page.getByTestId('review-count');
  }
  get levelEstimate() {
    return this.page.getByTestId('level-estimate');
  }
  get progressChart() {
    return this.page.getByTestId('progress-chart');
  }
  get progressLink() {
    return this.page.getByTestId('open-progress');
  }
}
