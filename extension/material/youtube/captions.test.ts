import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaptionFile } from './caption-file';
import { chooseCaptionTrack, videoDetailsOf, type CaptionTrack } from './caption-tracks';
import { readPlayerResponse } from './player-response';
import { transcriptWindowText } from './transcript-window';
import { watchPageVideoId } from './watch-page';
import { loadVideoMaterial } from './video-material';
import type { PageSnapshot } from '../page-snapshot';

const fixture = (name: string) => readFileSync(`tests/fixtures/e2e/youtube/${name}`, 'utf8');
const track = (languageCode: string, generated: boolean, name = languageCode): CaptionTrack => ({ baseUrl: `https://www.youtube.com/api/timedtext?lang=${languageCode}${generated ? '&kind=asr' : ''}`, languageCode, name, generated });

describe('watch pages', () => {
  it('are recognised by their address', () => {
    expect(watchPageVideoId('https://www.youtube.com/watch?v=hnyBeeTalk1&t=30s')).toBe('hnyBeeTalk1');
    expect(watchPageVideoId('https://www.youtube.com/results?search_query=bees')).toBeNull();
    expect(watchPageVideoId('https://www.youtube.com/watch?v=short')).toBeNull();
    expect(watchPageVideoId('http://evil.example/watch?v=hnyBeeTalk1')).toBeNull();
  });

  it("read the player data from the page's script, past braces and '};' inside strings", () => {
    const details = videoDetailsOf(readPlayerResponse(fixture('watch-hnyBeeTalk1.html')));
    expect(details).toMatchObject({ videoId: 'hnyBeeTalk1', title: 'How honey bees talk', author: 'Nature Now' });
    expect(details?.tracks.map((t) => `${t.languageCode}${t.generated ? ' asr' : ''} ${t.name}`)).toEqual([
      'ko Korean',
      'en asr English (auto-generated)',
      'en English',
    ]);
  });

  it('have no player data when the page carries none', () => {
    expect(readPlayerResponse('<html><script>var ytInitialData = {};</script></html>')).toBeNull();
    expect(videoDetailsOf(readPlayerResponse('<script>var ytInitialPlayerResponse = {"videoDetails":{"videoId":"x"}};</script>'))?.tracks).toEqual([]);
  });
});

describe('choosing the caption track', () => {
  it('prefers English written by a person over generated English, whatever the order', () => {
    expect(chooseCaptionTrack([track('ko', false), track('en', true), track('en-GB', false)])).toMatchObject({ languageCode: 'en-GB', generated: false });
  });
  it('takes plain or US English first among several human English tracks', () => {
    expect(chooseCaptionTrack([track('en-GB', false), track('en', false)])?.languageCode).toBe('en');
  });
  it('falls back to generated English', () => {
    expect(chooseCaptionTrack([track('ko', false), track('en', true)])).toMatchObject({ languageCode: 'en', generated: true });
  });
  it('finds none without English', () => {
    expect(chooseCaptionTrack([track('ko', false), track('ko', true), track('es', false)])).toBeNull();
    expect(chooseCaptionTrack([])).toBeNull();
  });
});

describe('caption files', () => {
  const expected = { startSec: 17, durationSec: 4, text: "It's called the waggle dance." };

  it('reads json3 captions written by a person, two-line cues as one line', () => {
    const lines = parseCaptionFile(fixture('timedtext-hnyBeeTalk1-en.json3'));
    expect(lines).toHaveLength(9);
    expect(lines[4]).toEqual(expected);
    expect(lines[3]!.text).toBe('and dances, and the dance tells the other bees where the flowers are.');
  });
  it('reads generated json3 captions: word pieces joined, the line-break events left out', () => {
    const lines = parseCaptionFile(fixture('timedtext-hnyBeeTalk1-en-asr.json3'));
    expect(lines).toHaveLength(9);
    expect(lines[4]).toEqual({ startSec: 17, durationSec: 4, text: "it's called the waggle dance" });
  });
  it('reads srv3 XML (<p t d> in milliseconds)', () => {
    const lines = parseCaptionFile(fixture('timedtext-hnyBeeTalk1-en.srv3.xml'));
    expect(lines).toHaveLength(9);
    expect(lines[4]).toEqual(expected);
  });
  it('reads srv1 XML (<text start dur> in seconds, text escaped twice)', () => {
    const lines = parseCaptionFile(fixture('timedtext-hnyBeeTalk1-en.srv1.xml'));
    expect(lines).toHaveLength(9);
    expect(lines[4]).toEqual(expected);
    expect(parseCaptionFile('<transcript><text start="1.5" dur="2">Tom &amp;amp; Jerry &lt;3 <font color="#E5E5E5">now</font></text></transcript>')).toEqual([
      { startSec: 1.5, durationSec: 2, text: 'Tom & Jerry <3 now' },
    ]);
  });
  it('gives nothing for an empty or broken file', () => {
    expect(parseCaptionFile('')).toEqual([]);
    expect(parseCaptionFile('{"events": [')).toEqual([]);
    expect(parseCaptionFile('not captions')).toEqual([]);
  });
});

