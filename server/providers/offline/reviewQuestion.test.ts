import { describe, expect, it } from 'vitest';
import { reviewQuestion } from './reviewQuestion';

const target = (family: string, extra: Record<string, unknown> = {}) => ({ itemId: 'i', kind: 'mistake' as const, family, pattern: 'p', corrected: 'c', ...extra });

describe('the offline review question', () => {
  it('invites the corrected form with a natural question about the page', () => {
    expect(reviewQuestion(target('verb-form', { governor: 'enjoy', form: 'gerund' }), 'robots')).toBe('What do you enjoy doing when you read news like this?');
    expect(reviewQuestion(target('preposition', { governor: 'interested' }), 'robots')).toBe('What are you most interested in about robots?');
    expect(reviewQuestion(target('uncountable', { nouns: ['information'] }), undefined)).toBe('Where do you usually find information about the news?');
  });

  it('asks a phrase by its words and never mentions a mistake', () => {
    expect(reviewQuestion({ ...target('phrase'), kind: 'phrase', corrected: 'plant rice' }, 'farms')).toBe('How would you use "plant rice" to say something about farms?');
    for (const family of ['third-person', 'do-support', 'subject-verb', 'past-time', 'comparative', 'there-be', 'modal', 'generic']) {
      const question = reviewQuestion(target(family), 'robots');
      expect(question).toMatch(/\?$/);
      expect(question).not.toMatch(/mistake|wrong|correct/i);
    }
  });
});
