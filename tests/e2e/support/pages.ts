// Page objects for the extension's pages, in the words a learner would use.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<OptionsPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.pageUrl('options.html'));
    await page.getByTestId('server-url').waitFor();
    return new OptionsPage(page);
  }

  async useServer(url: string): Promise<void> {
    await this.typeServerUrl(url);
    await this.page.getByTestId('save-server-url').click();
    await this.page.getByRole('status').filter({ hasText: /Saved|저장됨/ }).waitFor();
  }

  /** Types a server URL into the field without pressing Save, as a learner about to sign in does. */
  async typeServerUrl(url: string): Promise<void> {
    await this.page.getByTestId('server-url').fill(url);
  }

  get serverUrl() {
    return this.page.getByTestId('server-url');
  }

  private async fillCredentials(email: string, password: string): Promise<void> {
    await this.page.getByTestId('email').fill(email);
    await this.page.getByTestId('password').fill(password);
  }

  async signUp(email: string, password: string): Promise<void> {
    await this.fillCredentials(email, password);
    await this.page.getByTestId('sign-up').click();
    await this.waitUntilSignedIn();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.fillCredentials(email, password);
    await this.page.getByTestId('sign-in').click();
    await this.waitUntilSignedIn();
  }

  /** Fails with the page's own error message when signing in does not work. */
  private async waitUntilSignedIn(): Promise<void> {
    const error = this.page.getByTestId('auth-error');
    await this.signedInAs.or(error).first().waitFor();
    if (await error.isVisible()) throw new Error(`Not signed in; the options page says: ${await error.textContent()}`);
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('sign-out').click();
    await this.page.getByTestId('sign-in').waitFor();
  }

  get signedInAs() {
    return this.page.getByTestId('signed-in-as');
  }

  async chooseInterfaceLanguage(language: 'auto' | 'ko' | 'en'): Promise<void> {
    await this.page.getByTestId('ui-language').selectOption(language);
  }
}

export class PanelPage {
  constructor(readonly page: Page) {}

  static async openForTab(ext: ExtensionBrowser, tabId: number): Promise<PanelPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.pageUrl(`sidepanel.html?tab=${tabId}`));
    return new PanelPage(page);
  }

  get title() {
    return this.page.getByTestId('page-title');
  }
  get topics() {
    return this.page.getByTestId('topic');
  }
  get userMessages() {
    return this.page.getByTestId('message-user');
  }
  get tutorMessages() {
    return this.page.getByTestId('message-assistant');
  }
  get corrections() {
    return this.page.getByTestId('correction');
  }
  get avatar() {
    return this.page.getByTestId('avatar');
  }
  get practiceCard() {
    return this.page.getByTestId('practice-card');
  }

  async waitUntilConnected(): Promise<void> {
    await this.page.locator('[data-testid="connection"][data-status="open"]').waitFor({ timeout: 30_000 });
  }

  async type(text: string): Promise<void> {
    await this.page.getByTestId('composer-input').fill(text);
    await this.page.getByTestId('send-button').click();
  }

  /** Push-to-talk: holds the mic button for `ms`, as a learner holds it while speaking. */
  async holdMicFor(ms: number): Promise<void> {
    const box = await this.page.getByTestId('mic-button').boundingBox();
    if (!box) throw new Error('The mic button is not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.waitForTimeout(ms);
    await this.page.mouse.up();
  }

  async avatarSpeaking(): Promise<string | null> {
    return this.avatar.getAttribute('data-speaking');
  }
}
