import type { Translate } from '../i18n/i18n';
import type { PageInfo } from '../conversation/conversation-store';

interface PageHeaderProps {
  page: PageInfo;
  topics: readonly string[];
  t: Translate;
}

export function PageHeader({ page, topics, t }: PageHeaderProps) {
  const title = page.status === 'article' ? page.title : page.title || t('freeConversation');
  return (
    <header className="space-y-1">
      <h1 data-testid="page-title" className="line-clamp-2 text-base font-semibold text-gray-900">
        {title}
      </h1>
      {page.status === 'loading' && <p className="text-xs text-gray-500">{t('loadingPage')}</p>}
      {page.status === 'no-article' && <p className="text-xs text-gray-600">{t('noArticle')}</p>}
      {page.status === 'unavailable' && <p className="text-xs text-gray-600">{t('pageUnavailable')}</p>}
      {topics.length > 0 && (
        <ul aria-label={t('topics')} className="flex flex-wrap gap-1">
          {topics.map((topic) => (
            <li key={topic} data-testid="topic" className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-700">
              {topic}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
