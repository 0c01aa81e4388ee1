import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../progress/PopupApp';
import '../../assets/tailwind.css';

createRoot(document.getElementById('root')!).render(<PopupApp />);
