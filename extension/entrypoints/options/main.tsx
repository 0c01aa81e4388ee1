import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../settings/OptionsApp';
import '../../assets/tailwind.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
