// What the learner reads when a capability falls back to its offline provider.
import type { NativeLanguage } from '../../shared/corrections';
import type { Capability } from '../services';

const NOTICES: Record<Capability, Record<NativeLanguage, string>> = {
  stt: {
    en: "Speech recognition isn't answering right now. Please type, or use your browser's speech recognition.",
    ko: '지금은 음성 인식 서비스가 응답하지 않아요. 입력창에 쓰거나 브라우저 음성 인식을 사용해 주세요.',
  },
  llm: {
    en: 'The tutor service is busy, so the simpler offline tutor answers this time.',
    ko: '튜터 서비스가 바빠서 이번에는 간단한 오프라인 튜터가 대답해요.',
  },
  tts: {
    en: "The tutor's voice service isn't answering, so your browser reads the reply aloud instead.",
    ko: '튜터 음성 서비스가 응답하지 않아서 브라우저가 대신 답을 읽어 줘요.',
  },
  avatar: {
    en: "The video tutor couldn't be made this time; the animated tutor speaks instead.",
    ko: '이번에는 영상 튜터를 만들지 못했어요. 움직이는 튜터가 대신 말해요.',
  },
  pronunciation: {
    en: 'Detailed pronunciation scoring is unavailable, so a simpler word check is used.',
    ko: '자세한 발음 채점을 쓸 수 없어서 간단한 단어 비교로 채점해요.',
  },
};

export const noticeText = (capability: Capability, language: NativeLanguage) => NOTICES[capability][language];

/** The streaming transcription broke during a spoken turn; the kept recording is transcribed instead. */
const STREAM_FALLBACK: Record<NativeLanguage, string> = {
  en: 'Live captions stopped, but nothing you said is lost: your words are transcribed from the recording.',
  ko: '실시간 자막이 멈췄지만 말한 내용은 그대로 있어요. 녹음에서 글로 옮길게요.',
};

export const noticeOfStreamFallback = (language: NativeLanguage) => STREAM_FALLBACK[language];

/** The voice stream broke during a reply; the same voice speaks the rest through another route. */
const VOICE_STREAM_FALLBACK: Record<NativeLanguage, string> = {
  en: "The tutor's voice connection dropped; the rest of the answer is spoken another way, nothing is skipped.",
  ko: '튜터 음성 연결이 끊겨서 나머지 답은 다른 방법으로 읽어 줘요. 빠지는 내용은 없어요.',
};

export const noticeOfVoiceStreamFallback = (language: NativeLanguage) => VOICE_STREAM_FALLBACK[language];
