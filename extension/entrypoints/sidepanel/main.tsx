import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../conversation/SidePanelApp';
import { resolvePanelTab } from '../../material/panel-page';
import '../../assets/tailwind.css';

const root = createRoot(document.getElementById('root')!);
root.render(<SidePanelApp tabId={undefined} />);
void resolvePanelTab(location.search).then((tabId) => root.render(<SidePanelApp tabId={tabId} />));
