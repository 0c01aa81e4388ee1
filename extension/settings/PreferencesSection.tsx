import { useEffect, useState } from 'react';
import type { Translate } from '../i18n/i18n';
import {
  avatarItem,
  levelItem,
  nativeLanguageItem,
  strictnessItem,
  uiLanguageItem,
  voiceItem,
} from './settings';
import { syncProfile } from './sync-profile';
import { useStorageItem } from './use-storage-item';
import { SelectField } from './SelectField';
import { levelOptions } from './level-options';

function useEnglishVoices(): string[] {
  const [voices, setVoices] = useState<string[]>([]);
  useEffect(() => {
    const synth = globalThis.speechSynthesis;
    if (!synth) return;
    const read = () => setVoices(synth.getVoices().filter((v) => v.lang.startsWith('en')).map((v) => v.name));
    read();
    synth.addEventListener('voiceschanged', read);
    return () => synth.removeEventListener('voiceschanged', read);
  }, []);
  return voices;
}

export function PreferencesSection({ t }: { t: Translate }) {
  const nativeLanguage = useStorageItem(nativeLanguageItem);
  const level = useStorageItem(levelItem);
  const strictness = useStorageItem(strictnessItem);
  const uiLanguage = useStorageItem(uiLanguageItem);
  const voice = useStorageItem(voiceItem);
  const avatar = useStorageItem(avatarItem);
  const voices = useEnglishVoices();

  return (
    <section className="space-y-2">
      <SelectField
        id="ui-language"
        label={t('uiLanguage')}
        value={uiLanguage}
        options={[
          { value: 'auto', label: t('auto') },
          { value: 'ko', label: t('korean') },
          { value: 'en', label: t('english') },
        ]}
        onChange={(v) => void uiLanguageItem.setValue(v)}
      />
      <SelectField
        id="native-language"
        label={t('nativeLanguage')}
        value={nativeLanguage}
        options={[
          { value: 'ko', label: t('korean') },
          { value: 'en', label: t('english') },
        ]}
        onChange={(v) => void nativeLanguageItem.setValue(v).then(() => syncProfile({ nativeLanguage: v }))}
      />
      <SelectField
        id="level"
        label={t('level')}
        value={level}
        options={levelOptions(t)}
        onChange={(v) => void levelItem.setValue(v).then(() => syncProfile({ level: v }))}
      />
      <SelectField
        id="strictness"
        label={t('strictness')}
        value={strictness}
        options={(['all', 'important', 'on-request'] as const).map((v) => ({ value: v, label: t(`strictness_${v}`) }))}
        onChange={(v) => void strictnessItem.setValue(v)}
      />
      <SelectField
        id="voice"
        label={t('voice')}
        value={voice?.browserVoice}
        options={[{ value: '', label: t('defaultVoice') }, ...voices.map((v) => ({ value: v, label: v }))]}
        onChange={(v) => voice && void voiceItem.setValue({ ...voice, browserVoice: v })}
      />
      <SelectField
        id="avatar"
        label={t('avatar')}
        value={avatar}
        options={(['animated', 'video-when-ready'] as const).map((v) => ({ value: v, label: t(`avatar_${v}`) }))}
        onChange={(v) => void avatarItem.setValue(v)}
      />
    </section>
  );
}
