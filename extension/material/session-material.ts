// What the new session is told about the material besides its text: the kind, a video's id,
// the channel or author. A page without material starts a session without a kind.
import type { CreateSessionBody } from '../../shared/api';
import type { PageInfo } from '../conversation/conversation-store';

export type SessionMaterial = Pick<CreateSessionBody, 'materialKind' | 'videoId' | 'materialAuthor'>;

export function sessionMaterialOf(page: PageInfo): SessionMaterial {
  const material = page.material;
  if (!material || material.note === 'needs-access') return {};
  return {
    materialKind: material.kind,
    ...(material.videoId ? { videoId: material.videoId } : {}),
    ...(material.author ? { materialAuthor: material.author.slice(0, 200) } : {}),
  };
}
