import { createRoot } from 'react-dom/client';
import { ProgressPageApp } from '../../progress/ProgressPageApp';
import '../../assets/tailwind.css';

createRoot(document.getElementById('root')!).render(<ProgressPageApp />);