describe('the transcript a session carries', () => {
  const hour = Array.from({ length: 1200 }, (_, i) => ({ startSec: i * 3, durationSec: 3, text: `line number ${i} about bees and flowers` }));

  it('is all of it when it fits', () => {
    expect(transcriptWindowText(hour.slice(0, 3))).toBe('[0:00] line number 0 about bees and flowers\n[0:03] line number 1 about bees and flowers\n[0:06] line number 2 about bees and flowers');
  });
  it('is cut around where the learner is in a long video, within the limit', () => {
    const text = transcriptWindowText(hour, 1800, 20_000);
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text).toContain('[30:00] line number 600');
    const first = Number(/line number (\d+)/.exec(text)![1]);
    expect(first).toBeGreaterThan(400);
    expect(first).toBeLessThan(600);
  });
  it('keeps the room full near the end of the video', () => {
    const text = transcriptWindowText(hour, 3599, 20_000);
    expect(text).toContain('line number 1199');
    expect(text.length).toBeGreaterThan(19_000);
  });
});

describe('a watch page as material', () => {
  const snapshot = (html: string, url: string): PageSnapshot => ({ url, title: 'x - YouTube', html, selection: '', visibleText: '', contentType: 'text/html', mediaTimeSec: 0 });

  it('takes the title, channel and the human English captions with their times', async () => {
    const asked: string[] = [];
    const loaded = await loadVideoMaterial(snapshot(fixture('watch-hnyBeeTalk1.html'), 'https://www.youtube.com/watch?v=hnyBeeTalk1'), 'hnyBeeTalk1', {
      fetchCaptionFile: async (url) => (asked.push(url), fixture('timedtext-hnyBeeTalk1-en.json3')),
      livePlayerResponse: async () => null,
    });
    expect(asked).toHaveLength(1);
    expect(new URL(asked[0]!).searchParams.get('fmt')).toBe('json3');
    expect(new URL(asked[0]!).searchParams.get('kind')).toBeNull();
    expect(loaded.page).toMatchObject({ status: 'article', title: 'How honey bees talk', material: { kind: 'video', videoId: 'hnyBeeTalk1', author: 'Nature Now', captions: { languageCode: 'en', generated: false } } });
    expect(loaded.page.text.split('\n')[4]).toBe("[0:17] It's called the waggle dance.");
    expect(loaded.page.material?.transcript).toHaveLength(9);
  });

  it('says there are no English captions, without fetching any', async () => {
    const loaded = await loadVideoMaterial(snapshot(fixture('watch-koreanOnly1.html'), 'https://www.youtube.com/watch?v=koreanOnly1'), 'koreanOnly1', {
      fetchCaptionFile: async () => {
        throw new Error('no caption file should be fetched');
      },
      livePlayerResponse: async () => null,
    });
    expect(loaded.page).toMatchObject({ status: 'no-article', text: '', title: '서울 골목 산책 브이로그', material: { kind: 'video', note: 'no-captions' } });
  });

  it("asks the player for its data after YouTube's in-page navigation left the HTML on another video", async () => {
    const other = readPlayerResponse(fixture('watch-hnyBeeTalk1.html'));
    const loaded = await loadVideoMaterial(snapshot(fixture('watch-koreanOnly1.html'), 'https://www.youtube.com/watch?v=hnyBeeTalk1'), 'hnyBeeTalk1', {
      fetchCaptionFile: async () => fixture('timedtext-hnyBeeTalk1-en.json3'),
      livePlayerResponse: async () => other,
    });
    expect(loaded.page.title).toBe('How honey bees talk');
    expect(loaded.page.material?.transcript).toHaveLength(9);
  });
});
