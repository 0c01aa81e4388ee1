import { createRoot } from 'react-dom/client';
import { WelcomeApp } from '../../voice/WelcomeApp';
import '../../assets/tailwind.css';

createRoot(document.getElementById('root')!).render(<WelcomeApp />);
