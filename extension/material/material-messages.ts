// The strings of video, PDF and selection material, in the chunks that show them (the header's
// details, the transcript, the popup's sessions): the panel's first load on an article carries
// none of them.
import type { Language } from '../i18n/i18n';

const en = {
  materialBy: 'by {author}',
  captionsUsed: 'Captions: {name}',
  captionsGenerated: 'auto-generated',
  pdfPages: 'Pages {first}–{last} of {total}',
  noCaptions: 'This video has no English captions. You can still talk about its title.',
  captionsUnavailable: 'The captions could not be loaded. You can still talk about the title.',
  noPdfText: 'This PDF has no text to read (it may be scanned). You can still talk about its title.',
  pdfUnreadable: 'This PDF could not be read. You can still chat freely.',
  needsAccess: 'VideoEngAI needs your permission to read this page.',
  allowAccess: 'Allow reading {site}',
  skipAccess: 'Talk without it',
  transcript: 'Transcript',
  seekTo: 'Play from {time}',
  practiseLine: 'Practise',
  recentSessions: 'Recent sessions',
  kind_article: 'Article',
  kind_video: 'Video',
  kind_pdf: 'PDF',
  kind_selection: 'Selection',
  kind_none: 'Free talk',
} as const;

export type MaterialMessageKey = keyof typeof en;

const ko: Record<MaterialMessageKey, string> = {
  materialBy: '{author}',
  captionsUsed: '자막: {name}',
  captionsGenerated: '자동 생성',
  pdfPages: '{total}쪽 중 {first}–{last}쪽',
  noCaptions: '이 영상에는 영어 자막이 없어요. 제목에 대해서는 이야기할 수 있어요.',
  captionsUnavailable: '자막을 불러오지 못했어요. 제목에 대해서는 이야기할 수 있어요.',
  noPdfText: '이 PDF에는 읽을 글자가 없어요(스캔한 문서일 수 있어요). 제목에 대해서는 이야기할 수 있어요.',
  pdfUnreadable: '이 PDF를 읽지 못했어요. 자유 대화는 할 수 있어요.',
  needsAccess: '이 페이지를 읽으려면 권한이 필요해요.',
  allowAccess: '{site} 읽기 허용',
  skipAccess: '없이 대화하기',
  transcript: '자막',
  seekTo: '{time}부터 재생',
  practiseLine: '연습',
  recentSessions: '최근 세션',
  kind_article: '기사',
  kind_video: '영상',
  kind_pdf: 'PDF',
  kind_selection: '선택한 글',
  kind_none: '자유 대화',
};

export type MaterialTranslate = (key: MaterialMessageKey, values?: Record<string, string | number>) => string;

export function materialTranslator(language: Language): MaterialTranslate {
  const catalog = language === 'ko' ? ko : en;
  return (key, values) => catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
}
