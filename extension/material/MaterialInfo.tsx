// What the header says about a video's or a PDF's material beyond its title: the channel or
// author, the caption track used, the pages read, why there is less than expected, and the
// request for permission to read a page. Its own chunk: articles need none of it.
import { useI18n } from '../i18n/use-i18n';
import type { MaterialNote, PageMaterial } from './material';
import { materialTranslator, type MaterialMessageKey, type MaterialTranslate } from './material-messages';
import { declineAccess, requestAccess } from './page-access';

const NOTE_MESSAGES: Record<Exclude<MaterialNote, 'needs-access'>, MaterialMessageKey> = {
  'no-captions': 'noCaptions',
  'captions-unavailable': 'captionsUnavailable',
  'no-pdf-text': 'noPdfText',
  'pdf-unreadable': 'pdfUnreadable',
};

function captionsName(material: PageMaterial, t: MaterialTranslate): string | null {
  const captions = material.captions;
  if (!captions) return null;
  // YouTube names generated tracks "English (auto-generated)" itself; other names get the mark.
  return captions.generated && !/auto/i.test(captions.name) ? `${captions.name} (${t('captionsGenerated')})` : captions.name;
}

function AccessRequest({ origin, t }: { origin: string; t: MaterialTranslate }) {
  const site = origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');
  return (
    <div className="space-y-1 text-xs text-gray-700">
      <p>{t('needsAccess')}</p>
      <div className="flex gap-2">
        <button type="button" data-testid="allow-access" onClick={() => void requestAccess(origin)} className="rounded bg-indigo-600 px-2 py-1 text-white">
          {t('allowAccess', { site })}
        </button>
        <button type="button" data-testid="skip-access" onClick={declineAccess} className="underline">
          {t('skipAccess')}
        </button>
      </div>
    </div>
  );
}

export default function MaterialInfo({ material }: { material: PageMaterial }) {
  const t = materialTranslator(useI18n().language);
  if (material.note === 'needs-access' && material.accessOrigin) return <AccessRequest origin={material.accessOrigin} t={t} />;
  const captions = captionsName(material, t);
  const details = [
    material.author && t('materialBy', { author: material.author }),
    captions && t('captionsUsed', { name: captions }),
    material.pages && t('pdfPages', material.pages),
  ].filter(Boolean);
  const note = material.note && material.note !== 'needs-access' ? NOTE_MESSAGES[material.note] : null;
  return (
    <>
      {details.length > 0 && (
        <p data-testid="material-details" className="text-xs text-gray-500">
          {details.join(' · ')}
        </p>
      )}
      {note && (
        <p data-testid="material-note" className="text-xs text-gray-600">
          {t(note)}
        </p>
      )}
    </>
  );
}

