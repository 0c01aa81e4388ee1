import { createRoot } from 'react-dom/client';
import { WelcomeApp } from '../../components/WelcomeApp';
import '../../assets/tailwind.css';

createRoot(document.getElementById('root')!).render(<WelcomeApp />);
