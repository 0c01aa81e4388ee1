// What a session is about besides the page's title: the kind of material the panel found and
// what only that kind has (a video's id, channel and timed captions; a PDF's pages).
import type { MaterialKind } from '../../shared/api';

export type { MaterialKind };

/** One caption line of a video, with its time on the video. */
export interface TranscriptLine {
  startSec: number;
  durationSec: number;
  text: string;
}

export interface CaptionChoice {
  languageCode: string;
  /** The track's name as YouTube shows it, e.g. "English" or "English (auto-generated)". */
  name: string;
  /** Auto-generated (speech recognition) rather than written by a person. */
  generated: boolean;
}

/** Why the material is thinner than its kind promises. */
export type MaterialNote = 'no-captions' | 'captions-unavailable' | 'no-pdf-text' | 'pdf-unreadable' | 'needs-access';

export interface PageMaterial {
  kind: MaterialKind;
  videoId?: string;
  /** The video's channel or the PDF's author. */
  author?: string;
  captions?: CaptionChoice;
  /** The whole caption track, for the transcript list (the session gets a window of it). */
  transcript?: TranscriptLine[];
  /** The PDF pages the session's text comes from, 1-based and inclusive. */
  pages?: { first: number; last: number; total: number };
  note?: MaterialNote;
  /** With note 'needs-access': the host permission the panel asks the learner for. */
  accessOrigin?: string;
}
