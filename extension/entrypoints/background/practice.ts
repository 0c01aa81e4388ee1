// The practice service with the browser's real storage, panel and selection behind it.
import { readPageSelection } from '../../material/page-selection';
import { createPracticeService, type PracticeService } from '../../practice/practice-service';
import { openPanelForTab } from '../../platform/side-panel';
import { pendingPracticeItem } from '../../settings/settings';

export function createBackgroundPractice(): PracticeService {
  return createPracticeService({
    savePending: (pending) => pendingPracticeItem.setValue(pending),
    openPanel: openPanelForTab,
    readSelection: readPageSelection,
  });
}
