import { lazy, Suspense } from 'react';
import type { Translate } from '../i18n/i18n';
import type { PageInfo } from '../conversation/conversation-store';
import type { PageMaterial } from './material';

interface PageHeaderProps {
  page: PageInfo;
  topics: readonly string[];
  t: Translate;
}

const MaterialInfo = lazy(() => import('./MaterialInfo'));

/** An article's material has nothing beyond its kind; videos and PDFs load the details' chunk. */
function hasDetails(material: PageMaterial | undefined): material is PageMaterial {
  return Boolean(material && (material.author || material.captions || material.pages || material.note));
}

export function PageHeader({ page, topics, t }: PageHeaderProps) {
  const title = page.status === 'article' ? page.title : page.title || t('freeConversation');
  const material = page.material;
  const askingAccess = material?.note === 'needs-access';
  return (
    <header className="min-w-0 space-y-1">
      {material && !askingAccess && (
        <span data-testid="material-kind" className="rounded bg-gray-100 px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide text-gray-600">
          {material.kind}
        </span>
      )}
      <h1 data-testid="page-title" className="line-clamp-2 text-base font-semibold text-gray-900">
        {title}
      </h1>
      {hasDetails(material) && (
        <Suspense fallback={null}>
          <MaterialInfo material={material} />
        </Suspense>
      )}
      {page.status === 'loading' && !askingAccess && <p className="text-xs text-gray-500">{t('loadingPage')}</p>}
      {page.status === 'no-article' && !material?.note && <p className="text-xs text-gray-600">{t('noArticle')}</p>}
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
